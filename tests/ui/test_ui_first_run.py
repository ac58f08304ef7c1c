"""The first-run view (no project, an empty project, the first launch, Help > Getting Started),
Ctrl+S, and the theme: the palette and the reader's highlight colours follow light / dark."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel

from briefing_app.ui import settings, theme
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def bare(qtbot, errors):
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def _shown(win) -> str:
    return "first_run" if win.central.currentWidget() is win.first_run else "main"


def test_no_project_shows_the_three_steps_with_open_buttons(bare):
    assert _shown(bare) == "first_run"
    visible = {k for k, b in bare.first_run.buttons.items() if not b.isHidden()}
    assert visible == {"sample", "new", "open"}
    labels = " ".join(w.text() for w in bare.first_run.findChildren(QLabel))
    for step in ("Add sources", "Pick quotes, actors and options", "Assemble and export the memo"):
        assert step in labels


def test_an_empty_project_offers_import_and_paste_then_shows_the_panels(bare, qtbot, tmp_path, monkeypatch):
    assert bare.open_project(tmp_path / "empty.briefing", create=True)
    assert _shown(bare) == "first_run"
    visible = {k for k, b in bare.first_run.buttons.items() if not b.isHidden()}
    assert visible == {"sample", "import", "paste"}
    monkeypatch.setattr(QApplication.clipboard(), "mimeData", lambda *a: _mime("Talks resumed today.\n" * 5))
    with qtbot.waitSignal(bare.transfers.importer.finished, timeout=20000):
        bare.first_run.buttons["paste"].click()
    assert bare.session.project.list_sources()
    assert _shown(bare) == "main"
    bare.menu_actions.undo.trigger()  # the project is empty again
    assert _shown(bare) == "first_run"


def _mime(text):
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setText(text)
    return mime


def test_project_with_sources_shows_panels_and_help_brings_the_view_back(window):
    assert _shown(window) == "main"
    window.menu_actions.getting_started.trigger()
    assert _shown(window) == "first_run"
    assert not window.first_run.buttons["resume"].isHidden()
    window.first_run.buttons["resume"].click()
    assert _shown(window) == "main"


def test_first_launch_ever_shows_the_view_once(qtbot, errors, project_path):
    settings.settings().remove("first_run/seen")
    win = MainWindow(persist=True)
    qtbot.addWidget(win)
    assert win.open_project(project_path)
    assert _shown(win) == "first_run"
    win.first_run.buttons["resume"].click()
    assert _shown(win) == "main"
    win.close()
    again = MainWindow(persist=True)
    qtbot.addWidget(again)
    assert again.open_project(project_path)
    assert _shown(again) == "main"
    again.close()


def test_ctrl_s_confirms_that_everything_is_saved(window):
    assert QKeySequence("Ctrl+S") in window.menu_actions.save.shortcuts()
    window.quotes.table.selectRow(0)
    window.quotes.set_status("accepted")
    assert not window.session.undo_stack.isClean()
    window.menu_actions.save.trigger()
    assert window.session.undo_stack.isClean()
    assert "saved" in window.status.text()


def test_theme_switches_palette_and_reader_highlights(window, qtbot):
    reader = window.reader
    quote = next(q for q in reader.quotes if reader.visible.to_view_ranges(q.clip.start, q.clip.end))
    (a, _), *_ = reader.visible.to_view_ranges(quote.clip.start, quote.clip.end)

    def shown_colour():
        cursor = reader.text.textCursor()
        cursor.setPosition(a + 1)
        return cursor.charFormat().background().color().name()

    try:
        window.set_theme("light")
        assert not theme.is_dark()
        light = shown_colour()
        window.set_theme("dark")
        assert theme.is_dark() and QApplication.style().name().lower() == "fusion"
        assert window.menu_actions.themes["dark"].isChecked()
        qtbot.waitUntil(lambda: shown_colour() != light)
        dark = shown_colour()
        assert dark == theme.highlight(quote.kind, quote.status == "accepted").name()
        assert QColor(dark).lightness() < 128 < QColor(light).lightness()  # light text on dark, dark on light
        window.set_theme("light")
        assert not theme.is_dark()
        qtbot.waitUntil(lambda: shown_colour() == light)
    finally:
        window.set_theme("system")


def test_the_theme_choice_is_kept_in_settings(qtbot, errors):
    win = MainWindow(persist=True)
    qtbot.addWidget(win)
    try:
        win.set_theme("dark")
        assert theme.saved_mode() == "dark" and theme.is_dark()
        settings.settings().setValue("view/theme", "purple")  # a bad value falls back to System
        assert theme.saved_mode() == "system"
    finally:
        win.set_theme("system")
        win.close()
    assert theme.saved_mode() == "system"
