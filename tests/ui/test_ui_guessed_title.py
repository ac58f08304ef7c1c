"""The library shows a title guessed from the text in italics with a tooltip saying so; editing
the source's details makes it the user's title (upright), and undo makes it a guess again."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt

from briefing_app.ui.edit_dialogs import FormDialog


def _row(model, source_id):
    return next(r for r in range(model.rowCount()) if model.source_id(r) == source_id)


def test_guessed_title_is_italic_until_edited(window, monkeypatch, qtbot):
    library = window.library
    model = library.model
    source_id = library.current_source_id()
    src = window.session.project.get_source(source_id)
    assert src.metadata.title_guessed, "the samples declare no title"
    index = model.index(_row(model, source_id), 0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == src.metadata.title
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "guessed" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    if os.environ.get("BB_SCREENSHOT_DIR"):
        library.grab().save(os.path.join(os.environ["BB_SCREENSHOT_DIR"], "library-guessed-titles.png"))

    def ask(parent, title, fields):
        return {**{f.key: f.value for f in fields}, "title": "Russia warns Seoul over arms"}

    monkeypatch.setattr(FormDialog, "ask", staticmethod(ask))
    assert library.edit_details()
    qtbot.waitUntil(lambda: model.data(model.index(_row(model, source_id), 0)) == "Russia warns Seoul over arms")
    assert model.data(model.index(_row(model, source_id), 0), Qt.ItemDataRole.FontRole) is None
    window.undo_group.undo()
    qtbot.waitUntil(lambda: model.data(model.index(_row(model, source_id), 0), Qt.ItemDataRole.FontRole) is not None)
