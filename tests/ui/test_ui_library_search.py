"""The library's search runs in a worker thread on a read connection of its own: the window keeps
turning meanwhile, a newer search overtakes an older one (whose hits never show), clearing the
box shows the whole list at once, and a refresh while a search is shown searches again."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer


def _gated_search(monkeypatch, gate: threading.Event, threads: list[tuple[int, str]]) -> None:
    from briefing_app.ui import library_panel

    real = library_panel.read_rows

    def gated(project, filters, query):
        if query:  # a search (the plain list is read on the GUI thread)
            threads.append((threading.get_ident(), query))
            gate.wait(20)
        return real(project, filters, query)

    monkeypatch.setattr(library_panel, "read_rows", gated)


def test_search_runs_off_the_gui_thread_and_the_newest_wins(window, qtbot, monkeypatch, errors):
    gate, threads = threading.Event(), []
    _gated_search(monkeypatch, gate, threads)
    library = window.library
    shown: list[str] = []
    library.searched.connect(shown.append)
    library.search.setText("Rudenko")
    library._run_search()  # what Enter or the typing pause does
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(threads), timeout=5000)  # the event loop turns
    timer.stop()
    assert threads[0][0] != threading.get_ident()
    assert library.model.rowCount() == 2  # the old rows until the hits come
    qtbot.waitUntil(library.busy.isVisible, timeout=5000)  # a search taking a while shows its busy mark
    library.search.setText("JoongAng")
    library._run_search()  # overtakes the first, still running
    with qtbot.waitSignal(library.searched, timeout=20000):
        gate.set()
    qtbot.wait(100)
    assert shown == ["JoongAng"]  # the overtaken search's hits were never shown
    assert not library.busy.isVisible()
    assert [q for _, q in threads] == ["Rudenko", "JoongAng"]
    assert library.model.rowCount() == 1 and library.model.query == "JoongAng"
    assert "JoongAng" in library.model.index(0, 1).data()
    assert not errors


def test_clearing_shows_the_list_at_once_and_a_late_search_is_dropped(window, qtbot, monkeypatch, errors):
    gate, threads = threading.Event(), []
    _gated_search(monkeypatch, gate, threads)
    library = window.library
    shown: list[str] = []
    library.searched.connect(shown.append)
    library.search.setText("Rudenko")
    library._run_search()
    qtbot.waitUntil(lambda: bool(threads))
    library.search.clear()
    library._run_search()
    assert library.model.rowCount() == 2 and library.model.query == ""  # at once, here
    assert not library.busy.isVisible()
    gate.set()
    qtbot.wait(300)
    assert shown == [] and library.model.rowCount() == 2 and not errors


def test_a_change_while_searching_searches_again(window, qtbot, errors):
    from briefing_app.core import actions

    library = window.library
    with qtbot.waitSignal(library.searched, timeout=20000):
        library.search.setText("Rudenko")
        library._run_search()
    assert library.model.rowCount() == 1
    source_id = library.model.source_id(0)
    with qtbot.waitSignal(library.searched, timeout=20000):
        window.session.run(actions.delete_source(source_id))  # the session tells the library
    assert library.model.rowCount() == 0 and not errors
