"""Dev set N (written in session 15, committed before any reader change was tuned with it in view): the furniture
today's publishing systems set INSIDE the article's container, between and after its paragraphs, where the earlier
sets have least of it, in several wordings each: reading-time and word-count lines ("5 min read", "· 3 min read"),
desk and department lines ("From: …", "Desk: …", "Filed under …"), updated/published stamps, pull quotes repeating a
sentence of the body (the body's sentence stays visible, the pull quote is hidden), inline "Related:" / "Read also:"
links, embedded newsletter and podcast promos, image credits, "Advertisement" labels, an author's bio box, a standard
disclaimer ("The views expressed … are the author's own"), and notes about the piece (a correction, an editor's note,
a line on who the author is: shown or hidden, both right, as the settled convention lets them be read apart).

Four layouts tuned on (N_LAYOUTS): a WordPress blog theme (Gutenberg blocks), an Arc-like national daily (its
"b-" components), a Russian news portal and a Korean news portal (each carrying an English editorial in the
portal's own frame, as an English edition or a translated column would be). Kept aside (N_HELD_LAYOUTS): a
Brightspot-like regional daily ("RichTextArticleBody", enhancements), worded otherwise again.

Articles (rule written before any was chosen): set F's editorial positions 13-18 of each outlet, the only block of
positions that no held set, no kept-aside part and no held layout of any web, PDF or Word set carries; 13-15 tuned
on in N_LAYOUTS, 16-18 kept aside in every layout, and 13-15 in N_HELD_LAYOUTS kept aside too
(benchmarks/bench_ingest_fidelity.py --dev-web-n, and --dev-web-n-aside: aggregate only).

Each layout returns (html, furniture, notes): `notes` are lines that may stay visible as paragraphs of their own or be
hidden (tests/ingest/fidelity.check's `notes`)."""
from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article

OTHER = ["Port strike enters its third week", "Council delays vote on library hours",
         "Ferry fares to rise in spring", "What the new budget means for renters"]
SENTENCE = re.compile(r"(?<=[.!?”])\s+(?=[A-Z“])")


def _p(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<p{attr}>{escape(text)}</p>"


def _words(article: Article) -> int:
    return sum(len(p.split()) for p in article.paragraphs)


def pull_sentence(article: Article) -> str | None:
    """A sentence of the body fit for a pull quote: from the middle paragraphs on, the first sentence of 60-200
    characters that is not its paragraph's whole text and stands once in the article."""
    ps = article.paragraphs
    whole = "\n".join(ps)
    for p in ps[len(ps) // 3:] + ps[:len(ps) // 3]:
        for s in SENTENCE.split(p):
            if 60 <= len(s) <= 200 and s != p and whole.count(s) == 1:
                return s
    return None


def _slots(article: Article, items: list[str], wrap: Callable[[str], str] = _p) -> str:
    """The article's paragraphs (each through `wrap`) with the furniture items set between them, spread evenly (the
    first after the first paragraph, the last before the last paragraph when there are more items than gaps)."""
    ps = article.paragraphs
    gaps = max(1, len(ps) - 1)
    at: dict[int, list[str]] = {}
    for k, item in enumerate(items):
        at.setdefault(1 + (k * gaps) // max(1, len(items)) if len(ps) > 1 else 1, []).append(item)
    out = ""
    for n, p in enumerate(ps):
        out += "".join(at.get(n, [])) + wrap(p)
    return out + "".join(at.get(len(ps), []))


def _page(article: Article, site: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{escape(article.headline)} – {site}'
            f'</title></head><body>{body}</body></html>')


def wordpress(article: Article) -> tuple[str, list[str], list[str]]:
    """A WordPress theme with Gutenberg blocks: category link and "· 4 min read" in the entry meta, a "From:" desk
    line, an image block with a credit in its caption, an inline "Related:" paragraph, a pull-quote block, a group
    block with a newsletter form, an ad inserter's "Advertisement", a podcast promo paragraph, "Filed under" tags, a
    correction in italics at the end."""
    words = _words(article)
    minutes = max(1, round(words / 230))
    quote = pull_sentence(article)
    caption = "Residents wait outside the county building on Tuesday. Photo: Dana Reyes for The Harbor Ledger"
    podcast = "🎧 Listen: The Ledger Weekly podcast, new episodes every Tuesday on Apple Podcasts and Spotify."
    items = [
        '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/12/county.jpg" alt="">'
        f'<figcaption class="wp-element-caption">{escape(caption)}</figcaption></figure>',
        f'<p><strong>Related:</strong> <a href="/2026/12/04/port-strike/">{OTHER[0]}</a></p>',
        '<div class="code-block code-block-4" style="margin: 8px auto; text-align: center;"><span>Advertisement</span>'
        '</div>',
    ]
    if quote:
        items.append(f'<figure class="wp-block-pullquote"><blockquote><p>{escape(quote)}</p></blockquote></figure>')
    items += [
        '<div class="wp-block-group is-layout-flow"><h3 class="wp-block-heading">The Morning Ledger</h3>'
        "<p>Our opinion writers' best, in your inbox every weekday.</p>"
        '<form action="/subscribe"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>',
        f'<p><a href="https://podcasts.example/ledger-weekly">{escape(podcast)}</a></p>',
    ]
    correction = ("Correction: An earlier version of this editorial misstated the day of the council's vote. It was "
                  "Tuesday.")
    body = ('<header id="masthead" class="site-header"><p class="site-title"><a href="/">The Harbor Ledger</a></p>'
            '<nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/opinion/">Opinion</a></li>'
            '<li><a href="/about/">About</a></li></ul></nav></header>'
            '<main id="main" class="site-main"><article id="post-4821" class="post-4821 post type-post status-publish">'
            '<header class="entry-header"><span class="cat-links"><a href="/category/opinion/" rel="category tag">'
            f'Opinion</a></span><h1 class="entry-title">{escape(article.headline)}</h1><div class="entry-meta">'
            f'<span class="byline">{escape(article.byline)}</span> <span class="posted-on"><time datetime="2026-12-05">'
            f'December 5, 2026</time></span> <span class="span-reading-time">· {minutes} min read</span></div></header>'
            '<div class="entry-content"><p class="has-small-font-size">From: The Opinion Desk</p>'
            + _slots(article, items) +
            '<p class="post-tags"><em>Filed under</em> <a href="/tag/housing/" rel="tag">Housing</a>, '
            '<a href="/tag/county/" rel="tag">County government</a></p>'
            f'<p><em>{escape(correction)}</em></p></div></article></main>'
            '<footer class="site-footer"><p>© 2026 The Harbor Ledger · Proudly powered by WordPress</p></footer>')
    furniture = ["The Harbor Ledger", "News Opinion About", "Opinion", f"· {minutes} min read", "From: The Opinion Desk",
                 caption, f"Related: {OTHER[0]}", "Advertisement", "The Morning Ledger",
                 "Our opinion writers' best, in your inbox every weekday.", podcast,
                 "Filed under Housing, County government", "© 2026 The Harbor Ledger · Proudly powered by WordPress"]
    return _page(article, "The Harbor Ledger", body), furniture + ([quote] if quote else []), [correction]


def arc(article: Article) -> tuple[str, list[str], list[str]]:
    """An Arc-like national daily: its "b-" components in the article body: "Desk: Opinion" and "5 min read" over the
    body, a word count, a "Published … · Updated … ago" stamp, an image with "(Photo by … /Getty Images)", a pull quote
    in quotation marks in a plain component, "Read also:" and "Keep reading:" lines, "Story continues below
    advertisement", a newsletter card without a form, the standard disclaimer at the end."""
    words = _words(article)
    minutes = max(1, round(words / 200))
    quote = pull_sentence(article)
    credit = "(Photo by Marcus Hale/Getty Images)"
    letter = "Opinions to start the day, from the editorial board and our columnists. Sign up for The Daily Argument."
    disclaimer = "The views expressed in this piece are the author's own and do not necessarily reflect those of The National Courier."
    items = [
        '<figure class="b-image"><img src="https://cdn.example/photo.jpg" alt=""><figcaption class="b-image__caption">'
        f'<span class="b-image__credit">{escape(credit)}</span></figcaption></figure>',
        f'<div class="b-text"><p>Read also: <a href="/politics/2026/12/04/ferry/">{OTHER[2]}</a></p></div>',
        '<div class="b-ad-slot__label">Story continues below advertisement</div>',
    ]
    if quote:
        items.append(f'<div class="b-quote b-quote--large"><p class="b-quote__text">“{escape(quote)}”</p></div>')
    items += [
        '<div class="b-card b-card--inline"><h4 class="b-card__title">The Daily Argument</h4>'
        f'<p class="b-card__text">{escape(letter.split(" Sign up")[0])} <a href="/newsletters/argument/">Sign up for The '
        'Daily Argument.</a></p></div>',
        f'<div class="b-text"><p>Keep reading: <a href="/opinion/2026/12/03/renters/">{OTHER[3]}</a></p></div>',
    ]
    body = ('<div class="b-header"><a class="b-logo" href="/">The National Courier</a><div class="b-sections">'
            '<a href="/politics/">Politics</a> <a href="/world/">World</a> <a href="/opinion/">Opinion</a></div></div>'
            '<main><article class="b-article"><div class="b-headline-block">'
            f'<h1 class="b-headline">{escape(article.headline)}</h1>'
            f'<div class="b-byline">{escape(article.byline)}</div>'
            '<div class="b-meta"><span class="b-desk">Desk: Opinion</span></div>'
            '<div class="b-timestamp">Published 6:00 a.m. EST · Updated 2 hours ago</div>'
            f'<div class="b-read-time">{minutes} min read</div><div class="b-word-count">{words:,} words</div></div>'
            '<div class="b-article-body">' + _slots(article, items) +
            f'<p class="b-disclaimer"><i>{escape(disclaimer)}</i></p></div></article></main>'
            '<div class="b-footer"><a href="/terms/">Terms of Use</a> <a href="/privacy/">Privacy Policy</a>'
            '<p>© 2026 The National Courier</p></div>')
    furniture = ["The National Courier", "Politics World Opinion", "Desk: Opinion",
                 "Published 6:00 a.m. EST · Updated 2 hours ago", f"{minutes} min read", f"{words:,} words", credit,
                 f"Read also: {OTHER[2]}", "Story continues below advertisement", "The Daily Argument", letter,
                 f"Keep reading: {OTHER[3]}", disclaimer, "Terms of Use Privacy Policy", "© 2026 The National Courier"]
    return _page(article, "The National Courier", body), furniture + ([f"“{quote}”"] if quote else []), []


def ru_portal(article: Article) -> tuple[str, list[str], list[str]]:
    """A Russian news portal carrying an English column: rubric and reading time in Russian ("Рубрика: Мнения",
    "Время чтения: 4 мин"), an "Обновлено … назад" stamp, "Фото: … / ТАСС" under a picture, "Читайте также:" and
    "Еще по теме:" lines, "Реклама" labels, a pull quote in a quotation box, a Telegram promo and a podcast promo in
    Russian, "Мнение автора может не совпадать с позицией редакции" at the end, the author's line ("Об авторе: …")."""
    words = _words(article)
    minutes = max(1, round(words / 220))
    quote = pull_sentence(article)
    credit = "Фото: Михаил Иванов / ТАСС"
    tg = "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости."
    pod = "Слушайте подкаст «Неделя» на Яндекс Музыке и в Apple Podcasts"
    disclaimer = "Мнение автора может не совпадать с позицией редакции."
    items = [
        f'<div class="article__photo"><img src="/i/1.jpg" alt=""><div class="article__photo-credit">{credit}</div></div>',
        f'<div class="article__inject"><b>Читайте также:</b> <a href="/news/2026/12/04/">{OTHER[0]}</a></div>',
        '<div class="article__banner"><span>Реклама</span></div>',
    ]
    if quote:
        items.append(f'<div class="article__quote"><div class="article__quote-text">{escape(quote)}</div></div>')
    items += [
        f'<div class="article__inject">Еще по теме: <a href="/news/2026/12/03/">{OTHER[1]}</a></div>',
        f'<div class="article__promo"><a href="https://t.me/portal_news">{tg}</a></div>',
        f'<div class="article__promo"><a href="/podcasts/nedelya/">{pod}</a></div>',
    ]
    body = ('<div class="header"><a href="/" class="logo">Новости Дня</a><ul class="menu"><li><a href="/politics/">'
            'Политика</a></li><li><a href="/economy/">Экономика</a></li><li><a href="/opinions/">Мнения</a></li></ul>'
            '</div><div class="layout"><div class="article"><div class="article__rubric">Рубрика: Мнения</div>'
            f'<h1 class="article__title">{escape(article.headline)}</h1><div class="article__info">'
            f'<span class="article__author">{escape(article.byline)}</span> '
            '<span class="article__date">5 декабря 2026, 10:42</span></div>'
            f'<div class="article__updated">Обновлено 2 часа назад</div><div class="article__read">Время чтения: {minutes} мин'
            '</div><div class="article__body">' + _slots(article, items) +
            f'<p class="article__disclaimer">{disclaimer}</p></div></div>'
            '<div class="footer"><p>© 2026 Новости Дня. Все права защищены.</p><p>Нашли ошибку? Выделите текст и нажмите '
            'Ctrl+Enter</p></div></div>')
    furniture = ["Новости Дня", "Политика Экономика Мнения", "Рубрика: Мнения", "Обновлено 2 часа назад",
                 f"Время чтения: {minutes} мин", credit, f"Читайте также: {OTHER[0]}", "Реклама",
                 f"Еще по теме: {OTHER[1]}", tg, pod, disclaimer, "© 2026 Новости Дня. Все права защищены.",
                 "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"]
    return _page(article, "Новости Дня", body, "ru"), furniture + ([quote] if quote else []), []


def ko_portal(article: Article) -> tuple[str, list[str], list[str]]:
    """A Korean news portal carrying an English column: the desk in brackets ("[논설위원실]"), "입력 … | 수정 …" stamps
    with the year, "읽는 시간 3분", "사진=연합뉴스" and "[사진 제공=…]" credits, "광고" labels, a pull quote in a
    quotation box, "▶ 관련기사:" and "함께 읽으면 좋은 기사:" lines, a newsletter and a YouTube promo, the reporter's
    line with an address, "무단전재 및 재배포 금지"."""
    words = _words(article)
    minutes = max(1, round(words / 250))
    quote = pull_sentence(article)
    credit = "사진=연합뉴스"
    credit2 = "[사진 제공=시청]"
    news = "아침 뉴스레터 ‘모닝브리핑’을 구독하세요"
    yt = "▶ 유튜브 채널 구독하기"
    items = [
        f'<div class="photo"><img src="/p/1.jpg" alt=""><p class="photo_caption">{credit}</p></div>',
        f'<div class="rel_link">▶ 관련기사: <a href="/view/2026120401">{OTHER[1]}</a></div>',
        '<div class="ad_box"><em>광고</em></div>',
    ]
    if quote:
        items.append(f'<div class="quote_box"><strong>{escape(quote)}</strong></div>')
    items += [
        f'<div class="photo"><img src="/p/2.jpg" alt=""><span class="cp">{credit2}</span></div>',
        f'<div class="rel_link">함께 읽으면 좋은 기사: <a href="/view/2026120302">{OTHER[3]}</a></div>',
        f'<div class="letter_promo"><a href="/newsletter">{news}</a></div>',
    ]
    body = ('<div id="header"><a href="/" class="logo">한빛일보</a><ul class="gnb"><li><a href="/politics">정치</a></li>'
            '<li><a href="/economy">경제</a></li><li><a href="/opinion">오피니언</a></li></ul></div>'
            '<div id="container"><div class="article_head"><p class="desk">[논설위원실]</p>'
            f'<h1 class="tit">{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>'
            '<p class="date">입력 2026.12.05 10:42 | 수정 2026.12.05 11:30</p>'
            f'<p class="read_time">읽는 시간 {minutes}분</p></div><div class="article_body" id="articleBody">'
            + _slots(article, items) +
            f'<p class="reporter">논설위원실 opinion@hanbit.example</p><p class="yt"><a href="https://youtube.example/hanbit">'
            f'{yt}</a></p><p class="copy">&lt;저작권자 © 한빛일보, 무단전재 및 재배포 금지&gt;</p></div></div>'
            '<div id="footer"><p>한빛일보 · 서울특별시 중구 세종대로 1 · 등록번호 서울 아00001</p></div>')
    furniture = ["한빛일보", "정치 경제 오피니언", "[논설위원실]", f"읽는 시간 {minutes}분", credit,
                 f"▶ 관련기사: {OTHER[1]}", "광고", credit2, f"함께 읽으면 좋은 기사: {OTHER[3]}", news,
                 "논설위원실 opinion@hanbit.example", yt, "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>",
                 "한빛일보 · 서울특별시 중구 세종대로 1 · 등록번호 서울 아00001"]
    return _page(article, "한빛일보", body, "ko"), furniture + ([quote] if quote else []), []


def brightspot(article: Article) -> tuple[str, list[str], list[str]]:
    """Kept aside. A Brightspot-like regional daily: "RichTextArticleBody" with enhancements between paragraphs: a
    "6-minute read" line, "Department: Editorials", "Last updated 45 minutes ago", a credit line under a picture
    ("Image: Courtesy of the city of Fairmont"), "ALSO SEE:" and "MORE:" lines, "ADVERTISEMENT", a pull quote in an
    enhancement, a podcast player's line, a newsletter box, an author box ("About the Editorial Board" with a link to
    more), "This editorial reflects the views of …" (a note: shown or hidden), an editor's note (a note)."""
    words = _words(article)
    minutes = max(1, round(words / 210))
    quote = pull_sentence(article)
    credit = "Image: Courtesy of the city of Fairmont"
    pod = "Podcast: Valley Matters, the week's news in 20 minutes. Listen now"
    news = "Get the Valley Herald's opinion newsletter every Friday."
    note = "Editor's note: This editorial was updated on Dec. 5 to add the council's response."
    bio = ("The Valley Herald's editorial board is made up of the publisher and members of the opinion staff, separate "
           "from the newsroom.")
    items = [
        f'<div class="Enhancement"><figure class="Figure"><img src="/img.jpg" alt=""><div class="Figure-credit">{credit}'
        '</div></figure></div>',
        f'<p class="RichTextBody-p">ALSO SEE: <a href="/news/ferry">{OTHER[2]}</a></p>',
        '<div class="Enhancement"><div class="GoogleDfpAd-label">ADVERTISEMENT</div></div>',
    ]
    if quote:
        items.append(f'<div class="Enhancement"><div class="Quote"><div class="Quote-body">{escape(quote)}</div></div></div>')
    items += [
        f'<div class="Enhancement"><div class="PodcastPromo"><a href="/podcasts/valley-matters">{pod}</a></div></div>',
        f'<p class="RichTextBody-p">MORE: <a href="/news/port">{OTHER[0]}</a></p>',
        f'<div class="Enhancement"><div class="Box"><p>{news}</p><p><a href="/newsletters">Sign up</a></p></div></div>',
    ]
    body = ('<div class="Page-header"><a class="Page-logo" href="/">Valley Herald</a><div class="Page-navigation">'
            '<a href="/local">Local</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a></div></div>'
            '<main class="Page-main"><div class="ArticlePage-articleContainer">'
            f'<h1 class="ArticlePage-headline">{escape(article.headline)}</h1>'
            f'<div class="ArticlePage-authors">{escape(article.byline)}</div>'
            '<div class="ArticlePage-datePublished">Dec. 5, 2026</div>'
            '<div class="ArticlePage-dateModified">Last updated 45 minutes ago</div>'
            f'<div class="ArticlePage-readTime">{minutes}-minute read</div>'
            '<div class="ArticlePage-department">Department: Editorials</div>'
            '<div class="RichTextArticleBody RichTextBody">' + _slots(article, items) +
            f'<p class="RichTextBody-p"><i>{escape(note)}</i></p></div>'
            '<div class="ArticlePage-authorBox"><h3>About the Editorial Board</h3>'
            f'<p>{escape(bio)}</p><a href="/opinion/editorial-board">More from the Editorial Board</a></div></div></main>'
            '<div class="Page-footer"><p>Copyright 2026 Valley Herald Media</p></div>')
    furniture = ["Valley Herald", "Local Sports Opinion", "Last updated 45 minutes ago", f"{minutes}-minute read",
                 "Department: Editorials", credit, f"ALSO SEE: {OTHER[2]}", "ADVERTISEMENT", pod, f"MORE: {OTHER[0]}",
                 news, "Sign up", "About the Editorial Board", bio, "More from the Editorial Board",
                 "Copyright 2026 Valley Herald Media"]
    return _page(article, "Valley Herald", body), furniture + ([quote] if quote else []), [note]


Layout = Callable[[Article], tuple[str, list[str], list[str]]]
N_LAYOUTS: dict[str, Layout] = {"wordpress": wordpress, "arc": arc, "ru-portal": ru_portal, "ko-portal": ko_portal}
N_HELD_LAYOUTS: dict[str, Layout] = {"brightspot": brightspot}
