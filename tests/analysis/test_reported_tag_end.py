"""A tag that ends a sentence (", a spokesman said.", ", officials told reporters.", ", CNN reported on Tuesday.")
governs everything before it, even when an earlier verb of speech opens the sentence: "Dillard's Inc. reported higher
sales, a spokesman said." was Dillard's report of "higher sales, a spokesman said". The words reported inside stay
their own speaker's, cut at the tag ("The campaign said X, a spokeswoman said": X is the campaign's, the whole the
spokeswoman's). Near misses: a last verb with its own clause is no tag; a relative clause after the comma is no tag;
an outlet's ", CNN reported." leaves the sentence to the inner speaker (reports_end's convention)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("Dillard's Inc. reported higher sales, a spokesman said.", "Dillard's Inc. reported higher sales", "a spokesman"),
    ("Dillard's Inc. reported higher sales in the third quarter, a spokesman for the company said on Tuesday.",
     "Dillard's Inc. reported higher sales in the third quarter", "a spokesman for the company"),
    ("The company announced a recall of two million cars, officials told reporters.",
     "The company announced a recall of two million cars", "officials"),
    ("Sanders said Clinton was unqualified, an aide added on Tuesday.", "Sanders said Clinton was unqualified",
     "an aide"),
    ("The campaign said the candidate will attend events in Kansas, a spokeswoman told reporters.",
     "The campaign said the candidate will attend events in Kansas", "a spokeswoman"),
])
def test_a_tag_at_the_end_takes_the_sentence(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text,content,source", [
    ("Sanders said Clinton was unqualified, an aide added on Tuesday.", "Clinton was unqualified", "Sanders"),
    ("The campaign said the candidate will attend events in Kansas, a spokeswoman told reporters.",
     "the candidate will attend events in Kansas", "The campaign"),
    ("Mayor Lee told the council the budget was balanced, an aide said on Monday.", "the budget was balanced",
     "Mayor Lee"),
    # (review of 0664e9a0) an announcement of a thing ("announced the layoffs"), the document rule's, inside the tag's
    # content: it was dropped as covered by the tag's quote
    ("The CEO announced the layoffs, a company spokesperson said.", "the layoffs", "The CEO"),
    ("The company announced a recall of two million cars, officials told reporters.",
     "a recall of two million cars", "The company"),
])
def test_the_words_inside_stay_their_speakers(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


@pytest.mark.parametrize("text,source", [
    ("Sources say it is the Democratic leaders, who have insisted on acting now.", "Sources"),
    ("Lee admitted they had been friends for years, she said they had never met in person.", "Lee"),
    # an outlet's report at the end leaves the sentence to the inner speaker (reports_end's convention)
    ("The Trump campaign said the candidate will attend events in Kansas, CNN reported.", "The Trump campaign"),
])
def test_near_misses_keep_the_first_verb(text: str, source: str) -> None:
    got = _indirect(text)
    assert got and got[0][1] == source
