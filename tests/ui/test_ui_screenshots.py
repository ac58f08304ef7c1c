"""Screenshots of each main state of the real window on the sample project.

PNGs go to $BRIEFING_ARTIFACTS (default tests/artifacts/, ignored by git) for a person to look
at; each is checked not to be blank. With BRIEFING_DOCS_SCREENSHOTS=1 the main window and the
memo editor with its preview are also written to docs/screenshots/ for the README.
Under test.sh this runs in Xvfb (xcb); without a display, offscreen — both render the same fonts.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from briefing_app.ui import export_flow
from briefing_app.ui.export_dialog import ExportChoice, ExportDialog

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("BRIEFING_ARTIFACTS") or ROOT / "tests" / "artifacts") / "screenshots"
DOCS = {"quotes.png": "main-window.png", "memo-preview.png": "memo-preview.png", "findings.png": "findings.png"}


def blank_reasons(image: QImage, min_colours: int) -> list[str]:
    """Why a screenshot looks blank (empty list: it does not)."""
    if image.isNull() or image.width() < 100 or image.height() < 100:
        return [f"image is {image.width()}x{image.height()}"]
    step = max(1, min(image.width(), image.height()) // 200)
    pixels = [image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    colours = len(set(pixels))
    reasons = [] if colours >= min_colours else [f"only {colours} colours"]
    commonest = max(set(pixels), key=pixels.count)
    if pixels.count(commonest) > 0.97 * len(pixels):
        reasons.append("97% of it is one colour")
    text = sum(1 for p in pixels if abs(((p >> 16) & 255) + ((p >> 8) & 255) + (p & 255)
                                        - sum((commonest >> s) & 255 for s in (16, 8, 0))) > 240)
    if text < 0.003 * len(pixels):
        reasons.append("almost nothing stands out from the background (no text?)")
    return reasons


def save(image: QImage, name: str, min_colours: int = 40) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    assert image.save(str(path), "PNG"), path
    reasons = blank_reasons(QImage(str(path)), min_colours)
    assert not reasons, f"{path} looks blank: {', '.join(reasons)}"
    if os.environ.get("BRIEFING_DOCS_SCREENSHOTS") == "1" and name in DOCS:
        (ROOT / "docs" / "screenshots").mkdir(exist_ok=True)
        shutil.copy(path, ROOT / "docs" / "screenshots" / DOCS[name])
    return path


def grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def test_blank_detector_rejects_a_flat_image():
    flat = QImage(400, 300, QImage.Format.Format_RGB32)
    flat.fill(0xFFFFFFFF)
    assert blank_reasons(flat, 10)


@pytest.fixture
def sample_window(qtbot, errors, tmp_path, monkeypatch):
    """The real main window on the bundled sample project (sources, suggestions, a drafted memo)."""
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.workflow.sample import sample_project_path

    monkeypatch.setattr(export_flow, "open_url", lambda url: True)
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(sample_project_path(tmp_path)), errors
    win.resize(1440, 860)
    win.show()
    qtbot.waitExposed(win)
    assert win.memo.memo is not None, "the sample project has a drafted memo"
    preview = win.preview
    qtbot.waitUntil(lambda: preview.memo is not None and preview.shown_generation == preview.generation,
                    timeout=20000)
    yield win
    win.close()


def _settle(qtbot, win) -> None:
    preview = win.preview
    qtbot.waitUntil(lambda: preview.shown_generation == preview.generation, timeout=20000)
    qtbot.wait(50)  # one more paint


def test_screenshots_of_each_main_state(sample_window, qtbot, tmp_path, errors):
    win = sample_window
    sources = win.session.project.list_sources()
    win.library.select_source(sources[0].id)
    _settle(qtbot, win)
    save(grab(win), "main-window.png", 80)

    # the quotes tab with a quote selected and shown in the reader
    win.tabs.setCurrentWidget(win.quotes)
    win.quotes.all_sources.setChecked(True)
    model = win.quotes.model
    win.quotes.table.selectRow(next(r for r in range(model.rowCount()) if model.quote(r).kind == "direct"))
    _settle(qtbot, win)
    save(grab(win), "quotes.png", 80)

    win.tabs.setCurrentWidget(win.actors)
    save(grab(win), "actors.png", 60)

    # the memo editor beside its live preview, both widened so the page is legible
    memo, preview = win.memo, win.preview
    win.resize(1720, 900)
    win.main.setSizes([440, 360, 440, 480])
    qtbot.wait(300)  # QPdfView renders the wider pages in its own thread
    top_left = memo.mapTo(win, memo.rect().topLeft())
    bottom_right = preview.mapTo(win, preview.rect().bottomRight())
    save(win.grab(QRect(top_left, bottom_right)).toImage(), "memo-preview.png", 60)
    win.resize(1440, 860)

    # the export dialog
    dialog = ExportDialog(win.memo.memo, tmp_path / "Russia-crossed-the-Rubicon.pdf", parent=win)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    save(grab(dialog), "export-dialog.png", 30)
    dialog.close()

    # the verbatim check's findings: a quote whose text no longer matches its source
    project = win.session.project
    quotes = [project.get_quote(i.ref_id) for s in win.memo.memo.sections for i in s.items if i.kind == "quote"]
    direct = [q for q in quotes if q.kind == "direct"][:2]
    for q in direct:
        words = q.text.split()
        project.conn.execute("UPDATE clips SET text = ? WHERE id = (SELECT clip_id FROM quotes WHERE id = ?)",
                             (" ".join(words[:3] + ["reportedly"] + words[3:]), q.id))
    with qtbot.waitSignal(win.exporter.finished, timeout=60000):
        win.exporter.run(win.session, win.memo.memo.id, ExportChoice(tmp_path / "memo.pdf"))
    findings = win.exporter.findings
    assert findings is not None and len(findings.rows) == len(direct), errors
    qtbot.waitExposed(findings)
    findings.rows[-1].paraphrase_button.click()  # one resolved, one still open
    assert findings.rows[-1].paraphrase_button.text() == "Resolved"
    save(grab(findings), "findings.png", 30)
    assert not errors  # (the first-run view and the dark theme: test_ui_reader_screens.py)
