"""Site furniture in a web page's DOM: navigation, menus, breadcrumbs, share bars,
related-links lists, newsletter promos, footers — found from the elements themselves, so it
is marked as boilerplate whatever the main-text extractor kept.

An element is furniture when it is a nav/aside/footer/menu element (a header too, unless it
holds the headline), has a landmark role other than main (navigation, banner, contentinfo,
complementary, menubar, search), has a class, id or data-component/-testid/-module naming furniture (breadcrumb, share,
social, related, menu, nav, sidebar, newsletter, tags, pull quote, …), or is mostly links (two or more,
at least 60% of its text, under 400 characters; a paragraph of four words or more that is all one
link: another story's headline; or a line led by "Read more:", "Related:", "WATCH:",
"Also on Fox News:", "More from Opinion |" and the like), or is a list of other
stories (each item led by a link on a line of its own, a teaser after it). Never an element
that holds the headline (h1), an article or main element, two paragraphs of running text, or a
third of the page's text.
"""
from __future__ import annotations

import re

from lxml import etree

TAGS = {"nav", "aside", "footer", "menu"}
ROLES = {"navigation", "banner", "contentinfo", "complementary", "menubar", "menu", "search"}
TOKENS = {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "share", "sharing",
          "social", "related", "sidebar", "newsletter", "subscribe", "signup", "masthead", "footer", "comments",
          "promo", "widget", "cookie", "cookies", "tags", "tag", "topbar", "toolbar", "tools", "popular",
          "trending", "recommended", "advert", "ad", "ads", "skip", "cta", "outbrain", "taboola", "topics"}
JOINED = ("breadcrumb", "sharedaddy", "relatedposts", "readmore", "mostread", "socialshare", "sharebar",
          "shareicons", "relatedarticles", "relatedlinks", "taglist", "topmenu", "mainmenu", "sitefooter",
          "siteheader", "skiplink", "postnavigation", "navlinks", "pullquote")
LEAD_INS = re.compile(r"^\s*(?:read more|read also|also read|read next|read|related(?: \w+)?|see also|more on this(?: story)?"
                      r"|more|recommended|watch|listen|video|photos|don'?t miss|further reading"
                      r"|(?:also on|more from) [\w .'’&-]{1,40})\s*[:|»]", re.I)
LIST_LIKE = {"p", "div", "ul", "ol", "li", "section", "td", "span", "dl"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6", "strong", "b"}
NAMING = ("class", "id", "data-component", "data-testid", "data-module")  # attributes that name a block
SPLIT = re.compile(r"[\s_\-]+")
SKIP = {"script", "style", "noscript", "template", "head", "title"}
PROSE = 150  # characters (no spaces) of a paragraph of running text
LONE_LINK = 200  # characters (no spaces): a paragraph that is one link, no longer, is a promo of another page


def _hinted(el: etree._Element) -> bool:
    names = " ".join(el.get(a) or "" for a in NAMING).lower()
    if not names.strip():
        return False
    if any(t in TOKENS for t in SPLIT.split(names)):
        return True
    compact = SPLIT.sub("", names)
    return any(j in compact for j in JOINED)


class _Stats:
    """Per element, counted once bottom-up: visible characters (no spaces), characters inside
    links, number of links, and whether it holds an h1, article or main element."""

    def __init__(self, root: etree._Element):
        self.size: dict[etree._Element, int] = {}
        self.linked: dict[etree._Element, int] = {}
        self.links: dict[etree._Element, int] = {}
        self.core: set[etree._Element] = set()
        self.prose: dict[etree._Element, int] = {}  # paragraphs of PROSE+ characters inside
        self._count(root, False)

    def _count(self, el: etree._Element, in_link: bool) -> int:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            return 0
        link = tag == "a"
        size = _chars(el.text)
        linked = size if (in_link or link) else 0
        links = 1 if link else 0
        prose = 0
        for child in el:
            n = self._count(child, in_link or link)
            size += n + _chars(child.tail)
            linked += self.linked.get(child, 0) + (_chars(child.tail) if in_link or link else 0)
            links += self.links.get(child, 0)
            prose += self.prose.get(child, 0)
            if child in self.core:
                self.core.add(el)
        if tag in ("h1", "article", "main"):
            self.core.add(el)
        if tag == "p" and size >= PROSE and linked < size / 2:
            prose += 1
        if prose >= 2:  # two real paragraphs of text: article body, whatever its class says
            self.core.add(el)
        self.size[el], self.linked[el], self.links[el], self.prose[el] = size, linked, links, prose
        return size


def _chars(text: str | None) -> int:
    return len("".join(text.split())) if text else 0


def _links_mostly(el: etree._Element, st: _Stats) -> bool:
    size = st.size.get(el, 0)
    if el.tag not in LIST_LIKE or not 0 < size < 400:
        return False
    if st.links[el] >= 2 and st.linked[el] >= 0.6 * size:
        return True
    if el.tag in ("p", "div") and st.links[el] == 1 and st.linked[el] == size and size < LONE_LINK:
        return len((el.text_content() or "").split()) >= 4  # another story's headline as a paragraph (not a byline)
    return st.links[el] > 0 and bool(LEAD_INS.match(el.text_content() or ""))


def _teaser_list(el: etree._Element, st: _Stats) -> bool:
    """A list of other stories: two or more items, each led by a link that stands on its own
    line (alone in a heading, or with a block after it: the story's teaser), not a link inside a
    sentence ("<li><a>The report</a> finds that …</li>" is the article's own list)."""
    if el.tag not in ("ul", "ol") or st.links.get(el, 0) < 2:
        return False
    items = [child for child in el if isinstance(child.tag, str)]
    return len(items) >= 2 and all(item.tag == "li" and _led_by_link(item) for item in items)


def _led_by_link(item: etree._Element) -> bool:
    link = next(item.iter("a"), None)
    if link is None or (item.text or "").strip():
        return False
    for above in link.iterancestors():
        if above is item:
            break
        if above.tag not in HEADINGS or (above.text or "").strip() or (above.tail or "").strip():
            return False
    return not (link.tail or "").strip() and not (link.text or "").isspace()


def furniture(root: etree._Element) -> set[etree._Element]:
    """The outermost furniture elements of the page."""
    st = _Stats(root)
    page = max(st.size.get(root, 0), 1)
    found: set[etree._Element] = set()

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            return
        size = st.size.get(el, 0)
        protected = el in st.core or tag in ("body", "html") or size > page / 3
        role = (el.get("role") or "").lower()
        if size and not protected and (tag in TAGS or tag == "header" or role in ROLES or _hinted(el)
                                       or _links_mostly(el, st) or _teaser_list(el, st)):
            found.add(el)
            return
        for child in el:
            walk(child)

    walk(root)
    return found
