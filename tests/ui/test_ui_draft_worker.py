"""Drafting a memo plans it in a worker thread (its own read connection), writes it on the GUI
thread as one undo step, keeps the window responsive meanwhile and can be cancelled."""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer


def _slow_plan(monkeypatch, release: threading.Event, threads: list[int]) -> None:
    from briefing_app.workflow import drafting

    real = drafting.plan_draft

    def slow(*args, **kwargs):
        threads.append(threading.get_ident())
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(drafting, "plan_draft", slow)


def test_draft_is_planned_off_the_gui_thread(window, qtbot, monkeypatch, errors):
    release, threads = threading.Event(), []
    _slow_plan(monkeypatch, release, threads)
    before = len(window.session.project.list_memos())
    assert window.memo.draft_memo() is not None
    assert not window.memo.draft_button.isEnabled()  # one draft at a time
    assert window.memo.draft_memo() is None
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(threads), timeout=5000)  # the event loop turns meanwhile
    timer.stop()
    assert len(window.session.project.list_memos()) == before
    with qtbot.waitSignal(window.memo.drafted, timeout=30000) as drafted:
        release.set()
    assert threads[0] != threading.get_ident()
    memo_id = drafted.args[0]
    assert window.memo.memo is not None and window.memo.memo.id == memo_id
    assert [s.key for s in window.memo.memo.sections][:2] == ["bluf", "background"]
    assert window.memo.draft_button.isEnabled() and not errors
    window.undo_group.undo()  # one undo step
    qtbot.waitUntil(lambda: len(window.session.project.list_memos()) == before)


def test_a_cancelled_draft_writes_nothing(window, qtbot, monkeypatch, errors):
    release, threads = threading.Event(), []
    _slow_plan(monkeypatch, release, threads)
    before = len(window.session.project.list_memos())
    task = window.memo.draft_memo()
    assert task is not None
    qtbot.waitUntil(lambda: bool(threads))
    task.cancel()  # what the progress dialog's Cancel does
    release.set()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)
    assert len(window.session.project.list_memos()) == before
    assert not errors and window.memo.draft_button.isEnabled()


def test_a_draft_for_a_closed_project_is_dropped(window, qtbot, monkeypatch, errors):
    release, threads = threading.Event(), []
    _slow_plan(monkeypatch, release, threads)
    session = window.session
    assert window.memo.draft_memo() is not None
    qtbot.waitUntil(lambda: bool(threads))
    window.memo.set_session(None)  # what closing the project does to the panel
    release.set()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)
    assert session.project.list_memos() == [] and not errors


def test_the_drafts_notes_show_in_the_status_bar(window, qtbot, monkeypatch, errors):
    """What drafting had to do (a user's template laid out with the built-in one, options left out
    for the page budget) is told, not only written in the memo."""
    from briefing_app.workflow import drafting

    real = drafting.plan_draft

    def noted(*args, **kwargs):
        plan = real(*args, **kwargs)
        plan.notes.append("3 of 9 options, each argued in one source, are left out to keep to the 2-page budget")
        return plan

    monkeypatch.setattr(drafting, "plan_draft", noted)
    with qtbot.waitSignal(window.memo.drafted, timeout=30000):
        window.memo.draft_memo()
    assert "3 of 9 options, each argued in one source, are left out" in window.statusBar().currentMessage()
    assert not errors
