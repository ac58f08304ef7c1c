"""A quotation in a title-case headline: the headline's style capitalises every word, so the quotation's capitals do
not make it a work's title ("Lee: Budget Office’s ‘Numbers Do Not Add Up.’" is somebody's words)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.kinds import in_title_case_headline

BODY = "\n\nThe mayor of Springfield spoke to reporters on Monday about the budget."


@pytest.mark.parametrize("headline, words", [
    ("Lee: Budget Office’s ‘Numbers Do Not Add Up.’", "Numbers Do Not Add Up."),
    ("Senator: Tax Plan Appeals To ‘The Worst Instincts Of Voters.’", "The Worst Instincts Of Voters."),
    ("Senator Says Budget Plan Is ‘A Recipe For Disaster’ For Rural Towns", "A Recipe For Disaster"),
])
def test_a_quotation_in_a_title_case_headline_is_direct(headline: str, words: str) -> None:
    kinds = [(q.text, q.kind) for q in analyse(headline + BODY).quotes if q.kind != "indirect"]
    assert kinds == [(words, "direct")]


@pytest.mark.parametrize("headline", [
    "Critics Pan ‘Harbor Lights’ Sequel",
    "Fans Of ‘The Quiet Year’ Gather In Ohio",
])
def test_a_short_name_in_a_title_case_headline_is_no_quotation(headline: str) -> None:
    assert [q.kind for q in analyse(headline + BODY).quotes if q.kind != "indirect"] in (["scare"], ["title"])


def test_a_sentence_case_headline_keeps_the_title_test() -> None:
    """Lower-case words around it: the quotation's own capitals still mark a work's title."""
    text = "Critics pan the new film ‘Harbor Lights Forever’ at the festival" + BODY
    assert [q.kind for q in analyse(text).quotes] == ["title"]
    assert not in_title_case_headline(text, text.index("‘"), text.index("’"))


def test_only_the_first_line_is_a_headline() -> None:
    text = "Budget talks stall.\n\nThe Mayor Told Us ‘Harbor Lights Forever’ Is Her Favourite Film Of The Year."
    assert not in_title_case_headline(text, text.index("‘"), text.index("’"))
