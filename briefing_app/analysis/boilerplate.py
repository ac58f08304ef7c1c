"""Lines a reader should not see as article body: newsletter promos, "can be reached at"
lines, comment-policy and log-in lines, share/print widgets, breadcrumbs, and photo
captions with an agency credit. Returned as spans (the text itself is never changed).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.core.model import Span

PROMO_RE = re.compile(
    r"newsletter.*\b(?:appeared|sign up|subscribe|delivered|inbox)|^click here\b|\bclick here to\b|"
    r"^sign up\b|^subscribe\b|\bsubscribe to our\b|^(?:read|see) more\b|^advertisement$|^related:?\s",
)
CONTACT_RE = re.compile(
    r"\bcan be reached at\b|\b(?:contact|email|e-mail) (?:him|her|them|the author) at\b|"
    r"^(?:follow|reach) (?:him|her|them) on\b|^[•·*-]?\s*\S+@\S+\.\w+\s*$",
)
SITE_RE = re.compile(
    # ("Ã©" is "é" read as Latin-1, not a copyright sign: "TrÃ©vidic", also with its "Ã" decomposed: "A" and U+0303)
    r"\bcomment policy\b|\bto write comments\b|\bplease log ?in\b|^log ?in\b|^sign ?in\b|"
    r"\blog in to (?:twitter|facebook)|^share (?:this|on)\b|\bhelp-image\b|\bicon$|"
    r"\(\d+/\d+\s*\w?\)\s*$|^copyright\b|(?<![ã\u0303])©|\ball rights reserved\b|^(?:comments?|share|print|email)$",
)
# a wiki's tagline ("From Wikipedia, the free encyclopedia", "From Wikinews, the free news source you can
# write!", "From Wiktionary, the free dictionary"), a re-use notice ("This text comes from Wikinews.
# Permission is granted to copy, distribute and/or modify this document under the terms of ..."), and an
# editor's note, the site's words about the piece, not the author's (HuffPost's note on Trump under each
# article about him, "Editor's note: this story has been updated", "Editors' Note: Opinion pieces ...")
NOTICE_RE = re.compile(
    r"^from wik(?:i\w+|tionary), the free\b|\bpermission is granted to copy, distribute\b|"
    r"^[(\[]?editors?['’]?s?['’]? note\s*[:.—–-]|"
    r"^this (?:text|article|story|work|content) (?:comes from|is licensed|is published under|is available under)\b"
    r".*\blicen[cs]e",
)
# a site's widget labels and lines standing alone: "Most read", "Follow us on Twitter", "5 min read", a
# cookie notice, a wire service's credit line ("Reporting by ...; Editing by ..."), a republication notice
# ("This article is republished from The Conversation under a Creative Commons license", "This essay was
# originally published in ...", "Reprinted with permission"), a call for news tips ("Have a tip? ...")
LABELS = frozenset((
    "most read", "most popular", "most viewed", "most shared", "trending", "trending now", "recommended",
    "recommended for you", "you may also like", "you might also like", "sponsored", "sponsored content", "topics",
    "skip to content", "skip to main content", "print this page", "print this article", "listen to this article",
    "gift this article", "share this story", "support our journalism", "support independent journalism",
    "accept cookies", "accept all cookies", "image caption", "image source", "more stories", "top stories",
    "popular now", "editor's picks", "editors' picks", "don't miss"))
# a reprint note (where the piece appeared: "This post originally appeared on Grist.", "Reprinted with permission from
# X") is read apart from the author's words, and shown: it is the article's provenance (web convention, session 19)
REPRINT = (r"^this (?:article|story|piece|essay|column|post|commentary|op-ed) (?:is |was |has been )?(?:republished|"
           r"reprinted|(?:originally|first) (?:published|appeared)) (?:from|in|on|by|at|with)\b|^(?:republished|reprinted) "
           r"(?:from|with permission)\b")
REPRINT_RE = re.compile(REPRINT, re.I | re.M)  # (a span opens a line: "^" holds there)
# a reprint note that is the site's licence line ("This article is republished from The Conversation under a Creative
# Commons license.") stays hidden, as the web reader's licence lines do (ingest/bodylines.py)
LICENCE_RE = re.compile(r"\blicen[cs]e", re.I)
WIDGET_RE = re.compile(
    r"^follow (?:us|@\w+)\b.{0,40}$|^\d+ ?min(?:ute)?s? read$|^listen \(\d+ min(?:utes?)?\)$|"
    r"^(?:we|this (?:site|website)) uses? cookies\b|^(?:additional )?reporting by [^;]{3,80}(?:; (?:(?:additional )?reporting|"
    r"writing|editing|compiled|graphics|research|fact-checking) by [^;]{3,80}){1,4}$|^our standards: the thomson reuters trust principles\.?$|"
    r"^continue reading\b(?:\W+\w+){0,5}\W*$|^(?:the )?(?:story|article) continues (?:below|after)\b(?:\W+\w+){0,3}\W*$|"
    r"^(?:have|got) a (?:news )?tip\b|^send us a tip\b|" + REPRINT,
)
# a line that opens with "Related" or "Copyright" and goes on as a sentence of running text ("Related charges against two
# directors were dropped in October.", "Copyright holders will be able to ask for the removal of their work.") is prose,
# not a promo's label or a rights notice ("Related: …", "Related Stories", "Copyright 2026 The Ledger", "Copyright ©"):
# the word, then a lower-case word, no label's colon in its first words and no bar, PROSE_OPENING words or more and a
# sentence's end. The opening word then decides nothing; the rest of the line is read as before (a notice's "all rights
# reserved" or "©" in it still hides it)
PROSE_OPENING_RE = re.compile(r"(?:Related|Copyright) (?=[a-z])")
PROSE_OPENING = 8  # words at the least
# a line longer than this is prose (several paragraphs run together, as a paste without line breaks
# gives): a promo or notice in it hides its own sentences, not the line
PROSE_LINE = 600
WRAPPED_WORDS = 5  # words of each of two lines read as one hard-wrapped sentence at the least
WIDGET_LINE = 200  # WIDGET_RE's lines are no longer than this (characters)
WIDGET_KEYS = ("follow ", " read", "listen", "cookies", "reporting by", "our standards", "continue", "publish", "reprint",
               "appeared", " tip")
# PROMO_RE, CONTACT_RE, SITE_RE and NOTICE_RE read the line in lower case (faster than re.IGNORECASE);
# a caption needs one of these marks
CAPTION_MARKS = ("[", "(", "Photo", "REUTERS/", "Getty")
WIDGET_WORDS = frozenset("print dictionary share email tweet facebook twitter comment comments font size "
                         "text save copy link a+ a- listen reprint more".split())
BREADCRUMB_RE = re.compile(r"^[\w&' .-]{1,30}(?:\s+[>›»/|]\s+[\w&' .-]{1,30}){1,5}$")
# a menu as a line: "Home | Politics | World | Business" — four or more short capitalised items
MENU_SEP_RE = re.compile(r"\s+[|·•]\s+")
MENU_ITEM_RE = re.compile(r"^[A-Z0-9][\w&'’-]*(?: [\w&'’-]+){0,2}$")
CAPTION_RE = re.compile(
    r"\[(?:[A-Z][A-Za-z.]*\s*/\s*)*[A-Z][A-Z.]+\]\s*$|\((?:AP|AFP|Reuters|Getty|EPA|Yonhap)[^)]{0,80}\)\s*$|"
    r"\bAP Photo/|\bREUTERS/|\bGetty Images\b|\bPhoto(?:graph)?: |\bPhoto by\b",
)


# each pattern needs one of these strings, so most lines are passed by a substring test
Needs = tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
NEEDS: Needs = (
    (PROMO_RE, ("newsletter", "click here", "sign up", "subscribe", "read more", "see more", "advertisement", "related")),
    (CONTACT_RE, ("can be reached at", "contact ", "email ", "e-mail ", "follow ", "reach ", "@")),
    (SITE_RE, ("comment", "log", "sign", "share", "help-image", "icon", "/", "copyright", "©", "all rights reserved",
               "print", "email")),
    (NOTICE_RE, ("from wik", "permission is granted", "licen", "note")),
)


class Present(NamedTuple):
    """What of the line tests' keys a document holds at all (`present`): a key nowhere in the text is in none of its
    lines, so each line skips the tests whose keys the text lacks (a long Russian text's 190 lines cost ~13 M
    instructions when each line tried every key and pattern)."""
    needs: Needs  # each pattern with those of its keys the text holds (none: the pattern is not tried)
    widget_keys: tuple[str, ...]  # the WIDGET_KEYS the text holds (lower-cased)
    crumbs: bool  # a breadcrumb's separator (" > ", " › ") is in the text
    menus: bool  # a menu's separator character ("|", "·", "•") is in the text
    caption_marks: tuple[str, ...]  # the CAPTION_MARKS the text holds


EVERY = Present(NEEDS, WIDGET_KEYS, True, True, CAPTION_MARKS)  # (a line read on its own)
MENU_SEPARATORS = "|·•"  # MENU_SEP_RE's


def present(text: str) -> Present:
    """The keys of the line tests that `text` holds (a line of it holds no other)."""
    low = text.lower()  # (a line's lower-casing is inside the text's: the keys are ASCII)
    return Present(tuple((rx, held) for rx, keys in NEEDS if (held := tuple(k for k in keys if k in low))),
                   tuple(k for k in WIDGET_KEYS if k in low), " > " in text or " › " in text,
                   any(c in text for c in MENU_SEPARATORS), tuple(k for k in CAPTION_MARKS if k in text))


def _prose_opening(line: str) -> bool:
    """Whether the line opens with "Related" or "Copyright" as a sentence of running text (PROSE_OPENING_RE's note)."""
    if PROSE_OPENING_RE.match(line) is None:
        return False
    words = line.split()
    return len(words) >= PROSE_OPENING and ":" not in "".join(words[:3]) and "|" not in line and line.rstrip()[-1:] in \
        ".!?”\"’)"


def _is_boilerplate(line: str, keys: Present = EVERY) -> bool:
    low = line.lower()
    if line[:1] in "RC" and _prose_opening(line):  # the opening word decides nothing: the rest of the line is read
        low = " " + low.split(None, 1)[1]
    if any(any(k in low for k in held) and rx.search(low) for rx, held in keys.needs):
        return True
    if keys.widget_keys and len(low) <= WIDGET_LINE and any(k in low for k in keys.widget_keys) and WIDGET_RE.search(low):
        return True
    first = low.split(None, 6)  # the words when there are six at most (a seventh element: more)
    if first and len(first) <= 6 and (all(w in WIDGET_WORDS for w in first) or
                                      " ".join(first).strip(" .:!?›»→").replace("’", "'") in LABELS):
        return True
    if keys.crumbs and len(line) <= 120 and (" > " in line or " › " in line) and BREADCRUMB_RE.match(line):
        return True
    if keys.menus and len(line) <= 160 and _is_menu(line):
        return True
    return bool(keys.caption_marks) and any(k in line for k in keys.caption_marks) and bool(CAPTION_RE.search(line)) \
        and len(low.split()) <= 60


# An editor's note about the piece (a disclosure of the author's ties, where it first appeared, a correction or an
# update) is the article's as published: a reader of the source sees it and whoever cites the piece needs it, so it is
# shown, though the analysis reads it apart from the author's words (it stays out of the paragraphs the stages read).
# A note that says nothing of the piece (a section's policy, a standard disclaimer, a note set under every article on
# a subject) is the site's and stays hidden. Photo captions stay hidden: the reader shows no picture (as the PDF and
# web readers hide figure captions); the actor table still reads them.
EDITOR_NOTE_RE = re.compile(r"[(\[]?editors?['’]?s?['’]? note\s*[:.—–-]", re.I)
ABOUT_PIECE_RE = re.compile(
    r"\b(?:the (?:author|writer|columnist|reporter|contributor)s?\b|(?:this|the following|the above|an earlier version of "
    r"this) (?:article|story|column|essay|piece|op-ed|editorial|report|interview|commentary|post)\b|(?:was|were|has been|"
    r"have been|is) (?:updated|corrected|amended|clarified)\b|updated\b|corrections?\b|(?:first|originally) (?:appeared|"
    r"published|ran)\b|(?:adapted|excerpted) from\b)", re.I)
# a note introducing the author by name: "Editor's note: Jane Roe is a former adviser to the governor."
BIO_NOTE_RE = re.compile(r"\W{0,2}\w+['’]?s?['’]? \w+\s*[:.—–-]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3},? (?:is|was|has been|"
                         r"served as|worked as) (?:a|an|the)\b")
# a note that condemns the actor it names is the outlet's statement, not an introduction of the author, however it
# opens ("Editor's note: Donald Trump is a serial liar, rampant xenophobe, racist ...")
CONDEMN_RE = re.compile(
    r"\b(?:liars?|lies|lying|racists?|racism|xenophob\w*|misogyn\w*|bigot\w*|birthers?|demagogu\w*|incites?|inciting|"
    r"fascis\w*|authoritarian\w*|extremis\w*|hateful|hate speech|falsely|baseless|cruel\w*|inhumane|dangerous|"
    r"unconstitutional|smears?|conspiracy theor\w*)\b", re.I)
DISCLAIMER_RE = re.compile(r"\bviews (?:expressed|in this (?:article|piece|column|essay))\b|\b(?:do|does) not (?:necessarily )?"
                           r"(?:reflect|represent)\b|\b(?:are|is) not the views\b|\bfrom a (?:range|variety|diversity) of "
                           r"(?:perspectives|viewpoints|views)\b", re.I)


def shown(text: str, spans: list[Span]) -> list[Span]:
    """Of the boilerplate spans, those a reader sees all the same: editor's notes about the piece (not a disclaimer) and
    reprint notes (REPRINT; not a licence line)."""
    return [s for s in spans if is_note(text, s.start, s.end) and (ABOUT_PIECE_RE.search(text, s.start, s.end) or (
        BIO_NOTE_RE.match(text, s.start, s.end) and not CONDEMN_RE.search(text, s.start, s.end)))
            and not DISCLAIMER_RE.search(text, s.start, s.end)
            or text[s.start:s.start + 1] in "TtRr" and REPRINT_RE.match(text, s.start, s.end) is not None
            and not LICENCE_RE.search(text, s.start, s.end)]


def is_note(text: str, start: int, end: int) -> bool:
    """Whether the line (start, end) opens with an editor's note's label ("Editor's note:", "[Editors' Note —")."""
    return text[start:start + 1] in "([Ee" and EDITOR_NOTE_RE.match(text, start, end) is not None


def _is_menu(line: str) -> bool:
    items = MENU_SEP_RE.split(line.strip())
    return len(items) >= 4 and all(MENU_ITEM_RE.match(item) for item in items)


def captions(text: str, spans: list[Span]) -> list[Span]:
    return [s for s in spans if is_caption(text[s.start:s.end])]


def _continues(text: str, start: int) -> bool:
    """Whether the line at `start` goes on with the sentence of the line just before it (one line break between them,
    and that line ends with no sentence's or label's end: a hard-wrapped paragraph, as an e-mail or a <pre> sets it)."""
    if start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return False
    before = text[text.rfind("\n", 0, start - 1) + 1:start - 1].rstrip()
    line_end = text.find("\n", start)
    # both lines of prose length (a pasted page's short widget lines run on with no stops too: "print" / "lock icon")
    return (len(before.split()) >= WRAPPED_WORDS and len(text[start:line_end if line_end >= 0 else len(text)].split())
            >= WRAPPED_WORDS and before[-1] not in ".!?:;…\"”’)]|")


def find(text: str, lines: list[tuple[int, int]] | None = None) -> list[Span]:
    """Boilerplate lines of text (or sentences of a long one); `lines` are its paragraphs when the
    caller has them already (default: `paragraphs(text)`)."""
    out: list[Span] = []
    prev_boiler = False
    keys = present(text)  # a key that is nowhere in the text is in none of its lines: most lines then skip every test
    for s, e in paragraphs(text) if lines is None else lines:
        line = text[s:e]
        hit = _is_boilerplate(line, keys)
        if hit and not prev_boiler and line[:1].islower() and _continues(text, s):
            hit = False  # a hard-wrapped sentence's next line ("… advice in topics" / "related to drug use and health,")
        if not hit and prev_boiler and line[:1].islower() and len(line.split()) <= 8 and len(line) > 1:
            hit = True  # a promo broken over two lines: "... to connect" / "with the Korea JoongAng Daily"
        if hit and e - s > PROSE_LINE:  # a whole article pasted as one line: only its promo sentences
            parts = [Span(a, b) for a, b in sentence_spans(text, s, e) if _is_boilerplate(text[a:b], keys)]
            out.extend(parts)
            prev_boiler = bool(parts) and parts[-1].end == e
            continue
        if hit:
            out.append(Span(s, e))
        prev_boiler = hit
    return out


def is_caption(line: str) -> bool:
    return any(k in line for k in CAPTION_MARKS) and bool(CAPTION_RE.search(line))
