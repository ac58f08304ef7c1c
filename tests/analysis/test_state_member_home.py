"""'Sen. Patty Murray of Washington': a member of Congress or a state's governor from Washington is of the state, not
of the United States the capital's name stands for elsewhere; other people keep the body an alias names."""
from __future__ import annotations

import pytest

from tests.analysis.actor_helpers import actors_by_name


@pytest.mark.parametrize("text, name", [
    ("Sen. Patty Murray of Washington said the bill would pass.", "Patty Murray"),
    ("Gov. Bob Ferguson of Washington signed the budget on Friday.", "Bob Ferguson"),
    ("Rep. Pramila Jayapal, D-Washington, said the vote was close.", "Pramila Jayapal"),
])
def test_the_state_stays_the_home(text: str, name: str) -> None:
    assert actors_by_name(text)[name].affiliation == "Washington"


def test_a_body_by_its_alias_is_still_the_body() -> None:
    text = "The Timber Workers Union (TWU) called a strike. TWU president Mark Ross said talks had failed."
    assert actors_by_name(text)["Mark Ross"].affiliation == "Timber Workers Union"
