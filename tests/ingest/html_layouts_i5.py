"""Dev set I, fifth batch (written in session 12 after the fourth was tuned on, before any reader
change was tuned with it in view): pages whose markup says little: a capture from an archive
service that keeps only <div>s with inline styles (no nav, header, article or class names: its own
capture header on top), a story in <span> soup with <br><br> between paragraphs inside one div,
an AMP page whose menu, share bar, accordion of related stories and ads are custom elements, and a
body whose bullet list items open with bold lead-ins (article text).

Kept aside (I5_HELD_LAYOUTS): another archive capture (a different site's page, stripped the same
way), and an AMP page with an amp-sidebar menu and amp-ad labels in another arrangement.

I5_LAYOUTS are tuned on (editorials 64-66 of each outlet); the kept-aside part is Al Jazeera's
editorials 79-83 in every layout and editorials 67-69 in the held layouts
(benchmarks/bench_ingest_fidelity.py). Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _thirds

STORIES = ["Court blocks the new voting map", "Inside the fight over the river dam",
           "Teachers reach a deal on pay", "What the rate cut means for mortgages"]
S = ' style="margin:0;padding:0"'


def _divs(ps: list[str]) -> str:
    return "".join(f'<div style="margin:0 0 16px;font:18px Georgia">{escape(p)}</div>' for p in ps)


def _capture_head(url: str) -> tuple[str, list[str]]:
    head = (f'<div style="position:absolute;top:0;width:100%"><div{S}><a href="/">archive.today</a> webpage capture'
            f'</div><div{S}>Saved from <a href="{url}">{url}</a></div><div{S}><a href="#">history</a> <a href="#">← prior'
            '</a> <a href="#">next →</a></div><div' + S + '>20 Jun 2024 06:32:11 UTC</div><div' + S + '><a href="#">'
            'All snapshots</a> from host <a href="#">www.example-news.com</a></div><div' + S + '><a href="#">Webpage</a> '
            '<a href="#">Screenshot</a></div><div' + S + '><a href="#">share</a> <a href="#">download .zip</a> <a href="#">'
            'report bug or abuse</a></div></div>')
    return head, ["archive.today webpage capture", f"Saved from {url}", "history ← prior next →",
                  "All snapshots from host www.example-news.com", "Webpage Screenshot",
                  "share download .zip report bug or abuse"]


def archive_capture(article: Article) -> tuple[str, list[str]]:
    """A capture from an archive service: every element a <div> with inline styles (no nav, header,
    article, aside or footer, no class or id), the capture's own header above the page: a menu of
    links, a breadcrumb, a share row, the story, a newsletter box, a related list, a footer."""
    top, top_furniture = _capture_head("https://www.example-news.com/opinion/2024/06/20/editorial")
    a, b = article.paragraphs[:len(article.paragraphs) // 2], article.paragraphs[len(article.paragraphs) // 2:]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + escape(article.headline) + '</title></head>'
            '<body style="margin:0">' + top + '<div style="margin-top:120px"><div style="display:flex;gap:12px">'
            '<div><a href="#">Example News</a></div><div><a href="#">World</a></div><div><a href="#">Politics</a></div>'
            '<div><a href="#">Business</a></div><div><a href="#">Opinion</a></div></div><div style="font-size:12px">'
            '<a href="#">Opinion</a> / <a href="#">Editorials</a></div><div style="max-width:680px;margin:auto">'
            f'<div style="font:700 34px Georgia">{escape(article.headline)}</div><div style="color:#555">'
            f'{escape(article.byline)}</div><div style="color:#555">June 20, 2024</div><div style="display:flex">'
            '<div><a href="#">Facebook</a></div><div><a href="#">Twitter</a></div><div><a href="#">Email</a></div></div>'
            + _divs(a) + '<div style="border:1px solid #ddd;padding:12px"><div style="font-weight:700">The Morning '
            'Briefing</div><div>Start your day with the stories that matter, in your inbox every weekday.</div><div>'
            '<a href="#">Sign up</a></div></div>' + _divs(b) + '</div><div style="max-width:680px;margin:auto"><div '
            'style="font-weight:700">More from Opinion</div>' +
            "".join(f'<div><a href="#">{t}</a></div>' for t in STORIES[:3]) + '</div><div style="background:#222;'
            'color:#fff"><div>© 2024 Example News Media. All rights reserved.</div><div><a href="#">Privacy</a> '
            '<a href="#">Terms</a> <a href="#">Contact</a></div></div></div></body></html>')
    return html, [*top_furniture, "Example News", "World", "Politics", "Business", "Opinion / Editorials",
                  "Facebook", "Twitter", "Email", "The Morning Briefing",
                  "Start your day with the stories that matter, in your inbox every weekday.", "Sign up",
                  "More from Opinion", *STORIES[:3], "© 2024 Example News Media. All rights reserved.",
                  "Privacy Terms Contact"]


def span_soup(article: Article) -> tuple[str, list[str]]:
    """A story in <span> soup: each paragraph a styled span (some with nested spans and <b>),
    paragraphs split by <br><br> inside one div, a "Related:" span line and a copyright span."""
    spans = []
    for n, p in enumerate(article.paragraphs):
        words = escape(p).split(" ")
        half = len(words) // 2
        inner = " ".join(words[:half]) + ' <span style="color:#111">' + " ".join(words[half:]) + "</span>"
        spans.append(f'<span style="font-family:Verdana;font-size:13px">{inner if n % 2 else escape(p)}</span>')
    body = "<br><br>".join(spans)
    html = (_head(article, "Lakes Gazette") +
            '<body><div id="container"><div id="top"><a href="/">Lakes Gazette</a> · <a href="/news">News</a> · <a '
            'href="/opinion">Opinion</a> · <a href="/sports">Sports</a></div><div id="story"><span style="font-size:'
            f'24px;font-weight:bold">{escape(article.headline)}</span><br><br><span style="font-size:11px">'
            f'{escape(article.byline)}</span><br><br>{body}<br><br><span style="font-size:12px">Related: <a href="#">'
            f'{STORIES[0]}</a></span><br><br><span style="font-size:10px">Copyright 2024 Lakes Gazette. All rights '
            'reserved.</span></div></div></body></html>')
    return html, ["Lakes Gazette · News · Opinion · Sports", f"Related: {STORIES[0]}",
                  "Copyright 2024 Lakes Gazette. All rights reserved."]


def amp_custom(article: Article) -> tuple[str, list[str]]:
    """An AMP page: an amp-sidebar menu, an amp-social-share bar, amp-ad slots with an
    "Advertisement" label, an amp-accordion of related stories, amp-img with a caption."""
    a, b, c = _thirds(article)
    ad = ('<div class="ad-wrap"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" '
          'type="doubleclick" data-slot="/1/news"></amp-ad></div>')
    html = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            ' - Bay Courier</title><link rel="canonical" href="https://baycourier.example.com/a/4411"><style amp-custom>'
            'body{font-family:serif}</style></head><body><amp-sidebar id="menu" layout="nodisplay" side="left"><ul>'
            '<li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/opinion">Opinion</a></li>'
            '</ul></amp-sidebar><div class="amp-top"><a href="/">Bay Courier</a></div><main><h1>' +
            escape(article.headline) + f'</h1><div class="meta">{escape(article.byline)} · June 20, 2024</div>'
            '<div class="share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter">'
            '</amp-social-share></div><figure><amp-img src="p.jpg" width="600" height="400" layout="responsive">'
            '</amp-img><figcaption>Commuters wait for a delayed ferry on Monday.</figcaption></figure>' +
            "".join(f"<p>{escape(p)}</p>" for p in a) + ad + "".join(f"<p>{escape(p)}</p>" for p in b) + ad +
            "".join(f"<p>{escape(p)}</p>" for p in c) + '<amp-accordion><section><h4>Related stories</h4><div>' +
            "".join(f'<p><a href="#">{t}</a></p>' for t in STORIES[1:4]) + '</div></section></amp-accordion></main>'
            '<div class="amp-foot">© 2024 Bay Courier</div></body></html>')
    return html, ["Home", "News", "Opinion", "Bay Courier", "Commuters wait for a delayed ferry on Monday.",
                  "Advertisement", "Related stories", *STORIES[1:4], "© 2024 Bay Courier"]


def bold_bullets(article: Article) -> tuple[str, list[str]]:
    """A body whose middle paragraphs are bullet items opening with a bold lead-in of their own
    words ("<li><b>First words</b> rest …</li>": article text), between ordinary paragraphs, and a
    "Key facts" box of short lines the site adds (furniture)."""
    ps = article.paragraphs
    k = max(1, len(ps) // 3)
    items = "".join(f"<li><b>{escape(' '.join(p.split()[:3]))}</b> {escape(' '.join(p.split()[3:]))}</li>"
                    for p in ps[k:2 * k])
    facts = ["Vote: Tuesday, 7 p.m.", "Budget: $4.2 million", "Seats up: 3 of 7"]
    html = (_head(article, "River City Times") +
            '<body><div class="rct-top"><a href="/">River City Times</a></div><div class="rct-story"><h1>' +
            escape(article.headline) + f'</h1><p class="rct-by">{escape(article.byline)}</p><div class="rct-facts">'
            '<h4>Key facts</h4><ul>' + "".join(f"<li>{f}</li>" for f in facts) + '</ul></div>' +
            "".join(f"<p>{escape(p)}</p>" for p in ps[:k]) + f"<ul>{items}</ul>" +
            "".join(f"<p>{escape(p)}</p>" for p in ps[2 * k:]) + '</div></body></html>')
    return html, ["River City Times", "Key facts", *facts]


def archive_capture_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) Another archive capture: a broadcaster's page, stripped to styled <div>s the
    same way, with a "Top stories" rail and a "Watch live" strip."""
    top, top_furniture = _capture_head("https://news.example-tv.com/story/4411")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + escape(article.headline) + ' | Example TV'
            '</title></head><body style="margin:0">' + top + '<div style="margin-top:120px"><div style="background:'
            '#c00;color:#fff"><a href="#">Watch live</a> <a href="#">Weather</a> <a href="#">Traffic</a></div>'
            '<div style="display:flex"><div style="flex:3">'
            f'<div style="font:700 30px Arial">{escape(article.headline)}</div><div>{escape(article.byline)}</div>'
            + _divs(article.paragraphs) + '</div><div style="flex:1"><div style="font-weight:700">Top stories</div>' +
            "".join(f'<div><a href="#">{t}</a></div>' for t in STORIES) + '</div></div></div></body></html>')
    return html, [*top_furniture, "Watch live Weather Traffic", "Top stories", *STORIES]


def amp_sidebar_b(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) An AMP page with the menu in an amp-sidebar after the story, amp-ad labels
    "ADVERTISEMENT" inside amp-ad fallbacks, and an amp-carousel of other stories."""
    a, b = article.paragraphs[:len(article.paragraphs) // 2], article.paragraphs[len(article.paragraphs) // 2:]
    html = ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            '</title></head><body><div class="bar"><a href="/">Metro Wire</a></div><article><h1>' +
            escape(article.headline) + f'</h1><p>{escape(article.byline)}</p>' +
            "".join(f"<p>{escape(p)}</p>" for p in a) + '<amp-ad width="320" height="100" type="adsense"><div '
            'fallback>ADVERTISEMENT</div></amp-ad>' + "".join(f"<p>{escape(p)}</p>" for p in b) + '</article>'
            '<amp-carousel height="120" layout="fixed-height" type="carousel">' +
            "".join(f'<div class="slide"><a href="#">{t}</a></div>' for t in STORIES[:3]) + '</amp-carousel>'
            '<amp-sidebar id="s" layout="nodisplay"><a href="/">Home</a> <a href="/local">Local</a> <a href="/opinion">'
            'Opinion</a></amp-sidebar></body></html>')
    return html, ["Metro Wire", "ADVERTISEMENT", *STORIES[:3], "Home Local Opinion"]


I5_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "archive-capture": archive_capture, "span-soup": span_soup, "amp-custom": amp_custom, "bold-bullets": bold_bullets}
I5_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "archive-capture-b": archive_capture_b, "amp-sidebar-b": amp_sidebar_b}
