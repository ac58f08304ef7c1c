"""Dev set I, third batch (written in session 12 after the second was tuned on, before any reader
change was tuned with it in view): a page that loaded the next story below the article as the
reader scrolled (its headline, byline and paragraphs whole), a page saved from a browser's reader
view ("5-7 minutes", the domain above the headline), a newsletter's web version in layout tables
("View this email in your browser", "Forward to a friend", the mailing address, unsubscribe
links), a story split over pages ("Page 1 of 3", "Next page", "Continue to page 2"), a reader
poll in the body (radio buttons, "Vote", "View results"), and an article saved from a word
processor as a web page (Mso classes, no h1: the title in a styled paragraph).

Kept aside (I3_HELD_LAYOUTS): a page with two stories loaded below it in <div>s (no <article>),
and a plain-text wire story in <pre> under a portal's frame.

I3_LAYOUTS are tuned on (editorials 28-30 of each outlet); the kept-aside part is Al Jazeera's
editorials 79-83 in every layout and editorials 19-21 in the held layouts
(benchmarks/bench_ingest_fidelity.py). Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _thirds

NEXT_HEAD = "County weighs a four-day school week to save on transport costs"
NEXT_BY = "By Priya Natarajan"
NEXT_PARAS = [
    "Officials in the county school district said on Wednesday that they would study a four-day week for "
    "the coming year, after fuel and driver costs rose faster than any other part of the budget.",
    "The proposal would keep the same number of teaching hours by lengthening each school day by about "
    "seventy minutes, district staff told a meeting of parents that ran late into the evening.",
    "Several parents said a fifth day without school would leave working families scrambling for child "
    "care, while teachers' representatives said they were open to the idea if pay was protected.",
    "The board is expected to vote on whether to commission a full study at its meeting next month.",
]
SECOND_HEAD = "Harbour dredging contract goes to a firm that never bid on it"
SECOND_PARAS = [
    "The port authority awarded a dredging contract worth nearly nine million dollars to a company that "
    "did not take part in last year's tender, according to documents released under a records request.",
    "A spokesman for the authority said the original winner had withdrawn and that the rules allowed the "
    "board to negotiate directly with a qualified firm, but two commissioners said they had not been told.",
    "The authority's auditor has been asked to review how the contract was awarded.",
]


def _ps(ps: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in ps)


def infinite_scroll(article: Article) -> tuple[str, list[str]]:
    """A page that loaded the next story below the article as the reader scrolled: each story an
    <article> with its own headline, byline, date and paragraphs; a "Next article" label between."""
    html = (_head(article, "Coastal Daily") +
            '<body><div class="site-head"><a href="/">Coastal Daily</a><a href="#">News</a><a href="#">Opinion</a></div>'
            '<div class="stream"><article class="story" data-story-id="1"><h1 class="story-title">' +
            escape(article.headline) + f'</h1><p class="story-by">{escape(article.byline)}</p><p class="story-date">'
            f'June 20, 2024</p><div class="story-body">{_ps(article.paragraphs)}</div></article><div class="next-label">'
            f'Next article</div><article class="story" data-story-id="2"><h1 class="story-title">{NEXT_HEAD}</h1>'
            f'<p class="story-by">{NEXT_BY}</p><p class="story-date">June 19, 2024</p><div class="story-body">'
            f'{_ps(NEXT_PARAS)}</div></article></div></body></html>')
    return html, ["Coastal Daily News Opinion", "Next article", NEXT_HEAD, NEXT_BY, *NEXT_PARAS]


def reader_view(article: Article) -> tuple[str, list[str]]:
    """A page saved from a browser's reader view: the site's domain above the headline, the
    reading time ("5-7 minutes") under the byline, a rule, the text in readability's divs."""
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + escape(article.headline) + '</title>'
            '<link rel="stylesheet" href="chrome://global/skin/aboutReader.css"></head><body class="light sans-serif">'
            '<div class="container" dir="ltr"><div class="header reader-header reader-show-element"><a class="domain '
            'reader-domain" href="https://www.harbourtimes.example.com/opinion/4411">harbourtimes.example.com</a>'
            f'<div class="domain-border"></div><h1 class="reader-title">{escape(article.headline)}</h1><div class="'
            f'credits reader-credits">{escape(article.byline)}</div><div class="meta-data"><div class="reader-estimated-'
            'time">5-7 minutes</div></div></div><hr><div class="content"><div class="moz-reader-content reader-show-'
            'element"><div id="readability-page-1" class="page"><div><div class="article__body">' +
            _ps(article.paragraphs) + '</div></div></div></div></div><div><div class="reader-message"></div></div>'
            '</div></body></html>')
    return html, ["harbourtimes.example.com", "5-7 minutes"]


def newsletter_web(article: Article) -> tuple[str, list[str]]:
    """A newsletter's web version: nested layout tables, "View this email in your browser" at the
    top, the story in a text cell, "Forward to a friend", the list's footer with the copyright,
    why you get it, the mailing address and unsubscribe links."""
    cell = "".join(f'<p style="margin:0 0 12px 0;">{escape(p)}</p>' for p in article.paragraphs)
    why = "You are receiving this email because you opted in via our website."
    addr = "Our mailing address is: Harbour Policy Letter, 12 Quay Street, Port Ellis, ME 04101"
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + escape(article.headline) + '</title>'
            '<style>table{border-collapse:collapse}</style></head><body><center><table align="center" border="0" '
            'cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr><td align="center" valign='
            '"top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">'
            '<tr><td valign="top" id="templatePreheader"><table class="mcnTextBlock"><tr><td class="mcnTextContent">'
            '<a href="*|ARCHIVE|*" target="_blank">View this email in your browser</a></td></tr></table></td></tr><tr>'
            '<td valign="top" id="templateHeader"><table class="mcnImageBlock"><tr><td><img alt="Harbour Policy Letter" '
            'src="logo.png"></td></tr></table></td></tr><tr><td valign="top" id="templateBody"><table class="mcnTextBlock">'
            f'<tr><td class="mcnTextContent"><h1>{escape(article.headline)}</h1><p><em>{escape(article.byline)}</em></p>'
            f'{cell}</td></tr></table><table class="mcnButtonBlock"><tr><td><a class="mcnButton" href="#">Forward to a '
            'friend</a></td></tr></table></td></tr><tr><td valign="top" id="templateFooter"><table class="mcnTextBlock">'
            '<tr><td class="mcnTextContent"><em>Copyright © 2024 Harbour Policy Letter, All rights reserved.</em><br>'
            f'{why}<br><br><strong>{addr}</strong><br><br>Want to change how you receive these emails?<br>You can '
            '<a href="#">update your preferences</a> or <a href="#">unsubscribe from this list</a>.</td></tr></table>'
            '</td></tr></table></td></tr></table></center></body></html>')
    return html, ["View this email in your browser", "Forward to a friend",
                  "Copyright © 2024 Harbour Policy Letter, All rights reserved.", why, addr,
                  "Want to change how you receive these emails?",
                  "You can update your preferences or unsubscribe from this list."]


def paginated(article: Article) -> tuple[str, list[str]]:
    """A story split over pages, saved as its "view all" page that keeps the pager: "Page 1 of
    3" above the text, a pager of numbers and "Next page" links below it, "Continue to page 2"
    after the first part, a "Single page view" link."""
    a, b, c = _thirds(article)
    pager = ('<div class="pager"><span>Page 1 of 3</span> <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page='
             '3">3</a> <a href="?page=2">Next page »</a></div>')
    html = (_head(article, "Plains Chronicle") +
            '<body><div class="hdr"><a href="/">Plains Chronicle</a></div><div class="story"><h1>' +
            escape(article.headline) + f'</h1><div class="by">{escape(article.byline)}</div><div class="view-mode"><a '
            'href="?view=single">Single page view</a></div>' + pager + '<div class="story-text">' + _ps(a) +
            '<p class="continue"><a href="?page=2">Continue to page 2</a></p>' + _ps(b) + _ps(c) + '</div>' + pager +
            '</div></body></html>')
    return html, ["Plains Chronicle", "Single page view", "Page 1 of 3 1 2 3 Next page »", "Continue to page 2"]


def reader_poll(article: Article) -> tuple[str, list[str]]:
    """A reader poll inside the body: a question, radio-button answers with labels, "Vote" and
    "View results", and "This poll is not scientific" under it."""
    a, b = article.paragraphs[:len(article.paragraphs) // 2], article.paragraphs[len(article.paragraphs) // 2:]
    question = "Should the city council delay the vote until the audit is finished?"
    html = (_head(article, "Metro Voice") +
            '<body><div class="mv-top"><a href="/">Metro Voice</a></div><div class="mv-article"><h1>' +
            escape(article.headline) + f'</h1><p class="mv-by">{escape(article.byline)}</p><div class="mv-body">' +
            _ps(a) + '<div class="poll-embed"><form class="poll"><p class="poll-q">' + question + '</p><label><input '
            'type="radio" name="p"> Yes</label><label><input type="radio" name="p"> No</label><label><input type="radio" '
            'name="p"> Not sure</label><div class="poll-actions"><a href="#">Vote</a> <a href="#">View results</a></div>'
            '</form><p class="poll-note">This poll is not scientific.</p></div>' + _ps(b) + '</div></div></body></html>')
    return html, ["Metro Voice", question, "Yes", "No", "Not sure", "Vote View results", "This poll is not scientific."]


def word_html(article: Article) -> tuple[str, list[str]]:
    """An article saved from a word processor as a web page: Office namespaces and conditional
    comments, the title in a MsoTitle paragraph (no h1), the byline and text in MsoNormal
    paragraphs with spans and empty <o:p> elements, a footer line with the file's path."""
    body = "".join(f'<p class=MsoNormal><span style="font-family:Georgia">{escape(p)}<o:p></o:p></span></p>'
                   for p in article.paragraphs)
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta http-equiv=Content-Type content="text/html; '
            'charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)"><title>' +
            escape(article.headline) + '</title><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>staff'
            '</o:Author></o:DocumentProperties></xml><![endif]--><style>p.MsoNormal{margin:0}</style></head><body '
            'lang=EN-US style="tab-interval:36.0pt"><div class=WordSection1><p class=MsoTitle><span>' +
            escape(article.headline) + f'<o:p></o:p></span></p><p class=MsoNormal><i>{escape(article.byline)}</i></p>'
            + body + '<p class=MsoFooter><span style="font-size:8pt">C:\\Users\\staff\\Documents\\editorial-final-v3.docx'
            '</span></p></div></body></html>')
    return html, ["C:\\Users\\staff\\Documents\\editorial-final-v3.docx"]


def div_stream(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) Two more stories loaded below the article in plain <div>s (no <article>):
    each with a headline in <h2>, a byline and paragraphs; "Up next" labels between them."""
    def story(head: str, by: str, ps: list[str], level: str) -> str:
        return (f'<div class="st"><{level} class="st-h">{escape(head)}</{level}><div class="st-by">{escape(by)}</div>'
                f'<div class="st-body">{_ps(ps)}</div></div>')

    html = (_head(article, "Valley Wire") +
            '<body><div class="vw-head"><a href="/">Valley Wire</a></div><div class="vw-stream">' +
            story(article.headline, article.byline, article.paragraphs, "h1") + '<div class="vw-next">Up next</div>' +
            story(NEXT_HEAD, NEXT_BY, NEXT_PARAS, "h2") + '<div class="vw-next">Up next</div>' +
            story(SECOND_HEAD, "By Tom Okafor", SECOND_PARAS, "h2") + '</div></body></html>')
    return html, ["Valley Wire", "Up next", NEXT_HEAD, NEXT_BY, *NEXT_PARAS, SECOND_HEAD, "By Tom Okafor",
                  *SECOND_PARAS]


def pre_wire(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A plain-text wire story in <pre> (paragraphs split by blank lines, lines
    not wrapped) under a portal's frame, with "-- " and the wire's code line at the end."""
    text = "\n\n".join([article.headline, article.byline, *article.paragraphs])
    html = ('<html><head><title>' + escape(article.headline) + '</title></head><body><div class="portal"><a href="/">'
            'NewsDesk Portal</a> | <a href="/wires">Wires</a> | <a href="/search">Search</a></div><div class="wire-meta">'
            'Source: Harbour Wire Service (HWS) · Slug: EDIT-COUNCIL · Priority: routine</div><pre class="wire">' +
            escape(text) + '\n\n-- \nHWS 200614 GMT 06 24</pre><div class="portal-foot">Wire copy is for subscriber use '
            'only and may not be redistributed.</div></body></html>')
    return html, ["NewsDesk Portal | Wires | Search",
                  "Source: Harbour Wire Service (HWS) · Slug: EDIT-COUNCIL · Priority: routine", "--",
                  "HWS 200614 GMT 06 24", "Wire copy is for subscriber use only and may not be redistributed."]


I3_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "infinite-scroll": infinite_scroll, "reader-view": reader_view, "newsletter-web": newsletter_web,
    "paginated": paginated, "reader-poll": reader_poll, "word-html": word_html}
I3_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"div-stream": div_stream, "pre-wire": pre_wire}
