"""Jumping to a memo item (the export dialog's findings use it), the live preview after a
drop, and a screenshot of the memo editor with formatted text and a paraphrase."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from briefing_app.ui import memo_text
from briefing_app.ui.memo_tree import ITEM
from test_ui_memo import drafted  # noqa: F401 - the memo tests' shared fixture

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"


def _quotes(win):
    return [i for s in win.memo.memo.sections for i in s.items if i.kind == "quote"]


def test_select_item_scrolls_to_it_and_focus_item_for_quote(drafted, qtbot):
    win = drafted
    win.memo.resize(win.memo.width(), 260)  # short: the last item starts out of view
    last = _quotes(win)[-1]
    tree = win.memo.tree
    tree.scrollToTop()
    assert win.memo.select_item(last.id)
    row = tree.find(ITEM, last.id)
    assert tree.currentItem() is row
    assert tree.viewport().rect().intersects(tree.visualItemRect(row))
    first = _quotes(win)[0]
    assert win.memo.focus_item_for_quote(first.ref_id) == first.id
    assert tree.selected() == (ITEM, first.id)
    assert win.memo.focus_item_for_quote(-1) is None and not win.memo.select_item(-1)
    assert tree.selected() == (ITEM, first.id)  # a miss leaves the selection alone


def test_the_preview_shows_a_dropped_quote(drafted, qtbot, errors):
    win = drafted
    win.quotes.all_sources.setChecked(True)
    used = {i.ref_id for i in _quotes(win)}
    model = win.quotes.model
    row = next(r for r in range(model.rowCount()) if model.quote(r).id not in used
               and model.quote(r).kind == "direct" and len(model.quote(r).text.split()) > 6)
    quote = model.quote(row)
    section = win.memo.tree.topLevelItem(0)
    generation = win.preview.generation
    assert win.memo.tree.dropMimeData(section, 0, model.mimeData([model.index(row, 0)]), Qt.DropAction.CopyAction)
    assert win.preview.generation > generation
    qtbot.waitUntil(lambda: win.preview.shown_generation == win.preview.generation
                    and win.preview.document is not None, timeout=15000)
    doc = win.preview.document
    text = " ".join(" ".join(doc.getAllText(n).text().split()) for n in range(doc.pageCount()))
    assert " ".join(quote.text.split()[:5]) in text
    assert not errors


def test_screenshot_of_the_memo_editor(drafted, monkeypatch, qtbot):
    win = drafted
    monkeypatch.setattr(memo_text, "ask_markdown", lambda *a, **k:
                        "**Bottom line:** talks *resume* next week.\n\n- sanctions stay\n- a summit is possible")
    bluf = win.memo.tree.topLevelItem(0)
    win.memo.tree.setCurrentItem(bluf)
    assert win.memo.add_text() is not None
    quote = _quotes(win)[0]
    win.memo.select_item(quote.id)
    assert win.memo.set_item_options(paraphrase=True)
    win.resize(1440, 860)
    qtbot.wait(50)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image = win.memo.grab().toImage()
    path = ARTIFACTS / "memo-editor.png"
    assert image.save(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 8, "the memo editor screenshot looks blank"
