"""Article text folded away behind a "Continue reading" control: the page holds the rest of the story but
keeps it out of sight until the reader clicks (an inline display:none, the `hidden` attribute, aria-hidden or
aria-expanded="false", a class naming a collapsed state, a <details> not open, a <dialog> not open). A reader
who clicks sees it, so it is the article's text and comes in visible; the control ("Continue reading", "Read
more", "Show full article", "Читать далее", "기사 더보기") is the site's and is hidden. What the page keeps out
of sight for other reasons (a closed cookie dialog, a note a script shows after a donation, screen-reader
text) stays hidden as boilerplate (htmlchrome.py).

A fold is an element kept out of sight that
- holds running text: paragraphs, FOLD_MIN characters or more, mostly not links;
- is tied to an expander: a control whose whole label is an expander's (EXPANDER) that names it
  (aria-controls, href="#id", data-target) or is its <summary>; or one that stands just before or after it,
  when the control is a button (<button>, <summary>, role="button", a link that runs a script: never a bare
  <a> or a link to another page) inside the article's container and the block continues the article (its
  class or id names more text, "text-more", "article-rest"; the visible text before it stops mid-sentence;
  or it is the article's tail, no visible running text after it); or — the control made by a script and
  missing from the saved page — its own class or id names a fold of more text ("read-more-content");
- stands beside the article's visible text: nothing around it is out of sight, and the block around it (its
  parent or the one above, never <body>) holds a paragraph of running text outside it;
- is not named as the site's furniture (a class or id naming a newsletter, cookie notice, comments or the
  author's bio).
"""
from __future__ import annotations

import re
from itertools import islice

from lxml import etree

# what the page keeps out of sight (hidden as boilerplate unless it is a fold): an inline style, screen-reader text
UNSEEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
UNSEEN_CLASSES = frozenset(("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only",
                            "screenreader-only", "element-invisible", "assistive-text", "offscreen"))
UNSEEN_ENDS = ("-visually-hidden", "_visually-hidden", "-sr-only", "__sr-only", "-visuallyhidden")
# classes that keep a block collapsed until a script opens it (a stylesheet hides them; trafilatura drops them)
COLLAPSED = frozenset(("hidden", "is-hidden", "hide", "collapse", "collapsed", "is-collapsed", "truncated",
                       "is-truncated", "folded", "d-none", "closed", "is-closed"))


def _class_re(words: frozenset[str], ends: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A class attribute holding one of the words as a whole class (or a class ending in one of `ends`), any case."""
    alts = "|".join([*map(re.escape, sorted(words)), *(r"\S*" + re.escape(e) for e in ends)])
    return re.compile(r"(?:^|(?<=\s))(?:" + alts + r")(?=\s|$)", re.I)


UNSEEN_CLASS_RE = _class_re(UNSEEN_CLASSES, UNSEEN_ENDS)
COLLAPSED_RE = _class_re(COLLAPSED)
# a class naming a hidden state (Bootstrap's "hidden", Foundation's "hide"): a short box so named is a message a script
# shows later ("An error has occurred", "Thank you") unless it is a fold
HIDDEN_STATE_RE = _class_re(frozenset(("hidden", "is-hidden", "hide")))
# an expander's label, the control's whole text
EXPANDER = re.compile(
    r"\W*(?:(?:continue|keep) reading(?: (?:the )?(?:full |rest of the )?(?:article|story|post))?|read (?:the )?(?:full|whole|"
    r"entire|complete|rest of the)(?: (?:article|story|post|piece|text|report))?|read (?:the )?rest|read more|show (?:more|all|"
    r"the )?(?:full )?(?:article|story|text)|show (?:more|all)|see more|view (?:the )?full (?:article|story)|expand(?: (?:the "
    r")?(?:article|story|text|all))?|more|читать (?:далее|дальше|полностью|целиком)|показать (?:полностью|ещё|еще|весь "
    r"текст)|развернуть(?: текст)?|подробнее|(?:기사 ?)?(?:더 ?보기|전체 ?보기|본문 ?(?:더 ?보기|펼치기)|펼치기|계속 ?읽기))"
    r"\W*(?:\+|…|\.\.\.)?\W*", re.I)
EXPANDER_MAX = 40  # characters of a control's label at the most
CONTROLS = ("button", "a", "summary", "label", "span", "div", "p")
# a fold's own class or id naming it (its control made by a script, missing from the saved page)
FOLD_NAME = re.compile(r"(?:read|show|see)[-_]?more[-_]?(?:content|text|body|section|wrap(?:per)?|inner)|(?:article|story|"
                       r"post|body|content)[-_](?:rest|more|remainder|continued|collapsed|truncated)|continue[-_]?reading"
                       r"[-_]?(?:content|text|body)|(?:rest|remainder)[-_]of[-_](?:the[-_])?(?:article|story)", re.I)
# a fold named as the site's furniture is none (a collapsed newsletter box, comments, a consent notice)
NOT_ARTICLE = re.compile(r"cookie|consent|gdpr|privacy|newsletter|subscri|signup|sign-up|comment|donat|paywall|modal-"
                         r"(?:ad|promo)|promo|advert|related|recommend|share|social|sidebar|footer|menu|nav|author|contributor|"
                         r"byline|(?<![a-z])bio(?:s|graphy)?(?![a-z])|about[-_]?(?:the[-_]?)?(?:writer|me)", re.I)
# a block's class or id naming more of the text (a fold beside a button continues the article)
MORE_NAME = re.compile(r"more|rest(?![a-z])|full[-_]?(?:text|story|article|content|body)|continu|remainder|expand|"
                       r"truncat|fold|hidden[-_]?(?:text|part)", re.I)
# the visible text before a fold stopping at a sentence's end (else the fold goes on mid-sentence)
SENTENCE_END = re.compile(r"[.!?:;。]['\"’”»)\]]*$")
FOLD_MIN = 40  # characters (no spaces) of running text in a fold: a sentence
PROSE = 40  # characters (no spaces) of a visible paragraph of running text beside it (a Korean sentence)
LEVELS = 2  # the fold's parent, and the block above it
FOLDS_TRIED = 50  # blocks tied to a control weighed at the most
PARAS_READ = 200  # paragraphs of the block around a fold read at the most
SKIP = {"script", "style", "noscript", "template", "head", "title"}


def unseen(el: etree._Element) -> bool:
    """An element the page keeps out of sight: an inline style of display:none or visibility:hidden, a
    class for screen readers only (UNSEEN_CLASSES, "u-visually-hidden"), a <dialog> that is not open."""
    style = el.get("style")
    if style and UNSEEN_STYLE.search(style):
        return True
    classes = el.get("class")
    if classes and UNSEEN_CLASS_RE.search(classes):
        return True
    return el.tag == "dialog" and el.get("open") is None


def _collapsed(el: etree._Element) -> bool:
    """Kept out of sight until a click: unseen, the `hidden` attribute, aria-hidden, aria-expanded="false" on the
    block itself, a class naming a collapsed state, a <details> not open."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or el.get("aria-expanded") == "false":
        return True
    if el.tag == "details":
        return el.get("open") is None
    classes = el.get("class")
    if classes and COLLAPSED_RE.search(classes):
        return True
    return unseen(el)


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _label(el: etree._Element) -> bool:
    """Whether el's whole text is an expander's label (read no further than a label can be long)."""
    text = ""
    for piece in el.itertext():
        text += piece
        if len(text) > 4 * EXPANDER_MAX:
            return False
    text = " ".join(text.split())
    return 0 < len(text) <= EXPANDER_MAX and EXPANDER.fullmatch(text) is not None


def _running_text(el: etree._Element) -> bool:
    """Paragraphs of FOLD_MIN characters or more, less than a third of them in links."""
    size = sum(_chars(p.text_content()) for p in el.iter("p"))
    if el.tag == "p":
        size = _chars(el.text_content())
    if size < FOLD_MIN:
        return False
    linked = sum(_chars(a.text_content()) for a in el.iter("a"))
    return 3 * linked < size


def _beside_article(el: etree._Element, seen: dict[etree._Element, bool]) -> bool:
    """The block around the fold (its parent or the one above, not <body>) holds a visible paragraph of running text
    outside it."""
    return any(_holds_prose(block, seen) for block in _around(el))


def _around(el: etree._Element) -> list[etree._Element]:
    """The blocks around el, LEVELS of them at the most, below <body>."""
    out: list[etree._Element] = []
    block = el.getparent()
    while block is not None and len(out) < LEVELS and block.tag not in ("body", "html"):
        out.append(block)
        block = block.getparent()
    return out


def _inside_collapsed(el: etree._Element, top: etree._Element) -> bool:
    """Whether el, or a block between it and top, is kept out of sight."""
    node: etree._Element | None = el
    while node is not None and node is not top:
        if _collapsed(node):
            return True
        node = node.getparent()
    return False


def _element(node: etree._Element | None, step: str) -> etree._Element | None:
    """The element sibling before or after ("getprevious", "getnext"), past comments."""
    while node is not None:
        node = getattr(node, step)()
        if node is not None and isinstance(node.tag, str):
            return node
    return None


def _neighbours(el: etree._Element) -> list[etree._Element]:
    """The elements just before and after el, and the same around the block el is one of two in ("<div><div
    hidden>…</div><button>Read more</button></div>" beside the paragraphs)."""
    out: list[etree._Element] = []
    node = el
    for _ in range(LEVELS):
        out += [sib for sib in (_element(node, "getprevious"), _element(node, "getnext")) if sib is not None]
        parent = node.getparent()
        if parent is None or sum(isinstance(c.tag, str) for c in parent) > 2:
            break
        node = parent
    return out


def _control(el: etree._Element) -> etree._Element | None:
    """The control an element is, or that it is only a wrapper of ("<div><button>Read more</button></div>")."""
    node = el
    for _ in range(LEVELS + 1):
        if node.tag in CONTROLS and _label(node):
            return node
        kids = [c for c in node if isinstance(c.tag, str)]
        if len(kids) != 1 or (node.text or "").strip():
            return None
        node = kids[0]
    return None


def _button(control: etree._Element) -> bool:
    """A control that acts on the page, or the wrapper of one: a <button>, a <summary>, role="button", or a link that
    runs a script (href "#" or "javascript:", onclick); not a bare <a> nor a link to another page."""
    el = control
    for _ in range(LEVELS + 1):
        if el.tag in ("button", "summary") or el.get("role") == "button" or el.get("onclick") is not None:
            return True
        href = (el.get("href") or "").strip().lower()
        if el.tag == "a" and (href == "#" or href.startswith("javascript:")):
            return True
        kids = [c for c in el if isinstance(c.tag, str)]
        if len(kids) != 1 or (el.text or "").strip():
            return False
        el = kids[0]
    return False


def _ties(el: etree._Element, named: dict[str, list[etree._Element]]) -> tuple[list[etree._Element], list[etree._Element]]:
    """The expander controls tied to a block: those naming it or its <summary>; and the controls just before or after
    it (a tie only when one is a button in the article's container and the block continues the article)."""
    tied = list(named.get(el.get("id") or "\x00", []))
    if el.tag == "details":
        summary = el.find("summary")
        tied += [summary] if summary is not None and _label(summary) else []
    return tied, [c for c in map(_control, _neighbours(el)) if c is not None]


def _holds_prose(block: etree._Element, seen: dict[etree._Element, bool]) -> bool:
    """The block holds a visible paragraph of running text (`seen`: the answer for each block asked about already)."""
    if block not in seen:
        seen[block] = any(_chars(p.text_content()) >= PROSE and not _inside_collapsed(p, block)
                          for p in islice(block.iter("p"), PARAS_READ))
    return seen[block]


def _continues(el: etree._Element, names: str, seen: dict[etree._Element, bool]) -> bool:
    """The block goes on with the article: its class or id names more text, the visible text just before it stops
    mid-sentence, or nothing of running text visible follows it in its block (the article's tail)."""
    if MORE_NAME.search(names):
        return True
    before = _element(el, "getprevious")
    while before is not None and (_control(before) is not None or _collapsed(before)):
        before = _element(before, "getprevious")
    if before is not None and before.tag == "p":
        text = before.text_content().strip()
        if text and (text.endswith(("…", "...")) or not SENTENCE_END.search(text)):
            return True
    node = el
    for _ in range(LEVELS):
        after = _element(node, "getnext")
        read = 0
        while after is not None and read < PARAS_READ:
            paras = [after] if after.tag == "p" else list(islice(after.iter("p"), PARAS_READ))
            read += len(paras) or 1
            if any(_chars(p.text_content()) >= PROSE and not _inside_collapsed(p, after.getparent()) for p in paras):
                return False
            after = _element(after, "getnext")
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or _holds_prose(node, seen):
            break
    return True


def folds(root: etree._Element) -> tuple[set[etree._Element], set[etree._Element]]:
    """The page's folds of article text, and the controls that open them (FOLDS_TRIED blocks tied to a control
    weighed at the most: a hostile page of many costs no more)."""
    named: dict[str, list[etree._Element]] = {}  # controls by the id they name
    candidates = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            continue
        target = el.get("aria-controls") or el.get("data-target") or el.get("data-bs-target") or \
            (el.get("href") if tag == "a" and (el.get("href") or "").startswith("#") else None)
        if target and _label(el):
            for name in target.split():
                named.setdefault(name.lstrip("#"), []).append(el)
        if tag not in ("button", "a", "summary", "label") and _collapsed(el):
            candidates.append(el)
    found: set[etree._Element] = set()
    controls: set[etree._Element] = set()
    seen: dict[etree._Element, bool] = {}
    tried = 0
    for el in candidates:
        names = " ".join(el.get(a) or "" for a in ("class", "id"))
        named_fold = FOLD_NAME.search(names) is not None
        if NOT_ARTICLE.search(names) and not named_fold:
            continue
        tied, near = _ties(el, named)
        buttons = [c for c in near if _button(c)]
        if not tied and not buttons and not named_fold:
            continue
        tried += 1
        if tried > FOLDS_TRIED:
            break
        if any(_collapsed(above) for above in el.iterancestors()):  # inside a fold found, or inside what is hidden
            continue
        if not _running_text(el) or not _beside_article(el, seen):
            continue
        if tied or named_fold or (any(_holds_prose(b, seen) for c in buttons for b in _around(c))
                                  and _continues(el, names, seen)):
            found.add(el)
            controls.update(tied + near)
    return found, controls
