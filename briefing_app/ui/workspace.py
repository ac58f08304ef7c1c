"""The panels of an open project, side by side, and how they follow each other.

Library over the Quotes / Actors / Options tabs | reader | memo editor | live PDF preview. A
source picked in the library shows in the reader and the quotes list; a quote picked shows in
the reader and is what the memo's Add button adds. The Actors and Options panels are built
when their tab is first shown or used: a tab nobody opens costs nothing at startup (its
module, widgets and queries). The splitter sizes are remembered between runs.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDataStream, QIODevice, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from briefing_app.core.changes import Changes
from briefing_app.core.errors import NotFound
from briefing_app.core.records import QuoteRecord
from briefing_app.ui import settings
from briefing_app.ui.library_panel import LibraryPanel
from briefing_app.ui.memo_panel import MemoPanel
from briefing_app.ui.preview import PreviewPanel
from briefing_app.ui.quotes_panel import QuotesPanel
from briefing_app.ui.reader import ReaderPanel
from briefing_app.ui.session import ProjectSession

if TYPE_CHECKING:
    from briefing_app.ui.actors_panel import ActorsPanel
    from briefing_app.ui.options_panel import OptionsPanel

SHARES = (0.31, 0.28, 0.22, 0.19)  # of the width, at first: library and tabs | reader | memo | preview
ENTITY_TABS = {"actor": ("A&ctors", "Actors"), "option": ("O&ptions", "Options")}  # tab label, accessible name


class Workspace(QSplitter):
    error = Signal(object)  # from any panel: the window shows it

    def __init__(self, parent: QWidget):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.session: ProjectSession | None = None
        self.library = LibraryPanel(self)
        self.reader = ReaderPanel(self)
        self.quotes = QuotesPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Quotes, actors and options")
        # its tab bar is the one Tab stop, where _tab_in_reading_order puts it: the tab widget, its
        # focus proxy, was a second stop (after the reader), which sent Tab back to the tab bar
        self.tabs.setFocusProxy(None)  # type: ignore[arg-type]  # (None clears it; the stub wants a widget)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setAccessibleName("Quotes, actors and options tabs")
        self.tabs.addTab(self.quotes, "Quote&s")  # Alt+Q is the Quotes menu's, Alt+T the memo's Add text
        self.entities: dict[str, QWidget] = {}  # the entity panels built so far, by kind
        self._placeholders: dict[QWidget, str] = {}
        for kind, (label, what) in ENTITY_TABS.items():
            page = QWidget(self.tabs)
            page.setAccessibleName(what)
            self.tabs.addTab(page, label)
            self._placeholders[page] = kind
        self.tabs.currentChanged.connect(self._tab_shown)
        self.memo = MemoPanel(self)
        self.preview = PreviewPanel(self)
        self.left = QSplitter(Qt.Orientation.Vertical, self)
        self.left.addWidget(self.library)
        self.left.addWidget(self.tabs)
        for n, (widget, stretch) in enumerate(((self.left, 4), (self.reader, 4), (self.memo, 3), (self.preview, 3))):
            self.addWidget(widget)
            self.setStretchFactor(n, stretch)
        self.setChildrenCollapsible(False)
        self.left.setSizes([300, 420])
        self._shares = list(SHARES)  # each panel's part of the width, kept when the window is resized
        self._actor_columns: QByteArray | None = None  # saved last run: given to the Actors panel when built
        self.splitterMoved.connect(self._remember_shares)
        self._connect()
        self._tab_in_reading_order()

    def _connect(self) -> None:
        self.library.source_selected.connect(self.on_source_selected)
        self.quotes.quote_selected.connect(self.on_quote_selected)
        self.reader.text.quote_clicked.connect(self.quotes.select_quote)
        self.reader.quote_added.connect(self.quotes.select_quote)
        self.memo.memo_loaded.connect(
            lambda memo: self.preview.set_memo(memo, self.session.location if self.session else None))
        for panel in (self.quotes, self.memo, self.reader, self.library):
            panel.error.connect(self.error)

    # -- the Actors and Options tabs -----------------------------------------------------

    @property
    def actors(self) -> ActorsPanel:
        return self.entity_panel("actor")  # type: ignore[return-value]

    @property
    def options(self) -> OptionsPanel:
        return self.entity_panel("option")  # type: ignore[return-value]

    def entity_panel(self, kind: str) -> QWidget:
        """The Actors ("actor") or Options ("option") panel, built on first use."""
        panel = self.entities.get(kind)
        if panel is not None:
            return panel
        from briefing_app.ui.actors_panel import ActorsPanel
        from briefing_app.ui.options_panel import OptionsPanel

        panel = self.entities[kind] = {"actor": ActorsPanel, "option": OptionsPanel}[kind](self)
        panel.error.connect(self.error)
        if isinstance(panel, OptionsPanel):
            panel.evidence.connect(self.show_evidence)
        panel.add_to_memo.connect(self.memo.add_ref)
        if isinstance(panel, ActorsPanel) and self._actor_columns is not None:
            panel.restore_columns(self._actor_columns)
        self._follow(panel, self.session)
        placeholder = next(page for page, k in self._placeholders.items() if k == kind)
        index, current = self.tabs.indexOf(placeholder), self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, panel, ENTITY_TABS[kind][0])
            self.tabs.removeTab(index + 1)  # the placeholder
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        del self._placeholders[placeholder]
        placeholder.deleteLater()
        self._tab_in_reading_order()
        return panel

    def _tab_in_reading_order(self) -> None:
        """Tab reads the window as the eye does: the library, the tab bar and the tabs under it
        (the left column), the reader, the memo (the live preview comes last by itself). Each
        panel keeps the order it set for its own widgets (`tab_stops`)."""
        from briefing_app.ui.focus import tab_order

        pages = [s for panel in (self.quotes, *self.entities.values()) for s in panel.tab_stops]  # type: ignore[attr-defined]
        tab_order(*self.library.tab_stops, self.tabs.tabBar(), *pages, *self.reader.tab_stops, *self.memo.tab_stops)

    def shown_entity_panel(self) -> ActorsPanel | OptionsPanel | None:
        """The Actors or Options panel when its tab is the one shown."""
        shown = self.tabs.currentWidget()
        return shown if shown is not None and shown in self.entities.values() else None  # type: ignore[return-value]

    def decide(self, status: str) -> None:
        """Ctrl+Return / Ctrl+Backspace: accept or reject what is selected in the shown tab (they
        decided the hidden quotes list's selection while an actor or option was in view)."""
        panel = self.shown_entity_panel()
        if panel is not None:
            panel.set_status(status)
        else:
            self.quotes.set_status(status)

    def add_selected_to_memo(self) -> None:
        """Ctrl+M: the selected quote, actor or option of the shown tab into the memo."""
        panel = self.shown_entity_panel()
        if panel is not None:
            panel.add_selected_to_memo()
        else:
            self.memo.add_selected_quote()

    def show_preview(self, on: bool) -> None:
        """View > Live Preview (F9): hidden, its part of the width goes to the other panels."""
        self.preview.setVisible(on)
        self._apply_shares()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        kind = self._placeholders.get(page) if page is not None else None
        if kind is not None:
            self.entity_panel(kind)

    # -- the open project ------------------------------------------------------------------

    def panels(self) -> tuple[QWidget, ...]:
        """The panels that follow the open project (the entity tabs once built)."""
        return (self.reader, self.library, self.quotes, *self.entities.values(), self.memo)

    def set_session(self, session: ProjectSession | None) -> None:
        self.session = session
        for panel in self.panels():
            self._follow(panel, session)

    @staticmethod
    def _follow(panel: QWidget, session: ProjectSession | None) -> None:
        """The panel shows `session`'s project and refreshes on its changes (in panel order:
        the library settles before the quotes, the memo last)."""
        panel.set_session(session)  # type: ignore[attr-defined]
        if session is not None and hasattr(panel, "on_changes"):
            session.changes_applied.connect(panel.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if changes.quotes or changes.sources or changes.actors:
            self._show_source(self.library.current_source_id())

    def on_source_selected(self, source_id: int | None) -> None:
        self.quotes.set_source(source_id)
        self._show_source(source_id)

    def on_quote_selected(self, quote: QuoteRecord | None) -> None:
        self.memo.set_quote(quote)
        if quote is not None:
            if self.reader.source is None or self.reader.source.id != quote.source_id:
                self.library.select_source(quote.source_id, notify=False)
                self._show_source(quote.source_id)
            self.reader.reveal(quote.id)

    def show_evidence(self, source_id: int, start: int, end: int) -> None:
        """A stance's words in the reader (from the options list or matrix)."""
        if self.reader.source is None or self.reader.source.id != source_id:
            self.library.select_source(source_id, notify=False)
            self._show_source(source_id)
        self.reader.reveal_range(start, end)

    def _show_source(self, source_id: int | None) -> None:
        project = self.session.project if self.session else None
        try:
            source = project.get_source(source_id) if project and source_id is not None else None
        except NotFound:  # deleted (e.g. an import undone)
            source = None
        if project is None or source is None:
            self.reader.show_source(None, [])
            return
        shared = self.quotes.model.reader_quotes(source.id)  # the quotes list read them just now
        self.reader.show_source(source, shared if shared is not None else project.list_quotes(source.id))

    # -- layout between runs -------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        """Each panel keeps its part of the width (at first SHARES; then as the user drags the
        handles): the splitter alone takes what is missing from the last panels, so a 1024 px
        window left a 160 px reader beside a 400 px library."""
        super().resizeEvent(event)
        self._apply_shares()

    def _apply_shares(self) -> None:
        """The panels' widths by their parts (minimum widths may bend them); a hidden preview's
        part goes to the others."""
        room = self.width() - self.handleWidth() * (self.count() - 1)
        shares = self._shares
        if self.preview.isHidden():
            shares = [share / (1 - shares[3]) for share in shares[:3]] + [0.0]
        if room > 200:
            super().setSizes([round(room * share) for share in shares])

    def setSizes(self, sizes: Sequence[int]) -> None:
        """Sizes set from code (a test, a screenshot) are kept as the panels' parts too."""
        super().setSizes(sizes)
        if sum(sizes) > 0:
            self._shares = [size / sum(sizes) for size in sizes]

    def _remember_shares(self, *_) -> None:
        sizes = self.sizes()
        preview = self._shares[3] if self.preview.isHidden() else None  # kept for when it shows again
        if preview is not None and sum(sizes[:3]) > 0:
            self._shares = [size / sum(sizes[:3]) * (1 - preview) for size in sizes[:3]] + [preview]
        elif sum(sizes) > 0:
            self._shares = [size / sum(sizes) for size in sizes]

    def restore_layout(self) -> None:
        for name, splitter in (("main", self), ("left", self.left)):
            state = settings.window_value(f"splitter_{name}")
            if state is not None and splitter.restoreState(state) and splitter is self:
                sizes = saved_sizes(state, self.count())  # (sizes() of a splitter not yet laid out
                if sizes:  # are squeezed to its default width, their parts lost)
                    self._shares = [size / sum(sizes) for size in sizes]
        self.library.columns.restore(settings.window_value("header_library"))  # column widths, sort
        self.quotes.columns.restore(settings.window_value("header_quotes"))
        self._actor_columns = settings.window_value("header_actors")
        if "actor" in self.entities:
            self.actors.restore_columns(self._actor_columns)

    def layout_state(self) -> dict[str, QByteArray]:
        """What the window remembers: the splitters, and each list's columns (the Actors panel's
        only when it was built this run: else last run's stay saved)."""
        state = {"splitter_main": self.saveState(), "splitter_left": self.left.saveState(),
                 "header_library": self.library.columns.state(), "header_quotes": self.quotes.columns.state()}
        if "actor" in self.entities:
            state["header_actors"] = self.actors.tree.header().saveState()
        return state


def saved_sizes(state: QByteArray, count: int) -> list[int] | None:
    """The panel widths a QSplitter.saveState() holds (a marker, a version, then the sizes)."""
    stream = QDataStream(state, QIODevice.OpenModeFlag.ReadOnly)
    if stream.readInt32() != 0xFF:
        return None
    stream.readInt32()  # version
    n = stream.readUInt32()
    sizes = [stream.readInt32() for _ in range(n)] if n == count else []
    ok = stream.status() == QDataStream.Status.Ok and len(sizes) == count and sum(sizes) > 0
    return sizes if ok and min(sizes) >= 0 else None
