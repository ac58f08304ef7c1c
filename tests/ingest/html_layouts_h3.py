"""Dev set H, third batch (written in session 11 after the second was tuned on): the lines a
page sets around the article's text rather than boxes: an author block with the writer's role
and a follow button, reading-time and comment-count lines, a "Topics:" line of links, a
republication notice from a Creative Commons outlet, a donation appeal between the paragraphs,
a "Have a tip?" line, a text-size and save row, a page-view counter.

H3_LAYOUTS are tuned on; H3_HELD_LAYOUTS (nonprofit) are kept aside with the held articles
(benchmarks/bench_ingest_fidelity.py --dev-web / --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _ps, _thirds


def author_block(article: Article) -> tuple[str, list[str]]:
    """An author block under the headline: the writer's name as a link, role line, a Follow
    button, reading time and comment count lines."""
    html = (_head(article, "Westbrook Times") +
            '<body><div class="wt-top"><a href="/">Westbrook Times</a></div><div class="wt-article">'
            f'<h1>{escape(article.headline)}</h1><div class="wt-author"><img src="a.jpg" alt=""><div><a href="/a">'
            f'{escape(article.byline)}</a><p class="wt-role">Opinion Writer</p></div><button>Follow</button></div>'
            '<div class="wt-meta"><span>Reading time: 6 minutes</span><a href="#comments">12 comments</a></div>' +
            _ps(article.paragraphs) + '</div><div class="wt-end">Westbrook Times Company</div></body></html>')
    return html, ["Westbrook Times", "Opinion Writer", "Follow", "Reading time: 6 minutes", "12 comments",
                  "Westbrook Times Company"]


NOTICE = ("This article is republished from The Conversation under a Creative Commons license. Read the original "
          "article.")


def republished(article: Article) -> tuple[str, list[str]]:
    """A page republishing a Creative Commons article: the notice after the text, a disclosure
    statement box, the partner's logo line."""
    disclosure = ("The author does not work for, consult, own shares in or receive funding from any company or "
                  "organisation that would benefit from this article.")
    html = (_head(article, "Civic Commons") +
            '<body><div class="cc-head"><a href="/">Civic Commons</a></div><div class="cc-story">'
            f'<h1>{escape(article.headline)}</h1><p class="cc-by">{escape(article.byline)}</p>' + _ps(article.paragraphs)
            + f'<p class="cc-notice"><em>{escape(NOTICE[:-22])}<a href="#">{escape(NOTICE[-22:])}</a></em></p>'
            f'<div class="cc-disclosure"><h4>Disclosure statement</h4><p>{escape(disclosure)}</p></div>'
            '<p class="cc-partner">Partners: The Conversation</p></div></body></html>')
    return html, ["Civic Commons", NOTICE, "Disclosure statement", disclosure, "Partners: The Conversation"]


APPEAL = ("Our journalism is free to read because readers like you support it. If you value this reporting, please "
          "make a gift today.")


def donation(article: Article) -> tuple[str, list[str]]:
    """A reader-funded site: a donation appeal box between the paragraphs with a button, a
    "Have a tip?" line after the text, a "Topics:" line of linked tags."""
    a, b, c = _thirds(article)
    tip = "Have a tip? Email us at tips@harborlight.example or message us on Signal."
    html = (_head(article, "Harbor Light") +
            '<body><div class="hl-top"><a href="/">Harbor Light</a></div><div class="hl-story">'
            f'<h1>{escape(article.headline)}</h1><p class="hl-by">{escape(article.byline)}</p>' + _ps(a + b) +
            f'<div class="hl-appeal"><p>{escape(APPEAL)}</p><a class="btn" href="/donate">Donate now</a></div>' + _ps(c) +
            f'<p class="hl-tip">{escape(tip)}</p><p class="hl-topics">Topics: <a href="#">Housing</a>, <a href="#">'
            'City Hall</a>, <a href="#">Budget</a></p></div></body></html>')
    return html, ["Harbor Light", APPEAL, "Donate now", tip, "Topics: Housing, City Hall, Budget"]


def tools_row(article: Article) -> tuple[str, list[str]]:
    """A text-size and save row above the text (A− A+, Save, Print), a page-view counter, a
    "Last modified" line with a date and time."""
    html = (_head(article, "Inland Courier") +
            '<body><div class="ic-head"><a href="/">Inland Courier</a></div><div class="ic-story">'
            f'<h1>{escape(article.headline)}</h1><p class="ic-by">{escape(article.byline)}</p><div class="ic-row">'
            '<button>A−</button><button>A+</button><button>Save</button><button>Print</button><span>1,204 views</span>'
            '</div>' + _ps(article.paragraphs) + '<p class="ic-mod">Last modified on Thursday, 20 June 2024 09:14</p>'
            '</div><div class="ic-foot">Inland Courier · Est. 1888</div></body></html>')
    return html, ["Inland Courier", "A− A+ Save Print 1,204 views", "Inland Courier · Est. 1888"]


def nonprofit(article: Article) -> tuple[str, list[str]]:
    """A nonprofit newsroom (held layout): a "Republish this article" button and box, a
    donation line, the author's role line under the name, a "Filed under" line."""
    html = (_head(article, "Statewide Ledger") +
            '<body><div class="sl-top"><a href="/">Statewide Ledger</a></div><div class="sl-story">'
            f'<h1>{escape(article.headline)}</h1><p class="sl-by"><a href="/a">{escape(article.byline)}</a></p><p '
            'class="sl-role">Politics Reporter</p><button>Republish this article</button>' + _ps(article.paragraphs) +
            '<p class="sl-filed">Filed under: <a href="#">Legislature</a> <a href="#">Taxes</a></p><div class="sl-'
            'republish"><h4>Republish our articles for free</h4><p>You may republish this article online or in print '
            'under our Creative Commons license, with credit to the Statewide Ledger.</p></div><p class="sl-give">'
            'Support nonprofit news: <a href="/donate">give today</a>.</p></div></body></html>')
    return html, ["Statewide Ledger", "Politics Reporter", "Republish this article", "Filed under: Legislature Taxes",
                  "Republish our articles for free", "You may republish this article online or in print under our "
                  "Creative Commons license, with credit to the Statewide Ledger.", "Support nonprofit news: give today."]


H3_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "author-block": author_block, "republished": republished, "donation": donation, "tools-row": tools_row}
H3_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"nonprofit": nonprofit}
