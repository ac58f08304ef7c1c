"""Guillemets turned inwards (»Q«, German and Nordic style, also in English texts from those outlets) open with » and
close with «: a paragraph whose first guillemet is » with a « after it pairs them that way. «Q» stays as it was."""
from __future__ import annotations

from briefing_app.analysis.pipeline import analyse


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.mention.text if q.mention else None) for q in analyse(text).quotes if q.kind == "direct"]


def test_turned_guillemets_open_with_the_right_pointing_one() -> None:
    assert quotes("Ines Moreau said: »We will rebuild the pier.«") == [("We will rebuild the pier.", "Ines Moreau")]
    assert quotes("»We will rebuild the pier,« Ines Moreau said. »It will take a year.«") == [
        ("We will rebuild the pier,", "Ines Moreau"), ("It will take a year.", "Ines Moreau")]


def test_french_guillemets_stay() -> None:
    assert quotes("Ines Moreau said: «We will rebuild the pier.»") == [("We will rebuild the pier.", "Ines Moreau")]
    assert quotes("«We will rebuild the pier,» Ines Moreau said.") == [("We will rebuild the pier,", "Ines Moreau")]
