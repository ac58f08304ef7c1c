"""reportlab Paragraph markup for the document model's runs: bold, italic, links, note marks,
with the font fallback for characters the body font lacks.

`Para` is a reportlab Paragraph that reads that markup without reportlab's HTML tokenizer
(html.parser, the larger part of making a paragraph): the markup is ours and small, so a
regular expression turns it into the tuple tree reportlab's own parser also accepts
(ParaParser.tt_parse), giving the same fragments. Markup outside that subset takes the
ordinary route.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Sequence
from typing import Any
from html import unescape
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _wsc, textTransformFrags
from reportlab.platypus.paraparser import ParaParser

from briefing_app.export import ir
from briefing_app.export.fonts import FontChain
from briefing_app.export.pdf_styles import PdfStyle

_PIECE = re.compile(r'<([a-z]+)((?:\s+[a-z]+="[^"<>]*")*)\s*(/?)>|</([a-z]+)>|&([a-z]+);|([^<&]+)')
_ATTR = re.compile(r'([a-z]+)="([^"]*)"')
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ODD_SPACE = re.compile(f"[{re.escape(_wsc.replace(' ', ''))}]")  # white space reportlab's cleaner changes


def _tree(text: str) -> list[Any] | None:
    """The markup as a (tag, attributes, children, None) tree under <para>, split where reportlab's
    tokenizer splits it (at tags and entities); None for markup outside the subset."""
    if "<" not in text and "&" not in text:
        return ["para", None, [text] if text else [], None]
    root: list[Any] = ["para", None, [], None]
    stack, pos = [root], 0
    for m in _PIECE.finditer(text):
        if m.start() != pos:
            return None
        pos = m.end()
        start, attrs, closed, end, entity, data = m.groups()
        if data is not None:
            stack[-1][2].append(data)
        elif entity is not None:
            if entity not in _ENTITIES:
                return None
            stack[-1][2].append(_ENTITIES[entity])
        elif end is not None:
            if len(stack) == 1 or stack[-1][0] != end:
                return None
            stack.pop()
        else:
            node: list[Any] = [start, {k: unescape(v) for k, v in _ATTR.findall(attrs)}, [], None]
            stack[-1][2].append(node)
            if not closed:
                stack.append(node)
    return root if pos == len(text) and len(stack) == 1 else None


# reportlab ParagraphStyle -> the fragment of its plain text (reportlab is untyped: Any)
_PLAIN: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def _frags(tree: list[Any], style: Any) -> list[Any] | None:
    children = tree[2]
    if len(children) == 1 and isinstance(children[0], str):  # plain text: one fragment in the style's font
        plain = _PLAIN.get(style)
        if plain is None:
            plain = _PLAIN[style] = ParaParser().tt_parse(["para", None, ["x"], None], style)[1][0]
        frags = [plain.clone(text=children[0], link=[], us_lines=[])]
    else:
        frags = ParaParser().tt_parse(tree, style)[1]
    if frags is not None:
        textTransformFrags(frags, style)
    return frags


class Para(Paragraph):
    """A Paragraph whose markup skips html.parser when it can (same fragments either way), and which
    draws nothing on a canvas that only counts pages (render_pdf's count_only: the layout, its
    wrapping and splitting, is the same; drawing the lines was half of that pass's time)."""

    def draw(self) -> None:
        if getattr(self.canv, "counting_only", False):
            return
        super().draw()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        """reportlab breaks the lines anew on every wrap, and a paragraph is wrapped two or three
        times at the same width (a table measures its cells, then draws them; a frame wraps before
        placing and again before splitting): the lines of the last width are kept (the same
        fragments at the same width break the same; the height does not depend on availHeight)."""
        kept = self.__dict__.get("_kept_wrap")
        if kept is not None and kept[0] == availWidth:
            _, self.blPara, self.height, self._wrapWidths = kept
            self.width = availWidth
            return availWidth, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if getattr(self, "blPara", None) is not None and size[0] == availWidth:
            self._kept_wrap = (availWidth, self.blPara, self.height, self._wrapWidths)
        return size

    def _setup(self, text: str | None, style: Any, bulletText: str | None, frags: list[Any] | None,
               cleaner: Callable[[str], str]) -> None:
        if frags is None and text is not None:
            if _ODD_SPACE.search(text) or "  " in text or text[:1] == " " or text[-1:] == " ":
                text = cleaner(text)  # otherwise the cleaner (collapsing white space) would return it as is
            tree = _tree(text)
            if tree is not None:
                frags = _frags(tree, style)
            if frags is None:  # outside the subset (or a parse error reportlab reports itself)
                super()._setup(text, style, bulletText, None, lambda t: t)
                return
        super()._setup(text, style, bulletText, frags, cleaner)


def note_mark(number: int) -> str:
    """The superscript mark in the text: a link to its note and the target of the note's back-link."""
    return f'<a href="#note-{number}"><a name="ref-{number}"/><super>{number}</super></a>'


def inline(runs: Sequence[ir.Inline], chain: FontChain, st: PdfStyle,
           notes: set[int] | frozenset[int] = frozenset()) -> str:
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
            text = f'<a href="{escape(r.link, {chr(34): "&quot;"})}" color="{link_colour}"><u>{text}</u></a>'
        out.append(text)
    return "".join(out)
