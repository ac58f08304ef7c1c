"""Blockquotes that are not the article's own quotations: the widget chrome of posts embedded from social networks
(the embed code leaves a blockquote of the post's text that ends with a link to the post) and pull quotes (a sentence
of the article set again in large type). A blockquote that quotes something said or written elsewhere, with or
without a link, stays text. An embedded post quoted in the article is text too (the project's web convention): only
its chrome is furniture — the links to the post set outside its text ("View on Twitter"), lines of the widget's own
("View this post on Instagram", a picture's "pic.twitter.com/…" link, a follow button) — and the whole embed when none
of the post's own words are left (an embed code that carries no text). The post's attribution line says who wrote it
and is text, its date included (coordinator, session 22): "— Name (@handle) June 19, 2024", "A post shared by Name
(@handle)", "Posted by Name on Thursday, June 19, 2024".

Pull quotes and summaries set in other elements too: a paragraph or a box of text (no
paragraphs inside) whose words stand again inside another, longer paragraph of the page (in any case, without an
ellipsis at either end or an attribution after the closing quotation mark) (a
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
# a line of an embedded post's widget: "View this post on Instagram", "A post shared by City of Fairview (@fairview)",
# "pic.twitter.com/Ab12Cd", "Posted by Fairview Police on Thursday", "Follow @SenDelgado", "See more on Facebook", a date
# the post's time stamp ("June 19, 2024", "19 June 2024", "June 19, 2024 at 9:02 AM")
STAMP = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}(?: at \d{1,2}[:.]\d\d ?"
         r"(?:[ap]\.?m\.?)?)?|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}")
CHROME = re.compile(r"\s*(?:view (?:this |the )?(?:post|tweet|photo|video|reel|profile|thread)?\s*on [\w. ]{1,20}"
                    r"|pic\.twitter\.com/\S+|follow "
                    r"(?:@\w+|us|me)\b.{0,30}|follow [\w. ]{1,30} on (?:twitter|x|instagram|facebook|tiktok|threads|bluesky|"
                    r"youtube|linkedin)|see (?:more|this post|the post) on [\w. ]{1,20}"
                    # a time stamp alone (outside an attribution line)
                    rf"|{STAMP})\s*",
                    re.I | re.S)
# a post's attribution line: "— Name (@handle) June 19, 2024", "&mdash; Name (@name.bsky.social) …", "A post shared
# by Name (@handle)", "Posted by Name on Thursday, June 19, 2024"
ATTRIBUTION_LINE = re.compile(r"\s*(?:(?:[—–]|--?)\s*[^()\n]{1,80}\(\s*@[\w.\-]{1,60}\s*\)\s*(?:[^\n]{0,12}(?:"
                              + STAMP + r"))?|(?:a )?(?:post|photo|video|reel) shared by [^\n]{1,120}"
                              r"|posted by [^\n]{1,60} on [^\n]{1,40})\s*", re.I)
# a pull quote's class ("pullquote", "pull-quote", "graf--pullquote", "wp-block-pullquote"), compared without - and _
PULL_NAME = "pullquote"
PULL_SPLIT = re.compile(r"[\s_\-]+")
PULL_MIN = 20  # characters (no spaces): shorter repeats are labels, not sentences
REPEAT_MIN = 30  # characters (no spaces) of a paragraph or box read as a repeat
ATTRIBUTION = 40  # characters (no spaces) besides the repeat in its box: a name, a credit
LEAVES = ("div", "figure", "aside")
REPEAT_PAGE = 500_000  # characters (no spaces) of paragraphs: a larger page is not searched for repeats
REPEAT_READS = 400  # paragraphs and boxes searched at the most
QUOTE_MARKS = "“”\"'‘’«»"
SET_APART = ("figure", "blockquote", "aside")
# (squashed text) a quotation closed and attributed after a dash: "“...”—TheEditorialBoard"
ATTRIBUTED = re.compile(rf"^([“\"‘«].{{{REPEAT_MIN},}}?[”\"’»])(?:[—–]|--?)[^—–]{{1,{ATTRIBUTION}}}$", re.S)
POST_LEVELS = 4  # blocks above an embedded post searched for the article's paragraphs
POST_PARAS = 2  # paragraphs of running text beside it ...
POST_PROSE = 80  # ... of this many characters (no spaces) at least
ELLIPSIS = re.compile(r"^[“\"‘«]?(?:…|\.\.\.)|(?:…|\.\.\.)[”\"’»]?$")


def not_quotations(root: etree._Element, core: set[etree._Element]) -> list[etree._Element]:
    """The page's embed and pull-quote blockquotes (none that holds the headline or article body)."""
    quotes = [bq for bq in root.iter("blockquote") if bq not in core]
    if not quotes:
        return []
    embeds = [bq for bq in quotes if _embedded_post(bq)]
    out = [el for bq in embeds for el in embed_chrome(bq)]
    rest = [bq for bq in quotes if bq not in embeds]
    if rest:
        inside = {p for bq in quotes for p in bq.iter("p")}
        prose = "\n".join(_squash(p.text_content()) for p in root.iter("p") if p not in inside)
        for bq in rest:
            said = _squash(bq.text_content()).strip("“”\"'‘’")
            if len(said) >= PULL_MIN and said in prose:
                out.append(bq)
    return out


def pull_named(el: etree._Element) -> bool:
    return PULL_NAME in PULL_SPLIT.sub("", (el.get("class") or "").lower())


def own_pulls(root: etree._Element) -> set[etree._Element]:
    """Pull quotes (outermost elements whose class names one) that repeat none of the page's other paragraphs: the
    article's text by the project's web convention, kept also where the extractor leaves them out (an <aside>, a
    <figure>)."""
    pulls = [el for el in root.iter() if isinstance(el.tag, str) and "pull" in (el.get("class") or "").lower()
             and pull_named(el) and el.get("hidden") is None]
    pulls = [el for el in pulls if not any(a in pulls for a in el.iterancestors())]
    if not pulls:
        return set()
    inside = {p for el in pulls for p in el.iter("p")}
    prose = "\n".join(_squash(p.text_content()) for p in root.iter("p") if p not in inside)
    return {el for el in pulls if len(said := _said(_squash(el.text_content()))) >= PULL_MIN and said not in prose}


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
    holders: dict[tuple[str, str], _Holders] = {}
    for el, text in candidates[:REPEAT_READS]:
        said = _said(text)
        if len(said) < REPEAT_MIN or el in core:
            continue
        if (said, text) not in holders:  # searched once for all the candidates with these words
            holders[said, text] = _Holders(prose, joined, owners, said, text)
        if holders[said, text].hold(el, said, text, prose, apart):
            out.append(_with_box(el, len(text)))
    return out


class _Holders:
    """The paragraphs whose words hold `said`: the indices (in `prose`) of those with other words than `text`, in
    order; and those that are `text` again, one for each block they stand in."""

    def __init__(self, prose: list[tuple[etree._Element, str]], joined: str, owners: list[int], said: str, text: str):
        self.others: list[int] = []
        self.blocks: dict[etree._Element, etree._Element] = {}
        self._sized: list[tuple[int, etree._Element, etree._Element]] | None = None
        at = joined.find(said)
        while at >= 0:
            n = owners[at]
            other, other_text = prose[n]
            if other_text != text:
                if not self.others or self.others[-1] != n:
                    self.others.append(n)
            else:
                block = other.getparent()
                if block is not None:
                    self.blocks.setdefault(block, other)
            at = joined.find(said, at + 1)

    def sized(self) -> list[tuple[int, etree._Element, etree._Element]]:
        """(paragraphs in the block, the block, a copy in it), most paragraphs first; counted once."""
        if self._sized is None:
            self._sized = sorted(((len(b.findall("p")), b, p) for b, p in self.blocks.items()), key=lambda c: -c[0])
        return self._sized

    def hold(self, el: etree._Element, said: str, text: str, prose: list[tuple[etree._Element, str]],
             apart: dict[etree._Element, bool]) -> bool:
        """Whether a paragraph not set apart holds el's words: a longer one, or the very paragraph that el sets again
        in quotation marks, or the same paragraph among more of its kind (a dek repeating a one-sentence lede: its
        block holds more paragraphs than el's and one more)."""
        for n in self.others:
            other, other_text = prose[n]
            other_said = other_text.strip(QUOTE_MARKS)
            if other is not el and (len(other_said) > len(said) or (other_said == said and len(other_text) < len(text))) \
                    and not _apart(other, apart):
                return True
        box = el.getparent()
        # its own block only (a paragraph's own words), or the box itself that holds them (a box of one paragraph
        # and an empty one: not the paragraph set again)
        if not any(block is not box and block is not el for block in self.blocks):
            return False
        mine = len(box.findall("p")) if box is not None else 0
        for count, block, other in self.sized():
            if count <= mine + 1:
                break
            if block is not box and block is not el and not _apart(other, apart):
                return True
        return False


def _apart(el: etree._Element, known: dict[etree._Element, bool]) -> bool:
    if el not in known:
        known[el] = _set_apart(el)
    return known[el]


def _set_apart(el: etree._Element) -> bool:
    """Whether a paragraph is set apart from the running text (in a <figure>, <blockquote> or <aside>): a pull
    quote holding a paragraph of the article again, a little longer ("… the blog said." with a mark added),
    makes no repeat of the paragraph."""
    return any(a.tag in SET_APART for a in el.iterancestors())


def _with_box(el: etree._Element, size: int) -> etree._Element:
    """The repeat's box when all else in it is a short attribution (a name, a credit)."""
    box = el.getparent()
    if box is not None and box.tag in LEAVES + ("blockquote",) and len(_squash(box.text_content())) - size <= ATTRIBUTION:
        return box
    return el


def embed_chrome(bq: etree._Element) -> list[etree._Element]:
    """An embedded post's widget chrome: its paragraphs that are a chrome line, its links to the network set outside
    the post's paragraphs and its attribution line ("View on Twitter") or that are a chrome line ("pic.twitter.com/…");
    the whole embed when fewer than PULL_MIN characters of the post's own paragraphs are left (any, when the post has
    an attribution line)."""
    lines = [p for p in bq.iter("p") if ATTRIBUTION_LINE.fullmatch(p.text_content())]
    credited = {a for line in lines for a in line.iter("a")}
    tail_line = _tail_line(bq)
    if tail_line and ATTRIBUTION_LINE.fullmatch(tail_line[0]):
        lines.append(bq)
        credited.update(tail_line[1])
    texts = [p for p in bq.iter("p") if not CHROME.fullmatch(p.text_content())]
    kept = set(texts)
    links = [a for a in bq.iter("a") if a not in credited and (SOCIAL.match(a.get("href") or "")
             and not kept.intersection(a.iterancestors("p")) or CHROME.fullmatch(a.text_content()))]
    chrome = [p for p in bq.iter("p") if p not in kept] + links
    said = sum(len(_squash(p.text_content())) for p in texts if p not in lines) - sum(
        len(_squash(a.text_content())) for a in links if kept.intersection(a.iterancestors("p")))
    return [bq] if said < (1 if lines else PULL_MIN) else chrome


def quoted_posts(root: etree._Element) -> set[etree._Element]:
    """Embedded posts that stand among the article's paragraphs (a block up to POST_LEVELS above the embed holds
    POST_PARAS paragraphs of running text) and keep words of the post: the article's text by the project's web
    convention, kept also where the extractor drops them (a widget's box); their chrome stays hidden."""
    out = set()
    for bq in root.iter("blockquote"):
        if not _embedded_post(bq) or embed_chrome(bq) == [bq]:
            continue
        for above in list(bq.iterancestors())[:POST_LEVELS]:
            if sum(len(_squash(p.text_content())) >= POST_PROSE for p in above.iterchildren("p")) >= POST_PARAS:
                out.add(bq)
                break
    return out


def _tail_line(bq: etree._Element) -> tuple[str, list[etree._Element]] | None:
    """The text set straight in the embed after its last paragraph (Twitter's "— Name (@handle) <a>date</a>") and
    the links in it; None when there is no paragraph or no such text."""
    kids = [k for k in bq if isinstance(k.tag, str)]
    last = max((n for n, k in enumerate(kids) if k.tag == "p"), default=-1)
    if last < 0:
        return None
    after = kids[last + 1:]
    if any(k.tag != "a" for k in after):
        return None
    text = (kids[last].tail or "") + "".join(k.text_content() + (k.tail or "") for k in after)
    return (text, after) if text.strip() else None


def _embedded_post(bq: etree._Element) -> bool:
    links = [a.get("href") or "" for a in bq.iter("a")]
    return bool(links) and bool(SOCIAL.match(links[-1]))


def _said(text: str) -> str:
    """A pull quote's words (squashed): without its quotation marks, an ellipsis at either end ("Since the council
    …") or an attribution after a dash that follows a closing quotation mark ("“…” — The Editorial Board")."""
    said = text
    cut = ATTRIBUTED.match(said)
    if cut:
        said = cut.group(1)
    return said.strip(QUOTE_MARKS).strip("….").strip(QUOTE_MARKS) if ELLIPSIS.search(said) else said.strip(QUOTE_MARKS)


def _squash(text: str) -> str:
    """The text without white space, in lower case (a pull quote set in capitals, or opening mid-sentence in lower
    case, is the same words) unless lower-casing changes its length (offsets must not move)."""
    squashed = "".join(text.split())
    low = squashed.lower()
    return low if len(low) == len(squashed) else squashed
