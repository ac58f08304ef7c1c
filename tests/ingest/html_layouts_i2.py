"""Dev set I, second batch (written in session 12 after the first was tuned on, before any reader
change was tuned with it in view): more kinds of real publisher pages: a national paper's page with
"Advertisement" / "Skip Advertisement" / "Continue reading the main story" slots, a gift-article
bar and a print-edition note; a capital paper's page with its tagline under the logo, a "Perspective"
label, "Gift Article" / "Comment" / "Share" tools and a newsletter teaser; a regional paper on a
newsroom CMS with template placeholders left in its widgets, an e-mail-alert form and "Be the first
to know"; a magazine with "ADVERTISEMENT - CONTINUE READING BELOW" slots and product-style
inline cards; a British paper with rich-link cards in the body, "Explore more on these topics",
"Reuse this content" and a sign-in gate; a Russian-language portal frame (Реклама, Читайте также,
Поделиться, подписка на Telegram) around an English text.

Kept aside (I2_HELD_LAYOUTS): an aggregator's syndicated copy ("Story continues", "Original article
source:", "View comments") and a Korean-language portal frame (많이 본 뉴스, 관련기사, 공유하기,
무단전재 및 재배포 금지).

I2_LAYOUTS are tuned on (set A's editorials 0-3); the kept-aside part is Al Jazeera's editorials
79-83 in every layout and set A's in the held layouts (benchmarks/bench_ingest_fidelity.py).
Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _thirds

OTHERS = ["Heat wave tests the state's power grid", "Inside the race for the last open Senate seat",
          "Opinion: The library budget is a false economy", "Ferry fares to rise for the third year running"]


def _ps(ps: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in ps)


def national_paper(article: Article) -> tuple[str, list[str]]:
    """A national paper: the body in sections of a story container, "Advertisement" and "SKIP
    ADVERTISEMENT" between them, "Continue reading the main story", a gift-article bar, the
    print-edition note with "Order Reprints | Today's Paper | Subscribe", a "See more on:" line."""
    a, b, c = _thirds(article)
    slot = ('<div class="ad-wrap" aria-label="Advertisement" role="region"><div class="ad-label">Advertisement</div>'
            '<div class="ad-slot" id="mid{}"></div><a href="#after-mid{}" class="skip">SKIP ADVERTISEMENT</a></div>')
    note = (f"A version of this article appears in print on June 20, 2024, Section A, Page 22 of the New York "
            f"edition with the headline: {article.headline}")
    html = (_head(article, "The National Paper") +
            '<body><div id="app"><div class="css-1fanzo5"><a href="/">The National Paper</a><span class="css-date">'
            'Thursday, June 20, 2024</span></div><main id="site-content"><div class="css-story"><div class="css-supp">'
            'Supported by</div><div class="css-cont"><p>Continue reading the main story</p></div><h1 data-testid="'
            f'headline">{escape(article.headline)}</h1><p class="css-byline">{escape(article.byline)}</p><div class="'
            'css-gift"><button>Share full article</button><button>Read 412 comments</button><p>Send any friend a '
            'story</p><p>As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.'
            '</p></div><section name="articleBody"><div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-'
            f'53u6y8">{_ps(a, "css-at9mc1 evys1bk0")}</div></div>{slot.format(1, 1)}<div class="css-s99gbd '
            f'StoryBodyCompanionColumn"><div class="css-53u6y8">{_ps(b, "css-at9mc1 evys1bk0")}</div></div>'
            f'{slot.format(2, 2)}<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">'
            f'{_ps(c, "css-at9mc1 evys1bk0")}</div></div></section><div class="css-print"><p>{escape(note)}</p><p>'
            '<a href="#">Order Reprints</a> | <a href="#">Today’s Paper</a> | <a href="#">Subscribe</a></p></div>'
            '<div class="css-topics"><span>See more on: </span><a href="#">City Council</a></div></div></main></div>'
            '</body></html>')
    return html, ["The National Paper", "Supported by", "Continue reading the main story", "Share full article",
                  "Read 412 comments", "Send any friend a story",
                  "As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.",
                  "Advertisement", "SKIP ADVERTISEMENT", note, "Order Reprints | Today’s Paper | Subscribe",
                  "See more on: City Council"]


def capital_paper(article: Article) -> tuple[str, list[str]]:
    """A capital paper: its motto under the logo, a "Perspective" label and the author's line,
    a tool row ("Gift Article", "Comment", "Share", "Listen"), a newsletter teaser in the body
    ("Today's Headlines", what it holds, "Sign up"), and "Comments" at the end."""
    a, b, c = _thirds(article)
    teaser = ("The most important news stories of the day, curated by editors and delivered every morning.")
    html = (_head(article, "The Capital Post") +
            '<body><div class="wpds-header"><div class="wpds-logo"><a href="/">The Capital Post</a></div><div class='
            '"wpds-tagline">Democracy Thrives in Daylight</div></div><main><div class="grid-article"><div class="'
            'kicker-label">Perspective</div>'
            f'<h1 class="headline">{escape(article.headline)}</h1><div class="byline-wrap"><span>{escape(article.byline)}'
            '</span><span class="ts">June 20, 2024 at 6:00 a.m. EDT</span></div><div class="article-tools"><button>'
            'Gift Article</button><button>Comment</button><button>Share</button><button>Listen</button><span>4 min'
            '</span></div><div class="article-body">' + _ps(a, "wpds-c-cYdRxM") +
            f'<div class="newsletter-inline"><h3>Today’s Headlines</h3><p>{teaser}</p><a href="#" class="btn">Sign up'
            '</a></div>' + _ps(b, "wpds-c-cYdRxM") + _ps(c, "wpds-c-cYdRxM") + '</div><div class="comments-entry">'
            '<button>Comments</button></div></div></main></body></html>')
    return html, ["The Capital Post", "Democracy Thrives in Daylight", "Perspective",
                  "Gift Article Comment Share Listen", "4 min", "Today’s Headlines", teaser, "Sign up", "Comments"]


def newsroom_cms(article: Article) -> tuple[str, list[str]]:
    """A regional paper on a newsroom CMS: widgets with template placeholders left in them
    ("{{title}}"), "Be the first to know" with an e-mail-alert form, a weather line, "Catch the
    latest in Opinion", tags and a "Most Popular" block with a "no recent results" line."""
    a, b = article.paragraphs[:len(article.paragraphs) // 2], article.paragraphs[len(article.paragraphs) // 2:]
    alert = ("Get local news delivered to your inbox! Email notifications are only sent once a day, and only if "
             "there are new matching items.")
    html = (_head(article, "Tri-County Sentinel") +
            '<body><div id="site-top"><a href="/">Tri-County Sentinel</a><div class="weather-widget"><span>Partly '
            'cloudy</span> <span>72°F</span></div><a href="/subscribe" class="sub">Subscribe for $1</a></div>'
            '<div id="main-page-container"><div class="asset" id="asset-content"><div class="asset-header">'
            f'<h1 class="headline"><span class="tnt-asset-title">{escape(article.headline)}</span></h1><div class="meta">'
            f'<span class="tnt-byline">{escape(article.byline)}</span><time>Jun 20, 2024</time></div></div>'
            f'<div class="asset-content subscriber-premium"><div id="article-body" itemprop="articleBody">{_ps(a)}'
            '<div class="tnt-ads-container"><div class="tnt-ads">{{ad_label}}</div></div>' + _ps(b) + '</div></div>'
            '<div class="asset-tags"><ul class="list-inline"><li><a href="#">Opinion</a></li><li><a href="#">Editorial'
            '</a></li></ul></div><div class="email-alert"><h3>Be the first to know</h3><p>' + escape(alert) +
            '</p><form><input type="email"><button>Sign up!</button></form></div><div class="card-latest"><h3>Catch the '
            'latest in Opinion</h3><ul>' + "".join(f'<li><a href="#">{t}</a></li>' for t in OTHERS[:2]) +
            '</ul></div><div class="card-popular"><h3>Most Popular</h3><p class="no-results">Sorry, there are no recent '
            'results for popular articles.</p><div class="tnt-tmpl">{{#items}}{{title}}{{/items}}</div></div></div>'
            '</div></body></html>')
    return html, ["Tri-County Sentinel", "Partly cloudy 72°F", "Subscribe for $1", "{{ad_label}}",
                  "Opinion Editorial", "Be the first to know", alert, "Sign up!", "Catch the latest in Opinion",
                  *OTHERS[:2], "Most Popular", "Sorry, there are no recent results for popular articles.",
                  "{{#items}}{{title}}{{/items}}"]


def magazine_slots(article: Article) -> tuple[str, list[str], list[str]]:
    """A magazine: "ADVERTISEMENT - CONTINUE READING BELOW" slots between the paragraphs, an
    inline card for another story (kicker, title, "By …", reading time), a "Headshot of …"
    author card at the end, and a "Get the latest" newsletter call. By the project's web convention (session 18) the
    card's bio is article text: it may show (a note)."""
    a, b, c = _thirds(article)
    slot = '<div class="ad-disclaimer"><span class="css-ad">Advertisement - Continue Reading Below</span></div>'
    card = ('<div class="inline-card"><a href="#"><span class="card-kicker">Politics</span><span class="card-title">'
            f'{OTHERS[1]}</span><span class="card-by">By Dana Whitfield</span><span class="card-time">6 min read'
            '</span></a></div>')
    bio = "Lena Ortiz is the politics editor, covering state government, elections and the courts."
    html = (_head(article, "Midwest Monthly") +
            '<body><div class="masthead"><a href="/">Midwest Monthly</a></div><div class="content-wrap">'
            f'<h1 class="content-hed">{escape(article.headline)}</h1><div class="content-info">{escape(article.byline)}'
            ' Published: Jun 20, 2024</div><div class="article-body-content">' + _ps(a) + slot + card + _ps(b) + slot +
            _ps(c) + f'</div><div class="author-card"><img alt="Headshot of Lena Ortiz"><p>{bio}</p></div>'
            '<div class="nl-call"><p>Get the latest in politics, culture and food from Midwest Monthly.</p><a href="#">'
            'Sign Up Now</a></div></div></body></html>')
    return html, ["Midwest Monthly", "Advertisement - Continue Reading Below", "Politics", OTHERS[1],
                  "By Dana Whitfield", "6 min read", "Get the latest in politics, culture and food from Midwest "
                  "Monthly.", "Sign Up Now"], [bio]


def british_paper(article: Article) -> tuple[str, list[str]]:
    """A British paper: rich-link cards in the body (an aside with a kicker, a title and "Read
    more"), a sign-in gate figure, "Explore more on these topics" with topic links, "Share" and
    "Reuse this content", a "Most viewed" list."""
    a, b, c = _thirds(article)
    rich = ('<aside data-spacefinder-role="richLink" class="dcr-173mewl"><div class="dcr-rich"><a href="#"><div class='
            '"dcr-k">Opinion</div><div class="dcr-t">{}</div><div class="dcr-rm">Read more</div></a></div></aside>')
    html = (_head(article, "The Northern Guardian") +
            '<body><div class="dcr-header"><a href="/">The Northern Guardian</a><a href="#">Print subscriptions</a>'
            '<a href="#">Sign in</a></div><main><div class="dcr-article"><div class="dcr-pillar">Opinion</div>'
            f'<h1>{escape(article.headline)}</h1><div class="dcr-byline">{escape(article.byline)}</div>'
            '<div class="dcr-date">Thu 20 Jun 2024 06.00 BST</div><div class="article-body-commercial-selector">' +
            _ps(a) + rich.format(OTHERS[2]) + _ps(b) + '<figure id="sign-in-gate"><p>Register for free and continue '
            'reading</p><p>It’s still free to read – this is not a paywall</p><a href="#">Register</a></figure>' +
            rich.format(OTHERS[3]) + _ps(c) + '</div><div class="dcr-topics"><h2>Explore more on these topics</h2><ul>'
            '<li><a href="#">Housing</a></li><li><a href="#">Local government</a></li></ul><a href="#">Share</a> '
            '<a href="#">Reuse this content</a></div></div><section class="dcr-most"><h2>Most viewed</h2><ol>' +
            "".join(f'<li><a href="#">{t}</a></li>' for t in OTHERS[:3]) + '</ol></section></main></body></html>')
    return html, ["The Northern Guardian Print subscriptions Sign in", "Opinion", OTHERS[2], OTHERS[3], "Read more",
                  "Register for free and continue reading", "It’s still free to read – this is not a paywall",
                  "Register", "Explore more on these topics", "Housing", "Local government", "Share",
                  "Reuse this content", "Most viewed", *OTHERS[:3]]


def russian_portal(article: Article) -> tuple[str, list[str]]:
    """A Russian-language portal's frame around an English text: a menu, "Реклама" slots,
    "Читайте также:" lines with a link, a share row ("Поделиться"), a Telegram call
    ("Подписывайтесь на наш Telegram-канал"), "Материалы по теме" and a copyright line."""
    a, b, c = _thirds(article)
    also = '<p class="read-also"><b>Читайте также:</b> <a href="#">{}</a></p>'
    ad = '<div class="adv"><span class="adv-label">Реклама</span><div id="adfox_1"></div></div>'
    html = (_head(article, "Портал Новости") +
            '<body><div class="header"><a href="/">Портал Новости</a><ul class="menu"><li><a href="#">Политика</a></li>'
            '<li><a href="#">Экономика</a></li><li><a href="#">Общество</a></li><li><a href="#">In English</a></li></ul>'
            '</div><div class="article"><div class="article__meta"><span>20 июня 2024, 09:00</span></div>'
            f'<h1 class="article__title">{escape(article.headline)}</h1><div class="article__author">'
            f'{escape(article.byline)}</div><div class="article__text">' + _ps(a) + ad +
            also.format("Власти обсудят бюджет на заседании в пятницу") + _ps(b) + ad + _ps(c) + '</div>'
            '<div class="article__share"><span>Поделиться</span><a href="#">VK</a><a href="#">OK</a><a href="#">'
            'Telegram</a></div><div class="article__tg"><p>Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать '
            'о главных новостях.</p></div><div class="article__related"><h3>Материалы по теме</h3><ul><li><a href="#">'
            'Рост тарифов на проезд</a></li><li><a href="#">Новый мост откроют осенью</a></li></ul></div></div>'
            '<div class="footer"><p>© 2024 Портал Новости. Все права защищены. При использовании материалов ссылка '
            'обязательна. 18+</p></div></body></html>')
    return html, ["Портал Новости", "Политика Экономика Общество In English", "Реклама", "Читайте также:",
                  "Власти обсудят бюджет на заседании в пятницу", "Поделиться VK OK Telegram",
                  "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях.",
                  "Материалы по теме", "Рост тарифов на проезд", "Новый мост откроют осенью",
                  "© 2024 Портал Новости. Все права защищены. При использовании материалов ссылка обязательна. 18+"]


def syndicated(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) An aggregator's syndicated copy: the source's logo and name, "Story
    continues" after the first paragraphs (the rest behind a button), "View comments",
    "Original article source:" with the source's page, a "Trending" list."""
    k = min(3, len(article.paragraphs))
    html = (_head(article, "Daily Aggregator") +
            '<body><div class="agg-head"><a href="/">Daily Aggregator</a><a href="#">Mail</a><a href="#">News</a><a '
            'href="#">Finance</a></div><div class="caas-container"><div class="caas-logo"><img alt=""><span>The Valley '
            f'Record</span></div><header class="caas-title-wrapper"><h1>{escape(article.headline)}</h1></header><div '
            f'class="caas-attr"><span>{escape(article.byline)}</span> <time>June 20, 2024 · 4 min read</time></div>'
            f'<div class="caas-body">{_ps(article.paragraphs[:k])}<div class="caas-readmore"><button>Story continues'
            f'</button></div>{_ps(article.paragraphs[k:])}<p class="caas-source">Original article source: <a href="#">'
            'The Valley Record</a></p></div><div class="caas-cmt"><button>View comments</button></div></div>'
            '<div class="trending"><h3>Trending Now</h3><ol>' + "".join(f'<li><a href="#">{t}</a></li>' for t in OTHERS) +
            '</ol></div></body></html>')
    return html, ["Daily Aggregator Mail News Finance", "The Valley Record", "Story continues",
                  "Original article source: The Valley Record", "View comments", "Trending Now", *OTHERS]


def korean_portal(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A Korean-language portal's frame around an English text: a menu, the
    reporter's line ("홍길동 기자"), input and edit times ("입력 2024.06.20 09:00"), a share row
    (공유하기), 관련기사 and 많이 본 뉴스 lists, and the copyright line "무단전재 및 재배포 금지"."""
    a, b = article.paragraphs[:len(article.paragraphs) // 2], article.paragraphs[len(article.paragraphs) // 2:]
    html = (_head(article, "한빛일보") +
            '<body><div class="gnb"><a href="/">한빛일보</a><a href="#">정치</a><a href="#">경제</a><a href="#">사회</a>'
            '<a href="#">국제</a></div><div class="article-head"><h1>' + escape(article.headline) + '</h1><div class='
            f'"info"><span class="byline">{escape(article.byline)}</span><span>입력 2024.06.20 09:00</span><span>수정 '
            '2024.06.20 09:12</span></div><div class="share"><a href="#">공유하기</a><a href="#">글자크기</a><a href="#">'
            f'인쇄</a></div></div><div id="article-view-content-div">{_ps(a)}<div class="relation"><strong>관련기사</strong>'
            '<ul><li><a href="#">국회, 예산안 처리 놓고 공방</a></li><li><a href="#">지방선거 앞두고 여야 신경전</a></li></ul>'
            f'</div>{_ps(b)}<p class="copy">&lt;저작권자 © 한빛일보, 무단전재 및 재배포 금지&gt;</p></div><div class="'
            'popular"><h3>많이 본 뉴스</h3><ol><li><a href="#">폭염 특보 확대</a></li><li><a href="#">금리 동결 전망</a></li>'
            '</ol></div></body></html>')
    return html, ["한빛일보 정치 경제 사회 국제", "공유하기 글자크기 인쇄", "관련기사", "국회, 예산안 처리 놓고 공방",
                  "지방선거 앞두고 여야 신경전", "<저작권자 © 한빛일보, 무단전재 및 재배포 금지>", "많이 본 뉴스",
                  "폭염 특보 확대", "금리 동결 전망"]


I2_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]] | tuple[str, list[str], list[str]]]] = {
    "national-paper": national_paper, "capital-paper": capital_paper, "newsroom-cms": newsroom_cms,
    "magazine-slots": magazine_slots, "british-paper": british_paper, "russian-portal": russian_portal}
I2_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "syndicated": syndicated, "korean-portal": korean_portal}
