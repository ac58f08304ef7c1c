"""The library's plain list is read again off the GUI thread after a change (about 0.8 s at
100,000 sources on a server): the window keeps turning meanwhile, a newer refresh overtakes an
older one still running (whose rows are never shown), and the selection follows the new rows."""
from __future__ import annotations

import threading
from dataclasses import replace

from PySide6.QtCore import QTimer


def _rename(window, source_id: int, title: str) -> None:
    from briefing_app.core import actions

    meta = window.session.project.get_source(source_id).metadata
    window.session.run(actions.set_metadata(source_id, replace(meta, title=title)))


def test_the_list_refreshes_off_the_gui_thread_and_the_newest_wins(window, qtbot, monkeypatch, errors):
    from briefing_app.ui import library_panel

    library = window.library
    gate, reads = threading.Event(), []
    real = library_panel.read_rows

    def gated(project, filters, query):
        reads.append(threading.get_ident())
        gate.wait(20)
        return real(project, filters, query)

    monkeypatch.setattr(library_panel, "read_rows", gated)
    listed: list[int] = []
    library.listed.connect(lambda: listed.append(library.model.rowCount()))
    shown = library.current_source_id()
    _rename(window, shown, "First new title")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(reads), timeout=5000)  # the event loop turns
    timer.stop()
    assert reads[0] != threading.get_ident()
    titles = [library.model.index(r, 0).data() for r in range(library.model.rowCount())]
    assert "First new title" not in titles  # the old rows until the new ones come
    _rename(window, shown, "Second new title")  # overtakes the first refresh, still running
    with qtbot.waitSignal(library.listed, timeout=20000):
        gate.set()
    qtbot.wait(200)
    assert len(listed) == 1 and len(reads) == 2  # the overtaken refresh's rows were never shown
    titles = [library.model.index(r, 0).data() for r in range(library.model.rowCount())]
    assert "Second new title" in titles and "First new title" not in titles
    assert library.current_source_id() == shown and not errors


def test_a_deleted_source_gives_way_to_the_first_row_once_the_list_is_read(window, qtbot, errors):
    from briefing_app.core import actions

    library = window.library
    gone = library.current_source_id()
    with qtbot.waitSignal(library.listed, timeout=20000):
        window.session.run(actions.delete_source(gone))
    assert library.model.rowCount() == 1 and library.model.row_of(gone) < 0
    left = library.model.source_id(0)
    assert library.current_source_id() == left and window.reader.source.id == left and not errors


def test_opening_a_project_reads_its_list_off_the_gui_thread(qtbot, project_path, monkeypatch, errors):
    """Opening a project read the library's rows on the GUI thread (a stall with a large project);
    they are read in the background as every refresh is, and the first source is shown when they come."""
    from briefing_app.ui import library_panel, source_model
    from briefing_app.ui.main_window import MainWindow
    from tests.ui.conftest import settle_library

    reads: list[int] = []
    for module in (library_panel, source_model):
        real = module.read_rows
        monkeypatch.setattr(module, "read_rows", lambda *args, real=real: reads.append(threading.get_ident())
                            or real(*args))
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(project_path), errors
    win.show()
    settle_library(qtbot, win)
    assert reads and threading.get_ident() not in reads
    first = win.library.model.source_id(0)
    assert first is not None and win.library.current_source_id() == first
    qtbot.waitUntil(lambda: win.reader.source is not None and win.reader.source.id == first)
    assert not errors
