"""The text runs of one PDF page, from PDFium's characters: where each sits (baseline origin,
right edge), its font size and weight, and whether PDFium judged a line-end hyphen soft.

A run is a stretch of characters on one baseline with no wide gap; a run ends at a line break
PDFium generated, at a jump back or down, or at a gap wider than 0.8 em (a column gutter, a
tab stop). Lines and columns are built from runs by geometry in pdf_layout.py.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # (left, bottom, right, top) in points
GAP_EM = 0.8  # a horizontal gap wider than this many font sizes starts a new run
SOFT_HYPHENS = {0x02, 0xFFFE, 0xAD}
TIGHT_EM = 0.25  # a hyphen this close to the letter before it (in font sizes) has no space before it
# or this much closer than the line's usual word space (justified text spreads a line's spaces alike: a dash's space is
# as wide as the others, a typesetter's hyphen in DejaVu or another wide face stands 0.26-0.28 em off with word
# spaces of 0.45-0.5 em: "re" + "-" + "main"), when the line has this many word spaces before it to go by
TIGHT_SHARE, TIGHT_SPACES = 0.75, 3
HEADLINE_RATIO = 1.25  # a headline is set at least this much larger than the page's usual (body) text


@dataclass
class Run:
    """Text on one baseline: x0/x1 its left and right edges, y its baseline, size its font size."""

    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    text: str
    first_word: float = 0.0  # width of its first word (does it fit at the end of the line above?)
    hyphen: bool = False  # ends in a hyphen PDFium took for a line-end (soft) hyphen
    marks: tuple[tuple[int, str], ...] = ()  # note marks raised after its words: (where in text, mark) (pdf_marks.py)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass
class Line:
    """A line of body text (or furniture) with the edges of the column it sits in."""

    run: Run
    page: int
    left: float  # the edges of its column
    right: float
    col: int  # index of its column block on the page (reading order)

    @property
    def text(self) -> str:
        return self.run.text


class _Builder:
    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.chars: list[str] = []
        self.x0 = self.x1 = self.y = 0.0
        self.sizes: list[float] = []
        self.bold = 0
        self.word_end = -1.0
        self.hyphen = False
        self.spaces: list[float] = []  # the run's word spaces (from a word's right edge to the next one's left)
        self.space_from = -1.0  # the right edge of the word before a space just read (-1: none)

    def flush(self) -> None:
        text = "".join(self.chars).rstrip()
        if text.strip():
            lead = len(text) - len(text.lstrip())
            size = max(self.sizes) if self.sizes else 0.0
            first = (self.word_end if self.word_end > 0 else self.x1) - self.x0
            self.runs.append(Run(self.x0, self.x1, self.y, size, self.bold * 2 > len(self.sizes),
                                 text[lead:], first, self.hyphen and text.endswith("-")))
        self.chars, self.sizes, self.bold, self.word_end, self.hyphen = [], [], 0, -1.0, False
        self.spaces, self.space_from = [], -1.0

    def tight(self, gap: float, size: float) -> bool:
        """Is a hyphen `gap` points after the letter before it set close to it (no space of its own)?"""
        if gap < TIGHT_EM * size:
            return True
        spaces = self.spaces
        return len(spaces) >= TIGHT_SPACES and gap < TIGHT_SHARE * sorted(spaces)[len(spaces) // 2]

    def add(self, ch: str, x: float, right: float, y: float, size: float, bold: bool, hyphen: bool) -> None:
        if not self.chars:
            self.x0, self.y = x, y
        if ch.isspace():
            if self.word_end < 0 and "".join(self.chars).strip():
                self.word_end = self.x1
            if self.chars:
                self.space_from = self.x1
        else:
            self.x1 = max(self.x1, right) if self.chars else right
            self.sizes.append(size)
            self.bold += bold
        self.chars.append(ch)
        self.hyphen = hyphen


def page_runs(textpage) -> list[Run]:
    """Every run of text on the page, in PDFium's character order."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    pl, pr, pb, pt = ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top)
    unicode, origin, charbox = raw.FPDFText_GetUnicode, raw.FPDFText_GetCharOrigin, raw.FPDFText_GetCharBox
    fontsize, weight = raw.FPDFText_GetFontSize, raw.FPDFText_GetFontWeight
    b = _Builder()
    lx = ly = float("nan")  # the last character's origin
    for i in range(raw.FPDFText_CountChars(tp)):
        code = unicode(tp, i)
        if code in (0x0D, 0x0A) or (code == 0x20 and not b.chars and raw.FPDFText_IsGenerated(tp, i)):
            if code != 0x20:
                b.flush()
            continue
        origin(tp, i, px, py)
        if code != 0x20:  # a space's box is not read (its edges are not used; its size falls back to the letter before)
            charbox(tp, i, pl, pr, pb, pt)
        size = fontsize(tp, i) or (top.value - bottom.value)
        xv, yv = x.value, y.value
        if b.chars:
            em = max(size, b.sizes[-1] if b.sizes else size, 1.0)
            if (abs(yv - b.y) > 0.3 * em or xv < b.x1 - 0.5 * em or xv - b.x1 > GAP_EM * em and code != 0x20) and (
                    xv != lx or yv != ly):  # (a ligature's letters share one origin: "ﬁ" is "f", "i")
                b.flush()
        lx, ly = xv, yv
        soft = code in SOFT_HYPHENS
        if code == 0x20 and not b.chars:
            continue
        hyphen = soft and bool(raw.FPDFText_IsHyphen(tp, i))
        if (code == 0x2D or soft) and b.chars[-1:] == [" "] and b.tight(left.value - b.x1, size) and \
                raw.FPDFText_IsGenerated(tp, i - 1):
            b.chars.pop()  # a space PDFium guessed before a hyphen set close to its word ("sit" + "-" justified)
            b.space_from = -1.0
        elif b.space_from >= 0 and not chr(code).isspace():
            b.spaces.append(left.value - b.space_from)  # a word space: from the word before to this letter
            b.space_from = -1.0
        bold = code != 0x20 and weight(tp, i) >= 600
        rv = right.value
        b.add("-" if soft else chr(code), xv, rv if rv > xv else xv + 0.5 * size, yv, size, bold, hyphen)
    b.flush()
    return b.runs
