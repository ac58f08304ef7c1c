"""Blockquotes that are not the article's own quotations: posts embedded from social networks
(the embed code leaves a blockquote of the post's text that ends with a link to the post) and
pull quotes (a sentence of the article set again in large type). A blockquote that quotes
something said or written elsewhere, with or without a link, stays text.
"""
from __future__ import annotations

import re

from lxml import etree

SOCIAL = re.compile(r"^(?:https?:)?//(?:[\w-]+\.)*(?:twitter\.com|x\.com|instagram\.com|facebook\.com|fb\.com"
                    r"|tiktok\.com|bsky\.app|threads\.net|youtube\.com|youtu\.be|linkedin\.com|reddit\.com|t\.me)/",
                    re.I)
PULL_MIN = 20  # characters (no spaces): shorter repeats are labels, not sentences


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


def _embedded_post(bq: etree._Element) -> bool:
    links = [a.get("href") or "" for a in bq.iter("a")]
    return bool(links) and bool(SOCIAL.match(links[-1]))


def _squash(text: str) -> str:
    return "".join(text.split())
