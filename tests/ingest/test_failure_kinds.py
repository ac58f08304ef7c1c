"""The failure breakdown (tests/ingest/failure_kinds.py): each kind of mistake counted as what it is, on
constructed text, and nothing counted for a text that comes in fully right."""
from __future__ import annotations

from tests.ingest.articles import Article
from tests.ingest.failure_kinds import kinds
from tests.ingest.fidelity import judge
from tests.ingest.test_fidelity_checker import text_of

PIECE = Article("Ferry fares rise for the first time in a decade", "By Ana Ruiz", [
    "Fares on the island ferry will rise by eight per cent from March, the operator said on Tuesday.",
    "The operator blamed fuel costs and a new crew agreement for the increase.",
    "Islanders said the rise would hit families who travel to the mainland for school.",
])
TIP = "Got a story? Email the newsdesk and tell us what you know."
MENU = "Home | News | Sport | Travel"
A, B, C = PIECE.paragraphs


def found(*paras: str, furniture: tuple[str, ...] = (TIP, MENU)):
    text, hidden = text_of(*paras)
    return judge(text, hidden, PIECE, list(furniture)), kinds(text, hidden, PIECE, list(furniture))


def test_a_text_fully_right_has_no_kinds():
    problems, counts = found("~" + MENU, PIECE.headline, PIECE.byline, A, B, C, "~" + TIP)
    assert problems == [] and not counts


def test_furniture_after_the_body_is_counted_with_its_shape_and_place():
    problems, counts = found(PIECE.headline, A, B, C, TIP)
    assert problems
    assert counts["listed furniture shown"] == 1
    assert counts["furniture: a sentence"] == 1
    assert counts["furniture: after the body"] == 1
    assert counts["furniture: its own paragraph"] == 1
    assert counts["furniture: the layout's own"] == 1


def test_a_menu_before_the_headline():
    _, counts = found(MENU, PIECE.headline, A, B, C)
    assert counts["furniture: a list or menu"] == 1 and counts["furniture: before the headline"] == 1


def test_article_text_hidden_split_joined_and_missing():
    assert found(PIECE.headline, A, "~" + B, C)[1] == {"paragraph hidden": 1}
    half = B.index(" a new")
    assert found(PIECE.headline, A, B[:half], B[half + 1:], C)[1] == {"paragraph split": 1}
    assert found(PIECE.headline, A, B + " " + C)[1] == {"paragraph joined to article": 2}
    assert found(PIECE.headline, A, "Advertisement " + B, C)[1] == {"paragraph joined to other text": 1}
    assert found(PIECE.headline, A, C)[1] == {"paragraph missing": 1}
    assert found(PIECE.headline, A, B.replace("increase", "rise"), C)[1] == {"paragraph changed": 1}
    assert found(PIECE.headline, B, A, C)[1] == {"paragraph out of order": 1}


def test_title_kinds():
    assert found("~" + PIECE.headline, A, B, C)[1] == {"title hidden": 1}
    assert found("Transport: " + PIECE.headline, A, B, C)[1] == {"title joined": 1}
    assert found(A, B, C)[1] == {"title missing": 1}


def test_unlisted_text_by_length():
    assert found(PIECE.headline, "Listen", A, B, C)[1] == {"unlisted text shown, short": 1}
    assert found(PIECE.headline, A, B, C, "The island has two ferries and a small airport with one runway.")[1] == \
        {"unlisted text shown, sentence": 1}


def test_furniture_classes():
    from tests.ingest.failure_kinds import furniture_class

    assert furniture_class("Reuters contributed to this report.") == "a contributor line"
    assert furniture_class("This article originally appeared in The Harbour Review.") == "a reprint or print note"
    assert furniture_class("Copyright 2026 Valley News. All rights reserved.") == "a rights line"
    assert furniture_class("Jane Roe is a senior fellow at the institute.") == "an author bio"
    assert furniture_class(TIP) == "a call or notice to the reader"
    assert furniture_class(MENU) == "other"
