"""Speed rewrites that must answer exactly as the code they replaced: each checked against the
plain form on many random or real inputs (a rewrite that differs anywhere fails here)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefing_app.analysis import gazetteer
from briefing_app.analysis.actors import ORG_OF_BEFORE_RE, _org_of_before
from briefing_app.analysis.options.lexicon import PASSIVE_BE_RE
from briefing_app.analysis.options.phrasal import HAS_BEFORE_RE, NOT_A_PLAN_RE, NOUN_BEFORE_RE
from briefing_app.analysis.places import _bare
from briefing_app.analysis.segment import last_words_start

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "actors" / "articles"
WORDS = ("has", "have", "had", "no", "not", "did", "didn't", "didn’t", "if", "to", "one", "nobody", "the", "a", "its", "of",
         "for", "campaign", "is", "was", "been", "be", "Russia's", "Seoul’s", "we", "He", "IF", "The", "University", "School",
         "Institute", "Office", "plans", "(has", "x", "")
GAPS = (" ", "  ", "\n", " \t ", "\u00a0", "\n\n")


def _phrases(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rnd.choice(WORDS) + rnd.choice(GAPS) for _ in range(rnd.randint(0, 9))]
        out.append("".join(parts) + rnd.choice(("", " ", "\n", "x")))
    return out


def test_plan_checks_read_only_the_last_words() -> None:
    """_plan_hits tries its end-anchored patterns on the last few words of the text before the cue."""
    for rx, n in ((HAS_BEFORE_RE, 2), (NOUN_BEFORE_RE, 1), (NOT_A_PLAN_RE, 4), (PASSIVE_BE_RE, 1)):
        for before in _phrases(4000, n):
            assert bool(rx.search(before)) == bool(rx.search(before, last_words_start(before, 0, len(before), n))), \
                (rx.pattern, before)


def test_bare_place_word_as_the_possessive_pattern() -> None:
    for alias in gazetteer.ALIAS_TO_NAME:
        for word in (alias, alias + "'s", alias + "’s", alias + "s"):
            assert _bare(word) == re.sub(r"(?:’s|'s)$", "", word)


def test_org_of_before_as_the_pattern_on_real_text() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("en*.txt"))[:40]]
    texts.append("the School of the Americas, the Institute for Fiscal Studies, Office\tof   the Prime Minister")
    checked = 0
    for text in texts:
        for at in range(0, len(text), 3):
            assert _org_of_before(text, at) == (ORG_OF_BEFORE_RE.search(text, max(0, at - 30), at) is not None)
            checked += 1
    assert checked > 10000


def test_a_sentences_risk_words_are_in_its_paragraph() -> None:
    """find_options tries _hedged only in paragraphs whose lower-cased text holds a risk word."""
    from briefing_app.analysis.options import RISK_KEYS_RE
    from briefing_app.analysis.options.cues import ParagraphCues
    from briefing_app.analysis.segment import paragraphs, sentence_spans
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))[:60]]
    texts.append("ΟΔΟΣ ΚΟΣΤΟΣ risk. İstanbul's COST is a DANGER\n\nNo peril here, Σ.")
    seen = 0
    for text in texts:
        for ps, pe in paragraphs(text):
            para = RISK_KEYS_RE.search(ParagraphCues(text, ps, pe).low) is not None
            for s, e in sentence_spans(text, ps, pe):
                if RISK_KEYS_RE.search(text[s:e].lower()) is not None:
                    assert para
                    seen += 1
    assert seen > 5


def test_holders_are_built_only_when_an_option_needs_them(monkeypatch: pytest.MonkeyPatch) -> None:
    import briefing_app.analysis.options as options
    built = []

    class Counting(options.Holders):
        def __init__(self, *args: object) -> None:
            built.append(1)
            super().__init__(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(options, "Holders", Counting)
    text = "The council met on Tuesday. It discussed the weather."
    assert options.find_options(text, [(0, len(text))], [], []) == []
    assert built == []
    text = "The government should ban fracking now."
    assert options.find_options(text, [(0, len(text))], [], [])
    assert built == [1]
