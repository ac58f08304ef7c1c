"""The memo editor's edits, each one core action run through the session (one undo step).

The base of `MemoPanel`: it uses the panel's session, memo and tree selection. Drops and the
Add buttons share one path (`memo_drop.drop_command`): a quote, actor or option put into the
memo is accepted in the same step. `core.actions` is imported on first edit (with hashlib,
about 7 ms), to keep startup lean.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from briefing_app.core.records import MemoItemRecord, MemoRecord, QuoteRecord
from briefing_app.ui.memo_tree import ITEM, SECTION, MemoTree

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing_app.core.commands import Command
    from briefing_app.core.project import Project
    from briefing_app.ui.memo_header import MemoHeader
    from briefing_app.ui.session import ProjectSession


HOME = {"quote": "quotes", "actor": "actors", "option": "options"}  # each kind's own section (its key)


class MemoEdits(QWidget):
    """The memo panel's base: its edits, its error signal, and the selection helpers they use.
    The panel sets session, memo, quote (the quote picked in the quotes panel) and tree."""

    error = Signal(object)
    session: ProjectSession | None
    memo: MemoRecord | None
    quote: QuoteRecord | None
    tree: MemoTree
    header: MemoHeader

    # -- selection -------------------------------------------------------------------

    def _selected(self) -> tuple[int, int] | None:
        return self.tree.selected()

    def _select(self, kind: int, row_id: int) -> bool:
        return self.tree.select(kind, row_id)

    def _items(self) -> list[MemoItemRecord]:
        return [i for s in self.memo.sections for i in s.items] if self.memo else []

    def _selected_item(self) -> MemoItemRecord | None:
        sel = self._selected()
        return next((i for i in self._items() if sel == (ITEM, i.id)), None)

    def _selected_text_item(self) -> MemoItemRecord | None:
        item = self._selected_item()
        return item if item is not None and item.kind == "text" else None

    # -- edits -----------------------------------------------------------------------

    def _run(self, build: Callable[[Project], Command]) -> bool:
        """One edit, one undo step; a refused one is shown by the window (session.failed)."""
        return self.session is not None and self.session.run_built(build) is not None

    def _seen(self) -> dict[int, int]:
        """The memo's sections at the versions shown: an add, move or removal is refused (and the
        memo refreshed) when a colleague changed a section since, instead of overwriting it."""
        return {s.id: s.version for s in self.memo.sections} if self.memo is not None else {}

    def _target(self, kind: str = "text") -> tuple[int, int | None]:
        """(section id, item to insert before) for a new item: after the selected item, else at
        the end of the selected section, else of the kind's own section (HOME) or the quotes
        section. An actor or option is not put among the quotes (nor a quote among the actors)
        because a quote was selected last: it goes to the end of its own section when the memo
        has one (a drag still puts anything anywhere)."""
        assert self.memo is not None
        home = self.memo.section(HOME[kind]) if kind in HOME else None
        sel = self._selected()
        for section in self.memo.sections:
            found: tuple[int, int | None] | None = None
            if sel == (SECTION, section.id):
                found = section.id, None
            for n, item in enumerate(section.items):
                if sel == (ITEM, item.id):
                    after = section.items[n + 1] if n + 1 < len(section.items) else None
                    found = section.id, after.id if after else None
            if found is not None:
                foreign = section.key in HOME.values() and section.key != HOME.get(kind)
                return (home.id, None) if foreign and home is not None else found
        fallback = home or self.memo.section("quotes") or self.memo.sections[-1]
        return fallback.id, None

    def drop(self, refs: list[tuple[str, int]], section_id: int, before: int | None) -> bool:
        """Put quotes/actors/options (added, and accepted) or memo items (moved) into a
        section before item `before` (None: at its end): one undo step. The tree's drops end here."""
        return self._place(refs, section_id, before) is not None

    def _place(self, refs: list[tuple[str, int]], section_id: int, before: int | None) -> int | None:
        """drop(); the id of the last item placed (selected), None if nothing happened."""
        from briefing_app.core.memo_drop import drop_command

        session = self.session
        if self.memo is None or session is None:
            return None
        section = next(s for s in self.memo.sections if s.id == section_id)
        # an actor or option the section holds already: not a second row of its table (a quote may
        # be quoted twice: the findings dialog paraphrases both)
        there = {(i.kind, i.ref_id): i.id for i in section.items if i.kind in ("actor", "option")}
        twice = [there[ref] for ref in refs if ref in there]
        refs = [ref for ref in refs if ref not in there]
        if twice:
            self._tell(f"Already in {section.heading or section.key}: not added again")
        if not refs:
            self._select(ITEM, twice[-1])
            return None
        if not self._run(lambda p: drop_command(refs, section_id, before, self._seen())):
            return None
        items = next(s.items for s in session.project.get_memo(self.memo.id).sections if s.id == section_id)
        end = next((n for n, i in enumerate(items) if i.id == before), len(items))
        placed = items[end - 1].id if end > 0 else None  # the last one placed sits just before `before`
        if placed is not None:
            self._select(ITEM, placed)
        return placed

    def _tell(self, message: str) -> None:
        """A short note in the window's status bar (no box to dismiss)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 5000)

    def add_selected_quote(self) -> None:
        if self.quote is not None:
            self.add_ref("quote", self.quote.id)

    def add_ref(self, kind: str, ref_id: int | None, body: str = "") -> int | None:
        """Add a quote, actor, option (or, kind "text", a paragraph) after the selection; the
        new item's id, selected."""
        from briefing_app.core import actions

        session = self.session
        if self.memo is None or not self.memo.sections or session is None:
            return None
        section_id, before = self._target(kind)
        if kind != "text":
            return self._place([(kind, ref_id)], section_id, before) if ref_id is not None else None
        position = next((i.position for i in self._items() if i.id == before), None)
        if not self._run(lambda p: actions.add_memo_item(p, section_id, kind, None, body=body, position=position,
                                                                 seen=self._seen())):
            return None
        items = next(s.items for s in session.project.get_memo(self.memo.id).sections if s.id == section_id)
        new = items[position if position is not None else -1]
        self._select(ITEM, new.id)
        return new.id

    def add_text(self, text: str | None = None) -> int | None:
        """Text of your own (`core/markdown.py`: a paragraph a line, **bold**, *italic*, "- "
        bullets), written in the rich-text editor unless given."""
        from briefing_app.ui import memo_text

        if self.memo is None or not self.memo.sections:
            return None
        if text is None:
            text = memo_text.ask_markdown(self, "Add text", draft_key=self._draft_key(f"new in memo {self.memo.id}"))
        if not text or not text.strip():
            return None
        return self.add_ref("text", None, text.strip())

    def edit_text(self, text: str | None = None) -> bool:
        from briefing_app.core import actions
        from briefing_app.ui import memo_text

        item = self._selected_text_item()
        if item is None:
            return False
        if text is None:
            text = memo_text.ask_markdown(self, "Edit text", item.body, draft_key=self._draft_key(f"item {item.id}"))
        if text is None or text == item.body:
            return False
        item_id = item.id
        if self._run(lambda p: actions.set_item_body(item_id, text)):
            self._select(ITEM, item_id)
            return True
        return False

    def _draft_key(self, what: str) -> str | None:
        """Where the text being typed is kept until OK: per project file and paragraph."""
        return f"{self.session.path}|{what}" if self.session is not None else None

    def _paraphrased(self) -> bool:
        item = self._selected_item()
        return bool(item and item.paraphrase)

    def set_item_options(self, *, paraphrase: bool | None = None, cite: bool | None = None) -> bool:
        """Mark the selected quote as paraphrase / quotation, cite its source or not: one step."""
        from briefing_app.core import actions

        item = self._selected_item()
        if item is None or item.kind != "quote":
            return False
        if self._run(lambda p: actions.set_item_options(item.id, paraphrase=paraphrase, cite=cite)):
            self._select(ITEM, item.id)
            return True
        return False

    def set_citation_style(self, style: str) -> bool:
        from briefing_app.core import actions

        if self.memo is None or style == self.memo.citation_style:
            return False
        memo_id = self.memo.id
        return self._run(lambda p: actions.set_memo_fields(memo_id, citation_style=style))

    def set_review_status(self, status: str) -> bool:
        """Draft, in review or approved (as the signed-in user); refused if someone changed the memo since."""
        from briefing_app.core import actions

        if self.memo is None or status == self.memo.status:
            return False
        memo_id, version = self.memo.id, self.memo.version
        done = self._run(lambda p: actions.set_memo_status(p, memo_id, status, version))
        if not done:
            self.header.show_memo(self.memo)  # back to what the memo says
        return done

    def remove_selected(self) -> None:
        """Remove every selected item (the current one at least): one undo step."""
        from briefing_app.core.memo_drop import remove_command

        item = self._selected_item()
        ids = self.tree.selected_item_ids() or ([item.id] if item is not None else [])
        if ids:
            self._run(lambda p: remove_command(ids, self._seen()))

    def move_selected(self, delta: int) -> None:
        """One step up or down; past a section's edge into the next section."""
        item = self._selected_item()
        if item is None or self.memo is None:
            return
        sections = [s.id for s in self.memo.sections]
        section = self.memo.sections[sections.index(item.section_id)]
        at = [i.id for i in section.items].index(item.id)
        target: tuple[int, int | None]
        if delta < 0 and at > 0:
            target = (section.id, section.items[at - 1].id)
        elif delta > 0 and at + 2 < len(section.items):
            target = (section.id, section.items[at + 2].id)
        elif delta > 0 and at + 1 < len(section.items):
            target = (section.id, None)
        elif delta < 0 and section.id != sections[0]:
            target = (sections[sections.index(section.id) - 1], None)
        elif delta > 0 and section.id != sections[-1]:
            nxt = self.memo.sections[sections.index(section.id) + 1]
            target = (nxt.id, nxt.items[0].id if nxt.items else None)
        else:
            return
        self.drop([("item", item.id)], *target)

