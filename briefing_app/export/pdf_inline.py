"""reportlab Paragraph markup for the document model's runs: bold, italic, links, note marks,
with the font fallback for characters the body font lacks."""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

from briefing_app.export import ir
from briefing_app.export.fonts import FontChain
from briefing_app.export.pdf_styles import PdfStyle


def note_mark(number: int) -> str:
    """The superscript mark in the text: a link to its note and the target of the note's back-link."""
    return f'<a href="#note-{number}"><a name="ref-{number}"/><super>{number}</super></a>'


def inline(runs: list[ir.Inline], chain: FontChain, st: PdfStyle, notes: set[int] | frozenset = frozenset()) -> str:
    """Paragraph markup for runs; a note mark only for a note in `notes` (the document's notes)."""
    link_colour = st.colours["link"].hexval().replace("0x", "#")
    out = []
    for r in runs:
        if isinstance(r, ir.NoteRef):
            out.append(note_mark(r.number) if r.number in notes else "")
            continue
        text = chain.markup(r.text, bold=r.bold)
        if r.bold:
            text = f"<b>{text}</b>"
        if r.italic:
            text = f"<i>{text}</i>"
        if r.link:
            text = f'<a href={quoteattr(r.link)} color="{link_colour}"><u>{text}</u></a>'
        out.append(text)
    return "".join(out)
