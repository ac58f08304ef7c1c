"""Metadata a web page declares: JSON-LD first, then Open Graph / <meta>, then <link>.

Only what the page states is read here; trafilatura's guesses fill the gaps afterwards.
"""
from __future__ import annotations

import json
import re
from html import unescape
from dataclasses import dataclass, field

from lxml import etree

from briefing_app.core.model import Metadata

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "reviewnewsarticle",
                 "report", "scholarlyarticle", "socialmediaposting", "liveblogposting"}
OPINION_TYPES = {"opinionnewsarticle", "reviewnewsarticle", "blogposting"}
OPINION_WORDS = (r"opinion|op-?ed|commentary|column|columns|editorial|editorials|viewpoint|perspective|letters|"
                 r"오피니언|사설|칼럼|기고|시론|мнени[ея]|колонка")
OPINION_SECTIONS = re.compile(r"\b(" + OPINION_WORDS + r")\b", re.I)
# a label the page sets in or just above its headline ("Opinion", "OPINION |", "Commentary", "News Analysis"): ingest
# hides it as the site's, and it still says the genre as article:section does (analysis/genre.py reads such a kicker
# only in the text); the whole label, so a menu ("Home | Politics | Opinion | Sport") is none
LABEL_GENRE_RE = re.compile(r"\W*(?:(?:news|guest|our|the)\s+)?(?:" + OPINION_WORDS + r"|analysis)\W*", re.I)
OPINION_PATH = re.compile(r"/(?:opinions?|commentisfree|editorials?|op-?eds?|columns?|columnists?|commentary|"
                          r"letters|viewpoints?|perspectives?)(?:/|$)", re.I)
REPORT_TYPES = {"reportagenewsarticle"}  # NewsArticle and og:type=article say nothing of the genre
# an articleBody's HTML: its paragraph, heading, item and line-break tags end a paragraph; other tags are dropped
BODY_TAGS = re.compile(r"<\s*/?\s*(?:p|br|div|h[1-6]|li|blockquote)\b[^<>]{0,500}>", re.I)
TAG = re.compile(r"<\s*/?\s*[a-z][\w-]*\b[^<>]{0,500}>", re.I)
ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")  # "&nbsp;", "&apos;", "&#8217;", "&lt;"
# a paragraph's end run into the next paragraph's start with no space: a lower-case letter and a full stop (or ! ?),
# a closing quotation mark after it or not, then a capital or an opening quotation mark ("vote.The", "said.”The",
# "다.그는"); "U.S.Army" (a capital before the stop) and "3.5" are no paragraph's end
_LOW, _CAP = "a-zà-ÿа-яё", "A-ZÀ-ÞА-ЯЁ"
RUN_ON = re.compile(rf"(?<=[{_LOW}][.!?])(?=[{_CAP}“‘«])|(?<=[{_LOW}][.!?][”’\"»])(?=[{_CAP}“‘«])|(?<=[가-힣][.!?])(?=[가-힣])")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class PageMeta:
    metadata: Metadata
    body: list[str] = field(default_factory=list)  # the JSON-LD articleBody's paragraphs (whitespace collapsed in each)


def label_genre(label: str) -> str | None:
    """"opinion" when a label set with the headline names an opinion section or an analysis, else None."""
    return "opinion" if LABEL_GENRE_RE.fullmatch(label) else None


# a title's parts: "Headline - Paper", "Opinion | Headline", "Paper | Section | Headline"
TITLE_SPLIT = re.compile(r"\s+[-|–—:·•»]+\s+")
LABEL_OPENING_RE = re.compile(r"(?P<label>[^|:—–\n]{2,30}?)[ \t]*[|:—–]+[ \t]+(?=\S)"  # "Opinion | ", "Analysis: "
                              r"|[\[【〈<(][ \t]*(?P<bracketed>[^\]】〉>)\n]{2,20}?)[ \t]*[\]】〉>)][ \t]*(?=\S)")  # "[사설] "


def without_label(title: str, words: int = 2) -> str | None:
    """The title after a section label that opens it ("Opinion | Headline" -> "Headline", "Analysis: Why ..."), if
    `words` words or more are left; None when no label opens it."""
    m = LABEL_OPENING_RE.match(title)
    rest = title[m.end():] if m and label_genre(m.group("label") or m.group("bracketed")) else ""
    return rest if len(rest.split()) >= words else None


def page_metadata(root: etree._Element) -> PageMeta:
    metas = _meta_tags(root)
    ld = _json_ld(root)
    canonical = root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    title = ld.get("headline") or metas.get("og:title") or metas.get("twitter:title") or metas.get("dc.title")
    author = ld.get("author") or metas.get("author") or metas.get("article:author") or metas.get("dc.creator") \
        or metas.get("byl")
    if author and author.startswith("http"):
        author = None  # article:author is often a profile URL
    outlet = ld.get("publisher") or metas.get("og:site_name") or metas.get("application-name")
    published = _date(ld.get("datePublished") or metas.get("article:published_time") or metas.get("date")
                      or metas.get("dc.date") or metas.get("pubdate") or metas.get("publish-date"))
    url = (canonical[0].strip() if canonical else None) or metas.get("og:url") or ld.get("url")
    section = " ".join(filter(None, [metas.get("article:section"), ld.get("articleSection")]))
    genre = None
    kind = ld.get("@type", "").lower()
    path = re.sub(r"^[a-z]+://[^/]+", "", url or "", flags=re.I)
    if kind in OPINION_TYPES or OPINION_SECTIONS.search(section) or OPINION_PATH.search(path) \
            or (metas.get("article:opinion") or "").lower() == "true":
        genre = "opinion"
    elif kind in REPORT_TYPES:
        genre = "news"  # anything else: the text decides (analysis/genre.py)
    return PageMeta(Metadata(title=_clean(title), author=_clean(author), outlet=_clean(outlet),
                             published=published, url=_clean(url), genre=genre), _paragraphs(ld.get("articleBody", "")))


def _meta_tags(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def _json_ld(root: etree._Element) -> dict[str, str]:
    """The first article-like object of the page's JSON-LD, flattened to strings."""
    for script in root.xpath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for obj in _objects(data):
            kind = obj.get("@type")
            kinds = [k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]
            # ["NewsArticle", "OpinionNewsArticle"]: the type that tells the genre, else any article type
            hit = next((k for k in kinds if k in OPINION_TYPES | REPORT_TYPES), None) \
                or next((k for k in kinds if k in ARTICLE_TYPES), None)
            if hit:
                return {
                    "@type": hit,
                    "headline": _text(obj.get("headline") or obj.get("name")),
                    "author": _names(obj.get("author")),
                    "publisher": _names(obj.get("publisher")),
                    "datePublished": _text(obj.get("datePublished") or obj.get("dateCreated")),
                    "url": _text(obj.get("url") or _id(obj.get("mainEntityOfPage"))),
                    "articleSection": _names(obj.get("articleSection")),
                    "articleBody": obj.get("articleBody") if isinstance(obj.get("articleBody"), str) else "",
                }
    return {}


def _objects(data: object, depth: int = 0):
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            yield from _objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "itemListElement"):
            if key in data:
                yield from _objects(data[key], depth + 1)


def _names(value: object) -> str:
    """Authors and publishers: a string, an object with a name, or a list of them."""
    if isinstance(value, list):
        return ", ".join(n for n in (_names(v) for v in value[:10]) if n)
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, (dict, list)):
            return _names(name)
        if not name and (value.get("givenName") or value.get("familyName")):
            name = " ".join(str(value.get(k)) for k in ("givenName", "additionalName", "familyName") if value.get(k))
        return _text(name)
    return _text(value)


def _paragraphs(body: str) -> list[str]:
    """An articleBody's paragraphs: split at line breaks (a blank line or one), whitespace collapsed in each. A body
    set in HTML ("<p>…</p><p>…</p>") is split at its paragraph and line-break tags, its other tags dropped; a body of
    one line whose paragraphs were joined with nothing between them (a script's textContent of the <p>s: "… the
    vote.The council …") is split where a sentence's end runs into the next paragraph's capital (RUN_ON). Character
    references are read first: some sites escape the body's HTML once more ("&lt;p&gt;", "&nbsp;", "&apos;")."""
    if "&" in body and ENTITY.search(body):  # a body escaped once more ("&nbsp;", "&apos;", "&lt;p&gt;"): read as text
        body = unescape(body)
    if "<" in body and BODY_TAGS.search(body):
        body = TAG.sub("", BODY_TAGS.sub("\n", body))
    lines = [" ".join(line.split()) for line in re.split(r"\r\n|\r|\n", body) if line.strip()]
    if len(lines) == 1:
        lines = [part for part in RUN_ON.split(lines[0]) if part]
    return lines


def _id(value: object) -> str:
    return value.get("@id", "") if isinstance(value, dict) else _text(value)


def _text(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def _date(value: str | None) -> str | None:
    m = DATE.search(value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None
