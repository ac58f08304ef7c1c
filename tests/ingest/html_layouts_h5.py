"""Dev set H, fifth batch (written in session 11 after the fourth was tuned on): other forms of
the kinds of the first batch, to test that its rules are general: comments in plain divs with a
"comments powered by" line, live posts with clock times ("10:42 a.m. ET", "Posted at"), captions
in divs with "(Photo: ...)", "Photo credit:", "Courtesy of" and "Illustration by" credits, a
cookie-consent bar with "Learn more" and "Got it!", an author box headed by the author's name
("About Jane Doe"), a paywall teaser with "Already a subscriber? Log in".

H5_LAYOUTS are tuned on; H5_HELD_LAYOUTS (forum) are kept aside with the held articles
(benchmarks/bench_ingest_fidelity.py --dev-web / --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _ps, _thirds

REPLIES = [("mgreen", "3 hours ago", "This is exactly what I have been saying at every council meeting for the past "
            "two years, and nobody listens until a newspaper prints it."),
           ("civic_watch", "2 hours ago", "The numbers in the fourth paragraph do not add up. The board's own report "
            "from last spring shows a much smaller shortfall than the one described here.")]


def plain_comments(article: Article) -> tuple[str, list[str]]:
    """Comments in plain divs (user name, time, text, Reply/Like links), a comment count heading
    and a "comments powered by" line."""
    comments = "".join(f'<div class="cmt"><div class="cmt-head"><span class="cmt-user">{u}</span> <span>{t}</span>'
                       f'</div><div class="cmt-text"><p>{escape(x)}</p></div><div class="cmt-act"><a href="#">Reply</a> '
                       '<a href="#">Like</a></div></div>' for u, t, x in REPLIES)
    html = (_head(article, "Town Crier") +
            '<body><div class="tc-top"><a href="/">Town Crier</a></div><div class="tc-story">'
            f'<h1>{escape(article.headline)}</h1><p class="tc-by">{escape(article.byline)}</p>' + _ps(article.paragraphs) +
            f'</div><div class="tc-discuss"><h3>{len(REPLIES)} Comments</h3>{comments}<p class="tc-powered">comments '
            'powered by Talkbox</p></div></body></html>')
    return html, ["Town Crier", f"{len(REPLIES)} Comments", *[x for r in REPLIES for x in r], "Reply Like",
                  "comments powered by Talkbox"]


def clock_posts(article: Article) -> tuple[str, list[str]]:
    """A live page whose posts carry clock times ("10:42 a.m. ET") and "Posted at" lines; a
    "Latest updates" heading and a "Refresh" line."""
    posts = []
    stamps = []
    for n, p in enumerate(article.paragraphs):
        h, m = divmod(42 + 9 * n, 60)
        stamp = f"{9 + h}:{m:02d} a.m. ET" if 9 + h < 12 else f"{9 + h - 12 or 12}:{m:02d} p.m. ET"
        stamps.append(stamp)
        posts.append(f'<article class="lp"><p class="lp-time">{stamp}</p><p>{escape(p)}</p></article>')
    html = (_head(article, "Wire Live") +
            '<body><div class="wl-top"><a href="/">Wire Live</a></div><main><h1>' + escape(article.headline) +
            f'</h1><p class="wl-by">{escape(article.byline)}</p><h2 class="wl-latest">Latest updates</h2><p class="wl-'
            'refresh">Refresh for the latest</p>' + "".join(posts) + '</main></body></html>')
    return html, ["Wire Live", "Latest updates", "Refresh for the latest", *stamps]


def div_captions(article: Article) -> tuple[str, list[str]]:
    """Photos in divs with captions of several credit forms between the paragraphs, a cookie
    bar ("This website uses cookies ... Learn more Got it!")."""
    a, b, c = _thirds(article)
    caps = ["Members of the board leave the meeting on Monday. (Photo: Dana Whitlock)",
            "The depot site in 2019. Photo credit: City of Fairview",
            "An early sketch of the plan. Courtesy of the Fairview Historical Society",
            "Illustration by Maya Chen"]
    fig = [f'<div class="photo"><img src="{n}.jpg"><div class="photo-caption">{escape(t)}</div></div>'
           for n, t in enumerate(caps)]
    html = (_head(article, "Fairview Press") +
            '<body><div class="cc-window cc-banner"><span class="cc-message">This website uses cookies to ensure you get '
            'the best experience on our website. <a href="/privacy">Learn more</a></span><a class="cc-btn">Got it!</a>'
            '</div><div class="fp-top"><a href="/">Fairview Press</a></div><div class="fp-story">'
            f'<h1>{escape(article.headline)}</h1><p class="fp-by">{escape(article.byline)}</p>' + fig[0] + _ps(a) + fig[1]
            + _ps(b) + fig[2] + _ps(c) + fig[3] + '</div></body></html>')
    return html, ["This website uses cookies to ensure you get the best experience on our website. Learn more",
                  "Got it!", "Fairview Press", *caps]


def named_bio(article: Article) -> tuple[str, list[str], list[str]]:
    """An author box headed by the author's name ("About Jane Doe") after the text, with a
    "View all posts by Jane Doe" link; a paywall teaser box with "Already a subscriber? Log in". By the project's web
    convention (session 18) the bio is article text: it may show (a note); the box's heading and link must not."""
    bio = ("Jane Doe covers city government and transportation. Before joining the paper she reported on state "
           "politics for public radio.")
    half = max(1, len(article.paragraphs) // 2)
    html = (_head(article, "Bayside Ledger") +
            '<body><div class="bl-top"><a href="/">Bayside Ledger</a></div><div class="bl-story">'
            f'<h1>{escape(article.headline)}</h1><p class="bl-by">{escape(article.byline)}</p>' +
            _ps(article.paragraphs[:half]) + '<div class="bl-wall"><p>This story is for subscribers. Subscribe today for '
            'full access to local news.</p><p>Already a subscriber? <a href="/login">Log in</a></p></div>' +
            _ps(article.paragraphs[half:]) + '<div class="bl-author"><h3>About Jane Doe</h3><p>' + escape(bio) +
            '</p><a href="#">View all posts by Jane Doe</a></div></div></body></html>')
    return html, ["Bayside Ledger", "This story is for subscribers. Subscribe today for full access to local news.",
                  "Already a subscriber? Log in", "About Jane Doe", "View all posts by Jane Doe"], [bio]


def forum(article: Article) -> tuple[str, list[str]]:
    """A community site (held layout): the article as the first post of a thread, the poster's
    name, join date and post count, a "Quote Reply" row, a reply below, "Similar threads"."""
    html = (_head(article, "Civic Forum") +
            '<body><div class="cf-top"><a href="/">Civic Forum</a> › <a href="/f/news">News</a></div><div class="cf-thread">'
            f'<h1>{escape(article.headline)}</h1><div class="cf-post"><div class="cf-user"><a href="#">townwatcher</a>'
            '<span>Joined: Mar 2019</span><span>Posts: 1,482</span></div><div class="cf-body">'
            f'<p>{escape(article.byline)}</p>' + _ps(article.paragraphs) + '</div><div class="cf-act"><a href="#">Quote'
            '</a> <a href="#">Reply</a></div></div><div class="cf-post"><div class="cf-user"><a href="#">mgreen</a>'
            f'<span>Joined: Jan 2021</span><span>Posts: 37</span></div><div class="cf-body"><p>{escape(REPLIES[0][2])}'
            '</p></div></div></div><div class="cf-similar"><h3>Similar threads</h3><ul><li><a href="#">Bus depot '
            'plan</a></li><li><a href="#">Council budget vote</a></li></ul></div></body></html>')
    return html, ["Civic Forum › News", "townwatcher", "Joined: Mar 2019", "Posts: 1,482", "Quote Reply", "mgreen",
                  "Joined: Jan 2021", "Posts: 37", REPLIES[0][2], "Similar threads", "Bus depot plan",
                  "Council budget vote"]


H5_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]] | tuple[str, list[str], list[str]]]] = {
    "plain-comments": plain_comments, "clock-posts": clock_posts, "div-captions": div_captions, "named-bio": named_bio}
H5_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"forum": forum}
