"""The window keeps its size: long texts (a memo's title, a guessed speaker) elide in their own
widget instead of widening the whole window past the screen (seen after a theme switch and
after importing a long article)."""
from __future__ import annotations

from briefing_app.ui import theme


def test_theme_switch_with_a_long_memo_title_keeps_the_window_size(window, qtbot, errors):
    window.resize(1440, 860)
    window.memo.draft_memo()
    qtbot.waitUntil(lambda: window.memo.memo is not None)
    title = window.memo.memo_combo.currentText()
    assert window.fontMetrics().horizontalAdvance(title) > 400, title  # both sources' titles
    themed = theme.app_theme()
    assert themed is not None
    before = themed.mode
    try:
        for mode in ("dark", "light"):
            window.set_theme(mode)
            qtbot.wait(100)
            assert window.width() <= 1440, (mode, window.width())
            assert window.memo.memo_combo.minimumSizeHint().width() < 300
    finally:
        window.set_theme(before)
    assert window.memo.memo_combo.toolTip() == title  # the whole title, when elided
    assert not errors


def test_a_long_speaker_name_leaves_kind_and_status_in_view(window, qtbot, errors):
    """The speaker column is capped (its full text is in the cell's tooltip): a long guessed
    speaker pushed the Kind and Status columns out of the quotes list."""
    from briefing_app.core import actions

    window.resize(1440, 860)
    panel = window.quotes
    window.workspace.tabs.setCurrentWidget(panel)
    quote = next(panel.model.quote(r) for r in range(panel.model.rowCount()) if panel.model.quote(r).speaker_id)
    long_name = "The Joint Parliamentary Committee on Foreign Affairs, Defence and Trade of the Commonwealth"
    window.session.run(actions.set_actor_fields(quote.speaker_id, name=long_name))  # refits after the reload
    qtbot.waitUntil(lambda: any(long_name in str(panel.model.index(r, 1).data()) for r in range(panel.model.rowCount())))
    table = panel.table

    def fits() -> bool:
        return sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width()

    qtbot.waitUntil(fits, timeout=2000)  # refitted once the rows have settled
    assert table.columnWidth(0) >= 120  # the quote's own text keeps room
    assert not errors


def test_showing_the_actors_and_options_tabs_does_not_widen_the_window(window, qtbot):
    """Their buttons were one row each: once the Options tab had been shown, the window could not
    be narrower than ~1330 px (wider than a 1280 px screen)."""
    qtbot.wait(50)
    before = window.minimumSizeHint().width()
    for n in range(window.tabs.count()):
        window.tabs.setCurrentIndex(n)
        qtbot.wait(20)
    window.options.matrix_button.click()  # the matrix view too
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= before, (before, window.minimumSizeHint().width())
    assert max(window.actors.minimumSizeHint().width(), window.options.minimumSizeHint().width()) \
        <= window.quotes.minimumSizeHint().width()
