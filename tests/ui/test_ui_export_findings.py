"""The verbatim check blocks an export: the findings dialog, go to the quote, mark it as a
paraphrase, export again."""
from __future__ import annotations

import re
import subprocess

import pytest

from briefing_app.core.errors import VerificationError
from briefing_app.ui import export_flow
from briefing_app.ui.export_dialog import ExportChoice
from briefing_app.ui.findings import FindingsDialog

EDITED = "North Korea made this move"  # the source says "North Korea has made this move"


@pytest.fixture
def no_open(monkeypatch):
    monkeypatch.setattr(export_flow, "open_url", lambda url: True)
    from briefing_app.ui import dialogs

    monkeypatch.setattr(dialogs, "show_notice", lambda *a, **k: None)


@pytest.fixture
def altered(window, qtbot, errors):
    """A drafted memo whose first direct quote no longer reads as its source does (its clip
    text edited behind the app's back, as an older version or a hand edit might leave it)."""
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    memo = window.memo.memo
    assert memo is not None, errors
    project = window.session.project
    item, quote = next((i, q) for s in memo.sections for i in s.items if i.kind == "quote"
                       for q in [project.get_quote(i.ref_id)] if q.kind == "direct" and "has made this move" in q.text)
    text = quote.text.replace("North Korea has made this move", EDITED)
    project.conn.execute("UPDATE clips SET text = ? WHERE id = (SELECT clip_id FROM quotes WHERE id = ?)",
                         (text, quote.id))
    return window, item, quote


def _export(win, qtbot, choice):
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        win.exporter.run(win.session, win.memo.memo.id, choice)
    return done.args[0]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_blocked_export_lists_the_quote_then_paraphrase_exports(altered, qtbot, tmp_path, no_open, errors):
    win, item, quote = altered
    out = tmp_path / "memo.pdf"
    result = _export(win, qtbot, ExportChoice(out, "pdf", citation_style="chicago", after="open"))
    assert isinstance(result, VerificationError) and not out.exists()
    assert not errors  # shown as findings, not as an error box
    dialog = win.exporter.findings
    assert isinstance(dialog, FindingsDialog) and dialog.isVisible()
    assert [r.finding.quote_id for r in dialog.rows] == [quote.id]
    row = dialog.rows[0]
    assert EDITED in row.quote.text() and "does not match" in row.where.text()
    assert row.finding.item_ids == (item.id,)
    assert "not exported" in dialog.message.text()

    # go to the quote: the quotes panel selects it, the reader shows its source, the memo its item
    win.quotes.all_sources.setChecked(False)
    other = next(s.id for s in win.session.project.list_sources() if s.id != quote.source_id)
    win.library.select_source(other)
    elsewhere = next(i.id for s in win.memo.memo.sections for i in s.items if i.id != item.id)
    assert win.memo.select_item(elsewhere)
    row.go_button.click()
    assert win.quotes.current_quote().id == quote.id
    assert win.reader.source.id == quote.source_id
    assert win.memo._selected()[1] == item.id

    # mark as paraphrase: one undo step through the session
    row.paraphrase_button.click()
    stored = next(i for s in win.session.project.get_memo(win.memo.memo.id).sections for i in s.items
                  if i.id == item.id)
    assert stored.paraphrase and not row.paraphrase_button.isEnabled()
    assert row.where.text() == "Resolved: marked as paraphrase"
    assert win.undo_group.undoText() == "Mark as paraphrase"

    # the memo's citation style changed meanwhile (memo editor): export again keeps it
    from briefing_app.core import actions

    win.session.run(actions.set_memo_fields(win.memo.memo.id, citation_style="apa"))

    # export again: passes, the dialog closes, the paraphrase is printed without quotation marks
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        dialog.again_button.click()
    report = done.args[0]
    assert not isinstance(report, BaseException), report
    assert out.is_file() and not dialog.isVisible()
    assert win.session.project.get_memo(win.memo.memo.id).citation_style == "apa"
    text = _flat(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    at = text.find(EDITED)
    assert at > 0, text[:2000]
    assert not re.search(r"[“\"‘']\s*$", text[:at])  # no opening mark before the paraphrase
    assert not errors


def test_undoing_the_paraphrase_blocks_the_export_again(altered, qtbot, tmp_path, no_open):
    win, item, quote = altered
    out = tmp_path / "memo.pdf"
    assert isinstance(_export(win, qtbot, ExportChoice(out, "pdf")), VerificationError)
    row = win.exporter.findings.rows[0]
    row.paraphrase_button.click()
    assert row.paraphrase_button.text() == "Resolved"
    assert "Every quote now matches" in win.exporter.findings.message.text()
    win.menu_actions.undo.trigger()
    assert not next(i for s in win.session.project.get_memo(win.memo.memo.id).sections
                    for i in s.items if i.id == item.id).paraphrase
    assert row.paraphrase_button.isEnabled() and "does not match" in row.where.text()  # checked again at once
    assert "One quote does not match" in win.exporter.findings.message.text()
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        win.exporter.findings.again_button.click()
    assert isinstance(done.args[0], VerificationError) and not out.exists()
    assert win.exporter.findings.isVisible() and len(win.exporter.findings.rows) == 1
    assert win.exporter.findings.rows[0].paraphrase_button.isEnabled()  # a fresh list


def test_a_quote_used_twice_is_paraphrased_in_both_places(altered, qtbot, tmp_path, no_open):
    win, item, quote = altered
    win.memo.select_item(item.id)
    second = win.memo.add_ref("quote", quote.id)  # the same quote again, after the first
    assert second is not None and second != item.id
    out = tmp_path / "memo.pdf"
    assert isinstance(_export(win, qtbot, ExportChoice(out, "pdf")), VerificationError)
    row = win.exporter.findings.rows[0]
    assert set(row.finding.item_ids) == {item.id, second}
    row.paraphrase_button.click()
    items = {i.id: i for s in win.session.project.get_memo(win.memo.memo.id).sections for i in s.items}
    assert items[item.id].paraphrase and items[second].paraphrase
    win.menu_actions.undo.trigger()  # one step for both
    items = {i.id: i for s in win.session.project.get_memo(win.memo.memo.id).sections for i in s.items}
    assert not items[item.id].paraphrase and not items[second].paraphrase


def test_findings_follow_edits_made_in_the_window(altered, qtbot, tmp_path, no_open):
    from briefing_app.core import actions

    win, item, quote = altered
    assert isinstance(_export(win, qtbot, ExportChoice(tmp_path / "memo.pdf", "pdf")), VerificationError)
    row = win.exporter.findings.rows[0]
    win.session.run(actions.edit_quote(quote.id, kind="indirect"))  # reported speech is not checked verbatim
    assert row.paraphrase_button.text() == "Resolved" and not row.paraphrase_button.isEnabled()
    assert row.where.text() == "Resolved: passes the check now"
    win.menu_actions.undo.trigger()
    assert row.paraphrase_button.isEnabled()
    win.memo.select_item(item.id)
    win.memo.remove_selected()  # taking it out of the memo resolves it too
    assert row.paraphrase_button.text() == "Resolved" and row.where.text() == "Resolved: no longer in the memo"


def test_findings_close_with_their_project(altered, qtbot, tmp_path, no_open):
    win, item, quote = altered
    assert isinstance(_export(win, qtbot, ExportChoice(tmp_path / "memo.pdf", "pdf")), VerificationError)
    assert win.exporter.findings.isVisible()
    win.close_project()
    qtbot.waitUntil(lambda: not win.exporter.findings.isVisible())
    assert win.exporter.export_again() is None


def test_export_and_findings_dialogs_name_every_control(altered, qtbot, tmp_path, no_open):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    from briefing_app.ui.export_dialog import ExportDialog

    win, _item, _quote = altered
    assert isinstance(_export(win, qtbot, ExportChoice(tmp_path / "memo.pdf", "pdf")), VerificationError)
    dialog = ExportDialog(win.memo.memo, tmp_path / "memo.pdf", accessible=False, parent=win)
    qtbot.addWidget(dialog)
    missing, checked = [], 0
    for root in (dialog, win.exporter.findings):
        for w in root.findChildren(QAbstractButton) + root.findChildren(QComboBox) + root.findChildren(QLineEdit):
            if isinstance(w.parentWidget(), QComboBox):
                continue  # an editable combo's own line edit
            checked += 1
            if not w.accessibleName().strip():
                missing.append(f"{type(root).__name__}: {type(w).__name__} {w.text() if hasattr(w, 'text') else ''!r}")
    assert not missing, missing
    assert checked >= 14
