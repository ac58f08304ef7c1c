"""Screenshots of the reader (underlined actors, highlights) in light and dark, the edit-quote
form and the first-run view. PNGs go to $BRIEFING_ARTIFACTS/screenshots (default
tests/artifacts/, ignored by git) for a person to look at; each must not be blank."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QImage

from briefing_app.ui import edit_flows
from briefing_app.ui.edit_dialogs import FormDialog
from briefing_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("BRIEFING_ARTIFACTS") or ROOT / "tests" / "artifacts") / "screenshots"


def _save(widget, name: str, min_colours: int) -> QImage:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image = widget.grab().toImage()
    assert image.save(str(ARTIFACTS / name), "PNG")
    step = max(1, image.width() // 150)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    assert len(colours) >= min_colours, f"{name} looks blank ({len(colours)} colours)"
    return image


def test_reader_light_and_dark(window, qtbot):
    model = window.library.model
    window.library.select_source(model.source_id(next(
        r for r in range(model.rowCount()) if "rubicon" in model.index(r, 0).data().lower())))
    qtbot.waitUntil(lambda: window.reader.source is not None)
    window.quotes.table.selectRow(0)
    window.quotes.set_status("accepted")
    try:
        window.set_theme("light")
        light = _save(window.reader, "reader-light.png", 30)
        window.set_theme("dark")
        qtbot.wait(20)
        dark = _save(window.reader, "reader-dark.png", 30)
        _save(window, "main-window-dark.png", 40)
        # the reader's background really changed: most pixels are dark now
        centre = (light.width() // 2, light.height() * 2 // 3)
        assert QImage.pixelColor(dark, *centre).lightness() < 100 < QImage.pixelColor(light, *centre).lightness()
    finally:
        window.set_theme("system")


def test_edit_quote_form(window, qtbot, monkeypatch):
    window.quotes.table.selectRow(0)
    shown = []

    def ask(parent, title, fields):
        dialog = FormDialog(parent, title, fields)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        shown.append(_save(dialog, "edit-quote-dialog.png", 8))
        dialog.reject()
        return None

    monkeypatch.setattr(FormDialog, "ask", staticmethod(ask))
    assert not edit_flows.edit_quote(window, window.session, window.quotes.current_quote())
    assert shown


def test_first_run_view(qtbot, errors):
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    _save(win, "first-run.png", 8)
    win.close()
