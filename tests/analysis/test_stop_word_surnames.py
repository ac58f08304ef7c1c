"""A family name that is also a stop word ("May", "From") after a given name or a personal title is a name: 'Theresa
May', 'Mrs. May', 'Al From' are people, and 'May said' / '“Q,” From said' name them (before, the run ended before the
stop word, nobody was named in full, and the lone 'May' or 'From' was dropped as no noun phrase). A month or a
preposition stays what it is."""
from __future__ import annotations

from briefing_app.analysis.names import name_hits
from briefing_app.analysis.pipeline import analyse


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.mention.text if q.mention else None, q.speaker) for q in analyse(text).quotes if q.kind == "direct"]


def test_a_given_name_before_a_stop_word_makes_a_full_name() -> None:
    assert [h.name for h in name_hits("Prime Minister Gwen May met the unions.")] == ["Gwen May"]
    assert [h.name for h in name_hits("The council was founded by Alan From in 1985.")] == ["Alan From"]


def test_the_family_name_alone_names_the_speaker() -> None:
    text = "Gwen May became prime minister in July. “The ferries will run,” May said."
    assert speakers(text) == [("May", "Gwen May")]
    text = "Alan From founded the council in 1985. From said: “The circumstances have changed.”"
    assert speakers(text) == [("From", "Alan From")]


def test_a_title_before_the_family_name() -> None:
    text = "Prime Minister Gwen May visited Hull on Monday. “The ferries will run,” Mrs. May said."
    assert speakers(text) == [("Mrs. May", "Gwen May")]


def test_months_and_prepositions_stay() -> None:
    assert [h.name for h in name_hits("In May the council met. Since May, Ned Hale has led it.")] == ["Ned Hale"]
    assert not any("From" in h.name for h in name_hits("Letters From Hull arrived. Trips From May to June sold out."))


def test_a_titled_stop_word_surname_alone_is_a_person() -> None:
    """'Mrs. May' with no full name anywhere in the text is still a person (surnames.lone_surname took any stop word
    for no family name, so the quotation had a mention and no speaker)."""
    assert speakers("“The ferries will run,” Mrs. May said on Tuesday.") == [("Mrs. May", "May")]
    quotes = analyse("Ms. May told the council that the depot would close.").quotes
    assert [(q.mention.text if q.mention else None, q.speaker) for q in quotes] == [("Ms. May", "May")]
    assert [a.name for a in analyse("In May, Mr. Okafor said the depot would close.").actors] == ["Okafor"]
