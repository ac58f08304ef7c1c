"""Every position's actor is an actor of the document: a person named once, without a title, who says nothing quoted
but holds an option's position ("Zorba Quill backs a ban on cars") is kept in the actor list (pipeline.keep_actors),
as a speaker is; a person named once who holds nothing and says nothing is still noise."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


@pytest.mark.parametrize("text", [
    "Zorba Quill wants the council to ban cars.",
    "Zorba Quill backs a ban on cars.",
    "Zorba Quill opposes a ban on cars.",
    "The vote is next week. Zorba Quill favours a tax on carbon.",
])
def test_a_holder_named_once_is_an_actor(text: str) -> None:
    analysis = analyse(text)
    holders = {p.actor for o in analysis.options for p in o.positions}
    assert holders == {"Zorba Quill"}
    assert holders <= {a.name for a in analysis.actors}


@pytest.mark.parametrize("text", [
    "Zorba Quill spoke in Leeds on Monday.",
    "Zorba Quill visited the plant on Monday.",
])
def test_a_person_named_once_who_holds_nothing_is_dropped(text: str) -> None:
    assert [a.name for a in analyse(text).actors] == []
