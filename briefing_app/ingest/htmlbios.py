"""A closing author bio in a web page's author box: article text by the project's web convention (session 18), shown
also where the main-text extractor drops it; the box's chrome stays furniture (htmlchrome.py).

A bio is a paragraph (a <p>, or a <div> holding no blocks) of one to BIO_SENTENCES sentences, no longer than BIO_MAX,
that opens with a name or "The author" (or "The writer", "The columnist" …) and a verb describing the author
("Margaret Lin is a senior fellow at …", "The author is …", "Jane Doe covers city government …", "X writes about Y for
Z", "She previously served …" after it), ends as a sentence does, is not mostly links, holds no form control and
calls for no sign-up ("Jane Doe writes a weekly newsletter. Sign up …" is a promo), and stands in an author's box: it
or a block up to BOX_LEVELS above it is named for the author (class or id: "author-bio", "bl-author", "contributor",
"field--name-field-author-bio"; not a comment's: "comment-author-jdoe", "comment-author vcard") or opens with a
heading naming one ("About the author", "About Jane Doe", "Written by"; also set as a <div> of text alone). The box's
other parts (the photo, the name alone as a link, "Follow", social links, "More from this author", the heading) stay
furniture; an author list, a heading alone or a "more by" list of links is no bio, nor is a bio the page keeps out of
sight, nor one in another story's teaser (teaser_box: its box, below the article's body, holds a heading that is one
link of TEASER_WORDS words or more: another story's headline).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from briefing_app.ingest.htmlfolds import unseen

# the author's box, by a class or id token ("author-card", "bl-author", "field--name-field-author-bio")
BOX_TOKENS = frozenset(("author", "authors", "bio", "bios", "biography", "contributor", "contributors", "columnist",
                        "writer", "authorbio", "authorbox", "authorcard", "authorinfo", "aboutauthor", "abouttheauthor"))
NAMING = ("class", "id", "data-component", "data-testid", "data-module")
COMMENT_TOKENS = frozenset(("comment", "comments", "reply", "replies"))
SPLIT = re.compile(r"[\s_\-]+")
# a heading that opens the author's box: "About the author", "About Jane Doe", "Written by"
BOX_HEAD = re.compile(r"(?i:about the (?:authors?|writers?|contributors?|columnists?)|written by|the authors?)\b"
                      r"|About [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$")
HEAD_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "span")
HEAD_MAX = 60  # characters of the box's heading at the most
# the bio's opening: a name (or "The author") and a verb that describes the author
NAME = r"(?:[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|da|del|al|bin|la|le)){0,4})"
BIO = re.compile(r"(?:(?:The|This|Our) (?:author|writer|columnist|contributor|reporter|correspondent)|" + NAME + r")"
                 r"(?:,[^,.;]{2,60},)? (?:is|was|has been|writes|wrote|serves|served|teaches|taught|covers|covered|reports|"
                 r"reported|leads|led|directs|directed|edits|edited|works|worked|holds|held|heads|chairs|studies|"
                 r"researches|lectures|advises|hosts|runs|founded|co-founded|previously|formerly|also)\b")
BIO_MAX = 600  # characters (no spaces)
BIO_SENTENCES = 3
SENTENCE = re.compile(r"[.!?][\"”’)]?(?=\s+[A-Z\"“]|$)")
ENDS = (".", "!", "?", ")", "”", "\"", "’")
CALL = re.compile(r"\b(?:sign up|subscribe|newsletter|inbox|mailing list)\b", re.I)
CONTROLS = ("input", "button", "select", "textarea", "form")
BLOCKS = {"p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
          "figure", "table"}
BOX_LEVELS = 3  # the bio itself, and the blocks up to this many above it
TEASER_WORDS = 5  # words of a linked heading that is another story's headline ("More from Jane Doe" is 4)
TEASER_HEADS = ("h2", "h3", "h4", "h5", "h6")
PROSE = 150  # characters (no spaces) of a paragraph of running text: two of them make a block the article's body


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _named(el: etree._Element) -> bool:
    names = " ".join(el.get(a) or "" for a in NAMING).lower()
    if not names.strip():
        return False
    tokens = SPLIT.split(names)
    # a comment's own author box ("comment-author-jdoe", WordPress's "comment-author vcard") holds a reader's words
    return any(t in BOX_TOKENS for t in tokens) and not any(t in COMMENT_TOKENS for t in tokens)


def _headed(el: etree._Element) -> bool:
    """The box opens with a heading naming the author's box (BOX_HEAD), also in a wrapper of its own."""
    first = next((c for c in el if isinstance(c.tag, str)), None)
    while first is not None and first.tag in ("div", "header") and len(first) == 1 and not (first.text or "").strip():
        first = first[0] if isinstance(first[0].tag, str) else None
    # a heading set as a <div> of text alone: "<div class='box-title'>About the author</div>"
    if first is None or (first.tag not in HEAD_TAGS and not (first.tag == "div" and not len(first))):
        return False
    head = ""
    for piece in first.itertext():  # read no further than a heading can be long
        head += piece
        if len(head) > 2 * HEAD_MAX:
            return False
    head = " ".join(head.split())
    return 0 < len(head) <= HEAD_MAX and BOX_HEAD.match(head) is not None


def _in_box(el: etree._Element, boxes: dict[etree._Element, bool]) -> bool:
    """Whether el, or a block up to BOX_LEVELS above it, is an author's box (`boxes`: the answer for each block asked
    about already)."""
    if _named(el):
        return True
    node = el.getparent()
    for _ in range(BOX_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return False
        if node not in boxes:
            boxes[node] = _named(node) or _headed(node)
        if boxes[node]:
            return True
        node = node.getparent()
    return False


def _bio(el: etree._Element) -> bool:
    """Whether the paragraph reads as an author's bio (the module's docstring)."""
    if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in BLOCKS for c in el):
        return False
    text = " ".join(el.text_content().split())
    size = _chars(text)
    if not size or size > BIO_MAX or not text.endswith(ENDS) or BIO.match(text) is None or CALL.search(text):
        return False
    if len(SENTENCE.findall(text)) > BIO_SENTENCES or next(el.iter(*CONTROLS), None) is not None:
        return False
    return 2 * sum(_chars(a.text_content()) for a in el.iter("a")) < size


def out_of_sight(el: etree._Element) -> bool:
    """Whether the page keeps el out of sight (unseen, the `hidden` attribute, aria-hidden), or a block around it."""
    return any(unseen(a) or a.get("hidden") is not None or a.get("aria-hidden") == "true"
               for a in (el, *el.iterancestors()))


def teaser_box(el: etree._Element) -> bool:
    """Whether el stands in another story's teaser: a block up to BOX_LEVELS above it (below the block that holds
    the article's running text: two paragraphs of PROSE characters) holds a heading that is one link to another page
    of TEASER_WORDS words or more."""
    node = el.getparent()
    for _ in range(BOX_LEVELS):
        if node is None or node.tag in ("body", "html"):
            return False
        if sum(_chars(p.text_content()) >= PROSE for p in node.iter("p")) >= 2:
            return False
        for head in node.iter(*TEASER_HEADS):
            links = head.findall(".//a")
            text = " ".join(head.text_content().split())
            if (len(links) == 1 and not (links[0].get("href") or "#").startswith("#")
                    and " ".join(links[0].text_content().split()) == text and len(text.split()) >= TEASER_WORDS):
                return True
        node = node.getparent()
    return False


def closing_bios(paragraphs: Iterable[etree._Element]) -> set[etree._Element]:
    """The author bios in the page's author boxes (the module's docstring), of the page's <p> and <div> elements; none
    the page keeps out of sight (a hidden author box stays hidden)."""
    boxes: dict[etree._Element, bool] = {}
    return {el for el in paragraphs if _in_box(el, boxes) and _bio(el) and not out_of_sight(el) and not teaser_box(el)}
