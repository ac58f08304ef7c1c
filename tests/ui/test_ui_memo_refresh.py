"""A memo edit refreshes the memo tree before the live preview renders: an edit that leaves the
memo's sections and items in place sets again only the row that changed and reads no quote,
actor, option or source from the project; a change to those records still shows in the rows."""
from __future__ import annotations

from PySide6.QtCore import Qt

from briefing_app.core import actions
from briefing_app.core.memo_actions import add_memo_item, set_item_body
from briefing_app.ui.memo_tree import ITEM, KEY

MARK = Qt.ItemDataRole.UserRole + 40  # set on every row before the edit: a row built anew lacks it


def _rows(tree):
    for n in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(n)
        yield top
        yield from (top.child(i) for i in range(top.childCount()))


def _count_reads(monkeypatch, project) -> list[str]:
    reads: list[str] = []
    for name in ("get_quote", "get_actor", "get_option", "get_source"):
        real = getattr(project, name)
        monkeypatch.setattr(project, name, lambda *a, _real=real, _name=name: reads.append(_name) or _real(*a))
    return reads


def test_an_edit_of_own_text_sets_only_its_row_and_reads_no_record(drafted, monkeypatch):
    win = drafted
    panel, project = win.memo, win.session.project
    section = next(s for s in panel.memo.sections if any(i.kind == "quote" for i in s.items))
    win.session.run(add_memo_item(project, section.id, "text", body="The council meets on Thursday."))
    text_id = max(i.id for s in panel.memo.sections for i in s.items if i.kind == "text")
    assert sum(i.kind in ("quote", "actor", "option") for s in panel.memo.sections for i in s.items) >= 2
    for row in _rows(panel.tree):
        row.setData(0, MARK, "kept")
    reads = _count_reads(monkeypatch, project)
    win.session.run(set_item_body(text_id, "The council met on Friday and voted the plan down."))
    assert reads == []  # quote, actor and option labels kept from the last refresh
    rows = list(_rows(panel.tree))
    assert all(row.data(0, MARK) == "kept" for row in rows)  # no row built anew
    edited = panel.tree.find(ITEM, text_id)
    assert edited is not None and "Friday" in edited.text(0)
    assert panel._selected() == (ITEM, text_id)


def test_a_speaker_change_shows_in_the_quote_row(drafted):
    win = drafted
    panel, project = win.memo, win.session.project
    item = next(i for s in panel.memo.sections for i in s.items
                if i.kind == "quote" and project.get_quote(i.ref_id).speaker)
    row = panel.tree.find(ITEM, item.id)
    speaker = project.get_quote(item.ref_id).speaker
    assert speaker in row.text(0)
    win.session.run(actions.set_quote_speaker(item.ref_id, None))
    row = panel.tree.find(ITEM, item.id)
    assert speaker not in row.text(0) and "unknown" in row.text(0)
    win.menu_actions.undo.trigger()
    assert speaker in panel.tree.find(ITEM, item.id).text(0)


def test_moving_an_item_rebuilds_the_rows_in_the_new_order(drafted):
    win = drafted
    panel = win.memo
    section = next(s for s in panel.memo.sections if len(s.items) >= 2)
    first, second = section.items[0].id, section.items[1].id
    panel._select(ITEM, second)
    panel.up_button.click()
    top = next(panel.tree.topLevelItem(n) for n in range(panel.tree.topLevelItemCount())
               if panel.tree.topLevelItem(n).data(0, KEY)[1] == section.id)
    assert [top.child(i).data(0, KEY)[1] for i in range(2)] == [second, first]
