"""A country's name inside an organisation's name, after another capitalised word ("Beth Israel Deaconess Medical
Center", "Beth Israel Lahey Health"), is a word of the name, no country the text names: a Massachusetts attorney
general in the next sentence was affiliated to Israel, and so was "the Department of Public Health"
(officials_home.inner_places). Sentences written for this test."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name


@pytest.mark.parametrize("text, name", [
    ("BOSTON — Beth Israel Deaconess Medical Center said it would cut 200 jobs. Attorney General Andrea Campbell "
     "said her office would review the layoffs.", "Andrea Campbell"),
    ("Mass General Brigham and Beth Israel Lahey Health said they would merge. The deal still needs approval from the "
     "Department of Public Health.", "Department of Public Health"),
    ("Beth Israel Lahey Health said costs would fall. Attorney General Andrea Campbell said she would review it.",
     "Andrea Campbell"),
])
def test_a_country_inside_a_name_gives_no_affiliation(text: str, name: str) -> None:
    actors = actors_by_name(text)
    assert actors[name].affiliation != "Israel", (name, actors[name].affiliation)


@pytest.mark.parametrize("text, name, country", [
    ("TEL AVIV — The Israel Defense Forces said it struck a depot. Defense Minister Yoav Gallant said more strikes "
     "would follow.", "Yoav Gallant", "Israel"),
    ("Israel said it would reopen the crossing. Foreign Minister Eli Cohen said aid would flow.", "Eli Cohen", "Israel"),
])
def test_a_country_named_as_such_still_gives_it(text: str, name: str, country: str) -> None:
    assert actors_by_name(text)[name].affiliation == country
