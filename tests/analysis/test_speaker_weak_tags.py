"""A tag after a quotation with any verb of the cue lexicon (each case failed before): a verb used as a cue only
beside a quotation ("countered", "continued") still is one after a long subject when the words between are all that
subject; a short quotation before "Mr. Rubel remarked" is his words, not a scare quote."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize(("text", "mention"), [
    ('"That would have been the fairer thing to do," the White House press secretary, Josh Earnest, countered on '
     "Tuesday.", "Josh Earnest"),
    ('"We have had more successful conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat and '
     "campaign pins, countered matter-of-factly.", "Texas delegate Bill Eastland"),
    ("''It's embarrassing,'' Mr. Rubel remarked. ''The stock did not do well.''", "Mr. Rubel"),
])
def test_tag_with_any_cue_verb(text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct and all(q.mention is not None and q.mention.text == mention for q in direct), \
        [(q.text, q.kind, q.mention) for q in analyse(text).quotes]


@pytest.mark.parametrize("text", [
    '"It is fine," the man in the blue shirt who stood by the door continued.',  # a relative clause: no clean subject
    '"It is fine," he said as the crowd continued.',  # the weak verb is another clause's
])
def test_weak_verb_needs_a_clean_tag(text: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert all(q.mention is None or q.mention.text in ("he",) for q in direct)
