"""Dev set J, second batch (written in session 13 after the first was tuned on, before any reader change was
tuned with it in view): the furniture of set J's kinds set INSIDE the article's container, between its
paragraphs, in bare markup (plain <div>s and <p>s with class names that say nothing), as sites inject
widgets into the body: a cookie notice of 40+ words, a meter note, advertisement labels worded in several
ways, a trending list, a newsletter box with a form, post actions with counts, a comment teaser, "Read
more" lines with and without links (one naming a paragraph of this article), a tag row, an author-follow
line; also a widget quoting the headline or the lede again.

Each layout is one bare page (a masthead link, the headline, the byline, the body) with one group of such
widgets among the paragraphs. Kept aside (J2_HELD_LAYOUTS): the same kinds worded and arranged otherwise.

J2_LAYOUTS are tuned on (editorials 40-42 of each outlet); the kept-aside part is editorials 43-45 in every
layout and 40-42 in the held layouts (benchmarks/bench_ingest_fidelity.py). Each layout returns (html,
furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article

OTHER = ["Bridge repairs to close the east road for a month", "Mayor faces questions over the stadium deal",
         "Rents rise fastest in the northern suburbs"]


def _bare(article: Article, widgets: list[str], site: str = "The Eastfield Post") -> str:
    """A bare page whose body holds the widgets between its paragraphs: the first after the first
    paragraph, the next after the middle one, any more after the last but one."""
    ps = [f'<p class="x1">{escape(p)}</p>' for p in article.paragraphs]
    at = [1, max(2, len(ps) // 2), max(3, len(ps) - 1)]
    for n, w in reversed(list(enumerate(widgets[:3]))):
        ps.insert(min(at[n], len(ps)), w)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(article.headline)} | {site}</title>'
            f'</head><body><div class="a0"><a href="/">{site}</a></div><div class="a1"><div class="a2">'
            f'<h1>{escape(article.headline)}</h1><div class="a3">{escape(article.byline)}</div><div class="a4">'
            + "".join(ps) + '</div></div></div></body></html>')


COOKIE = ("We use cookies and similar technologies to run this site, to understand how it is used and to show you "
          "advertising from us and our partners that is more relevant to you. You can accept all of them, reject the "
          "ones that are not strictly necessary or choose which ones we may use in your settings.")


def cookie_in_body(article: Article) -> tuple[str, list[str]]:
    """A cookie notice of 50 words in a plain div between paragraphs, its buttons as links."""
    w = (f'<div class="q7"><p>{COOKIE}</p><div><a href="#">Accept all</a> <a href="#">Reject all</a> <a href="#">'
         'Settings</a></div></div>')
    return _bare(article, [w]), ["The Eastfield Post", COOKIE, "Accept all Reject all Settings"]


def meter_and_ads(article: Article) -> tuple[str, list[str]]:
    """A meter note and two advertisement labels worded differently, in plain divs between paragraphs."""
    meter = ('<div class="q8"><p>You have 3 free articles remaining this month.</p><p><a href="/subscribe">Subscribe '
             'for unlimited access</a></p></div>')
    ad1 = '<div class="q9"><div>Advertisement - scroll to continue reading</div><div class="q10"></div></div>'
    ad2 = '<div class="q9"><p>Continue reading below</p><div class="q10"></div></div>'
    return _bare(article, [meter, ad1, ad2]), ["The Eastfield Post", "You have 3 free articles remaining this month.",
                                               "Subscribe for unlimited access",
                                               "Advertisement - scroll to continue reading", "Continue reading below"]


def trending_in_body(article: Article) -> tuple[str, list[str]]:
    """A trending list (a heading and three links) and a "Most shared" strip of links between paragraphs."""
    trend = ('<div class="q11"><h3>Trending</h3><ul>' + "".join(f'<li><a href="/t/{n}">{t}</a></li>'
                                                               for n, t in enumerate(OTHER)) + '</ul></div>')
    shared = ('<div class="q12"><b>Most shared:</b> ' + " · ".join(f'<a href="/s/{n}">{t}</a>' for n, t in
                                                                  enumerate(OTHER[:2])) + '</div>')
    return _bare(article, [trend, shared]), ["The Eastfield Post", "Trending", *OTHER,
                                             f"Most shared: {OTHER[0]} · {OTHER[1]}"]


def newsletter_in_body(article: Article) -> tuple[str, list[str]]:
    """A newsletter box with a form between paragraphs, and a thin one-line promo later."""
    box = ('<div class="q13"><h3>Sign up for The Morning Post</h3><p>Get the day\'s top stories from Eastfield in your '
           'inbox every weekday morning.</p><form><input type="email" placeholder="Email address"><button>Sign up'
           '</button></form><p>By signing up you agree to our Terms of Use and Privacy Policy.</p></div>')
    thin = ('<p class="q14"><strong>Get our newsletter:</strong> <a href="/newsletters">the best of the Post, every '
            'evening</a></p>')
    return _bare(article, [box, thin]), ["The Eastfield Post", "Sign up for The Morning Post",
                                         "Get the day's top stories from Eastfield in your inbox every weekday morning.",
                                         "By signing up you agree to our Terms of Use and Privacy Policy.",
                                         "Get our newsletter: the best of the Post, every evening"]


def actions_and_comments(article: Article) -> tuple[str, list[str]]:
    """Post actions with counts after the first paragraph, and a comment teaser after the last but one."""
    acts = ('<div class="q15"><a href="#">♡ 214</a> <a href="#">💬 38</a> <a href="#">Share</a> <a href="#">Save</a>'
            '</div>')
    talk = ('<div class="q16"><p>38 comments</p><p>Join the conversation: our community guidelines apply.</p>'
            '<a href="#comments">Read the comments</a></div>')
    return _bare(article, [acts, talk]), ["The Eastfield Post", "♡ 214 💬 38 Share Save", "38 comments",
                                          "Join the conversation: our community guidelines apply.", "Read the comments"]


def read_more_lines(article: Article) -> tuple[str, list[str]]:
    """"Read more" lines between paragraphs: one a bold label and a link, one a label and plain text (a copy
    that lost its links), one naming the headline of this article."""
    r1 = f'<p class="q17"><b>Read more:</b> <a href="/r/1">{OTHER[1]}</a></p>'
    r2 = f'<p class="q17"><b>READ MORE:</b> {OTHER[2]}</p>'
    r3 = f'<p class="q17">Read more: <a href="/r/3">{escape(article.headline)}</a></p>'
    return _bare(article, [r1, r2, r3]), ["The Eastfield Post", f"Read more: {OTHER[1]}", f"READ MORE: {OTHER[2]}",
                                          f"Read more: {article.headline}"]


def tags_and_follow(article: Article) -> tuple[str, list[str]]:
    """An author-follow line after the first paragraph, a row of hashtag links and a "Get alerts" line."""
    follow = ('<div class="q18"><span>Follow the author</span> <a href="#">Follow</a> <span>Get email alerts when '
              'new pieces are published</span></div>')
    tags = ('<div class="q19"><a href="/t/p">#Politics</a> <a href="/t/b">#Budget</a> <a href="/t/e">#Eastfield</a>'
            '</div>')
    return _bare(article, [follow, tags]), ["The Eastfield Post",
                                            "Follow the author Follow Get email alerts when new pieces are published",
                                            "#Politics #Budget #Eastfield"]


def quote_widgets(article: Article) -> tuple[str, list[str]]:
    """A share box quoting the headline, and a "Key quote" box setting a sentence of the lede again."""
    lede = article.paragraphs[0]
    said = lede if len(lede) < 160 else lede[:lede.find(" ", 120)] + "…"
    share = (f'<div class="q20"><span>Share this story:</span> <span>“{escape(article.headline)}”</span> <a href="#">'
             'Copy link</a></div>')
    key = f'<div class="q21"><div>Key quote</div><div>“{escape(said)}”</div></div>'
    return _bare(article, [share, key]), ["The Eastfield Post", f"Share this story: “{article.headline}” Copy link",
                                          "Key quote", f"“{said}”"]


def cookie_and_meter_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A privacy notice of 45 words and a meter line worded otherwise, between paragraphs."""
    notice = ("Your privacy matters to us. This website stores cookies on your computer to collect information about "
              "how you interact with our pages, so that we can remember you and give you a better, more personal "
              "experience. To find out more, see our Privacy Policy.")
    w1 = f'<div class="z1"><p>{notice}</p><a href="#">OK</a> <a href="#">Manage choices</a></div>'
    w2 = '<div class="z2">Enjoying the Post? You\'ve read 4 of 5 free articles. <a href="#">Subscribe today</a></div>'
    w3 = '<div class="z3"><span>ADVERTISEMENT</span></div>'
    return _bare(article, [w1, w2, w3]), ["The Eastfield Post", notice, "OK Manage choices",
                                          "Enjoying the Post? You've read 4 of 5 free articles. Subscribe today",
                                          "ADVERTISEMENT"]


def widgets_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A "Popular now" list, "Related:" with a link, a newsletter box and a follow line."""
    pop = ('<div class="z4"><h4>Popular now</h4>' + "".join(f'<div><a href="/p/{n}">{t}</a></div>'
                                                            for n, t in enumerate(OTHER)) + '</div>')
    rel = f'<p class="z5">Related: <a href="/r/9">{OTHER[0]}</a></p>'
    box = ('<div class="z6"><h4>Don\'t miss a story</h4><p>Our free daily email brings you the news that matters in '
           'Eastfield.</p><input type="email"><button>Subscribe</button></div>')
    return _bare(article, [pop, rel, box]), ["The Eastfield Post", "Popular now", *OTHER, f"Related: {OTHER[0]}",
                                             "Don't miss a story",
                                             "Our free daily email brings you the news that matters in Eastfield."]


J2_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "cookie-in-body": cookie_in_body, "meter-and-ads": meter_and_ads, "trending-in-body": trending_in_body,
    "newsletter-in-body": newsletter_in_body, "actions-and-comments": actions_and_comments,
    "read-more-lines": read_more_lines, "tags-and-follow": tags_and_follow, "quote-widgets": quote_widgets}
J2_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "cookie-and-meter-b": cookie_and_meter_b, "widgets-b": widgets_b}
