"""Held web set K, second batch (written in session 14 by the held-data writer, who tunes no reader; committed
before its one score): four more site kinds, written the way such sites are built today, not after the readers'
rules (which the writer did not read). Kinds:

- a local newspaper on a newspaper CMS: a "Support local journalism" banner, the e-Edition and obituaries in the
  navigation, a long share/print/save row, a local-news signup form and "Related to this story" links inside the
  article body, tags, "Submit a letter to the editor", "Most Popular", comment-login prompts and the paper's contact
  footer;
- a government press office's news page: a cookie banner with its own buttons, breadcrumbs, "From:" the
  department, a "Published" line, "Contents" links, a "Print this page" link, "Related content", "Explore the
  topic", the "Is this page useful?" survey and the licence footer;
- a tabloid's news page: "Published/Updated" stamps, big share buttons with a comments count, "READ MORE" and
  "DON'T MISS" link lines between the paragraphs, an autoplaying video box, a "We pay for your stories" box, a
  follow line inside the article, "MOST READ IN NEWS", topics and the group footer;
- a policy institute's commentary page: the content type and topics above the headline, "Download PDF" and
  "Cite this" tools, "Related Experts", a media-contact box and a "Support our work" appeal inside the text's
  container, "Related Content" cards, a newsletter form and the institute's footer.

Every widget text comes in several wordings (picked per article by a checksum of its headline). The furniture
each layout lists must come in hidden (or absent); the headline and every paragraph whole and visible, in order.

Articles (benchmarks/bench_ingest_fidelity.py, `--set-k2`): the rule of set K's first batch (html_layouts_k.py:
the editorials no web layout had carried, sets D's and E's positions 46-57 of each outlet, in ascending CRC-32 of
"set-k:" + the file name) continued: the next 5 of each outlet after the first batch's 5, so no article of the
first batch: 15 articles x 4 layouts = 60 pages. HELD: aggregate only (never -v); nobody tuning the readers opens
this module's bodies (only this docstring) or runs it.

Fresh score (the one run, the readers of main at 0a57146, right after the batch was committed): 15/60 pages fully
right (aggregate; no per-page output was printed or looked at)."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts_k import _head, _pick, _ps, _split

Layout = Callable[[Article], tuple[str, list[str]]]

# ------------------------------------------------------------------------------------------- a local newspaper

LOCAL_POPULAR = ["Two-vehicle crash closes Route 9 near the county line", "School board weighs four-day week",
                 "Holiday parade route announced", "New bakery opens in the old depot building",
                 "Obituary: Margaret \u201cPeg\u201d Ellison, 91"]
LOCAL_RELATED = ["County budget hearing set for Tuesday", "Letters: Readers weigh in on the levy",
                 "Commissioners delay vote on landfill expansion"]


def local_paper(article: Article) -> tuple[str, list[str]]:
    """A local newspaper's article page on a newspaper CMS."""
    a, b, c = _split(article.paragraphs, 3)
    banner = _pick(article, "bn", [
        "Support local journalism. Subscribe today for just 99 cents for the first month.",
        "Local news matters. Become a subscriber and get unlimited access.",
        "Your support makes our reporting possible. Subscribe now."])
    signup = _pick(article, "su", ["Get local news delivered to your inbox!",
                                   "Sign up for our Daily Headlines newsletter",
                                   "Want the day's top stories? Sign up for our free email."])
    letters = _pick(article, "lt", [
        "Submit a letter to the editor: letters of up to 250 words are welcome and must include your name and town.",
        "Have something to say? Send a letter to the editor. Letters are limited to 300 words.",
        "Letters policy: we publish letters of 250 words or fewer from readers in our coverage area."])
    login = _pick(article, "lg", ["Please log in, or sign up for a new account to comment.",
                                  "You must be logged in to react. Click any reaction to login.",
                                  "Comments are closed on this article."])
    share = "Facebook Twitter WhatsApp SMS Email Print Copy article link Save"
    body = (
        '<body class="asset-page"><div id="site-top-banner" class="top-banner"><a href="/subscribe">' + escape(banner) +
        '</a></div><header id="site-header"><div class="navbar-top"><a href="/e-edition">e-Edition</a>'
        '<a href="/users/login">Log In</a><a href="/subscribe">Subscribe</a><div class="weather-widget">'
        '<span>38\u00b0</span><span>Partly Cloudy</span></div></div><a class="site-logo" href="/">The Harlow Courier</a>'
        '<nav id="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a '
        'href="/opinion">Opinion</a></li><li><a href="/obituaries">Obituaries</a></li><li><a href="/classifieds">'
        'Classifieds</a></li><li><a href="/calendar">Calendar</a></li></ul></nav></header>'
        '<div id="main-page-container"><article class="asset"><div class="asset-header"><ul class="list-inline '
        'asset-section"><li><a href="/opinion/editorials">Editorials</a></li></ul>'
        f'<h1 class="headline"><span class="tnt-headline">{escape(article.headline)}</span></h1>'
        f'<ul class="list-inline asset-byline"><li><span class="tnt-byline">{escape(article.byline)}</span></li>'
        '<li><time datetime="2026-12-05T05:00:00-06:00">Dec 5, 2026</time></li></ul>'
        '<div class="share-container"><ul class="list-inline">' +
        "".join(f'<li><a class="tnt-share-{w.lower()}" href="#">{w}</a></li>' for w in share.split()[:6]) +
        '<li><a href="#" class="tnt-copy">Copy article link</a></li><li><button class="tnt-save">Save</button></li>'
        '</ul></div></div><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">'
        + _ps(a) +
        '<div class="inline-editorial-form"><div class="tncms-region"><div class="email-signup"><h4>' + signup +
        '</h4><form><label class="sr-only" for="es">Email Address</label><input id="es" type="email" '
        'placeholder="Email Address"><button>Sign up!</button></form><p class="small">* I understand and agree that '
        'registration on or use of this site constitutes agreement to its user agreement and privacy policy.</p>'
        '</div></div></div>' + _ps(b) +
        '<div class="related-content"><h4>Related to this story</h4><ul>' +
        "".join(f'<li><a href="/n/{n}">{t}</a></li>' for n, t in enumerate(LOCAL_RELATED)) + '</ul></div>' + _ps(c) +
        '</div><div class="asset-tags"><span>Tags</span><ul><li><a href="/tags/county">County Government</a></li>'
        '<li><a href="/tags/editorial">Editorial</a></li></ul></div><div class="letters-box"><p>' + escape(letters) +
        '</p><a href="/submit-letter">Submit a letter</a></div></article><aside class="sidebar"><div class="popular">'
        '<h3>Most Popular</h3><ol>' + "".join(f'<li><a href="/p/{n}">{escape(t)}</a></li>'
                                              for n, t in enumerate(LOCAL_POPULAR)) +
        '</ol></div></aside><div id="comments" class="comments"><h3>Comments</h3><p>' + escape(login) + '</p></div>'
        '</div><footer id="site-footer"><div class="footer-contact"><h5>Contact Information</h5><p>The Harlow Courier'
        '</p><p>104 N. Main St.</p><p>Harlow, IA 50601</p><p>Phone: 641-555-0148</p></div><div class="footer-links">'
        '<a href="/site/terms">Terms of Use</a><a href="/site/privacy">Privacy Policy</a><a href="/site/accessibility">'
        'Accessibility</a></div><p class="copyright">\u00a9 Copyright 2026 The Harlow Courier, 104 N. Main St. Harlow, '
        'IA | Powered by a newspaper CMS</p></footer></body>')
    furniture = [banner, "e-Edition", "Log In", "Subscribe", "38\u00b0", "Partly Cloudy", "The Harlow Courier",
                 "News Sports Opinion Obituaries Classifieds Calendar", "Editorials", share, signup, "Email Address",
                 "Sign up!", "* I understand and agree that registration on or use of this site constitutes agreement "
                 "to its user agreement and privacy policy.", "Related to this story", *LOCAL_RELATED, "Tags",
                 "County Government", letters, "Submit a letter", "Most Popular", *LOCAL_POPULAR, "Comments", login,
                 "Contact Information", "104 N. Main St.", "Harlow, IA 50601", "Phone: 641-555-0148",
                 "Terms of Use Privacy Policy Accessibility",
                 "\u00a9 Copyright 2026 The Harlow Courier, 104 N. Main St. Harlow, IA | Powered by a newspaper CMS"]
    return _head(f"{escape(article.headline)} | Editorials | harlowcourier.example", "The Harlow Courier", article,
                 "Opinion") + body + "</html>", furniture


# ------------------------------------------------------------------------------------------- a government press office

def gov_press(article: Article) -> tuple[str, list[str]]:
    """A government press office's news page (a design-system site)."""
    a, b = _split(article.paragraphs, 2)
    dept = _pick(article, "dp", ["Department for Communities", "Ministry of Regional Affairs",
                                 "Office of the Secretary of State"])
    cookie = _pick(article, "ck", [
        "We use some essential cookies to make this service work. We\u2019d also like to use analytics cookies so we "
        "can understand how you use the service and make improvements.",
        "We\u2019d like to set additional cookies to understand how you use this site, remember your settings and "
        "improve government services.",
        "This site uses cookies to store information on your computer. Some are essential; others help us improve "
        "your experience by providing insights into how the site is being used."])
    survey = _pick(article, "sv", ["Is this page useful? Yes No Report a problem with this page",
                                   "Was this page helpful? Yes No",
                                   "Help us improve this website. Take a short survey."])
    body = (
        '<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" '
        'role="region" aria-label="Cookies on this site"><div class="govuk-cookie-banner__message govuk-width-container">'
        '<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on this site</h2><div class="govuk-cookie-'
        f'banner__content"><p class="govuk-body">{escape(cookie)}</p></div><div class="govuk-button-group">'
        '<button class="govuk-button" type="submit">Accept analytics cookies</button><button class="govuk-button" '
        'type="submit">Reject analytics cookies</button><a class="govuk-link" href="/help/cookies">View cookies</a>'
        '</div></div></div><a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
        '<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">'
        '<a href="/" class="govuk-header__link govuk-header__link--homepage">Example.gov</a><nav aria-label="Menu">'
        '<button class="govuk-header__menu-button">Menu</button><a href="/search">Search</a></nav></div></header>'
        '<div class="govuk-width-container"><div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list">'
        '<li class="govuk-breadcrumbs__list-item"><a href="/">Home</a></li><li class="govuk-breadcrumbs__list-item">'
        '<a href="/government">Government</a></li><li class="govuk-breadcrumbs__list-item"><a href="/news">News and '
        'communications</a></li></ol></div><main id="main-content" class="govuk-main-wrapper" role="main">'
        '<div class="gem-c-title"><span class="govuk-caption-xl gem-c-title__context">Press release</span>'
        f'<h1 class="gem-c-title__text govuk-heading-l">{escape(article.headline)}</h1></div>'
        '<div class="gem-c-metadata" data-module="metadata"><dl><dt class="gem-c-metadata__term">From:</dt>'
        f'<dd class="gem-c-metadata__definition"><a href="/org">{dept}</a></dd><dt class="gem-c-metadata__term">'
        f'Author:</dt><dd class="gem-c-metadata__definition">{escape(article.byline)}</dd>'
        '<dt class="gem-c-metadata__term">Published</dt><dd class="gem-c-metadata__definition">5 December 2026'
        '</dd></dl></div><div class="gem-c-print-link govuk-!-display-none-print"><button class="govuk-link">Print '
        'this page</button></div><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
        '<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">' + _ps(a) +
        '<div class="call-to-action"><p>Media enquiries: contact the press office on 020 7946 0000 (24 hours).</p>'
        '</div>' + _ps(b) + '</div></div><div class="gem-c-share-links"><h2>Share this page</h2><ul><li><a href="#">'
        'Facebook</a></li><li><a href="#">Twitter</a></li></ul></div></div><div class="govuk-grid-column-one-third">'
        '<aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading">'
        'Related content</h2><ul><li><a href="/r/1">Funding for local services: allocations 2026 to 2027</a></li>'
        '<li><a href="/r/2">Guidance: applying for the regional fund</a></li></ul><h3>Explore the topic</h3><ul><li>'
        '<a href="/topic/local">Local government</a></li><li><a href="/topic/housing">Housing</a></li></ul></aside>'
        '</div></div><div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div '
        f'class="gem-c-feedback__prompt"><p>{survey}</p></div></div></main></div>'
        '<footer class="govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-'
        'hidden">Support links</h2><ul class="govuk-footer__inline-list"><li><a href="/help">Help</a></li><li><a '
        'href="/help/privacy-notice">Privacy</a></li><li><a href="/help/cookies">Cookies</a></li><li><a '
        'href="/help/accessibility-statement">Accessibility statement</a></li><li><a href="/contact">Contact</a></li>'
        '</ul><span class="govuk-footer__licence-description">All content is available under the Open Government '
        'Licence v3.0, except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="/copyright">'
        '\u00a9 Crown copyright</a></div></footer></body>')
    furniture = ["Cookies on this site", cookie, "Accept analytics cookies", "Reject analytics cookies", "View cookies",
                 "Skip to main content", "Example.gov", "Menu", "Search", "Home Government News and communications",
                 "Press release", f"From: {dept}", "Print this page",
                 "Media enquiries: contact the press office on 020 7946 0000 (24 hours).", "Share this page",
                 "Facebook Twitter", "Related content", "Funding for local services: allocations 2026 to 2027",
                 "Guidance: applying for the regional fund", "Explore the topic", "Local government", "Housing", survey,
                 "Support links", "Help Privacy Cookies Accessibility statement Contact",
                 "All content is available under the Open Government Licence v3.0, except where otherwise stated",
                 "\u00a9 Crown copyright"]
    return _head(f"{escape(article.headline)} - Example.gov", "Example.gov", article, "News") + body + "</html>", \
        furniture


# ------------------------------------------------------------------------------------------- a tabloid

TAB_LINKS = ["Pensioner, 84, left stranded after bus route axed", "Shoppers rush to buy \u00a32 gadget that cuts bills",
             "Council tax bills to rise AGAIN in spring", "Beach hut sells for record \u00a3340,000"]
TAB_MOST_READ = ["Weather maps turn PURPLE as snow bomb heads for Britain", "Lottery winner's secret revealed",
                 "Motorway chaos as lorry sheds load", "Town named best place to live in the North"]


def tabloid(article: Article) -> tuple[str, list[str]]:
    """A tabloid's news page."""
    a, b, c = _split(article.paragraphs, 3)
    pay = _pick(article, "pay", [
        "We pay for your stories! Do you have a story for The Daily Clarion news team? Email us at "
        "tips@clarion.example or call 0207 555 0123.",
        "Got a story? Email news@clarion.example or message us on WhatsApp. We pay for stories.",
        "Do you have a story to share? Get in touch at stories@clarion.example \u2013 we pay for exclusives."])
    follow = _pick(article, "fl", ["For the latest news and updates, follow The Daily Clarion on Google News.",
                                   "Get all the biggest stories first: join our WhatsApp community.",
                                   "Follow us on X and Facebook for more."])
    comments = _pick(article, "cm", ["136", "2.1k", "48"])
    more_label = _pick(article, "ml", ["READ MORE", "MORE ON THIS STORY", "READ NEXT"])
    body = (
        '<body class="article-page"><header class="header"><div class="header__top"><a class="logo" href="/">The '
        'Daily Clarion</a><a class="header__signin" href="/account">Sign in</a></div><nav class="nav nav--primary">'
        '<a href="/news">News</a><a href="/sport">Sport</a><a href="/tvandshowbiz">TV &amp; Showbiz</a><a '
        'href="/money">Money</a><a href="/travel">Travel</a><a href="/puzzles">Puzzles</a></nav><nav class="nav '
        'nav--secondary"><a href="/news/uk">UK News</a><a href="/news/world">World News</a><a href="/news/politics">'
        'Politics</a></nav></header><main class="main"><article class="article" itemscope '
        'itemtype="https://schema.org/NewsArticle"><div class="article__kicker">COUNCIL ROW</div>'
        f'<h1 class="article__headline">{escape(article.headline)}</h1><div class="article__meta"><div '
        f'class="article__author">{escape(article.byline)}</div><div class="article__timestamp"><time>Published: '
        '12:00, 5 Dec 2026</time><time>Updated: 13:01, 5 Dec 2026</time></div></div><div class="article__share">'
        '<a class="share share--fb" href="#">Share</a><a class="share share--x" href="#">Post</a><a class="share '
        f'share--wa" href="#">Send</a><a class="comments-count" href="#comments">{comments}</a></div>'
        '<div class="article__content">' + _ps(a[:1]) +
        f'<p class="article__readmore"><strong>{more_label}</strong> <a href="/n/1">{escape(TAB_LINKS[0])}</a></p>' +
        _ps(a[1:]) +
        '<div class="video-container" data-autoplay="true"><div class="video__title">Watch: More from the newsroom'
        '</div><div class="video__player" role="region" aria-label="Video Player"><button>Play Video</button>'
        '<span>Loaded: 0%</span><span>Duration 1:42</span></div></div>' + _ps(b) +
        f'<p class="article__readmore"><strong>DON\'T MISS</strong> <a href="/n/2">{escape(TAB_LINKS[1])}</a>'
        f' [INSIGHT] <a href="/n/3">{escape(TAB_LINKS[2])}</a> [LATEST]</p>' + _ps(c) +
        f'<p class="article__follow"><em>{escape(follow)}</em></p><div class="article__tip"><p>{escape(pay)}</p>'
        '</div></div><div class="article__topics"><span>Topics</span><a href="/t/1">Council</a><a href="/t/2">'
        f'Politics</a><a href="/t/3">UK News</a></div></article><section id="comments" class="comments">'
        f'<h2>Comments ({comments})</h2><button>View comments</button></section><aside class="sidebar">'
        '<h3>MOST READ IN NEWS</h3><ol>' + "".join(f'<li><a href="/m/{n}">{escape(t)}</a></li>'
                                                  for n, t in enumerate(TAB_MOST_READ)) +
        f'</ol><div class="promo"><a href="/n/4">{escape(TAB_LINKS[3])}</a></div></aside></main><footer class="footer">'
        '<p>The Daily Clarion, part of Clarion Media Group. \u00a9 2026 Clarion Media Ltd. All rights reserved.</p><ul>'
        '<li><a href="/terms">Terms and conditions</a></li><li><a href="/privacy">Privacy notice</a></li><li><a '
        'href="/cookies">Cookie settings</a></li><li><a href="/contact">Contact us</a></li><li><a href="/ipso">IPSO '
        'regulated</a></li></ul></footer></body>')
    furniture = ["The Daily Clarion", "Sign in", "News Sport TV & Showbiz Money Travel Puzzles",
                 "UK News World News Politics", "COUNCIL ROW", "Share Post Send", comments,
                 f"{more_label} {TAB_LINKS[0]}", "Watch: More from the newsroom", "Play Video", "Loaded: 0%",
                 "Duration 1:42", f"DON'T MISS {TAB_LINKS[1]} [INSIGHT] {TAB_LINKS[2]} [LATEST]", follow, pay,
                 "Topics", "Council", f"Comments ({comments})", "View comments", "MOST READ IN NEWS", *TAB_MOST_READ,
                 TAB_LINKS[3], "The Daily Clarion, part of Clarion Media Group. \u00a9 2026 Clarion Media Ltd. All "
                 "rights reserved.", "Terms and conditions Privacy notice Cookie settings Contact us IPSO regulated"]
    return _head(f"{escape(article.headline)} | UK | News | Daily Clarion", "The Daily Clarion", article, "News") + \
        body + "</html>", furniture


# ------------------------------------------------------------------------------------------- a policy institute

def institute(article: Article) -> tuple[str, list[str]]:
    """A policy institute's commentary page."""
    a, b = _split(article.paragraphs, 2)
    kind = _pick(article, "kd", ["Commentary", "Analysis", "Op-Ed"])
    appeal = _pick(article, "ap", [
        "Our research is independent and nonpartisan. Support our work with a tax-deductible gift.",
        "The Meridian Institute relies on the generosity of readers like you. Donate today.",
        "Independent analysis costs money. Help us keep it free for everyone."])
    media = _pick(article, "md", ["Media inquiries: press@meridian.example | +1 202 555 0190",
                                  "For media requests, contact our communications team at media@meridian.example.",
                                  "Journalists: to speak with an expert, email press@meridian.example."])
    cite = _pick(article, "ct", ["Cite this", "Citation", "How to cite"])
    topics = ["Governance", "Economic Policy", "Elections"]
    body = (
        '<body class="node--type-commentary"><div class="utility-bar"><a href="/donate">Donate</a><a href="/newsletters">'
        'Newsletters</a><a href="/events">Events</a></div><header class="site-header"><a class="site-header__logo" '
        'href="/">The Meridian Institute</a><nav class="main-menu"><ul><li><a href="/research">Research</a></li><li>'
        '<a href="/experts">Experts</a></li><li><a href="/topics">Topics</a></li><li><a href="/about">About</a></li>'
        '</ul></nav></header><main role="main"><article class="commentary"><div class="commentary__eyebrow">'
        f'<span class="content-type">{kind}</span><ul class="topic-list">' +
        "".join(f'<li><a href="/topics/{n}">{t}</a></li>' for n, t in enumerate(topics)) + '</ul></div>'
        f'<h1 class="page-title">{escape(article.headline)}</h1><div class="commentary__byline">'
        f'<span>{escape(article.byline)}</span><span class="date">December 5, 2026</span></div>'
        '<div class="commentary__tools"><a class="download" href="/pdf">Download PDF</a><button class="cite">' + cite +
        '</button><button class="share">Share</button></div><div class="commentary__body field--name-body">' + _ps(a) +
        '<div class="donate-inline"><p>' + escape(appeal) + '</p><a href="/donate">Give now</a></div>' + _ps(b) +
        '<div class="media-contact"><p>' + escape(media) + '</p></div></div><section class="related-experts">'
        '<h2>Related Experts</h2><div class="expert-card"><a href="/experts/1">Dana Whitcombe</a><span>Senior Fellow, '
        'Governance Studies</span></div><div class="expert-card"><a href="/experts/2">Luis Ortega</a><span>Director, '
        'Economic Policy Program</span></div></section></article><section class="related-content"><h2>Related Content'
        '</h2><div class="card"><span class="card__type">Report</span><a href="/r/1">Rebuilding trust in public '
        'institutions</a></div><div class="card"><span class="card__type">Podcast</span><a href="/r/2">The budget '
        'fights ahead</a></div></section><section class="newsletter-signup"><h2>Stay informed</h2><p>Get our weekly '
        'briefing on the ideas shaping policy.</p><form><input type="email" placeholder="Email address"><button>Sign '
        'up</button></form></section></main><footer class="site-footer"><p>The Meridian Institute is a nonprofit, '
        'nonpartisan research organization.</p><p>1775 Example Avenue NW, Washington, DC 20036</p><ul><li><a '
        'href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul><p>\u00a9 2026 The '
        'Meridian Institute</p></footer></body>')
    furniture = ["Donate Newsletters Events", "The Meridian Institute", "Research Experts Topics About", kind, *topics,
                 "Download PDF", cite, "Share", appeal, "Give now", media, "Related Experts", "Dana Whitcombe",
                 "Senior Fellow, Governance Studies", "Luis Ortega", "Director, Economic Policy Program",
                 "Related Content", "Report", "Rebuilding trust in public institutions", "Podcast",
                 "The budget fights ahead", "Stay informed", "Get our weekly briefing on the ideas shaping policy.",
                 "Sign up", "The Meridian Institute is a nonprofit, nonpartisan research organization.",
                 "1775 Example Avenue NW, Washington, DC 20036", "Privacy Policy Terms of Use",
                 "\u00a9 2026 The Meridian Institute"]
    return _head(f"{escape(article.headline)} | The Meridian Institute", "The Meridian Institute", article,
                 "Commentary") + body + "</html>", furniture


K2_LAYOUTS: dict[str, Layout] = {"local-paper": local_paper, "gov-press": gov_press, "tabloid": tabloid,
                                 "institute": institute}
