"""The paragraph-wide cue scan answers for each sentence exactly as a scan of that sentence does."""
from __future__ import annotations

import itertools

from briefing_app.analysis.options.cues import DocumentWords, ParagraphCues, _cued, _held

PARAGRAPHS = [
    "The council met on Tuesday. Nothing was decided. Ministers should act now. The vote is next week.",
    "It rained. It rained again. Calls to ban cars grew. Everyone went home.",
    "Residents gathered.\tCalls to ban cars grew louder.  We must act. Yes.",
    "İstanbul hosted the talks. Leaders should agree a truce. They met again.",
    "İİİİİİİİİİ go. We should. So it is. Fine.",  # lower-casing lengthens each İ
    "A quiet day\u00a0call the mayor. Nobody came. What now?",
    "She said they let us down. The plan failed.",
    "At the same time, prices rose. It is high time to act. I support indexing it over time. The way he spoke.",
    "Work began. The way forward is talks. It will not\nwork. Critics are against it. Calls grew.",
]


def _tilings(text: str) -> list[list[tuple[int, int]]]:
    """Ways to cut `text` into sentences at its spaces (the space between two sentences in neither)."""
    gaps = [i for i, ch in enumerate(text) if ch.isspace()]
    out = []
    for cuts in itertools.chain(itertools.combinations(gaps, 1), itertools.combinations(gaps, 2),
                                itertools.combinations(gaps[::3], 3)):
        spans, s = [], 0
        for c in cuts:
            if c > s:
                spans.append((s, c))
            s = c + 1
        if s < len(text):
            spans.append((s, len(text)))
        out.append(spans)
    return out


def test_each_sentence_as_on_its_own() -> None:
    for para in PARAGRAPHS:
        text = "Headline\n" + para + "\n"
        ps, pe = 9, 9 + len(para)
        for spans in _tilings(para):
            cues = ParagraphCues(text, ps, pe)
            assert cues.found == _held(para.lower())
            for s, e in spans:
                assert cues.cued(ps + s, ps + e) == _cued(para[s:e].lower()), (para, para[s:e])


def test_each_sentence_as_on_its_own_with_one_scan_of_every_paragraph() -> None:
    """ParagraphCues reading its paragraph's part of one scan of the document's paragraphs (DocumentWords)."""
    text = "Headline\n" + "\n".join(PARAGRAPHS) + "\n"
    paras, ps = [], 9
    for para in PARAGRAPHS:
        paras.append((ps, ps + len(para)))
        ps += len(para) + 1
    words = DocumentWords(text, paras)
    for ps, pe in paras:
        para = text[ps:pe]
        for spans in _tilings(para)[::5]:
            cues = ParagraphCues(text, ps, pe, words)
            assert cues.found == _held(para.lower())
            for s, e in spans:
                assert cues.cued(ps + s, ps + e) == _cued(para[s:e].lower()), (para, para[s:e])


def test_sentences_skipped_in_between() -> None:
    text = "Nothing happened. Ministers should act. It rained. Voters want change. The end."
    cues = ParagraphCues(text, 0, len(text))
    assert cues.cued(51, 70) is True  # "Voters want change." tested first: the earlier sentences are never asked
    assert cues.cued(71, 79) is False


# the phrases the rules read the narrowed cue words in, and sentences that hold the words in no such phrase
RULE_PHRASES = ["It is time to act.", "It’s high time we scrapped it.", "Is it not about time the council acted?",
                "Isn't it time?", "The time has now come to act.", "Now is the time for Europe to act.",
                "At no time should we yield.", "It is a waste of time.", "It will go a long way.",
                "The only way to peace is talks.", "The way forward is clear.", "That will not work.", "It won’t work.",
                "Sanctions could work.", "He is firmly against raising taxes.", "Unions called for a strike.",
                "They call on the EU to act.", "The calls to resign grew.", "I support indexing it over time.",
                "Nor can we ignore the call.", "Critics warned the EU against arming the rebels.",
                "Strikes would only escalate the war.", "She advised the mayor to wait.", "Advisers advise caution.",
                "The city would be well advised to sell it.", "Unions pressed for a raise.", "They will press the EU to act.",
                "He resisted pressure to quit.", "The press conference pressed on.",
                "If elected, she will cut the fare."]
OTHER_USES = ["At the same time, prices rose.", "Time passed.", "The way he spoke.", "Work began.", "Calls grew.",
              "The vote went against him.", "He will call later.", "They worked all week.",
              "Russia warned Seoul on Tuesday.", "Tensions escalated.", "The national security adviser spoke.",
              "An advisory board met.", "He held a press conference.", "The press secretary said so.",
              "She told the Associated Press.",
              "Voters at ten randomly selected sites."]


def test_narrowed_cues() -> None:
    for sentence in RULE_PHRASES:
        assert _cued(sentence.lower()), sentence
    for sentence in OTHER_USES:
        assert _held(sentence.lower()) and not _cued(sentence.lower()), sentence
    for sentence in RULE_PHRASES + OTHER_USES + PARAGRAPHS:
        assert not _cued(sentence.lower()) or _held(sentence.lower()), sentence  # no sentence admitted that was not before


def test_a_cue_holding_another_cue_is_left_out_of_the_scan() -> None:
    from briefing_app.analysis.options.cues import CUES, NARROWED, _minimal
    assert _minimal(("need", "need a", "hopes", "hope", "time", "some time ago", " call", " calls for"),
                    frozenset({"time", " call"})) == [" call", " calls for", "hope", "need", "some time ago", "time"]
    kept = set(_minimal(CUES, NARROWED))
    assert "need" in kept and "need a" not in kept and "hopes" not in kept and "time" in kept


def test_the_smaller_scan_admits_the_same_sentences() -> None:
    """Every own training sentence (tests/data/options/train) is admitted by the scan of the minimal cues as by the
    scan of all."""
    import json
    import re
    from pathlib import Path

    from briefing_app.analysis.gazetteer import trie_pattern
    from briefing_app.analysis.options import cues
    full = re.compile(trie_pattern(sorted(set(cues.CUES))))
    rows = sorted((Path(__file__).parents[1] / "data" / "options" / "train").glob("*.jsonl"))
    sentences = [json.loads(line)["text"].lower() for f in rows for line in f.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    assert len(sentences) > 800
    minimal = [cues._cued(s) for s in sentences]
    saved = cues.CUES_RE
    try:
        cues.CUES_RE = full
        assert [cues._cued(s) for s in sentences] == minimal
    finally:
        cues.CUES_RE = saved
