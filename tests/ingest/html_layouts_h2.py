"""Dev set H, second batch (written in session 11 after the first was tuned on): embedded posts
from social networks, a page whose off-canvas menu and screen-reader texts are hidden by style
and ARIA attributes, an "In this article" box with key points and an audio player, a sponsored
grid of other sites' stories, a story of <br>-separated paragraphs with advertisement labels, an
old theme with the site's name in the h1 and the headline in an h2, a video page with a playlist,
a page with plain pull quotes and captions, an Arc-like page with an overline, interstitial links
and an author bio.

H2_LAYOUTS are tuned on; H2_HELD_LAYOUTS (video, arc-fusion) are kept aside with the held
articles (benchmarks/bench_ingest_fidelity.py --dev-web / --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import OTHER, _ps, _thirds

TWEET = "The committee will hold a second hearing on the proposal next Thursday. Full statement below."


def social_embeds(article: Article) -> tuple[str, list[str], list[str]]:
    """Embedded posts between the paragraphs, as the networks' embed codes leave them in a saved
    page: a blockquote of the post's text with the author and date line, and an Instagram
    embed's "View this post on Instagram" and "A post shared by" lines. By the project's web convention (session 18)
    the post quoted in the article is text, its widget chrome (the picture's link, the Instagram lines of an embed
    with no caption) furniture: the post and its author line may show (notes), the chrome must not. The author line's
    date is part of it (coordinator, session 22; it was chrome before)."""
    a, b, c = _thirds(article)
    html = (_head(article, "Capitol Report") +
            '<body><div class="cr-top"><a href="/">Capitol Report</a></div><div class="cr-article">'
            f'<h1>{escape(article.headline)}</h1><p class="cr-by">{escape(article.byline)}</p>' + _ps(a) +
            f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{escape(TWEET)} <a href="https://t.co/x">'
            'pic.twitter.com/Ab12Cd</a></p>— Sen. Maria Delgado (@SenDelgado) <a href="https://twitter.com/x">June 19, '
            '2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>' + _ps(b) +
            '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><a href='
            '"https://www.instagram.com/p/x/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/x/">'
            'A post shared by City of Fairview (@cityoffairview)</a></p></div></blockquote>' + _ps(c) +
            '</div><div class="cr-foot">© 2024 Capitol Report</div></body></html>')
    return html, ["Capitol Report", "pic.twitter.com/Ab12Cd", "View this post on Instagram",
                  "A post shared by City of Fairview (@cityoffairview)", "© 2024 Capitol Report"], \
        [TWEET, "— Sen. Maria Delgado (@SenDelgado) June 19, 2024"]


def hidden_by_style(article: Article) -> tuple[str, list[str]]:
    """What the browser does not show: an off-canvas menu with display:none, a search overlay
    with aria-hidden, screen-reader texts in visually-hidden spans, a modal with the hidden
    attribute's CSS twin (style="visibility:hidden")."""
    menu = ["World", "Politics", "Economy", "Science", "Obituaries"]
    html = (_head(article, "Evening Star") +
            '<body><div class="offcanvas" style="display: none"><ul>' +
            "".join(f'<li><a href="#">{m}</a></li>' for m in menu) + '</ul></div><div class="search-overlay" aria-'
            'hidden="true"><p>Search Evening Star</p><p>Popular searches: election, budget, weather</p></div><div '
            'class="es-bar"><a href="/">Evening Star</a></div><div class="es-story">'
            f'<h1>{escape(article.headline)}</h1><p class="es-by">{escape(article.byline)}</p><div class="es-icons">'
            '<a href="#"><span class="visually-hidden">Share on Facebook (opens in a new window)</span></a><a href="#">'
            '<span class="sr-only">Share by email</span></a></div>' + _ps(article.paragraphs) +
            '</div><div class="es-modal" style="visibility:hidden;opacity:0"><p>You have been logged out. Please '
            'sign in again to continue.</p></div><div class="es-end">Evening Star, 1 Market Square</div></body></html>')
    return html, [*menu, "Search Evening Star", "Popular searches: election, budget, weather", "Evening Star",
                  "Share on Facebook (opens in a new window)", "Share by email",
                  "You have been logged out. Please sign in again to continue.", "Evening Star, 1 Market Square"]


POINTS = ["The council delayed the vote by a month.", "Opponents say the plan favours developers."]


def key_points(article: Article) -> tuple[str, list[str], list[str]]:
    """An "In this article" jump list, a "Key points" summary box above the text, an audio
    player ("Listen to this article", "Audio is generated"), a gift button with a count. The key points were furniture
    here until session 23; by the coordinator's decision then (a story's summary bullets are article text, like a
    standfirst) they are notes: the article given here does not hold them, so they may show (test_html_summaries.py
    asks for them shown)."""
    html = (_head(article, "The Ledger Review") +
            '<body><div class="lr-head"><a href="/">The Ledger Review</a></div><main><div class="lr-story">'
            f'<h1>{escape(article.headline)}</h1><p class="lr-by">{escape(article.byline)}</p><div class="lr-audio">'
            '<button>Listen to this article</button><span>00:00 / 05:42</span><p>Audio is generated by an automated '
            'voice.</p></div><div class="lr-gift"><button>Gift article</button><span>10 left</span></div>'
            '<div class="lr-summary"><h2>Key points</h2><ul>' + "".join(f"<li>{p}</li>" for p in POINTS) + '</ul></div>'
            '<div class="lr-toc"><h2>In this article</h2><ol><li><a href="#s1">The vote</a></li><li><a href="#s2">The '
            'reaction</a></li></ol></div><div class="lr-body">' + _ps(article.paragraphs) + '</div></div></main>'
            '<div class="lr-end">The Ledger Review · Independent since 1921</div></body></html>')
    return html, ["The Ledger Review", "Listen to this article", "00:00 / 05:42",
                  "Audio is generated by an automated voice.", "Gift article", "10 left", "Key points",
                  "In this article", "The vote", "The reaction", "The Ledger Review · Independent since 1921"], POINTS


SPONSORED = [("This Is the Best Time to Refinance Your Home Loan", "LendingDaily"),
             ("Doctors Stunned by This Simple Morning Habit", "HealthWire"),
             ("The Most Beautiful Towns to Retire To in 2024", "Travel Finds")]


def sponsored_grid(article: Article) -> tuple[str, list[str]]:
    """A paid-content grid after the text ("You May Like", "Sponsored Links by ...", each card an
    advertiser's headline and name), and a comments call to action."""
    html = (_head(article, "Lakeshore Daily") +
            '<body><div class="ld-top"><a href="/">Lakeshore Daily</a></div><div class="ld-article">'
            f'<h1>{escape(article.headline)}</h1><p class="ld-by">{escape(article.byline)}</p>' +
            _ps(article.paragraphs) + '<div class="ld-cta"><a href="#comments">Join the conversation</a></div></div>'
            '<div id="tbl-next-up" class="trc_rbox_container"><div class="trc_rbox_header"><span>You May Like</span>'
            '<span class="trc_adc_wrapper">Sponsored Links by Taboola</span></div><div class="trc_rbox_outer">' +
            "".join(f'<div class="videoCube"><a href="#"><span class="video-title">{t}</span><span class="branding">'
                    f'{s}</span></a></div>' for t, s in SPONSORED) +
            '</div></div><div class="ld-foot">© 2024 Lakeshore Daily</div></body></html>')
    return html, ["Lakeshore Daily", "Join the conversation", "You May Like", "Sponsored Links by Taboola",
                  *[x for card in SPONSORED for x in card], "© 2024 Lakeshore Daily"]


def br_story(article: Article) -> tuple[str, list[str]]:
    """An old site: the story is one div of text with <br><br> between paragraphs, an
    "ADVERTISEMENT" block and a "Story continues below advertisement" line in the middle, a
    "Click here to subscribe" line and a print/email line."""
    half = max(1, len(article.paragraphs) // 2)
    html = (_head(article, "Prairie Sun") +
            '<body><div id="hdr"><a href="/">Prairie Sun</a></div><div id="story"><div class="story-title">'
            f'{escape(article.headline)}</div><div class="story-by">{escape(article.byline)}</div><div class="story-text">'
            + "<br><br>".join(escape(p) for p in article.paragraphs[:half]) +
            '<br><br><div class="ad-slot">ADVERTISEMENT</div>Story continues below advertisement<br><br>' +
            "<br><br>".join(escape(p) for p in article.paragraphs[half:]) +
            '<br><br><a href="/subscribe">Click here to subscribe to the Prairie Sun</a></div><div class="story-tools">'
            '<a href="#">Print this story</a> | <a href="#">Email this story</a></div></div></body></html>')
    return html, ["Prairie Sun", "ADVERTISEMENT", "Story continues below advertisement",
                  "Click here to subscribe to the Prairie Sun", "Print this story | Email this story"]


def h1_logo(article: Article) -> tuple[str, list[str]]:
    """An old blog theme: the site's name is the h1, the post's title an h2, a tagline under the
    name, posted-in and comment-count lines, a blogroll in the sidebar."""
    html = (_head(article, "The Quiet Observer") +
            '<body><div id="wrapper"><div id="header"><h1 class="blog-title"><a href="/">The Quiet Observer</a></h1>'
            '<div class="description">Notes on politics and the city</div></div><div id="content"><div class="post">'
            f'<h2 class="post-title"><a href="#" rel="bookmark">{escape(article.headline)}</a></h2><div class="post-'
            f'info">{escape(article.byline)}</div><div class="post-entry">' + _ps(article.paragraphs) +
            '</div><div class="postmetadata">Posted in <a href="#">Politics</a> | <a href="#">4 Comments »</a></div>'
            '</div></div><div id="sidebar"><h3>Blogroll</h3><ul><li><a href="#">City Desk Weekly</a></li><li><a '
            'href="#">The Budget Watcher</a></li><li><a href="#">Transit Notes</a></li></ul></div><div id="footer">'
            'The Quiet Observer is proudly powered by WordPress. Entries (RSS) and Comments (RSS).</div></div>'
            '</body></html>')
    return html, ["The Quiet Observer", "Notes on politics and the city", "Posted in Politics | 4 Comments »",
                  "Blogroll", "City Desk Weekly", "The Budget Watcher", "Transit Notes",
                  "The Quiet Observer is proudly powered by WordPress. Entries (RSS) and Comments (RSS)."]


def video_page(article: Article) -> tuple[str, list[str]]:
    """A broadcaster's article with a video player on top (held layout): "Now playing", a
    duration, the video's title and an "Up next" playlist of other videos with durations."""
    html = (_head(article, "Channel 9 News") +
            '<body><div class="c9-nav"><a href="/">Channel 9 News</a> <a href="/live">Watch live</a></div><div class="'
            'c9-player"><div class="c9-now"><span>Now playing</span><h2>Council debate heats up over housing plan</h2>'
            '<span class="c9-dur">02:31</span></div><div class="c9-next"><span>Up next</span><ul><li><a href="#">'
            'Storm damage across the county</a> <span>01:12</span></li><li><a href="#">High school team wins title</a> '
            f'<span>03:05</span></li></ul></div></div><div class="c9-article"><h1>{escape(article.headline)}</h1><p '
            f'class="c9-by">{escape(article.byline)}</p>' + _ps(article.paragraphs) +
            '</div><div class="c9-foot">Channel 9 News · FCC public file · EEO report</div></body></html>')
    return html, ["Channel 9 News Watch live", "Now playing", "Council debate heats up over housing plan", "02:31",
                  "Up next", "Storm damage across the county", "01:12", "High school team wins title", "03:05",
                  "Channel 9 News · FCC public file · EEO report"]


def pull_quotes(article: Article) -> tuple[str, list[str]]:
    """A magazine: pull quotes as plain blockquotes repeating a sentence of the text, a photo
    with a caption and no credit mark, share icons with aria labels only, a "Print" button."""
    a, b, c = _thirds(article)
    first = (a[0] if a else article.headline).split(". ")[0].rstrip(".") + "."
    cap = "The old rail yard, where the new station would be built."
    html = (_head(article, "Harbor Quarterly") +
            '<body><div class="hq-brand"><a href="/">Harbor Quarterly</a></div><article class="hq-piece">'
            f'<h1>{escape(article.headline)}</h1><p class="hq-by">{escape(article.byline)}</p><div class="hq-share">'
            '<a aria-label="Facebook" href="#"></a><a aria-label="Twitter" href="#"></a><button>Print</button></div>'
            + _ps(a) + f'<blockquote><p>{escape(first)}</p></blockquote>' + _ps(b) +
            f'<figure><img src="y.jpg" alt=""><figcaption>{escape(cap)}</figcaption></figure>' + _ps(c) +
            '</article><div class="hq-end">Harbor Quarterly · Spring issue</div></body></html>')
    return html, ["Harbor Quarterly", "Print", cap, "Harbor Quarterly · Spring issue"]


BIO2 = ("Thomas Greer is a columnist for the Riverside Standard. He writes about state politics and the courts, "
        "and previously covered the legislature for a decade.")


def arc_fusion(article: Article) -> tuple[str, list[str], list[str]]:
    """An Arc-like page (held layout): an overline above the headline, a "Copy link"/"Gift
    article"/comments row, interstitial links between paragraphs, an inline newsletter box and
    an author bio block with the author's name as a link."""
    a, b, c = _thirds(article)
    html = (_head(article, "Riverside Standard") +
            '<body><div id="fusion-app"><header class="b-header"><a href="/">Riverside Standard</a></header><div '
            'class="b-article"><div class="c-overline"><a href="/opinion/columns">Columns</a></div><h1 class="c-heading">'
            f'{escape(article.headline)}</h1><div class="c-byline">{escape(article.byline)}</div><div class="c-tools">'
            '<button>Copy link</button><button>Gift article</button><a href="#comments">Comments</a></div><div class="'
            'b-article-body">' + _ps(a, "c-paragraph") +
            f'<div class="c-interstitial"><a href="#">{OTHER[3]}</a></div>' + _ps(b, "c-paragraph") +
            '<div class="c-newsletter"><h3>Opinions in your inbox</h3><p>Get the columnists’ latest, twice a week.</p>'
            '<button>Sign up</button></div>' + _ps(c, "c-paragraph") + '</div><div class="b-author-bio"><a href="#">'
            f'Thomas Greer</a><p>{escape(BIO2)}</p></div></div></div></body></html>')
    return html, ["Riverside Standard", "Columns", "Copy link", "Gift article", "Comments", OTHER[3],
                  "Opinions in your inbox", "Get the columnists’ latest, twice a week.", "Sign up", "Thomas Greer"], [BIO2]


H2_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]] | tuple[str, list[str], list[str]]]] = {
    "social-embeds": social_embeds, "hidden-by-style": hidden_by_style, "key-points": key_points,
    "sponsored-grid": sponsored_grid, "br-story": br_story, "h1-logo": h1_logo, "pull-quotes": pull_quotes}
H2_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]] | tuple[str, list[str], list[str]]]] = {
    "video": video_page, "arc-fusion": arc_fusion}
