"""A whole user flow through the real main window: open the sample project, accept a
suggested quote, drag it into the memo, export the PDF (the export worker, no dialog), find
the quote in the PDF's text, undo back to the state before, redo, then "kill" the window —
its files copied as they are on disk while it is still open, WAL and all, which is what a
SIGKILL leaves — and reopen them in a fresh window: nothing committed is lost.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from gui_session import project_digest


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)).lower()


def _pick_quote(win):
    """A suggested quote of some length that the drafted memo does not hold yet; selected."""
    memo = win.memo.memo
    used = {i.ref_id for s in memo.sections for i in s.items if i.kind == "quote"}
    win.quotes.all_sources.setChecked(True)
    model = win.quotes.model
    for row in range(model.rowCount()):
        q = model.quote(row)
        if q.status == "suggested" and q.id not in used and len(q.text.split()) >= 8:
            win.quotes.table.selectRow(row)
            return q
    pytest.fail("the sample project has no suggested quote left to pick")


def _memo_quote_ids(win) -> set[int]:
    memo = win.session.project.get_memo(win.memo.memo.id)
    return {i.ref_id for s in memo.sections for i in s.items if i.kind == "quote"}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_sample_flow_accept_add_export_undo_kill_reopen(qtbot, errors, tmp_path):
    from briefing_app.ui.main_window import MainWindow
    from briefing_app.workflow.sample import sample_project_path

    path = sample_project_path(tmp_path / "data")
    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(path), errors
    win.show()
    qtbot.waitExposed(win)
    assert win.memo.memo is not None, "the sample project comes with a drafted memo"
    project = win.session.project
    before = project_digest(project)

    quote = _pick_quote(win)
    assert win.memo.quote is not None and win.memo.quote.id == quote.id
    win.quotes.accept_button.click()
    assert project.get_quote(quote.id).status == "accepted"

    # drag it into the memo: the quotes table's drag data dropped on the memo's last section
    # (QTest cannot start a real drag: the model's mimeData and the tree's drop handler)
    from PySide6.QtCore import Qt

    model = win.quotes.model
    mime = model.mimeData([model.index(model.row_of(quote.id), 0)])
    section = win.memo.tree.topLevelItem(win.memo.tree.topLevelItemCount() - 1)
    assert win.memo.tree.dropMimeData(section, section.childCount(), mime, Qt.DropAction.CopyAction)
    assert quote.id in _memo_quote_ids(win)
    after = project_digest(project)

    out = tmp_path / "memo.pdf"
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        win.exporter.export(win.session, win.memo.memo.id, out=out, open_after=False)
    assert not isinstance(done.args[0], BaseException), done.args[0]
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert _words(quote.text.rstrip(",")) in _words(text), "the exported PDF does not hold the quote"
    assert not errors, errors

    win.menu_actions.undo.trigger()  # the memo item
    assert quote.id not in _memo_quote_ids(win)
    win.menu_actions.undo.trigger()  # the acceptance
    assert project_digest(project) == before
    win.menu_actions.redo.trigger()
    win.menu_actions.redo.trigger()
    assert project_digest(project) == after

    killed = tmp_path / "killed"
    killed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what is on disk while the window still runs
        if Path(f"{path}{suffix}").exists():
            shutil.copy(f"{path}{suffix}", killed / f"{path.name}{suffix}")
    win.close()

    fresh = MainWindow(persist=False)
    qtbot.addWidget(fresh)
    assert fresh.open_project(killed / path.name), errors
    fresh.show()
    qtbot.waitExposed(fresh)
    assert project_digest(fresh.session.project) == after
    assert fresh.session.project.get_quote(quote.id).status == "accepted"
    assert quote.id in _memo_quote_ids(fresh)
    assert not errors, errors
    fresh.close()
