"""Dev set L (written in session 14, committed before any reader change was tuned with it in view): kinds of page
no earlier set covers: a paginated article ("Page 2 of 3" labels, "« Previous 1 2 3 Next »", "Continue to page 2",
"View as single page"), a print-friendly page (print and close buttons, the story's address, "Printed from … on …",
a redistribution notice), an AMP web story (one paragraph a page, "Tap to continue", "Swipe up", a bookend of
other stories), a page whose text is only in its JSON-LD articleBody (a script shell with "Enable JavaScript"),
a photo-gallery article ("3 / 6" counters, captions with credits, "Previous"/"Next"), a liveblog with a time line
per entry ("10:42 a.m. ET", "2h ago", "Pinned", "Show 3 new updates", "Load more"), and current Russian and
Korean news portals' frames around the story (menus, "Читайте также:", "Нашли ошибку? … Ctrl+Enter", a Dzen
line, "입력 2026.12.05 10:42 | 수정 …", "무단전재 및 재배포 금지", "관련기사", "많이 본 뉴스", a reporter's
address).

Kept aside (L_HELD_LAYOUTS): another print-friendly page and another liveblog, worded otherwise.

L_LAYOUTS are tuned on (editorials 28-30 of each outlet); the kept-aside part is editorials 34-36 in every layout
and 28-30 in the held layouts (benchmarks/bench_ingest_fidelity.py --dev-web-l, --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

import json
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article

OTHER = ["Port strike enters its third week", "Council delays vote on library hours",
         "Ferry fares to rise in spring", "What the new budget means for renters"]


def _ps(paragraphs: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in paragraphs)


def _thirds(article: Article) -> tuple[list[str], list[str], list[str]]:
    ps = article.paragraphs
    k = max(1, len(ps) // 3)
    return ps[:k], ps[k:2 * k], ps[2 * k:]


def _page(article: Article, site: str, body: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(article.headline)} | {site}'
            f'</title>{head}</head><body>{body}</body></html>')


def paginated(article: Article) -> tuple[str, list[str]]:
    """A story split over pages, all loaded: "Page 2 of 3" labels, a numbered pager after each part, "Continue to
    page 2" links, "View as single page"."""
    parts = _thirds(article)
    body = ('<div class="top"><a href="/">The Valley Courier</a></div><div class="story">'
            f'<h1>{escape(article.headline)}</h1><div class="by">{escape(article.byline)}</div>'
            '<div class="pg-tools"><a href="?single=1">View as single page</a></div>')
    for n, part in enumerate(parts, 1):
        body += f'<div class="pg-part"><div class="pg-label">Page {n} of 3</div>{_ps(part)}'
        if n < 3:
            body += f'<p class="pg-next"><a href="?page={n + 1}">Continue to page {n + 1}</a></p>'
        body += ('<div class="pgr"><a href="?page=1">« Previous</a> <a href="?page=1">1</a> <a href="?page=2">2</a> '
                 '<a href="?page=3">3</a> <a href="?page=3">Next »</a></div></div>')
    body += '</div><div class="foot">© 2026 The Valley Courier</div>'
    return _page(article, "The Valley Courier", body), [
        "The Valley Courier", "View as single page", "Page 1 of 3", "Page 2 of 3", "Page 3 of 3", "Continue to page 2",
        "Continue to page 3", "« Previous 1 2 3 Next »", "© 2026 The Valley Courier"]


def print_friendly(article: Article) -> tuple[str, list[str]]:
    """A print version: the site's name, print and close buttons, the story's address, "Printed from … on …", a
    redistribution notice."""
    url = "https://www.northshoretimes.example/news/2026/12/05/story-48213.html"
    note = "This material may not be published, broadcast, rewritten or redistributed without permission."
    body = ('<div class="print-head"><b>North Shore Times</b> <a href="javascript:window.print()">Print this page</a> '
            '<a href="javascript:window.close()">Close window</a></div><hr>'
            f'<h1>{escape(article.headline)}</h1><p><i>{escape(article.byline)}</i></p>' + _ps(article.paragraphs) +
            f'<hr><div class="print-foot"><p>Printed from northshoretimes.example on December 5, 2026</p><p>{url}</p>'
            f'<p>{note}</p></div>')
    return _page(article, "North Shore Times", body), [
        "North Shore Times", "Print this page", "Close window", "Printed from northshoretimes.example on December 5, 2026",
        url, note]


def amp_story(article: Article) -> tuple[str, list[str]]:
    """An AMP web story: a cover page with the headline and byline, one paragraph a page, "Tap to continue" on the
    cover, a "Swipe up" link on the last page, a bookend of other stories."""
    pages = [f'<amp-story-page id="cover"><amp-story-grid-layer template="vertical"><h1>{escape(article.headline)}</h1>'
             f'<p class="by">{escape(article.byline)}</p><div class="hint">Tap to continue</div>'
             '</amp-story-grid-layer></amp-story-page>']
    for n, p in enumerate(article.paragraphs):
        pages.append(f'<amp-story-page id="p{n}"><amp-story-grid-layer template="fill"><amp-img src="i{n}.jpg" '
                     'layout="fill"></amp-img></amp-story-grid-layer><amp-story-grid-layer template="thirds"><p '
                     f'grid-area="lower-third">{escape(p)}</p></amp-story-grid-layer></amp-story-page>')
    pages.append('<amp-story-page id="end"><amp-story-grid-layer template="vertical"><a class="swipe" href="/full">'
                 'Swipe up to read more</a></amp-story-grid-layer></amp-story-page>')
    body = ('<amp-story standalone title="Story" publisher="Harbor Daily" poster-portrait-src="p.jpg">' + "".join(pages) +
            '<amp-story-bookend layout="nodisplay"><div class="bookend"><h3>More stories</h3>' +
            "".join(f'<a href="/s/{n}">{t}</a>' for n, t in enumerate(OTHER)) + '</div></amp-story-bookend></amp-story>')
    return _page(article, "Harbor Daily", body), ["Tap to continue", "Swipe up to read more", "More stories", *OTHER]


def jsonld_only(article: Article) -> tuple[str, list[str]]:
    """A script shell: the visible page is the site's frame and "Enable JavaScript", the story only in the JSON-LD
    articleBody (paragraphs split by blank lines)."""
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
          "author": {"@type": "Person", "name": article.byline.removeprefix("By ")},
          "datePublished": "2026-12-05T09:00:00Z", "articleBody": "\n\n".join(article.paragraphs)}
    head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    body = ('<div id="app"><header class="hdr"><a href="/">Metro Ledger</a> <a href="/news">News</a> <a href="/sport">'
            'Sport</a> <a href="/opinion">Opinion</a></header><main id="root"><noscript>Enable JavaScript to read this '
            'article.</noscript><div class="skeleton"></div></main><footer>© 2026 Metro Ledger</footer></div>')
    return _page(article, "Metro Ledger", body, head), ["Metro Ledger News Sport Opinion", "© 2026 Metro Ledger"]


def gallery(article: Article) -> tuple[str, list[str]]:
    """A photo-gallery article: an intro, then slides, each a photo, a "3 / 6" counter, a caption with a credit and
    a paragraph of the story; "Previous" and "Next" buttons; "Start slideshow"."""
    ps = article.paragraphs
    intro, rest = ps[:1], ps[1:]
    caps = ["Workers gather at the gate before dawn.", "The committee room during Tuesday's hearing.",
            "A sign outside the ministry.", "Commuters wait at the central station."]
    furniture = ["Start slideshow"]
    slides = ""
    for n, p in enumerate(rest):
        cap = caps[n % len(caps)]
        credit = "Photo: Ana Costa / Harbor Daily" if n % 2 else "(AP Photo/Jon Reyes)"
        slides += (f'<div class="slide"><img src="g{n}.jpg" alt=""><div class="slide-count">{n + 1} / {len(rest)}</div>'
                   f'<div class="slide-caption">{escape(cap)} <span class="credit">{escape(credit)}</span></div>'
                   f'<div class="slide-text"><p>{escape(p)}</p></div></div>')
        furniture += [f"{n + 1} / {len(rest)}", f"{cap} {credit}"]
    body = ('<div class="masthead"><a href="/">Harbor Daily</a></div><article class="gallery">'
            f'<h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p>{_ps(intro)}'
            '<button class="start">Start slideshow</button><div class="slides">' + slides +
            '</div><div class="gal-nav"><button>Previous</button><button>Next</button></div></article>')
    return _page(article, "Harbor Daily", body), furniture


def liveblog(article: Article) -> tuple[str, list[str]]:
    """A liveblog: "Live" and "Updated 3m ago" above, "Show 3 new updates", entries each with a time line ("10:42
    a.m. ET", "2h ago") and a "Pinned" or "Key event" label on some, a share link per entry, "Load more"."""
    times = ["2h ago", "10:42 a.m. ET", "10:15 a.m. ET", "9:58 a.m. ET", "9:31 a.m. ET", "9:02 a.m. ET"]
    entries = ""
    furniture = ["Live", "Updated 3m ago", "Show 3 new updates", "Load more", "Share this post"]
    for n, p in enumerate(article.paragraphs):
        label = "<span class='lb-label'>Pinned</span>" if n == 0 else "<span class='lb-label'>Key event</span>" \
            if n == 2 else ""
        t = times[n % len(times)]
        entries += (f'<div class="lb-entry"><div class="lb-meta"><time>{t}</time>{label}</div><div class="lb-body">'
                    f'<p>{escape(p)}</p></div><div class="lb-share"><a href="#e{n}">Share this post</a></div></div>')
        furniture.append(t)
    furniture += ["Pinned", "Key event"]
    body = ('<div class="site"><a href="/">The Capital Wire</a></div><main><div class="lb-kicker">Live</div>'
            f'<h1>{escape(article.headline)}</h1><div class="lb-by">{escape(article.byline)}</div>'
            '<div class="lb-updated">Updated 3m ago</div><button class="lb-new">Show 3 new updates</button>'
            f'<div class="lb-feed">{entries}</div><button class="lb-more">Load more</button></main>')
    return _page(article, "The Capital Wire", body), [*furniture, "The Capital Wire"]


def ru_portal(article: Article) -> tuple[str, list[str]]:
    """A Russian news portal's frame: a menu, the date line, "Читайте также:" with a link between paragraphs, a
    photo credit, "Реклама", a Dzen line, "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter", "Самое читаемое",
    an age mark and a copyright footer."""
    a, b, c = _thirds(article)
    menu = ["Главное", "Политика", "Экономика", "Общество", "Мир", "Спорт"]
    also = "Читайте также: Центробанк сохранил ключевую ставку"
    dzen = "Подписывайтесь на наш канал в Дзене"
    typo = "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"
    popular = ["В Москве открыли новую станцию метро", "Правительство одобрило бюджет на 2027 год"]
    body = ('<header class="header"><a class="logo" href="/">Вести Дня</a><ul class="menu">' +
            "".join(f'<li><a href="/{n}">{m}</a></li>' for n, m in enumerate(menu)) + '</ul></header>'
            '<div class="article"><div class="article__date">5 декабря 2026, 10:42</div>'
            f'<h1 class="article__title">{escape(article.headline)}</h1><div class="article__author">'
            f'{escape(article.byline)}</div><div class="article__photo"><img src="f.jpg"><span class="article__credit">'
            'Фото: РИА Новости</span></div><div class="article__text">' + _ps(a) +
            f'<p class="also"><b>Читайте также:</b> <a href="/n/1">{also[15:]}</a></p>' + _ps(b) +
            '<div class="banner"><span>Реклама</span></div>' + _ps(c) + f'<p class="dzen"><a href="https://dzen.ru/x">'
            f'{dzen}</a></p></div><div class="typo">{typo}</div></div><aside class="popular"><h3>Самое читаемое</h3>' +
            "".join(f'<a href="/p/{n}">{t}</a>' for n, t in enumerate(popular)) + '</aside>'
            '<footer><span class="age">18+</span> © 2026 Вести Дня. Все права защищены.</footer>')
    return _page(article, "Вести Дня", body), [
        "Вести Дня", " ".join(menu), "5 декабря 2026, 10:42", "Фото: РИА Новости", also, "Реклама", dzen, typo,
        "Самое читаемое", *popular, "18+ © 2026 Вести Дня. Все права защищены."]


def ko_portal(article: Article) -> tuple[str, list[str]]:
    """A Korean news portal's frame: a menu, "입력 … | 수정 …", "기자 구독" and a font-size tool, "관련기사" between
    paragraphs, the reporter's address after the text, "무단전재 및 재배포 금지", "많이 본 뉴스", "공유하기"."""
    a, b, c = _thirds(article)
    menu = ["정치", "경제", "사회", "국제", "문화", "스포츠"]
    dates = "입력 2026.12.05 10:42 | 수정 2026.12.05 11:03"
    related = ["정부, 내년 예산안 국회 제출", "여야, 예산 협상 시작"]
    popular = ["서울 지하철 새 노선 개통", "기준금리 동결"]
    body = ('<div class="gnb"><a href="/" class="logo">한빛일보</a>' + "".join(f'<a href="/s{n}">{m}</a>'
                                                                         for n, m in enumerate(menu)) + '</div>'
            f'<div class="article-head"><h1>{escape(article.headline)}</h1><div class="info"><span>{escape(article.byline)}'
            f'</span><span class="date">{dates}</span></div><div class="tools"><button>기자 구독</button><button>가</button>'
            '<a href="#">공유하기</a></div></div><div id="article-view-content">' + _ps(a) +
            '<div class="related"><strong>관련기사</strong><ul>' + "".join(f'<li><a href="/r/{n}">{t}</a></li>'
                                                                        for n, t in enumerate(related)) + '</ul></div>' +
            _ps(b) + _ps(c) + '<p class="email">hong@hanbit.example</p><p class="copy">&lt;저작권자 © 한빛일보, 무단전재 및 '
            '재배포 금지&gt;</p></div><div class="ranking"><h3>많이 본 뉴스</h3><ol>' +
            "".join(f'<li><a href="/b/{n}">{t}</a></li>' for n, t in enumerate(popular)) + '</ol></div>')
    return _page(article, "한빛일보", body), [
        "한빛일보", " ".join(menu), dates, "공유하기", "관련기사", *related, "hong@hanbit.example",
        "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>", "많이 본 뉴스", *popular]


def print_friendly_b(article: Article) -> tuple[str, list[str]]:
    """Kept aside: a print page in a table, "Print" and "Back to article" links, "Article printed on …", the story's
    address labelled "URL:", a copyright line."""
    url = "https://lakeside-herald.example/politics/story/2026/12/05/91822"
    body = ('<table width="600"><tr><td><span class="brand">LAKESIDE HERALD</span></td><td align="right"><a href="#" '
            'onclick="print()">Print</a> | <a href="/politics/story/91822">Back to article</a></td></tr><tr><td '
            f'colspan="2"><h2>{escape(article.headline)}</h2><p>{escape(article.byline)}</p>' + _ps(article.paragraphs) +
            f'<p class="small">Article printed on 12/05/2026</p><p class="small">URL: {url}</p><p class="small">Copyright '
            '2026 Lakeside Herald Media. All rights reserved.</p></td></tr></table>')
    return _page(article, "Lakeside Herald", body), [
        "LAKESIDE HERALD", "Print | Back to article", "Article printed on 12/05/2026", f"URL: {url}",
        "Copyright 2026 Lakeside Herald Media. All rights reserved."]


def liveblog_b(article: Article) -> tuple[str, list[str]]:
    """Kept aside: a liveblog whose entries open with a bold time and a dash inside the paragraph's block, a "New
    posts" bar, "Jump to latest", reactions under each entry."""
    entries = ""
    furniture = ["New posts", "Jump to latest", "Refresh for the latest updates"]
    for n, p in enumerate(article.paragraphs):
        t = f"{14 - n // 2}:{(n * 7) % 60:02d}"
        entries += (f'<section class="post"><div class="post-time">{t} GMT</div><div class="post-content">'
                    f'<p>{escape(p)}</p></div><div class="post-react"><a href="#">Like</a> <a href="#">Share</a></div>'
                    '</section>')
        furniture += [f"{t} GMT", "Like Share"]
    body = ('<div class="bar">New posts</div><div class="wrap"><a href="#latest">Jump to latest</a>'
            f'<h1>{escape(article.headline)}</h1><p class="credit">{escape(article.byline)}</p>'
            f'<div class="refresh">Refresh for the latest updates</div><div class="posts">{entries}</div></div>')
    return _page(article, "The Morning Star", body), furniture


L_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "paginated": paginated, "print-friendly": print_friendly, "amp-story": amp_story, "jsonld-only": jsonld_only,
    "gallery": gallery, "liveblog": liveblog, "ru-portal": ru_portal, "ko-portal": ko_portal}
L_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "print-friendly-b": print_friendly_b, "liveblog-b": liveblog_b}


# Second batch (written after the first was tuned on, before any reader change was tuned with it in view): the
# same kinds in other markup. Tuned on: editorials 28-30; kept aside: 34-36 in every layout, 28-30 in the held one.

def paginated_b(article: Article) -> tuple[str, list[str]]:
    """Pages as <section>s, each opened by an "h2" of its number ("Page 2") and closed by "Next page →" / "← Previous
    page" links; a "Pages: 1 | 2 | 3" line at the top."""
    parts = _thirds(article)
    body = ('<div class="brand"><a href="/">Eastbay Tribune</a></div><article><h1>' + escape(article.headline) +
            f'</h1><p class="meta">{escape(article.byline)}</p><p class="pages">Pages: <a href="?p=1">1</a> | '
            '<a href="?p=2">2</a> | <a href="?p=3">3</a></p>')
    for n, part in enumerate(parts, 1):
        body += f'<section class="page"><h2 class="page-no">Page {n}</h2>{_ps(part)}<div class="page-links">'
        body += (f'<a href="?p={n - 1}">← Previous page</a> ' if n > 1 else '') + \
            (f'<a href="?p={n + 1}">Next page →</a>' if n < 3 else '') + '</div></section>'
    body += '</article>'
    return _page(article, "Eastbay Tribune", body), [
        "Eastbay Tribune", "Pages: 1 | 2 | 3", "Page 1", "Page 2", "Page 3", "Next page →", "← Previous page Next page →",
        "← Previous page"]


def jsonld_teaser(article: Article) -> tuple[str, list[str]]:
    """A metered page that shows the headline and the first paragraph, then "Subscribe to keep reading"; the whole
    story in a JSON-LD @graph's articleBody, HTML entities in it, paragraphs split by single line breaks."""
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": article.headline},
        {"@type": ["NewsArticle"], "headline": article.headline, "articleBody": "\n".join(article.paragraphs)}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    body = ('<div class="nav"><a href="/">Ridge Gazette</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></div>'
            f'<main><h1>{escape(article.headline)}</h1><p class="by">{escape(article.byline)}</p>'
            f'<div class="teaser">{_ps(article.paragraphs[:1])}</div><div class="wall"><p>Subscribe to keep reading</p>'
            '<a class="btn" href="/subscribe">Subscribe</a></div></main>')
    return _page(article, "Ridge Gazette", body, head), [
        "Ridge Gazette News Opinion", "Subscribe to keep reading", "Subscribe"]


def print_friendly_c(article: Article) -> tuple[str, list[str]]:
    """A print version opened by a script: "Click here to print", the outlet's name and address line, the story,
    then "Printed on Dec 5 2026 at 10:42 from https://…" in small print."""
    url = "https://coastalvoice.example/a/2026/12/05/council"
    body = ('<body onload="window.print()"><div class="pr-top"><a href="#" onclick="print()">Click here to print</a>'
            '</div><div class="pr-brand">THE COASTAL VOICE</div>'
            f'<h1>{escape(article.headline)}</h1><div>{escape(article.byline)}</div>{_ps(article.paragraphs)}'
            f'<div class="pr-foot"><small>Printed on Dec 5 2026 at 10:42 from {url}</small></div>')
    return _page(article, "The Coastal Voice", body), [
        "Click here to print", "THE COASTAL VOICE", f"Printed on Dec 5 2026 at 10:42 from {url}"]


def ko_portal_b(article: Article) -> tuple[str, list[str]]:
    """Another Korean portal: "기사입력 2026-12-05 10:42 기사수정 2026-12-05 11:03", a "[한빛뉴스=홍길동 기자]" lead
    label, "▶ 관련 기사" links, "▷ 제보는 카카오톡 okjebo" line, "Copyright ⓒ 한빛뉴스. All rights reserved."."""
    a, b, c = _thirds(article)
    dates = "기사입력 2026-12-05 10:42 기사수정 2026-12-05 11:03"
    tip = "▷ 제보는 카카오톡 okjebo"
    body = ('<div class="top"><a href="/">한빛뉴스</a></div><div class="view"><h2 class="tit">' + escape(article.headline) +
            f'</h2><div class="byline">{escape(article.byline)}</div><div class="date">{dates}</div>'
            '<div class="cont">' + _ps(a) + '<p class="rel">▶ 관련 기사: <a href="/r/1">정부, 예산안 제출</a></p>' + _ps(b) +
            _ps(c) + f'<p class="tip">{tip}</p><p class="copy">Copyright ⓒ 한빛뉴스. All rights reserved.</p></div></div>')
    return _page(article, "한빛뉴스", body), [
        "한빛뉴스", dates, "▶ 관련 기사: 정부, 예산안 제출", tip, "Copyright ⓒ 한빛뉴스. All rights reserved."]


def paginated_c(article: Article) -> tuple[str, list[str]]:
    """Kept aside: pages in <div class="article-page" data-page="N">, a "Continued on next page" line at each page's
    foot and a numbered pager nav at the end."""
    parts = _thirds(article)
    body = (f'<div class="hd"><a href="/">Northern Post</a></div><h1>{escape(article.headline)}</h1>'
            f'<p>{escape(article.byline)}</p>')
    for n, part in enumerate(parts, 1):
        body += (f'<div class="article-page" data-page="{n}"><span class="pnum">{n} of 3</span>{_ps(part)}' +
                 ('<p class="cont">Continued on next page</p>' if n < 3 else '') + '</div>')
    body += '<nav class="pager"><a href="?p=1">1</a><a href="?p=2">2</a><a href="?p=3">3</a></nav>'
    return _page(article, "Northern Post", body), [
        "Northern Post", "1 of 3", "2 of 3", "3 of 3", "Continued on next page", "123"]


L2_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "paginated-b": paginated_b, "jsonld-teaser": jsonld_teaser, "print-friendly-c": print_friendly_c,
    "ko-portal-b": ko_portal_b}
L2_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"paginated-c": paginated_c}
