"""Memo rows are as tall as the text painted in them: sizeHint measured the text at the tree's
width less 12 px but paint wrapped it at the full text rect, so a line that fitted only the
wider one ("Actor: Suella Braverman, Home Secretary") left a blank line under it."""
from __future__ import annotations

import pytest

from briefing_app.ui import memo_delegate
from briefing_app.ui.entities_panel import ID_ROLE


@pytest.mark.parametrize("width", [1024, 1280, 1440])
def test_no_memo_row_is_taller_than_its_text(window, qtbot, monkeypatch, errors, width):
    painted: list[tuple[str, int, int]] = []  # (text, row height, painted text height)
    real_document, real_paint = memo_delegate.RichDelegate._document, memo_delegate.RichDelegate.paint

    def paint(self, painter, option, index):
        def document(opt, html, w, cite=""):
            doc = real_document(self, opt, html, w, cite)
            painted.append((index.data(), option.rect.height(), int(doc.size().height())))
            return doc

        monkeypatch.setattr(self, "_document", document)
        try:
            real_paint(self, painter, option, index)
        finally:
            monkeypatch.delattr(self, "_document")

    monkeypatch.setattr(memo_delegate.RichDelegate, "paint", paint)
    with qtbot.waitSignal(window.memo.drafted, timeout=30000):
        window.memo.draft_memo("info-memo", "Information memo")
    panel = window.memo
    for kind, tab in (("actor", window.actors), ("option", window.options)):  # short lines near the edge
        for n in range(tab.tree.topLevelItemCount()):
            panel.add_ref(kind, tab.tree.topLevelItem(n).data(0, ID_ROLE))
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    tree = panel.tree
    for step in range(0, tree.verticalScrollBar().maximum() + 1, 60):
        tree.verticalScrollBar().setValue(step)
        tree.viewport().repaint()
    assert painted and not errors
    too_tall = [(text[:40], row, text_h) for text, row, text_h in painted if row - text_h > 6]
    assert not too_tall, too_tall
