"""Dev set J (written in session 13, committed before any reader change was tuned with it in view):
web pages with furniture of the kinds held set G names in its docstring, each kind in several
variants of markup and wording, as real sites set them:

- newsletter platforms: subscribe boxes before, inside and after the text, post actions (like,
  comment and share counts, "Listen", "Copy link"), a comment teaser, a sponsor block, the
  platform's footer (a Ghost theme, a utility-class platform, a blogging network with obfuscated
  class names and an author-follow button in the byline's line);
- regional dailies: a cookie or consent notice of 40+ words (top or bottom of the page, a list of
  purposes), a metered-paywall note, advertisement labels between the paragraphs inside the article
  container ("Advertisement", "Story continues below advertisement", "- Advertisement -"), a
  trending list, footer link columns with the paper's address;
- live and topic pages: "Read more:" lines between paragraphs (with and without links, one naming
  this article's own headline), topic tag rows ("Topics", "Explore more on these topics", "Follow the
  topics in this article"), author-follow buttons and lines.

Also text that appears twice: a dek repeating the lede's first sentence, the headline in a sticky
bar or a share line.

Kept aside (J_HELD_LAYOUTS): one more layout of each kind (a WordPress blog with Jetpack's boxes, a
daily on a newspaper CMS, a broadcaster's live-style article).

J_LAYOUTS are tuned on (editorials 40-42 of each outlet); the kept-aside part is editorials 43-45 in
every layout and 40-42 in the held layouts (benchmarks/bench_ingest_fidelity.py). Each layout
returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article

OTHER = ["Council approves the harbour dredging plan", "Why the bus fare freeze may not last",
         "Hospital waiting lists reach a ten-year high", "The quiet collapse of the town's last bookshop"]


def _page(article: Article, title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{escape(article.headline)}"><script>var dataLayer=[];</script>'
            f'</head><body>{body}</body></html>')


def _ps(paragraphs: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in paragraphs)


def _dek(article: Article) -> str | None:
    """The lede's first sentence, as a dek repeats it (None when the lede is one sentence)."""
    first = article.paragraphs[0]
    m = re.match(r".{40,}?[.!?](?=\s+[A-Z“\"])", first)
    return m.group() if m else None


def _chunks(paragraphs: list[str], n: int) -> list[list[str]]:
    k = max(1, len(paragraphs) // n)
    out = [paragraphs[i * k:(i + 1) * k] for i in range(n - 1)]
    return out + [paragraphs[(n - 1) * k:]]


def _name(article: Article) -> str:
    return article.byline.removeprefix("By ").strip()


# ---------------------------------------------------------------------------------------- newsletter platforms

def ghost_post(article: Article) -> tuple[str, list[str]]:
    """A Ghost theme's post: the site head with Sign in / Subscribe, a primary tag above the headline,
    an excerpt repeating the lede's first sentence, reading time in the byline's block, a signup card
    inside the content between paragraphs (with its hidden success and error notes), a members-only
    comment teaser, "Read more" cards and the theme's footer."""
    a, b = _chunks(article.paragraphs, 2)
    dek = _dek(article)
    body = (
        '<div class="site"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
        '<div class="gh-head-brand"><a class="gh-head-logo" href="/">The Civic Desk</a></div>'
        '<nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li>'
        '<li><a href="/archive/">Archive</a></li></ul></nav><div class="gh-head-actions"><a href="#/portal/signin" '
        'data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div>'
        '</header><main id="site-main" class="site-main"><article class="article post tag-politics">'
        '<header class="article-header gh-canvas"><div class="article-tag post-card-primary-tag">'
        '<a href="/tag/politics/">Politics</a></div>'
        f'<h1 class="article-title">{escape(article.headline)}</h1>'
        + (f'<p class="article-excerpt">{escape(dek)}</p>' if dek else '') +
        '<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta">'
        f'<h4 class="author-name"><a href="/author/board/">{escape(article.byline)}</a></h4>'
        '<div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-12-04">Dec 4, 2026</time>'
        '<span class="byline-reading-time"><span class="bull">•</span> 6 min read</span></div></div></div></div>'
        '</header><section class="gh-content gh-canvas">' + _ps(a) +
        '<div class="kg-card kg-signup-card kg-width-regular"><div class="kg-signup-card-content">'
        '<div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Get The Civic Desk in your inbox</h2>'
        '<p class="kg-signup-card-subheading">Independent reporting on city hall, twice a week. No spam, unsubscribe '
        'any time.</p><form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields">'
        '<input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">'
        'Subscribe</button></div><div class="kg-signup-card-success">Email sent! Check your inbox to complete your '
        'signup.</div><div class="kg-signup-card-error" data-members-error></div></form>'
        '<p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>' + _ps(b) +
        '</section></article><section class="article-comments gh-canvas"><div class="gh-comments-cta">'
        '<h2>Join the conversation</h2><p>Become a member of The Civic Desk to start commenting.</p>'
        '<a href="#/portal/signup">Sign up now</a><p>Already a member? <a href="#/portal/signin">Sign in</a></p>'
        '</div></section></main><aside class="read-more-wrap outer"><div class="read-more inner">' +
        "".join(f'<article class="post-card"><a class="post-card-content-link" href="/p/{n}/"><header '
                f'class="post-card-header"><h2 class="post-card-title">{t}</h2></header><div class="post-card-excerpt">'
                'A look at what the decision means for residents.</div></a></article>' for n, t in enumerate(OTHER[:3]))
        + '</div></aside><footer class="site-footer outer"><div class="inner"><section class="copyright">'
        '<a href="/">The Civic Desk</a> © 2026</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a>'
        '<a href="/contact/">Contact</a></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a>'
        '</div></div></footer></div>')
    furniture = ["The Civic Desk", "Home About Archive", "Sign in Subscribe", "Politics", "6 min read",
                 "Get The Civic Desk in your inbox",
                 "Independent reporting on city hall, twice a week. No spam, unsubscribe any time.",
                 "Email sent! Check your inbox to complete your signup.", "No spam. Unsubscribe anytime.",
                 "Join the conversation", "Become a member of The Civic Desk to start commenting.", "Sign up now",
                 "Already a member? Sign in", *OTHER[:3], "A look at what the decision means for residents.",
                 "The Civic Desk © 2026", "Privacy Contact", "Powered by Ghost", *([dek] if dek else [])]
    return _page(article, f"{escape(article.headline)}", body), furniture


def utility_newsletter(article: Article) -> tuple[str, list[str]]:
    """A newsletter platform whose markup is utility classes only (no names of parts): a top bar with
    Subscribe and Login, the headline repeated in a share line ("Share “…”"), a sponsor block between
    paragraphs ("Together with …" and a call to try it), a subscribe box after the text, a reader poll,
    "Keep Reading" cards and the platform's footer."""
    a, b, c = _chunks(article.paragraphs, 3)
    row = 'class="flex items-center justify-between px-4 py-2"'
    body = (
        f'<div {row}><a class="text-xl font-bold" href="/">The Harbour Brief</a><div class="flex space-x-2">'
        '<a class="rounded px-3" href="/subscribe">Subscribe</a><a class="rounded px-3" href="/login">Login</a></div></div>'
        '<div class="mx-auto w-full max-w-2xl px-4"><div class="flex flex-col space-y-2">'
        f'<h1 class="text-3xl font-bold">{escape(article.headline)}</h1>'
        '<div class="flex items-center space-x-2"><div class="flex flex-col">'
        f'<span class="text-sm font-medium">{escape(article.byline)}</span>'
        '<span class="text-xs text-gray-500">December 5, 2026</span></div></div>'
        f'<div class="flex items-center space-x-3 text-xs"><span>Share “{escape(article.headline)}”</span>'
        '<a href="#" aria-label="Share on X"></a><a href="#" aria-label="Share on LinkedIn"></a><a href="#">Copy link</a>'
        '</div></div><div id="content-blocks" class="mt-6"><div class="dream-editor">' + _ps(a) +
        '<div class="my-6 rounded-lg border p-4"><h3 class="text-lg font-semibold">Together with Ledgerly</h3>'
        '<p class="text-sm">Ledgerly keeps the books for 40,000 small charities. Reconcile a month of accounts in '
        'minutes, not days.</p><a class="font-semibold underline" href="https://example.com/ledgerly">Start your free '
        'trial</a></div>' + _ps(b) + _ps(c) + '</div></div>'
        '<div class="my-8 rounded-lg bg-gray-100 p-6 text-center"><h3 class="text-xl font-bold">Subscribe to The Harbour '
        'Brief</h3><p>Reporting on the port city, every Friday. Join 31,000 readers.</p><form class="mt-2 flex">'
        '<input type="email" placeholder="Enter your email"><button type="submit">Subscribe</button></form></div>'
        '<div class="my-6 border-t pt-4"><p class="font-semibold">What did you think of this edition?</p>'
        '<div class="flex space-x-3"><a href="/poll/1">Loved it</a><a href="/poll/2">It was fine</a>'
        '<a href="/poll/3">Not for me</a></div><p class="text-xs">Login or Subscribe to participate in polls.</p></div>'
        '<div class="my-8"><h2 class="text-2xl font-bold">Keep Reading</h2><div class="grid grid-cols-2 gap-4">' +
        "".join(f'<a class="block rounded border p-3" href="/p/{n}"><div class="font-semibold">{t}</div><div '
                'class="text-xs text-gray-500">Nov 28, 2026</div></a>' for n, t in enumerate(OTHER[1:4])) +
        '</div></div></div><div class="mt-12 bg-gray-900 px-4 py-6 text-white"><div>© 2026 The Harbour Brief.</div>'
        '<div class="flex space-x-3"><a href="/privacy">Privacy policy</a><a href="/tos">Terms of use</a></div>'
        '<div><a href="https://www.example-platform.com/?ref=footer">Powered by Example Platform</a></div></div>')
    furniture = ["The Harbour Brief", "Subscribe Login", f"Share “{article.headline}” Copy link",
                 "Together with Ledgerly", "Ledgerly keeps the books for 40,000 small charities. Reconcile a month of "
                 "accounts in minutes, not days.", "Start your free trial", "Subscribe to The Harbour Brief",
                 "Reporting on the port city, every Friday. Join 31,000 readers.", "What did you think of this edition?",
                 "Loved it It was fine Not for me", "Login or Subscribe to participate in polls.", "Keep Reading",
                 *OTHER[1:4], "Nov 28, 2026", "© 2026 The Harbour Brief.", "Privacy policy Terms of use",
                 "Powered by Example Platform"]
    return _page(article, f"{escape(article.headline)}", body), furniture


def blog_network(article: Article) -> tuple[str, list[str]]:
    """A blogging network's story page with obfuscated class names: "Open in app", "Member-only story"
    above the headline, the author's name with "Follow" in the byline's line, "Published in …", a
    reading time and a date, clap and response counts with "Listen" and "Share" before and after the
    text, "Written by …" with followers, a responses teaser, "More from …" and the network's footer."""
    name = _name(article)
    counts = ('<div class="ab cm"><div class="ab q"><span class="pw-multi-vote-count">1.3K</span></div><div class="ab q">'
              '<span class="pw-responses-count">27</span></div><div class="ab q"><span>Listen</span></div>'
              '<div class="ab q"><span>Share</span></div></div>')
    body = (
        '<div class="l"><div class="ab ca cb"><a class="bx by" href="/app">Open in app</a><div class="ab q">'
        '<a href="/m/signin?operation=register">Sign up</a><a href="/m/signin">Sign in</a></div><div class="ab q">'
        '<a href="/new-story">Write</a></div></div><article><div class="l"><section><div class="fr fs ft">'
        '<div class="ab q"><span class="be b bf z">Member-only story</span></div>'
        f'<h1 id="a1b2" class="pw-post-title gz ha hb">{escape(article.headline)}</h1>'
        '<div class="ab cm"><div class="hc ab"><div class="ab q"><span class="pw-author">'
        f'<a href="/@board">{escape(article.byline)}</a></span><span class="ih"> · </span><span><a class="ii ij" '
        'href="/m/signin?actionUrl=follow">Follow</a></span></div><div class="ab q"><span>Published in '
        '<a href="/civic-ledger">The Civic Ledger</a></span><span> · </span><span>7 min read</span><span> · </span>'
        '<span>Dec 3, 2026</span></div></div></div>' + counts +
        _ps(article.paragraphs, "pw-post-body-paragraph mk ml gi mm b mn") + counts +
        f'</div></section></div></article><div class="ab ca"><div class="pw-author-bio"><h2 class="be">Written by {escape(name)}</h2>'
        '<div class="ab q"><span>2.4K Followers</span><span> · </span><span>Writer for <a href="/civic-ledger">The '
        'Civic Ledger</a></span></div><a href="/m/signin?actionUrl=follow">Follow</a></div>'
        '<div class="ab"><h2 class="be">Responses (27)</h2><div class="ab q"><span>What are your thoughts?</span></div>'
        '</div><div class="ab"><h2 class="be">More from The Civic Ledger</h2>' +
        "".join(f'<div class="ab q"><a href="/p/{n}"><h2 class="be bf">{t}</h2></a><div class="ab q"><span>5 min read'
                '</span><span> · </span><span>Nov 30, 2026</span></div></div>' for n, t in enumerate(OTHER[:2])) +
        '</div><div class="ab"><h2 class="be">Recommended from the network</h2><div class="ab q"><a href="/p/9">'
        f'<h2 class="be bf">{OTHER[3]}</h2></a></div></div></div><div class="ab ca"><div class="ab q">'
        '<a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/jobs">Careers</a>'
        '<a href="/press">Press</a><a href="/blog">Blog</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a>'
        '<a href="/speech">Text to speech</a></div></div></div>')
    furniture = ["Open in app", "Sign up Sign in", "Write", "Member-only story", "Follow", "Published in The Civic Ledger",
                 "7 min read", "1.3K", "27", "Listen", "Share", f"Written by {name}", "2.4K Followers",
                 "Writer for The Civic Ledger", "Responses (27)", "What are your thoughts?", "More from The Civic Ledger",
                 *OTHER[:2], "5 min read", "Nov 30, 2026", "Recommended from the network", OTHER[3],
                 "Help Status About Careers Press Blog Privacy Terms Text to speech"]
    return _page(article, f"{escape(article.headline)} | by {escape(name)} | The Civic Ledger", body), furniture


def jetpack_blog(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A WordPress blog with Jetpack's boxes: "Discover more from …" subscribe box after
    the text, "Share this:" with share links, "Like this:" with "Like Loading…", "Related" posts with
    dates and "In "Politics"" lines, the comment form ("Leave a comment", "Cancel reply"), a follow
    widget in the sidebar and a subscribe bar fixed at the bottom."""
    a, b = _chunks(article.paragraphs, 2)
    related = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/r/{n}">{t}'
                      '</a></h4><p class="jp-relatedposts-post-date">November 18, 2026</p><p class="jp-relatedposts-post-'
                      'context">In "Politics"</p></div>' for n, t in enumerate(OTHER[:3]))
    body = (
        '<div id="page" class="site"><div class="site-branding"><p class="site-title"><a href="/">Northshore Notes</a>'
        '</p><p class="site-description">Writing about the island\'s politics since 2011</p></div>'
        '<div id="content" class="site-content"><div id="primary" class="content-area"><article class="post type-post">'
        f'<header class="entry-header"><h1 class="entry-title">{escape(article.headline)}</h1><div class="entry-meta">'
        f'<span class="posted-on">Posted on <a href="/2026/12/02/">December 2, 2026</a></span> <span class="byline">'
        f'by <a href="/author/">{escape(_name(article))}</a></span></div></header><div class="entry-content">' + _ps(a) +
        '<div class="wp-block-image"><figure><img src="/x.jpg" alt=""></figure></div>' + _ps(b) +
        '<div class="wp-block-jetpack-subscriptions__container"><h3>Discover more from Northshore Notes</h3>'
        '<p>Subscribe to get the latest posts sent to your email.</p><form><input type="email" placeholder="Type your '
        'email…"><button>Subscribe</button></form></div><div class="sharedaddy sd-sharing-enabled"><h3 class='
        '"sd-title">Share this:</h3><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">'
        'Email</a></li><li><a href="#">Print</a></li></ul></div><div class="sharedaddy sd-block sd-like"><h3>Like this:'
        '</h3><div class="likes-widget-placeholder">Like Loading…</div></div><div id="jp-relatedposts" class="jp-'
        'relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>' + related + '</div></div>'
        '<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/politics">Politics</a></span>'
        '</footer></article><div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 '
        'id="reply-title" class="comment-reply-title">Leave a comment <small><a href="#respond">Cancel reply</a>'
        '</small></h3><form class="comment-form"><p class="comment-notes">Your email address will not be published. '
        'Required fields are marked *</p><p><label>Comment</label><textarea></textarea></p></form></div></div></div>'
        '<div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Follow Blog via Email'
        '</h2><p>Enter your email address to follow this blog and receive notifications of new posts by email.</p>'
        '<form><input type="email"><button>Follow</button></form></section></div></div><div class="jetpack-subscribe-'
        'floating-button"><a href="#subscribe">Subscribe</a></div><footer class="site-footer"><a href="https://'
        'wordpress.org/">Proudly powered by WordPress</a></footer></div>')
    furniture = ["Northshore Notes", "Writing about the island's politics since 2011", "Discover more from Northshore Notes",
                 "Subscribe to get the latest posts sent to your email.", "Share this:", "Facebook X Email Print",
                 "Like this:", "Like Loading…", "Related", *OTHER[:3], "November 18, 2026", 'In "Politics"',
                 "Posted in Politics", "Leave a comment Cancel reply",
                 "Your email address will not be published. Required fields are marked *", "Comment",
                 "Follow Blog via Email",
                 "Enter your email address to follow this blog and receive notifications of new posts by email.",
                 "Subscribe", "Proudly powered by WordPress"]
    return _page(article, f"{escape(article.headline)} – Northshore Notes", body), furniture


# ---------------------------------------------------------------------------------------- regional dailies

ONETRUST = ("We and our 842 partners store and/or access information on a device, such as cookies, and process "
            "personal data, such as unique identifiers and standard information sent by a device, for personalised "
            "advertising and content, advertising and content measurement, audience research and services development. "
            "With your permission we and our partners may use precise geolocation data and identification through "
            "device scanning. You may click to consent to our and our partners' processing as described above.")
CONSENT_ITEMS = ["Store and/or access information on a device",
                 "Personalised advertising and content, advertising and content measurement, audience research and "
                 "services development"]
CONSENT_MORE = ("Your personal data will be processed and information from your device (cookies, unique identifiers, "
                "and other device data) may be stored by, accessed by and shared with 135 TCF vendors and 65 ad "
                "partners, or used specifically by this site.")
PRIVACY_BAR = ("This site uses cookies and related technologies for site operation, analytics and third-party "
               "advertising, as described in our privacy policy. You may choose to consent to our use of these "
               "technologies, reject non-essential technologies, or further manage your preferences. California "
               "residents can opt out of the sale or sharing of their personal information.")
TRENDING = ["Ring road works to last until spring", "Parents angry at school bus cuts", "Five new places to eat this winter",
            "Flood defences approved after long delay"]


def onetrust_daily(article: Article) -> tuple[str, list[str]]:
    """A regional daily with a consent manager's banner at the end of the body (a 60-word notice),
    a meter bar above the headline, ad slots with an "Advertisement" label between paragraphs inside the
    article body, a "Trending" rail and footer link columns."""
    a, b, c = _chunks(article.paragraphs, 3)
    ad = '<div class="c-ad c-ad--mpu"><div class="c-ad__label">Advertisement</div><div id="gpt-mpu-{n}"></div></div>'
    cols = {"News": ["Local", "UK", "World"], "Sport": ["Football", "Rugby", "Cricket"],
            "Contact us": ["Advertise", "Letters", "Jobs"]}
    body = (
        '<div class="o-page"><header class="c-masthead"><a href="/">Fenwick Evening Star</a><nav><a href="/news">News</a>'
        '<a href="/sport">Sport</a><a href="/whats-on">What\'s On</a></nav></header>'
        '<div class="c-meter-bar"><p>This is your 2nd of 4 free articles this month. <a href="/subscribe">Subscribe for '
        'unlimited digital access</a></p></div><main><article class="c-article">'
        f'<h1 class="c-article__headline">{escape(article.headline)}</h1><p class="c-article__byline">'
        f'{escape(article.byline)}</p><time class="c-article__date">Published 5th Dec 2026, 06:00 BST</time>'
        '<div class="c-article__body">' + _ps(a) + ad.format(n=1) + _ps(b) + ad.format(n=2) + _ps(c) +
        '</div></article><section class="c-trending"><h2>Trending</h2><ol>' +
        "".join(f'<li><a href="/t/{n}">{t}</a></li>' for n, t in enumerate(TRENDING)) + '</ol></section></main>'
        '<footer class="c-footer"><div class="c-footer__columns">' +
        "".join(f'<div class="c-footer__col"><h4>{h}</h4><ul>' + "".join(f'<li><a href="#">{x}</a></li>' for x in xs) +
                '</ul></div>' for h, xs in cols.items()) +
        '</div><p>© 2026 Fenwick Evening Star Ltd. All rights reserved.</p></footer></div>'
        '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie '
        f'banner"><div id="onetrust-policy"><div id="onetrust-policy-text">{escape(ONETRUST)}</div></div><div '
        'id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button>Cookies '
        'Settings</button></div></div></div>')
    furniture = ["Fenwick Evening Star", "News Sport What's On",
                 "This is your 2nd of 4 free articles this month. Subscribe for unlimited digital access",
                 "Advertisement", "Trending", *TRENDING, *[f"{h} {' '.join(xs)}" for h, xs in cols.items()],
                 "© 2026 Fenwick Evening Star Ltd. All rights reserved.", ONETRUST]
    return _page(article, f"{escape(article.headline)} | Fenwick Evening Star", body), furniture


def consent_gazette(article: Article) -> tuple[str, list[str]]:
    """A regional daily with a consent dialog on top (a heading, a list of purposes and a long note,
    class names that say nothing of cookies), a meter line under the byline ("You've read 3 of your 5
    free stories"), "Story continues below advertisement" between paragraphs, a "Trending Now" box of
    numbered links headed by an h3 in a grid column, and footer columns of bare divs with the
    paper's address and telephone."""
    a, b, c = _chunks(article.paragraphs, 3)
    ad = '<div class="story-break"><span class="story-break__text">Story continues below advertisement</span>' \
         '<div id="dfp-inline-{n}" class="gpt"></div></div>'
    body = (
        '<div class="fc-consent-root"><div class="fc-dialog-container"><div class="fc-dialog"><h1 class="fc-dialog-'
        'headline">Harrowby Gazette asks for your consent to use your personal data to:</h1><div class="fc-stacks">' +
        "".join(f'<div class="fc-stack"><p class="fc-stack-name">{x}</p></div>' for x in CONSENT_ITEMS) +
        f'</div><p class="fc-dialog-body">{escape(CONSENT_MORE)}</p><div class="fc-footer-buttons"><a class="fc-cta-'
        'manage-options" href="#">Manage options</a><a class="fc-cta-consent" href="#">Consent</a></div></div></div></div>'
        '<div class="container"><div class="row top"><a class="brand" href="/">Harrowby Gazette</a></div>'
        '<div class="row"><div class="col-sm-8"><div class="story">'
        f'<h1 class="story-title">{escape(article.headline)}</h1><div class="story-meta"><span class="author">'
        f'{escape(article.byline)}</span> <span class="date">December 5, 2026</span></div>'
        '<div class="story-meter"><p>You\'ve read 3 of your 5 free stories this month. <a href="/subscribe">Subscribe '
        'for $1 for 6 months</a></p></div><div class="story-body">' + _ps(a) + ad.format(n=1) + _ps(b) +
        ad.format(n=2) + _ps(c) + '</div></div></div><div class="col-sm-4"><div class="box"><h3>Trending Now</h3>'
        '<div class="box-list">' + "".join(f'<div class="box-item"><span class="num">{n + 1}</span> <a href="/t/{n}">{t}'
                                           '</a></div>' for n, t in enumerate(TRENDING)) + '</div></div></div></div>'
        '<div class="row bottom"><div class="col-sm-3"><h4>Sections</h4><a href="/news">News</a><br><a href="/sport">'
        'Sport</a><br><a href="/opinion">Opinion</a></div><div class="col-sm-3"><h4>Services</h4><a href="/sub">'
        'Subscribe</a><br><a href="/e">E-edition</a><br><a href="/notices">Public notices</a></div><div class="col-sm-3">'
        '<h4>Contact</h4><p>Gazette House, 12 Mill Street, Harrowby HB1 2XY</p><p>Call us: 01632 960123</p></div></div>'
        '<div class="row legal"><p>Copyright © 2026 Harrowby Gazette. All rights reserved.</p></div></div>')
    furniture = ["Harrowby Gazette asks for your consent to use your personal data to:", *CONSENT_ITEMS, CONSENT_MORE,
                 "Manage options Consent", "Harrowby Gazette",
                 "You've read 3 of your 5 free stories this month. Subscribe for $1 for 6 months",
                 "Story continues below advertisement", "Trending Now", *TRENDING, "Sections News Sport Opinion",
                 "Services Subscribe E-edition Public notices", "Contact",
                 "Gazette House, 12 Mill Street, Harrowby HB1 2XY", "Call us: 01632 960123",
                 "Copyright © 2026 Harrowby Gazette. All rights reserved."]
    return _page(article, f"{escape(article.headline)} - Harrowby Gazette", body), furniture


def metered_tribune(article: Article) -> tuple[str, list[str]]:
    """A US regional paper: a sticky bar repeating the headline, a meter note inside the article
    container before the text ("You have 1 free article remaining"), plain centred paragraphs
    "ADVERTISEMENT" and "Article continues after this ad" between paragraphs, a "Trending" list of
    cards with times, a privacy bar of 60 words at the foot with "Got it", and link columns."""
    a, b, c = _chunks(article.paragraphs, 3)
    ad = ('<p style="text-align:center;font-size:11px;color:#999">ADVERTISEMENT</p><div style="min-height:250px"></div>'
          '<p style="text-align:center;font-size:11px;color:#999">Article continues after this ad</p>')
    body = (
        '<div class="page"><div class="sticky-bar"><div class="sticky-bar__logo"><a href="/">Valley Tribune</a></div>'
        f'<div class="sticky-bar__title">{escape(article.headline)}</div></div><div class="wrap"><div class="main-col">'
        '<div class="article-wrap"><div class="article-meter"><strong>You have 1 free article remaining.</strong> '
        '<a href="/subscribe">Subscribe now for 99¢</a></div>'
        f'<h1>{escape(article.headline)}</h1><div class="meta"><span>{escape(article.byline)}</span><span>Dec 5, 2026'
        '</span></div><div class="article-text">' + _ps(a) + ad + _ps(b) + ad + _ps(c) + '</div></div></div>'
        '<div class="rail"><div class="rail-block"><h2>Trending</h2>' +
        "".join(f'<div class="card"><a href="/t/{n}"><h3>{t}</h3></a><p class="card-time">{n + 2} hrs ago</p></div>'
                for n, t in enumerate(TRENDING[:3])) + '</div></div></div>'
        '<div class="site-info"><div class="col"><strong>Services</strong><ul><li><a href="#">Subscribe</a></li>'
        '<li><a href="#">Manage account</a></li><li><a href="#">Place an ad</a></li></ul></div><div class="col"><strong>'
        'Company</strong><ul><li><a href="#">About us</a></li><li><a href="#">Careers</a></li><li><a href="#">Contact'
        '</a></li></ul></div></div><div class="privacy-bar"><p>' + escape(PRIVACY_BAR) + '</p><a href="#">Got it</a>'
        '</div></div>')
    furniture = ["Valley Tribune", "You have 1 free article remaining. Subscribe now for 99¢", "ADVERTISEMENT",
                 "Article continues after this ad", "Trending", *TRENDING[:3], "2 hrs ago", "3 hrs ago", "4 hrs ago",
                 "Services Subscribe Manage account Place an ad", "Company About us Careers Contact", PRIVACY_BAR, "Got it"]
    return _page(article, f"{escape(article.headline)} | Valley Tribune", body), furniture


def newspaper_cms(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A daily on a newspaper CMS: a cookie notice in a <section> at the top with
    "Accept"/"Settings" links, a meter note as a <div> after the first paragraph ("This article is
    free to read. You have 2 free articles left"), "- Advertisement -" labels and "Sponsored content"
    between paragraphs inside the body, "Most Popular" as a numbered list, footer link columns."""
    a, b, c = _chunks(article.paragraphs, 3)
    notice = ("We use cookies and similar tools to give you the best experience on our website, to measure how the "
              "site is used and to show you advertising that is relevant to you. You can change your choices at any "
              "time from the Privacy settings link at the foot of every page.")
    body = (
        f'<section class="notice-top"><p>{escape(notice)}</p><a href="#">Accept</a> <a href="#">Settings</a></section>'
        '<div class="brand-row"><a href="/">The Lowfield Courier</a></div><div class="story-wrap"><div class="headline">'
        f'<h1>{escape(article.headline)}</h1></div><div class="story-author">{escape(article.byline)}</div>'
        '<div class="story-date">Saturday, December 5, 2026</div><div class="story-content">' + _ps(a[:1]) +
        '<div class="meter-note">This article is free to read. You have 2 free articles left this month. '
        '<a href="/join">Join today</a></div>' + _ps(a[1:]) + '<div class="dfp-label">- Advertisement -</div>' + _ps(b) +
        '<div class="native-unit"><span>Sponsored content</span> <a href="#">How one family cut its energy bill in '
        'half</a></div>' + _ps(c) + '</div></div><div class="popular"><h2>Most Popular</h2><ol>' +
        "".join(f'<li><a href="/p/{n}">{t}</a></li>' for n, t in enumerate(TRENDING)) + '</ol></div>'
        '<div class="bottom-links"><div><b>Our papers</b> <a href="#">Lowfield Courier</a> <a href="#">Marston Herald</a>'
        '</div><div><b>Help</b> <a href="#">FAQ</a> <a href="#">Contact us</a> <a href="#">Privacy settings</a></div></div>')
    furniture = [notice, "Accept Settings", "The Lowfield Courier",
                 "This article is free to read. You have 2 free articles left this month. Join today",
                 "- Advertisement -", "Sponsored content How one family cut its energy bill in half", "Most Popular",
                 *TRENDING, "Our papers Lowfield Courier Marston Herald", "Help FAQ Contact us Privacy settings"]
    return _page(article, f"{escape(article.headline)} | The Lowfield Courier", body), furniture


# ---------------------------------------------------------------------------------------- live and topic pages

def read_more_tags(article: Article) -> tuple[str, list[str]]:
    """A news site's article with "Read more:" lines between paragraphs (a bold label and a link, one of
    them naming this article's own headline, as a site's related-link tool picks it), an author-follow
    button beside the byline, and a "Topics" row of tag links under the text."""
    parts = _chunks(article.paragraphs, 3)
    reads = [OTHER[0], article.headline]
    html_parts = []
    for n, part in enumerate(parts):
        html_parts.append(_ps(part))
        if n < len(reads):
            html_parts.append(f'<p><strong>Read more:</strong> <a href="/r/{n}">{escape(reads[n])}</a></p>')
    body = (
        '<header class="top"><a href="/">Capital Wire</a></header><main><article class="story">'
        f'<h1>{escape(article.headline)}</h1><div class="author-row"><span class="author">{escape(article.byline)}</span>'
        '<a class="follow-btn" href="/follow/board">+ Follow</a></div><p class="dateline">5 December 2026</p>'
        '<div class="story-body">' + "".join(html_parts) + '</div><div class="story-topics"><span>Topics</span>'
        '<a href="/t/politics">Politics</a><a href="/t/security">Security</a><a href="/t/world">World</a></div>'
        '</article></main><div class="end"><p>© Capital Wire 2026</p></div>')
    furniture = ["Capital Wire", "+ Follow", f"Read more: {OTHER[0]}", f"Read more: {article.headline}",
                 "Topics Politics Security World", "© Capital Wire 2026"]
    return _page(article, f"{escape(article.headline)} - Capital Wire", body), furniture


def topic_explore(article: Article) -> tuple[str, list[str]]:
    """A national paper's opinion page: "READ MORE:" lines in capitals without links (a syndicated
    copy lost them), "Follow <name>" under the byline, "Explore more on these topics" with a list of
    tags, "Share" and "Reuse this content" links, a "Most viewed" list."""
    parts = _chunks(article.paragraphs, 3)
    name = _name(article)
    reads = [OTHER[1], OTHER[2]]
    html_parts = []
    for n, part in enumerate(parts):
        html_parts.append(_ps(part, "dcr-para"))
        if n < len(reads):
            html_parts.append(f'<p class="dcr-para"><b>READ MORE: {escape(reads[n])}</b></p>')
    body = (
        '<div class="dcr-nav"><a href="/">The Morning Record</a><a href="/opinion">Opinion</a><a href="/world">World</a>'
        '</div><article><div class="dcr-headline">'
        f'<h1>{escape(article.headline)}</h1></div><div class="dcr-meta"><div class="dcr-byline">{escape(article.byline)}'
        f'</div><div class="dcr-follow"><a href="#">Follow {escape(name)}</a></div><div class="dcr-date">Fri 4 Dec 2026 '
        '19.30 GMT</div></div><div class="dcr-body">' + "".join(html_parts) + '</div><div class="dcr-end"><h2>Explore '
        'more on these topics</h2><ul><li><a href="/t/a">Foreign policy</a></li><li><a href="/t/b">Human rights</a>'
        '</li><li><a href="/t/c">Editorials</a></li></ul><div class="dcr-actions"><a href="#">Share</a> <a href="#">'
        'Reuse this content</a></div></div></article><div class="dcr-most"><h2>Most viewed</h2><ol>' +
        "".join(f'<li><a href="/m/{n}">{t}</a></li>' for n, t in enumerate(OTHER)) + '</ol></div>')
    furniture = ["The Morning Record Opinion World", f"Follow {name}", f"READ MORE: {OTHER[1]}", f"READ MORE: {OTHER[2]}",
                 "Explore more on these topics", "Foreign policy Human rights Editorials", "Share Reuse this content",
                 "Most viewed", *OTHER]
    return _page(article, f"{escape(article.headline)} | The Morning Record", body), furniture


def myft_topics(article: Article) -> tuple[str, list[str]]:
    """A business paper's article: "Follow the topics in this article" and "Follow the authors of this
    article" boxes, each row a name and an "Add to myFT"-style button link, "Read more" boxes inside the
    text naming another story (a label in a <span> and a link, set in an <aside>-less <div>), a topic
    tag above the headline, "Copyright The Financial Ledger Ltd" and "Reuse this content"."""
    parts = _chunks(article.paragraphs, 3)
    name = _name(article)
    body = (
        '<div class="o-header"><a href="/">The Financial Ledger</a></div><div class="article-wrapper">'
        '<div class="topper"><a class="topper__primary-theme" href="/opinion">The editorial board</a>'
        f'<h1 class="topper__headline"><span>{escape(article.headline)}</span></h1></div>'
        f'<div class="article-info"><p class="article-info__byline">{escape(article.byline)}</p>'
        '<time>December 5 2026</time></div><div id="article-body" class="article-body">' + _ps(parts[0]) +
        '<div class="x-related-box"><span class="x-related-box__title">Read more</span> <a href="/c/1">'
        f'{OTHER[2]}</a></div>' + _ps(parts[1]) + '<div class="x-related-box"><span class="x-related-box__title">'
        f'Read more</span> <a href="/c/2">{OTHER[3]}</a></div>' + _ps(parts[2]) +
        '</div><p class="article-copyright">Copyright The Financial Ledger Ltd 2026. All rights reserved.</p>'
        '<a href="/reuse">Reuse this content</a><div class="concept-list"><h2>Follow the topics in this article</h2>'
        '<div class="concept-list__row"><span>Fiscal policy</span> <a href="#">Add to myLedger</a></div>'
        '<div class="concept-list__row"><span>World</span> <a href="#">Add to myLedger</a></div></div>'
        '<div class="concept-list"><h2>Follow the authors of this article</h2><div class="concept-list__row"><span>'
        f'{escape(name)}</span> <a href="#">Add to myLedger</a></div></div></div>')
    furniture = ["The Financial Ledger", "The editorial board", f"Read more {OTHER[2]}", f"Read more {OTHER[3]}",
                 "Copyright The Financial Ledger Ltd 2026. All rights reserved.", "Reuse this content",
                 "Follow the topics in this article", "Fiscal policy Add to myLedger", "World Add to myLedger",
                 "Follow the authors of this article", f"{name} Add to myLedger"]
    return _page(article, f"{escape(article.headline)}", body), furniture


def broadcaster_live(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A broadcaster's live-style article: "Read more:" items as list items with the
    label in <em>, "Follow" in a <span> after the author's name with their role, a "Related Topics"
    heading and a row of tags at the end, "Share this page" and a "More on this story" list."""
    parts = _chunks(article.paragraphs, 3)
    body = (
        '<div class="orb-banner"><a href="/">Northern Broadcasting</a> <a href="/news">News</a> <a href="/sport">Sport'
        '</a> <a href="/weather">Weather</a></div><div class="ssrcss-main"><article>'
        f'<div class="ssrcss-head"><h1>{escape(article.headline)}</h1></div><div class="ssrcss-contrib"><div>'
        f'{escape(article.byline)}</div><div>Political correspondent <span class="follow">Follow</span></div></div>'
        '<div class="ssrcss-body">' + _ps(parts[0]) + f'<ul><li><em>Read more:</em> <a href="/n/1">{OTHER[0]}</a></li>'
        f'<li><em>Read more:</em> <a href="/n/2">{OTHER[3]}</a></li></ul>' + _ps(parts[1]) + _ps(parts[2]) +
        '</div><div class="ssrcss-topics"><h2>Related Topics</h2><ul><li><a href="/t/1">Government</a></li>'
        '<li><a href="/t/2">Security</a></li></ul></div><div class="ssrcss-share"><a href="#">Share this page</a></div>'
        '</article><div class="ssrcss-more"><h2>More on this story</h2><ul>' +
        "".join(f'<li><a href="/s/{n}">{t}</a><span>3 days ago</span></li>' for n, t in enumerate(OTHER[1:3])) +
        '</ul></div></div>')
    furniture = ["Northern Broadcasting News Sport Weather", "Political correspondent Follow",
                 f"Read more: {OTHER[0]}", f"Read more: {OTHER[3]}", "Related Topics", "Government Security",
                 "Share this page", "More on this story", *OTHER[1:3], "3 days ago"]
    return _page(article, f"{escape(article.headline)} - Northern Broadcasting", body), furniture


J_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "ghost-post": ghost_post, "utility-newsletter": utility_newsletter, "blog-network": blog_network,
    "onetrust-daily": onetrust_daily, "consent-gazette": consent_gazette, "metered-tribune": metered_tribune,
    "read-more-tags": read_more_tags, "topic-explore": topic_explore, "myft-topics": myft_topics}
J_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "jetpack-blog": jetpack_blog, "newspaper-cms": newspaper_cms, "broadcaster-live": broadcaster_live}
