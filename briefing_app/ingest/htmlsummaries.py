"""A story's summary bullets: a short list of key points set under the headline (a tabloid's "bullets"), or in a box
named for a summary, its key points or highlights. They are article text, like a standfirst (the coordinator's decision,
session 23), and are kept also where the extractor leaves them out.

Found by structure, never by site: a <ul>/<ol> of SUMMARY_ITEMS items, each sentence-like (ITEM_WORDS words) and no
link anywhere in the list (a list of other stories' links set in the same place stays furniture), either
- directly after a headline (<h1>) and its dek: at most one block of running text and GAP_CHARS characters of other
  text (a byline, a date, a label) between them, and the body's first paragraph after it within GAP_CHARS; or
- in a box whose class or id names a summary, key points or highlights (the list's own or up to BOX_LEVELS above it),
  inside the article's container (an ancestor below <body> holds a paragraph of running text)."""
from __future__ import annotations

import re

from lxml import etree

LISTS = ("ul", "ol")
SUMMARY_ITEMS = (2, 6)  # items of a summary list, at the least and the most
ITEM_WORDS = (4, 60)  # words of each item, at the least and the most
GAP_CHARS = 600  # characters (no spaces) of other text between the headline, the list and the body, at the most
PROSE_MIN = 40  # characters (no spaces) of a block of running text (ending as a sentence does)
BOX_LEVELS = 2
BOX_NAMES = re.compile(r"summary|key-?(?:points|facts|takeaways)|highlights?|takeaways|at-?a-?glance|tl-?dr", re.I)
NOT_IN = {"nav", "aside", "footer", "menu", "form"}
SKIP = {"script", "style", "noscript", "template", "head", "title"}
SENTENCE_END = ".?!”\"'’)"


def summary_lists(root: etree._Element) -> set[etree._Element]:
    """The page's summary lists (see the module's docstring)."""
    lists = [el for el in root.iter(*LISTS) if _items_fit(el)]
    if not lists:
        return set()
    order = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in SKIP]
    found = set()
    for el in lists:
        if _named_box(el) or _under_headline(order, el):
            found.add(el)
    return found


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _items_fit(el: etree._Element) -> bool:
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    if not SUMMARY_ITEMS[0] <= len(items) <= SUMMARY_ITEMS[1] or len(items) != len(el):
        return False
    if any(inner is not el for inner in el.iter("a", "ul", "ol", "input", "button")):
        return False
    for li in items:
        words = re.findall(r"\w+", li.text_content())
        if not ITEM_WORDS[0] <= len(words) <= ITEM_WORDS[1] or sum(w.isalpha() for w in words) < ITEM_WORDS[0] - 1:
            return False
    return not any(isinstance(a.tag, str) and a.tag in NOT_IN or (a.get("role") or "").lower() in ("navigation", "menu")
                   for a in el.iterancestors())


def _named_box(el: etree._Element) -> bool:
    box = el
    for _ in range(BOX_LEVELS + 1):
        if box is None or box.tag in ("body", "html"):
            return False
        if BOX_NAMES.search(" ".join(box.get(a) or "" for a in ("class", "id"))):
            break
        box = box.getparent()
    else:
        return False
    mine = set(el.iter())
    for holder in el.iterancestors():
        if holder.tag in ("body", "html"):
            return False
        if any(p not in mine and _prose(p) for p in holder.iter("p")):
            return True
    return False


def _own_text(el: etree._Element) -> int:
    """Characters (no spaces) of the element's own text and its children's tails."""
    return _chars(el.text) + sum(_chars(child.tail) for child in el)


def _prose(el: etree._Element) -> bool:
    """A block of running text: a paragraph (or a <div> of its own text) ending as a sentence does."""
    if el.tag not in ("p", "div"):
        return False
    own = _own_text(el) if el.tag == "div" else _chars(el.text_content())
    return own >= PROSE_MIN and " ".join(el.text_content().split())[-1:] in SENTENCE_END


def _under_headline(order: list[etree._Element], el: etree._Element) -> bool:
    """Whether the list stands directly after a headline (and its dek) and before the body's first paragraph."""
    at = order.index(el)
    gap = prose = 0
    for k in range(at - 1, -1, -1):  # back to the headline
        prev = order[k]
        if prev.tag == "h1" or any(a.tag == "h1" for a in prev.iterancestors()):
            break
        if any(a is prev for a in el.iterancestors()):
            continue
        if prev.tag in LISTS and prev is not el:
            return False
        if _prose(prev):
            prose += 1
            if prose > 1:
                return False
        else:
            gap += _own_text(prev)
            if gap > GAP_CHARS:
                return False
    else:
        return False
    mine = set(el.iter())
    gap = 0
    for after in order[at + 1:]:  # on to the body's first paragraph
        if after in mine:
            continue
        if _prose(after):
            return True
        gap += _own_text(after)
        if gap > GAP_CHARS:
            return False
    return False
