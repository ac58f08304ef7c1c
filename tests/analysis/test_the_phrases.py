"""the_phrases.the_matches: the same matches as rx.finditer for the actor rules' patterns that open with "the"."""
from __future__ import annotations

import random
import re

import pytest

from briefing_app.analysis import coref, org_coref
from briefing_app.analysis.the_phrases import the_matches
from tests.tuned_sets import tuned_articles



@pytest.mark.parametrize("rx", [coref.DESCRIPTION_RE, org_coref.DESC_RE])
def test_the_same_matches_as_finditer_on_real_and_random_text(rx: re.Pattern[str]) -> None:
    texts = [p.read_text(encoding="utf-8") for p in tuned_articles("en*.txt")[:60]]
    rng = random.Random(7)
    words = "the The THE tthe other the\tcommittee agency president U.S. Ukrainian he he's the’s the-the bathe, The. the\n"
    for _ in range(500):
        texts.append(" ".join(rng.choice(words.split(" ")) for _ in range(30)))
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in the_matches(rx, text)] == \
            [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_a_pattern_that_does_not_open_with_the_is_refused() -> None:
    with pytest.raises(ValueError):
        the_matches(re.compile(r"[Aa]n\s+agency"), "an agency")


def test_possessed_descriptions_by_one_pattern_per_apostrophe_are_the_same() -> None:
    texts = [p.read_text(encoding="utf-8") for p in tuned_articles("en*.txt")[:80]]
    texts.append("NATO's chief and the company’s chief executive, Harris's campaign chair and Trump’s envoy.")
    for text in texts:
        want = sorted(m.span() for m in coref.POSSESSED_DESC_RE.finditer(text))
        got = sorted(m.span() for rx, apostrophe in coref.POSSESSED_DESC_RES for m in rx.finditer(text))
        assert got == want
