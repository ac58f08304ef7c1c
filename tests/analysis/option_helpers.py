"""What the options tests read from analyse(): every option found in a text, and the one option
a text must give (failing with the options found when there are none or several)."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Option


def options(text: str) -> list[Option]:
    return analyse(text).options


def one_option(text: str) -> Option:
    found = options(text)
    assert len(found) == 1, [(o.summary, o.stance, o.positions) for o in found]
    return found[0]
