"""The article's subheads that the main-text extractor dropped from between two paragraphs it kept.

trafilatura keeps <h2>…<h6> subheads but drops a subhead set in other markup: a <div> whose class names it
("pf_subheadline", "article-subhead", "crosshead"), a line set in bold between the body's paragraphs
("<p>…</p><strong><em>New tools for business</em></strong><p>…</p>", "<p><b>What happens next</b></p>"), an element
with role="heading". Such a line is the article's text where the paragraphs right before and after it (its previous
and next siblings with text, both <p>) are kept: it is shown again. It is short (SUBHEAD_WORDS words at the most, some
letters), mostly not a link, and does not end in a colon (a label over a list: "Read more:"). Site furniture found by
the other rules stays hidden whatever is kept (html.complement)."""
from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

from lxml import etree

from briefing_app.core.model import Span
from briefing_app.ingest.htmlrepeats import overlap, merged_spans

SUBHEAD_WORDS = 15
SUBHEAD_MAX = 120  # characters (no spaces)
NEIGHBOUR_MIN = 40  # characters (no spaces) of the paragraph after it: running text
HEADS = {"h2", "h3", "h4", "h5", "h6"}
BOLD = {"strong", "b"}
# class or id words naming a subhead ("pf_subheadline", "article-subhead", "cross-head", "intertitle")
NAMED = re.compile(r"(?<![a-z])(?:sub-?head(?:line|ing|er)?s?|cross-?heads?|inter-?titles?)(?![a-z])")
QUIET = {"br", "script", "style", "noscript", "template"}

Pair = tuple[etree._Element, etree._Element, etree._Element]  # (subhead, paragraph before, paragraph after)


def _flat(el: etree._Element) -> str:
    return "".join(el.text_content().split())


def _named(el: etree._Element) -> bool:
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().replace("_", "-")
    return bool(NAMED.search(names)) or (el.get("role") or "").lower() == "heading"


def _bold_line(el: etree._Element) -> bool:
    """A bold run set as a line of its own: <strong>/<b> straight in a box, or a <p>/<div> holding only one."""
    if el.tag in BOLD:
        parent = el.getparent()
        return parent is not None and parent.tag not in ("p", "li", "td", "span", "a", "em", "i")
    kids = [k for k in el if isinstance(k.tag, str) and k.tag not in QUIET]
    return (el.tag in ("p", "div") and len(kids) == 1 and kids[0].tag in BOLD and not (el.text or "").strip()
            and not (kids[0].tail or "").strip())


def _line(el: etree._Element) -> bool:
    text = " ".join(el.text_content().split())
    flat = "".join(text.split())
    if not 0 < len(text.split()) <= SUBHEAD_WORDS or len(flat) > SUBHEAD_MAX or not re.search(r"[^\W\d_]", text):
        return False
    linked = sum(len(_flat(a)) for a in el.iter("a"))
    return 2 * linked <= len(flat) and not text.endswith(":")


def _neighbour(el: etree._Element, forward: bool) -> etree._Element | None:
    """The nearest sibling with text after (or before) `el`, nothing but white space and quiet elements between."""
    node = el
    while True:
        if forward and (node.tail or "").strip():
            return None
        node = node.getnext() if forward else node.getprevious()
        if node is None or (not forward and (node.tail or "").strip()):
            return None
        if isinstance(node.tag, str) and node.tag not in QUIET and _flat(node):
            return node


def _opens(el: etree._Element) -> bool:
    """Whether nothing with text stands before `el` in its parent."""
    parent = el.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    node = el.getprevious()
    while node is not None:
        if (node.tail or "").strip() or (isinstance(node.tag, str) and node.tag not in QUIET and _flat(node)):
            return False
        node = node.getprevious()
    return True


def subhead_candidates(root: etree._Element) -> list[Pair]:
    """Subhead-like lines (the module's docstring) standing between two <p> siblings, with those paragraphs."""
    out = []
    for el in root.iter(*HEADS, *BOLD, "p", "div"):
        if not (el.tag in HEADS or _named(el) or _bold_line(el)) or not _line(el):
            continue
        before, after = _neighbour(el, False), _neighbour(el, True)
        if before is None and _opens(el):  # the body's first line, over its first paragraph
            before = after
        if before is not None and after is not None and before.tag == "p" and after.tag == "p" \
                and len(_flat(after)) >= NEIGHBOUR_MIN and not _bold_line(before) and not _bold_line(after):
            out.append((el, before, after))
    return out


def dropped_subheads(where: array, keep: Sequence[Span], pairs: Sequence[Pair],
                     spots: dict[etree._Element, tuple[int, int]]) -> list[Span]:
    """Spans of the candidates (`pairs`) to show: the extractor kept both paragraphs around one and not the line
    itself. `spots`: each element's (start, end) in the text's non-space characters (html.linearise); `where`: the
    text offset of each non-space character."""
    merged = merged_spans(keep)
    starts = [a for a, _ in merged]

    def share(el: etree._Element) -> float:
        a, b = spots.get(el, (0, 0))
        if not 0 <= a < b <= len(where):
            return -1.0
        span = Span(where[a], where[b - 1] + 1)
        return overlap(merged, starts, span) / (span.end - span.start)

    out = []
    for el, before, after in pairs:
        if share(before) >= 0.5 and share(after) >= 0.5 and 0 <= share(el) < 0.5:
            a, b = spots[el]
            out.append(Span(where[a], where[b - 1] + 1))
    return out
