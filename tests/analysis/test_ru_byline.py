"""A Russian byline line "Автор: Ирина Белова" (or "Текст: …") names the author, as "By Jane Smith" does; a photo's
credit "Автор фото: …" and an author's note "Автор — профессор …" do not (metadata.BY_RE). Lines written for this test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

BODY = "\n\nПробки в центре Казани стали невыносимыми. Власти города должны ввести платный въезд уже в этом году.\n"


@pytest.mark.parametrize("byline, author", [
    ("Автор: Ирина Белова", "Ирина Белова"),
    ("Текст: Олег Сафин", "Олег Сафин"),
    ("By Jane Smith", "Jane Smith"),
])
def test_a_byline_names_the_author(byline: str, author: str) -> None:
    assert analyse("Городу нужен платный въезд в центр\n\n" + byline + BODY).metadata.author == author


@pytest.mark.parametrize("line", ["Автор фото: Ирина Белова", "Автор — профессор Казанского университета"])
def test_a_credit_or_a_note_is_no_byline(line: str) -> None:
    assert analyse("Городу нужен платный въезд в центр" + BODY + "\n" + line + "\n").metadata.author is None
