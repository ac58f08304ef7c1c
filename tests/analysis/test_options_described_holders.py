"""A holder the text describes but does not name is shown as the text writes it, with its article ("the senator",
"some economists", "critics"), never as a title in capitals that reads like a name ("Senator"); a name keeps its
capitals ("Republican senators", "Doctors without Borders", "Greens"), and a description of a person the text names
before is that person (coordinator's decision, session 17, issue 14)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.holder_forms import holder_key
from tests.analysis.option_helpers import options


def _holders(text: str) -> list[str]:
    return [p.actor for o in options(text) for p in o.positions]


@pytest.mark.parametrize("text, holder", [
    ("The senator said the tax should be repealed.", "the senator"),
    ("The mayor said the city should ban cars.", "the mayor"),
    ("A senator said the tax should be repealed.", "a senator"),
    ("Some economists say the government should cut taxes.", "some economists"),
    ("Critics say the city should ban cars.", "critics"),
    ("Officials said the city should ban cars.", "officials"),
    ("The city should ban cars, the minister said.", "the minister"),
    ('"We must lift the blockade," said the minister.', "the minister"),
    ("The president's critics say he should resign.", "the president's critics"),
    ("The government should accept the union's offer.", "the union"),
])
def test_a_described_holder_is_shown_as_written(text: str, holder: str) -> None:
    assert _holders(text) == [holder]


@pytest.mark.parametrize("text, holder", [
    ("Senator John Smith spoke on Monday. The senator said the tax should be repealed.", "John Smith"),
    ("Republican senators said the state should ban cars.", "Republican senators"),
    ("Doctors without Borders urged the army to stop attacking ambulances.", "Doctors without Borders"),
    ("Greens called for a carbon tax, whereas the farmers' union urged ministers to scrap the fuel duty.", "Greens"),
    ("Ministers should adopt the BMA's proposal for a sugar tax.", "BMA"),
])
def test_a_name_keeps_its_capitals(text: str, holder: str) -> None:
    assert _holders(text)[0] == holder


@pytest.mark.parametrize("a, b", [
    ("the senator", "The senator"), ("the senator", "a senator"), ("some critics", "critics"), ("Critics", "critics"),
    ("the Treasury", "Treasury"),
])
def test_one_description_is_one_holder_whatever_its_article(a: str, b: str) -> None:
    assert holder_key(a) == holder_key(b)


@pytest.mark.parametrize("a, b", [("the senator", "the mayor"), ("critics", "supporters"), ("the union", "union leaders")])
def test_different_descriptions_stay_apart(a: str, b: str) -> None:
    assert holder_key(a) != holder_key(b)
