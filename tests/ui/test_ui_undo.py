"""The QUndoStack adapter over the core's History."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from briefing_app.core import actions
from briefing_app.core.commands import Command
from briefing_app.core.errors import ProjectError
from briefing_app.core.project import open_project
from briefing_app.core.history import History
from briefing_app.ui.undo import QtUndoRunner


class Failing(Command):
    text = "fail"

    def apply(self, store):
        store.insert("memos", {"template": "x", "title": "half"})
        raise ProjectError("boom")


def test_failed_command_leaves_no_trace(qapp, tmp_path):
    project = open_project(tmp_path / "p.briefing")
    seen = []
    stack = QUndoStack()
    core = History(project)
    core.subscribe(seen.append)
    history = QtUndoRunner(core, stack)
    with pytest.raises(ProjectError):
        history.push(Failing())
    assert stack.count() == 0 and not seen
    assert project.list_memos() == []  # rolled back
    history.push(actions.create_memo("info-memo", [("quotes", "Key quotes")], title="T"))
    assert stack.count() == 1 and seen[-1].memos
    stack.undo()
    assert project.list_memos() == [] and seen[-1].memos
    stack.redo()
    assert [m[2] for m in project.list_memos()] == ["T"]
    project.close()


def test_the_status_bar_names_the_step_just_done_or_undone(window, qtbot):
    """It read the undo text inside the change notification, before the push moved the stack:
    one step behind, and an undo said "Done: <the step before>"."""
    status = window.status
    window.quotes.table.selectRow(0)
    window.quotes.set_status("accepted")
    qtbot.waitUntil(lambda: status.text() == "Done: Accept quote")
    window.quotes.set_status("rejected")
    qtbot.waitUntil(lambda: status.text() == "Done: Reject quote")
    window.undo_group.undo()
    qtbot.waitUntil(lambda: status.text() == "Undone: Reject quote")
    window.undo_group.undo()
    qtbot.waitUntil(lambda: status.text() == "Undone: Accept quote")
    window.undo_group.redo()
    qtbot.waitUntil(lambda: status.text() == "Done: Accept quote")
