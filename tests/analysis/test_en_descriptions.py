"""English descriptions of people tied by coreference (analysis/descriptions.py, coref.py,
ActorTable.resolve) and titles/affiliations around a name (roles.py, appositives.py)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.descriptions import fits
from briefing_app.core.model import Actor

TEXT = ("Envoy named\n\nWASHINGTON — President-elect Donald Trump on Monday named an envoy. The president-elect said "
        "in a statement that the envoy would \"secure peace.\"\n\n"
        "Ukrainian President Volodymyr Zelenskyy welcomed the choice. The Ukrainian leader said he hoped to meet "
        "the envoy soon.\n\nRussian Foreign Minister Sergei Lavrov was less enthusiastic. The minister said Moscow "
        "would judge the new administration by its actions.\n\n"
        "Sen. Jeanne Shaheen, the top Democrat on the Foreign Relations Committee, said the pick was serious. "
        "The New Hampshire senator said Congress would hold hearings.\n\n"
        "Maria Lopez, 45, a nurse from Ohio, said she was worried. The 45-year-old said her family had cut back.\n\n"
        "Mark Rutte, secretary general of NATO, said the alliance stood with Kyiv. NATO's chief also urged allies "
        "to spend more.\n\nPfizer chief executive Albert Bourla said companies were watching.\n")


@pytest.fixture(scope="module")
def result() -> tuple[dict[str, Actor], list[tuple[str, str | None]]]:
    r = analyse(TEXT)
    return {a.name: a for a in r.actors}, [(q.mention.text if q.mention else "", q.speaker) for q in r.quotes]


@pytest.mark.parametrize(("name", "alias"), [
    ("Donald Trump", "the president-elect"),
    ("Volodymyr Zelenskyy", "the Ukrainian leader"),
    ("Sergei Lavrov", "the minister"),
    ("Jeanne Shaheen", "the New Hampshire senator"),
    ("Maria Lopez", "the 45-year-old"),
    ("Mark Rutte", "NATO's chief"),
])
def test_description_is_an_alias_and_the_speaker(result: tuple[dict[str, Actor], list[tuple[str, str | None]]],
                                                 name: str, alias: str) -> None:
    actors, said = result
    assert alias in actors[name].aliases
    assert (alias[0].upper() + alias[1:], name) in said or (alias, name) in said


def test_of_organisation_and_employer_before_a_title(
        result: tuple[dict[str, Actor], list[tuple[str, str | None]]]) -> None:
    actors, _ = result
    assert actors["Mark Rutte"].affiliation == "NATO"
    assert (actors["Albert Bourla"].title, actors["Albert Bourla"].affiliation) == ("chief executive", "Pfizer")


@pytest.mark.parametrize(("description", "title", "affiliation", "ok"), [
    ("Ukrainian leader", "President", "Ukraine", True),
    ("Russian leader", "President", "Ukraine", False),  # a different country rules the person out
    ("leader", "press secretary", None, False),
    ("diplomat", "Secretary of State", "United States", True),
    ("diplomat", "press secretary", None, False),
    ("lawmaker", "Senator", None, True),
    ("Democratic nominee", "nominee", "Democratic Party", True),
    ("Republican nominee", "nominee", "Democratic Party", False),
    ("NATO's chief", "secretary general", "NATO", True),
    ("NATO's chief", "secretary general", "United Nations", False),
])
def test_fits(description: str, title: str, affiliation: str | None, ok: bool) -> None:
    assert fits(description, title, affiliation) is ok
