"""Paragraph styles and page geometry for the PDF, from a template's style.toml."""
from __future__ import annotations

from typing import Any

import json
from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle

from briefing_app.core.errors import ExportError, TemplateError
from briefing_app.export.fonts import FontChain


def colour(value: str, what: str) -> colors.Color:
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        raise TemplateError(f"style.toml: colour {what} = {value!r} is not a #rrggbb colour") from None


@dataclass
class PdfStyle:
    pagesize: tuple[float, float]
    margins: tuple[float, float, float, float]  # top, right, bottom, left
    body: FontChain
    banner: FontChain
    styles: dict[str, ParagraphStyle]
    colours: dict[str, colors.Color]
    banner_size: float

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - self.margins[1] - self.margins[3]


_MADE: dict[str, PdfStyle] = {}  # style.toml (as JSON) -> its styles, made once: they are never changed


def make_style(style: dict[str, Any]) -> PdfStyle:
    """The PDF look of a template's style.toml. The paragraph styles are made once per style; the
    font chains are new each time (they collect the characters of this document no font has)."""
    key = json.dumps(style, sort_keys=True, default=str)
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = _make_style(style)
        if len(_MADE) > 64:
            _MADE.pop(next(iter(_MADE)))
    fallbacks = list(style["fonts"].get("fallback", []))
    return replace(made, body=FontChain.of(style["fonts"]["body"], fallbacks),
                   banner=FontChain.of(style["fonts"]["banner"], fallbacks))


MIN_TEXT_BOX = 144.0  # points (2 inches): the least width and height the margins must leave for the memo's text
MAX_FONT_SIZE = 72.0


def check_geometry(size: tuple[float, float], margins: tuple[float, float, float, float],
                   sizes: dict[str, float]) -> None:
    """A style.toml whose margins leave no room for text, or whose font sizes are not positive or absurd, is refused
    with the setting named (a margin of 100000 failed deep in the layout: "'Para' object has no attribute 'blPara'",
    "Flowable <Para at 0x…> too large … (-99460.0 x 648.0*)"). An ExportError, as a font that is not bundled: the
    template cannot lay a memo out."""
    top, right, bottom, left = margins
    for name, value in zip(("margin_top", "margin_right", "margin_bottom", "margin_left"), margins):
        if not 0 <= value < float("inf"):
            raise ExportError(f"style.toml: {name} = {value:g} must be 0 or more points")
    width, height = size[0] - left - right, size[1] - top - bottom
    if width < MIN_TEXT_BOX or height < MIN_TEXT_BOX:
        raise ExportError(f"style.toml: the margins leave {max(width, 0):g} × {max(height, 0):g} points of a "
                          f"{size[0]:g} × {size[1]:g} page for text (at least {MIN_TEXT_BOX:g} × {MIN_TEXT_BOX:g})")
    for name, value in sizes.items():
        if not 0 < value <= MAX_FONT_SIZE:
            raise ExportError(f"style.toml: {name} = {value:g} must be more than 0 and at most {MAX_FONT_SIZE:g} points")


def _make_style(style: dict[str, Any]) -> PdfStyle:
    page, fonts, cols = style["page"], style["fonts"], style["colours"]
    try:
        size = {"letter": LETTER, "a4": A4}[str(page.get("size", "letter")).lower()]
        top, right, bottom, left = (float(page[k]) for k in ("margin_top", "margin_right", "margin_bottom", "margin_left"))
        margins = (top, right, bottom, left)
        body_size, leading = float(fonts["body_size"]), float(fonts["leading"])
        heading_size, note_size = float(fonts["heading_size"]), float(fonts["note_size"])
        table_size, banner_size = float(fonts["table_size"]), float(fonts["banner_size"])
    except (KeyError, ValueError, TypeError) as exc:
        raise TemplateError(f"style.toml: bad page or font setting ({exc})") from None
    check_geometry(size, margins, {"body_size": body_size, "leading": leading, "heading_size": heading_size,
                                   "note_size": note_size, "table_size": table_size, "banner_size": banner_size})
    fallbacks = list(fonts.get("fallback", []))
    body = FontChain.of(fonts["body"], fallbacks)
    heading = FontChain.of(fonts["heading"], fallbacks)
    banner = FontChain.of(fonts["banner"], fallbacks)
    c = {k: colour(v, k) for k, v in cols.items()}
    base = ParagraphStyle("body", fontName=body.primary, fontSize=body_size, leading=leading,
                          textColor=c["text"], alignment=TA_LEFT, spaceAfter=leading * 0.5)
    s = {
        "body": base,
        "bluf": ParagraphStyle("bluf", parent=base),
        "small": ParagraphStyle("small", parent=base, fontSize=note_size, leading=note_size * 1.2),
        "kind": ParagraphStyle("kind", parent=base, fontName=heading.primary + "-Bold", fontSize=heading_size + 2,
                               leading=(heading_size + 2) * 1.3, alignment=TA_CENTER, spaceAfter=leading),
        "h1": ParagraphStyle("h1", parent=base, fontName=heading.primary + "-Bold", fontSize=heading_size,
                             leading=heading_size * 1.25, textColor=c["heading"], spaceBefore=leading * 0.6,
                             spaceAfter=leading * 0.35, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=heading.primary + "-BoldItalic", fontSize=heading_size,
                             leading=heading_size * 1.25, textColor=c["heading"], spaceBefore=leading * 0.4,
                             spaceAfter=leading * 0.25, keepWithNext=1),
        "label": ParagraphStyle("label", parent=base, fontName=body.primary + "-Bold", spaceAfter=0),
        "field": ParagraphStyle("field", parent=base, spaceAfter=0),
        "quote": ParagraphStyle("quote", parent=base, spaceAfter=2),
        "attribution": ParagraphStyle("attribution", parent=base, fontSize=body_size - 1, leading=leading - 1,
                                      textColor=c["muted"], spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=base, fontSize=table_size, leading=table_size * 1.2, spaceAfter=0),
        "cellhead": ParagraphStyle("cellhead", parent=base, fontName=body.primary + "-Bold", fontSize=table_size,
                                   leading=table_size * 1.2, spaceAfter=0),
        "note": ParagraphStyle("note", parent=base, fontSize=note_size, leading=note_size * 1.25, leftIndent=14,
                               firstLineIndent=-14, spaceAfter=3),
        "decision": ParagraphStyle("decision", parent=base, spaceBefore=leading * 0.6, spaceAfter=leading * 0.6),
        "bullet": ParagraphStyle("bullet", parent=base, leftIndent=16, bulletIndent=2, bulletFontName=body.primary,
                                 spaceAfter=leading * 0.35),
        "support": ParagraphStyle("support", parent=base, fontSize=body_size - 1, leading=leading - 1, leftIndent=34,
                                  bulletIndent=20, bulletFontName=body.primary, spaceAfter=leading * 0.35),
        "closing": ParagraphStyle("closing", parent=base, spaceBefore=leading * 0.5, spaceAfter=leading * 0.2,
                                  keepWithNext=1),
        "source": ParagraphStyle("source", parent=base, fontSize=body_size - 1, leading=leading - 1, leftIndent=18,
                                 firstLineIndent=-18, spaceAfter=leading * 0.3),
        "cover_kind": ParagraphStyle("cover_kind", parent=base, fontName=heading.primary + "-Bold",
                                     fontSize=heading_size + 4, leading=(heading_size + 4) * 1.3, alignment=TA_CENTER,
                                     spaceBefore=150, spaceAfter=30),
        "cover_title": ParagraphStyle("cover_title", parent=base, fontName=heading.primary + "-Bold",
                                      fontSize=heading_size + 10, leading=(heading_size + 10) * 1.25,
                                      alignment=TA_CENTER, spaceAfter=24),
        "cover_line": ParagraphStyle("cover_line", parent=base, alignment=TA_CENTER, spaceAfter=6),
        "toc": ParagraphStyle("toc", parent=base, leftIndent=0, spaceAfter=4),
    }
    return PdfStyle(size, margins, body, banner, s, c, banner_size)
