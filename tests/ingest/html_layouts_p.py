"""Web set P (session 28, written and committed before any reader ran on it): twelve page kinds no earlier web set has,
over six articles written for it (tests/ingest/articles_p.py). Furniture wording differs from article to article
(picked by a CRC-32 of the headline, as in html_layouts_o.py).

- "blogger": a Blogspot post: paragraphs split by <br><br> inside one div, "Posted by … at 9:14 AM", the share row
  ("Email This", "BlogThis!", "Share to X" …), "Labels:", "No comments:", "Post a Comment", "Newer Post Older Post
  Home", "Subscribe to: Post Comments (Atom)", a "Blog Archive" tree with counts, "Powered by Blogger".
- "ghost": a Ghost theme: a bookmark card to another story (title, blurb, site, author) inside the body, a sign-up
  card ("Sign up for …" with an e-mail field), "Read next" cards, the member portal's "Subscribe" / "Sign in",
  "Powered by Ghost".
- "cookie-center": a European daily with a consent platform's banner and preference centre (long prose: "We and our
  842 partners store and/or access information …", category descriptions) after the article.
- "contents-list": an explainer with "In this article" jump links, "Back to top" after sections, reading time and
  "Key takeaways" heading over no list (just the jump list).
- "pro-network": a professional network's article (LinkedIn-like): the author's headline, "+ Follow", "Published
  …", reactions ("Like Celebrate Support Love Insightful Funny"), comment counts, "Report this article", "More
  articles by …", "Explore topics", "Sign in to view more content", "Join now".
- "campus-news": a university newsroom: "News & Events" crumbs, "Media contact" with phone and address, "Share this
  story", "Related topics" links, "More stories" cards, "Last updated", the emergency alert bar.
- "translated": a site with a language switcher ("Read in: Español · Français · Deutsch"), "Show original",
  machine-translation notice (a note: may show or hide), "Was this translation helpful?".
- "access-toolbar": a public body's page: "Skip to main content", "Text size A A A", "High contrast", "Listen to
  this page", "Was this page helpful? Yes No", "Report a problem with this page", "Page last reviewed".
- "aggregator": a portal's copy of a partner's story (MSN/Yahoo-like): "Provided by …", "Story by … • 3h",
  "Story continues below", reaction counts, "View comments (214)", sponsored cards with "Ad" between paragraphs,
  "Feedback".
- "site-builder": a site builder's page (Wix-like): every paragraph in <p class="font_8"><span style=…>, a header
  with "Book a Call", "Log In", "Recent Posts" / "See All", view and comment counts, "Post not marked as liked".
- "e-edition": a newspaper's e-edition reader (PressReader-like): "2026-12-05 · The Northern Courier · Page 14",
  "Listen", "Translate", "Share", "Print", "Article from: …", "Previous article Next article",
  "© PressReader. All rights reserved."
- "video-player": a broadcaster's story under its video: player controls ("Play Video", "0:00 / 2:45", "Mute",
  "Captions", "Fullscreen"), "Up Next", "Autoplay", "This video can not be played", a transcript toggle.

Kept aside by a rule fixed before any page was built (CRC-32 of "s28-web:" + name): a layout whose value mod 4 is 0
(blogger, cookie-center, translated, video-player) is kept aside whole; an article whose value (of its headline) mod 3
is 0 (the ferry and the clinic) is kept aside in every layout. benchmarks/bench_ingest_fidelity.py --dev-web-p (tuned:
4 articles in 8 layouts, 32 pages) and --dev-web-p-aside (40 pages, aggregate only).
Each layout returns (html, furniture, notes); notes are lines that may show or hide (a stamp with a year, a
translation notice)."""
from __future__ import annotations

import zlib
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.articles_p import ARTICLES
from tests.ingest.html_layouts_n import _p, _slots
from tests.ingest.html_layouts_o import _list, _n, _page, pick

OTHER = ["Harbour master retires after 31 years", "What the new bus timetable means for you",
         "Schools brace for a cold January", "Council tax bills: your questions answered",
         "The quiet revival of the market square", "Five walks for a short winter day"]


def blogger(article: Article) -> tuple[str, list[str], list[str]]:
    poster = pick(article, ["Ian Fraser", "M. Delaney", "Old Town Notes"], "bl-poster")
    at = pick(article, ["9:14 AM", "6:02 PM", "11:47 PM"], "bl-at")
    posted = f"Posted by {poster} at {at}"
    comments = pick(article, ["No comments:", "2 comments:", "1 comment:"], "bl-comm")
    labels = pick(article, ["Labels: council, local news", "Labels: politics", "Labels: opinion, budget, islands"],
                  "bl-lab")
    share = "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest"
    archive = pick(article, ["► 2026 (14)", "► 2026 (3)", "► 2026 (41)"], "bl-arch")
    body = "<br><br>".join(escape(p) for p in article.paragraphs)
    page = ('<div class="header"><h1 class="title"><a href="/">Old Town Notes</a></h1><p class="description">'
            'Notes on local affairs, written on the kitchen table</p></div><div class="main">'
            '<h2 class="date-header"><span>Friday, December 5, 2026</span></h2><div class="post hentry">'
            f'<h3 class="post-title entry-title">{escape(article.headline)}</h3>'
            f'<div class="post-header"><div class="post-header-line-1">{escape(article.byline)}</div></div>'
            f'<div class="post-body entry-content">{body}<div style="clear: both;"></div></div>'
            f'<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author '
            f'vcard">{posted}</span> <span class="post-comment-link"><a href="#c">{comments}</a></span></div>'
            '<div class="post-share-buttons"><a href="#" title="Email This">Email This</a><a href="#">BlogThis!</a>'
            '<a href="#">Share to X</a><a href="#">Share to Facebook</a><a href="#">Share to Pinterest</a></div>'
            f'<div class="post-footer-line post-footer-line-2"><span class="post-labels">{escape(labels)}</span></div>'
            f'</div></div><div class="comments" id="comments"><h4>{comments}</h4><p class="comment-footer">'
            '<a href="#">Post a Comment</a></p></div><div class="blog-pager" id="blog-pager"><span id="blog-pager-'
            'newer-link"><a href="/n">Newer Post</a></span> <span id="blog-pager-older-link"><a href="/o">Older Post'
            '</a></span> <a class="home-link" href="/">Home</a></div><div class="post-feeds">Subscribe to: <a href="#">'
            'Post Comments (Atom)</a></div></div><div class="sidebar"><div class="widget BlogArchive"><h2>Blog Archive'
            f'</h2><ul class="hierarchy"><li><a class="toggle">{archive}</a></li></ul></div><div class="widget '
            'Attribution"><a href="https://www.blogger.com">Powered by Blogger</a>.</div></div>')
    furniture = ["Old Town Notes", "Notes on local affairs, written on the kitchen table", posted, comments, share,
                 labels, "Post a Comment", "Newer Post Older Post Home", "Subscribe to: Post Comments (Atom)",
                 "Blog Archive", archive, "Powered by Blogger."]
    return _page(article, f"Old Town Notes: {article.headline}", page), furniture, ["Friday, December 5, 2026"]


def ghost(article: Article) -> tuple[str, list[str], list[str]]:
    site = pick(article, ["The Ledger Letter", "Northbound", "Civic Desk"], "gh-site")
    signup = pick(article, [f"Sign up for {site}", f"Subscribe to {site}", f"Get {site} in your inbox"], "gh-signup")
    blurb = pick(article, ["Independent reporting on the decisions that shape our towns. No spam, ever.",
                           "Local politics, explained every Friday. Free to read, free to share.",
                           "One email a week with the stories the council would rather you missed."], "gh-blurb")
    card_title, card_blurb = pick(article, [
        f"{OTHER[0]}|He saw the port through two floods, a strike and a new pier.",
        f"{OTHER[3]}|Why your bill is going up, and what the money is for.",
        f"{OTHER[5]}|Short routes for short days, all reachable by bus."], "gh-card").split("|")
    card = (f'<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="/p/1"><div '
            f'class="kg-bookmark-content"><div class="kg-bookmark-title">{escape(card_title)}</div><div '
            f'class="kg-bookmark-description">{escape(card_blurb)}</div><div class="kg-bookmark-metadata"><span '
            f'class="kg-bookmark-author">{escape(site)}</span><span class="kg-bookmark-publisher">Staff</span></div>'
            '</div></a></figure>')
    form = (f'<div class="kg-card kg-signup-card"><h2 class="kg-signup-card-heading">{escape(signup)}</h2><p '
            f'class="kg-signup-card-subheading">{escape(blurb)}</p><form><input type="email" placeholder="Your email">'
            '<button class="kg-signup-card-button">Subscribe</button></form></div>')
    nexts = "".join(f'<article class="post-card"><a href="/p/{k}"><h3 class="post-card-title">{escape(t)}</h3></a>'
                    f'</article>' for k, t in enumerate(OTHER[1:3]))
    page = (f'<header class="gh-head"><a class="gh-head-logo" href="/">{escape(site)}</a><nav class="gh-head-menu">'
            '<a href="/">Home</a><a href="/about/">About</a><a href="/archive/">Archive</a></nav><div '
            'class="gh-head-actions"><a href="#/portal/signin">Sign in</a><a href="#/portal/signup">Subscribe</a>'
            f'</div></header><main class="gh-main"><article class="gh-article post"><header class="gh-article-header">'
            f'<h1 class="gh-article-title">{escape(article.headline)}</h1><div class="gh-article-meta"><span '
            f'class="gh-article-author-name">{escape(article.byline)}</span><time>Dec 5, 2026</time><span '
            f'class="gh-article-meta-length">— {_n(article, "gh-min", 3, 9)} min read</span></div></header>'
            '<section class="gh-content gh-canvas">' + _slots(article, [card, form]) + '</section></article>'
            f'<section class="gh-container gh-read-next"><h2 class="gh-container-title">Read next</h2>{nexts}</section>'
            f'</main><footer class="gh-foot"><div class="gh-copyright">{escape(site)} © 2026</div><div '
            'class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></footer>')
    furniture = [site, "HomeAboutArchive", "Sign inSubscribe", card_title, card_blurb, signup, blurb,
                 f"{_n(article, 'gh-min', 3, 9)} min read", "Read next", *OTHER[1:3], f"{site} © 2026",
                 "Powered by Ghost"]
    return _page(article, f"{article.headline} | {site}", page), furniture, []


CONSENT = ("We and our {n} partners store and/or access information on a device, such as cookies, and process personal "
           "data, such as unique identifiers and standard information sent by a device for personalised advertising "
           "and content, advertising and content measurement, audience research and services development.")
CATEGORIES = [("Strictly Necessary Cookies", "These cookies are necessary for the website to function and cannot be "
               "switched off in our systems. They are usually only set in response to actions made by you which "
               "amount to a request for services, such as setting your privacy preferences, logging in or filling in "
               "forms."),
              ("Performance Cookies", "These cookies allow us to count visits and traffic sources so we can measure "
               "and improve the performance of our site. They help us to know which pages are the most and least "
               "popular and see how visitors move around the site.")]


def cookie_center(article: Article) -> tuple[str, list[str], list[str]]:
    consent = CONSENT.format(n=_n(article, "cc-n", 200, 900))
    accept = pick(article, ["Accept All Cookies", "I Accept", "Agree and close"], "cc-acc")
    settings = pick(article, ["Cookies Settings", "Manage Preferences", "Show Purposes"], "cc-set")
    centre = "".join(f'<div class="ot-cat-item"><h4 class="ot-cat-header">{t}</h4><p class="ot-category-desc">{d}</p>'
                     '</div>' for t, d in CATEGORIES)
    page = ('<header class="site-header"><a class="logo" href="/">The Northern Courier</a><nav><a href="/news">News</a>'
            '<a href="/sport">Sport</a><a href="/business">Business</a></nav></header><main><article class="story">'
            f'<h1 class="story__headline">{escape(article.headline)}</h1><p class="story__byline">'
            f'{escape(article.byline)}</p><div class="story__body">' + "".join(_p(p) for p in article.paragraphs) +
            '</div></article></main><footer><p>© The Northern Courier 2026</p></footer>'
            '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" '
            'aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy'
            f'</h2><p id="onetrust-policy-text">{escape(consent)}</p></div><div id="onetrust-button-group"><button '
            f'id="onetrust-accept-btn-handler">{accept}</button><button id="onetrust-pc-btn-handler">{settings}</button>'
            '</div></div><div id="onetrust-pc-sdk" class="otPcCenter ot-hide"><h2 id="ot-pc-title">Privacy Preference '
            f'Center</h2>{centre}<button class="save-preference-btn-handler">Confirm My Choices</button></div></div>')
    furniture = ["The Northern Courier", "NewsSportBusiness", "© The Northern Courier 2026", "We value your privacy",
                 consent, accept, settings, "Privacy Preference Center", *(t for t, _ in CATEGORIES),
                 *(d for _, d in CATEGORIES), "Confirm My Choices"]
    return _page(article, f"{article.headline} | The Northern Courier", page), furniture, []


def contents_list(article: Article) -> tuple[str, list[str], list[str]]:
    head = pick(article, ["In this article", "Contents", "Jump to"], "cl-head")
    jumps = pick(article, [["What was decided", "Why it matters", "What happens next"],
                           ["The decision", "The reaction", "The numbers"],
                           ["Background", "The vote", "Next steps"]], "cl-jumps")
    minutes = f"{_n(article, 'cl-min', 3, 8)} min read"
    top = pick(article, ["Back to top", "↑ Back to top", "Return to top"], "cl-top")
    toc = (f'<nav class="toc" aria-label="{head}"><p class="toc__title">{head}</p><ol>'
           + "".join(f'<li><a href="#s{k}">{escape(j)}</a></li>' for k, j in enumerate(jumps)) + "</ol></nav>")
    third = max(1, len(article.paragraphs) // 3)
    parts = [article.paragraphs[:third], article.paragraphs[third:2 * third], article.paragraphs[2 * third:]]
    sections = "".join(f'<section id="s{k}">' + "".join(_p(p) for p in part) +
                       f'<p class="back-to-top"><a href="#top">{top}</a></p></section>' for k, part in enumerate(parts))
    page = ('<div id="top"></div><header><a href="/" class="brand">Policy Explained</a><nav><a href="/topics">Topics'
            '</a><a href="/explainers">Explainers</a><a href="/newsletter">Newsletter</a></nav></header><main><article>'
            f'<h1>{escape(article.headline)}</h1><div class="meta"><span class="author">{escape(article.byline)}'
            f'</span> <span class="reading-time">{minutes}</span></div>{toc}<div class="article-body">{sections}</div>'
            '</article></main><footer><p>Policy Explained is a non-profit newsroom.</p></footer>')
    furniture = ["Policy Explained", "TopicsExplainersNewsletter", minutes, head, *jumps, top,
                 "Policy Explained is a non-profit newsroom."]
    return _page(article, f"{article.headline} — Policy Explained", page), furniture, []


def pro_network(article: Article) -> tuple[str, list[str], list[str]]:
    name = article.byline.removeprefix("By ")
    role = pick(article, ["Policy Director at Harbourside Institute", "Freelance reporter | Local government | Energy",
                          "Editor, The Northern Courier"], "pn-role")
    react = _n(article, "pn-r", 12, 480)
    comments = f"{_n(article, 'pn-c', 2, 60)} Comments"
    topics = pick(article, [["Public Policy", "Local Government", "Transport"], ["Energy", "Agriculture", "Regulation"],
                            ["Healthcare", "Budgets", "Public Services"]], "pn-topics")
    page = ('<header class="global-nav"><a href="/">in</a><a href="/signup">Join now</a><a href="/login">Sign in</a>'
            f'</header><main class="article-main"><h1 class="pulse-title">{escape(article.headline)}</h1><div '
            f'class="author-info"><a class="author-info__name" href="/in/x">{escape(name)}</a><div class="author-info__'
            f'headline">{escape(role)}</div><button class="follow">+ Follow</button></div><p class="article-meta">'
            f'{escape(article.byline)}</p><div class="published">Published Dec 5, 2026</div><div '
            'class="article-main__content" data-test-id="article-content-blocks">' + "".join(_p(p) for p in article.paragraphs)
            + '</div><div class="social-actions"><span>Like</span><span>Celebrate</span><span>Support</span><span>Love'
            f'</span><span>Insightful</span><span>Funny</span><span class="reactions-count">{react}</span><span>'
            f'{comments}</span></div><button class="report">Report this article</button><section class="more-articles">'
            f'<h2>More articles by {escape(name)}</h2>' + _list(OTHER[:3]) + '</section><section class="explore"><h2>'
            'Explore topics</h2>' + _list(topics) + '</section><div class="sign-in-modal"><h2>Sign in to view more '
            'content</h2><p>Create your free account or sign in to continue your search</p><a href="/login">Sign in'
            '</a><a href="/signup">Join now</a></div></main>')
    furniture = ["Join nowSign in", name, role, "+ Follow", "LikeCelebrateSupportLoveInsightfulFunny", str(react),
                 comments, "Report this article", f"More articles by {name}", *OTHER[:3], "Explore topics", *topics,
                 "Sign in to view more content", "Create your free account or sign in to continue your search"]
    return _page(article, f"{article.headline} | LinkedIn", page), furniture, ["Published Dec 5, 2026"]


def campus_news(article: Article) -> tuple[str, list[str], list[str]]:
    uni = pick(article, ["Northfield University", "University of the Lakes", "Eastbridge College"], "cn-uni")
    contact = pick(article, ["Media contact: Joanna Pike, News Office, 555-0142, jpike@northfield.example",
                             "Media Contact | Press Office | +44 20 7946 0321 | press@lakes.example",
                             "For media enquiries: communications@eastbridge.example, 555-0177"], "cn-contact")
    alert = pick(article, ["Campus alert: Library closed Saturday for a power upgrade. More information",
                           "Winter weather update: classes start at 10 a.m. on Monday. Details",
                           "Alert: Main Street entrance closed for works until Friday. Learn more"], "cn-alert")
    topics = pick(article, [["Public policy", "Faculty research"], ["Economics", "In the news"],
                            ["Sustainability", "Community"]], "cn-topics")
    share = pick(article, ["Share this story", "Share", "Share this page"], "cn-share")
    updated = "Last updated: December 5, 2026"
    page = (f'<div class="alert-bar" role="alert"><p>{escape(alert)}</p></div><header class="site-header"><a '
            f'href="/">{escape(uni)}</a><nav><a href="/about">About</a><a href="/admissions">Admissions</a><a '
            'href="/research">Research</a><a href="/news">News &amp; Events</a></nav></header><main><ol class="breadcrumb"><li>'
            f'<a href="/">Home</a></li><li><a href="/news">News &amp; Events</a></li><li>Story</li></ol><article '
            f'class="news-story"><h1>{escape(article.headline)}</h1><div class="news-meta"><span>'
            f'{escape(article.byline)}</span><span class="date">December 5, 2026</span></div><div class="share-tools">'
            f'<span>{share}</span><a href="#">Facebook</a><a href="#">LinkedIn</a><a href="#">Email</a></div><div '
            'class="field--name-body">' + "".join(_p(p) for p in article.paragraphs) + '</div><div class="media-'
            f'contact"><p>{escape(contact)}</p></div><div class="related-topics"><h2>Related topics</h2>'
            + _list(topics) + '</div></article><section class="more-stories"><h2>More stories</h2>' + _list(OTHER[2:5])
            + f'</section></main><footer><p>{updated}</p><p>© 2026 {escape(uni)}. All rights reserved.</p></footer>')
    furniture = [alert, uni, "AboutAdmissionsResearchNews & Events", "HomeNews & EventsStory",
                 f"{share}FacebookLinkedInEmail", contact, "Related topics", *topics, "More stories", *OTHER[2:5],
                 f"© 2026 {uni}. All rights reserved."]
    return _page(article, f"{article.headline} | {uni}", page), furniture, [updated]


def translated(article: Article) -> tuple[str, list[str], list[str]]:
    langs = pick(article, ["Español · Français · Deutsch", "Deutsch · Polski · Italiano", "Français · Português"],
                 "tr-langs")
    notice = pick(article, ["This article was translated from the original Spanish by machine and checked by an editor.",
                            "Machine translated. The original version of this article is in Polish.",
                            "This story has been automatically translated and may contain errors."], "tr-note")
    helpful = pick(article, ["Was this translation helpful?", "Rate this translation", "How good is this translation?"],
                   "tr-help")
    page = ('<header><a class="logo" href="/">Europa Desk</a><div class="lang-switcher"><span>Read in: </span>'
            + " · ".join(f'<a href="/{c}">{c}</a>' for c in langs.split(" · ")) + '</div></header><main><article>'
            f'<h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p><div class="translation-'
            f'notice"><p>{escape(notice)}</p><button>Show original</button></div><div class="article-text">'
            + "".join(_p(p) for p in article.paragraphs) + f'</div><div class="translation-feedback"><p>{helpful}</p>'
            '<button>Yes</button><button>No</button></div></article></main><footer><p>Europa Desk — news from '
            'across the continent, in your language</p></footer>')
    furniture = ["Europa Desk", f"Read in: {langs}", "Show original", helpful, "YesNo",
                 "Europa Desk — news from across the continent, in your language"]
    return _page(article, f"{article.headline} | Europa Desk", page), furniture, [notice]


def access_toolbar(article: Article) -> tuple[str, list[str], list[str]]:
    body_name = pick(article, ["Regional Transport Authority", "State Water Authority", "Office of the Ombudsman"],
                     "at-body")
    listen = pick(article, ["Listen to this page", "Listen", "Listen with ReadSpeaker"], "at-listen")
    reviewed = pick(article, ["Page last reviewed: 5 December 2026", "Last reviewed 05/12/2026",
                              "This page was last reviewed on 5 December 2026"], "at-rev")
    page = ('<a class="skip-link" href="#main">Skip to main content</a><a class="skip-link" href="#nav">Skip to '
            'navigation</a><div class="a11y-toolbar"><span>Text size</span><button>A</button><button>A</button>'
            f'<button>A</button><button>High contrast</button><a class="rs_href" href="#">{listen}</a></div>'
            f'<header><a href="/">{escape(body_name)}</a></header><main id="main"><h1>{escape(article.headline)}</h1>'
            f'<p class="author">{escape(article.byline)}</p><div class="rs_read content">'
            + "".join(_p(p) for p in article.paragraphs) + '</div><div class="feedback"><h2>Was this page helpful?</h2>'
            '<button>Yes</button><button>No</button><a href="/report">Report a problem with this page</a></div>'
            f'</main><footer><p>{escape(reviewed)}</p><p>© {escape(body_name)}</p></footer>')
    furniture = ["Skip to main content", "Skip to navigation", "Text sizeAAAHigh contrast", listen, body_name,
                 "Was this page helpful?", "YesNo", "Report a problem with this page", f"© {body_name}"]
    return _page(article, f"{article.headline} | {body_name}", page), furniture, [reviewed]


def aggregator(article: Article) -> tuple[str, list[str], list[str]]:
    partner = pick(article, ["The Northern Courier", "Daily Ledger", "Valley Times"], "ag-partner")
    name = article.byline.removeprefix("By ")
    story_by = f"Story by {name} • {_n(article, 'ag-h', 1, 11)}h"
    views = f"View comments ({_n(article, 'ag-c', 12, 480)})"
    ad = pick(article, ["Ad", "Sponsored", "Advertisement"], "ag-ad")
    promo = pick(article, ["Homeowners are switching to this heating trick|Learn more",
                           "The savings account paying 5.1% this winter|See rates",
                           "Seniors: this card is taking the country by storm|Read more"], "ag-promo").split("|")
    cards = [f'<div class="ad-card"><span class="ad-label">{ad}</span><a href="/ad"><span>{escape(promo[0])}</span>'
             f'<span class="cta">{promo[1]}</span></a></div>',
             '<div class="continue"><span>Story continues below</span></div>']
    page = ('<header><a href="/">start</a><nav><a href="/news">News</a><a href="/weather">Weather</a><a href="/money">'
            f'Money</a></nav></header><main><div class="partner"><span>Provided by {escape(partner)}</span></div>'
            f'<h1>{escape(article.headline)}</h1><div class="byline-row"><span>{escape(story_by)}</span></div>'
            '<div class="article-body">' + _slots(article, cards) + '</div><div class="reactions"><span>'
            f'{_n(article, "ag-like", 3, 99)}</span><span>Like</span><span>Dislike</span></div><button>{views}</button>'
            f'<button class="feedback">Feedback</button></main>')
    furniture = ["start", "NewsWeatherMoney", f"Provided by {partner}", ad, promo[0], promo[1], "Story continues below",
                 "LikeDislike", views, "Feedback"]
    return _page(article, f"{article.headline}", page), furniture, [story_by]


def site_builder(article: Article) -> tuple[str, list[str], list[str]]:
    owner = pick(article, ["Harbour Watch", "Valley Voices", "Civic Notes"], "sb-owner")
    call = pick(article, ["Book a Call", "Get in Touch", "Donate"], "sb-call")
    views = f"{_n(article, 'sb-v', 20, 900)} views"
    comments = f"{_n(article, 'sb-cm', 0, 9)} comments"
    span = '<span style="font-size:17px;"><span style="color:#2F2E2E;">{}</span></span>'
    paras = "".join(f'<p class="font_8 wixui-rich-text__text">{span.format(escape(p))}</p>' for p in article.paragraphs)
    page = (f'<div id="SITE_HEADER"><div id="comp-kx1"><p class="font_0">{escape(owner)}</p></div><div id="comp-kx2">'
            '<a href="/">Home</a><a href="/blog">Blog</a><a href="/about">About</a></div><div id="comp-kx3"><a '
            f'href="/contact"><span>{call}</span></a></div><div id="comp-kx4"><span>Log In</span></div></div>'
            f'<div id="PAGES_CONTAINER"><div class="post-header"><span class="author">{escape(article.byline)}</span>'
            f'<span class="date">Dec 5, 2026</span><span>{_n(article, "sb-min", 2, 6)} min read</span></div><h1 '
            f'class="post-title">{escape(article.headline)}</h1><div class="post-content" data-hook="post-description">'
            f'{paras}</div><div class="post-footer"><span>{views}</span><span>{comments}</span><span>Post not marked '
            'as liked</span></div><div class="recent-posts"><h2>Recent Posts</h2><a href="/blog">See All</a>'
            + _list(OTHER[:3]) + '</div></div><div id="SITE_FOOTER"><p class="font_9">© 2026 by '
            f'{escape(owner)}. Proudly created with Wix.com</p></div>')
    furniture = [owner, "HomeBlogAbout", call, "Log In", f"{_n(article, 'sb-min', 2, 6)} min read", views, comments,
                 "Post not marked as liked", "Recent Posts", "See All", *OTHER[:3],
                 f"© 2026 by {owner}. Proudly created with Wix.com"]
    return _page(article, f"{article.headline}", page), furniture, []


def e_edition(article: Article) -> tuple[str, list[str], list[str]]:
    paper = pick(article, ["The Northern Courier", "Valley Times", "The Coast Herald"], "ee-paper")
    page_no = _n(article, "ee-page", 2, 31)
    issue = f"2026-12-05 · {paper} · Page {page_no}"
    frm = f"Article from: {paper}"
    page = ('<div class="toolbar"><a href="/">PressReader</a><span>Catalog</span><span>For You</span></div><div '
            f'class="issue-info">{escape(issue)}</div><div class="art-tools"><button>Listen</button><button>Translate'
            '</button><button>Share</button><button>Print</button></div><article class="art"><h1 class="art-title">'
            f'{escape(article.headline)}</h1><div class="art-byline">{escape(article.byline)}</div><div class="art-text">'
            + "".join(_p(p) for p in article.paragraphs) + f'</div></article><div class="art-source">{escape(frm)}'
            f'</div><div class="art-nav"><a href="#prev">Previous article</a><a href="#next">Next article</a></div>'
            '<footer><p>© PressReader. All rights reserved.</p></footer>')
    furniture = ["PressReaderCatalogFor You", issue, "ListenTranslateSharePrint", frm, "Previous articleNext article",
                 "© PressReader. All rights reserved."]
    return _page(article, f"{paper} - {article.headline}", page), furniture, []


def video_player(article: Article) -> tuple[str, list[str], list[str]]:
    station = pick(article, ["Channel 7 News", "Coast Public Media", "WVLY News"], "vp-station")
    length = pick(article, ["0:00 / 2:45", "0:00 / 1:58", "0:00 / 4:12"], "vp-len")
    up = pick(article, ["Up Next", "Next video", "Coming up"], "vp-up")
    nxt = OTHER[_n(article, "vp-next", 0, 5)]
    page = (f'<header><a href="/">{escape(station)}</a><nav><a href="/local">Local</a><a href="/weather">Weather</a>'
            '<a href="/watch">Watch Live</a></nav></header><main><article><h1>' + escape(article.headline) + '</h1>'
            '<div class="video-player"><div class="vjs-error-display">This video can not be played</div><div '
            'class="vjs-control-bar"><button class="vjs-play-control">Play Video</button><span class="vjs-time">'
            f'{length}</span><button>Mute</button><button>Captions</button><button>Fullscreen</button></div><div '
            f'class="vjs-up-next"><span>{up}</span><span>{escape(nxt)}</span><span>Autoplay</span></div></div>'
            '<button class="transcript-toggle">Show transcript</button>'
            f'<p class="byline">{escape(article.byline)}</p><div class="story-body">'
            + "".join(_p(p) for p in article.paragraphs) + f'</div></article></main><footer><p>© 2026 {escape(station)}'
            '</p></footer>')
    furniture = [station, "LocalWeatherWatch Live", "This video can not be played", "Play Video", length,
                 "MuteCaptionsFullscreen", up, nxt, "Autoplay", "Show transcript", f"© 2026 {station}"]
    return _page(article, article.headline, page), furniture, []


Layout = Callable[[Article], tuple[str, list[str], list[str]]]
ALL_LAYOUTS: dict[str, Layout] = {
    "blogger": blogger, "ghost": ghost, "cookie-center": cookie_center, "contents-list": contents_list,
    "pro-network": pro_network, "campus-news": campus_news, "translated": translated,
    "access-toolbar": access_toolbar, "aggregator": aggregator, "site-builder": site_builder, "e-edition": e_edition,
    "video-player": video_player}


def aside(key: str, mod: int) -> bool:
    """The fixed rule (decided before any page was built): CRC-32 of "s28-web:" + key, mod `mod`, is 0."""
    return zlib.crc32(f"s28-web:{key}".encode()) % mod == 0


P_LAYOUTS = {n: f for n, f in ALL_LAYOUTS.items() if not aside(n, 4)}
P_HELD_LAYOUTS = {n: f for n, f in ALL_LAYOUTS.items() if aside(n, 4)}
P_TUNED_ARTICLES = [a for a in ARTICLES if not aside(a.headline, 3)]
P_ASIDE_ARTICLES = [a for a in ARTICLES if aside(a.headline, 3)]
