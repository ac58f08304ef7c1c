"""Memo editor: add the selected quote, reorder, remove — each one undo step; export."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.ui.memo_panel import ITEM


def _quote_items(memo):
    return [(i.id, i.ref_id) for s in memo.sections if s.key == "quotes" for i in s.items]


@pytest.fixture
def drafted(window, qtbot, errors):
    """The window with a memo drafted from the sample project (shared by the memo tests)."""
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert not errors and window.memo.memo is not None, errors
    return window


def test_add_selected_quote_to_memo_then_undo(drafted, qtbot):
    win = drafted
    memo_id = win.memo.memo.id
    before = _quote_items(win.session.project.get_memo(memo_id))
    win.quotes.all_sources.setChecked(True)
    used = {ref for _, ref in before}
    row = next(r for r in range(win.quotes.model.rowCount()) if win.quotes.model.quote(r).id not in used)
    win.quotes.table.selectRow(row)
    quote = win.quotes.current_quote()
    assert win.memo.add_button.isEnabled()
    win.menu_actions.add_to_memo.trigger()
    after = _quote_items(win.session.project.get_memo(memo_id))
    assert [ref for _, ref in after] == [ref for _, ref in before] + [quote.id]
    assert win.memo._selected()[0] == ITEM
    win.menu_actions.undo.trigger()
    assert _quote_items(win.session.project.get_memo(memo_id)) == before


def test_move_and_remove_memo_items(drafted, qtbot):
    win = drafted
    memo_id = win.memo.memo.id
    before = _quote_items(win.session.project.get_memo(memo_id))
    assert len(before) >= 2
    win.memo._select(ITEM, before[1][0])
    win.memo.up_button.click()
    moved = _quote_items(win.session.project.get_memo(memo_id))
    assert [i for i, _ in moved] == [before[1][0], before[0][0]] + [i for i, _ in before[2:]]
    assert win.memo._selected() == (ITEM, before[1][0])
    win.memo.remove_button.click()
    assert [i for i, _ in _quote_items(win.session.project.get_memo(memo_id))] == \
        [before[0][0]] + [i for i, _ in before[2:]]
    win.menu_actions.undo.trigger()
    win.menu_actions.undo.trigger()
    assert _quote_items(win.session.project.get_memo(memo_id)) == before


def test_export_pdf_in_a_worker(drafted, qtbot, tmp_path, errors):
    pytest.importorskip("briefing_app.export.render_pdf")
    pypdf = pytest.importorskip("pypdf")
    win = drafted
    memo = win.session.project.get_memo(win.memo.memo.id)
    out = tmp_path / "memo.pdf"
    with qtbot.waitSignal(win.exporter.finished, timeout=60000) as done:
        win.exporter.export(win.session, memo.id, out, open_after=False)
    if isinstance(done.args[0], BaseException):
        raise done.args[0]
    assert out.is_file()
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(str(out)).pages)
    quote = win.session.project.get_quote(_quote_items(memo)[0][1])
    words = quote.text.split()[:5]
    assert " ".join(words) in " ".join(text.split())
    assert "Exported memo.pdf" in win.status.text()
    assert not errors


def test_export_failure_is_a_message(window, qtbot, errors, monkeypatch, tmp_path):
    from briefing_app.core.errors import ExportError
    from briefing_app.ui import export_flow

    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert window.memo.memo is not None, errors  # the built-in templates ship with the app: no skip

    def broken():
        raise ExportError("export is not available in this build: no module named render")

    monkeypatch.setattr(export_flow, "load_exporter", broken)
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.exporter.export(window.session, window.memo.memo.id, tmp_path / "x.pdf", open_after=False)
    assert errors and "not available" in str(errors[-1])
    assert not Path(tmp_path / "x.pdf").exists()

