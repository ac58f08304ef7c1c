"""A fact-check's claim and rating box in a web page: article text by the coordinator's decision (session 22), the
finding the article reports, shown also where the main-text extractor drops it or a furniture rule hides its box (a
small card of a heading and a word or two).

A box is found by its labels or by the page's schema.org ClaimReview markup:
- a label is an element whose whole text is a fact-check's label ("Claim", "Claim:", "The claim", "Rating", "Our
  rating", "Verdict", "Our ruling", "Conclusion" …), a heading or an inline element (a <strong> opening "<p><strong>
  Claim:</strong> The bridge …</p>"); its box is the smallest block over it that holds more than the label (the label
  and its value), no longer than BOX_MAX;
- the page's ClaimReview (JSON-LD, or microdata's itemtype) names the rating ("reviewRating": {"alternateName":
  "Unproven"}) and the claim ("claimReviewed"): an element whose whole text is one of them takes its box too, and a
  microdata ClaimReview element no longer than BOX_MAX is a box itself.
Without ClaimReview markup, labels alone make boxes only in pairs: a claim's label and a rating's within CLOSE levels of
each other (a lone "Conclusion" heading is an essay's section, a lone "Rating: 4/5" a review's score). A box stands in
the article's body: a block up to BODY_LEVELS above it holds BODY_PARAS paragraphs of running text; never in
navigation, a list item, a link, a teaser (a link of TEASER_WORDS words or more in the box: another fact-check's
card in a "More fact checks" list), or out of sight.
"""
from __future__ import annotations

import json

from lxml import etree

from briefing_app.ingest.htmlbios import out_of_sight

CLAIM_LABELS = frozenset(("claim", "the claim", "claims", "what was claimed", "what's being claimed", "statement",
                          "the statement", "claimed"))
RATING_LABELS = frozenset(("rating", "our rating", "the rating", "verdict", "our verdict", "the verdict", "ruling",
                           "our ruling", "the ruling", "conclusion", "our conclusion", "rated", "fact check",
                           "truth-o-meter", "what's true", "what's false"))
LABEL_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "dt", "th", "p", "div", "label", "em"))
INLINE = frozenset(("strong", "b", "span", "em", "label"))
BOX_MAX = 700  # characters (no spaces) of a claim's or a rating's box at the most
BOX_LEVELS = 3  # blocks above a label searched for its box
CLOSE = 3  # levels above a claim's box and a rating's box where they meet, at the most
BODY_LEVELS = 6
BODY_PARAS = 2
TEASER_WORDS = 5  # words of a link in a box that make it another story's teaser (its headline)
PROSE = 100  # characters (no spaces) of a paragraph of running text
OUTSIDE = frozenset(("nav", "li", "a", "header", "footer"))
TRIM = " \t\n\r\xa0:：-–—|"
OWN_MAX = 60  # characters of an element's own text that may be a label
BOX_TAGS = ("section", "article", "aside")  # (a microdata ClaimReview's element may be one of these too)
SCRIPTS = etree.XPath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]")


def _squash(text: str | None) -> str:
    return "".join(text.split()) if text else ""


def _words(el: etree._Element) -> str:
    return " ".join(el.text_content().split()).strip(TRIM).casefold()


def _box(label: etree._Element) -> etree._Element | None:
    """The smallest block over the label (itself when it is a paragraph opened by it) that holds more than the label,
    no longer than BOX_MAX."""
    own = len(_squash(label.text_content()))
    if label.tag in INLINE and _squash(label.tail):
        label = label.getparent()
        return label if label is not None and len(_squash(label.text_content())) <= BOX_MAX else None
    for above in list(label.iterancestors())[:BOX_LEVELS]:
        size = len(_squash(above.text_content()))
        if size > BOX_MAX:
            return None
        if size > own:
            return above
    return None


def _in_body(box: etree._Element) -> bool:
    if any(a.tag in OUTSIDE for a in box.iterancestors()) or box.tag in OUTSIDE or out_of_sight(box):
        return False
    if any(len(a.text_content().split()) >= TEASER_WORDS for a in box.iter("a")):
        return False
    for above in list(box.iterancestors())[:BODY_LEVELS]:
        if sum(len(_squash(p.text_content())) >= PROSE for p in above.iter("p")) >= BODY_PARAS:
            return True
    return False


def _reviews(root: etree._Element) -> list[str]:
    """The ratings' names and the claims (casefolded, whitespace squashed) of the page's JSON-LD ClaimReviews."""
    out: list[str] = []
    for script in SCRIPTS(root):
        if "ClaimReview" not in (script.text or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(out) < 20:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:20])
            elif isinstance(item, dict):
                if item.get("@type") == "ClaimReview":
                    rating = item.get("reviewRating")
                    if isinstance(rating, dict) and isinstance(rating.get("alternateName"), str):
                        out.append(rating["alternateName"])
                    if isinstance(item.get("claimReviewed"), str):
                        out.append(item["claimReviewed"])
                stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "hasPart"))
    return [_squash(t).casefold() for t in out if _squash(t)]


def claim_boxes(root: etree._Element) -> set[etree._Element]:
    """The claim and rating boxes of a fact-check (the module's docstring)."""
    named = set(_reviews(root))
    claims: list[etree._Element] = []
    ratings: list[etree._Element] = []
    marked: list[etree._Element] = []
    longest = max(map(len, named), default=0) * 2 + OWN_MAX  # (a claim named by the markup, its spaces counted)
    for el in root.iter(*LABEL_TAGS, *BOX_TAGS):  # (the cheap test first: the element's own text, short)
        own = el.text
        if own is not None and len(own) <= longest and not own.isspace() and el.tag in LABEL_TAGS:
            own = " ".join(own.split()).strip(TRIM).casefold()
            if own in CLAIM_LABELS or own in RATING_LABELS or (named and "".join(own.split()) in named):
                words = _words(el)
                if words in CLAIM_LABELS:
                    claims.append(el)
                elif words in RATING_LABELS or "".join(words.split()) in named:
                    ratings.append(el)
        kind = el.get("itemtype")
        if kind is not None and "ClaimReview" in kind:
            marked.append(el)
    boxes = {b for b in map(_box, claims) if b is not None}, {b for b in map(_box, ratings) if b is not None}
    if marked or named:
        found = boxes[0] | boxes[1] | {el for el in marked if len(_squash(el.text_content())) <= BOX_MAX}
    else:  # labels alone: a claim's box and a rating's that meet within CLOSE levels
        found = set()
        for claim in boxes[0]:
            near = set(list(claim.iterancestors())[:CLOSE])
            pair = [r for r in boxes[1] if r is not claim and near & set(list(r.iterancestors())[:CLOSE])]
            if pair:
                found.add(claim)
                found.update(pair)
    return {box for box in found if _in_body(box)}
