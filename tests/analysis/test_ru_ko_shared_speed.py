"""Shared stages skip, on Russian and Korean text, work that cannot apply to it; each shortcut must answer exactly
as the full reading does (checked on the actor set's tuned Russian and Korean articles and on mixed texts)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefing_app.analysis import options as options_module
from briefing_app.analysis import pipeline
from briefing_app.analysis.options import find_options
from briefing_app.analysis.party_members import forms_of, party_named
from briefing_app.analysis.title_elsewhere import POSSESSIVE_RE
from briefing_app.core.model import Actor
from tests.tuned_sets import tuned_articles

MIXED = ("Правительство обсудит бюджет. Почему налоги растут?\n\n"
         "The government should scrap the tax. Why should taxpayers fund it?\n\n"
         "정부는 예산을 논의한다. 왜 세금이 오르나?\n\n"
         "That would be a mistake.\n")


def _tuned(code: str) -> list[Path]:
    return tuned_articles(f"{code}*.txt")


def _options_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    doc = pipeline.run(text, None, pipeline.STAGES[:-2])  # every stage before options
    skipped = repr(find_options(doc.text, doc.paras, doc.quotes, doc.actors))
    with monkeypatch.context() as m:
        m.setattr(options_module, "LATIN_RE", re.compile(""))  # every paragraph read in full
        full = repr(find_options(doc.text, doc.paras, doc.quotes, doc.actors))
    return skipped, full


def test_options_skip_paragraphs_without_latin_letters_as_if_read(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = _tuned("ru") + _tuned("ko")
    assert len(paths) > 100
    texts = [p.read_text(encoding="utf-8") for p in paths] + [MIXED]
    for text in texts:
        skipped, full = _options_both_ways(text, monkeypatch)
        assert skipped == full
    skipped, _ = _options_both_ways(MIXED, monkeypatch)
    assert "Scrap the tax" in skipped  # the English paragraph between them is still read


def test_party_named_with_the_forms_index_as_without() -> None:
    orgs = [Actor(name="Labour", kind="organization", aliases=["the Labour Party"]),
            Actor(name="Conservative Party", kind="organization", aliases=["the Conservatives", "Conservatives"]),
            Actor(name="Reform UK", kind="organization", aliases=["Reform"]),
            Actor(name="Единая Россия", kind="organization"),
            Actor(name="МИД России", kind="organization", aliases=["МИД"])]
    named = forms_of(orgs)
    for word in ("Labour", "Conservative", "Reform", "Liberal Democrat", "Green", "Democratic", "Единая Россия",
                 "Россия", "МИД", "서울시", "Conservatives", ""):
        assert party_named(word, orgs, named) == party_named(word, orgs), word


def test_possessive_pattern_as_the_substring_tests() -> None:
    rnd = random.Random(15)
    pieces = ("'s ", "’s ", "s ", "'s", "’", "'", "s", " ", "он ", "그 ", "Hungary", "\n")
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert (POSSESSIVE_RE.search(text) is not None) == ("'s " in text or "’s " in text), text
