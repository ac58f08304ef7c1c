"""Drag and drop into and inside the memo: the drop data comes from the real models
(mimeData), the drop goes through the tree's dropMimeData or a real QDropEvent; each drop is
one undo step."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from briefing_app.ui import dnd
from test_ui_memo import drafted  # noqa: F401 - the memo tests' shared fixture

COPY = Qt.DropAction.CopyAction


def _section(win, key):
    memo = win.session.project.get_memo(win.memo.memo.id)
    return next(s for s in memo.sections if s.key == key)


def _top(win, key):
    section_id = _section(win, key).id
    tree = win.memo.tree
    return next(tree.topLevelItem(n) for n in range(tree.topLevelItemCount())
                if tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)[1] == section_id)


def _layout(win):
    memo = win.session.project.get_memo(win.memo.memo.id)
    return [(s.key, [(i.kind, i.ref_id or i.body) for i in s.items]) for s in memo.sections]


def _unused_suggested_quote(win):
    win.quotes.all_sources.setChecked(True)
    used = {ref for _, items in _layout(win) for kind, ref in items if kind == "quote"}
    model = win.quotes.model
    return next(r for r in range(model.rowCount())
                if model.quote(r).status == "suggested" and model.quote(r).id not in used)


def test_dropping_a_suggested_quote_adds_and_accepts_it_in_one_step(drafted, errors):
    win = drafted
    before, stack_size = _layout(win), win.session.undo_stack.count()
    row = _unused_suggested_quote(win)
    quote = win.quotes.model.quote(row)
    model = win.quotes.model
    assert model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([model.index(row, c) for c in range(model.columnCount())])
    assert dnd.decode(mime) == [("quote", quote.id)]
    top = _top(win, "quotes")
    assert win.memo.tree.dropMimeData(top, 1, mime, COPY)
    assert not errors
    items = _section(win, "quotes").items
    assert (items[1].kind, items[1].ref_id) == ("quote", quote.id)
    assert win.session.project.get_quote(quote.id).status == "accepted"
    assert win.session.undo_stack.count() == stack_size + 1
    assert win.memo.tree.selected()[1] == items[1].id
    win.menu_actions.undo.trigger()
    assert _layout(win) == before
    assert win.session.project.get_quote(quote.id).status == "suggested"


def test_several_actors_dropped_on_a_section_header_are_one_undo_step(drafted, errors):
    win = drafted
    actors = win.session.project.list_actors()[:3]
    assert len(actors) == 3
    win.actors.select(*[a.id for a in actors])
    tree = win.actors.tree
    mime = tree.mimeData(tree.selectedItems())
    assert [r for r in dnd.decode(mime)] == [("actor", a.id) for a in sorted(actors, key=_order(win))]
    before, stack_size = _layout(win), win.session.undo_stack.count()
    assert win.memo.tree.dropMimeData(_top(win, "background"), -1, mime, COPY)  # on the header: at the end
    assert not errors
    tail = [(i.kind, i.ref_id) for i in _section(win, "background").items][-3:]
    assert tail == [("actor", a.id) for a in sorted(actors, key=_order(win))]
    assert all(win.session.project.get_actor(a.id).status == "accepted" for a in actors)
    assert win.session.undo_stack.count() == stack_size + 1
    win.menu_actions.undo.trigger()
    assert _layout(win) == before
    assert [win.session.project.get_actor(a.id).status for a in actors] == [a.status for a in actors]


def _order(win):
    rows = [win.actors.tree.topLevelItem(n).data(0, Qt.ItemDataRole.UserRole)
            for n in range(win.actors.tree.topLevelItemCount())]
    return lambda a: rows.index(a.id)


def test_an_option_drops_between_sections_at_the_end_of_the_one_above(drafted, errors):
    win = drafted
    option = win.session.project.list_options()[0]
    win.options.select(option.id)
    mime = win.options.tree.mimeData(win.options.tree.selectedItems())
    tree = win.memo.tree
    index = tree.indexOfTopLevelItem(_top(win, "quotes"))
    assert index > 0
    above = tree.topLevelItem(index - 1).data(0, Qt.ItemDataRole.UserRole)[1]
    assert tree.dropMimeData(None, index, mime, COPY)
    memo = win.session.project.get_memo(win.memo.memo.id)
    last = next(s for s in memo.sections if s.id == above).items[-1]
    assert (last.kind, last.ref_id) == ("option", option.id)


def test_reorder_by_drag_inside_and_between_sections(drafted, errors):
    win = drafted
    tree = win.memo.tree
    quotes = _section(win, "quotes").items
    assert len(quotes) >= 3
    before = _layout(win)
    third = tree.find(2, quotes[2].id)
    mime = tree.mimeData([third])
    assert dnd.decode(mime) == [("item", quotes[2].id)]
    assert tree.dropMimeData(_top(win, "quotes"), 0, mime, Qt.DropAction.MoveAction)  # to the top
    assert [i.id for i in _section(win, "quotes").items][:3] == [quotes[2].id, quotes[0].id, quotes[1].id]
    first = tree.find(2, quotes[0].id)
    assert tree.dropMimeData(_top(win, "quotes"), 3, tree.mimeData([first]), Qt.DropAction.MoveAction)  # down
    assert [i.id for i in _section(win, "quotes").items][:3] == [quotes[2].id, quotes[1].id, quotes[0].id]
    target = _top(win, "background")
    assert tree.dropMimeData(target, 0, tree.mimeData([tree.find(2, quotes[1].id)]), Qt.DropAction.MoveAction)
    assert _section(win, "background").items[0].id == quotes[1].id
    assert quotes[1].id not in [i.id for i in _section(win, "quotes").items]
    assert not errors
    for _ in range(3):
        win.menu_actions.undo.trigger()
    assert _layout(win) == before


def _drop_at(tree, row_item, edge: str, mime) -> QDropEvent:
    """Real drag-enter, drag-move and drop events at the top or bottom edge of a row."""
    tree.scrollToItem(row_item)
    rect = tree.visualItemRect(row_item)
    pos = QPointF(rect.center().x(), rect.top() + 1 if edge == "top" else rect.bottom() - 1)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = tree.viewport()
    enter = QDragEnterEvent(pos, COPY, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, COPY, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, COPY, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    return drop


def test_a_real_drop_event_on_an_item_inserts_above_it(drafted, errors, qtbot):
    win = drafted
    row = _unused_suggested_quote(win)
    quote = win.quotes.model.quote(row)
    mime = win.quotes.model.mimeData([win.quotes.model.index(row, 0)])
    tree = win.memo.tree
    first = _section(win, "quotes").items[0]
    assert _drop_at(tree, tree.find(2, first.id), "top", mime).isAccepted() and not errors
    items = _section(win, "quotes").items
    assert (items[0].kind, items[0].ref_id) == ("quote", quote.id) and items[1].id == first.id


def test_a_drop_just_below_a_heading_is_first_in_that_section(drafted, errors):
    win = drafted
    option = win.session.project.list_options()[0]
    win.options.select(option.id)
    mime = win.options.tree.mimeData(win.options.tree.selectedItems())
    first = _section(win, "quotes").items[0]
    assert _drop_at(win.memo.tree, _top(win, "quotes"), "bottom", mime).isAccepted() and not errors
    items = _section(win, "quotes").items
    assert (items[0].kind, items[0].ref_id) == ("option", option.id) and items[1].id == first.id


def test_redo_after_undo_puts_a_drop_back_exactly(drafted):
    win = drafted
    actors = win.session.project.list_actors()[:2]
    win.actors.select(*[a.id for a in actors])
    mime = win.actors.tree.mimeData(win.actors.tree.selectedItems())
    assert win.memo.tree.dropMimeData(_top(win, "quotes"), 1, mime, COPY)
    after = _layout(win)
    ids = [i.id for i in _section(win, "quotes").items]
    win.menu_actions.undo.trigger()
    win.menu_actions.redo.trigger()
    assert _layout(win) == after and [i.id for i in _section(win, "quotes").items] == ids


def test_dragging_a_memo_item_carries_it_and_leaves_the_tree_to_the_drop(drafted, monkeypatch):
    from PySide6.QtGui import QDrag

    win = drafted
    tree = win.memo.tree
    item = _section(win, "quotes").items[0]
    tree.select(2, item.id)
    carried = []
    monkeypatch.setattr(QDrag, "exec", lambda self, *a: carried.append(dnd.decode(self.mimeData()))
                        or Qt.DropAction.MoveAction)
    before = _layout(win)
    tree.startDrag(Qt.DropAction.MoveAction)
    assert carried == [[("item", item.id)]]
    assert tree.find(2, item.id) is not None and _layout(win) == before


def test_foreign_and_broken_drag_data_is_refused(drafted):
    win = drafted
    junk = QMimeData()
    junk.setData(dnd.MIME_TYPE, b"{not json")
    other = QMimeData()
    other.setData(dnd.MIME_TYPE, b'{"pid": -1, "items": [{"kind": "quote", "id": 1}]}')
    text = QMimeData()
    text.setText("a quote")
    before = _layout(win)
    for mime in (junk, other, text):
        assert dnd.decode(mime) == []
        assert not win.memo.tree.dropMimeData(_top(win, "quotes"), 0, mime, COPY)
    assert _layout(win) == before


def test_several_selected_items_drag_together_and_remove_in_one_step(drafted, monkeypatch):
    from PySide6.QtGui import QDrag

    win = drafted
    tree = win.memo.tree
    quotes = [i.id for i in _section(win, "quotes").items]
    assert len(quotes) >= 4
    before, stack = _layout(win), win.session.undo_stack.count()
    tree.select(2, quotes[3])
    tree.find(2, quotes[1]).setSelected(True)
    assert tree.selected_item_ids() == [quotes[1], quotes[3]]
    carried = []
    monkeypatch.setattr(QDrag, "exec", lambda self, *a: carried.append(self.mimeData()) or Qt.DropAction.MoveAction)
    tree.startDrag(Qt.DropAction.MoveAction)
    assert dnd.decode(carried[0]) == [("item", quotes[1]), ("item", quotes[3])]
    assert tree.dropMimeData(_top(win, "quotes"), 0, carried[0], Qt.DropAction.MoveAction)
    assert [i.id for i in _section(win, "quotes").items][:4] == [quotes[1], quotes[3], quotes[0], quotes[2]]
    tree.select(2, quotes[0])
    tree.find(2, quotes[2]).setSelected(True)
    win.memo.remove_button.click()
    assert [i.id for i in _section(win, "quotes").items][:2] == [quotes[1], quotes[3]]
    assert quotes[0] not in [i.id for i in _section(win, "quotes").items]
    assert win.undo_group.undoText() == "Remove 2 items from memo"
    assert win.session.undo_stack.count() == stack + 2
    win.menu_actions.undo.trigger()
    win.menu_actions.undo.trigger()
    assert _layout(win) == before
