"""A combo narrower than its text cuts it with "…" (Qt clipped it mid-letter with no mark: the memo list
read "Information memo — Nc" beside the Draft memo button); the list it opens keeps every item whole."""
from __future__ import annotations

from briefing_app.ui.elided_combo import ElidedCombo
from briefing_app.ui.filter_bar import FilterCombo

LONG = "Information memo — North Korea puts military in 'quasi-state of war'; Reports: 'streamlined' UK asylum"


def test_a_narrow_combo_cuts_its_text_with_an_ellipsis(qtbot):
    combo = ElidedCombo()
    qtbot.addWidget(combo)
    combo.addItem(LONG)
    combo.setFixedWidth(160)
    combo.show()
    qtbot.waitExposed(combo)
    shown = combo.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1]) and len(shown) < len(LONG)
    assert combo.currentText() == LONG == combo.itemText(0)  # only the painting is cut
    combo.grab()  # paints without error


def test_a_wide_combo_shows_its_text_whole(qtbot):
    combo = ElidedCombo()
    qtbot.addWidget(combo)
    combo.addItem("Action memo — Ports")
    combo.setFixedWidth(400)
    combo.show()
    qtbot.waitExposed(combo)
    assert combo.shown_text() == "Action memo — Ports"


def test_an_editable_combo_is_left_to_qt(qtbot):
    combo = ElidedCombo()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    combo.addItem(LONG)
    combo.setFixedWidth(160)
    combo.show()
    combo.grab()
    assert combo.lineEdit().text() == LONG


def test_the_memo_list_and_the_filters_elide(window, qtbot):
    assert isinstance(window.memo.memo_combo, ElidedCombo)
    assert issubclass(FilterCombo, ElidedCombo)
    window.resize(1280, 860)
    window.memo.draft_memo()
    qtbot.waitUntil(lambda: window.memo.memo is not None)
    combo = window.memo.memo_combo
    qtbot.waitUntil(lambda: combo.width() > 0)
    text = combo.currentText()
    shown = combo.shown_text()
    assert shown == text or (shown.endswith("…") and text.startswith(shown[:-1]))
