"""Footnotes at the foot of each PDF page; platypus has none.

Each flowable that carries note marks lists their numbers in `.notes`. The body frame
(NotesFrame) places a flowable only if it still fits once the notes it brings are set at the
foot of the page: the frame's bottom rises by their height, so the text never runs into them.
A flowable split across pages takes its notes to the page where it ends (the mark closes the
quote). At the end of each page, `draw` sets a short rule and that page's notes under the
text. The superscript mark links to its note, the note number links back to the mark, and
a URL in a note is a live link. A note cited again on a later page is printed there again.
"""
from __future__ import annotations

from typing import Any

from reportlab.platypus import Frame, Paragraph

from briefing_app.export import ir
from briefing_app.export.pdf_inline import Para, inline
from briefing_app.export.pdf_styles import PdfStyle

RULE_GAP = 10.0  # points between the text and the rule, and the rule and the first note


class NoteArea:
    """The notes of the page being laid out, their heights, and their drawing."""

    def __init__(self, doc: ir.Document, st: PdfStyle, width: float):
        self.notes = {n.number: n for n in doc.notes}
        self.st, self.width = st, width
        self.page: list[int] = []  # the numbers set at the foot of the current page, in order
        self._paras: dict[tuple[int, bool], Paragraph] = {}
        self._anchored: set[int] = set()  # notes whose link target exists (the first page they are on)

    def __deepcopy__(self, memo: dict[int, Any]) -> NoteArea:
        return self  # platypus deep-copies the frame to measure kept-together blocks; share, don't copy

    def new_pass(self) -> None:
        self.page, self._anchored = [], set()

    def markup(self, number: int, anchor: bool) -> str:
        c = self.notes[number].citation
        target = f'<a name="note-{number}"/>' if anchor else ""
        # the style's runs: the outlet in italics, the URL a live link where the style puts it
        return f'{target}<a href="#ref-{number}">{number}.</a>\u00a0{inline(c.runs(), self.st.body, self.st)}'


    def _paragraph(self, number: int, anchor: bool) -> Paragraph:
        """The note as a paragraph, wrapped to the text width (made once per note and form)."""
        key = (number, anchor)
        if key not in self._paras:
            para = Para(self.markup(number, anchor), self.st.styles["note"])
            para.wrap(self.width, 1e6)
            self._paras[key] = para
        return self._paras[key]

    def _height(self, number: int) -> float:
        height: float = self._paragraph(number, True).height + self.st.styles["note"].spaceAfter
        return height

    def height(self, numbers: list[int]) -> float:
        return sum(self._height(n) for n in numbers) + (2 * RULE_GAP if numbers else 0.0)

    def draw(self, canv: Any, x: float, bottom: float) -> None:
        """Set the page's notes so the last one ends at `bottom`, under a short rule."""
        if not self.page:
            return
        top = bottom + self.height(self.page) - RULE_GAP
        canv.saveState()
        canv.setStrokeColor(self.st.colours["rule"])
        canv.setLineWidth(0.6)
        canv.line(x, top, x + self.width * 0.3, top)
        canv.restoreState()
        y = top - RULE_GAP
        for number in self.page:
            para = self._paragraph(number, number not in self._anchored)
            self._anchored.add(number)
            para.drawOn(canv, x, y - para.height)
            y -= para.height + self.st.styles["note"].spaceAfter
        self.page = []


def notes_of(flowable: Any) -> tuple[int, ...]:
    """The note numbers a flowable carries; a container (a heading kept with the next block) carries
    its contents' notes, so it moves to the next page whole when they would not fit."""
    if hasattr(flowable, "notes"):
        notes: tuple[int, ...] = flowable.notes
        return notes
    return tuple(n for f in getattr(flowable, "_content", ()) for n in notes_of(f))


class NotesFrame(Frame):
    """The body frame, whose bottom rises by the height of the notes its page carries."""

    def __init__(self, *args: Any, area: NoteArea, **kwargs: Any) -> None:
        self.__dict__["area"] = area  # Frame.__init__ calls _reset, which needs it
        super().__init__(*args, **kwargs)

    def _reset(self) -> None:
        super()._reset()
        self._y1p = self._y1 + self._bottomPadding
        self.area.page = []

    def _reserve(self, flowable: Any) -> tuple[list[int], float]:
        """The notes the flowable would add to this page, and the height they take up."""
        new = [n for n in notes_of(flowable) if n not in self.area.page and n in self.area.notes]
        return new, (self.area.height(self.area.page + new) - self.area.height(self.area.page) if new else 0.0)

    def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> int:
        new, extra = self._reserve(flowable)
        self._y1p += extra
        placed: int = super().add(flowable, canv, trySplit)
        if placed:
            self.area.page.extend(new)
        else:
            self._y1p -= extra
        return placed

    def split(self, flowable: Any, canv: Any) -> list[Any]:
        _, extra = self._reserve(flowable)  # split as if the notes were placed: the last part may stay here
        self._y1p += extra
        try:
            parts: list[Any] = super().split(flowable, canv)
        finally:
            self._y1p -= extra
        notes = getattr(flowable, "notes", None)
        if notes is not None:  # not a container (KeepTogether): its parts carry their own notes
            for n, part in enumerate(parts):
                part.notes = notes if n == len(parts) - 1 else ()
        return parts
