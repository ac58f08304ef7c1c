"""A template's style.toml whose margins leave no room for text, or whose font sizes are not positive, is refused
with the setting named (a margin of 100000 failed deep in the layout with reportlab's "'Para' object has no attribute
'blPara'" and "Flowable <Para at 0x…> too large")."""
from __future__ import annotations

import copy

import pytest

from briefing_app.core.errors import ExportError
from briefing_app.export.pdf_styles import make_style
from briefing_app.export.templates import load_template

TEMPLATE_IDS = ("info-memo", "action-memo", "options-paper", "talking-points", "briefing-book")


def _style(**changes: tuple[str, object]) -> dict:
    style = copy.deepcopy(load_template("info-memo").style)
    for key, (table, value) in changes.items():
        style[table][key] = value
    return style


@pytest.mark.parametrize("changes, words", [
    ({"margin_left": ("page", 100000)}, "margins leave 0 × 648"),
    ({"margin_left": ("page", 300), "margin_right": ("page", 300)}, "margins leave 12 × 648"),
    ({"margin_top": ("page", 400), "margin_bottom": ("page", 300)}, "margins leave 468 × 92"),
    ({"margin_top": ("page", -20)}, "margin_top = -20"),
    ({"body_size": ("fonts", 0)}, "body_size = 0"),
    ({"leading": ("fonts", -3)}, "leading = -3"),
    ({"heading_size": ("fonts", 5000)}, "heading_size = 5000"),
])
def test_a_style_that_leaves_no_room_is_refused_by_name(changes, words) -> None:
    with pytest.raises(ExportError, match="style.toml") as err:
        make_style(_style(**changes))
    assert words in str(err.value)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_the_built_in_styles_pass(template_id: str) -> None:
    make_style(load_template(template_id).style)


def test_narrow_but_usable_margins_pass() -> None:
    make_style(_style(margin_left=("page", 200), margin_right=("page", 200), margin_top=("page", 0)))
