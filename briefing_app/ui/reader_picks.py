"""What a person does with the reader's text: add the selection as a quote, an actor or an
option, hide it as boilerplate or show hidden text again, and, on a quote, change its speaker
or edit it (context menu). Mixed into ReaderPanel;
the edits themselves run through `edit_flows` (one form, one core command, one undo step).
"""
from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from briefing_app.core.errors import NotFound
from briefing_app.core.model import Span, trimmed_span
from briefing_app.core.records import ActorRecord, QuoteRecord, SourceRecord

if TYPE_CHECKING:
    from briefing_app.ui.reader import SourceText
    from briefing_app.ui.session import ProjectSession


class ReaderPicks(QWidget):
    """The reader panel's base: its signals, and what it needs from the panel (set by
    ReaderPanel): session, source, quotes, text (SourceText), selected_range()."""

    error = Signal(object)
    quote_added = Signal(int)
    session: ProjectSession | None
    source: SourceRecord | None
    quotes: list[QuoteRecord]
    text: SourceText

    def selected_range(self) -> tuple[int, int] | None:
        raise NotImplementedError

    def _mentions_of(self, source: SourceRecord | None) -> list[tuple[int, int, ActorRecord]]:
        if source is None or self.session is None:
            return []
        return [(span.start, span.end, actor) for span, actor in self.session.project.source_mentions(source.id)]

    def quote(self, quote_id: int | None) -> QuoteRecord | None:
        return next((q for q in self.quotes if q.id == quote_id), None)

    def _context_menu(self, pos) -> None:
        menu = self.build_menu(pos)
        menu.exec(self.text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_menu(self, pos) -> QMenu:
        """The standard copy / select menu plus what fits the selection or the quote under pos."""
        menu = self.text.createStandardContextMenu(self.text.viewport().mapToGlobal(pos))
        menu.setParent(self, menu.windowFlags())
        if self.session is None or self.source is None:
            return menu
        menu.addSeparator()
        has_selection = self.selected_range() is not None
        for kind, label in (("quote", "Add as &Quote"), ("actor", "Add as &Actor…"), ("option", "Add as &Option…")):
            menu.addAction(label, partial(self.add_selection, kind)).setEnabled(has_selection)
        menu.addSeparator()
        menu.addAction("&Hide as Boilerplate", self.hide_selection).setEnabled(has_selection)
        menu.addAction("Show Hidden Text A&gain", self.restore_selection).setEnabled(self._hidden_in_selection())
        menu.addAction("Source &Details and Genre…", self.edit_source)
        quote = self.quote(self.text.quote_at(pos))
        if quote is not None:
            menu.addSeparator()
            menu.addAction("Change &Speaker…", lambda: self.edit(quote.id, speaker_only=True))
            menu.addAction("&Edit Quote…", lambda: self.edit(quote.id))
        actor_id = self.text.actor_at(pos)
        if actor_id is not None:
            menu.addSeparator()
            menu.addAction("Edit Ac&tor…", lambda: self.edit_actor(actor_id))
        return menu

    def add_selection(self, kind: str) -> int | None:
        """Add the selected text as a quote, an actor or an option; returns the new id."""
        picked = self.selected_range()
        if picked is None or self.session is None or self.source is None:
            return None
        from briefing_app.ui import edit_flows  # the core actions load on first edit

        start, end = trimmed_span(self.source.text, *picked)
        if start >= end:
            return None
        add = {"quote": edit_flows.add_quote, "actor": edit_flows.add_actor, "option": edit_flows.add_option}[kind]
        new_id = add(self, self.session, self.source, start, end)
        if kind == "quote" and new_id is not None:
            self.quote_added.emit(new_id)
        return new_id

    def hide_selection(self) -> bool:
        """Hide the selected text as boilerplate (a range the reader hides; nothing is deleted)."""
        picked = self.selected_range()
        if picked is None or self.session is None or self.source is None:
            return False
        from briefing_app.core import actions

        start, end = trimmed_span(self.source.text, *picked)
        if start >= end:
            return False
        return self.session.run(actions.add_boilerplate(self.source.id, Span(start, end))) is not None

    def restore_selection(self) -> bool:
        """Show again every hidden range the selection touches (select it with hidden text shown)."""
        picked = self.selected_range()
        if picked is None or self.session is None or self.source is None or not self._hidden_in_selection():
            return False
        from briefing_app.core import actions

        source_id, span = self.source.id, Span(*picked)
        return self.session.run_built(lambda project: actions.restore_boilerplate(project, source_id, span)) is not None

    def _hidden_in_selection(self) -> bool:
        picked = self.selected_range()
        if picked is None or self.source is None:
            return False
        start, end = picked
        return any(b.start < end and start < b.end for b in self.source.boilerplate)

    def edit(self, quote_id: int, speaker_only: bool = False) -> bool:
        quote = self.quote(quote_id)
        if quote is None or self.session is None:
            return False
        from briefing_app.ui import edit_flows

        return edit_flows.quote_edit(self, self.session, quote, speaker_only)

    def edit_source(self) -> bool:
        """The shown source's details (genre, title, author, outlet, date): one undo step."""
        if self.session is None or self.source is None:
            return False
        from briefing_app.ui import edit_flows

        return edit_flows.edit_source(self, self.session, self.source)

    def edit_actor(self, actor_id: int) -> bool:
        if self.session is None:
            return False
        from briefing_app.ui import edit_flows

        try:
            actor = self.session.project.get_actor(actor_id)
        except NotFound as exc:  # deleted since the text was shown
            self.error.emit(exc)
            return False
        return edit_flows.edit_actor(self, self.session, actor)
