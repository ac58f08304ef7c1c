"""Live preview: the memo's real PDF export, shown with QtPdf beside the memo editor.

Pipeline (docs: /work/shared/guides/qt-app-pitfalls.md §2, the verified one):
1. A memo change after a quiet spell (none in the last 100 ms) renders on the next turn of the
   event loop: the changes one command sends together still make one render, and a single edit
   does not wait out a debounce. A change that follows another within 100 ms (undo held down,
   a burst of moves) restarts a 100 ms single-shot timer instead: a burst makes one render more.
2. When it fires, `workers.LatestWins` renders in the background (the "preview" pool, one
   thread of its own, so renders never queue behind an import): it builds the document and
   renders it with reportlab through `briefing_app.export` — exactly the pages File > Export
   writes, its streams left unpacked (the bytes stay in memory) — reading through its own
   read-only connection. While a render runs, further edits
   collapse into one more render; only the newest request's result comes back, with its
   generation number.
3. On the GUI thread a result with a stale number is dropped; otherwise a new QPdfDocument
   (parented to the window, never to the view: the view frees its private data before its
   children and the document's close() would signal into it) with a QBuffer parented to the
   document (pdfium reads the device lazily) is loaded, shown, and the old one deleteLater()'d.

QtPdf and reportlab are imported on first use, keeping them out of startup.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedLayout, QVBoxLayout, QWidget

from briefing_app.core.records import MemoRecord
from briefing_app.ui.workers import LatestWins

if TYPE_CHECKING:  # QtPdf is imported on first use, keeping it out of startup
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

DEBOUNCE_MS = 100  # the quiet spell after which a change renders at once, and the wait within a burst


Rendered = tuple[bytes, int, int | None, list[str]]  # pdf bytes, pages, page budget, warnings


def render_memo(memo: MemoRecord, project_path: str | Path) -> Rendered:
    """(pdf bytes, pages, page budget, warnings) for a memo as File > Export would write it.
    Runs in a worker thread, with its own read-only connection."""
    from briefing_app.core.project import open_project
    from briefing_app.export import build, find_template
    from briefing_app.export.render_pdf import render_pdf

    spec = find_template(memo.template or "info-memo")
    project = open_project(project_path, create=False, exclusive=False)
    try:
        doc = build(memo, project, spec)
    finally:
        project.close()
    pdf = render_pdf(doc, spec.style, compress=False)  # the same pages; held in memory, never written
    return pdf.data, pdf.pages, spec.page_budget, list(pdf.warnings)


def _render(memo: MemoRecord, path: str | Path) -> Rendered:
    return render_memo(memo, path)  # looked up on each call (tests count the renders)


class PreviewPanel(QWidget):
    """`shown(generation)` after a new PDF is on screen; `pages`/`page_budget` describe it."""

    shown = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Memo preview")
        self.project_path: str | None = None  # a file path or a server address
        self.memo: MemoRecord | None = None
        self.generation = 0  # of the newest request
        self.shown_generation = 0
        self.pages: int | None = None
        self.page_budget: int | None = None
        self.document: QPdfDocument | None = None  # on screen
        self.view: QPdfView | None = None  # built on first result
        self._renders = LatestWins(_render, self)
        self._renders.finished.connect(self._on_result)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._start)
        self._last_change = -DEBOUNCE_MS / 1000.0  # perf_counter() of the last memo change
        self._away = False  # another application had the focus since the last render asked for
        # back from another application (a template fixed or restyled in an editor or in Word):
        # rendered again, so "No preview: template.toml is not valid" does not stay until the next edit
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state)

        self.title = QLabel("<b>Preview</b>", self)
        self.page_label = QLabel("", self)
        self.page_label.setAccessibleName("Page budget")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.placeholder = QLabel("The memo's PDF appears here.", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.page_label)
        self._stack = QStackedLayout()
        self._stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        top.setContentsMargins(0, 0, 6, 0)  # the page count clear of the window's edge (the view may touch it)
        layout.addLayout(top)
        layout.addLayout(self._stack, 1)

    # -- requests ---------------------------------------------------------------------

    def set_memo(self, memo: MemoRecord | None, project_path: str | Path | None) -> None:
        """The memo as it now stands: render it again after the debounce."""
        before = (self.memo.id if self.memo is not None else None, self.project_path)
        self.memo = memo
        self.project_path = str(project_path) if project_path else None
        self.generation += 1
        if memo is None or self.project_path is None:
            self.timer.stop()
            self._clear()
            return
        now = time.perf_counter()
        quiet, self._last_change = now - self._last_change >= DEBOUNCE_MS / 1000, now
        if self.timer.isActive() and self.timer.interval() == 0:
            return  # due on the next turn already: changes made in the same turn render together
        # an edit after a quiet spell: on the next turn; within a burst: restarts, one render after it;
        # a memo newly shown (the project opened, another memo chosen) waits the debounce, so the first
        # render does not hold the GIL while the window paints for the first time
        edit = before == (memo.id, self.project_path)
        self.timer.start(0 if quiet and edit else DEBOUNCE_MS)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        """Rendered again when the app comes back after another had the focus (not when it first
        becomes active at startup: the first render is on its way)."""
        if state != Qt.ApplicationState.ApplicationActive:
            self._away = True
        elif self._away and self.memo is not None:
            self._away = False
            self.set_memo(self.memo, self.project_path)

    def _start(self) -> None:
        if self.memo is not None and self.project_path is not None:
            self._renders.request(self.generation, self.memo, self.project_path)

    # -- results (GUI thread) ----------------------------------------------------------

    def _on_result(self, generation: int, out: object) -> None:
        if generation != self.generation:
            return  # stale: the memo changed since (its render is pending or running)
        if isinstance(out, BaseException):
            self.page_label.setText("")
            self.placeholder.setText(f"No preview: {out}")
            self._stack.setCurrentWidget(self.placeholder)
            return
        data, pages, budget, _warnings = cast(Rendered, out)
        self._show(data)
        self.pages, self.page_budget = pages, budget
        over = bool(budget and pages > budget)
        text = f"{pages} / {budget} pages" if budget else f"{pages} page{'s' if pages != 1 else ''}"
        self.page_label.setText(text)
        from briefing_app.ui.theme import colour  # a light/dark pair: readable on both

        self.page_label.setStyleSheet(f"color: {colour('danger').name()}; font-weight: bold;" if over else "")
        self.page_label.setToolTip(f"Over the template's budget of {budget} pages" if over else
                                   "Pages of the exported PDF" + (f" (budget {budget})" if budget else ""))
        self.shown_generation = generation
        self.shown.emit(generation)

    def _ensure_view(self):
        if self.view is None:
            from PySide6.QtPdfWidgets import QPdfView

            self.view = QPdfView(self)
            self.view.setAccessibleName("PDF preview of the memo")
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self._stack.addWidget(self.view)
        return self.view

    def _show(self, data: bytes) -> None:
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtPdf import QPdfDocument

        view = self._ensure_view()
        owner = self.window() or self  # never the view (segfault on teardown), never the QApplication (leak)
        doc = QPdfDocument(owner)
        buffer = QBuffer(doc)  # must outlive the document: pdfium reads it lazily
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        doc.load(buffer)
        old, self.document = self.document, doc
        view.setDocument(doc)
        self._stack.setCurrentWidget(view)
        if old is not None:
            old.deleteLater()

    def _clear(self) -> None:
        self.pages = self.page_budget = None
        self.page_label.setText("")
        self.placeholder.setText("The memo's PDF appears here." if self.project_path else "")
        self._stack.setCurrentWidget(self.placeholder)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Stop rendering (window closing): no result arrives after this."""
        self.timer.stop()
        self.generation += 1
        self._renders.drop()
        self._renders.wait(timeout_ms)
