"""The heading of a box of the site's, left standing where the box is hidden: "Weitere Artikel zum Thema", "Contenido
Relacionado", "More on this topic", "Zum Weiterlesen:" over a list of links that the furniture rules or the extractor
hid. Read from the page's layout, not its words, so in any language: a short heading-like block that stays visible
(HEAD_WORDS words at the most, no sentence's end but a colon) whose section is empty — every block after it up to the
next visible block is hidden, at least one is, they are mostly links (LINKED_SHARE of their characters or more: the box's
list) or the first is one of the body's furniture lines (bodylines.body_line: "Media enquiries" over "Press office: 020
7946 0000") or, under a label, a date ("Release Date:" over "Thursday, 28 April 2022 – 3:55pm"), and that next
visible block is another such heading or there is none (or the heading is a label ending in a
colon of LABEL_WORDS words at the most, "More:", "See also:": it heads the hidden list right under it, whatever
follows) — heads nothing of the article (an
article's subhead heads paragraphs that show; one whose paragraphs the extractor dropped heads running text, not links;
a sign-off above the comments heads no links). Never the headline.
"""
from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence

from briefing_app.core.model import Span
from briefing_app.ingest.bodylines import DATE_ALONE, STAMP, body_line
from briefing_app.ingest.htmlleads import BLOCK
from briefing_app.ingest.htmlquotes import ATTRIBUTION_LINE

HEAD_WORDS = 8
HEAD_MAX = 80  # characters (no spaces)
LABEL_WORDS = 4
LINKED_SHARE = 0.5
# (a line in brackets ends as a sentence does: a source's citation, "[Ni'matul Ukhuwah, p. 41]", heads nothing)
ENDS = (".", "!", "?", "…", "\"", "”", "»", ")", "]", "'", "’")


def _heading(block: str) -> bool:
    words = block.split()
    return (0 < len(words) <= HEAD_WORDS and len("".join(words)) <= HEAD_MAX and not block.rstrip().endswith(ENDS)
            and not ATTRIBUTION_LINE.fullmatch(block))  # (a quoted post's author and date heads nothing)


def _label(block: str) -> bool:
    """A lead-in label: LABEL_WORDS words at the most, ending in a colon ("More:", "Lesen Sie auch:"); a longer line
    ending in one describes what follows ("Further sources in English and Chinese:")."""
    return block.rstrip().endswith(":") and len(block.split()) <= LABEL_WORDS


def empty_heads(text: str, where: array, links: Sequence[tuple[int, int, bool]], keep: Sequence[Span],
                hide: Sequence[Span], headline: Span | None) -> list[Span]:
    """Spans of the visible heading-like blocks that head an empty section (the module's docstring); `keep` and
    `hide` as html.complement reads them (a character shows when keep covers it and hide does not); `where`: the text
    offset of each non-space character; `links`: the page's links in non-space characters (html.linearise)."""
    shown = bytearray(len(text))
    for s in keep:
        shown[s.start:s.end] = b"\x01" * (s.end - s.start)
    for s in hide:
        shown[s.start:s.end] = bytes(s.end - s.start)
    blocks = []  # (start, end, visible)
    for m in BLOCK.finditer(text):
        a, b = m.span()
        blocks.append((a, b, b"\x01" in shown[a:b]))
    out = []
    for n, (a, b, visible) in enumerate(blocks):
        if not visible or (headline is not None and a < headline.end and headline.start < b):
            continue
        if not _heading(text[a:b]):
            continue
        k = n + 1
        while k < len(blocks) and not blocks[k][2]:
            k += 1
        if k == n + 1 or not (k == len(blocks) or _heading(text[blocks[k][0]:blocks[k][1]])
                              or _label(text[a:b])):  # a label ("More:") heads only what follows it
            continue
        ca, cb = bisect_left(where, blocks[n + 1][0]), bisect_left(where, blocks[k - 1][1])
        linked = sum(max(0, min(y, cb) - max(x, ca)) for x, y, _ in links if x < cb and y > ca)
        first = text[blocks[n + 1][0]:blocks[n + 1][1]].strip()
        # (a list, one of the body's furniture lines, or the date a label names: "Release Date:" over a hidden date)
        dated = _label(text[a:b]) and (STAMP.fullmatch(first) or DATE_ALONE.fullmatch(first))
        if linked >= LINKED_SHARE * (cb - ca) or body_line(first) or dated:
            out.append(Span(a, b))
    return out
