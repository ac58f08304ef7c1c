"""Blockquotes that are not the article's own quotations: posts embedded from social networks
(the embed code leaves a blockquote of the post's text that ends with a link to the post) and
pull quotes (a sentence of the article set again in large type). A blockquote that quotes
something said or written elsewhere, with or without a link, stays text.

Pull quotes and summaries set in other elements too: a paragraph or a box of text (no
paragraphs inside) whose words stand again inside another, longer paragraph of the page (a
sentence of the article in a plain div, a dek repeating the lede's first sentence), or that is a
paragraph of the article again, whole, set apart from it (a dek repeating a one-sentence lede: the
copy among fewer paragraphs goes), with its box when all else in it is a short attribution. A paragraph is never
the repeat of one set apart in a <figure>, <blockquote> or <aside>.
Paragraphs repeated whole among the article's own are left as they are.
"""
from __future__ import annotations

import re

from lxml import etree

SOCIAL = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:twitter\.com|x\.com|instagram\.com|facebook\.com|fb\.com"
                    r"|tiktok\.com|bsky\.app|threads\.net|youtube\.com|youtu\.be|linkedin\.com|reddit\.com|t\.me)/",
                    re.I)
PULL_MIN = 20  # characters (no spaces): shorter repeats are labels, not sentences
REPEAT_MIN = 30  # characters (no spaces) of a paragraph or box read as a repeat
ATTRIBUTION = 40  # characters (no spaces) besides the repeat in its box: a name, a credit
LEAVES = ("div", "figure", "aside")
REPEAT_PAGE = 500_000  # characters (no spaces) of paragraphs: a larger page is not searched for repeats
REPEAT_READS = 400  # paragraphs and boxes searched at the most
QUOTE_MARKS = "“”\"'‘’«»"
SET_APART = ("figure", "blockquote", "aside")


def not_quotations(root: etree._Element, core: set[etree._Element]) -> list[etree._Element]:
    """The page's embed and pull-quote blockquotes (none that holds the headline or article body)."""
    quotes = [bq for bq in root.iter("blockquote") if bq not in core]
    if not quotes:
        return []
    out = [bq for bq in quotes if _embedded_post(bq)]
    rest = [bq for bq in quotes if bq not in out]
    if rest:
        inside = {p for bq in quotes for p in bq.iter("p")}
        prose = "\n".join(_squash(p.text_content()) for p in root.iter("p") if p not in inside)
        for bq in rest:
            said = _squash(bq.text_content()).strip("“”\"'‘’")
            if len(said) >= PULL_MIN and said in prose:
                out.append(bq)
    return out


def repeats(root: etree._Element, core: set[etree._Element]) -> list[etree._Element]:
    """Paragraphs and boxes of text whose words stand again inside a longer paragraph (or their
    box, when the rest of it is a short attribution)."""
    prose = [(p, _squash(p.text_content())) for p in root.iter("p")]
    if len(prose) < 2:
        return []
    joined = "\x00".join(t for _, t in prose)
    owners = []  # the index in `prose` of each character of `joined`
    for n, (_, t) in enumerate(prose):
        owners.extend([n] * (len(t) + 1))
    if len(joined) > REPEAT_PAGE:
        return []
    candidates = [(p, t) for p, t in prose if len(t) >= REPEAT_MIN]
    candidates += [(el, _squash(el.text_content())) for el in root.iter(*LEAVES)
                   if el not in core and next(el.iter("p", "div"), el) is el]
    out = []
    apart: dict[etree._Element, bool] = {}  # _set_apart of each paragraph asked about (a walk up the tree)
    for el, text in candidates[:REPEAT_READS]:
        said = text.strip(QUOTE_MARKS)
        if len(said) < REPEAT_MIN or el in core:
            continue
        at = joined.find(said)
        while at >= 0:
            other, other_text = prose[owners[at]]
            # a longer paragraph holds it, or the very paragraph that it sets again in quotation marks, or
            # the same paragraph among more of its kind (a dek repeating a one-sentence lede)
            other_said = other_text.strip(QUOTE_MARKS)
            if other is not el and (len(other_said) > len(said) or (other_said == said and len(other_text) < len(text))
                                    or (other_text == text and _among_more(other, el))):
                if other not in apart:
                    apart[other] = _set_apart(other)
                if not apart[other]:
                    out.append(_with_box(el, len(text)))
                    break
            at = joined.find(said, at + 1)
    return out


def _set_apart(el: etree._Element) -> bool:
    """Whether a paragraph is set apart from the running text (in a <figure>, <blockquote> or <aside>): a pull
    quote holding a paragraph of the article again, a little longer ("… the blog said." with a mark added),
    makes no repeat of the paragraph."""
    return any(a.tag in SET_APART for a in el.iterancestors())


def _among_more(kept: etree._Element, copy: etree._Element) -> bool:
    """Whether `kept` stands among more paragraphs than `copy` (both in other blocks)."""
    a, b = kept.getparent(), copy.getparent()
    return a is not None and a is not b and len(a.findall("p")) > (len(b.findall("p")) if b is not None else 0) + 1


def _with_box(el: etree._Element, size: int) -> etree._Element:
    """The repeat's box when all else in it is a short attribution (a name, a credit)."""
    box = el.getparent()
    if box is not None and box.tag in LEAVES + ("blockquote",) and len(_squash(box.text_content())) - size <= ATTRIBUTION:
        return box
    return el


def _embedded_post(bq: etree._Element) -> bool:
    links = [a.get("href") or "" for a in bq.iter("a")]
    return bool(links) and bool(SOCIAL.match(links[-1]))


def _squash(text: str) -> str:
    return "".join(text.split())
