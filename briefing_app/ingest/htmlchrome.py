"""Site furniture in a web page's DOM: navigation, menus, breadcrumbs, share bars,
related-links lists, newsletter promos, footers — found from the elements themselves, so it
is marked as boilerplate whatever the main-text extractor kept.

An element is furniture when it is a nav/aside/footer/menu element (a header too, unless it
holds the headline, in an h1 or in a heading named as the entry's title, or is a standfirst set in the body
container's own header: body_deks), has a landmark
role other than main (navigation, banner, contentinfo, complementary, menubar, search; a pop-up's dialog or
alertdialog), has a class, id or
data-component/-testid/-module naming furniture (breadcrumb, share, social, related, menu, nav, sidebar,
newsletter, tags, next story, …; "widget" alone names nothing in a page builder's block of text: TEXT_WIDGET), or is
mostly links (two or more,
at least 60% of its text, under 400 characters; a paragraph of four words or more that is all one
link: another story's headline; or a line led by "Read more:", "▶ Related:", "Related:", "WATCH:",
"Also on Fox News:", "More from Opinion |" and the like), or is a list of other
stories (each item led by a link on a line of its own, a teaser after it), or a box of a lead-in label in an element
of its own and links ("<div><div>Read more</div><a>…</a></div>"), or a box headed by one of
the site's labels ("About the author", "More from …", "Related content", "Key events", "Key points",
"In this article", "Comments") or opened by a sponsor's label ("Sponsored by …", "Together with …"), or is
kept out of sight (display:none, screen-reader text, a closed <dialog>, a short box whose class names a hidden state:
"hide", "hidden"; not article text folded behind a "Continue
reading" control: htmlfolds.py), or a blockquote that is no quotation (the widget chrome of a post embedded from a
social network, a pull quote repeating the text: htmlquotes.py; a pull quote's class or tag decides nothing), or a
heading standing alone with such a label ("Latest updates"), or a line that only says when the page or a post
changed ("Updated 3m ago", "10:42 a.m. ET"), or a short line of the page's labels ("Topics: …", "Filed under: …") or of a paywall
("Already a subscriber? Log in", "Special offer: $1 for 6 months", a small box holding such a line) or of an
audio player ("Listen to this article"), or a short line
that holds a form control (buttons alone beside a paragraph of their own are a post's tools, not a form),
or a small box that ends in a button or a link of a few words
standing alone (a call to give, subscribe or sign up), or a box that opens with a picture and holds only its short
caption. A section label just above the headline or
the block it opens ("Commentary", "Live", "Supported by") is furniture too. Never an element
that holds the headline (h1), an article or main element, two paragraphs of running text, or a
third of the page's text; and no class hint counts on an element whose first class names the article's body
("entry-content entry-content-read-more", itemprop="articleBody"), nor on a link or span inside a sentence (its block
holds only inline elements and more plain text outside it than in it: "<a class='auto-linked-tag'>Hong Kong</a>").
Sections of one template whose subheads and captions differ (Medium-like) are one article, not posts and replies.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from lxml import etree

from briefing_app.ingest.bodylines import TOOLS
from briefing_app.ingest.htmlfolds import HIDDEN_STATE_RE, unseen
from briefing_app.ingest.htmllines import LEAD_WORDS, PAGE_LABEL, PAGER
from briefing_app.ingest.htmlmeta import label_genre
from briefing_app.ingest.htmlquotes import not_quotations, pull_named, repeats
from briefing_app.ingest.htmlrepeats import BODY_NAMES, SPLIT
from briefing_app.ingest.htmlreprints import INLINE

TAGS = {"nav", "aside", "footer", "menu"}
ROLES = {"navigation", "banner", "contentinfo", "complementary", "menubar", "menu", "search"}
# a pop-up's box (a newsletter or login modal, a programme's details, a cookie notice): furniture also when it holds
# paragraphs of running text, unless it holds the headline, an article or a main element (a lightbox of the story)
DIALOGS = {"dialog", "alertdialog"}
TOKENS = {"nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs", "share", "sharing",
          "social", "related", "sidebar", "newsletter", "subscribe", "signup", "masthead", "footer", "comments",
          "promo", "widget", "cookie", "cookies", "tags", "tag", "topbar", "toolbar", "tools", "popular",
          "trending", "recommended", "advert", "ad", "ads", "skip", "cta", "outbrain", "taboola", "topics", "audio",
          "player", "gift"}
JOINED = ("breadcrumb", "sharedaddy", "relatedposts", "readmore", "mostread", "socialshare", "sharebar",
          "shareicons", "relatedarticles", "relatedlinks", "taglist", "topmenu", "mainmenu", "sitefooter",
          "siteheader", "skiplink", "postnavigation", "navlinks",
          # a box of the next or previous story ("next-story", "nextpost", "up-next", "read-next", "prev-next")
          "nextstory", "nextpost", "nextarticle", "upnext", "readnext", "prevnext", "previousstory", "previouspost")
# a page builder's or a blog platform's block of the article's text: "widget" in its class is the builder's word for any
# block, not a sidebar's (Elementor's "elementor-widget elementor-widget-text-editor", Blogger's "widget Blog")
TEXT_WIDGET = re.compile(r"\belementor-widget-(?:text-editor|theme-post-content)(?![\w-])|(?<![\w-])widget Blog(?![\w-])")
# a heading's class naming the entry's title ("entry-title", the hAtom name WordPress themes set; "entry__title",
# "post-title", "article-headline"), not a widget's or a card's ("widget-title", "card-title")
ENTRY_TITLE = re.compile(r"(?<![\w-])(?:entry|post|article|story)(?:-|_|__)(?:title|headline)(?![\w-])|(?<![\w-])headline"
                         r"(?![\w-])", re.I)

# (the marks and the space after them in one optional group: "\s*[^\w\s]{0,2}\s*" tries every split of a run of spaces
# between its two "\s*", minutes on a table page with 10,000 spaces before its text)
LEAD_INS = re.compile(rf"^\s*(?:[^\w\s]{{1,2}}\s*)?(?:{LEAD_WORDS})\s*[:|»]", re.I)
# such a label alone in an element of its own, the colon left out: "<div><div>Читайте также</div><a>…</a></div>"
LEAD_ALONE = re.compile(rf"\s*(?:[^\w\s]{{1,2}}\s*)?(?:{LEAD_WORDS})\s*[:|»]?\s*", re.I)
# a box headed by the site's own label: an author's bio, other stories, comments, a live page's key events
BOX_HEADS = re.compile(r"(?:about the (?:authors?|writers?|contributors?|experts?)|written by\b|more (?:from|in)\b|more on this\b"
                       r"|related(?: (?:content|articles|stories|coverage|reading|posts|links))?$|recommended\b"
                       r"|most (?:read|popular|viewed|shared)\b|(?:latest|live)(?: (?:news|stories|posts|articles|updates))?$"
                       r"|you (?:may|might) also like\b|other (?:[\w'’-]+ ){0,2}(?:columns|stories|articles|news|"
                       r"headlines|posts|features|opinions)$|key events$|key (?:points|takeaways)$|in this (?:article|story)$|at a glance$"
                       r"|(?:\d+ )?comments?$|leave a (?:reply|comment)\b|disclosures?(?: statement)?$"
                       # a comment section's other heads: "Discussion about this post", "Join the conversation",
                       # "Responses (14)", "Reader comments", "12 replies"
                       r"|discussion (?:about|on) this (?:post|article|story|piece)$|(?:join|start) the (?:conversation|"
                       r"discussion)$|(?:readers?['’]? )(?:comments|responses|reactions)$|(?:comments?|responses?|replies) "
                       r"\(\d[\d,.]*k?\)$|\d[\d,.]*k? (?:responses?|replies)$)", re.I)
# a line of the page's own labels: "Topics: Housing, Budget", "Filed under: Legislature", "Partners: ..."
LABEL_LINE = re.compile(r"\s*(?:topics?|tags?|filed (?:under|in)|categories|category|partners?|keywords|more about)\s*:", re.I)
LABEL_LINE_WORDS = 12
# a paywall's lines: "Already a subscriber? Log in", "This story is for subscribers."
PAYWALL = re.compile(r"\s*(?:already (?:a subscriber|a member|have an account)\s*\?|this (?:story|article|content|piece) is "
                     r"(?:only )?(?:for|available (?:only )?to|reserved for) (?:paying )?(?:subscribers|members)\b"
                     # "Subscribers only", "Subscribe to continue reading", "Continue reading with a subscription",
                     # "Keep reading: subscribe today", "Special offer: …", "Limited time: …"
                     r"|(?:for )?subscribers?[- ]only\b|(?:subscribe|sign up|log in|register)(?: now| today)? to (?:continue|keep) "
                     r"reading\b|(?:continue|keep) reading(?: with| for)? (?:a|your|our) (?:subscription|membership|digital "
                     r"(?:access|subscription))\b|keep reading\s*:\s*subscribe\b|(?:(?:special|limited[- ]time|introductory|"
                     r"exclusive|holiday) offer|limited time)\s*:"
                     # the message a paywall sets in the story's place: "To view the full story, please subscribe to X.",
                     # "Subscribe now to our e-edition for the full story.", "If you're seeing this message but you're
                     # already a subscriber, …", "First-time subscribers also receive a welcome gift"
                     r"|to (?:view|read|see|access|continue reading|keep reading) (?:the|this) (?:full |whole |entire |rest "
                     r"of (?:the|this) )?(?:story|article|piece)\b[^\n]{0,60}\b(?:subscri|log ?in|sign ?in|register|"
                     r"become a member|membership)"
                     r"|(?:subscribe|sign up|log ?in|sign ?in|register)(?: now| today)?\b[^\n]{0,60}\bfor (?:the|this) (?:full|"
                     r"whole|entire) (?:story|article)\b|if you['’]re (?:seeing this message|already a (?:subscriber|member))\b"
                     r"|(?:new|first[- ]time) (?:subscribers|members) (?:also )?(?:get|receive|enjoy)\b"
                     # a membership's promo: "When you join The Harbor Times family, you'll get unlimited digital access
                     # …", "Join now or renew to get: …", "Become a member to get unlimited access"
                     r"|(?:when you (?:join|subscribe|become a (?:member|subscriber))|(?:join|subscribe|become a member)"
                     r"(?: now| today)?(?: or renew)?(?: to get)?)\b[^\n]{0,80}\bunlimited (?:digital )?access\b"
                     r"|join (?:now|today) or renew\b)", re.I)
# a subscription offer's line: a price by the week, month or year (or for a span) with an offer's words opening it
# ("Special offer: $1 for 6 months", "Get full access for $2 a month", "Subscribe now: 99¢ a week") or "Cancel anytime"
# in it; "Subscribers will pay $5 a month more from January." is text
PRICE = re.compile(r"(?:[$€£]\s?\d+(?:[.,]\d\d)?|\d+\s?¢)\s*(?:(?:a|per|/)\s*(?:week|month|year|wk|mo|yr)\b|for (?:\d+|one|two|"
                   r"three|six|twelve) (?:weeks?|months?|years?)\b)", re.I)
OFFER = re.compile(r"\W{0,2}(?:(?:special|limited[- ]time|introductory|exclusive|holiday|flash) (?:offer|sale|deal)|limited time"
                   r"|(?:get|try|start|unlock|enjoy)\b[^.!?\n]{0,40}\b(?:access|subscription|trial)|subscribe(?: now| today)?\b"
                   r"|join (?:now|today)\b)|[^\n]*\bcancel any ?time\b", re.I)
OFFER_MAX = 120  # characters (no spaces)
PRICE_MARKS = "$€£¢"
PAYWALL_KEYS = ("subscri", "account", "offer", "limited time", "reading", "member", "$", "€", "£", "¢")
# an audio player's line: "Listen to this article", "NEW You can now listen to Fox News articles!"
AUDIO = re.compile(r"\s*(?:new\W+)?(?:you can now listen to [\w\s'’.&-]{0,40}\barticles?\b|(?:listen to|hear|play) "
                   r"(?:this|the) (?:article|story)\b|audio (?:version|article)\b)", re.I)
AUDIO_MAX = 60  # characters (no spaces)
# a sponsor's label opening a box: "Sponsored", "Sponsored by Acme", "Together with Ledgerly", "Presented by …",
# "Paid post", "Partner content", "A word from our sponsor"
# (a label naming the sponsor names it by a capital: "Together with the unions" opens no box of the site's)
SPONSOR = re.compile(r"\s*(?:(?i:sponsored|paid (?:content|post|partnership|promotion)|partner content|promoted|advertiser "
                     r"content|advertisement|(?:a )?(?:word|message) from (?:our|today's) sponsors?|from our (?:sponsors?"
                     r"|partners))(?i: content| post| story| links?| stories)?|(?i:(?:sponsored|promoted|presented|brought "
                     r"to you|paid for) by|(?:together|in partnership) with) [A-Z0-9][^.!?\n]{0,40})\s*")
SPONSOR_WORDS = 8  # words of a sponsor's label at the most
SPONSOR_BOX = 800  # characters (no spaces) of a sponsor's box at the most
CAPTION_MAX = 300  # characters (no spaces) of a picture's caption set in a box after it, at the most
CAPTION_TAGS = ("p", "span", "small", "em", "i", "div", "cite")
CONTROLS = ("input", "button", "select", "textarea")  # a line that holds one is the page's form, not the article
SHORT_LINE = 200  # characters (no spaces): the longest line the line rules read
CALL_WORDS = 3  # a call to action's button or link: "Donate now", "Sign up", "Give today"
# a call to sign up closing the box's last paragraph: "… <a>Sign up for The Daily Argument.</a>", "<a>Subscribe to
# Morning Brief</a>" (a link of a few words that opens with the call)
SIGNUP = re.compile(r"\W{0,2}(?:sign up|subscribe|register|join|get (?:the|our|it)\b|try|start your)\b", re.I)
SIGNUP_WORDS = 8
DOI = re.compile(r"\b10\.\d{4,9}/\S+|\bdoi\.org/", re.I)  # a Digital Object Identifier: a citation's, never a call
BOXES = {"div", "section", "aside"}
LINE_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "span", "div", "strong")
HEADS = {"h2", "h3", "h4", "h5", "h6"}
# a line that only tells when the page or a post changed ("Updated 3m ago", "Posted at 10:42 a.m. ET",
# "10.42 BST"), or asks to reload the page for more ("Refresh for the latest")
TIME_LINE = re.compile(r"\s*(?:(?:(?:last )?updated|published|posted|first published)(?: at| on)?:?\s*)?(?:\d+\s*(?:s|secs?|"
                       r"seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago|just now|\d{1,2}[:.]\d\d\s*"
                       r"(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4})?)\s*$|\s*(?:refresh|reload)(?: the page)? (?:for|to see|to get) "
                       r"(?:the )?(?:latest|new|more)(?: updates| posts)?\s*$", re.I)
TIME_LINE_MAX = 40  # characters (no spaces)
KICKER_MAX = 30  # characters (no spaces) of a section label set above the headline ("Commentary", "Live")
KICKER_LEVELS = 3  # the h1, and the blocks it opens (<div><h1>, <header><div><h1>)
LIST_LIKE = {"p", "div", "ul", "ol", "li", "section", "td", "span", "dl"}
HEADINGS = {"h2", "h3", "h4", "h5", "h6", "strong", "b"}
BYLINE = re.compile(r"[Bb][Yy]\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}$")  # "By Priya Natarajan"
BYLINE_TAGS = ("p", "div", "span")
BYLINE_WORDS = 6
# a class naming the article's body ("entry-content", "article-body", "story__body"), compared without - and _
NAMING = ("class", "id", "data-component", "data-testid", "data-module")  # attributes that name a block
SKIP = {"script", "style", "noscript", "template", "head", "title"}
PROSE = 150  # characters (no spaces) of a paragraph of running text
REPLY_LEVELS = 3  # the article's post, and the blocks up to two levels above it
REPLY_PART = 100  # characters (no spaces) of a post's own part: the poster's name, a date, a count
BODY_PARTS = {"p", "li", "h2", "h3", "h4", "h5", "h6", "figure", "blockquote"}  # parts of a body, not of a post's frame
STORY_MIN = 200  # characters (no spaces) of another story loaded below
MINOR_PROSE = 3  # paragraphs of running text in a furniture-named box that do not make it the body, at the most ...
MINOR_SHARE = 4  # ... when the page holds this many times as many
LINK_MARKS = 4  # characters (no spaces) of punctuation around a paragraph's one link at the most
DEK_MIN, DEK_MAX = 40, 600  # characters (no spaces) of a standfirst set in the body's <header>
SENTENCE_REST = 30  # characters (no spaces) of plain text around an inline element that make it part of a sentence
DATA_CELLS = 3  # cells of a table row of data at the least
LONE_LINK = 200  # characters (no spaces): a paragraph that is one link, no longer, is a promo of another page


def _in_sentence(el: etree._Element, st: _Stats) -> bool:
    """Whether an inline element (a link, a span) is a phrase of running text: its block (the nearest ancestor that is
    no inline element) holds only inline elements, and plain text outside it and outside links of SENTENCE_REST+
    characters (no spaces) and no less than its own. Its class then names a style or an automatic link
    ("sn-player-post-link", "auto-tag_…", "auto-linked-tag"), not a box."""
    if el.tag not in INLINE:
        return False
    block = el.getparent()
    while block is not None and block.tag in INLINE:
        block = block.getparent()
    if block is None or any(isinstance(c.tag, str) and c.tag not in INLINE and c.tag != "br" for c in block):
        return False  # a link between the body's paragraphs is a box of its own ("Also on …: <title>")
    outside = st.size.get(block, 0) - st.linked.get(block, 0) - (st.size.get(el, 0) - st.linked.get(el, 0))
    return outside >= max(SENTENCE_REST, st.size.get(el, 0))


def _hover_cards(root: etree._Element) -> dict[etree._Element, etree._Element]:
    """Hover cards set inside a sentence (thehill's "rollover-people"): an inline element holding a link (a person's
    name, text) and after it an inline box with a picture (the card: the picture, the name again, links to other
    stories; furniture). The box by the element that holds it, when the block around holds SENTENCE_REST+ characters
    (no spaces) of text outside it and outside links (a phrase of running text)."""
    out: dict[etree._Element, etree._Element] = {}
    for img in root.iter("img"):
        below = img
        for above in img.iterancestors():
            if above.tag not in INLINE:
                break
            if above.tag != "a" and any(k.tag == "a" and _chars(k.text_content()) for k in below.itersiblings(preceding=True)):
                block = next((b for b in above.iterancestors() if b.tag not in INLINE), None)
                if block is not None and _plain(block) - _plain(above) >= SENTENCE_REST:
                    out[above] = below
                break
            below = above
    return out


def _plain(el: etree._Element) -> int:
    """Characters (no spaces) of the element's text outside links."""
    return _chars(el.text_content()) - sum(_chars(a.text_content()) for a in el.iter("a"))


def _data_row(el: etree._Element) -> bool:
    """A row of a table of data (DATA_CELLS cells or more): its class names the row's record ("player-2020-580" in a
    league table), not a box of the site's."""
    return el.tag == "tr" and sum(isinstance(c.tag, str) and c.tag in ("td", "th") for c in el) >= DATA_CELLS


def _hinted(el: etree._Element) -> bool:
    names = " ".join(el.get(a) or "" for a in NAMING).lower()
    if not names.strip() or _body_named(el):
        return False
    hints = {t for t in SPLIT.split(names) if t in TOKENS}
    if hints and not (hints == {"widget"} and _text_widget(el)):
        return True
    compact = SPLIT.sub("", names)
    return any(j in compact for j in JOINED)


def _titled(header: etree._Element, st: _Stats) -> bool:
    """Whether a <header> holds the article's title in a heading other than an h1 (its class or itemprop names the
    entry's title: "<h2 class='entry-title'>", "<h2 class='entry__title'>", itemprop="headline"), not a link to another
    page (another story's card): the article's own header, with its dek, not the site's."""
    for head in header.iter(*HEADS):
        named = ENTRY_TITLE.search(head.get("class") or "") or (head.get("itemprop") or "").lower() == "headline"
        if named and 2 * st.linked.get(head, 0) < st.size.get(head, 0):
            return True
    return False


def _text_widget(el: etree._Element) -> bool:
    """Whether the element is a page builder's or a blog platform's block of the article's own text, or the container
    right inside one, whose class says "widget" only as the builder's word for a block (TEXT_WIDGET: Elementor's text
    editor and post content, Blogger's posts)."""
    parent = el.getparent()
    return any(TEXT_WIDGET.search(e.get("class") or "") for e in (el, parent) if e is not None)


def body_deks(root: etree._Element) -> set[etree._Element]:
    """A <header> inside the article's body container (itemprop="articleBody", a body-named class) holding a sentence
    of running text and no headline: the article's standfirst (a dek is article text by the project's web convention),
    kept also where the extractor leaves it out. A header of links (a section's menu) is none."""
    out = set()
    for el in root.iter("header"):
        text = " ".join(el.text_content().split())
        size = len("".join(text.split()))
        linked = sum(len("".join(a.text_content().split())) for a in el.iter("a"))
        if (DEK_MIN <= size <= DEK_MAX and text[-1:] in ".?!”\"" and 2 * linked < size and next(el.iter("h1"), None) is None
                and any(_body_named(a) for a in el.iterancestors())):
            out.add(el)
    return out


def _body_named(el: etree._Element) -> bool:
    """Whether the element's first class name (or its itemprop) names the article's body ("entry-content",
    "article__body", itemprop="articleBody"): a furniture word in its other names is a variant of the body's
    style ("entry-content entry-content-read-more"), not a box of the site's."""
    if (el.get("itemprop") or "").lower() == "articlebody":
        return True
    first = (el.get("class") or "").split()[:1]
    return bool(first) and SPLIT.sub("", first[0].lower()) in BODY_NAMES


class _Stats:
    """Per element, counted once bottom-up: visible characters (no spaces), characters inside
    links, number of links, and whether it holds an h1, article or main element."""

    def __init__(self, root: etree._Element, skip: AbstractSet[etree._Element] = frozenset()):
        self.skip = skip
        self.size: dict[etree._Element, int] = {}
        self.linked: dict[etree._Element, int] = {}
        self.links: dict[etree._Element, int] = {}
        self.core: set[etree._Element] = set()
        self.landmark: set[etree._Element] = set()  # holds an h1, article or main element
        self.prose: dict[etree._Element, int] = {}  # paragraphs of PROSE+ characters inside
        self._count(root, False)

    def _count(self, el: etree._Element, in_link: bool) -> int:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP or el in self.skip:
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
            if child in self.landmark:
                self.landmark.add(el)
        if tag in ("h1", "article", "main"):
            self.core.add(el)
            self.landmark.add(el)
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
    if el.tag in ("p", "div") and st.links[el] == 1 and size - st.linked[el] <= LINK_MARKS and size < LONE_LINK \
            and _marks_only(el):  # brackets or a dash around it: "[Museum houses Roman treasures]", "— Watch: …"
        return len((el.text_content() or "").split()) >= 4  # another story's headline as a paragraph (not a byline)
    return st.links[el] > 0 and (bool(LEAD_INS.match(el.text_content() or "")) or _label_and_links(el, st))


def _marks_only(el: etree._Element) -> bool:
    """Whether the element's text outside its links is no more than punctuation."""
    link_text = "".join(a.text_content() for a in el.iter("a"))
    outside = "".join(el.text_content().split())
    for ch in "".join(link_text.split()):
        outside = outside.replace(ch, "", 1)
    return not any(ch.isalnum() for ch in outside)


def _label_and_links(el: etree._Element, st: _Stats) -> bool:
    """A box whose first element holds only a lead-in label (LEAD_ALONE: "Read more", "Смотрите также") and whose
    other text is all in links: another story's link under the site's label."""
    if (el.text or "").strip():
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first.tag == "a" or first is el[-1] or st.links.get(first, 0):
        return False
    label = first.text_content() or ""
    return bool(LEAD_ALONE.fullmatch(label)) and st.linked[el] >= st.size[el] - st.size.get(first, 0)


def _headed_box(el: etree._Element) -> bool:
    """A box whose first child is a heading with one of the site's box labels (BOX_HEADS)."""
    if el.tag not in BOXES:
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    # the heading in a wrapper of its own: "<div class='group'><div class='group-header'><h2>Other Opinion Columns</h2>"
    while first is not None and first.tag in BOXES | {"header"} and len(first) == 1 and not (first.text or "").strip():
        first = first[0] if isinstance(first[0].tag, str) else None
    return (first is not None and first.tag in HEADS and not (el.text or "").strip()
            and bool(BOX_HEADS.match(" ".join(first.text_content().split()))))


def _hidden_state(el: etree._Element, st: _Stats) -> bool:
    """A short box (SHORT_LINE characters at the most) whose class names a hidden state ("hide", "hidden", "is-hidden"):
    a message a script shows later (a form's "An error has occurred", "Thank you"); a fold of the article's text behind
    a "Read more" control is found before (htmlfolds.py) and never comes here."""
    classes = el.get("class")
    return bool(classes) and st.size.get(el, 0) <= SHORT_LINE and HIDDEN_STATE_RE.search(classes) is not None


def _short_line(el: etree._Element, st: _Stats) -> bool:
    """A short line that only says when the page changed (TIME_LINE), lists the page's labels
    (LABEL_LINE), is a paywall's (PAYWALL) or an audio player's (AUDIO), or holds a form control
    ("[ ] Check the box to include the list of links")."""
    size = st.size.get(el, 0)
    if el.tag not in LIST_LIKE or not 0 < size < SHORT_LINE:
        return False
    text = el.text_content()
    return ((size <= TIME_LINE_MAX and bool(TIME_LINE.match(text)))
            or (bool(LABEL_LINE.match(text)) and len(text.split()) <= LABEL_LINE_WORDS) or bool(PAYWALL.match(text))
            or (size <= AUDIO_MAX and bool(AUDIO.match(text))) or _form_line(el) or (size <= OFFER_MAX and _offer(text)))


def _offer(text: str) -> bool:
    """A subscription offer's line (OFFER opening it and a PRICE in it)."""
    return any(c in text for c in PRICE_MARKS) and PRICE.search(text) is not None and OFFER.match(text) is not None


def _paywall_box(el: etree._Element, st: _Stats) -> bool:
    """A small box of a paywall's lines and no running text: one of its lines is a paywall's (PAYWALL: "Subscribers
    only", "Already have an account? Sign in") or an offer's, and the rest goes with it ("Premium content")."""
    if el.tag not in BOXES or not 0 < st.size.get(el, 0) < SPONSOR_BOX or st.prose.get(el, 0) or (el.text or "").strip():
        return False
    low = el.text_content().lower()
    return any(k in low for k in PAYWALL_KEYS) and any(
        PAYWALL.match(line.text_content()) or (st.size.get(line, 0) <= OFFER_MAX and _offer(line.text_content()))
        for line in el.iter(*LINE_TAGS) if line is not el)


def _form_line(el: etree._Element) -> bool:
    """Whether a short line holds a form control: an input, a list or a text box; or only buttons, unless they stand
    apart from a paragraph of their own (a live blog's short post with its "Share" and "Copy link" buttons under it:
    the post is text; a call that ends in a button is _call_box's)."""
    buttons = False
    for control in el.iter(*CONTROLS):
        if control.tag != "button":
            return True
        buttons = True
    return buttons and not any(p.text_content().strip() and next(p.iter("button"), None) is None for p in el.iter("p"))


def _call_box(el: etree._Element, st: _Stats) -> bool:
    """A box of a few lines that ends in a button, or in a link of a few words standing alone (not
    inside a paragraph): a call to give, subscribe or sign up; or whose last paragraph ends in a link that calls to
    sign up or subscribe (SIGNUP)."""
    if el.tag not in BOXES or not 0 < st.size.get(el, 0) < 400:
        return False
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < 2 or (kids[-1].tail or "").strip():
        return False
    last = kids[-1]
    # in a box of bare divs (no paragraphs), the button in a block of its own: "<div><a>Sign up</a></div>"
    while last.tag in BOXES and len(last) == 1 and not (last.text or "").strip() and not (last[0].tail or "").strip() \
            and next(el.iter("p"), None) is None:
        last = last[0]
    # a paragraph that is only the button or link: "<p><a class='button'>Support us</a></p>"
    if last.tag == "p" and len(last) == 1 and not (last.text or "").strip() and not (last[0].tail or "").strip():
        last = last[0]
    words = last.text_content().split()
    if last.tag in ("a", "button") and 0 < len(words) <= CALL_WORDS:
        # a post's own tool ("Share", "Copy link"), a jump within the page ("Back to top") and a citation's DOI
        # ("DOI: 10.1016/j.actaastro.2019.11.004" closing a "More information:" box) call for nothing
        return TOOLS.fullmatch(" ".join(words)) is None and not _jump(last) and DOI.search(" ".join(words)) is None
    # a paragraph that ends in a link calling to sign up: "Opinions to start the day. <a>Sign up for …</a>"
    end = last[-1] if last.tag in ("p", "div") and len(last) else None
    if end is None or end.tag not in ("a", "button") or (end.tail or "").strip():
        return False
    call = end.text_content().split()
    return 0 < len(call) <= SIGNUP_WORDS and bool(SIGNUP.match(" ".join(call)))


def _jump(link: etree._Element) -> bool:
    """Whether a link leads to a place on its own page: "#top" (the top of any page, by HTML's rule) or "#" and the id
    or name of an element the page holds ("<a href='#contents'>Back to contents</a>"); a bare "#" (a script's
    button) and a link to another page lead nowhere on it."""
    href = (link.get("href") or "").strip() if link.tag == "a" else ""
    if not href.startswith("#") or len(href) < 2:
        return False
    name = href[1:]
    return name.casefold() == "top" or bool(link.getroottree().xpath("//*[@id=$n or @name=$n]", n=name))


def _picture_box(el: etree._Element, st: _Stats) -> bool:
    """A box that opens with a picture (an <img>, a <picture>, or a link around one) and holds only a short caption
    after it, in one or two elements (no paragraph of running text): a photo and its caption set without <figure>
    ("<div><img><p>Crowds outside the court. (Jane Doe/The Ledger)</p></div>")."""
    if el.tag not in BOXES or not 0 < st.size.get(el, 0) <= CAPTION_MAX or st.prose.get(el, 0) or (el.text or "").strip():
        return False
    kids = [c for c in el if isinstance(c.tag, str)]
    if not 2 <= len(kids) <= 3 or (kids[0].tail or "").strip():
        return False
    first = kids[0]
    picture = first.tag in ("img", "picture") or (first.tag == "a" and not first.text_content().strip()
                                                   and next(first.iter("img"), None) is not None)
    return picture and all(k.tag in CAPTION_TAGS and next(k.iter("img", "a"), None) is None for k in kids[1:])


def _sponsor_box(el: etree._Element, st: _Stats) -> bool:
    """A box opened by a sponsor's label (SPONSOR) in a line of its own: the sponsor's copy and call after it."""
    if el.tag not in BOXES or not 0 < st.size.get(el, 0) < SPONSOR_BOX or (el.text or "").strip():
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    if first is None or first is el[-1]:
        return False
    label = " ".join(first.text_content().split())
    return 0 < len(label.split()) <= SPONSOR_WORDS and bool(SPONSOR.fullmatch(label))


def _label_heading(el: etree._Element, st: _Stats) -> bool:
    """A heading standing alone with one of the site's box labels ("Latest updates", "Comments")."""
    return el.tag in HEADS and st.size.get(el, 0) <= KICKER_MAX and bool(BOX_HEADS.match(" ".join(el.text_content().split())))


def _kickers(root: etree._Element, st: _Stats) -> list[etree._Element]:
    """Section labels set just above a headline (label_slots): a few words with no digits, not a byline, not a
    sentence ("Commentary", "Live", "Supported by")."""
    return [el for el in label_slots(root) if _label(el, st)]


def _after_labels(root: etree._Element, st: _Stats) -> list[etree._Element]:
    """A genre label set just below a headline, before the byline or the body ("Guest column", "Analysis",
    "Commentary": htmlmeta.label_genre's words): the element right after the h1 (or after the block the h1 closes,
    up to KICKER_LEVELS up), with no text between; a dek or a byline there names no genre and stays."""
    out = []
    for h1 in root.iter("h1"):
        node = h1
        for _ in range(KICKER_LEVELS):
            if (node.tail or "").strip():
                break
            after = node.getnext()
            while after is not None and not isinstance(after.tag, str):
                after = after.getnext()
            if after is not None:
                if _label(after, st) and label_genre(" ".join(after.text_content().split())):
                    out.append(after)
                break
            node = node.getparent()
            if node is None:
                break
    return out


def label_slots(root: etree._Element) -> Iterator[etree._Element]:
    """The element set just above each headline, where a section label goes: the element before the h1 (or before
    the block the h1 opens, up to KICKER_LEVELS up), with no text between."""
    for h1 in root.iter("h1"):
        node = h1
        for _ in range(KICKER_LEVELS):
            prev = node.getprevious()
            while prev is not None and not isinstance(prev.tag, str):
                prev = prev.getprevious()
            if prev is not None:
                if not (prev.tail or "").strip():
                    yield prev
                break
            parent = node.getparent()
            if parent is None or (parent.text or "").strip():
                break
            node = parent


def _label(el: etree._Element, st: _Stats) -> bool:
    size = st.size.get(el, 0)
    words = el.text_content().split()
    return (0 < size <= KICKER_MAX and len(words) <= 4 and words[0].lower() != "by"
            and not any(ch.isdigit() for ch in "".join(words)) and not words[-1].endswith((".", "!", "?")))


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


def other_stories(root: etree._Element, st: _Stats) -> list[etree._Element]:
    """Stories a page loaded below the article as the reader scrolled: the article is the
    smallest block around the page's first h1 that holds two paragraphs of running text; a later
    sibling made from the same template (tag and class) that holds paragraphs of its own and a
    headline (h1) or a byline or a <time> is another story, and so is a short label between them
    ("Next article", "Up next")."""
    h1 = next((h for h in root.iter("h1") if st.size.get(h, 0)), None)
    story = h1
    while story is not None and st.prose.get(story, 0) < 2:
        story = story.getparent()
    if story is None or story.tag in ("body", "html"):
        return []
    out: list[etree._Element] = []
    labels: list[etree._Element] = []
    for sib in story.itersiblings():
        if not isinstance(sib.tag, str):
            continue
        if (sib.tag == story.tag and sib.get("class") == story.get("class") and st.size.get(sib, 0) >= STORY_MIN
                and _story_head(sib)):
            out += labels + [sib]
            labels = []
        elif 0 < st.size.get(sib, 0) <= KICKER_MAX:
            labels.append(sib)
        else:
            labels = []
    return out


def replies(root: etree._Element, st: _Stats) -> list[etree._Element]:
    """Posts after the article made from the same template as the post that holds it (a forum thread's replies,
    comments set as posts): the article's post is the smallest block around the page's first paragraph of running
    text that holds two such paragraphs, or a block up to REPLY_LEVELS above it; a later sibling with its tag and
    class is another post when both hold a small part of the same tag and class (not a paragraph, no running
    text) whose texts differ (the poster's name, the date). A body split over containers that repeat the same
    label, or whose parts differ only in the body's paragraphs or in a page's label or pager ("Page 2 of 3", "Next
    page →": a paginated story loaded whole), is one article."""
    first = next((p for p in root.iter("p") if st.prose.get(p, 0)), None)
    post = first
    while post is not None and st.prose.get(post, 0) < 2:
        post = post.getparent()
    for _ in range(REPLY_LEVELS):
        if post is None or post.tag in ("body", "html") or not post.get("class"):
            return []
        parts = _template_parts(post, st)
        found = [sib for sib in post.itersiblings() if isinstance(sib.tag, str) and sib.tag == post.tag
                 and sib.get("class") == post.get("class") and st.size.get(sib, 0) > 0
                 and any(parts.get(k, t) != t and not PAGE_LABEL.fullmatch(t) and not PAGER.fullmatch(t)
                         for k, t in _template_parts(sib, st).items())]
        if found:
            return found
        post = post.getparent()
    return []


def _template_parts(el: etree._Element, st: _Stats) -> dict[tuple[str, str], str]:
    """The text of each small child of `el` (REPLY_PART characters at most, no paragraph of running text in it:
    a poster's name, a date, not a part of the body) that has a class, by tag and class. A heading or a figure is
    the body's (a section's subhead, a picture's caption: Medium-like sections of one template), never a post's."""
    out: dict[tuple[str, str], str] = {}
    for child in el:
        if (isinstance(child.tag, str) and child.tag not in BODY_PARTS and child.get("class")
                and 0 < st.size.get(child, 0) <= REPLY_PART and not st.prose.get(child, 0)):
            out.setdefault((child.tag, child.get("class") or ""), " ".join(child.text_content().split()))
    return out


def _story_head(el: etree._Element) -> bool:
    """Whether a block opens as a story does: a headline (h1), a byline ("By …") or a <time>."""
    if next(el.iter("h1", "time"), None) is not None:
        return True
    for line in el.iter(*BYLINE_TAGS):
        words = (line.text_content() or "").split()
        if len(words) <= BYLINE_WORDS and BYLINE.match(" ".join(words)):
            return True
    return False


def _minor_box(el: etree._Element, st: _Stats, page_prose: int) -> bool:
    """A box whose class names furniture and which holds a few paragraphs of running text but a small share of the
    page's (a widget of slide shows with their blurbs, set after the story), no headline, article or main element:
    its paragraphs do not make it the article's body."""
    prose = st.prose.get(el, 0)
    return (el not in st.landmark and prose <= MINOR_PROSE and prose * MINOR_SHARE <= page_prose and _hinted(el))


def furniture(root: etree._Element, folded: AbstractSet[etree._Element] = frozenset(),
              bios: AbstractSet[etree._Element] = frozenset()) -> set[etree._Element]:
    """The outermost furniture elements of the page; never a fold of the article's text (`folded`: htmlfolds.py's),
    though furniture inside one is; never an author's closing bio or a reprint note (`bios`: htmlbios.py's,
    htmlreprints.py's): in a box that is furniture,
    the box's other parts are (its photo, the name alone, "Follow", "More from this author")."""
    cards = _hover_cards(root)
    st = _Stats(root, set(cards.values()))  # (a hover card's words and links counted nowhere)
    holders = {above for bio in bios for above in bio.iterancestors()}

    def box_chrome(el: etree._Element) -> None:
        for child in el:
            if isinstance(child.tag, str) and child not in bios:
                if child in holders:
                    box_chrome(child)
                else:
                    found.add(child)

    page = max(st.size.get(root, 0), 1)
    prose = st.prose.get(root, 0)
    found: set[etree._Element] = set()
    deks = body_deks(root)
    found.update(cards.values())

    def walk(el: etree._Element) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in SKIP:
            return
        if el in folded:
            for child in el:
                walk(child)
            return
        if el in bios:
            return
        if el in cards:  # a name in a sentence, its hover card (found) after it
            for child in el:
                if child is not cards[el]:
                    walk(child)
            return
        size = st.size.get(el, 0)
        role = (el.get("role") or "").lower()
        if size and role in DIALOGS and el not in st.landmark and tag not in ("body", "html"):
            found.add(el)
            return
        protected = (el in st.core and not _minor_box(el, st, prose)) or tag in ("body", "html") or size > page / 3
        if size and not protected and pull_named(el):  # furniture when it repeats the running text (htmlquotes.py)
            if unseen(el):
                found.add(el)
                return
        elif size and not protected and (tag in TAGS or (tag == "header" and el not in deks and not _titled(el, st))
                                       or role in ROLES
                                       or (_hinted(el) and not _in_sentence(el, st) and not _data_row(el)) or unseen(el)
                                       or _hidden_state(el, st)
                                       or _links_mostly(el, st) or _teaser_list(el, st) or _headed_box(el)
                                       or _short_line(el, st) or _call_box(el, st) or _sponsor_box(el, st)
                                       or _picture_box(el, st) or _paywall_box(el, st)
                                       or _label_heading(el, st)):
            if el in holders:
                box_chrome(el)
            else:
                found.add(el)
            return
        for child in el:
            walk(child)

    walk(root)
    found.update(_kickers(root, st))
    found.update(_after_labels(root, st))
    found.update(other_stories(root, st))
    found.update(replies(root, st))
    found.update(not_quotations(root, st.core))
    found.update(repeats(root, st.core))
    return found - folded - bios
