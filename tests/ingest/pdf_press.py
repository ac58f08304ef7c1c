"""Print habits of the test typesetter (pdf_builder.py) added for set E: the bundled TrueType
faces (embedded subsets, as browsers and office suites write them), lines drawn word by word
with no space glyphs (as browsers' print-to-PDF does: a reader must infer every space), drop
capitals, photos with captions, and page numbers that do not start at 1."""
from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from briefing_app.core import paths

FACES = ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic",
         "LiberationSans-Regular", "LiberationSans-Bold")


@cache
def register_faces() -> tuple[str, ...]:
    """Register the bundled Liberation faces with reportlab under their file names."""
    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(paths.resources_dir() / "fonts" / f"{face}.ttf")))
    return FACES


def draw_line(c: canvas.Canvas, x: float, y: float, line: str, font: str, size: float, stretch: float,
              word_by_word: bool) -> None:
    """One line of text at (x, y); `stretch`: extra room to spread over its word spaces (justified)."""
    spaces = line.count(" ")
    extra = stretch / spaces if spaces and stretch > 0 else 0.0
    if word_by_word:  # each word placed on its own, no space drawn between them
        c.setFont(font, size)
        space = stringWidth(" ", font, size) + extra
        for word in line.split(" "):
            c.drawString(x, y, word)
            x += stringWidth(word, font, size) + space
        return
    text = c.beginText(x, y)
    text.setFont(font, size)
    if extra:
        text.setWordSpace(extra)
    text.textOut(line)
    text.setWordSpace(0)  # word spacing is graphics state: it would stretch what is drawn next
    c.drawText(text)


def drop_cap(text: str) -> tuple[str, str]:
    """(the capital, the rest): the first letter, with an opening quote mark before it if any."""
    head = 2 if text[:1] in "“\"‘'" and len(text) > 1 else 1
    return text[:head], text[head:]


def draw_drop_cap(c: canvas.Canvas, x: float, first_baseline: float, lines: int, leading: float,
                  letter: str, font: str, body_size: float) -> float:
    """Draw `letter` `lines` lines tall, its top at the first line's capitals; return its width and a gap."""
    size = ((lines - 1) * leading + 0.7 * body_size) / 0.7
    c.setFont(font, size)
    c.drawString(x, first_baseline - (lines - 1) * leading, letter)
    return stringWidth(letter, font, size) + 0.35 * body_size


def draw_photo(c: canvas.Canvas, x: float, top: float, width: float, height: float) -> None:
    """A photo's place: a grey box with a thin frame (a path, as a placed image's frame is)."""
    c.saveState()
    c.setFillGray(0.8)
    c.rect(x, top - height, width, height, stroke=1, fill=1)
    c.restoreState()
