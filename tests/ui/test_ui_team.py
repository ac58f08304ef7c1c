"""A team project in the GUI session: colleagues' commits arrive without reopening (LISTEN/
NOTIFY on a socket notifier), a stale edit or an undo over a colleague's change is refused
with a message, and the undo stack stays in step with the core's history."""
from __future__ import annotations

from briefing_app.core import actions
from briefing_app.core.errors import StaleEditError
from briefing_app.core.history import History
from briefing_app.core.model import SourceDoc
from briefing_app.core.project import open_project
from briefing_app.ui.session import ProjectSession
from tests.core.test_commands import TEXT, _analysis


def test_colleagues_changes_appear_and_undo_over_them_is_refused(qtbot, pg_url):
    session = ProjectSession.open(pg_url)
    colleague = open_project(pg_url)
    try:
        heard: list = []
        failures: list = []
        session.changes_applied.connect(heard.append)
        session.failed.connect(failures.append)
        theirs = History(colleague)
        theirs.push(actions.import_source(SourceDoc(TEXT), _analysis()))
        qtbot.waitUntil(lambda: any(c.sources for c in heard), timeout=3000)
        assert [s.id for s in session.project.list_sources()] == [s.id for s in colleague.list_sources()]

        quote = session.project.list_quotes()[0]
        assert session.run(actions.set_quote_status(quote.id, "accepted", quote.version)) is not None
        theirs.push(actions.edit_quote(quote.id, cue="warned"))
        qtbot.waitUntil(lambda: any(c.quotes for c in heard[-2:]), timeout=3000)

        # my stale edit: refused, nothing written, the views told to refresh
        assert session.run(actions.set_quote_status(quote.id, "rejected", quote.version)) is None
        assert isinstance(failures[-1], StaleEditError)
        assert session.project.get_quote(quote.id).status == "accepted"

        # my undo over their change: refused, and the Qt stack stays where the core is
        session.undo_stack.undo()
        qtbot.waitUntil(lambda: session.undo_stack.index() == 1, timeout=3000)
        assert isinstance(failures[-1], StaleEditError) and "cannot undo" in str(failures[-1])
        assert session.project.get_quote(quote.id).status == "accepted"
        assert session.history.core.can_undo and session.undo_stack.canUndo()
    finally:
        colleague.close()
        session.close()


def test_file_open_team_project_remembers_the_server_never_a_password(qtbot, errors, pg_url, tmp_path):
    from PySide6.QtCore import QSettings

    from briefing_app.core.store.pg_address import parse_address
    from briefing_app.ui import settings
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.ui.team_dialog import TeamProjectDialog, open_team_project, with_password

    with open_project(pg_url) as p:
        History(p).push(actions.import_source(SourceDoc(TEXT), _analysis()))
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    win.show()
    assert "Open &Team Project…" in [a.text() for a in win.menuBar().actions()[0].menu().actions()]
    assert open_team_project(win, pg_url), errors
    assert win.session is not None and not win.session.is_file
    assert parse_address(pg_url).project in win.windowTitle()
    assert [s.id for s in win.session.project.list_sources()]
    assert settings.recent_servers()[0] == pg_url
    # the dialog offers the servers opened before, split into server and project
    dialog = TeamProjectDialog(win, settings.recent_servers())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.project.text() == parse_address(pg_url).project
    assert dialog.target() == pg_url
    dialog.grab().save(str(tmp_path / "team-dialog.png"))
    win.grab().save(str(tmp_path / "team-window.png"))
    # a password typed once is kept out of the settings
    settings.add_recent_server(with_password(pg_url, "s3cret"))
    QSettings().sync()
    assert all("s3cret" not in s for s in settings.recent_servers())
    win.close()


def test_memo_review_status_is_set_in_the_memo_bar_and_undoes(window, qtbot, tmp_path):
    from briefing_app.core import actions as core_actions

    session = window.session
    if window.memo.memo is None:
        session.run(core_actions.create_memo("info-memo", [("background", "Background")]))
    memo = window.memo.memo
    assert memo is not None and memo.status == "draft"
    header = window.memo.header
    header.status_combo.setCurrentIndex(header.status_combo.findData("approved"))
    approved = session.project.get_memo(memo.id)
    assert approved.status == "approved" and approved.approved_by == session.project.user
    assert header.status_combo.currentText() == f"Approved by {session.project.user}"
    qtbot.wait(50)
    window.grab().save(str(tmp_path / "memo-status.png"))
    session.undo_stack.undo()
    assert session.project.get_memo(memo.id).status == "draft"
    assert header.status_combo.currentData() == "draft"
    assert header.status_combo.itemText(header.status_combo.findData("approved")) == "Approved"


def test_the_quotes_status_says_who_decided(window, qtbot):
    from PySide6.QtCore import Qt

    model = window.quotes.model
    quote = model.quote(0)
    window.session.run(actions.set_quote_status(quote.id, "accepted", quote.version))
    row = model.row_of(quote.id)
    tip = model.data(model.index(row, 3), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"Accepted by {window.session.project.user} at ")
