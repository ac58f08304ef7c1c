"""Web page layouts of set G (held out, issue 16; see pdf_styles_g.py): written in the tenth session by
the held-data helper before any reader change of that session was tuned with them in view; scored in
aggregate only, never looked at. Furniture of kinds the other sets have little of: a newsletter
platform's subscribe boxes, post actions and comment teaser; a cookie banner, a metered-paywall
note and "Advertisement" labels between paragraphs with a trending sidebar and a footer of link
columns; a live-page style article with "Read more:" lines, a topic tag row and an author-follow
button.

Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import RELATED, _head


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def newsletter_platform(article: Article) -> tuple[str, list[str]]:
    """A newsletter platform's post page: subscribe boxes before and after the text, like/comment/share
    counts, a comment teaser, the platform's footer."""
    box = ('<div class="subscription-widget"><p>Subscribe to The Long Read Letter.</p><p>Thousands of paid '
           'subscribers.</p><form><input placeholder="Type your email…"><button>Subscribe</button></form></div>')
    html = (_head(article, "The Long Read Letter") + '<body><div class="main-menu"><a class="navbar-title" href="/">'
            'The Long Read Letter</a><a class="button primary" href="/subscribe">Subscribe</a><a href="/signin">Sign in'
            '</a></div><div class="single-post"><div class="post-header">'
            f'<h1 class="post-title">{escape(article.headline)}</h1><div class="post-meta"><a href="/profile">'
            f'{escape(article.byline)}</a><div class="post-date">Dec 05, 2026</div></div><div class="post-ufi">'
            '<a class="like-button">412</a><a class="comment-button">87</a><a class="share-button">Share</a></div></div>'
            + box +
            '<div class="available-content"><div class="body markup">' + _ps(article.paragraphs) +
            '</div></div>' + box + '<div class="post-footer"><a class="like-button">412 Likes</a><a>87 Comments</a><a>Restack</a></div>'
            '<div class="comments-section"><h4>Discussion about this post</h4><a href="/comments">View all comments</a>'
            '</div></div><div class="footer"><p>© 2026 The Long Read Letter</p><p><a href="/privacy">Privacy</a> ∙ '
            '<a href="/tos">Terms</a> ∙ <a href="/notice">Collection notice</a></p><p><a href="/start">Start writing</a>'
            '<a href="/app">Get the app</a></p></div></body></html>')
    return html, ["The Long Read Letter", "Subscribe", "Sign in", "412", "87", "Share",
                  "Subscribe to The Long Read Letter.", "Thousands of paid subscribers.", "412 Likes", "87 Comments",
                  "Restack", "Discussion about this post", "View all comments", "© 2026 The Long Read Letter",
                  "Privacy ∙ Terms ∙ Collection notice", "Start writing", "Get the app"]


COOKIES = ("We use cookies to improve your experience and to show you relevant advertising. By clicking “Accept all” "
           "you agree to our use of cookies.")
METER = "You have 2 free articles left this month. Subscribe for unlimited access from £1 a week."


def cookies_meter_ads(article: Article) -> tuple[str, list[str]]:
    """A regional daily's page: a cookie banner, a meter note and "Advertisement" labels inside the
    text, a trending sidebar, a footer of link columns."""
    k = max(1, len(article.paragraphs) // 3)
    trending = ["Ring road closure extended to March", "Families wait months for school transport",
                "Five new restaurants to try this winter"]
    ad = '<div class="ad-slot"><span class="ad-label">Advertisement</span><div class="ad-frame"></div></div>'
    html = (_head(article, "Northgate Evening Post") + '<body><div id="cookie-consent" role="dialog"><p>' + COOKIES +
            '</p><button>Accept all</button><button>Reject all</button><a href="/cookies">Manage preferences</a></div>'
            '<div class="masthead"><a href="/">Northgate Evening Post</a></div><div class="layout"><div class="story">'
            f'<h1>{escape(article.headline)}</h1><p class="author">{escape(article.byline)}</p>'
            '<p class="timestamp">05:00, 5 Dec 2026</p><div class="story-body">' + _ps(article.paragraphs[:k]) + ad +
            f'<div class="meter-note"><p>{METER}</p></div>' + _ps(article.paragraphs[k:2 * k]) + ad +
            _ps(article.paragraphs[2 * k:]) + '</div></div><div class="sidebar"><h3>Trending</h3><ol>' +
            "".join(f'<li><a href="#">{t}</a></li>' for t in trending) + '</ol></div></div><div class="site-footer">'
            '<div class="col"><h4>News</h4><a href="#">Local</a><a href="#">Crime</a><a href="#">Politics</a></div>'
            '<div class="col"><h4>Help</h4><a href="#">Contact us</a><a href="#">Advertise with us</a></div>'
            '<p>© Northgate Evening Post Ltd. Registered in England No. 01234567.</p></div></body></html>')
    return html, [COOKIES, "Accept all", "Reject all", "Manage preferences", "Northgate Evening Post", "Advertisement",
                  METER, "Trending", *trending, "News Local Crime Politics", "Help Contact us Advertise with us",
                  "© Northgate Evening Post Ltd. Registered in England No. 01234567."]


def read_more_tags(article: Article) -> tuple[str, list[str]]:
    """A broadcaster's article page: "Read more:" lines between the paragraphs, a topic tag row, an
    author-follow button and a "Top stories" rail."""
    k = max(1, len(article.paragraphs) // 2)
    tags = ["Transport", "Local government", "Northgate"]
    html = (_head(article, "NTV News") + '<body><header><a class="brand" href="/">NTV News</a><button>Menu</button>'
            '<a href="/live">Watch live</a></header><main><article><div class="topic-label">Opinion</div>'
            f'<h1>{escape(article.headline)}</h1><div class="contributor"><span>{escape(article.byline)}</span>'
            '<button class="follow">Follow</button></div><div class="text">' + _ps(article.paragraphs[:k]) +
            f'<p class="read-more">Read more: <a href="/r1">{RELATED[0]}</a></p>' + _ps(article.paragraphs[k:]) +
            f'<p class="read-more">Read more: <a href="/r2">{RELATED[1]}</a></p></div><ul class="tags">' +
            "".join(f'<li><a href="/topics/{t.lower()}">{t}</a></li>' for t in tags) + '</ul></article>'
            '<section class="rail"><h2>Top stories</h2>' + "".join(f'<a href="#"><h3>{t}</h3></a>' for t in RELATED) +
            '</section></main><footer>Copyright © 2026 NTV. All rights reserved.</footer></body></html>')
    return html, ["NTV News", "Menu", "Watch live", "Opinion", "Follow", "Read more:", RELATED[0], RELATED[1],
                  " ".join(tags), "Top stories", *RELATED, "Copyright © 2026 NTV. All rights reserved."]


SET_G_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "newsletter-platform": newsletter_platform, "cookies-meter-ads": cookies_meter_ads, "read-more-tags": read_more_tags}
