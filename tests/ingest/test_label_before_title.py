"""A section label that opens a title ("Opinion | Headline", "Analysis: Why ...") is no part of the title: a text's
first line so labelled gives the headline as the guessed title, as a web page's <title> does."""
from __future__ import annotations

import pytest

from briefing_app.ingest.htmlmeta import without_label
from briefing_app.workflow.reading import read_and_analyse


@pytest.mark.parametrize("title, rest", [
    ("Opinion | Europe must not outsource its defence again", "Europe must not outsource its defence again"),
    ("Analysis: Why the defence fund matters now", "Why the defence fund matters now"),
    ("EDITORIAL — The city should stop subsidising parking", "The city should stop subsidising parking"),
    ("Commentary | Rent control will not end the shortage", "Rent control will not end the shortage"),
])
def test_the_label_and_its_separator_go(title: str, rest: str) -> None:
    assert without_label(title) == rest


@pytest.mark.parametrize("title", [
    "Port strike enters third week as talks stall",
    "Brexit: the long goodbye",  # (a headline's own colon: no label before it)
    "Russia warns Seoul | Harbour Times",
    "Opinion | Europe",  # (one word left: not a headline)
])
def test_a_title_without_a_label_is_kept(title: str) -> None:
    assert without_label(title) is None


def test_a_text_whose_first_line_is_labelled_gets_the_headline(tmp_path) -> None:
    path = tmp_path / "oped.txt"
    path.write_text("Opinion | Europe must not outsource its defence again\n\nThe war has taught Europe an "
                    "uncomfortable lesson. The European Union should create a joint defence fund.\n", encoding="utf-8")
    _, analysis = read_and_analyse(path)
    assert analysis.metadata.title == "Europe must not outsource its defence again"
    assert analysis.metadata.title_guessed
