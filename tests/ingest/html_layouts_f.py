"""Web page layouts of set F (written in session 9, tuned on): furniture inside the article body
that trafilatura keeps (promo lines led by "RELATED:" or "WATCH:", a newsletter link), a
WordPress page with Jetpack's share, like and related-posts blocks, a React site with hashed
class names only (a nav row of links, a share row, a numbered "Most read" list of linked
headings), a card grid of other stories (a link around each card's heading and teaser), and other
stories' headlines as lone links between the paragraphs.

Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import RELATED, _head

NEWSLETTER = "Sign up for the Morning Briefing newsletter and get the day's top stories in your inbox."


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def inline_promos(article: Article) -> tuple[str, list[str]]:
    k = max(1, len(article.paragraphs) // 3)
    html = (_head(article, "Metro Times") + '<body><header><a href="/">Metro Times</a></header><main><article>'
            f'<h1>{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}</div>'
            '<div class="article-body">' + _ps(article.paragraphs[:k]) +
            f'<p><strong>RELATED: </strong><a href="/x">{RELATED[0]}</a></p>' + _ps(article.paragraphs[k:2 * k]) +
            f'<p><em><a href="/nl">{NEWSLETTER}</a></em></p><p><strong>WATCH: </strong><a href="/v">{RELATED[1]}</a></p>'
            + _ps(article.paragraphs[2 * k:]) + '</div></article></main><footer>© Metro Times</footer></body></html>')
    return html, ["RELATED:", RELATED[0], NEWSLETTER, "WATCH:", RELATED[1], "Metro Times", "© Metro Times"]


def wp_jetpack(article: Article) -> tuple[str, list[str]]:
    html = (_head(article, "Riverbend Voice") + '<body class="single"><div id="page"><div class="site-branding">'
            '<p class="site-title"><a href="/">Riverbend Voice</a></p><p class="site-description">News and views from '
            'the valley</p></div><div id="content"><div class="entry-header"><h1 class="entry-title">'
            f'{escape(article.headline)}</h1><span class="author vcard">{escape(article.byline)}</span></div>'
            '<div class="entry-content">' + _ps(article.paragraphs) +
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Twitter'
            '</a></li><li><a href="#">Facebook</a></li><li><a href="#">Email</a></li></ul></div><div class="sharedaddy '
            'sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-'
            'widget-placeholder">Loading...</div></div><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="'
            'jp-relatedposts-headline"><em>Related</em></h3>' +
            "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="#">{t}</a>'
                    '</h4><p class="jp-relatedposts-post-context">In "Opinion"</p></div>' for t in RELATED[:2]) +
            '</div></div><div class="entry-footer">Posted in <a href="/c/opinion">Opinion</a> and tagged <a href="/t/a">'
            'council</a>, <a href="/t/b">budget</a>.</div><div class="post-nav"><a href="/prev">← Previous post</a> '
            '<a href="/next">Next post →</a></div><div id="respond"><h3>Leave a Reply</h3><p>Your email address will '
            'not be published.</p></div></div><div class="site-info">Proudly powered by WordPress</div></div></body></html>')
    return html, ["Riverbend Voice", "News and views from the valley", "Share this:", "Twitter", "Facebook", "Email",
                  "Like this:", "Loading...", "Related", *RELATED[:2], 'In "Opinion"',
                  "Posted in Opinion and tagged council, budget.", "← Previous post Next post →", "Leave a Reply",
                  "Your email address will not be published.", "Proudly powered by WordPress"]


def hashed_react(article: Article) -> tuple[str, list[str]]:
    most = ["Harbour board names new chief", "Bus fares to rise in spring", "Council backs new cycle lanes"]
    html = (_head(article, "The Coastal Post") + '<body><div id="__next"><div class="css-1q2w3e"><div class="css-9k8j7h">'
            '<a href="/">The Coastal Post</a></div><div class="css-4r5t6y"><a href="/news">News</a><a href="/opinion">'
            'Opinion</a><a href="/sport">Sport</a><a href="/culture">Culture</a></div></div><div class="css-7u8i9o">'
            f'<h1 class="css-0p9o8i">{escape(article.headline)}</h1><div class="css-ll1">{escape(article.byline)}</div>'
            '<div class="css-5t6y7u"><a href="https://facebook.example/sharer">Facebook</a><a href="https://x.example/'
            'intent">Twitter</a><a href="mailto:">Email</a></div><div class="css-3e4r5t">' + _ps(article.paragraphs) +
            '</div></div><div class="css-2w3e4r"><h2>Most read</h2><ol>' +
            "".join(f'<li><a href="#"><span>{n + 1}</span><h3>{t}</h3></a></li>' for n, t in enumerate(most)) +
            '</ol></div><div class="css-8i9o0p">© 2024 The Coastal Post. All rights reserved.</div></div></body></html>')
    return html, ["The Coastal Post", "News Opinion Sport Culture", "FacebookTwitterEmail", "Most read", *most,
                  "1", "2", "3", "© 2024 The Coastal Post. All rights reserved."]


def card_grid(article: Article) -> tuple[str, list[str]]:
    more = [("Harbour board names new chief", "The appointment ends a six-month search."),
            ("Bus fares to rise in spring", "Operators blame fuel and wage costs.")]
    html = (_head(article, "Valley Chronicle") + '<body><div class="wrap"><div class="brand">Valley Chronicle</div>'
            f'<div class="headline-block"><h1>{escape(article.headline)}</h1><p class="dek-author">'
            f'{escape(article.byline)}</p></div><div class="body-copy">' + _ps(article.paragraphs) +
            '</div><div class="more-from"><h2>More from Valley Chronicle</h2>' +
            "".join(f'<a class="card" href="#"><h3>{t}</h3><p>{d}</p></a>' for t, d in more) +
            '</div><div class="legal">© Valley Chronicle · Privacy · Terms</div></div></body></html>')
    return html, ["Valley Chronicle", "More from Valley Chronicle", *[x for card in more for x in card],
                  "© Valley Chronicle · Privacy · Terms"]


APP = "CLICK HERE TO GET THE METRO NEWS APP"


def lone_links(article: Article) -> tuple[str, list[str]]:
    """Other stories' headlines as paragraphs of their own between the article's, each all one
    link with no label; an app promo; the byline a link to the author's page."""
    k = max(1, len(article.paragraphs) // 3)
    html = (_head(article, "Metro News") + f'<body><main><article><h1>{escape(article.headline)}</h1><p class="by">'
            f'<a href="/author">{escape(article.byline)}</a></p><div class="article-body">' + _ps(article.paragraphs[:k]) +
            f'<p><strong><a href="/app">{APP}</a></strong></p>' + _ps(article.paragraphs[k:2 * k]) +
            f'<p><a href="/x">{RELATED[0]}</a></p>' + _ps(article.paragraphs[2 * k:]) +
            f'<p><em><a href="/y">{RELATED[2]}</a></em></p></div></article></main></body></html>')
    return html, [APP, RELATED[0], RELATED[2]]


SET_F_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "inline-promos": inline_promos, "wp-jetpack": wp_jetpack, "hashed-react": hashed_react, "card-grid": card_grid,
    "lone-links": lone_links}
