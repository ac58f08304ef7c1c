"""Dev set H of web layouts (written in session 11 to tune on; kinds the older tuned layouts lack):
a WordPress theme with sidebar widgets and a comment section of long comments, a Next.js page
with hydrated markup, ad labels and a newsletter form between paragraphs, a Drupal site with
views blocks of teasers and an author bio, a Substack post with subscribe widgets, a Medium-like
page, an AMP page with a consent banner and photo captions with credits, a live blog with
timestamps, a paywalled page with meter and gift bars, a think-tank page with a bio box and
topic tags, and a page with "Read more" lines of several forms between the paragraphs.

H_LAYOUTS are tuned on; H_HELD_LAYOUTS (medium, paywall) are kept aside with the held articles
(benchmarks/bench_ingest_fidelity.py --dev-web / --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head

OTHER = ["Transit board approves late-night service on three lines", "Why the water rate hike keeps growing",
         "Letters: readers on the stadium deal", "The long wait for a new county hospital"]


def _ps(paragraphs: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in paragraphs)


def _thirds(article: Article) -> tuple[list[str], list[str], list[str]]:
    k = max(1, len(article.paragraphs) // 3)
    return article.paragraphs[:k], article.paragraphs[k:2 * k], article.paragraphs[2 * k:]


COMMENTS = [
    ("Dana K.", "June 21, 2024 at 8:02 am",
     "I have lived here for thirty years and I have never seen the council move this slowly on anything that "
     "matters to working families. The piece gets it right, but it does not go far enough in naming who is "
     "responsible for the delays."),
    ("Robert Alvarez", "June 21, 2024 at 11:47 am",
     "Respectfully, the editorial ignores the cost side. Somebody has to pay for all of this, and it is always "
     "the same taxpayers who are asked to carry the load while the people making the decisions face no "
     "consequences at all."),
]


def wp_comments(article: Article) -> tuple[str, list[str]]:
    """A WordPress theme (GeneratePress-like): top bar, primary menu in a div, the post, post
    navigation, a comment section whose comments are long paragraphs in article elements, a reply
    form, and a sidebar of widgets (search, recent posts, recent comments, archives)."""
    menu = ["Home", "News", "Opinion", "Events", "About"]
    comments = "".join(
        f'<li id="comment-{n}" class="comment even thread-even depth-1"><article id="div-comment-{n}" '
        f'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{who}</b> '
        f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{n}"><time>{when}</time>'
        f'</a></div></footer><div class="comment-content"><p>{escape(text)}</p></div><div class="reply">'
        f'<a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for n, (who, when, text) in enumerate(COMMENTS))
    html = (_head(article, "Greenfield Gazette") +
            '<body class="post-template-default single single-post"><div class="top-bar"><div class="inside-top-bar">'
            '<a href="/contact">Contact</a> <a href="/advertise">Advertise</a></div></div><div class="site-header">'
            '<div class="site-branding"><p class="main-title"><a href="/">Greenfield Gazette</a></p></div></div>'
            '<div id="site-navigation" class="main-navigation"><div class="inside-navigation"><ul id="menu-primary" '
            'class="menu">' + "".join(f'<li class="menu-item"><a href="#">{m}</a></li>' for m in menu) +
            '</ul></div></div><div id="page" class="site grid-container"><div id="content" class="site-content">'
            '<div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post">'
            f'<div class="inside-article"><header class="entry-header"><h1 class="entry-title">{escape(article.headline)}'
            f'</h1><div class="entry-meta"><span class="byline"><span class="author vcard">{escape(article.byline)}'
            '</span></span></div></header><div class="entry-content">' + _ps(article.paragraphs) +
            '</div><footer class="entry-meta"><span class="cat-links">Categories <a href="#">Opinion</a></span> '
            '<span class="tags-links">Tags <a href="#">council</a>, <a href="#">housing</a></span></footer></div>'
            '</article><nav class="post-navigation"><div class="nav-previous"><a href="#">School board race draws '
            'five candidates</a></div><div class="nav-next"><a href="#">Farmers market moves to Saturdays</a></div>'
            '</nav><div class="comments-area"><div id="comments"><h3 class="comments-title">2 thoughts on “'
            f'{escape(article.headline)}”</h3><ol class="comment-list">{comments}</ol><div id="respond" '
            'class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3><form '
            'class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields '
            'are marked *</p><textarea></textarea><p class="form-submit"><input type="submit" value="Post Comment">'
            '</p></form></div></div></div></main></div><div id="right-sidebar" class="widget-area sidebar is-right-'
            'sidebar"><div class="inside-right-sidebar"><aside class="widget widget_search"><form><label>Search for:'
            '</label><input type="search"></form></aside><aside class="widget widget_recent_entries"><h2 class="widget-'
            'title">Recent Posts</h2><ul>' + "".join(f'<li><a href="#">{t}</a></li>' for t in OTHER[:3]) +
            '</ul></aside><aside class="widget widget_recent_comments"><h2 class="widget-title">Recent Comments</h2>'
            '<ul><li><span class="comment-author-link">Dana K.</span> on <a href="#">Why the water rate hike keeps '
            'growing</a></li></ul></aside><aside class="widget widget_archive"><h2 class="widget-title">Archives</h2>'
            '<ul><li><a href="#">June 2024</a></li><li><a href="#">May 2024</a></li></ul></aside></div></div></div>'
            '</div><div class="site-footer"><div class="site-info"><div class="copyright-bar">© 2024 Greenfield Gazette'
            ' • Built with GeneratePress</div></div></div></body></html>')
    furniture = ["Contact Advertise", "Greenfield Gazette", " ".join(menu), "Categories Opinion",
                 "Tags council, housing", "School board race draws five candidates",
                 "Farmers market moves to Saturdays", "2 thoughts on", *(c[0] for c in COMMENTS), "says:",
                 *(c[1] for c in COMMENTS), *(c[2] for c in COMMENTS), "Reply", "Leave a Comment",
                 "Your email address will not be published. Required fields are marked *", "Search for:",
                 "Recent Posts", *OTHER[:3], "Recent Comments", "Archives", "May 2024",
                 "© 2024 Greenfield Gazette • Built with GeneratePress"]
    return html, furniture


SIGNUP = "Get the Morning Report: the news you need to start your day, in your inbox every weekday."
SIGNUP_SMALL = ("By signing up, you agree to our Terms of Use and acknowledge the data practices in our "
                "Privacy Policy. You may unsubscribe at any time.")


def next_hydrated(article: Article) -> tuple[str, list[str]]:
    """A Next.js news page: the article's JSON state in a script, hydrated markup of hashed class
    names with data-testid names, "Advertisement" labels and a newsletter form between the
    paragraphs, a photo with caption and credit, a "Read more:" line, a recirculation rail."""
    a, b, c = _thirds(article)
    state = '{"props":{"pageProps":{"story":{"headline":"' + escape(article.headline) + '"}}}}'
    html = (_head(article, "The Metro Record") +
            '<body><div id="__next"><div class="sc-1x2y3z"><div data-testid="masthead" class="sc-aa11"><a href="/" '
            'aria-label="The Metro Record home">The Metro Record</a><div class="sc-bb22"><a href="/subscribe">Subscribe'
            '</a><a href="/login">Log in</a></div></div><div class="sc-cc33"><a href="/news">News</a><a href="/politics">'
            'Politics</a><a href="/business">Business</a><a href="/opinion">Opinion</a><a href="/sports">Sports</a>'
            '</div><div class="sc-dd44" data-testid="article"><span class="sc-kicker"><a href="/opinion">Opinion</a>'
            f'</span><h1 class="sc-ee55">{escape(article.headline)}</h1><div class="sc-ff66"><span>{escape(article.byline)}'
            '</span><time datetime="2024-06-20T09:00:00Z">June 20, 2024</time></div><figure class="sc-fig"><img src="'
            'a.jpg" alt=""><figcaption><span class="sc-cap">Residents wait outside City Hall before Tuesday’s vote.'
            '</span> <span class="sc-credit">Jordan Ames / The Metro Record</span></figcaption></figure>'
            '<div class="sc-gg77" data-testid="article-body">' +
            _ps(a, "sc-para") + '<div class="sc-ad" data-testid="ad-slot"><span>Advertisement</span></div>' +
            _ps(b, "sc-para") + '<div class="sc-hh88" data-testid="inline-newsletter"><p class="sc-nl-title">' +
            f'{escape(SIGNUP)}</p><form><input type="email" placeholder="Email address"><button>Sign Up</button></form>'
            f'<p class="sc-nl-small">{escape(SIGNUP_SMALL)}</p></div>' +
            f'<p class="sc-para"><strong>Read more:</strong> <a href="#">{OTHER[0]}</a></p>' + _ps(c, "sc-para") +
            '<div class="sc-ad" data-testid="ad-slot"><span>Advertisement</span></div></div></div>'
            '<div class="sc-ii99" data-testid="recirc"><h2>Latest news</h2>' +
            "".join(f'<a href="#" class="sc-card"><span class="sc-card-kicker">News</span><h3>{t}</h3></a>'
                    for t in OTHER[1:4]) +
            '</div><div class="sc-jj00"><a href="/about">About us</a><a href="/privacy">Privacy Policy</a><a href="'
            '/terms">Terms of Use</a><span>© 2024 The Metro Record</span></div></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{state}</script></body></html>')
    return html, ["The Metro Record", "Subscribe", "Log in", "News Politics Business Opinion Sports",
                  "Residents wait outside City Hall before Tuesday’s vote.", "Jordan Ames / The Metro Record",
                  "Advertisement", SIGNUP, "Email address", SIGNUP_SMALL, "Read more:", *OTHER[:4], "Latest news",
                  "About us", "Privacy Policy", "Terms of Use", "© 2024 The Metro Record"]


BIO = ("Margaret Lin is a senior fellow at the Center for Urban Policy, where she writes about housing, transit "
       "and municipal finance. She previously served as budget director for the city of Fairview.")


def drupal_views(article: Article) -> tuple[str, list[str], list[str]]:
    """A Drupal 9 site: blocks of views (a most-read view of titles with teaser sentences, a
    "more in this section" view), a tags field, an author bio field after the text. By the project's web convention
    (session 18) a closing author bio is article text: it may show (a note)."""
    teasers = [(OTHER[1], "Officials say the increase is needed to replace pipes laid more than a century ago."),
               (OTHER[3], "Planning for the project began in 2015, and the site is still an empty lot.")]
    html = (_head(article, "Northside Journal") +
            '<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><div class="'
            'layout-container"><div class="region region-header"><div id="block-sitebranding" class="block block-'
            'system"><a href="/" rel="home">Northside Journal</a></div></div><div class="region region-primary-menu">'
            '<ul class="clearfix menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a href="'
            '/local">Local</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li></ul></div><main role="'
            'main"><div class="region region-content"><article class="node node--type-article node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{escape(article.headline)}</span></h1>'
            f'<div class="node__submitted">{escape(article.byline)}</div><div class="node__content"><div class="'
            'clearfix text-formatted field field--name-body field--type-text-with-summary">' +
            _ps(article.paragraphs) + '</div><div class="field field--name-field-tags field--type-entity-reference">'
            '<div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="#">Housing'
            '</a></div><div class="field__item"><a href="#">City Council</a></div></div></div><div class="field '
            'field--name-field-author-bio field--type-text-long"><div class="field__item"><p>' + escape(BIO) +
            '</p></div></div></div></article></div></main><div class="region region-sidebar-second"><div class="'
            'views-element-container block block-views"><h2>Most read</h2><div class="view view-most-read view-id-'
            'most_read"><div class="view-content">' +
            "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                    f'<a href="#">{t}</a></span></div><div class="views-field views-field-body"><div class="field-'
                    f'content">{d}</div></div></div>' for t, d in teasers) +
            '</div></div></div><div class="views-element-container block block-views"><h2>More in Opinion</h2><div '
            'class="view view-section-list"><div class="view-content"><div class="item-list"><ul>' +
            "".join(f'<li><div class="views-field"><a href="#">{t}</a></div></li>' for t in OTHER[:2]) +
            '</ul></div></div></div></div></div><div class="region region-footer"><p>Northside Journal is a nonprofit '
            'newsroom. © 2024</p></div></div></div></body></html>')
    return html, ["Northside Journal", "Home Local Opinion", "Tags", "Housing", "City Council", "Most read",
                  *[x for t in teasers for x in t], "More in Opinion", *OTHER[:2],
                  "Northside Journal is a nonprofit newsroom. © 2024"], [BIO]


THANKS = "Thanks for reading The Civic Ledger! Subscribe for free to receive new posts and support my work."


def substack(article: Article) -> tuple[str, list[str]]:
    """A Substack post: the publication's navbar, a subscribe widget (preamble, email field,
    button) between the paragraphs and after the text, a share button paragraph, like and
    comment counts, "Discussion about this post", and the footer."""
    half = max(1, len(article.paragraphs) // 2)
    widget = ('<div class="subscription-widget-wrap-editor"><div class="subscription-widget show-subscribe"><div '
              f'class="preamble"><p class="cta-caption">{escape(THANKS)}</p></div><form class="subscription-widget-'
              'subscribe"><input type="email" placeholder="Type your email…"><input type="submit" value="Subscribe">'
              '</form></div></div>')
    html = (_head(article, "The Civic Ledger") +
            '<body><div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" '
            'href="/">The Civic Ledger</a><div class="navbar-buttons"><a class="button">Subscribe</a><a class="button">'
            'Sign in</a></div></div></div><div class="container"><div class="single-post"><div class="post-header">'
            f'<h1 class="post-title published">{escape(article.headline)}</h1><div class="post-meta"><div class="'
            f'profile-hover-card-target"><a href="#">{escape(article.byline)}</a></div><div class="pencraft">Jun 20, '
            '2024</div></div><div class="post-ufi"><a class="like-button">42</a><a class="post-ufi-comment-button">7'
            '</a><a class="post-ufi-button">Share</a></div></div><div class="available-content"><div class="body '
            'markup">' + _ps(article.paragraphs[:half]) + widget + _ps(article.paragraphs[half:]) +
            '<p class="button-wrapper"><a class="button primary" href="#"><span>Share</span></a></p>' + widget +
            '</div></div><div class="post-footer"><a class="like-button">42</a><a class="post-ufi-comment-button">7'
            '</a><a>Share</a></div><div id="discussion"><h4>Discussion about this post</h4><div class="comments-'
            'page"><p>No posts</p></div></div></div></div><div class="footer-wrap"><div class="footer">© 2024 Jane '
            'Okafor · <a href="#">Privacy</a> ∙ <a href="#">Terms</a> ∙ <a href="#">Collection notice</a></div><div '
            'class="footer-substack">Start writing<a href="#">Get the app</a></div></div></div></body></html>')
    return html, ["The Civic Ledger", "Subscribe", "Sign in", "42", "7", "Share", THANKS, "Discussion about this post",
                  "No posts", "© 2024 Jane Okafor · Privacy ∙ Terms ∙ Collection notice", "Start writingGet the app"]


def medium(article: Article) -> tuple[str, list[str]]:
    """A Medium-like page (held layout): hashed class names only; a "Published in" line, read
    time, clap and response counts, Listen/Share, a "Written by" author box with followers and a
    bio line, "More from" and "Recommended" cards with teasers, the footer links."""
    recs = [(OTHER[0], "The vote ends a two-year fight over overnight buses."),
            (OTHER[3], "Voters approved the bond in 2019. Here is where the money went.")]
    html = (_head(article, "Medium") +
            '<body><div id="root"><div class="l m n"><div class="o p"><a href="/">Medium</a><a href="/search">Search'
            '</a><a href="/new-story">Write</a><a href="/m/signin">Sign in</a></div></div><article><div class="q r">'
            f'<h1 class="pw-post-title">{escape(article.headline)}</h1><div class="s t"><div class="u"><a href="#">'
            f'{escape(article.byline)}</a></div><div class="v"><span>Follow</span></div><div class="w">Published in '
            '<a href="#">The Civic Desk</a></div><div class="x"><span>7 min read</span><span>·</span><span>Jun 20, '
            '2024</span></div></div><div class="y z"><div class="ab"><span>1.2K</span></div><div class="ac"><span>18'
            '</span></div><div class="ad"><button>Listen</button><button>Share</button></div></div>' +
            _ps(article.paragraphs, "pw-post-body-paragraph") +
            '</div></article><div class="ae af"><div class="ag"><span>1.2K</span><span>18</span></div></div><div '
            'class="ah ai"><h2 class="aj">Written by Jane Okafor</h2><p class="ak">3.4K Followers</p><p class="al">'
            'Writer on cities and the people who run them. Former city hall reporter.</p><button>Follow</button></div>'
            '<div class="am"><h2>More from Jane Okafor and The Civic Desk</h2>' +
            "".join(f'<div class="an"><a href="#"><h2>{t}</h2><h3>{d}</h3></a><span>5 min read</span></div>'
                    for t, d in recs) +
            '</div><div class="ao"><h2>Recommended from Medium</h2><div class="an"><a href="#"><h2>' + OTHER[2] +
            '</h2></a><span>3 min read</span></div></div><div class="ap"><a href="#">Help</a><a href="#">Status</a><a '
            'href="#">About</a><a href="#">Careers</a><a href="#">Press</a><a href="#">Blog</a><a href="#">Privacy</a>'
            '<a href="#">Terms</a><a href="#">Text to speech</a></div></div></body></html>')
    return html, ["Medium", "Search", "Write", "Sign in", "Follow", "Published in The Civic Desk", "7 min read",
                  "1.2K", "18", "Listen", "Share", "Written by Jane Okafor", "3.4K Followers",
                  "Writer on cities and the people who run them. Former city hall reporter.",
                  "More from Jane Okafor and The Civic Desk", *[x for r in recs for x in r], "5 min read",
                  "Recommended from Medium", OTHER[2], "3 min read", "Help Status About Careers Press Blog Privacy "
                  "Terms Text to speech"]


CONSENT = ("We and our partners store and access information on your device, such as cookies, and process personal "
           "data such as unique identifiers and standard information sent by your device for personalised "
           "advertising and content, measurement, audience research and services development.")


def amp_consent(article: Article) -> tuple[str, list[str]]:
    """An AMP article: amp-consent with a long consent text and buttons, amp-sidebar menu, a
    header, amp-img figures with captions and credits between paragraphs, amp-social-share, an
    amp-list of related stories."""
    a, b, c = _thirds(article)
    menu = ["Latest", "Politics", "Climate", "Opinion"]
    cap1, cred1 = "Commuters crowd a platform at Union Station on Monday.", "(Photo by Lee Park/Getty Images)"
    cap2, cred2 = "The council chamber during Tuesday’s hearing.", "Credit: Sam Ortiz for the Bay Courier"
    html = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            '</title><link rel="canonical" href="https://baycourier.example/a.html"><script async src="https://cdn.'
            'ampproject.org/v0.js"></script></head><body><amp-consent id="consent" layout="nodisplay"><div class="'
            f'consent-ui"><p>{escape(CONSENT)}</p><button on="tap:consent.accept">Accept all</button><button on="tap:'
            'consent.reject">Reject all</button><button>Manage options</button></div></amp-consent><amp-sidebar id="'
            'menu" layout="nodisplay"><ul>' + "".join(f'<li><a href="#">{m}</a></li>' for m in menu) + '</ul>'
            '</amp-sidebar><header class="bc-header"><button on="tap:menu.toggle">Menu</button><a href="/">Bay Courier'
            f'</a></header><div class="bc-article"><h1>{escape(article.headline)}</h1><p class="bc-by">'
            f'{escape(article.byline)}</p><p class="bc-date">June 20, 2024</p><div class="bc-share"><amp-social-share '
            'type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share></div>' +
            _ps(a) + f'<figure><amp-img src="a.jpg" width="800" height="450" layout="responsive"></amp-img><figcaption>'
            f'{escape(cap1)} <span class="bc-credit">{escape(cred1)}</span></figcaption></figure>' + _ps(b) +
            f'<figure><amp-img src="b.jpg" width="800" height="450"></amp-img><figcaption>{escape(cap2)} '
            f'<small>{escape(cred2)}</small></figcaption></figure>' + _ps(c) +
            '<amp-list src="/related.json" height="200"><div class="bc-rel"><h3>More from Bay Courier</h3>' +
            "".join(f'<div><a href="#">{t}</a></div>' for t in OTHER[:2]) + '</div></amp-list></div><footer class="'
            'bc-foot">© 2024 Bay Courier Media · <a href="#">Privacy</a> · <a href="#">Do Not Sell My Info</a>'
            '</footer></body></html>')
    return html, [CONSENT, "Accept all", "Reject all", "Manage options", *menu, "Menu", "Bay Courier", cap1, cred1, cap2,
                  cred2, "More from Bay Courier", *OTHER[:2], "© 2024 Bay Courier Media · Privacy · Do Not Sell My Info"]


def liveblog(article: Article) -> tuple[str, list[str]]:
    """A live page: "Key events" links at the top, each paragraph a post with a relative and a
    clock timestamp and a share link, "Updated" line, pinned label, and "Show more" / "Newest /
    Oldest" controls."""
    posts = []
    for n, p in enumerate(article.paragraphs):
        hour, mins = divmod(14 + 7 * n, 60)
        posts.append(f'<div id="block-{n}" class="block"><p class="block-time published-time"><a href="#block-{n}">'
                     f'<time datetime="2024-06-20T{10 + hour}:{mins:02d}">{n + 1}h ago</time></a> <span class="block-'
                     f'time__absolute">{10 + hour}.{mins:02d} BST</span></p><div class="block-elements"><p>{escape(p)}</p></div>'
                     f'<div class="block-footer"><a class="block-share" href="#">Share</a></div></div>')
    html = (_head(article, "The Northern Wire") +
            '<body><div class="site"><div class="nw-head"><a href="/">The Northern Wire</a></div><div class="nw-live">'
            f'<span class="live-badge">Live</span><h1>{escape(article.headline)}</h1><p class="nw-by">'
            f'{escape(article.byline)}</p><p class="nw-updated">Updated 3m ago</p><div class="key-events"><h2>Key events'
            '</h2><ul><li><a href="#block-0"><time>1h ago</time> Opening</a></li><li><a href="#block-2"><time>3h ago'
            '</time> Reaction</a></li></ul></div><div class="liveblog-controls"><button>Newest</button><button>Oldest'
            '</button></div><div class="js-liveblog-body">' + "".join(posts) +
            '</div><div class="liveblog-more"><button>Show more</button></div></div><div class="nw-foot">© 2024 The '
            'Northern Wire · <a href="#">Contact</a></div></div></body></html>')
    stamps = [f"{n + 1}h ago {10 + (14 + 7 * n) // 60}.{(14 + 7 * n) % 60:02d} BST" for n in range(len(article.paragraphs))]
    return html, ["The Northern Wire", "Live", "Updated 3m ago", "Key events", "1h ago Opening", "3h ago Reaction",
                  "Newest", "Oldest", *stamps, "Share", "Show more", "© 2024 The Northern Wire · Contact"]


METER = "You have 2 free articles remaining this month. Subscribe for unlimited access."
GIFT = "Gift this article"


def paywall(article: Article) -> tuple[str, list[str]]:
    """A metered paper saved by a reader (held layout): a meter bar, a "Listen to this article"
    player, a gift/save tool row, a subscriber-only label, a mid-text "Subscribe to keep reading"
    teaser box, a long OneTrust-style cookie banner at the end of the page."""
    half = max(1, len(article.paragraphs) // 2)
    cookie = ("We use cookies and similar technologies to recognize your repeat visits and preferences, as well as to "
              "measure the effectiveness of campaigns and analyze traffic. To learn more about cookies, including how "
              "to disable them, view our Cookie Policy. By clicking “I Accept” on this banner, you consent to the use "
              "of cookies unless you have disabled them.")
    html = (_head(article, "The Harbor Times") +
            f'<body><div class="meter-bar" id="meter"><p>{escape(METER)}</p></div><div class="ht-top"><a href="/">'
            'The Harbor Times</a><a href="/subscribe">Subscribe</a></div><div class="ht-story"><p class="ht-label">'
            f'Subscriber exclusive</p><h1>{escape(article.headline)}</h1><p class="ht-by">{escape(article.byline)}</p>'
            '<div class="ht-audio"><button>Listen to this article</button> <span>6 min</span></div><div class="ht-'
            f'tools"><button>{GIFT}</button><button>Save</button><button>Print</button></div>' +
            _ps(article.paragraphs[:half]) + '<div class="ht-inline-offer"><h4>Subscribe to keep reading</h4><p>Get '
            'unlimited digital access for $1 a week.</p><a href="/subscribe">See offers</a></div>' +
            _ps(article.paragraphs[half:]) + '</div><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" '
            f'class="otFlat"><div id="onetrust-policy"><p id="onetrust-policy-text">{escape(cookie)}</p></div><button '
            'id="onetrust-accept-btn-handler">I Accept</button></div></div></body></html>')
    return html, [METER, "The Harbor Times", "Subscribe", "Subscriber exclusive", "Listen to this article", "6 min",
                  GIFT, "Save", "Print", "Subscribe to keep reading", "Get unlimited digital access for $1 a week.",
                  "See offers", cookie, "I Accept"]


ABOUT = ("Daniel Reyes is a nonresident fellow in the Governance Program. His research examines state budgets and "
         "public pensions.")


def think_tank(article: Article) -> tuple[str, list[str], list[str]]:
    """A think-tank article page: a "Commentary" label, topic tags linked at the top, a tools row
    (Print, Download PDF, Share), an "About the author" box with a bio paragraph, a "Related
    content" list of cards (type, title, date), a newsletter sign-up section with a long note. By the project's web
    convention (session 18) the bio is article text: it may show (a note); the box's heading and name must not."""
    html = (_head(article, "Meridian Institute") +
            '<body><div class="mi-site"><div class="mi-header"><a href="/">Meridian Institute</a><ul class="mi-main">'
            '<li><a href="/research">Research</a></li><li><a href="/experts">Experts</a></li><li><a href="/events">'
            'Events</a></li><li><a href="/about">About</a></li></ul></div><div class="mi-article"><p class="mi-type">'
            f'Commentary</p><h1>{escape(article.headline)}</h1><p class="mi-authors">{escape(article.byline)}</p><p '
            'class="mi-date">June 20, 2024</p><div class="mi-topics"><a href="#">Fiscal Policy</a> <a href="#">State '
            '&amp; Local Government</a></div><div class="mi-tools"><a href="#">Print</a> <a href="#">Download PDF</a> '
            '<a href="#">Share</a></div><div class="mi-body">' + _ps(article.paragraphs) +
            '</div><div class="mi-about"><h2>About the author</h2><div class="mi-expert"><a href="#">Daniel Reyes</a>'
            f'<p>{escape(ABOUT)}</p></div></div></div><div class="mi-related"><h2>Related content</h2>' +
            "".join(f'<div class="mi-card"><span class="mi-card-type">Report</span><a href="#">{t}</a><span class="'
                    'mi-card-date">May 2, 2024</span></div>' for t in OTHER[1:3]) +
            '</div><div class="mi-signup"><h2>Get our latest research</h2><p>Sign up for the Meridian Institute’s '
            'weekly newsletter to receive our experts’ analysis of the policy debates that matter, delivered to your '
            'inbox every Friday morning.</p><form><input type="email"><button>Sign up</button></form></div><div '
            'class="mi-footer">Meridian Institute is a nonpartisan research organization. © 2024</div></div></body>'
            '</html>')
    return html, ["Meridian Institute", "Research Experts Events About", "Commentary", "Fiscal Policy",
                  "State & Local Government", "Print Download PDF Share", "About the author", "Daniel Reyes",
                  "Related content", "Report", *OTHER[1:3], "Get our latest research",
                  "Sign up for the Meridian Institute’s weekly newsletter to receive our experts’ analysis of the "
                  "policy debates that matter, delivered to your inbox every Friday morning.", "Sign up",
                  "Meridian Institute is a nonpartisan research organization. © 2024"], [ABOUT]


def readmore_forms(article: Article) -> tuple[str, list[str]]:
    """Promo lines of several forms between the paragraphs, in the article's own paragraph
    markup: "READ MORE |", "▶ Related:", "MORE: ", "SEE ALSO:", a newsletter line with a link in
    the middle of a sentence, "Story continues below", a photo caption with a credit."""
    a, b, c = _thirds(article)
    nl = "Want more opinion? Sign up for our Opinion Today newsletter to get it in your inbox."
    cap, cred = "A crowd gathers at the state Capitol on Monday.", "AP Photo/Chris Lund"
    html = (_head(article, "The Statesman") +
            '<body><div class="page"><div class="brand"><a href="/">The Statesman</a></div><div class="story">'
            f'<h1>{escape(article.headline)}</h1><p class="story-by">{escape(article.byline)}</p>'
            f'<figure class="lead-art"><img src="x.jpg"><figcaption>{escape(cap)} ({escape(cred)})</figcaption></figure>'
            '<div class="story-body">' + _ps(a) + f'<p>READ MORE | <a href="#">{OTHER[0]}</a></p>' + _ps(b) +
            f'<p>▶ Related: <a href="#">{OTHER[1]}</a></p><p class="story-continues">Story continues below</p>' +
            f'<p>MORE: <a href="#">{OTHER[2]}</a></p>' + _ps(c) + f'<p>SEE ALSO: <a href="#">{OTHER[3]}</a></p>'
            f'<p><em>Want more opinion? <a href="/nl">Sign up</a> for our Opinion Today newsletter to get it in your '
            'inbox.</em></p></div></div><div class="bottom">© 2024 The Statesman</div></div></body></html>')
    return html, ["The Statesman", cap, cred, "READ MORE |", "▶ Related:", "Story continues below", "MORE:",
                  "SEE ALSO:", *OTHER, nl, "© 2024 The Statesman"]


H_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]] | tuple[str, list[str], list[str]]]] = {
    "wp-comments": wp_comments, "next-hydrated": next_hydrated, "drupal-views": drupal_views, "substack": substack,
    "amp-consent": amp_consent, "liveblog": liveblog, "think-tank": think_tank, "readmore-forms": readmore_forms}
H_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"medium": medium, "paywall": paywall}
