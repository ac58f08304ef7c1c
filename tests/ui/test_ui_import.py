"""Bringing sources in through the window: dropped files, pasted text, unreadable files."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import SAMPLES, settle_library


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
    settle_library(qtbot, win)  # read in the background
    assert win.library.model.rowCount() == 1
    with qtbot.waitSignal(win.importer.finished, timeout=20000) as finished:
        entered, dropped = _drop(win, [SAMPLES[1]])
    assert entered and dropped
    summary = finished.args[0]
    assert len(summary.imported) == 1 and not summary.errors
    settle_library(qtbot, win)
    assert win.library.model.rowCount() == 2
    assert win.session.project.get_source(summary.imported[0]).metadata.outlet == "The Washington Times"
    # the import is one undo step
    win.menu_actions.undo.trigger()
    settle_library(qtbot, win)
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
    settle_library(qtbot, window)
    assert window.library.model.rowCount() == 2


def test_dropping_a_source_already_there_is_skipped(window, qtbot, errors):
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as finished:
        _drop(window, [SAMPLES[0]])
    assert len(finished.args[0].duplicates) == 1
    settle_library(qtbot, window)
    assert window.library.model.rowCount() == 2


def test_paste_as_source(window, qtbot, errors):
    QGuiApplication.clipboard().setText(
        'Officials met on Monday. "We will not back down," said Jane Doe, the trade minister, in Geneva.\n')
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as finished:
        window.menu_actions.paste_source.trigger()
    assert len(finished.args[0].imported) == 1
    assert not errors
    settle_library(qtbot, window)
    assert window.library.model.rowCount() == 3
    assert "We will not back down" in window.reader.text.toPlainText()


def test_paste_html_goes_through_the_web_page_reader(window, qtbot, errors):
    from PySide6.QtCore import QMimeData

    html = ("<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>"
            "<article><h1>Ministers meet in Geneva</h1>"
            "<p>Officials met on Monday. \"We will not back down,\" said Jane Doe, the trade minister, in Geneva. "
            "The talks are expected to continue through the week, with delegations from twelve countries.</p>"
            "<p>Observers said the outcome would shape trade policy for years to come.</p></article>"
            "<footer>Share this article on Facebook Twitter Email</footer></body></html>")
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("Ministers meet in Geneva")
    QGuiApplication.clipboard().setMimeData(mime)
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.menu_actions.paste_source.trigger()
    assert not errors
    settle_library(qtbot, window)
    assert window.library.model.rowCount() == 3
    source = window.reader.source
    assert source is not None and "We will not back down" in source.text


def test_many_files_import_through_the_workflow_pool(window, qtbot, errors, tmp_path, monkeypatch):
    """Six files or more: read_many's worker processes; duplicates are skipped by store_analysed."""
    import briefing_app.workflow.importing as importing

    calls = []
    real = importing.read_many
    monkeypatch.setattr(importing, "read_many", lambda paths, **kw: calls.append(len(paths)) or real(paths, **kw))
    folder = tmp_path / "batch"
    folder.mkdir()
    base = SAMPLES[0].read_text(encoding="utf-8")
    for n in range(6):
        (folder / f"a{n}.txt").write_text(f"Copy {n} of the article.\n\n" + base, encoding="utf-8")
    (folder / "dup.txt").write_text(base, encoding="utf-8")  # same text as a source already there
    with qtbot.waitSignal(window.importer.finished, timeout=60000) as finished:
        window.importer.import_files([folder], progress_dialog=False)
    summary = finished.args[0]
    assert calls == [7]
    assert len(summary.imported) == 6 and len(summary.duplicates) == 1, summary
    settle_library(qtbot, window)
    assert window.library.model.rowCount() == 8


def _clipboard_html(html: str, text: str = "") -> None:
    from PySide6.QtCore import QMimeData

    mime = QMimeData()
    mime.setHtml(html)
    if text:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)


def test_a_hostile_paste_is_a_clear_error_and_freezes_nothing(window, qtbot, errors):
    """Deeply nested HTML on the clipboard is read in a worker, in the background: the event
    loop keeps turning meanwhile and the refusal comes back as one clear error."""
    import time

    from PySide6.QtCore import QTimer

    _clipboard_html("<div>" * 200_000 + "text" + "</div>" * 200_000)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as finished:
        window.menu_actions.paste_source.trigger()
        # the paste is read in the background: the action returns before the result (how fast
        # the worker refuses the page depends on the machine, so no count of ticks is asked)
        assert window.importer.task is not None, "the paste was read on the UI thread"
    timer.stop()
    summary = finished.args[0]
    assert not summary.imported and summary.errors
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps, default=0.0) < 0.5, f"the event loop stalled {max(gaps):.2f} s while the paste was read"
    assert len(errors) == 1 and "pasted HTML: refused: the page nests its tags more than 256 levels deep" in str(errors[0])
    assert window.library.model.rowCount() == 2


def test_a_paste_can_be_cancelled(window, qtbot, errors):
    QGuiApplication.clipboard().setText('Officials met on Monday. "We will not back down," said Jane Doe.\n')
    with qtbot.waitSignal(window.importer.finished, timeout=30000) as finished:
        window.menu_actions.paste_source.trigger()
        assert window.importer.task is not None
        window.importer.task.cancel()
    assert finished.args[0].cancelled and not finished.args[0].imported
    assert window.library.model.rowCount() == 2 and not errors


def test_an_empty_clipboard_is_a_clear_error(window, qtbot, errors):
    QGuiApplication.clipboard().setText("   \n")
    window.menu_actions.paste_source.trigger()
    assert len(errors) == 1 and "nothing to paste" in str(errors[0])
    assert window.importer.task is None and window.library.model.rowCount() == 2


def test_the_option_matcher_is_loaded_by_the_reader_thread_before_the_first_store(window, qtbot, errors, tmp_path,
                                                                                  monkeypatch):
    """Storing the first file of an import imported rapidfuzz (for option matching) on the GUI
    thread, in the same turn as that store: the longest single stretch of the first import. The
    reader thread loads it now, before it hands the first file over."""
    import threading

    import briefing_app.core.option_match as option_match
    import briefing_app.workflow.importing as importing

    events = []
    gui = threading.current_thread()
    real_store = importing.store_analysed
    monkeypatch.setattr(option_match, "load_matcher", lambda: events.append(("load", threading.current_thread())))
    monkeypatch.setattr(importing, "store_analysed",
                        lambda *a, **kw: events.append(("store", threading.current_thread())) or real_store(*a, **kw))
    path = tmp_path / "matcher.txt"
    path.write_text("Matcher test.\n\n" + SAMPLES[0].read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.importer.finished, timeout=60000):
        window.importer.import_files([path], progress_dialog=False)
    assert [kind for kind, _ in events] == ["load", "store"]
    assert events[0][1] is not gui and events[1][1] is gui
    assert not errors
