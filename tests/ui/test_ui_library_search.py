"""The library's search runs in a worker thread on a read connection of its own: the window keeps
turning meanwhile, a newer search overtakes an older one (whose hits never show), clearing the
box shows the whole list without waiting behind a search still running, and a refresh while a
search is shown searches again."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer


class Gated:
    """The library with its searches held at a gate in the worker (the plain list is not held):
    `threads` has (thread id, query) of each search started, `shown` each query whose hits came."""

    def __init__(self, library, monkeypatch):
        from briefing_app.ui import library_panel

        self.library, self.gate = library, threading.Event()
        self.threads: list[tuple[int, str]] = []
        self.shown: list[str] = []
        real = library_panel.read_rows

        def gated(project, filters, query):
            if query:  # a search
                self.threads.append((threading.get_ident(), query))
                self.gate.wait(20)
            return real(project, filters, query)

        monkeypatch.setattr(library_panel, "read_rows", gated)
        library.searched.connect(self.shown.append)

    def search(self, query: str) -> None:
        self.library.search.setText(query)
        self.library._run_search()  # what Enter or the typing pause does


@pytest.fixture
def gated(window, monkeypatch) -> Gated:
    return Gated(window.library, monkeypatch)


def test_search_runs_off_the_gui_thread_and_the_newest_wins(window, gated, qtbot, errors):
    library, gate, threads, shown = window.library, gated.gate, gated.threads, gated.shown
    gated.search("Rudenko")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(threads), timeout=5000)  # the event loop turns
    timer.stop()
    assert threads[0][0] != threading.get_ident()
    assert library.model.rowCount() == 2  # the old rows until the hits come
    qtbot.waitUntil(library.busy.isVisible, timeout=5000)  # a search taking a while shows its busy mark
    gated.search("JoongAng")  # overtakes the first, still running
    with qtbot.waitSignal(library.searched, timeout=20000):
        gate.set()
    qtbot.wait(100)
    assert shown == ["JoongAng"]  # the overtaken search's hits were never shown
    assert not library.busy.isVisible()
    assert [q for _, q in threads] == ["Rudenko", "JoongAng"]
    assert library.model.rowCount() == 1 and library.model.query == "JoongAng"
    assert "JoongAng" in library.model.index(0, 1).data()
    assert not errors


def test_clearing_shows_the_list_without_waiting_for_a_search_and_drops_it(window, gated, qtbot, errors):
    library, gate, threads, shown = window.library, gated.gate, gated.threads, gated.shown
    gated.search("Rudenko")
    qtbot.waitUntil(lambda: bool(threads))
    with qtbot.waitSignal(library.listed, timeout=5000):  # not queued behind the search, held at its gate
        gated.search("")
    assert library.model.rowCount() == 2 and library.model.query == ""
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


def test_hits_that_leave_out_the_shown_source_select_the_first_hit(window, qtbot, errors):
    library = window.library
    other = next(library.model.source_id(r) for r in range(2)
                 if "JoongAng" not in library.model.index(r, 1).data())
    library.select_source(other)
    assert window.reader.source.id == other
    with qtbot.waitSignal(library.searched, timeout=20000):
        library.search.setText("JoongAng")
        library._run_search()
    first = library.model.source_id(0)
    assert library.model.rowCount() == 1 and first != other
    assert library.current_source_id() == first  # selected, and shown beside the list
    assert window.reader.source.id == first and window.quotes._source_id == first
    with qtbot.waitSignal(library.searched, timeout=20000):  # no hits at all: the reader keeps its source
        library.search.setText("zzzqqq")
        library._run_search()
    assert library.model.rowCount() == 0 and window.reader.source.id == first and not errors
