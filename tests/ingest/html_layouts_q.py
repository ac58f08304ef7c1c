"""Web set Q (session 29, written and committed before any reader ran on it): twelve page kinds whose furniture is
*closing furniture written as sentences* — lines set as plain paragraphs inside the article's own container, after
the last paragraph of the story or between its paragraphs, which an extractor keeps because they look like prose.
Session 29's failure breakdown (bench_ingest_fidelity.py --kinds) found that held sets K and K2 fail only by listed
furniture shown, nearly all of it after the body and most of it sentence-shaped; no earlier web set is built around
that form. Five articles written for it (tests/ingest/articles_q.py). Furniture wording differs from article to
article (picked by a CRC-32 of the headline, as in html_layouts_o.py).

- "press-office": a government press office's release: "###", a media contact line with a phone number, an "About
  the department" boilerplate paragraph, "Sign up for email updates from the press office." and the agency's
  social links.
- "tv-station": a local TV station's web story: a news tip line ("Have a news tip? Email …"), an app promo
  ("Download the … app …"), a streaming promo, the station's rights line.
- "wire-portal": a portal's copy of a wire story: the wire's rights sentence ("… may not be published, broadcast,
  rewritten or redistributed …"), a newsletter sentence, "Recommended" cards.
- "tabloid": a tabloid's story: "Do you have a story for us? …", "We pay for your videos …", a comments notice,
  a follow sentence.
- "think-tank": a policy institute's commentary: a views disclaimer ("The views expressed … do not necessarily
  reflect …"), a donate sentence, a "Cite this" line, "Topics" and its labels.
- "local-paper": a local newspaper: a letters policy, a subscription sentence with a price, "Report an error", an
  obituaries and notices promo.
- "print-note": a magazine's web copy with the print note ("This article appears in the … print edition with the
  headline …"), a newsletter sign-up line and the issue's table of contents link.
- "public-radio": a public broadcaster's story: a listen line ("Listen to the full interview …"), a membership
  appeal sentence, "Related episodes".
- "republish": a nonprofit newsroom's republishing box ("Republish this article", its licence sentence, "Copy to
  clipboard") and a donation sentence, inside the article after the story.
- "error-report": a foreign outlet's English edition: "If you find an error in the text, select it and press
  Ctrl+Enter.", a Telegram channel sentence, "Add to bookmarks", reactions.
- "comments-closed": a regional daily's story: "Comments are closed for this article.", a community guidelines
  sentence, "Share this article with a friend", a gift link sentence.
- "inline-promos": promos written as sentences between the story's paragraphs ("Sign up for our daily briefing
  to get stories like this in your inbox.", "Story continues below.", "Want more local news? …").

Kept aside by a rule fixed before any page was built (CRC-32 of "s29-web:" + name): a layout whose value mod 4 is 0
(press-office, think-tank, republish, error-report) is kept aside whole; an article whose value (of its headline)
mod 3 is 0 (the clinic) is kept aside in every layout. benchmarks/bench_ingest_fidelity.py --dev-web-q (tuned: 4
articles in 8 layouts, 32 pages) and --dev-web-q-aside (28 pages, aggregate only).
Each layout returns (html, furniture, notes); notes are lines that may show or hide (a stamp with a year)."""
from __future__ import annotations

import zlib
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.articles_q import ARTICLES
from tests.ingest.html_layouts_n import _p, _slots
from tests.ingest.html_layouts_o import _list, _n, _page, pick

OTHER = ["Council confirms date for the spring budget vote", "Night buses return to the northern routes",
         "Hospital car park fees to be scrapped for carers", "The market town that rebuilt its high street",
         "Flood defences tested as river rises", "Schools told to plan for a longer summer term"]


def _body(article: Article) -> str:
    return "".join(_p(p) for p in article.paragraphs)


def press_office(article: Article) -> tuple[str, list[str], list[str]]:
    dept = pick(article, ["Department for Communities", "Ministry of Public Works", "Office of the Regional Governor"],
                "po-dept")
    about = pick(article, [
        f"About the {dept}: The {dept} works to make every place a good place to live, supporting local "
        "government, housing and public services across the region.",
        f"The {dept} is responsible for the planning, delivery and upkeep of public services, and reports to the "
        "regional assembly each quarter.",
        f"Notes to editors: The {dept} was established in 2011 and employs around 2,300 staff in four offices."],
                  "po-about")
    contact = pick(article, ["Media contact: Press Office, 0300 555 0142, press@region.example.gov",
                             "For more information, contact the press office on 0300 555 0199.",
                             "Media enquiries: newsdesk@region.example.gov | 0300 555 0177"], "po-contact")
    updates = pick(article, ["Sign up for email updates from the press office.",
                             "Get the latest news releases by email: subscribe to our alerts.",
                             "Receive our news releases by email as soon as they are published."], "po-upd")
    page = (f'<header class="govuk-header"><a href="/">{escape(dept)}</a><nav><a href="/news">News</a>'
            '<a href="/services">Services</a><a href="/contact">Contact us</a></nav></header>'
            '<main class="govuk-main-wrapper"><div class="press-release"><p class="release-type">News release</p>'
            f'<h1>{escape(article.headline)}</h1><p class="release-date">Published 4 December 2026</p>'
            f'<div class="release-body">{_body(article)}<p>###</p><p>{escape(contact)}</p>'
            f'<p>{escape(about)}</p><p>{escape(updates)}</p></div></div></main>'
            '<footer><p>Follow us: X · Facebook · LinkedIn · YouTube</p><p>© Crown copyright</p></footer>')
    furniture = [dept, "NewsServicesContact us", "News release", "###", contact, about, updates,
                 "Follow us: X · Facebook · LinkedIn · YouTube", "© Crown copyright"]
    return _page(article, f"{article.headline} - GOV", page), furniture, ["Published 4 December 2026"]


def tv_station(article: Article) -> tuple[str, list[str], list[str]]:
    station = pick(article, ["KVLY 11", "WTRN News 4", "Channel 9 Eyewitness News"], "tv-st")
    tip = pick(article, [f"Have a news tip? Email tips@{station.split()[0].lower()}.example.com or call 555-0140.",
                         f"See something newsworthy? Send your tips, photos and videos to the {station} newsroom.",
                         "Got a story idea? Let our newsroom know by emailing newsdesk@station.example.com."],
               "tv-tip")
    app = pick(article, [f"Download the free {station} app to get breaking news alerts on your phone.",
                         f"Stay informed on the go: download the {station} news app for iOS and Android.",
                         "Get alerts for stories like this one with our free mobile app."], "tv-app")
    stream = pick(article, [f"Watch {station} newscasts live, free, on your smart TV.",
                            f"Stream {station} News 24/7 on Roku, Fire TV and Apple TV.",
                            "Our newscasts are streaming live every weekday at 5, 6 and 11."], "tv-stream")
    rights = f"Copyright 2026 {station}. All rights reserved."
    page = (f'<header><a class="logo" href="/">{escape(station)}</a><nav><a href="/news">News</a>'
            '<a href="/weather">Weather</a><a href="/live">Watch Live</a></nav></header><main><div class="story">'
            f'<h1 class="headline">{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}'
            f'</div><div class="story-body">{_body(article)}<p><em>{escape(tip)}</em></p><p>{escape(app)}</p>'
            f'<p>{escape(stream)}</p><p>{escape(rights)}</p></div></div></main>'
            '<footer><a href="/eeo">EEO Report</a> <a href="/fcc">FCC Public File</a></footer>')
    furniture = [station, "NewsWeatherWatch Live", tip, app, stream, rights, "EEO Report", "FCC Public File"]
    return _page(article, f"{article.headline} | {station}", page), furniture, []


def wire_portal(article: Article) -> tuple[str, list[str], list[str]]:
    wire = pick(article, ["The Associated Press", "Press Association", "United Wire Service"], "wp-wire")
    rights = pick(article, [
        f"Copyright 2026 {wire}. All rights reserved. This material may not be published, broadcast, rewritten or "
        "redistributed without permission.",
        f"© 2026 {wire}. All rights reserved. This material may not be published, broadcast, rewritten or "
        "redistributed.",
        f"All content © 2026 {wire}; may not be reproduced, distributed or transmitted without written consent."],
                    "wp-rights")
    letter = pick(article, ["Sign up for our morning newsletter to get the day's top stories before breakfast.",
                            "Get the biggest stories of the day delivered to your inbox every morning.",
                            "Never miss a story: our free newsletter brings the headlines to you each day."], "wp-nl")
    recs = OTHER[_n(article, "wp-r", 0, 3):][:3]
    page = ('<div id="portal"><header><a href="/">Portal</a><form><input placeholder="Search the web"></form>'
            '<a href="/mail">Mail</a></header><main><article class="caas-body-wrapper">'
            f'<h1>{escape(article.headline)}</h1><div class="caas-attr">{escape(article.byline)}, {escape(wire)}'
            f'</div><div class="caas-body">{_body(article)}<p>{escape(rights)}</p><p>{escape(letter)}</p></div>'
            f'</article><aside><h3>Recommended</h3>{_list(recs)}</aside></main></div>')
    furniture = ["Portal", "Mail", rights, letter, "Recommended", *recs]
    return _page(article, article.headline, page), furniture, []


def tabloid(article: Article) -> tuple[str, list[str], list[str]]:
    paper = pick(article, ["The Daily Beacon", "Morning Star Online", "The Evening Shout"], "tb-paper")
    story = pick(article, ["Do you have a story for us? Email news@beacon.example or call 0207 555 0100.",
                           "Got a story? Get in touch with our newsdesk by emailing tips@shout.example.",
                           "Contact our news team by emailing us at webnews@star.example."], "tb-story")
    pay = pick(article, ["We pay for your stories and videos! Do you have a story for our team? Email us now.",
                         "We pay for videos. If you have footage of a news event, send it to us today.",
                         "Send us your pictures and videos and we could pay you for them."], "tb-pay")
    comments = pick(article, ["Comments below have been moderated in advance.",
                              "The views expressed in the contents above are those of our users and do not "
                              "necessarily reflect the views of this site.",
                              "Comments are subject to our community guidelines, which can be viewed here."],
                    "tb-com")
    follow = pick(article, [f"Follow {paper} on Facebook and Instagram for the latest news.",
                            "For the latest news and breaking news visit our homepage.",
                            f"Like {paper} on Facebook to see more stories like this."], "tb-fol")
    page = (f'<div class="masthead"><a href="/">{escape(paper)}</a></div><nav><a href="/news">News</a>'
            '<a href="/showbiz">Showbiz</a><a href="/sport">Sport</a></nav><div class="article-body">'
            f'<h1>{escape(article.headline)}</h1><p class="author">{escape(article.byline)}</p>'
            f'<div itemprop="articleBody">{_body(article)}<p><strong>{escape(story)}</strong></p>'
            f'<p>{escape(pay)}</p><p>{escape(follow)}</p></div><div class="comments-head"><h3>Comments</h3>'
            f'<p>{escape(comments)}</p></div></div>')
    furniture = [paper, "NewsShowbizSport", story, pay, follow, "Comments", comments]
    return _page(article, f"{article.headline} | {paper}", page), furniture, []


def think_tank(article: Article) -> tuple[str, list[str], list[str]]:
    inst = pick(article, ["Centre for Public Policy", "Institute for Fiscal Studies of the North", "Civic Futures"],
                "tt-inst")
    views = pick(article, [
        f"The views expressed in this commentary are those of the author and do not necessarily reflect those of "
        f"the {inst}.",
        f"The {inst} takes no institutional positions; the views here are the author's alone.",
        "Opinions expressed are solely the author's own and do not represent the views of our funders or trustees."],
                 "tt-views")
    give = pick(article, [f"Support independent research: make a donation to the {inst} today.",
                          "Our work is funded by readers like you. Please consider a gift.",
                          f"Help the {inst} keep its research free for everyone by becoming a supporter."],
                "tt-give")
    cite = f"Cite this: {article.byline.removeprefix('By ')}, “{article.headline}”, {inst}, December 2026."
    topics = pick(article, ["Local government", "Public services", "Regional economy"], "tt-topic")
    page = (f'<header><a href="/">{escape(inst)}</a><nav><a href="/research">Research</a><a href="/events">Events'
            '</a><a href="/about">About</a></nav></header><main><article class="commentary"><p class="type">'
            f'Commentary</p><h1>{escape(article.headline)}</h1><p class="authors">{escape(article.byline)}</p>'
            f'<div class="entry">{_body(article)}<p><em>{escape(views)}</em></p><p>{escape(give)}</p></div>'
            f'<div class="cite"><p>{escape(cite)}</p></div><div class="topics"><h4>Topics</h4><a href="/t">'
            f'{escape(topics)}</a></div></article></main>')
    furniture = [inst, "ResearchEventsAbout", "Commentary", views, give, cite, "Topics", topics]
    return _page(article, f"{article.headline} | {inst}", page), furniture, []


def local_paper(article: Article) -> tuple[str, list[str], list[str]]:
    paper = pick(article, ["The Valley Gazette", "Northfield Echo", "Harbour Town Herald"], "lp-paper")
    letters = pick(article, [
        f"Letters to the editor should be no more than 250 words and include your name and town. Email "
        f"letters@{paper.split()[-1].lower()}.example.",
        "Have your say: send us a letter of no more than 300 words, with your full name and address.",
        "We welcome letters from readers. Please keep them under 250 words; we may edit for length."], "lp-let")
    sub = pick(article, [f"Subscribe to {paper} for unlimited digital access for just £1 a week.",
                         "Support local journalism: subscribe today from 99p for your first month.",
                         f"Become a subscriber and get every edition of {paper}, in print and online."], "lp-sub")
    notices = pick(article, ["Place an announcement or obituary in our family notices.",
                             "Browse and place family notices, obituaries and tributes.",
                             "Looking for an obituary? Search our family notices."], "lp-not")
    page = (f'<div class="top"><a href="/">{escape(paper)}</a></div><nav><a href="/news">News</a><a href="/sport">'
            'Sport</a><a href="/notices">Notices</a></nav><div class="content"><h1>' + escape(article.headline)
            + f'</h1><span class="author">{escape(article.byline)}</span><div class="article-content">'
            f'{_body(article)}<p>{escape(sub)}</p><hr><p><em>{escape(letters)}</em></p><p><a href="/report">'
            f'Report an error</a></p></div><div class="promo"><p>{escape(notices)}</p></div></div>')
    furniture = [paper, "NewsSportNotices", sub, letters, "Report an error", notices]
    return _page(article, f"{article.headline} | {paper}", page), furniture, []


def print_note(article: Article) -> tuple[str, list[str], list[str]]:
    mag = pick(article, ["The Northern Review", "Civic Quarterly", "The Weekly Standard-Bearer"], "pn-mag")
    month = pick(article, ["January 2027", "Winter 2026", "December 2026"], "pn-month")
    note = pick(article, [
        f"This article appears in the {month} print edition of {mag} with the headline “{article.headline[:40]}…”.",
        f"A version of this article appeared in print in the {month} issue.",
        f"This story is from the {month} issue of {mag}."], "pn-note")
    letter = pick(article, ["Sign up for our weekly newsletter", "Get the best of the magazine in your inbox",
                            "Sign up for The Briefing, our free weekly email"], "pn-nl")
    issue = f"More from the {month} issue"
    page = (f'<header><a href="/">{escape(mag)}</a><a href="/subscribe">Subscribe</a></header><main><article>'
            f'<h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>'
            f'<section class="article-body">{_body(article)}<p class="print-note"><em>{escape(note)}</em></p>'
            f'</section><section class="newsletter"><p>{escape(letter)}</p><form><input type="email">'
            f'<button>Sign up</button></form></section><a href="/issue">{escape(issue)}</a></article></main>')
    furniture = [mag, "Subscribe", note, letter, "Sign up", issue]
    return _page(article, f"{article.headline} | {mag}", page), furniture, []


def public_radio(article: Article) -> tuple[str, list[str], list[str]]:
    station = pick(article, ["Valley Public Radio", "WRCE Public Media", "Coast Community Radio"], "pr-st")
    listen = pick(article, [
        "Listen to the full interview on The Morning Programme, available wherever you get your podcasts.",
        f"Hear more on this story on {station}'s daily news podcast.",
        "This story was featured on our afternoon news programme; listen to the segment above."], "pr-listen")
    member = pick(article, [f"{station} is member-supported. Become a member today to keep local news free.",
                            "Reliable local news is only possible with your support. Give now.",
                            f"Your gift powers independent journalism at {station}. Donate today."], "pr-mem")
    eps = OTHER[_n(article, "pr-ep", 1, 3):][:2]
    page = (f'<header><a href="/">{escape(station)}</a><button>Listen Live</button><a href="/donate">Donate</a>'
            f'</header><main><article><h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}'
            f'</p><div class="audio-module"><button>Listen</button><span>4:21</span></div>'
            f'<div class="storytext">{_body(article)}<p>{escape(listen)}</p><p>{escape(member)}</p></div>'
            f'<div class="related"><h3>Related episodes</h3>{_list(eps)}</div></article></main>')
    furniture = [station, "Listen Live", "Donate", "Listen", "4:21", listen, member, "Related episodes", *eps]
    return _page(article, f"{article.headline} | {station}", page), furniture, []


def republish(article: Article) -> tuple[str, list[str], list[str]]:
    room = pick(article, ["The Civic Record", "Open Counties News", "The Public Ledger"], "rp-room")
    licence = pick(article, [
        "Our articles may be republished online or in print under a Creative Commons licence, provided you credit "
        "the author and link back to our site.",
        "You are free to republish this story under the CC BY-ND 4.0 licence, as long as you do not edit it.",
        "We want our journalism to reach as many people as possible, so you may republish it for free."],
                      "rp-lic")
    give = pick(article, [f"{room} is a nonprofit newsroom. Donations from readers fund our reporting.",
                          "Nonprofit journalism depends on you. Make a tax-deductible gift today.",
                          f"Like this story? Support {room} with a monthly donation."], "rp-give")
    page = (f'<header><a href="/">{escape(room)}</a><a href="/donate">Donate</a></header><main><article>'
            f'<h1 class="entry-title">{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}'
            f'</div><div class="entry-content">{_body(article)}<p>{escape(give)}</p>'
            f'<div class="republish-box"><h4>Republish this article</h4><p>{escape(licence)}</p>'
            '<button>Copy to clipboard</button></div></div></article></main>')
    furniture = [room, "Donate", give, "Republish this article", licence, "Copy to clipboard"]
    return _page(article, f"{article.headline} – {room}", page), furniture, []


def error_report(article: Article) -> tuple[str, list[str], list[str]]:
    outlet = pick(article, ["Eastern Wire English", "Baltic Herald English edition", "Steppe News English"],
                  "er-out")
    error = pick(article, ["If you find an error in the text, select it and press Ctrl+Enter.",
                           "Found a typo? Highlight the text and press Ctrl+Enter to let us know.",
                           "Noticed a mistake? Select it with the mouse and press Ctrl+Enter."], "er-err")
    channel = pick(article, [f"Subscribe to the {outlet} channel on Telegram to stay up to date.",
                             "Read our news first on Telegram: subscribe to our channel.",
                             f"Follow {outlet} on Telegram for the latest updates."], "er-tg")
    page = (f'<header><a href="/">{escape(outlet)}</a><div class="lang"><a href="/ru">RU</a> <a href="/en">EN</a>'
            f'</div></header><main><div class="article"><h1>{escape(article.headline)}</h1><div class="meta">'
            f'{escape(article.byline)}</div><div class="article__text">{_body(article)}<p>{escape(channel)}</p>'
            f'</div><div class="article__footer"><p class="error-hint">{escape(error)}</p><button>Add to bookmarks'
            '</button><div class="reactions"><span>👍 12</span><span>👎 3</span></div></div></div></main>')
    furniture = [outlet, "RU EN", channel, error, "Add to bookmarks", "👍 12", "👎 3"]
    return _page(article, f"{article.headline} - {outlet}", page), furniture, []


def comments_closed(article: Article) -> tuple[str, list[str], list[str]]:
    paper = pick(article, ["The Midland Courier", "Western Daily Press Online", "The County Times"], "cc-paper")
    closed = pick(article, ["Comments are closed for this article.", "Commenting has been disabled on this story.",
                            "This article is closed for comments."], "cc-closed")
    rules = pick(article, ["Please read our community guidelines before joining the conversation.",
                           "Our comment rules: be civil, stay on topic and do not share personal details.",
                           "We moderate comments to keep the conversation respectful."], "cc-rules")
    gift = pick(article, ["Share this article with a friend: subscribers can gift up to ten articles a month.",
                          "Know someone who would like this? Send them a free gift link.",
                          "Gift this article to anyone, even if they are not a subscriber."], "cc-gift")
    page = (f'<header><a href="/">{escape(paper)}</a><nav><a href="/local">Local</a><a href="/business">Business</a>'
            f'</nav></header><main><article><h1>{escape(article.headline)}</h1><p class="byline">'
            f'{escape(article.byline)}</p><div class="body-copy">{_body(article)}<p>{escape(gift)}</p></div>'
            f'<section class="comments"><p>{escape(closed)}</p><p>{escape(rules)}</p></section></article></main>')
    furniture = [paper, "LocalBusiness", gift, closed, rules]
    return _page(article, f"{article.headline} | {paper}", page), furniture, []


def inline_promos(article: Article) -> tuple[str, list[str], list[str]]:
    brief = pick(article, ["Sign up for our daily briefing to get stories like this in your inbox.",
                           "Get our morning newsletter: the day's news, explained, in five minutes.",
                           "Want stories like this delivered? Sign up for our free daily email."], "ip-brief")
    below = pick(article, ["Story continues below.", "Article continues below advertisement.",
                           "The story continues after this message."], "ip-below")
    more = pick(article, ["Want more local news? Download our free app for alerts as they happen.",
                          "For more local coverage, follow us on Facebook and X.",
                          "More local news: visit our homepage for the latest updates."], "ip-more")
    items = [_p(brief), _p(below, "continues"), _p(more)]
    page = ('<header><a href="/">The Metro Standard</a></header><main><article><h1>' + escape(article.headline)
            + f'</h1><p class="byline">{escape(article.byline)}</p><div class="article-body">'
            + _slots(article, items, lambda text: _p(text)) + '</div></article></main>')
    furniture = ["The Metro Standard", brief, below, more]
    return _page(article, article.headline, page), furniture, []


Layout = Callable[[Article], tuple[str, list[str], list[str]]]
ALL_LAYOUTS: dict[str, Layout] = {
    "press-office": press_office, "tv-station": tv_station, "wire-portal": wire_portal, "tabloid": tabloid,
    "think-tank": think_tank, "local-paper": local_paper, "print-note": print_note, "public-radio": public_radio,
    "republish": republish, "error-report": error_report, "comments-closed": comments_closed,
    "inline-promos": inline_promos}


def aside(key: str, mod: int) -> bool:
    """The fixed rule (decided before any page was built): CRC-32 of "s29-web:" + key, mod `mod`, is 0."""
    return zlib.crc32(f"s29-web:{key}".encode()) % mod == 0


Q_LAYOUTS = {n: f for n, f in ALL_LAYOUTS.items() if not aside(n, 4)}
Q_HELD_LAYOUTS = {n: f for n, f in ALL_LAYOUTS.items() if aside(n, 4)}
Q_TUNED_ARTICLES = [a for a in ARTICLES if not aside(a.headline, 3)]
Q_ASIDE_ARTICLES = [a for a in ARTICLES if aside(a.headline, 3)]
