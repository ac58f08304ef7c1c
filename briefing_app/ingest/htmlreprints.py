"""A reprint note in a web page: article text by the project's web convention (session 19), the article's provenance an
analyst needs to cite, as the byline, the dek and the closing bio are; shown also where the main-text extractor drops
it or a furniture rule hides the box around it (the box's other parts stay furniture: htmlchrome.py).

A note is a paragraph (a <p>, or a <div> holding no blocks) of one to NOTE_SENTENCES sentences, no longer than NOTE_MAX,
that opens as a note of where the article appeared ("This post originally appeared on Grist.", "This article was
reprinted on Wired.com.", "Originally published at example.com on November 18, 2011.", "Reprinted with permission from
…", "A version of this article first appeared in …"), is not mostly links, holds no form control and calls for no
sign-up or republishing. A "Republish this article" widget, a licence badge line, a "More from …" list and a date line
("Originally published March 3, 2020") are no note, nor is one in a list item or navigation, nor one the page keeps
out of sight, nor one in another story's teaser (htmlbios.teaser_box: "This story originally appeared in …" under
another story's linked headline); a note that is the site's licence line ("This article is republished from The Conversation under a
Creative Commons license.") stays furniture as a line of the page (bodylines.RIGHTS).
Only paragraphs whose first words open a note (OPENERS) are read.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from briefing_app.ingest.htmlbios import BLOCKS, CONTROLS, SENTENCE, out_of_sight, teaser_box

# how a note's first words open (its paragraph's first text, or its first inline element's: "<em>Originally …"), the
# cheap test every paragraph of the page takes before NOTE reads it
OPENERS = ("This ", "Originally ", "First ", "Reprinted ", "Republished ", "Excerpted ", "Adapted ", "Reproduced ",
           "Cross-posted ", "Crossposted ", "A ", "An ")
INLINE = frozenset(("em", "i", "b", "strong", "span", "a", "small", "font", "cite", "u"))
LEADING = " \t\n\r\xa0*—–-(["
FIRST = frozenset("TOFRAEC" + LEADING)  # a paragraph's first character, when it has text of its own
THING = r"(?:post|article|story|piece|essay|column|op-ed|commentary|report|interview|review|blog post|excerpt|item)"
WHERE = r"(?:on|in|at|by|with|from|for)"
# a date after it is a date line ("Originally published on March 3, 2020"), not where the article appeared
NO_DATE = (r"(?!\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s"
           r"|(?:today|yesterday)\b))")
NOTE = re.compile(
    r"(?:This (?:" + THING + r"|" + THING + r" above),? (?:was |is |has been )?(?:(?:originally|first|also) )?"
    r"(?:appeared|appears|ran|runs|published|reprinted|republished|posted|syndicated|excerpted|adapted)\b"
    r"|(?:A|An) (?:(?:earlier|shorter|longer|edited|different|previous) )?version of (?:this|the) " + THING
    + r",? (?:was |has been )?(?:(?:originally|first|also) )?(?:appeared|appears|ran|runs|published|printed)\b"
    r"|(?:Originally|First) (?:appeared|published|posted|ran)(?: " + WHERE + r"\b|:)" + NO_DATE
    + r"|(?:Reprinted|Republished|Excerpted|Adapted|Reproduced|Cross-?posted) "
    r"(?:with (?:kind )?permission\b|(?:from|by|of|on|courtesy)\b))", re.I)
NOTE_MAX = 400  # characters (no spaces)
NOTE_SENTENCES = 4
CALL = re.compile(r"\b(?:sign up|subscribe|newsletter|inbox|republish (?:this|our)|you (?:can|may) republish)\b", re.I)
OUTSIDE = ("li", "nav", "dt", "dd")  # a list item ("More from Grist: …") or navigation holds no note of this article


def _chars(text: str) -> int:
    return len("".join(text.split()))


def _note(el: etree._Element) -> bool:
    """Whether the paragraph reads as a reprint note (the module's docstring)."""
    if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in BLOCKS for c in el):
        return False
    text = " ".join(el.text_content().split())
    size = _chars(text)
    if not size or size > NOTE_MAX or NOTE.match(text.lstrip("*—–-([ ")) is None or CALL.search(text):
        return False
    if len(SENTENCE.findall(text)) > NOTE_SENTENCES or next(el.iter(*CONTROLS), None) is not None:
        return False
    if any(a.tag in OUTSIDE for a in el.iterancestors()):
        return False
    return 2 * sum(_chars(a.text_content()) for a in el.iter("a")) < size


def _opening(el: etree._Element) -> str:
    """The paragraph's first words: its own text, or its first inline element's (two levels at the most)."""
    for _ in range(3):
        head = (el.text or "").lstrip(LEADING)
        if head or not len(el):
            return head
        el = el[0]
        if not isinstance(el.tag, str) or el.tag not in INLINE:
            return ""
    return ""


def reprint_notes(paragraphs: Iterable[etree._Element]) -> set[etree._Element]:
    """The reprint notes (the module's docstring) of the page's <p> and <div> elements; none the page keeps out of
    sight. A paragraph whose first words open no note (OPENERS) is not read further."""
    return {el for el in paragraphs if (el.text or " ")[0] in FIRST and _opening(el).startswith(OPENERS)
            and _note(el) and not out_of_sight(el) and not teaser_box(el)}
