"""Bringing sources in through the window: dropped files, pasted text, unreadable files."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from conftest import SAMPLES


def _drop(widget, paths) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_file_imports_it(qtbot, errors, tmp_path, project_factory):
    from briefing_app.ui.main_window import MainWindow

    path = project_factory(tmp_path / "one.briefing", SAMPLES[:1])
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(path)
    win.show()
    assert win.library.model.rowCount() == 1
    with qtbot.waitSignal(win.importer.finished, timeout=20000) as finished:
        entered, dropped = _drop(win, [SAMPLES[1]])
    assert entered and dropped
    summary = finished.args[0]
    assert len(summary.imported) == 1 and not summary.errors
    assert win.library.model.rowCount() == 2
    assert win.session.project.get_source(summary.imported[0]).metadata.outlet == "The Washington Times"
    # the import is one undo step
    win.menu_actions.undo.trigger()
    assert win.library.model.rowCount() == 1
    assert not errors
    win.close()


def test_drop_of_unreadable_file_reports_it(window, qtbot, errors, tmp_path):
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as finished:
        _drop(window, [bad])
    assert finished.args[0].errors and not finished.args[0].imported
    assert errors and "image.png" in str(errors[0])
    assert window.library.model.rowCount() == 2


def test_dropping_a_source_already_there_is_skipped(window, qtbot, errors):
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as finished:
        _drop(window, [SAMPLES[0]])
    assert len(finished.args[0].duplicates) == 1
    assert window.library.model.rowCount() == 2


def test_paste_as_source(window, qtbot, errors):
    QGuiApplication.clipboard().setText(
        'Officials met on Monday. "We will not back down," said Jane Doe, the trade minister, in Geneva.\n')
    window.menu_actions.paste_source.trigger()
    assert not errors
    assert window.library.model.rowCount() == 3
    assert "We will not back down" in window.reader.text.toPlainText()
