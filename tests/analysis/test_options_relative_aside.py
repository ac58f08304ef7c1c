"""A course inside an aside relative clause ("Tom Reed, who has pledged to ban ivory imports, spoke on Monday") ends at
the comma that closes the clause: the summary ran on into the main clause's verb ('Ban all imports of ivory, spoke on
Monday'). A comma before a list's next item, or one inside a course the main clause argues, is no such end."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option


@pytest.mark.parametrize("text, summary", [
    ("Tom Reed, who has pledged to ban all imports of ivory, spoke on Monday.", "Ban all imports of ivory"),
    ("Tom Reed, who has called for a ban on ivory imports, spoke to farmers in Leeds.", "Impose a ban on ivory imports"),
    ("Ann Cole, who has urged the council to close the bypass, told reporters she was confident.", "Close the bypass"),
    ("Ann Cole, who proposed scrapping the fuel levy, has won the primary.", "Scrap the fuel levy"),
    ("The party, which backs a ban on ivory imports, finished third.", "Impose a ban on ivory imports"),
    ("Ann Cole, who has demanded a cap on rents, quietly left the meeting early.", "Impose a cap on rents"),
    # (review: any past form, a present third person, a time adverb before the verb; the first list had 40 verbs)
    ("The senators, who have called for a ban on ivory imports, flew to Brussels.", "Impose a ban on ivory imports"),
    ("The union, which wants the city to raise wages, struck on Friday.", "Raise wages"),
    ("The union, which wants the city to raise wages, rejects the offer.", "Raise wages"),
    ("Ann Cole, who has urged the council to close the bypass, now faces a recount.", "Close the bypass"),
    ("The union, which wants the city to raise wages, yesterday announced a strike.", "Raise wages"),
])
def test_the_course_ends_with_the_aside(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


def test_a_list_in_the_aside_is_kept() -> None:
    option = one_option("Ann Cole, who has called for a ban on diesel cars, higher fuel duty and free buses, spoke on "
                        "Monday.")
    assert option.summary == "Impose a ban on diesel cars, higher fuel duty and free buses"


def test_a_relative_clause_after_the_course_is_untouched() -> None:
    option = one_option("Tom Reed said the council should ban ivory imports, which have doubled since 2019.")
    assert option.summary == "Ban ivory imports"


def test_a_main_clause_course_with_a_participle_is_untouched() -> None:
    option = one_option("The council should ban diesel cars, buses and lorries from the centre.")
    assert option.summary == "Ban diesel cars, buses and lorries from the centre"


def test_a_list_of_plural_nouns_is_no_main_verb() -> None:
    """'cars, trucks, buses': a plural item ends in -s like a verb, but the list goes on; the verb after it is cut."""
    option = one_option("Ann Cole, who has called for a ban on cars, trucks, buses, says she will run.")
    assert option.summary == "Impose a ban on cars, trucks, buses"
