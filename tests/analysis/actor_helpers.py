"""The actors an analysis finds in a text, by name: for the test modules of the actor rules."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def actors_by_name(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}
