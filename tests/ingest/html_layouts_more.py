"""More site families for the saved-web-page tests and the fidelity bench: a news site with a
consent banner, asides between paragraphs and a site-wide editor's note (tuning); a site of
bare divs with class names (tuning); an AMP page (held out).

Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import RELATED, _head

EDITORS_NOTE = ("Editor’s note: Opinion pieces in this section are written by contributors and edited for length "
                "and clarity; they are not the views of the Herald.")
CONSENT = ("By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site "
           "navigation and analyse site usage.")


def newsroom(article: Article) -> tuple[str, list[str]]:
    """A news site: a consent banner before the page, a header nav, the site's editor's note above
    every opinion piece, an aside of links between paragraphs, a newsletter box, "More stories"."""
    third = max(1, len(article.paragraphs) // 3)
    more = ["Port authority names new chief", "Bus drivers vote on pay offer"]
    html = (_head(article, "Capital Herald") +
            f'<body><div id="onetrust-banner-sdk"><p>{escape(CONSENT)}</p><button>Accept All Cookies</button>'
            '<button>Cookie Settings</button></div><header><a href="/">Capital Herald</a><nav><a href="/news">News'
            '</a> <a href="/opinion">Opinion</a> <a href="/sport">Sport</a> <a href="/life">Life</a></nav></header>'
            f'<main><article><h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>'
            f'<p class="intro-note"><strong>{escape(EDITORS_NOTE[:15])}</strong>{escape(EDITORS_NOTE[15:])}</p>' +
            "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[:third]) +
            '<aside><h3>Read more</h3><ul>' + "".join(f'<li><a href="#">{t}</a></li>' for t in RELATED[:2]) +
            '</ul></aside>' + "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[third:]) +
            '<div class="newsletter-promo"><h3>Morning Edition</h3><p>The day’s news before breakfast.</p>'
            '<input type="email"><button>Sign up</button></div></article>'
            '<section class="more-stories"><h2>More stories</h2>' +
            "".join(f'<a href="#"><h3>{t}</h3></a>' for t in more) + '</section></main>'
            '<footer>© Capital Herald 2024</footer></body></html>')
    return html, [CONSENT, "Capital Herald", "News Opinion Sport Life", EDITORS_NOTE, "Read more", *RELATED[:2],
                  "Morning Edition", "The day’s news before breakfast.", "More stories", *more,
                  "© Capital Herald 2024"]


def divsoup(article: Article) -> tuple[str, list[str]]:
    """A site of bare divs with class names, no nav/aside/footer elements and no roles: link row,
    path line, tools, the story, a box of links, a bottom line."""
    html = (_head(article, "Lakeside Observer") +
            '<body><div class="container"><div class="top-links"><a href="/">Lakeside Observer</a> · <a href="/c">'
            'City</a> · <a href="/r">Region</a> · <a href="/o">Opinion</a></div><div class="path"><a href="/">Home'
            '</a> / <a href="/o">Opinion</a></div><div class="storytools"><a href="#">Print</a> <a href="#">Email'
            f'</a></div><div class="story-head">{escape(article.headline)}</div><div class="story-author">'
            f'{escape(article.byline)}</div><div class="maintext">' +
            "".join(f'<div class="para">{escape(p)}</div>' for p in article.paragraphs) +
            '</div><div class="rightbox"><div class="rightbox-title">Popular now</div>' +
            "".join(f'<div><a href="#">{t}</a></div>' for t in RELATED) + '</div>'
            '<div class="bottomline">Lakeside Observer · About us · Contact</div></div></body></html>')
    return html, ["Lakeside Observer · City · Region · Opinion", "Home / Opinion", "Print Email", "Popular now",
                  *RELATED, "Lakeside Observer · About us · Contact"]


def amp_news(article: Article) -> tuple[str, list[str]]:
    """An AMP news page (held out): an amp-sidebar menu, share buttons, a carousel of related stories."""
    menu = ["Latest", "Politics", "Economy", "Opinion"]
    html = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            '</title><script async src="https://cdn.ampproject.org/v0.js"></script></head><body>'
            '<amp-sidebar id="menu" layout="nodisplay"><nav><ul>' +
            "".join(f'<li><a href="#">{m}</a></li>' for m in menu) + '</ul></nav></amp-sidebar>'
            '<header class="amp-header"><button on="tap:menu.toggle">Menu</button><span>Harbour Times</span></header>'
            f'<article><h1>{escape(article.headline)}</h1><p class="author">{escape(article.byline)}</p>' +
            "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs) +
            '<div class="share"><amp-social-share type="twitter">Post</amp-social-share><amp-social-share type="email">'
            'Email</amp-social-share></div></article><amp-carousel class="related-carousel"><div>More from Harbour Times'
            '</div>' + "".join(f'<a href="#">{t}</a>' for t in RELATED) + '</amp-carousel></body></html>')
    return html, ["Latest", "Politics", "Economy", "Opinion", "Harbour Times", "Post", "More from Harbour Times",
                  *RELATED]


def data_components(article: Article) -> tuple[str, list[str]]:
    """A public broadcaster's page: blocks named by data-component attributes (no class names),
    an "Advertisement" label and "Continue reading" line between paragraphs, a links block and a
    "Top stories" list after the text."""
    half = len(article.paragraphs) // 2
    top = ["Storm warning for the east coast", "Rail strike called off"]
    html = (_head(article, "National Broadcaster") +
            '<body><div data-component="header-block"><a href="/">National Broadcaster</a><div><a href="/news">News</a> '
            '<a href="/weather">Weather</a> <a href="/radio">Radio</a></div></div><div id="main-content">'
            f'<div data-component="headline-block"><h1>{escape(article.headline)}</h1></div>'
            f'<div data-component="byline-block"><span>{escape(article.byline)}</span></div>' +
            "".join(f'<div data-component="text-block"><p>{escape(p)}</p></div>' for p in article.paragraphs[:half]) +
            '<div data-component="ad-slot"><span>Advertisement</span></div>'
            '<div data-component="text-block"><p>Continue reading the main story</p></div>' +
            "".join(f'<div data-component="text-block"><p>{escape(p)}</p></div>' for p in article.paragraphs[half:]) +
            '<div data-component="links-block"><ul>' + "".join(f'<li><a href="#">{t}</a></li>' for t in RELATED) +
            '</ul></div></div><div data-component="top-stories"><h2>Top stories</h2>' +
            "".join(f'<a href="#"><span>{t}</span></a>' for t in top) + '</div></body></html>')
    return html, ["National Broadcaster", "News Weather Radio", "Advertisement", "Continue reading the main story",
                  *RELATED, "Top stories", *top]


def newsletter_platform(article: Article) -> tuple[str, list[str]]:
    """A newsletter platform's post: subscribe buttons above and below, a share/comment row, a
    "Ready for more?" box, and the publication's footer."""
    html = (_head(article, "The Harbour Letter") +
            '<body><div class="topbar"><a href="/">The Harbour Letter</a><a class="button primary" href="/subscribe">'
            'Subscribe</a><a href="/signin">Sign in</a></div><div class="single-post"><div class="post-header">'
            f'<h1 class="post-title">{escape(article.headline)}</h1><div class="post-meta">{escape(article.byline)}'
            '</div></div><div class="post-ufi"><a href="#">12</a> <a href="#">Share</a></div>'
            f'<div class="available-content"><div class="body markup">{"".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)}'
            '</div></div><div class="subscription-widget-wrap"><p>Thanks for reading The Harbour Letter! Subscribe for '
            'free to receive new posts and support my work.</p><input type="email"><button>Subscribe</button></div>'
            '<div class="post-footer"><a href="#">Leave a comment</a> <a href="#">Share</a></div></div>'
            '<div class="ready-for-more"><h3>Ready for more?</h3><button>Subscribe</button></div>'
            '<div class="footer-wrap">© 2024 A. Writer · Privacy · Terms · Collection notice</div></body></html>')
    return html, ["The Harbour Letter Subscribe Sign in", "12 Share",
                  "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
                  "Leave a comment Share", "Ready for more?", "© 2024 A. Writer · Privacy · Terms · Collection notice"]


def teaser_cards(article: Article) -> tuple[str, list[str]]:
    """A local paper on a CMS of coded class names that name nothing ("c-top", "c-cards"): the
    section menu as bare spans, share buttons (no links), and "More from the region": a list of
    other stories, each a linked headline with a teaser paragraph (trafilatura keeps the teasers)."""
    cards = [("Port strike enters its second week", "Dock workers say talks with the operators have stalled over pay "
              "and shift patterns, and no new meeting is planned."),
             ("Council approves new tram line", "The eleven-kilometre line will link the old town with the university "
              "campus by 2028, the council said on Tuesday.")]
    sections = ["News", "Region", "Sport", "Opinion", "Obituaries"]
    share = ["Share on Facebook", "Share on X", "Email this story"]
    tools = '<div class="c-tools">' + "".join(f"<button>{b}</button>" for b in share) + "</div>"
    html = (_head(article, "Valley Courier") + '<body><div id="wrap"><div class="c-top"><ul class="c-list">' +
            "".join(f'<li><span class="x1">{n}</span></li>' for n in sections) + '</ul></div><div class="c-main">'
            f'<h1>{escape(article.headline)}</h1><p class="c-by">{escape(article.byline)}</p>{tools}' +
            "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs) + tools +
            '<h2>More from the region</h2><ul class="c-cards">' +
            "".join(f'<li><h3><a href="/s/{k}">{t}</a></h3><p>{d}</p></li>' for k, (t, d) in enumerate(cards)) +
            '</ul></div><div class="c-bottom"><p>Valley Courier, 12 Mill Street, Easton. All rights reserved.</p>'
            '</div></div></body></html>')
    return html, [*sections, *share, "More from the region", *(t for t, _ in cards), *(d for _, d in cards),
                  "Valley Courier, 12 Mill Street, Easton. All rights reserved."]


MORE_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"newsroom": newsroom, "divsoup": divsoup,
                                                                       "data-components": data_components,
                                                                       "teaser-cards": teaser_cards}
MORE_HELD_OUT_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"amp-news": amp_news,
                                                                                "newsletter-platform": newsletter_platform}
