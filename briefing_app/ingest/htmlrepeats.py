"""Paragraphs the main-text extractor dropped from among their own kind.

trafilatura sometimes leaves out a paragraph of the article: the last post of a live page, a short
paragraph between two blocks, a paragraph after an inline widget. Such a paragraph has the same
place in the page's structure as the ones it kept: the same tag and class names on itself, its
parent and its grandparent (ids differ from post to post and are left out; so are classes that hide a block only in
print or on a phone, SCREEN_SHOWN: "hide-on-print", which the extractor drops by). A <p> whose place is
that of two or more kept paragraphs, and of at least half of the paragraphs in that place, is
kept too (of two or more, whatever share, where the parent's class names the body: "article__body" in chunks
between ad rails, whose later chunks the extractor dropped whole), unless it is mostly links; so are the items of a
list that stands beside two or more kept paragraphs when half of them or more are running text (ITEM_PROSE characters or more, not mostly
links: bullets that are the article's own sentences). Site furniture found in the DOM stays hidden whatever is kept (html.complement hides
it over the kept text).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from lxml import etree

from briefing_app.core.model import Span

Place = tuple[tuple[str, str], ...]
LEVELS = 3  # the paragraph, its parent and its grandparent
ITEM_PROSE = 60  # characters (no spaces) of a list item of running text
# class names of the article's body container (compared without "-", "_" and case)
BODY_NAMES = {"entrycontent", "articlebody", "storybody", "postcontent", "articlecontent", "storycontent", "postbody",
              "entrybody", "articletext", "storytext", "articlebodytext", "storybodytext", "bodytext", "contentbody"}
SPLIT = re.compile(r"[\s_\-]+")
# a class that hides a block only in print or on a phone ("hide-on-print", "noprint", "d-print-none", "hidden-xs",
# "hideonmobile"): the block shows on a reader's screen, and such a class does not set a paragraph apart from its kind
# (trafilatura drops blocks by these classes: its "^hide-", "hide-print", "noprint" tests)
SCREEN_SHOWN = re.compile(r"(?:u-)?(?:no-?print|(?:hide|hidden)[-_]?(?:on|for|in)?[-_]?(?:print|mobile|phone|xs|sm)|"
                          r"d-print-none)", re.I)


def place(el: etree._Element) -> Place:
    out = []
    node: etree._Element | None = el
    for _ in range(LEVELS):
        if node is None or not isinstance(node.tag, str):
            break
        names = (node.get("class") or "").split()
        out.append((node.tag, " ".join(n for n in names if not SCREEN_SHOWN.fullmatch(n))))
        node = node.getparent()
    return tuple(out)


def restore(where: Sequence[int], keep: Sequence[Span],
            paras: Sequence[tuple[etree._Element, int, int]]) -> list[Span]:
    """Spans of text to keep besides `keep`: the dropped paragraphs among their kept kind.
    `paras`: (<p> or <li> element, start, end) counted in the text's non-space characters; `where`: the
    text offset of each non-space character."""
    if len(paras) < 3 or not keep:
        return []
    merged = merged_spans(keep)
    starts = [a for a, _ in merged]
    kept: dict[Place, int] = {}
    total: dict[Place, int] = {}
    kept_in: dict[etree._Element | None, int] = {}  # kept paragraphs by their parent
    dropped: list[tuple[Place, etree._Element, Span, int]] = []
    for el, a, b in paras:
        if not 0 <= a < b <= len(where):
            continue
        span = Span(where[a], where[b - 1] + 1)
        here = place(el)
        total[here] = total.get(here, 0) + 1
        if 2 * overlap(merged, starts, span) >= span.end - span.start:
            kept[here] = kept.get(here, 0) + 1
            kept_in[el.getparent()] = kept_in.get(el.getparent(), 0) + 1
        else:
            dropped.append((here, el, span, b - a))
    out = []
    items: dict[etree._Element, list[tuple[Span, int]]] = {}  # dropped items of running text by their list
    for here, el, span, size in dropped:
        if _mostly_links(el):
            continue
        n = kept.get(here, 0)
        if el.tag == "li":
            box = el.getparent()
            if box is not None and kept_in.get(box.getparent(), 0) >= 2:
                items.setdefault(box, []).append((span, size))
        elif n >= 2 and (2 * n >= total[here] or _body_place(here)):
            out.append(span)
    for listed in items.values():  # a list set among kept paragraphs whose items are mostly running text
        if 2 * sum(size >= ITEM_PROSE for _, size in listed) >= len(listed):
            out += [span for span, _ in listed]
    return out


def _body_place(here: Place) -> bool:
    """Whether a paragraph's parent names the article's body among its classes ("grid--item body article__body"): a
    body set in chunks between ad rails, whose later chunks the extractor dropped whole."""
    return len(here) > 1 and any(SPLIT.sub("", name.lower()) in BODY_NAMES for name in here[1][1].split())


def merged_spans(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """The spans' union as sorted (start, end) intervals."""
    out: list[tuple[int, int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and s.start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], s.end))
        else:
            out.append((s.start, s.end))
    return out


def overlap(merged: list[tuple[int, int]], starts: list[int], span: Span) -> int:
    """Characters of span inside the merged intervals."""
    n = 0
    for a, b in merged[max(0, bisect_right(starts, span.start) - 1):]:
        if a >= span.end:
            break
        n += max(0, min(b, span.end) - max(a, span.start))
    return n


def _mostly_links(el: etree._Element) -> bool:
    size = len("".join(el.text_content().split()))
    linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
    return 2 * linked >= size
