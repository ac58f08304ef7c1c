"""A sentence's capitalised plural before "of" ("Critics of Boeing Co. said", "Shares of Tesla Inc. fell") is the
people or the stock of the body, not a word of its name: the body is "Boeing Co", not "Critics of Boeing Co"."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name


@pytest.mark.parametrize("text, body", [
    ("Critics of Boeing Co. said the plane was unsafe.", "Boeing Co"),
    ("Shares of Halden Motors Inc. fell 3 percent on Monday.", "Halden Motors Inc"),
    ("Customers of Brightwater Energy Ltd. complained about bills.", "Brightwater Energy Ltd"),
    ("Shareholders of Larkspur Holdings voted against the pay plan.", "Larkspur Holdings"),
])
def test_the_plural_is_no_word_of_the_name(text: str, body: str) -> None:
    names = set(actors_by_name(text))
    assert body in names
    assert not [n for n in names if n.split()[0] in ("Critics", "Shares", "Customers", "Shareholders")]


def test_a_company_after_shares_of_is_the_company_said() -> None:
    actors = actors_by_name("Shares of Boeing Co. fell 3 percent after the company said deliveries would slow.")
    assert "the company" in actors["Boeing Co"].aliases
