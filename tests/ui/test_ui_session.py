"""The session: the one door for GUI writes. A refused command is reported once, on `failed`;
batched changes are held and released explicitly."""
from __future__ import annotations

from briefing_app.core import actions
from briefing_app.core.errors import NotFound
from briefing_app.ui.session import ProjectSession


def test_a_refused_command_is_reported_once_and_changes_nothing(qapp, tmp_path):
    session = ProjectSession.open(tmp_path / "p.briefing", create=True)
    failed, heard = [], []
    session.failed.connect(failed.append)
    session.changes_applied.connect(heard.append)
    assert session.run(actions.set_quote_status(12345, "accepted")) is None  # no such quote
    assert len(failed) == 1 and isinstance(failed[0], NotFound)
    assert heard == [] and session.undo_stack.count() == 0
    assert session.run_built(lambda project: project.get_memo(999)) is None  # fails while building
    assert len(failed) == 2 and isinstance(failed[1], NotFound)
    session.close()


def test_held_changes_are_heard_once_merged(qapp, tmp_path):
    session = ProjectSession.open(tmp_path / "p.briefing", create=True)
    heard = []
    session.changes_applied.connect(heard.append)
    session.hold_changes()
    with session.changes_held():  # holds nest
        session.run(actions.create_memo("info-memo", [("quotes", "Key quotes")], title="A"))
        session.run(actions.create_memo("info-memo", [("quotes", "Key quotes")], title="B"))
    assert heard == []
    session.release_changes()
    assert len(heard) == 1 and heard[0].memos
    assert session.undo_stack.count() == 2  # each command is still its own undo step
    session.undo_stack.undo()
    assert len(heard) == 2 and [m[2] for m in session.project.list_memos()] == ["A"]
    session.close()
