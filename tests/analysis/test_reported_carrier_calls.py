"""A participle "calling for / calling on" after what carries the words (a statement, letter, petition, video, ...)
is the clause subject's call, also with the carrier in the plural or followed by when it was sent ("started a
petition this week calling on", "launched petitions calling on", "posted a video calling for calm"). Near miss: a
carrier as the sentence's subject ("The ad calling for a ban ran on Tuesday") names no one."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import indirect_pairs as _indirect


@pytest.mark.parametrize("text,content,source", [
    ("Sanders started a petition this week calling on Democratic candidates to support a higher wage.",
     "Democratic candidates to support a higher wage", "Sanders"),
    ("Sanders supporters have launched petitions calling on superdelegates to back the will of voters.",
     "superdelegates to back the will of voters", "Sanders supporters"),
    ("She posted a video calling for calm.", "calm", "She"),
    ("The governor sent letters on Monday calling on lawmakers to pass the budget.",
     "lawmakers to pass the budget", "The governor"),
])
def test_a_carrier_before_calling(text: str, content: str, source: str) -> None:
    assert (content, source) in _indirect(text)


def test_a_carrier_as_subject_names_no_one() -> None:
    assert _indirect("The ad calling for a ban ran on Tuesday.") == []
