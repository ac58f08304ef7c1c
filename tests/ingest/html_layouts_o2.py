"""Dev set O, second batch (written in session 16 after the first batch was tuned, committed before any reader ran on it):
other site kinds again, and other wordings of the first batch's kinds, so that the first batch's rules meet wordings
they were not written for (the wording is picked by a CRC-32 of the headline, as in html_layouts_o.py):

Tuned on (O2_LAYOUTS):
- "print-view": a print version: "Print this page" / "Close window" buttons, "Printed from … on …", the story's
  address on a line of its own, "This copy is for your personal, non-commercial use only.", a reprints line.
- "css-divs": a site built of hashed class names and <div>s only (CSS modules: "css-1x2y3z"): the menu, a numbered
  "Most read" list INSIDE the body, an "Advertisement" slot, "Sign up for …" card, a "Gift this article" row.
- "ru-indie": a Russian independent outlet's page: "Это не реклама" card asking for money, "Что еще почитать"
  lists, "Открыть в приложении", "Скопировать ссылку", "Источник: …", the stamp with a year.
- "ko-wire": a Korean wire's page (Yonhap-like): "(서울=…) 기자 =" line, "송고시간…", "관련 뉴스", "이 시각 헤드라인",
  "핫뉴스", "제보는 카카오톡 …", "<저작권자(c) …, 무단 전재-재배포, AI 학습 및 활용 금지>", "기사 추천" counts.
- "news-theme": a WordPress "Newspaper"-like theme: view counts, "Share on Facebook" / "Tweet on Twitter",
  "Previous article" / "Next article" with titles, "RELATED ARTICLES" / "MORE FROM AUTHOR" tabs, "LEAVE A REPLY" with
  "Please enter your comment!", "Save my name, email, and website in this browser for the next time I comment."
- "paywall": a metered daily saved by a subscriber: a paywall prompt inside the body ("Subscribers only", "Continue
  reading with a subscription", "Special offer: …", "Cancel anytime."), "Already have an account? Sign in",
  "Gift this article", "Save", "Listen · 6 min".

Kept aside (O2_HELD_LAYOUTS, whole layouts):
- "live-updates": a broadcaster's live updates: a post per paragraph under its own stamp ("3:42 p.m. ET, December 5,
  2026"), "Link copied!", "See all updates (32)", "What we're covering", "Our live coverage has ended".
- "newsletter-web": a Substack-like newsletter's web page: "Share", "Subscribe", "Type your email…", "Leave a comment",
  "Share <publication>", "Paid subscribers get …", "© 2026 … · Privacy ∙ Terms ∙ Collection notice", "Start writing".
- "ru-agency": a Russian agency's page (TASS-like): "ТАСС, 5 декабря.", "Теги", "Ещё по теме", "Лента новостей",
  "Подписаться", "Оцените материал", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter" in other words.

Articles: as the first batch (set F's editorial positions 13-18): 13-15 tuned on in O2_LAYOUTS (54 pages), 16-18 in
every layout and 13-15 in the kept-aside layouts kept aside (108 pages) (--dev-web-o2, --dev-web-o2-aside: aggregate
only). Each layout returns (html, furniture, notes), notes as in the first batch (a stamp with a year, a dateline line:
shown or hidden; the wire's name, which stands in its dateline, is not asked hidden: the first batch's label rule)."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts_o import _list, _n, _p, _page, _slots, pick

OTHER = ["Bus drivers accept new contract", "Inside the fight over the old mill site", "Ten years of the new bridge",
         "School board weighs four-day week", "Storm damage bill tops estimates", "A new plan for the waterfront"]


def print_view(article: Article) -> tuple[str, list[str], list[str]]:
    site = pick(article, ["northshoretimes.example", "dailyledger.example", "thecourier.example"], "pv-site")
    printed = pick(article, [f"Printed from {site} on December 5, 2026", f"Article printed from {site}",
                             f"Printed on 12/05/2026 from {site}"], "pv-printed")
    personal = pick(article, ["This copy is for your personal, non-commercial use only.",
                              "For personal use only. Not for distribution.",
                              "This article is for your personal use only."], "pv-pers")
    reprints = pick(article, ["To order presentation-ready copies for distribution to colleagues, clients or customers, "
                              "visit our reprints page.", "Order a reprint of this article now.",
                              "Reprints and permissions: call 1-800-555-0199."], "pv-rep")
    close = pick(article, ["Close window", "Close this window", "Back to article"], "pv-close")
    url = f"https://www.{site}/opinion/2026/12/05/editorial-{_n(article, 'pv-id', 1000, 9999)}/"
    body = (f'<div class="print-tools"><a href="javascript:window.print()">Print this page</a> | <a href="#">{close}</a>'
            f'</div><div class="print-logo">{escape(site)}</div><div class="story">'
            f'<h1>{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}</div>'
            '<div class="date">December 5, 2026</div>' + "".join(_p(p) for p in article.paragraphs) +
            f'</div><div class="print-foot"><p>{escape(printed)}</p><p>{url}</p><p>{escape(personal)}</p>'
            f'<p>{escape(reprints)}</p></div>')
    furniture = [f"Print this page | {close}", site, printed, url, personal, reprints]
    return _page(article, f"{article.headline} | {site} (print)", body), furniture, []


def css_divs(article: Article) -> tuple[str, list[str], list[str]]:
    most = pick(article, ["Most read", "Most Popular", "Popular right now"], "cd-most")
    letter = pick(article, ["Sign up for The Evening Edition: the day's news, explained.",
                            "Get The Brief in your inbox every morning.", "Sign up for our politics newsletter."], "cd-nl")
    gift = pick(article, ["Gift this article", "Share this article", "Send this story"], "cd-gift")
    ad = pick(article, ["Advertisement", "ADVERTISEMENT", "Ad"], "cd-ad")
    ranked = "".join(f'<div class="css-q1w2e3"><span class="css-r4t5y6">{k + 1}</span><a class="css-u7i8o9" '
                     f'href="/s/{k}">{escape(t)}</a></div>' for k, t in enumerate(OTHER[:4]))
    items = [f'<div class="css-a9s8d7"><div class="css-f6g5h4">{most}</div>{ranked}</div>',
             f'<div class="css-j3k2l1"><div class="css-z0x9c8">{ad}</div></div>',
             f'<div class="css-v7b6n5"><div class="css-m4n3b2">{escape(letter)}</div><div class="css-c1x2z3">'
             '<a href="/newsletters">Sign up</a></div></div>']
    body = ('<div class="css-h1j2k3"><div class="css-l4k5j6"><a href="/">The Metro Standard</a></div>'
            '<div class="css-p7o8i9"><a href="/us">U.S.</a><a href="/world">World</a><a href="/opinion">Opinion</a>'
            '<a href="/arts">Arts</a></div></div><div class="css-y1t2r3">'
            f'<div class="css-e4w5q6">{escape(article.headline)}</div>'
            f'<div class="css-a1s2d3">{escape(article.byline)}</div><div class="css-g4h5j6">Dec. 5, 2026</div>'
            f'<div class="css-k7l8z9"><span>{gift}</span></div><div class="css-x1c2v3">'
            + _slots(article, items, lambda p: f'<div class="css-b4n5m6">{escape(p)}</div>') +
            '</div></div><div class="css-w9e8r7"><span>© 2026 The Metro Standard Company</span></div>')
    furniture = ["The Metro Standard", "U.S.WorldOpinionArts", most, *OTHER[:4], ad, letter, "Sign up", gift,
                 "© 2026 The Metro Standard Company"]
    return _page(article, f"{article.headline} - The Metro Standard", body), furniture, []


def ru_indie(article: Article) -> tuple[str, list[str], list[str]]:
    appeal = pick(article, ["Это не реклама. Мы существуем только на пожертвования читателей. Помогите нам работать "
                            "дальше — подпишитесь на ежемесячный донат.",
                            "Это не реклама. Независимых медиа почти не осталось, и нас читают благодаря вам. "
                            "Поддержите редакцию любой суммой.",
                            "Это не реклама. Каждый рубль от читателей — это новые тексты. Пожалуйста, поддержите нас."],
                  "ri-appeal")
    more = pick(article, ["Что еще почитать", "Еще по теме", "Читайте также"], "ri-more")
    source = pick(article, ["Источник: редакция", "Источник: The Guardian", "Источник: Al Jazeera"], "ri-src")
    stamp = pick(article, ["10:42, 5 декабря 2026", "5 декабря 2026, 10:42", "05.12.2026"], "ri-stamp")
    items = [f'<div class="Card"><div class="Card-label">{more}</div><ul>'
             + "".join(f'<li><a href="/n/{k}">{escape(t)}</a></li>' for k, t in enumerate(OTHER[:2])) + "</ul></div>",
             f'<div class="DonationBlock"><p>{escape(appeal)}</p><button>Поддержать</button></div>']
    body = ('<div class="Header"><a href="/" class="Logo">Новая Полоса</a><div class="Menu"><a href="/news">Новости</a>'
            '<a href="/features">Истории</a><a href="/opinions">Мнения</a></div></div><div class="Material">'
            f'<div class="MaterialMeta"><span>{stamp}</span></div><h1>{escape(article.headline)}</h1>'
            f'<div class="Byline">{escape(article.byline)}</div><div class="Toolbar"><span>Открыть в приложении</span>'
            '<span>Скопировать ссылку</span></div><div class="Body">'
            + _slots(article, items, lambda p: f'<p class="SimpleBlock">{escape(p)}</p>') +
            f'<p class="Source">{escape(source)}</p></div></div>'
            '<div class="Footer"><p>© 2026 «Новая Полоса». Все права защищены.</p></div>')
    furniture = ["Новая Полоса", "Новости Истории Мнения", "Открыть в приложении", "Скопировать ссылку", more,
                 *OTHER[:2], appeal, source, "© 2026 «Новая Полоса». Все права защищены."]
    return _page(article, f"{article.headline} — Новая Полоса", body, "ru"), furniture, [stamp]


def ko_wire(article: Article) -> tuple[str, list[str], list[str]]:
    dateline = pick(article, ["(서울=한빛통신) 김영수 기자 =", "(워싱턴=한빛통신) 이지은 특파원 =",
                              "(런던=한빛통신) 박준호 통신원 ="], "kw-dl")
    sent = pick(article, ["송고시간2026-12-05 10:42", "2026/12/05 10:42 송고", "송고 2026.12.05 10:42"], "kw-sent")
    tip = pick(article, ["제보는 카카오톡 hanbit", "▶제보는 카카오톡 okjebo", "제보하기: 이메일 tip@hanbit.example"], "kw-tip")
    copy = pick(article, ["<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>",
                          "<저작권자 ⓒ 한빛통신 무단전재 및 재배포 금지>", "ⓒ 한빛통신. 무단 전재-재배포 금지"], "kw-copy")
    related = pick(article, ["관련 뉴스", "관련기사", "함께 볼 만한 뉴스"], "kw-rel")
    heads = pick(article, ["이 시각 헤드라인", "주요 뉴스", "많이 본 기사"], "kw-heads")
    rec = _n(article, "kw-rec", 0, 99)
    body = ('<div class="header"><a class="logo" href="/">한빛통신</a><ul class="gnb"><li>정치</li><li>북한</li>'
            '<li>경제</li><li>세계</li></ul></div><div class="container"><div class="title-article01">'
            f'<h1 class="tit">{escape(article.headline)}</h1><p class="update-time">{sent}</p></div>'
            f'<div class="story-news article"><p class="byline">{escape(article.byline)}</p><p>{escape(dateline)}</p>'
            + "".join(_p(p) for p in article.paragraphs) +
            f'<p class="txt-copyright">{escape(tip)}</p><p class="txt-copyright">{escape(copy)}</p></div>'
            f'<div class="recommend"><span>기사 추천</span> <span>{rec}</span></div>'
            f'<div class="related"><strong>{related}</strong>{_list(OTHER[2:4])}</div>'
            f'<div class="headline-zone"><strong>{heads}</strong>{_list(OTHER[4:])}</div>'
            '<div class="hot"><strong>핫뉴스</strong></div></div>'
            '<div class="footer"><p>한빛통신 · 서울시 종로구 율곡로 2길 25 · 등록번호 서울 아00000</p></div>')
    furniture = ["정치 북한 경제 세계", tip, copy, f"기사 추천 {rec}", related, *OTHER[2:], heads, "핫뉴스",
                 "한빛통신 · 서울시 종로구 율곡로 2길 25 · 등록번호 서울 아00000"]
    return _page(article, f"{article.headline} | 한빛통신", body, "ko"), furniture, [dateline, sent]


def news_theme(article: Article) -> tuple[str, list[str], list[str]]:
    views = _n(article, "nt-views", 100, 9999)
    prev_label, next_label = pick(article, ["Previous article|Next article", "PREVIOUS POST|NEXT POST",
                                            "Prev|Next"], "nt-pn").split("|")
    tabs = pick(article, ["RELATED ARTICLES|MORE FROM AUTHOR", "Related Posts|More from this author",
                          "You might also like|More from The Editorial Board"], "nt-tabs").split("|")
    reply = pick(article, ["LEAVE A REPLY", "Leave a comment", "Post a comment"], "nt-reply")
    body = ('<div class="td-header-wrap"><div class="td-logo"><a href="/">The Prairie Sentinel</a></div>'
            '<div class="td-header-menu"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/opinion">'
            'Opinion</a></div></div><div class="td-main-content"><article class="td-post-content-wrap">'
            f'<header class="td-post-title"><h1 class="entry-title">{escape(article.headline)}</h1>'
            f'<div class="td-module-meta-info"><span class="td-post-author-name">{escape(article.byline)}</span> '
            f'<span class="td-post-date">December 5, 2026</span> <span class="td-post-views">{views:,}</span></div>'
            '</header><div class="td-post-sharing-top"><a>Share on Facebook</a> <a>Tweet on Twitter</a></div>'
            '<div class="td-post-content">' + "".join(_p(p) for p in article.paragraphs) + '</div>'
            f'<div class="td-post-next-prev"><div class="td-post-prev-post"><span>{prev_label}</span>'
            f'<a href="/p1">{escape(OTHER[0])}</a></div><div class="td-post-next-post"><span>{next_label}</span>'
            f'<a href="/p2">{escape(OTHER[1])}</a></div></div></article>'
            f'<div class="td_block_related_posts"><div class="td-related-title"><a>{tabs[0]}</a><a>{tabs[1]}</a></div>'
            f'{_list(OTHER[2:5])}</div><div id="comments" class="comments"><div id="respond" class="comment-respond">'
            f'<h4 class="comment-reply-title">{reply}</h4><p>Please enter your comment!</p>'
            '<p>Please enter your name here</p><p>You have entered an incorrect email address!</p>'
            '<p><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p>'
            '</div></div></div><div class="td-footer-wrap"><p>© Copyright 2026 - The Prairie Sentinel</p></div>')
    furniture = ["The Prairie Sentinel", "News Politics Opinion", f"{views:,}", "Share on Facebook Tweet on Twitter",
                 prev_label, next_label, *OTHER[:5], *tabs, reply, "Please enter your comment!",
                 "Please enter your name here", "You have entered an incorrect email address!",
                 "Save my name, email, and website in this browser for the next time I comment.",
                 "© Copyright 2026 - The Prairie Sentinel"]
    return _page(article, f"{article.headline} - The Prairie Sentinel", body), furniture, []


def paywall(article: Article) -> tuple[str, list[str], list[str]]:
    offer = pick(article, ["Special offer: $1 for 6 months. Cancel anytime.", "Limited time: 99¢ a week for a year.",
                           "Get full access for $2 a month. Cancel anytime."], "pw-offer")
    gate = pick(article, ["Subscribers only", "This article is for subscribers", "Premium content"], "pw-gate")
    cont = pick(article, ["Continue reading with a subscription", "Keep reading: subscribe today",
                          "Subscribe to continue reading"], "pw-cont")
    listen = pick(article, ["Listen · 6 min", "Listen to this article · 5:12", "Audio · 4 min"], "pw-listen")
    items = [f'<div class="tp-container-inner"><h3>{gate}</h3><p>{escape(cont)}</p><p>{escape(offer)}</p>'
             '<p>Already have an account? <a href="/login">Sign in</a></p></div>']
    body = ('<div class="site-head"><a href="/" class="brand">The Granite Tribune</a><div class="sections">'
            '<a href="/local">Local</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a></div></div>'
            f'<main><div class="article"><h1>{escape(article.headline)}</h1><p class="by">{escape(article.byline)}</p>'
            '<p class="when">Dec. 5, 2026</p><div class="article-actions"><span>Gift this article</span> '
            f'<span>Save</span> <span>{listen}</span></div><div class="article-text">'
            + _slots(article, items) + '</div></div></main>'
            '<div class="site-foot"><p>© 2026 The Granite Tribune. All rights reserved.</p></div>')
    furniture = ["The Granite Tribune", "Local Business Opinion", f"Gift this article Save {listen}", gate, cont, offer,
                 "Already have an account? Sign in", "© 2026 The Granite Tribune. All rights reserved."]
    return _page(article, f"{article.headline} | The Granite Tribune", body), furniture, []


def live_updates(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    ps = article.paragraphs
    covering = pick(article, ["What we're covering", "What to know", "Here's what we know"], "lu-cov")
    ended = pick(article, ["Our live coverage has ended", "This live blog has ended", "We've wrapped up our coverage"],
                 "lu-end")
    stamps = [f"{1 + (k * 7) // 60 + 1}:{(k * 7) % 60:02d} p.m. ET, December 5, 2026" for k in range(len(ps))][::-1]
    posts = "".join(f'<div class="live-story-post"><div class="post-meta"><span class="timestamp">{stamps[k]}</span>'
                    f'</div><div class="post-body">{_p(p)}</div><div class="share-post"><span>Link copied!</span></div>'
                    '</div>' for k, p in enumerate(ps))
    body = ('<header><a href="/">Channel 9 News</a><nav><a href="/live">Live TV</a> <a href="/politics">Politics</a>'
            '</nav></header><main>'
            f'<h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>'
            f'<div class="live-status">{ended}</div><div class="summary"><h2>{covering}</h2><ul>'
            f'<li>{escape(OTHER[0])}.</li><li>{escape(OTHER[1])}.</li></ul></div>'
            f'<div class="live-feed">{posts}</div><a class="all" href="?all">See all updates ({len(ps)})</a></main>'
            '<footer><p>© 2026 Channel 9 Broadcasting</p></footer>')
    furniture = ["Channel 9 News", "Live TV Politics", ended, covering, f"{OTHER[0]}.", f"{OTHER[1]}.", "Link copied!",
                 f"See all updates ({len(ps)})", "© 2026 Channel 9 Broadcasting"]
    return _page(article, f"{article.headline} | Channel 9 News", body), furniture, stamps


def newsletter_web(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    pub = pick(article, ["The Sunday Ledger", "Field Notes", "The Civic Letter"], "nw-pub")
    paid = pick(article, ["Paid subscribers get the full archive and the weekly Q&A.",
                          "Upgrade to paid to read every post and support this work.",
                          "Become a paying subscriber to get access to the full archive."], "nw-paid")
    items = [f'<div class="subscription-widget-wrap"><p>{escape(paid)}</p><input type="email" '
             'placeholder="Type your email…"><button>Subscribe</button></div>']
    body = (f'<div class="navbar"><a href="/">{escape(pub)}</a> <a href="/subscribe">Subscribe</a> <a href="/signin">'
            'Sign in</a></div><div class="single-post"><div class="post-header">'
            f'<h1 class="post-title">{escape(article.headline)}</h1><div class="byline-wrapper">'
            f'<span>{escape(article.byline)}</span> <span>Dec 05, 2026</span></div>'
            '<div class="post-ufi"><a>Share</a></div></div><div class="body markup">' + _slots(article, items) +
            f'</div><div class="post-footer"><a>Leave a comment</a> <a>Share {escape(pub)}</a></div></div>'
            f'<div class="footer"><p>© 2026 {escape(pub)} · Privacy ∙ Terms ∙ Collection notice</p>'
            '<p>Start writing Get the app</p></div>')
    furniture = [pub, "Subscribe", "Sign in", "Share", paid, f"Leave a comment Share {pub}",
                 f"© 2026 {pub} · Privacy ∙ Terms ∙ Collection notice", "Start writing Get the app"]
    return _page(article, f"{article.headline} - by The Editorial Board", body), furniture, []


def ru_agency(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside."""
    dateline = pick(article, ["ТАСС, 5 декабря.", "МОСКВА, 5 декабря. /Агентство/.", "ВАШИНГТОН, 5 декабря. /Корр./."],
                    "ra-dl")
    more = pick(article, ["Ещё по теме", "Материалы по теме", "Другие новости"], "ra-more")
    rate = pick(article, ["Оцените материал", "Понравился материал?", "Был ли материал полезен?"], "ra-rate")
    typo = pick(article, ["Заметили ошибку? Выделите её и нажмите Ctrl+Enter",
                          "Если вы нашли ошибку, выделите фрагмент текста и нажмите Ctrl+Enter"], "ra-typo")
    body = ('<div class="header"><a href="/">Агентство новостей</a><div class="menu"><a>Политика</a> <a>Экономика</a>'
            ' <a>Общество</a></div></div><div class="news-page"><div class="news-header">'
            f'<h1>{escape(article.headline)}</h1><div class="author">{escape(article.byline)}</div></div>'
            f'<div class="text-content"><p>{escape(dateline)}</p>' + "".join(_p(p) for p in article.paragraphs) +
            f'</div><div class="tags"><span>Теги</span> <a>США</a> <a>Мнения</a></div>'
            f'<div class="rating"><span>{rate}</span></div><div class="subscribe"><span>Подписаться</span></div>'
            f'<div class="more"><h3>{more}</h3>{_list(OTHER[:2])}</div><p class="typo">{typo}</p></div>'
            '<div class="footer"><p>© Агентство новостей, 2026</p></div>')
    furniture = ["Агентство новостей", "Политика Экономика Общество", "Теги США Мнения", rate, "Подписаться", more,
                 *OTHER[:2], typo, "© Агентство новостей, 2026"]
    return _page(article, f"{article.headline} - Агентство новостей", body, "ru"), furniture, [dateline]


Layout = Callable[[Article], tuple[str, list[str], list[str]]]
O2_LAYOUTS: dict[str, Layout] = {"print-view": print_view, "css-divs": css_divs, "ru-indie": ru_indie,
                                 "ko-wire": ko_wire, "news-theme": news_theme, "paywall": paywall}
O2_HELD_LAYOUTS: dict[str, Layout] = {"live-updates": live_updates, "newsletter-web": newsletter_web,
                                      "ru-agency": ru_agency}
