"""A memo edit refills and repaints the memo tree before the live preview renders: what did not
change is not parsed and laid out again."""
from __future__ import annotations


def test_a_text_item_is_labelled_once_per_text(qtbot, monkeypatch):
    """Every memo edit labelled every own-text item again (Markdown parsed into a QTextDocument,
    HTML written out), though only one text had changed."""
    from PySide6.QtGui import QTextDocument

    from briefing_app.core.records import MemoItemRecord
    from briefing_app.ui import memo_labels

    made = []

    class Counted(QTextDocument):
        def __init__(self, *args):
            super().__init__(*args)
            made.append(1)

    monkeypatch.setattr(memo_labels, "QTextDocument", Counted)
    memo_labels._text_label.cache_clear()
    item = MemoItemRecord(1, 1, 0, "text", None, body="The **council** meets on Thursday to vote on the plan.")
    first = memo_labels.item_label(None, item)
    again = memo_labels.item_label(None, MemoItemRecord(1, 1, 0, "text", None, body=item.body, version=2))
    assert again == first and len(made) == 1
    changed = memo_labels.item_label(None, MemoItemRecord(1, 1, 0, "text", None, body="The council *met*."))
    assert "met" in changed.text and len(made) == 2
    memo_labels._text_label.cache_clear()


def test_repainting_the_tree_lays_out_only_the_rows_that_changed(qtbot, monkeypatch):
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    from briefing_app.ui.memo_delegate import HTML_ROLE, RichDelegate

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    tree.setHeaderHidden(True)
    delegate = RichDelegate(tree)
    tree.setItemDelegate(delegate)
    rows = []
    for n in range(4):
        row = QTreeWidgetItem([f"Item {n}"])
        row.setData(0, HTML_ROLE, f"Paragraph <b>{n}</b> about the budget talks")
        tree.addTopLevelItem(row)
        rows.append(row)
    tree.resize(400, 300)
    tree.show()
    qtbot.waitExposed(tree)
    tree.grab()
    laid_out = []
    real = delegate._document
    monkeypatch.setattr(delegate, "_document", lambda *a: laid_out.append(a[1]) or real(*a))
    tree.grab()  # the same rows again: nothing parsed or laid out anew
    assert laid_out == []
    rows[2].setData(0, HTML_ROLE, "Paragraph <i>2</i>, edited")
    tree.grab()
    assert set(laid_out) == {"Paragraph <i>2</i>, edited"}  # only the row that changed
