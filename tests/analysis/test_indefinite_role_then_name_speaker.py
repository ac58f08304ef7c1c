"""'A spokesman for the FAA, Greg Martin, said ...': an indefinite role phrase followed by the name it describes
(set off by a comma) is that named person's mention, as 'The party chairman, Kelly Armstrong,' already was; an
indefinite role alone ('A spokesman, speaking on condition of anonymity,') stays anonymous."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(text).quotes]


@pytest.mark.parametrize("text, name", [
    ("A spokesman for the Federal Aviation Administration, Greg Martin, said the runway was closed.", "Greg Martin"),
    ("A spokeswoman for Acme Corp., Lisa Wong, said the recall was voluntary.", "Lisa Wong"),
    ("An aide to Governor Kathy Hochul, Tom Reed, said the budget was late.", "Tom Reed"),
    ("A senior economist at the central bank, Priya Nair, warned that inflation would return.", "Priya Nair"),
    ("“The runway is closed,” a spokesman for the Federal Aviation Administration, Greg Martin, said.", "Greg Martin"),
])
def test_the_name_after_an_indefinite_role_is_the_speaker(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize("text", [
    "A spokesman, speaking on condition of anonymity, said the talks had failed.",
    "A senior official at the Pentagon, who asked not to be named, said troops would stay.",
    "An official at Halden Bank said rates would rise.",
])
def test_an_indefinite_role_without_a_name_stays_anonymous(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_place_then_a_clause_after_the_comma_is_no_name() -> None:
    text = ("A Cruz supporter from Jackson, Miss., attending the South Carolina Tea Party Coalition Convention, said she "
            "would vote for him.")
    assert _speakers(text) == [None]
    assert not [a for a in analyse(text).actors if a.kind == "person"]


def test_a_name_with_particles_after_an_indefinite_role() -> None:
    assert _speakers("A spokeswoman for the commission, Ursula von der Leyen, said the plan was ready.") == \
        ["Ursula von der Leyen"]


@pytest.mark.parametrize("text, name", [
    ("“The runway is closed,” said a spokesman for the Federal Aviation Administration, Greg Martin.", "Greg Martin"),
    ("“We will appeal,” said the head of the union, Jo Marsh.", "Jo Marsh"),
    ("“The recall is voluntary,” said a spokeswoman for Acme Corp., Lisa Wong.", "Lisa Wong"),
])
def test_an_inverted_tag_reads_the_role_its_body_and_the_name(text: str, name: str) -> None:
    assert _speakers(text) == [name]


@pytest.mark.parametrize("text", [
    "“The runway is closed,” said a spokesman for the agency, adding that flights would resume.",
    "“The runway is closed,” said a spokesman for the agency, Reuters reported.",
])
def test_an_inverted_role_and_no_name_after_it_stays_anonymous(text: str) -> None:
    assert set(_speakers(text)) == {None}
