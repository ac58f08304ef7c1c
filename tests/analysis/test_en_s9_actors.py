"""English actors, s9 round (people named only by title and family name, appositive titles, affiliations), one rule each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_person_named_only_by_title_and_family_name_is_an_actor() -> None:
    text = ("WASHINGTON (AP) — President Trump on Saturday ordered troops to Portland.\n\n"
            "Mr. Trump said the city was burning. Vice President Vance defended the decision, saying governors "
            "could not pick which laws to enforce.")
    actors = _actors(text)
    trump = actors["Trump"]
    assert trump.kind == "person" and trump.title == "President" and len(trump.mentions) == 2
    assert actors["Vance"].title == "Vice President"


def test_a_titled_family_name_of_someone_named_in_full_is_no_new_actor() -> None:
    actors = _actors("Barack Obama spoke on Monday. President Obama said the deal was good. Mr. Obama left.")
    assert "Obama" not in actors and len(actors["Barack Obama"].mentions) == 3


def test_a_titled_word_that_is_a_place_or_a_plain_word_is_no_person() -> None:
    actors = _actors("President Biden's envoy met Mr. Kenya on Friday. Governor Today said nothing.")
    assert "Today" not in actors and not any(a.kind == "person" and a.name == "Kenya" for a in actors.values())


def test_an_appositive_from_a_state_gives_title_and_state() -> None:
    text = ("\"This matters,\" said Peter Welch, a Democratic senator from Vermont. Welch wrote the bill with "
            "Ted Budd, a Republican from North Carolina.\n\nGov. Mike DeWine of Ohio, a Republican, praised it.")
    actors = _actors(text)
    assert (actors["Peter Welch"].title, actors["Peter Welch"].affiliation) == ("senator", "Vermont")
    assert (actors["Ted Budd"].title, actors["Ted Budd"].affiliation) == (None, "North Carolina")  # a party is no title
    assert actors["Mike DeWine"].affiliation == "Ohio"


def test_a_description_naming_a_state_goes_to_the_person_of_that_state() -> None:
    text = ("Peter Welch, a Democratic senator from Vermont, wrote the bill with Ted Budd, a Republican from "
            "North Carolina.\n\n\"It was stripped of mandates,\" the North Carolina senator said.")
    actors = _actors(text)
    said = [q for q in analyse(text).quotes if q.mention is not None][0]
    assert said.speaker == "Ted Budd"
    assert not any("North Carolina senator" in a for a in actors["Peter Welch"].aliases)


def test_america_inside_a_bodys_name_or_a_federal_courts_is_no_country() -> None:
    text = ("The Independent Community Bankers of America said consolidation hurt rural borrowers. The Association of "
            "American Railroads opposed the bill, and Americans United for Separation of Church and State sued.\n\n"
            "U.S. District Judge Amit Mehta ruled on Tuesday.")
    assert "United States" not in _actors(text)
    assert "United States" in _actors("U.S. officials said on Tuesday that America would not pay.")
    assert "United States" in _actors("The people of America want a deal, the senator said.")
