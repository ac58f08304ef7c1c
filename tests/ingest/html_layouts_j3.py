"""Dev set J, third batch (written in session 13 after the second was tuned on, before any reader change was
tuned with it in view): my own layouts of the kinds the kept-aside layouts of sets H and I name in their
docstrings (their bodies unread): a nonprofit newsroom ("Republish this article" and its box, a donation
line, the author's role under the name, "Filed under"), a broadcaster ("Published On", "Save articles to read
later", a share button's words, "Source:" after the text, "Follow us:"), a forum thread (the article as the
first post, the poster's name, join date and post count, "Quote Reply", a reply, "Similar threads"), a
cache wrapper around a paper whose body is split over sibling containers with labels between them, an
English edition of a foreign outlet (a language switch, "Read more" cards between paragraphs, an appeal box
ending in a button, a Telegram line, tags), stories loaded below in plain <div>s with "Up next", a wire story
in <pre>, a pull quote in a <figure> with a label after the headline in the h1.

Kept aside (J3_HELD_LAYOUTS): another nonprofit newsroom and another forum thread, worded otherwise.

J3_LAYOUTS are tuned on (editorials 40-42 of each outlet); the kept-aside part is editorials 43-45 in every
layout and 40-42 in the held layouts (benchmarks/bench_ingest_fidelity.py). Each layout returns (html,
furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article

STORY_B = ("Port strike enters its third week", "By Lena Ortiz", [
    "Dock workers at the northern terminal stayed off the job for a fifteenth day on Friday, as talks between the "
    "union and the port authority broke down again over overtime rules.",
    "The authority said it had offered a new schedule that would cap weekend shifts, but union leaders said the "
    "offer did nothing to address pay for night work."])
STORY_C = ("Council delays vote on library hours", "By Tom Reyes", [
    "The city council on Thursday put off a vote on cutting library hours after more than two hundred residents "
    "signed up to speak against the plan at a packed meeting.",
    "Council members said they would take up the measure again next month, once the finance office has costed "
    "the alternatives put forward by the library's friends group."])


def _ps(paragraphs: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{escape(p)}</p>" for p in paragraphs)


def _halves(article: Article) -> tuple[list[str], list[str]]:
    k = max(1, len(article.paragraphs) // 2)
    return article.paragraphs[:k], article.paragraphs[k:]


def _page(article: Article, title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body>{body}</body></html>')


def nonprofit(article: Article) -> tuple[str, list[str]]:
    """A nonprofit newsroom: the author's role under the byline, a "Republish this article" button and the
    republishing box's text (a licence note, "Copy HTML"), a donation line between paragraphs, "Filed under:"."""
    a, b = _halves(article)
    body = (
        '<div class="site-top"><a href="/">Prairie Civic News</a></div><div class="post-wrap">'
        f'<h1 class="post-title">{escape(article.headline)}</h1><div class="post-author"><div>{escape(article.byline)}'
        '</div><div class="post-author__role">Statehouse reporter</div></div><div class="post-date">December 5, 2026'
        '</div><div class="post-tools"><a href="#republish" class="btn">Republish this article</a></div>'
        '<div class="post-content">' + _ps(a) +
        '<p class="donate-line"><em>Prairie Civic News is a nonprofit newsroom. Readers like you make our work '
        'possible. <a href="/donate">Donate today.</a></em></p>' + _ps(b) + '</div><div class="post-filed">'
        'Filed under: <a href="/c/gov">Government</a>, <a href="/c/budget">Budget</a></div></div>'
        '<div id="republish" class="modal-box"><h2>Republish this article</h2><p>You may republish our articles for '
        'free, online or in print, under a Creative Commons BY-ND 4.0 license. Credit the author and Prairie Civic '
        'News, and do not edit the text.</p><a href="#">Copy HTML</a></div>')
    furniture = ["Prairie Civic News", "Statehouse reporter", "Republish this article",
                 "Prairie Civic News is a nonprofit newsroom. Readers like you make our work possible. Donate today.",
                 "Filed under: Government, Budget",
                 "You may republish our articles for free, online or in print, under a Creative Commons BY-ND 4.0 "
                 "license. Credit the author and Prairie Civic News, and do not edit the text.", "Copy HTML"]
    return _page(article, f"{escape(article.headline)} - Prairie Civic News", body), furniture


def broadcaster(article: Article) -> tuple[str, list[str]]:
    """A TV network's site: "Published On" with the date, "Save articles to read later and create your own
    reading list.", a share button's words, "Source: ... and news agencies" after the text, "Follow us:"."""
    body = (
        '<div class="site-header"><a href="/">Gulf Channel</a> <a href="/news">News</a> <a href="/opinion">Opinion</a>'
        ' <a href="/video">Video</a></div><main class="content"><div class="article-header">'
        f'<h1>{escape(article.headline)}</h1><div class="article-info"><div class="author">{escape(article.byline)}'
        '</div><div class="date-simple"><span>Published On 5 Dec 2026</span></div></div><div class="save-row">'
        '<span>Save articles to read later and create your own reading list.</span> <a href="#">Save</a></div>'
        '<div class="share-line"><span>Click here to share on social media</span></div></div>'
        '<div class="wysiwyg">' + _ps(article.paragraphs) + '</div><p class="article-source">Source: Gulf Channel '
        'and news agencies</p><div class="follow-line">Follow us: <a href="#">X</a> <a href="#">Facebook</a> '
        '<a href="#">Instagram</a></div></main>')
    furniture = ["Gulf Channel News Opinion Video", "Published On 5 Dec 2026",
                 "Save articles to read later and create your own reading list.", "Save",
                 "Click here to share on social media", "Source: Gulf Channel and news agencies",
                 "Follow us: X Facebook Instagram"]
    return _page(article, f"{escape(article.headline)} | Gulf Channel", body), furniture


REPLY = ("Good piece, though I think it underplays how long this has been coming. Anyone who followed the story "
         "over the last few years could have seen the same arguments being made again and again.")


def forum(article: Article) -> tuple[str, list[str]]:
    """A community site: the article as the first post of a thread (the poster's name, join date and post
    count beside it), a "Quote Reply" row, a reply below it, "Similar threads"."""
    def post(who: str, joined: str, posts: str, content: str) -> str:
        return (f'<div class="postbit"><div class="userinfo"><div class="username">{who}</div><div>Join Date: '
                f'{joined}</div><div>Posts: {posts}</div></div><div class="postbody">{content}</div><div class="'
                'postfoot"><a href="#">Quote</a> <a href="#">Reply</a></div></div>')
    first = f'<h2 class="posttitle">{escape(article.headline)}</h2>' + _ps(article.paragraphs)
    body = (
        '<div class="forum-top"><a href="/">Harbourside Forums</a> › <a href="/f/news">Current Events</a></div>'
        f'<h1 class="threadtitle">{escape(article.headline)}</h1><div class="thread">' +
        post("NewsDesk", "Mar 2011", "12,404", first) + post("riverwatcher", "Jun 2019", "1,302", f"<p>{REPLY}</p>") +
        '</div><div class="similar"><h3>Similar threads</h3><ul><li><a href="/t/1">Port strike thread</a></li>'
        '<li><a href="/t/2">Budget talks 2026</a></li></ul></div>')
    furniture = ["Harbourside Forums › Current Events", "NewsDesk", "Join Date: Mar 2011", "Posts: 12,404", "Quote Reply",
                 "riverwatcher", "Join Date: Jun 2019", "Posts: 1,302", REPLY, "Similar threads",
                 "Port strike thread", "Budget talks 2026"]
    return _page(article, f"{escape(article.headline)} - Harbourside Forums", body), furniture


def cache_split(article: Article) -> tuple[str, list[str]]:
    """A cache wrapper's notice around a paper whose body is split over sibling containers, with "Story
    continues below advertisement" and "Article content" labels between them."""
    k = max(1, len(article.paragraphs) // 3)
    parts = [article.paragraphs[:k], article.paragraphs[k:2 * k], article.paragraphs[2 * k:]]
    notice = ("This is the cached copy of https://www.example-herald.com/opinion/editorial. It is a snapshot of the "
              "page as it appeared on 4 Dec 2026 11:02:41 GMT. The current page could have changed in the meantime.")
    body = (
        f'<div style="background:#fff;border:1px solid #999;padding:8px"><div>{notice}</div><div><a href="#">Full '
        'version</a> <a href="#">Text-only version</a> <a href="#">View source</a></div><div>Tip: To quickly find '
        'your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.</div></div>'
        '<div class="herald"><div class="herald-top"><a href="/">The Example Herald</a></div>'
        f'<h1 class="headline">{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}</div>'
        f'<section class="story-v2-body">{_ps(parts[0])}</section><div class="ad-break"><p>Story continues below '
        f'advertisement</p></div><section class="story-v2-body"><p class="label-inline">Article content</p>{_ps(parts[1])}'
        '</section><div class="ad-break"><p>Story continues below advertisement</p></div><section class="story-v2-body">'
        f'<p class="label-inline">Article content</p>{_ps(parts[2])}</section></div>')
    furniture = [notice, "Full version Text-only version View source",
                 "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.",
                 "The Example Herald", "Story continues below advertisement", "Article content"]
    return _page(article, f"{escape(article.headline)} | The Example Herald", body), furniture


def edition_appeal(article: Article) -> tuple[str, list[str]]:
    """The English edition of a foreign outlet: a language switch, a "Read more" card with a title and a
    teaser between paragraphs, an appeal box of two lines ending in a "Support us" link, a Telegram line,
    tags."""
    a, b = _halves(article)
    body = (
        '<div class="top"><a href="/">Nordlys Media</a> <a href="/no/">Norsk versjon</a></div><div class="article">'
        f'<h1>{escape(article.headline)}</h1><div class="meta">{escape(article.byline)} · 5 December 2026</div>'
        + _ps(a) + '<div class="card-inline"><div class="card-inline__label">Read more</div><a href="/n/77" class="'
        'card-inline__title">Fishermen fear new quota rules</a><div class="card-inline__lead">The ministry wants '
        'to cut the cod catch by a fifth next year.</div></div>' + _ps(b) +
        '<div class="appeal"><p>We are an independent newsroom, funded by our readers. Every contribution, however '
        'small, keeps us going.</p><p><a href="/support" class="button">Support us</a></p></div>'
        '<p class="tg">Subscribe to our Telegram channel to get the news first.</p><div class="tags"><a href="/t/1">'
        'Norway</a> <a href="/t/2">Fisheries</a> <a href="/t/3">Politics</a></div></div>')
    furniture = ["Nordlys Media Norsk versjon", "Read more", "Fishermen fear new quota rules",
                 "The ministry wants to cut the cod catch by a fifth next year.",
                 "We are an independent newsroom, funded by our readers. Every contribution, however small, keeps us "
                 "going.", "Support us", "Subscribe to our Telegram channel to get the news first.",
                 "Norway Fisheries Politics"]
    return _page(article, f"{escape(article.headline)} — Nordlys Media", body), furniture


def _story_div(story: tuple[str, str, list[str]]) -> str:
    head, by, ps = story
    return f'<div class="s"><h2>{escape(head)}</h2><div class="b">{escape(by)}</div>{_ps(ps)}</div>'


def div_stream(article: Article) -> tuple[str, list[str]]:
    """Two more stories loaded below the article in plain <div>s, each headed by an <h2> with a byline,
    "Up next" labels between them."""
    body = (
        '<div class="h"><a href="/">Metro Daily</a></div><div class="feed"><div class="s">'
        f'<h1>{escape(article.headline)}</h1><div class="b">{escape(article.byline)}</div>{_ps(article.paragraphs)}'
        '</div><div class="n">Up next</div>' + _story_div(STORY_B) + '<div class="n">Up next</div>' +
        _story_div(STORY_C) + '</div>')
    furniture = ["Metro Daily", "Up next", STORY_B[0], STORY_B[1], *STORY_B[2], STORY_C[0], STORY_C[1], *STORY_C[2]]
    return _page(article, f"{escape(article.headline)} | Metro Daily", body), furniture


def pre_wire(article: Article) -> tuple[str, list[str]]:
    """A plain-text wire story in <pre> under a portal's frame: the headline and byline lines, paragraphs split
    by blank lines and not wrapped, "-- " and the wire's code line at the end."""
    text = "\n\n".join([article.headline, article.byline, *article.paragraphs, "-- ", "(NWS) 051942 GMT DEC 26"])
    body = ('<table width="100%"><tr><td><a href="/">Portal Home</a> | <a href="/news">News</a> | <a href="/mail">'
            'Mail</a></td></tr><tr><td><pre>' + escape(text) + '</pre></td></tr><tr><td><small>© 2026 Portal Inc.'
            '</small></td></tr></table>')
    return _page(article, f"{escape(article.headline)}", body), ["Portal Home | News | Mail", "(NWS) 051942 GMT DEC 26",
                                                                 "© 2026 Portal Inc."]


def figure_quote_label(article: Article) -> tuple[str, list[str]]:
    """A label after the headline in the h1 ("Headline <span>Opinion</span>") and a pull quote in a <figure>:
    a sentence of an earlier paragraph again, its attribution in a figcaption."""
    a, b = _halves(article)
    src = max(a, key=len)
    said = src.split(". ")[0].rstrip(".") + "."
    fig = (f'<figure class="pq"><p>{escape(said)}</p><figcaption>— {escape(article.byline.removeprefix("By "))}'
           '</figcaption></figure>')
    body = (f'<div class="masthead"><a href="/">The Ledger Review</a></div><article><h1>{escape(article.headline)} '
            f'<span class="tag">Opinion</span></h1><p class="by">{escape(article.byline)}</p>' + _ps(a) + fig +
            _ps(b) + '</article>')
    return (_page(article, f"{escape(article.headline)} | The Ledger Review", body),
            ["The Ledger Review", "Opinion", f"{said} — {article.byline.removeprefix('By ')}"])


def nonprofit_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) Another nonprofit newsroom: "Republish" in a tools row, a donation box between
    paragraphs, the author's role as a line of its own, "Filed in:"."""
    a, b = _halves(article)
    body = (
        '<div class="masthead"><a href="/">Coastline Report</a></div><div class="story">'
        f'<h1>{escape(article.headline)}</h1><p class="byline">{escape(article.byline)}</p><p class="role">Senior '
        'editor, covering the environment</p><div class="tools"><a href="#">Republish</a> <a href="#">Print</a></div>'
        + _ps(a) + '<div class="give"><p>Our journalism is free to read because of donors like you.</p><a href='
        '"/give">Give now</a></div>' + _ps(b) + '<p class="filed">Filed in: <a href="/e">Environment</a></p></div>')
    furniture = ["Coastline Report", "Senior editor, covering the environment", "Republish Print",
                 "Our journalism is free to read because of donors like you.", "Give now", "Filed in: Environment"]
    return _page(article, f"{escape(article.headline)} | Coastline Report", body), furniture


def forum_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) Another forum thread: the poster's block after the post, "Like Quote Reply", two replies,
    "You may also like"."""
    reply2 = "Agreed. The numbers in the fourth paragraph are the real story here, and nobody in power wants to say so."
    body = (
        '<div class="crumbs"><a href="/">Valley Boards</a> » <a href="/news">News and Politics</a></div>'
        f'<h1>{escape(article.headline)}</h1><div class="msg"><div class="msg-body">{_ps(article.paragraphs)}</div>'
        '<div class="msg-user">posted by <b>civicfeed</b> · Member since 2014 · 8,911 messages</div><div class="msg-'
        'actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Reply</a></div></div><div class="msg">'
        f'<div class="msg-body"><p>{REPLY}</p></div><div class="msg-user">posted by <b>tern</b> · Member since 2021 · '
        f'77 messages</div></div><div class="msg"><div class="msg-body"><p>{reply2}</p></div></div><div class="also">'
        '<h3>You may also like</h3><a href="/t/5">Election night thread</a> <a href="/t/6">Transit plan debate</a></div>')
    furniture = ["Valley Boards » News and Politics", "posted by civicfeed · Member since 2014 · 8,911 messages",
                 "Like Quote Reply", REPLY, "posted by tern · Member since 2021 · 77 messages", reply2,
                 "You may also like", "Election night thread Transit plan debate"]
    return _page(article, f"{escape(article.headline)} - Valley Boards", body), furniture


J3_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "nonprofit": nonprofit, "broadcaster": broadcaster, "forum": forum, "cache-split": cache_split,
    "edition-appeal": edition_appeal, "div-stream": div_stream, "pre-wire": pre_wire,
    "figure-quote-label": figure_quote_label}
J3_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"nonprofit-b": nonprofit_b, "forum-b": forum_b}
