"""The article's opening paragraph between its headline and the text the main-text extractor kept: a lead or a
standfirst set in a box of its own ("<div class='teaser'>", "<p class='intro'>"), which trafilatura often leaves out
though it is the article's first paragraph (a dek is article text by the project's web convention, session 18).

A block of the page's text (as html.linearise sets it) is such a lead when it stands after the headline and before
the first block of running text the extractor kept, with nothing kept between, and reads as running text: LEAD_MIN
characters or more, LEAD_WORDS words or more, ending as a sentence does, not mostly links. Furniture found in the DOM
(htmlchrome.py: a caption's box, a share bar, a teaser list) stays hidden over it, as over any kept text; a byline, a
date line or a photo credit between is no lead (short, or no sentence's end), nor is a picture's caption: a block of
CAPTION_MAX characters at the most, not a heading, inside a <figure> or <figcaption> or an element whose class or id
names a caption, or the text of a box (up to CAPTION_LEVELS above the block's element, no headline in it) that holds a
picture and little else (CAPTION_SLACK characters).
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Sequence

from lxml import etree

from briefing_app.core.model import Span

LEAD_MIN = 40  # characters (no spaces)
LEAD_WORDS = 6
KEPT_MIN = 40  # characters (no spaces) of a kept block of running text (a kept date line is not the body's start)
ENDS = (".", "!", "?", "…", "\"", "”", "“", "»", "«", ")", "'", "’")
CAPTION_LEVELS = 3
CAPTION_SLACK = 40  # characters (no spaces) of a picture's box besides the caption (a credit, "Foto: Knauf")
CAPTION_MAX = 300  # characters (no spaces): a longer block is running text, wherever it is set
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # a heading set as a standfirst is no caption, whatever its class
PICTURES = ("img", "picture", "video")
PROBE = 24  # characters of a block's opening looked for in the page's text nodes
BLOCK = re.compile(r"\S[^\n]*(?:\n[^\n]+)*")  # a paragraph of the linearised text


def _chars(text: str) -> int:
    return len("".join(text.split()))


def lead_blocks(root: etree._Element, text: str, where: array, keep: Sequence[Span], headline: Span | None,
                links: Sequence[tuple[int, int, bool]]) -> list[Span]:
    """Spans of the blocks between the headline and the first kept block of running text that read as the article's
    lead (the module's docstring). `where`: the text offset of each non-space character; `links`: the page's links
    in non-space characters (html.linearise)."""
    if headline is None:
        return []
    body = min((s.start for s in keep if s.start >= headline.end and _chars(text[s.start:s.end]) >= KEPT_MIN),
               default=None)
    if body is None:
        return []
    out = []
    for m in BLOCK.finditer(text, headline.end, body):
        block = m.group()
        size = _chars(block)
        if size < LEAD_MIN or len(block.split()) < LEAD_WORDS or not block.rstrip().endswith(ENDS):
            continue
        ca, cb = bisect_left(where, m.start()), bisect_left(where, m.end())
        linked = sum(max(0, min(b, cb) - max(a, ca)) for a, b, _ in links if a < cb and b > ca)
        if 2 * linked < size and not _caption(root, block):
            out.append(Span(m.start(), m.end()))
    return out


def _holder(root: etree._Element, block: str) -> etree._Element | None:
    """The smallest element around the text node that opens the block and that holds all of it."""
    probe = " ".join(block.split())[:PROBE]
    whole = "".join(block.split())
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for piece, holder in ((el.text, el), (el.tail, el.getparent())):
            if piece and holder is not None and " ".join(piece.split()).startswith(probe):
                node: etree._Element | None = holder
                while node is not None and whole not in "".join(node.text_content().split()):
                    node = node.getparent()
                return node
    return None


def _caption(root: etree._Element, block: str) -> bool:
    """Whether the block is a picture's caption (the module's docstring)."""
    size = _chars(block)
    el = _holder(root, block) if size <= CAPTION_MAX else None
    if el is None or el.tag in HEADINGS:
        return False
    for level, node in enumerate((el, *el.iterancestors())):
        names = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if node.tag in ("figure", "figcaption") or "caption" in names:
            return True
        if level <= CAPTION_LEVELS and next(node.iter(*PICTURES), None) is not None and next(node.iter("h1"), None) is None:
            return _chars(node.text_content()) <= size + CAPTION_SLACK
        if level > CAPTION_LEVELS:
            return False
    return False
