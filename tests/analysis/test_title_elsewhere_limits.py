"""title_elsewhere: an office named before its holder ('The prime minister said on Friday ... Keir Starmer said')
gives the first person named in full after it the title, but not when the office points back to someone the reader
knows or is no one's: a "former" office, an office with "of" or a possessive after it, a tag right after a quotation,
a name after a possessive or in the office's own sentence (on the tuned PolNeAR articles all 15 such titles were
wrong: 'the former secretary of state's server' gave a staffer named later the title)."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def titles(text: str) -> dict[str, str | None]:
    return {a.name: a.title for a in analyse(text).actors if a.kind == "person"}


def test_the_office_before_its_holder_still_names_them() -> None:
    text = ("The prime minister said on Monday that the tolls would stay.\n\nOn a visit to a depot in Leeds, "
            "Ines Moreau said drivers wanted \"fewer delays, not more fees\".")
    assert titles(text)["Ines Moreau"] == "prime minister"


@pytest.mark.parametrize("text", [
    # a tag right after a quotation: a mayor the reader knows, not the person named next
    "\"Is the depot closed?\" the mayor asked. Ines Moreau laughed and shook her head.",
    # a former office, an office with "of" or a possessive after it
    "Staff hid the files on the former health secretary's laptop. Ines Moreau, a clerk, found them.",
    "Tolls rose under the president of the port board. Ines Moreau, a driver, complained to the council.",
    "Critics mocked the governor's speech. Ines Moreau, a teacher, called it thin.",
    # the name after a possessive, or in the office's own sentence
    "The prime minister spoke to the BBC's Ines Moreau about the tolls on Monday.",
])
def test_an_office_that_points_elsewhere_gives_no_title(text: str) -> None:
    assert titles(text).get("Ines Moreau") in (None, "clerk", "driver", "teacher")


def test_a_description_in_a_tag_takes_no_person_named_after_it() -> None:
    doc = analyse("\"Is the depot closed?\" the mayor asked. Ines Moreau laughed and shook her head.")
    assert [(q.mention.text if q.mention else None, q.speaker) for q in doc.quotes] == [("the mayor", None)]
