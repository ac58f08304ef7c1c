"""A course inside a sentence's opening subordinate clause ("While Democrats have pushed for new negotiations, ...",
"After the candidates opposed an increase to the minimum wage, ...") ends at the comma that closes the clause: the
summary ran on into the main clause ('Hold new negotiations, Senator Holt told reporters this was ...'). A comma
before a list's next item is no such end."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text, summary", [
    ("While the unions have pushed for new negotiations, Senator Holt told reporters the bill had to pass this "
     "week.", "Hold new negotiations"),
    ("After the mayors jointly opposed an increase to the bus fare, Governor Reyes told the crowd that he still backs "
     "one.", "Carry out an increase to the bus fare"),
    ("While the council wants to close the library, residents want to keep it open.", "Close the library"),
    ("As the council plans to close the library, residents are angry.", "Close the library"),
    ("Even as the unions call for a ban on diesel cars, the mayor has said nothing.", "Impose a ban on diesel cars"),
    ("But while ministers want to ban diesel cars, the mayor wants none of it.", "Ban diesel cars"),
])
def test_the_course_ends_with_its_clause(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


def test_a_list_in_the_clause_is_kept() -> None:
    found = options("While ministers want to ban diesel cars, raise fuel duty and cut fares, the mayor wants none of it.")
    assert [o.summary for o in found] == ["Ban diesel cars", "Raise fuel duty", "Cut fares"]


def test_a_main_clause_course_is_untouched() -> None:
    option = one_option("Although the rules are new, the council should ban diesel cars, buses and lorries from the centre.")
    assert option.summary == "Ban diesel cars, buses and lorries from the centre"


@pytest.mark.parametrize("text, summary", [
    ("The Pentagon wants to keep a base in Kandahar for years to come, according to two officials.",
     "Keep a base in Kandahar for years to come"),
    ("Senator Holt will call for a ban on diesel cars, according to her aides.", "Impose a ban on diesel cars"),
])
def test_the_course_ends_before_its_source(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


def test_a_source_inside_the_course_is_kept() -> None:
    option = one_option("The council should publish a report that, according to the auditors, will examine every "
                        "contract signed since 2019.")
    assert option.summary.startswith("Publish a report that")
    assert option.summary != "Publish a report that"
