"""Dev set O (written in session 16, committed before any reader ran on it and before any reader change was tuned
with it in view): site kinds no earlier dev set has, from what such sites print (no held report was read), each with
its furniture in several wordings that vary from article to article (the wording is picked by a CRC-32 of the
headline, so the same layout carries different strings on different pages):

Tuned on (O_LAYOUTS):
- "wp-news": a WordPress news theme whose widgets sit INSIDE <article>: a "Most read" list and a "Trending now" widget
  between paragraphs, Jetpack's "Share this:" / "Like this:" rows, "Related" posts, an author box, and the comment
  section ("N thoughts on …", commenters' names and stamps, comment texts, "Reply", "Leave a Reply").
- "liveblog": a live blog: each paragraph an entry with its own time stamp ("10:42 GMT", "11.05am EST"), "Share" and
  "Copy link" under entries, a "Key events" list over the feed, "Show key events only", a pinned label, "Updated …".
- "wire": a wire service's story page (AP/Reuters-like): dateline line, "Reporting by … Editing by …", "Our Standards:
  …", an in-body newsletter promo ending "Sign up here.", "Acquire Licensing Rights", "Suggested Topics:", an AP-like
  copyright line ("… may not be published, broadcast, rewritten or redistributed").
- "govuk": a government press release (gov.uk-like): "From:" with the department, "Published 3 May 2026", a "Contents"
  list of the page's own headings, "Share this page", "Print this page", "Is this page useful?" form, "Updates to
  this page", "Explore the topic", "Last updated …".
- "ru-wire": a Russian agency/portal page (RIA/TASS/Meduza-like) carrying an English column: "МОСКВА, 5 дек – РИА
  Новости." as its own line, "Читайте также" cards, "Самое читаемое", a donation prompt, "Ошибка в тексте? …",
  "Поделиться", "Добавьте в закладки", "Лента новостей".
- "ko-naver": a Korean portal's news view (Naver-like) carrying an English column: "기사입력 …", "기사원문", reaction
  row ("좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요" with counts), "구독" with a subscriber count,
  "본문 요약봇", "글자 크기 변경", the reporter's line with e-mail, "ⓒ … 무단 전재-재배포, AI 학습 및 활용 금지", the
  section notice ("이 기사는 언론사에서 … 섹션으로 분류했습니다."), "많이 본 뉴스", "댓글".
- "blog-platform": a Medium/Substack-like post: "Member-only story", "Follow", "Listen", "Share", clap and response
  counts, "Thanks for reading …! Subscribe for free …", "Type your email…", "Like", "Comment", "Restack",
  "Discussion about this post", "Written by …", "More from …".
- "amp-consent": an AMP page with a consent banner (<amp-consent>: "We value your privacy …", "Accept all",
  "Manage preferences"), a paywall prompt inside the body ("You have 2 free articles left this month. Subscribe"),
  <amp-ad> labels, a print-view link row ("Print", "Email", "Text size").

Kept aside (O_HELD_LAYOUTS, whole layouts):
- "statedept": a US government press statement (state.gov-like): "Press Statement", the spokesperson's line, the date
  line, "Share", "Tags", "Related Articles", "Back to Top", "An official website of the United States government".
- "legacy-table": a legacy table-based page with no semantic tags (<table>, <font>, <td class="text">): a left menu
  column, "Printer-friendly version", "E-mail this story", "Top of page", "Most Popular" in a side cell, a counter.
- "chosun-like": a Korean daily's own site (Chosun/Yonhap-like) carrying an English column: "입력 … 업데이트 …",
  "가 가 가 가 가" font size row, "공유하기", "많이 본 뉴스", "[Copyright] … 무단전재 및 재배포 금지", "▶ … 구독",
  "기자 프로필", "이 기사를 추천합니다" with counts, "댓글 N".

Articles (as set N: the rule written before any page was built): set F's editorial positions 13-18 of each outlet, the
only positions that no held set, kept-aside part or held layout carries; 13-15 tuned on in O_LAYOUTS (72 pages),
16-18 kept aside in every layout and 13-15 in O_HELD_LAYOUTS kept aside too (126 pages)
(benchmarks/bench_ingest_fidelity.py --dev-web-o, and --dev-web-o-aside: aggregate only).

Each layout returns (html, furniture, notes): `notes` are lines that may stay visible as paragraphs of their own or be
hidden: a wire's "X contributed to this report" (the article's own credit by some readings, furniture by others) and a
dateline set as a line of its own ("WASHINGTON (AP) —", "МОСКВА, 5 дек — РИА Новости."), and a stamp with a year (the
story's date by the convention of docs/architecture.md: "Last updated 6 December 2026", "입력 2026.12.05.")."""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts_n import _p, _slots

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
OTHER = ["Rail union sets date for second walkout", "Why the harbour tunnel is late again",
         "Five charts that explain the housing squeeze", "Court hears challenge to new voting maps",
         "Drought forces water limits in three counties", "Teachers vote on pay offer"]


def pick(article: Article, options: list[str], salt: str) -> str:
    """One wording of a piece of furniture for this article (by a CRC-32 of the headline and a salt)."""
    return options[zlib.crc32(f"{salt}:{article.headline}".encode()) % len(options)]


def _n(article: Article, salt: str, low: int, high: int) -> int:
    return low + zlib.crc32(f"{salt}#{article.headline}".encode()) % (high - low + 1)


def _page(article: Article, title: str, body: str, lang: str = "en", head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>{head}'
            f'</head><body>{body}</body></html>')


def _list(items: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>" + "".join(f'<li><a href="/story/{k}">{escape(t)}</a></li>' for k, t in enumerate(items)) + "</ul>"


def wp_news(article: Article) -> tuple[str, list[str], list[str]]:
    most = pick(article, ["Most Read", "Most Popular", "Popular Now"], "wp-most")
    trend = pick(article, ["Trending Now", "Trending", "What people are reading"], "wp-trend")
    share = pick(article, ["Share this:", "Share this story:", "Spread the word:"], "wp-share")
    like = pick(article, ["Like this:", "Like Loading...", "Like this post:"], "wp-like")
    related = pick(article, ["Related", "Related Posts", "You may also like"], "wp-rel")
    n_comments = _n(article, "wp-c", 3, 41)
    thoughts = pick(article, [f"{n_comments} thoughts on “{article.headline}”",
                              f"{n_comments} Comments", f"{n_comments} responses to “{article.headline}”"], "wp-th")
    commenter = pick(article, ["Gary M.", "concerned_citizen", "Linda Okafor"], "wp-who")
    stamp = pick(article, ["December 5, 2026 at 9:14 am", "Dec 5, 2026 @ 21:03", "December 5, 2026 at 3:47 pm"], "wp-st")
    comment = pick(article, ["Finally someone says it. The council has ignored this for years and we all pay the price.",
                             "I disagree with most of this, but the point about the budget is fair enough.",
                             "Well said. Sharing this with my neighbours."], "wp-ct")
    author = pick(article, ["The Editorial Board is the opinion voice of the Coastline Gazette, independent of the "
                            "newsroom.", "Our editorial board meets weekly to decide the paper's positions; news "
                            "reporters take no part."], "wp-bio")
    side = _list(OTHER[:3], "widget-list")
    items = [
        f'<aside class="widget widget_top-posts"><h3 class="widget-title">{most}</h3>{side}</aside>',
        f'<div class="widget trending"><h4>{trend}</h4>{_list(OTHER[3:5])}</div>',
    ]
    body = ('<div id="page"><header class="site-header"><div class="site-branding"><p class="site-title">'
            '<a href="/">Coastline Gazette</a></p><p class="site-description">News for the Bay since 1921</p></div>'
            '<nav class="primary-menu"><a href="/local/">Local</a> <a href="/state/">State</a> '
            '<a href="/opinion/">Opinion</a> <a href="/obits/">Obituaries</a></nav></header>'
            '<div id="content"><article class="post type-post format-standard">'
            f'<header class="entry-header"><h1 class="entry-title">{escape(article.headline)}</h1>'
            f'<div class="entry-meta"><span class="byline author vcard">{escape(article.byline)}</span> '
            '<span class="posted-on">Posted on <time>December 5, 2026</time></span></div></header>'
            '<div class="entry-content">' + _slots(article, items) +
            f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{share}</h3><ul><li>Facebook</li>'
            '<li>X</li><li>WhatsApp</li><li>Email</li></ul></div>'
            f'<div class="sharedaddy sd-like"><h3 class="sd-title">{like}</h3><span>Loading...</span></div>'
            f'<div id="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{related}</em></h3>'
            f'{_list(OTHER[4:])}</div></div>'
            f'<div class="author-info"><h2 class="author-title">About the author</h2><p>{escape(author)}</p>'
            '<a class="author-link" href="/author/board/">View all posts by Editorial Board</a></div>'
            f'<div id="comments" class="comments-area"><h2 class="comments-title">{escape(thoughts)}</h2>'
            f'<ol class="comment-list"><li class="comment"><div class="comment-author"><b>{escape(commenter)}</b> '
            f'<span class="says">says:</span></div><div class="comment-metadata"><time>{stamp}</time></div>'
            f'<div class="comment-content"><p>{escape(comment)}</p></div><a class="comment-reply-link">Reply</a></li>'
            '</ol><div id="respond"><h3 class="comment-reply-title">Leave a Reply</h3>'
            '<p class="comment-notes">Your email address will not be published. Required fields are marked *</p>'
            '<textarea name="comment"></textarea><input type="submit" value="Post Comment"></div></div>'
            '</article></div><footer class="site-footer"><p>© 2026 Coastline Gazette · Theme: NewsPress by ThemeForge'
            '</p></footer></div>')
    furniture = ["Coastline Gazette", "News for the Bay since 1921", "Local State Opinion Obituaries", most, *OTHER[:5],
                 trend, share, "Facebook X WhatsApp Email", like, "Loading...", related, *OTHER[4:], "About the author",
                 "View all posts by Editorial Board", thoughts, commenter, comment, "Reply", "Leave a Reply",
                 "Your email address will not be published. Required fields are marked *",
                 "© 2026 Coastline Gazette · Theme: NewsPress by ThemeForge"]
    # the author box's bio is article text by the project's web convention (session 18): it may show (a note)
    return _page(article, f"{article.headline} – Coastline Gazette", body), furniture, [author]


def liveblog(article: Article) -> tuple[str, list[str], list[str]]:
    style = _n(article, "lb-style", 0, 2)
    start = _n(article, "lb-start", 7, 11)
    stamps = []
    for k in range(len(article.paragraphs)):
        h, m = start + (k * 17) // 60, (k * 17 + 5) % 60
        stamps.append([f"{h:02d}:{m:02d} GMT", f"{h}.{m:02d}am EST" if h < 12 else f"{h - 12 or 12}.{m:02d}pm EST",
                       f"{h}:{m:02d} a.m. ET" if h < 12 else f"{h - 12 or 12}:{m:02d} p.m. ET"][style])
    stamps = stamps[::-1]  # newest first, as live feeds run
    copy = pick(article, ["Copy link", "Link copied", "Copy link to this post"], "lb-copy")
    updated = pick(article, ["Updated 4 minutes ago", "Last updated: 5 December 2026, 14:32 GMT",
                             "Updated at 2.32pm EST"], "lb-upd")
    pinned = pick(article, ["Pinned post", "Pinned", "Featured post"], "lb-pin")
    keys = pick(article, ["Key events", "Key updates", "Highlights"], "lb-keys")
    only = pick(article, ["Show key events only", "Key events only", "Show highlights only"], "lb-only")
    ps = article.paragraphs
    feed = ""
    for k, p in enumerate(ps):
        feed += (f'<div class="block{" is-pinned" if k == 0 else ""}">'
                 + (f'<span class="pinned-label">{pinned}</span>' if k == 0 else "")
                 + f'<div class="block-time"><time>{stamps[k]}</time></div>'
                 f'<div class="block-elements">{_p(p)}</div><div class="block-footer"><button>Share</button>'
                 f'<button class="copy">{copy}</button></div></div>')
    summaries = [stamps[0], stamps[len(ps) // 2]]
    body = ('<header class="masthead"><a href="/" class="logo">The Morning Record</a><nav><a href="/live">Live</a> '
            '<a href="/uk">UK</a> <a href="/world">World</a> <a href="/opinion">Opinion</a></nav></header>'
            f'<main><div class="live-header"><span class="badge">LIVE</span><h1>{escape(article.headline)}</h1>'
            f'<p class="byline">{escape(article.byline)}</p><p class="updated">{updated}</p></div>'
            f'<div class="key-events"><h2>{keys}</h2><ul>'
            + "".join(f'<li><a href="#b{k}">{escape(s)}</a></li>' for k, s in enumerate(summaries)) +
            f'</ul><label><input type="checkbox"> {only}</label></div>'
            f'<div class="live-feed">{feed}</div><div class="pagination"><a href="?page=2">Older posts</a></div>'
            '</main><footer><p>© 2026 The Morning Record Ltd</p></footer>')
    dated = [updated] if YEAR.search(updated) else []  # a stamp with a year is the story's date: shown or hidden
    furniture = ["The Morning Record", "Live UK World Opinion", "LIVE", *([] if dated else [updated]), keys, only, pinned,
                 *stamps, "Share", copy, "Older posts", "© 2026 The Morning Record Ltd"]
    return _page(article, f"{article.headline} – live | The Morning Record", body), furniture, dated


def wire(article: Article) -> tuple[str, list[str], list[str]]:
    city = pick(article, ["WASHINGTON", "LONDON", "NEW YORK", "BRUSSELS"], "w-city")
    dateline = pick(article, [f"{city}, Dec 5 (Reuters) -", f"{city} (AP) —", f"{city}, Dec. 5, 2026 (Wire) —"], "w-dl")
    reporting = pick(article, ["Reporting by Jonathan Landay; Additional reporting by Sarah N. Lynch; Editing by "
                               "Daniel Wallis", "Reporting by Kate Holton in London; Editing by Alison Williams",
                               "Reporting by Andrea Shalal and David Lawder; Writing by Ros Krasny; Editing by Leslie "
                               "Adler and Chizu Nomiyama"], "w-rep")
    promo = pick(article, ["Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. "
                           "newsletter. Sign up here.", "The Daily Docket newsletter helps you start each day with "
                           "the latest litigation news. Sign up here.", "Sign up here for our daily newsletter on "
                           "world politics."], "w-promo")
    standards = pick(article, ["Our Standards: The Thomson Reuters Trust Principles.",
                               "Our standards: The Wire Trust Principles.", "Read our editorial standards."], "w-std")
    topics = pick(article, ["Suggested Topics:", "Topics:", "More on these topics:"], "w-top")
    copyright_ = pick(article, ["Copyright 2026 The Associated Press. All rights reserved. This material may not be "
                                "published, broadcast, rewritten or redistributed without permission.",
                                "© 2026 Wire News. All rights reserved. Republication or redistribution of content is "
                                "expressly prohibited without prior written consent."], "w-copy")
    contributed = pick(article, ["Associated Press writer Mark Sherman contributed to this report.",
                                 "Staff writer Lena Park in Seoul contributed reporting."], "w-contrib")
    items = [f'<div data-testid="promo-box" class="text__inline-promo"><p>{escape(promo)}</p></div>',
             '<div class="ad-slot"><span>Advertisement · Scroll to continue</span></div>']
    body = ('<header><a href="/" class="logo">Wire News</a><nav><a href="/world/">World</a> <a href="/business/">'
            'Business</a> <a href="/markets/">Markets</a> <a href="/legal/">Legal</a></nav></header>'
            '<main id="main-content"><article><div class="article-header">'
            f'<span class="kicker"><a href="/world/">World</a></span><h1>{escape(article.headline)}</h1>'
            f'<div class="info"><span class="author">{escape(article.byline)}</span> '
            '<time>December 5, 2026 10:42 AM GMT</time> <span class="updated">Updated 3 hours ago</span></div></div>'
            f'<div class="article-body"><p class="dateline">{escape(dateline)}</p>' + _slots(article, items) +
            f'<p class="contrib"><i>{escape(contributed)}</i></p>'
            f'<p class="sign-off">{escape(reporting)}</p>'
            f'<p class="trust"><a href="/trust-principles/">{escape(standards)}</a></p>'
            '<div class="license"><a href="/licensing/">Acquire Licensing Rights</a>, opens new tab</div>'
            f'<div class="tags"><span>{topics}</span> <a href="/tags/politics">Politics</a> '
            '<a href="/tags/economy">Economy</a></div>'
            f'<p class="copyright">{escape(copyright_)}</p></div></article></main>'
            '<footer><p>All quotes delayed a minimum of 15 minutes.</p></footer>')
    furniture = ["Wire News", "World Business Markets Legal", "World", "Updated 3 hours ago", promo,
                 "Advertisement · Scroll to continue", reporting, standards, "Acquire Licensing Rights, opens new tab",
                 f"{topics} Politics Economy", copyright_, "All quotes delayed a minimum of 15 minutes."]
    return _page(article, f"{article.headline} | Wire News", body), furniture, [dateline, contributed]


def govuk(article: Article) -> tuple[str, list[str], list[str]]:
    dept = pick(article, ["Department for Transport", "Foreign, Commonwealth & Development Office",
                          "Department for Levelling Up, Housing and Communities"], "g-dept")
    minister = pick(article, ["The Rt Hon Sarah Collins MP", "Lord Ahmed of Wimbledon", "Baroness Hale KC"], "g-min")
    kind = pick(article, ["Press release", "News story", "Speech"], "g-kind")
    published = pick(article, ["Published 5 December 2026", "Published 3 May 2026", "Published 28 November 2026"], "g-pub")
    updated = pick(article, ["Last updated 6 December 2026 — See all updates", "Last updated 4 May 2026 — See all updates"],
                   "g-upd")
    useful = pick(article, ["Is this page useful?", "Was this page helpful?", "Is this page useful? Maybe"], "g-use")
    explore = pick(article, ["Explore the topic", "Explore the topics", "Related topics"], "g-exp")
    heads = pick(article, ["Background|What happens next", "Overview|Further information",
                           "Summary|Notes to editors"], "g-heads").split("|")  # a contents list of the page's sections
    body_html = "".join(_p(p, "govuk-body") for p in article.paragraphs)
    body = ('<div class="govuk-cookie-banner" role="region"><h2>Cookies on GOV.UK</h2><p>We use some essential cookies '
            'to make this website work.</p><button>Accept additional cookies</button> <button>Reject additional '
            'cookies</button> <a href="/help/cookies">View cookies</a></div>'
            '<a href="#main-content" class="govuk-skip-link">Skip to main content</a>'
            '<header class="govuk-header"><a href="/" class="govuk-header__link">GOV.UK</a></header>'
            '<div class="govuk-width-container"><div class="govuk-breadcrumbs"><ol><li><a href="/">Home</a></li>'
            '<li><a href="/transport">Transport</a></li></ol></div>'
            f'<main id="main-content"><span class="govuk-caption-xl">{kind}</span>'
            f'<h1 class="gem-c-title__text">{escape(article.headline)}</h1>'
            f'<p class="gem-c-lead-paragraph">{escape(article.byline)}</p>'
            f'<div class="gem-c-metadata"><dl><dt>From:</dt><dd><a href="/org">{escape(dept)}</a> and '
            f'<a href="/people">{escape(minister)}</a></dd><dt>Published</dt><dd>{published.split(" ", 1)[1]}</dd></dl>'
            f'</div><div class="gem-c-contents-list"><h2>Contents</h2><ol>'
            + "".join(f'<li><a href="#s{k}">{h}</a></li>' for k, h in enumerate(heads)) +
            '</ol></div><div class="gem-c-govspeak govuk-govspeak">' + body_html + '</div>'
            '<div class="gem-c-print-link"><button>Print this page</button></div>'
            '<div class="gem-c-share-links"><h2>Share this page</h2><ul><li>Facebook</li><li>Twitter</li></ul></div>'
            f'<div class="app-c-published-dates">{published} <br>{updated}</div>'
            f'<div class="gem-c-related-navigation"><h2>{explore}</h2><ul><li><a href="/t1">Transport</a></li>'
            '<li><a href="/t2">Local government</a></li></ul></div></main>'
            f'<div class="gem-c-feedback"><h2>{useful}</h2><button>Yes</button> <button>No</button> '
            '<button>Report a problem with this page</button></div></div>'
            '<footer class="govuk-footer"><p>All content is available under the Open Government Licence v3.0, except '
            'where otherwise stated</p><p>© Crown copyright</p></footer>')
    furniture = ["Cookies on GOV.UK", "We use some essential cookies to make this website work.",
                 "Accept additional cookies Reject additional cookies View cookies", "Skip to main content", "GOV.UK",
                 "Home Transport", kind, f"From: {dept} and {minister}", "Contents", *heads, "Print this page",
                 "Share this page", "Facebook Twitter", explore, "Transport Local government", useful,
                 "Yes No Report a problem with this page",
                 "All content is available under the Open Government Licence v3.0, except where otherwise stated",
                 "© Crown copyright"]
    return _page(article, f"{article.headline} - GOV.UK", body), furniture, [updated]


def ru_wire(article: Article) -> tuple[str, list[str], list[str]]:
    agency = pick(article, ["РИА Новости", "ТАСС", "Интерфакс"], "r-ag")
    dateline = pick(article, [f"МОСКВА, 5 дек — {agency}.", f"ВАШИНГТОН, 5 декабря. /{agency}/.",
                              f"ЛОНДОН, 5 дек — {agency}."], "r-dl")
    also = pick(article, ["Читайте также", "Смотрите также", "По теме"], "r-also")
    most = pick(article, ["Самое читаемое", "Популярное", "Самое интересное"], "r-most")
    donate = pick(article, ["Редакция работает благодаря читателям. Поддержите нас — оформите ежемесячное пожертвование.",
                            "Нам нужна ваша помощь. Поддержите независимую журналистику — это займет минуту."], "r-don")
    typo = pick(article, ["Ошибка в тексте? Выделите её и нажмите Ctrl+Enter",
                          "Нашли опечатку? Выделите фрагмент и нажмите Ctrl+Enter"], "r-typo")
    bookmark = pick(article, ["Добавьте в закладки", "Добавить в избранное"], "r-bm")
    feed = pick(article, ["Лента новостей", "Все новости", "Новости часа"], "r-feed")
    stamp = pick(article, ["10:42 05.12.2026 (обновлено: 11:30 05.12.2026)", "5 декабря 2026, 10:42",
                           "05.12.2026 10:42"], "r-stamp")
    items = [f'<div class="article__block" data-type="article"><div class="article__article-title">{also}</div>'
             f'<a href="/20261204/">{OTHER[0]}</a></div>',
             f'<div class="article__block" data-type="banner"><span>{donate}</span></div>']
    body = (f'<div class="header"><a class="logo" href="/">{agency}</a><div class="nav"><a href="/politics/">Политика</a> '
            '<a href="/world/">В мире</a> <a href="/economy/">Экономика</a></div></div>'
            '<div class="layout-article"><div class="article">'
            f'<div class="article__info-date">{stamp}</div>'
            f'<div class="article__info-statistic"><span>{_n(article, "r-views", 1200, 98000)}</span></div>'
            f'<h1 class="article__title">{escape(article.headline)}</h1>'
            f'<div class="article__author">{escape(article.byline)}</div>'
            f'<div class="article__body"><div class="article__text">{escape(dateline)}</div>'
            + _slots(article, items, lambda p: f'<div class="article__text">{escape(p)}</div>') +
            f'</div><div class="article__tags"><a href="/tag/usa/">США</a> <a href="/tag/politics/">Политика</a></div>'
            '<div class="article__share"><span>Поделиться</span> <a>ВКонтакте</a> <a>Telegram</a> <a>Одноклассники</a>'
            f'</div><div class="article__bookmark">{bookmark}</div><div class="article__typo">{typo}</div></div>'
            f'<div class="sidebar"><h3>{most}</h3>{_list(OTHER[2:5])}<h3>{feed}</h3>{_list(OTHER[5:])}</div></div>'
            f'<div class="footer"><p>© 2026 {agency}. 18+</p><p>Свидетельство о регистрации СМИ Эл № ФС77-00000</p></div>')
    views = f'{_n(article, "r-views", 1200, 98000)}'
    furniture = ["Политика В мире Экономика", views, also, OTHER[0], donate, "США Политика",
                 "Поделиться ВКонтакте Telegram Одноклассники", bookmark, typo, most, *OTHER[2:], feed,
                 f"© 2026 {agency}. 18+", "Свидетельство о регистрации СМИ Эл № ФС77-00000"]
    return _page(article, f"{article.headline} - {agency}", body, "ru"), furniture, [dateline, stamp]


def ko_naver(article: Article) -> tuple[str, list[str], list[str]]:
    press = pick(article, ["연합뉴스", "뉴시스", "한국일보"], "k-press")
    reporter = pick(article, ["홍길동 기자 hong@yna.example", "(서울=뉴스1) 김민지 기자", "이서연 기자 seoyeon@hk.example"],
                    "k-rep")
    copy = pick(article, [f"ⓒ {press}, 무단 전재-재배포, AI 학습 및 활용 금지",
                          f"Copyright ⓒ {press}. All rights reserved. 무단 전재 및 재배포 금지.",
                          f"<저작권자(c) {press}, 무단 전재-재배포 금지>"], "k-copy")
    section = pick(article, ["이 기사는 언론사에서 정치 섹션으로 분류했습니다.", "이 기사는 언론사에서 세계 섹션으로 분류했습니다."],
                   "k-sec")
    entered = pick(article, ["기사입력 2026.12.05. 오전 10:42", "입력 2026.12.05. 오후 3:12 수정 2026.12.05. 오후 4:01",
                             "입력2026.12.05. 오전 9:05"], "k-in")
    subs = _n(article, "k-subs", 1200, 99000)
    reactions = ["좋아요", "훈훈해요", "슬퍼요", "화나요", "후속기사 원해요"]
    counts = [_n(article, f"k-r{k}", 0, 300) for k in range(5)]
    row = " ".join(f"{r} {c}" for r, c in zip(reactions, counts))
    items = ['<div class="ad_area"><span class="blind">광고</span></div>']
    body = ('<div id="header"><a href="/" class="h_logo">NAVER 뉴스</a><ul class="Nlnb_menu"><li>언론사별</li><li>정치</li>'
            '<li>경제</li><li>사회</li><li>세계</li></ul></div><div id="ct" class="newsct">'
            f'<div class="media_end_head"><a class="press_logo">{press}</a><span>구독</span><span>구독자 {subs:,}</span>'
            f'<h2 id="title_area" class="media_end_head_headline"><span>{escape(article.headline)}</span></h2>'
            f'<div class="media_end_head_info_datestamp"><span>{entered}</span> <a class="origin">기사원문</a></div>'
            '<div class="media_end_head_autosummary"><span>본문 요약봇</span></div>'
            '<div class="media_end_head_fontsize"><span>글자 크기 변경</span></div>'
            '<div class="media_end_head_share"><span>공유하기</span></div></div>'
            f'<div id="newsct_article"><article id="dic_area"><p class="byline">{escape(article.byline)}</p>'
            + _slots(article, items, lambda p: f"{escape(p)}<br><br>") +
            f'</article><div class="byline"><span class="byline_s">{escape(reporter)}</span></div>'
            f'<p class="c_text">{escape(copy)}</p><div class="guide_categorization"><em>{section}</em> '
            '<a>기사 섹션 분류 안내</a></div></div>'
            f'<div class="media_end_linked_reaction"><span>{row}</span></div>'
            f'<div class="press_ranking"><h4>{press} 많이 본 뉴스</h4>{_list(OTHER[:3])}</div>'
            f'<div class="comment_area"><h4>댓글 {_n(article, "k-com", 0, 500)}</h4><p>댓글 정렬 옵션 선택</p></div></div>'
            '<div id="footer"><p>ⓒ NAVER Corp.</p></div>')
    furniture = ["NAVER 뉴스", "언론사별 정치 경제 사회 세계", press, "구독", f"구독자 {subs:,}", "기사원문",
                 "본문 요약봇", "글자 크기 변경", "공유하기", "광고", reporter, copy, section, "기사 섹션 분류 안내", row,
                 f"{press} 많이 본 뉴스", *OTHER[:3], "댓글 정렬 옵션 선택", "ⓒ NAVER Corp."]
    return _page(article, f"{article.headline} : 네이버 뉴스", body, "ko"), furniture, [entered]


def blog_platform(article: Article) -> tuple[str, list[str], list[str]]:
    pub = pick(article, ["The Long View", "Civic Notes", "Policy Matters"], "b-pub")
    member = pick(article, ["Member-only story", "Paid post", "Subscriber-only post"], "b-mem")
    claps = pick(article, ["1.2K", "348", "2.7K"], "b-claps")
    resp = _n(article, "b-resp", 2, 60)
    thanks = pick(article, [f"Thanks for reading {pub}! Subscribe for free to receive new posts and support my work.",
                            f"{pub} is a reader-supported publication. To receive new posts and support my work, "
                            "consider becoming a free or paid subscriber.",
                            f"Enjoyed this? Subscribe to {pub} — it's free, and new posts land in your inbox."], "b-thx")
    listen = pick(article, ["Listen", "Listen to this post", "▶ Listen"], "b-listen")
    more = pick(article, [f"More from {pub}", f"More from The Editorial Board and {pub}", "Recommended for you"], "b-more")
    items = ['<div class="subscription-widget"><p class="cta-caption">' + escape(thanks) + '</p><form>'
             '<input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>']
    body = ('<div class="topbar"><a href="/" class="pub-name">' + escape(pub) + '</a><a href="/subscribe">Subscribe</a>'
            '<a href="/signin">Sign in</a></div><article class="post">'
            f'<div class="member-badge">{member}</div><h1 class="post-title">{escape(article.headline)}</h1>'
            f'<div class="post-meta"><a class="author">{escape(article.byline)}</a> <button>Follow</button> '
            f'<span>{_n(article, "b-min", 4, 14)} min read</span> <span>·</span> <time>Dec 5, 2026</time></div>'
            f'<div class="actions"><span class="claps">{claps}</span> <span>{resp}</span> <button>{listen}</button> '
            '<button>Share</button></div><div class="body markup">' + _slots(article, items) + '</div>'
            f'<div class="post-footer"><button>Like</button> <button>Comment</button> <button>Restack</button>'
            f'<span class="claps">{claps}</span></div>'
            f'<div class="discussion"><h4>Discussion about this post</h4><p>Responses ({resp})</p></div>'
            f'<div class="written-by"><h2>Written by The Editorial Board</h2><p>{_n(article, "b-fol", 300, 9000)} '
            'followers</p></div>'
            f'<div class="more-from"><h2>{escape(more)}</h2>{_list(OTHER[1:4])}</div></article>'
            '<footer><p>Ready for more?</p><p>Help Status About Careers Privacy Terms</p></footer>')
    furniture = [pub, "Subscribe", "Sign in", member, "Follow", claps, listen, "Share", thanks, "Like Comment Restack",
                 "Discussion about this post", f"Responses ({resp})", "Written by The Editorial Board", more,
                 *OTHER[1:4], "Ready for more?", "Help Status About Careers Privacy Terms"]
    return _page(article, f"{article.headline} | by The Editorial Board | {pub}", body), furniture, []


def amp_consent(article: Article) -> tuple[str, list[str], list[str]]:
    privacy = pick(article, ["We value your privacy. We and our partners use cookies to store and access information "
                             "on your device, to personalise ads and content and to measure performance.",
                             "This site uses cookies. By continuing to browse you agree to our use of cookies and "
                             "similar technologies for ads and analytics.",
                             "Your choices regarding cookies on this site: we use cookies to make the site work and to "
                             "show you relevant adverts."], "a-priv")
    accept = pick(article, ["Accept all", "I agree", "Accept & continue"], "a-acc")
    manage = pick(article, ["Manage preferences", "More options", "Cookie settings"], "a-man")
    left = _n(article, "a-left", 1, 4)
    wall = pick(article, [f"You have {left} free articles left this month. Subscribe for unlimited access.",
                          f"This is your {left} of 5 free stories this month. Already a subscriber? Log in",
                          "You've reached your limit of free articles. Subscribe now from $1 a week."], "a-wall")
    ad = pick(article, ["Advertisement", "ADVERTISEMENT", "Sponsored"], "a-ad")
    items = [f'<div class="ad-container"><span class="ad-label">{ad}</span><amp-ad width="300" height="250" '
             'type="doubleclick" data-slot="/1/news"></amp-ad></div>',
             f'<div class="meter-prompt"><p>{escape(wall)}</p><a href="/subscribe">Subscribe</a></div>']
    head = ('<link rel="canonical" href="https://heraldpost.example/opinion/2026/12/05/story.html">'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>')
    body = ('<amp-consent id="consent" layout="nodisplay"><div class="consent-ui" id="consent-ui">'
            f'<p>{escape(privacy)}</p><button on="tap:consent.accept">{accept}</button> '
            f'<button on="tap:consent.prompt">{manage}</button></div></amp-consent>'
            '<header class="amp-header"><a href="/">The Herald-Post</a><amp-sidebar id="menu" layout="nodisplay">'
            '<a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></amp-sidebar></header>'
            '<main><article class="amp-article">'
            f'<h1 class="headline">{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>'
            '<p class="date">Dec. 5, 2026</p><div class="tools"><a href="?print=1">Print</a> <a href="mailto:">Email</a> '
            '<span>Text size</span> <span>A- A+</span></div>'
            '<div class="article-body">' + _slots(article, items) + '</div></article></main>'
            '<footer><a href="https://heraldpost.example/opinion/2026/12/05/story.html">View full site</a>'
            '<p>© 2026 The Herald-Post. All rights reserved.</p></footer>')
    furniture = [privacy, f"{accept} {manage}", "The Herald-Post", "News Sports Opinion", "Print Email Text size A- A+",
                 ad, wall, "Subscribe", "View full site", "© 2026 The Herald-Post. All rights reserved."]
    return _page(article, f"{article.headline} - The Herald-Post", body, head=head), furniture, []


def statedept(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    kind = pick(article, ["Press Statement", "Media Note", "Readout"], "s-kind")
    who = pick(article, ["Matthew Reed, Department Spokesperson", "Office of the Spokesperson",
                         "Antonia Blake, Secretary of State"], "s-who")
    tags = pick(article, ["Tags", "Related Tags", "Topics"], "s-tags")
    related = pick(article, ["Related Articles", "Related Content", "More on this"], "s-rel")
    body = ('<section class="usa-banner"><p>An official website of the United States government</p>'
            '<button>Here’s how you know</button></section><header><a href="/" class="logo">U.S. Department of State'
            '</a><nav><a href="/policy">Policy Issues</a> <a href="/countries">Countries &amp; Areas</a> '
            '<a href="/bureaus">Bureaus &amp; Offices</a> <a href="/about">About</a></nav></header>'
            '<main><div class="featured-content__headline"><p class="doctype-meta">' + kind + '</p>'
            f'<h1>{escape(article.headline)}</h1><p class="article-meta__author-bureau">{escape(who)}</p>'
            '<p class="article-meta__publish-date">December 5, 2026</p></div>'
            f'<div class="entry-content"><p>{escape(article.byline)}</p>'
            + "".join(_p(p) for p in article.paragraphs) +
            '<div class="share-bar"><span>Share</span> <a>Facebook</a> <a>X</a> <a>Email</a></div>'
            f'<div class="related-tags"><h3>{tags}</h3><a>Bureau of Public Affairs</a> <a>Diplomacy</a></div></div>'
            f'<aside class="related-articles"><h2>{related}</h2>{_list(OTHER[:2])}</aside>'
            '<a href="#top" class="back-to-top">Back to Top</a></main>'
            '<footer><p>White House</p><p>USA.gov</p><p>Office of the Inspector General</p><p>Archives</p></footer>')
    furniture = ["An official website of the United States government", "Here’s how you know",
                 "U.S. Department of State", "Policy Issues Countries & Areas Bureaus & Offices About", kind, who,
                 "Share Facebook X Email", tags, "Bureau of Public Affairs Diplomacy", related, *OTHER[:2], "Back to Top",
                 "White House", "USA.gov", "Office of the Inspector General", "Archives"]
    return _page(article, f"{article.headline} - United States Department of State", body), furniture, []


def legacy_table(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    printer = pick(article, ["Printer-friendly version", "Print this story", "Printable version"], "t-print")
    mail = pick(article, ["E-mail this story", "Email this article to a friend", "Send to a friend"], "t-mail")
    popular = pick(article, ["Most Popular", "Most E-mailed", "Top Stories"], "t-pop")
    hits = _n(article, "t-hits", 1000, 90000)
    menu = "".join(f'<tr><td><a href="/{s.lower()}.html"><font size="1">{s}</font></a></td></tr>'
                   for s in ("Home", "Local", "Sports", "Editorials", "Classifieds"))
    paras = "".join(f'<font face="Verdana" size="2">{escape(p)}</font><br><br>' for p in article.paragraphs)
    body = ('<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="3">'
            '<img src="/images/masthead.gif" alt="The Valley Sentinel"><font size="1">Serving the valley since 1887'
            '</font></td></tr><tr><td width="140" valign="top"><table>' + menu + '</table></td>'
            '<td width="480" valign="top" class="text">'
            f'<font face="Georgia" size="5"><b>{escape(article.headline)}</b></font><br>'
            f'<font size="2"><i>{escape(article.byline)}</i></font><br><font size="1">Friday, December 5, 2026</font>'
            f'<br><br>{paras}<font size="1"><a href="?print=1">{printer}</a> | <a href="mailto:">{mail}</a> | '
            '<a href="#top">Top of page</a></font></td>'
            f'<td width="140" valign="top"><font size="2"><b>{popular}</b></font><br>'
            + "".join(f'<a href="/s{k}.html"><font size="1">{escape(t)}</font></a><br>' for k, t in enumerate(OTHER[2:5]))
            + '</td></tr><tr><td colspan="3" align="center"><font size="1">Copyright © 1998-2026 The Valley Sentinel. '
            f'Send comments to webmaster@sentinel.example<br>You are visitor number {hits:,}</font></td></tr></table>')
    furniture = ["Serving the valley since 1887", "Home", "Local", "Sports", "Editorials", "Classifieds",
                 f"{printer} | {mail} | Top of page", popular, *OTHER[2:5],
                 "Copyright © 1998-2026 The Valley Sentinel. Send comments to webmaster@sentinel.example",
                 f"You are visitor number {hits:,}"]
    return _page(article, "The Valley Sentinel - Editorials", body), furniture, []


def chosun_like(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    press = pick(article, ["조선일보", "중앙일보", "동아일보"], "c-press")
    stamps = pick(article, ["입력 2026.12.05. 10:42 업데이트 2026.12.05. 11:30",
                            "입력 2026-12-05 10:42:11 | 수정 2026-12-05 11:30:02", "2026.12.05 10:42"], "c-st")
    copy = pick(article, [f"[Copyright] {press} 무단전재 및 재배포 금지", f"ⓒ{press}, 무단 전재 및 재배포 금지",
                          f"Copyright © {press} All rights reserved."], "c-copy")
    sub = pick(article, [f"▶ {press} 뉴스를 구독하세요", f"▶ 네이버에서 {press} 구독하기", "▶ 카카오톡으로 기사 받아보기"],
               "c-sub")
    rec = _n(article, "c-rec", 0, 400)
    com = _n(article, "c-com", 0, 900)
    items = ['<div class="dfpAd"><span>AD</span></div>']
    body = (f'<div class="gnb"><a href="/" class="logo">{press}</a><ul><li>정치</li><li>사회</li><li>국제</li>'
            '<li>오피니언</li></ul></div><div class="article-wrap">'
            f'<h1 class="article-header__headline">{escape(article.headline)}</h1>'
            f'<div class="article-byline"><span>{escape(article.byline)}</span> <span>{stamps}</span></div>'
            '<div class="article-tools"><span>가</span><span>가</span><span>가</span><span>가</span><span>가</span> '
            '<button>공유하기</button> <button>기자 프로필</button></div>'
            '<section class="article-body">' + _slots(article, items, lambda p: f'<p class="article-body__content">'
                                                                           f'{escape(p)}</p>') +
            f'</section><p class="copyright">{escape(copy)}</p><p class="promo">{escape(sub)}</p>'
            f'<div class="recommend"><button>이 기사를 추천합니다 {rec}</button></div>'
            f'<div class="comments"><h3>댓글 {com}</h3></div>'
            f'<aside><h3>많이 본 뉴스</h3>{_list(OTHER[3:])}</aside></div>'
            f'<footer><p>{press} · 서울특별시 중구 세종대로 135 · 등록번호 서울 아00000</p></footer>')
    furniture = [press, "정치 사회 국제 오피니언", "가가가가가", "공유하기", "기자 프로필", "AD", copy, sub,
                 f"이 기사를 추천합니다 {rec}", f"댓글 {com}", "많이 본 뉴스", *OTHER[3:],
                 f"{press} · 서울특별시 중구 세종대로 135 · 등록번호 서울 아00000"]
    return _page(article, f"{article.headline} - {press}", body, "ko"), furniture, [stamps]


Layout = Callable[[Article], tuple[str, list[str], list[str]]]
O_LAYOUTS: dict[str, Layout] = {"wp-news": wp_news, "liveblog": liveblog, "wire": wire, "govuk": govuk,
                                "ru-wire": ru_wire, "ko-naver": ko_naver, "blog-platform": blog_platform,
                                "amp-consent": amp_consent}
O_HELD_LAYOUTS: dict[str, Layout] = {"statedept": statedept, "legacy-table": legacy_table, "chosun-like": chosun_like}
