"""English actors, s7b round (precision and known misses), one rule each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.names import name_hits


def _actors(text: str) -> dict[str, object]:
    return {a.name: a for a in analyse(text).actors}


def test_a_weak_place_name_after_a_name_word_is_a_family_name() -> None:
    assert [h.name for h in name_hits("Rep. Jim Jordan, the Ohio Republican, spoke.")] == ["Jim Jordan"]
    assert [h.name for h in name_hits("Jordan Peterson said so.")] == ["Jordan Peterson"]
    assert name_hits("Northern Jordan was quiet.") == []  # a region, no name


def test_a_persons_family_name_is_not_the_country() -> None:
    text = ("Rep. Jim Jordan, the Ohio Republican who chairs the committee, spoke on Wednesday.\n\n"
            "\"We want answers,\" Jordan said. Jordan said he would call a vote.\n\n"
            "King Abdullah of Jordan visited Washington last week.")
    actors = _actors(text)
    jordan = actors["Jim Jordan"]
    assert len(jordan.mentions) == 3  # the full name and the two lone "Jordan"s
    assert text.index("of Jordan") + 3 not in {m.start for m in jordan.mentions}  # the king's country


def test_van_den_names_are_one_person() -> None:
    text = ("The owner said through his lawyer, Sarah Van den Heuvel, that agents took his computers. "
            "Van den Heuvel said the family would sue.\n\nNexperion chief executive Pieter van den Berg said "
            "the deal was good. Van den Berg, who joined in 2019, will stay.")
    actors = _actors(text)
    assert "Van den Heuvel" in actors["Sarah Van den Heuvel"].aliases and "Van den Heuvel" not in actors
    assert "Pieter van den Berg" in actors and len(actors["Pieter van den Berg"].mentions) == 2
    assert "Al Gore" in _actors("Former Vice President Al Gore said the plan would fail.")
