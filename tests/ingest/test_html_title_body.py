"""A <title> that is only the site's name (its metadata's name or a home link's text) names no headline: the page's
first heading does (html._site_names, html._first_heading). A JSON-LD articleBody with no line breaks is split into
its paragraphs where they were joined with nothing between them, and one set in HTML at its tags
(htmlmeta._paragraphs)."""
from __future__ import annotations

import json
from html import escape

import pytest

from briefing_app.ingest.html import read_html
from briefing_app.ingest.htmlmeta import _paragraphs
from tests.ingest.articles import TUNING
from tests.ingest.test_html_lines import hidden_texts

ARTICLE = TUNING[2]
HEAD = escape(ARTICLE.headline)
PS = "".join(f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs)


@pytest.mark.parametrize("page", [
    f'<html><head><title>The Harbor Ledger</title><meta property="og:site_name" content="The Harbor Ledger"></head>'
    f'<body><div class="top">The Harbor Ledger</div><article><h1>{HEAD}</h1>{PS}</article></body></html>',
    f'<html><head><title>Coast Weekly | News for the coast</title></head><body><a href="/">Coast Weekly</a>'
    f'<article><h1>{HEAD}</h1>{PS}</article></body></html>',
    f'<html><head><title>Coast Weekly</title></head><body><h1><a href="https://coastweekly.example/">Coast Weekly</a>'
    f'</h1><main><h2>{HEAD}</h2><p>By Ann Lee</p>{PS}</main></body></html>',
    f'<html><head><title>COAST WEEKLY</title><script type="application/ld+json">{{"@type": "NewsArticle", "publisher": '
    f'{{"name": "Coast Weekly"}}}}</script></head><body><p>Coast Weekly</p><h1>{HEAD}</h1>{PS}</body></html>',
])
def test_a_title_that_is_the_sites_name_gives_way_to_the_headline(page: str) -> None:
    text, meta, _spans = read_html(page, "page")
    assert meta.title == ARTICLE.headline
    shown, _hidden = hidden_texts(page)
    assert ARTICLE.headline in shown


def test_a_title_that_names_the_article_is_kept() -> None:
    page = (f'<html><head><title>{HEAD} - Coast Weekly</title></head><body><a href="/">Coast Weekly</a>'
            f'<article><h2>Also today</h2>{PS}</article></body></html>')
    assert read_html(page, "page")[1].title == ARTICLE.headline


def _script_page(body: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    return (f'<html><head><title>{HEAD} | Metro Ledger</title><script type="application/ld+json">{json.dumps(ld)}'
            '</script></head><body><main><noscript>Enable JavaScript to read this article.</noscript></main></body></html>')


@pytest.mark.parametrize("joined", [
    "".join(ARTICLE.paragraphs),  # a script's textContent of the <p>s
    "".join(f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs),
    "<p>" + "<br><br>".join(escape(p) for p in ARTICLE.paragraphs) + "</p>",
])
def test_an_article_body_without_line_breaks_comes_in_as_its_paragraphs(joined: str) -> None:
    shown, _hidden = hidden_texts(_script_page(joined))
    blocks = [" ".join(b.split()) for b in shown.split("\n\n")]
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in blocks


@pytest.mark.parametrize("body, want", [
    ("The vote was close.The mayor said “no.”“We will fight,” he said.", ["The vote was close.", "The mayor said “no.”",
                                                                          "“We will fight,” he said."]),
    ("Голосование прошло.Мэр против.", ["Голосование прошло.", "Мэр против."]),
    ("투표가 끝났다.시장은 반대했다.", ["투표가 끝났다.", "시장은 반대했다."]),
    ("U.S.Army units left at 3.5 p.m. on Monday. Nobody saw them.", ["U.S.Army units left at 3.5 p.m. on Monday. Nobody saw them."]),
    ("One line.\nAnother.Still the second line.", ["One line.", "Another.Still the second line."]),
])
def test_run_on_paragraphs_split_only_at_a_lower_case_end_and_a_capital(body: str, want: list[str]) -> None:
    assert _paragraphs(body) == want


@pytest.mark.parametrize("body, want", [
    ("The ferry will run daily.&nbsp;Tickets cost &pound;4.\n\nThe mayor&apos;s office agreed&hellip;",
     ["The ferry will run daily. Tickets cost £4.", "The mayor's office agreed…"]),
    ("&lt;p&gt;The ferry will run daily.&lt;/p&gt;&lt;p&gt;Tom &amp; Ann agreed.&lt;/p&gt;",
     ["The ferry will run daily.", "Tom & Ann agreed."]),
    ("<p>Tom &amp; Ann agreed.</p><p>Fares rise 3 &lt; 5 percent.</p>", ["Tom & Ann agreed.", "Fares rise 3 < 5 percent."]),
    ("Fares rise by 3 & 4 percent; no entity here.", ["Fares rise by 3 & 4 percent; no entity here."]),
])
def test_an_article_body_escaped_once_more_is_read_as_text(body: str, want: list[str]) -> None:
    assert _paragraphs(body) == want


def test_a_page_showing_its_body_gets_no_second_copy_from_an_escaped_json_body() -> None:
    body = "\n\n".join(p.replace("'", "&apos;").replace(" ", "&nbsp;", 1) for p in ARTICLE.paragraphs)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    page = (f'<html><head><title>{HEAD}</title><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f'<body><article><h1>{HEAD}</h1>' + "".join(f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs) +
            "</article></body></html>")
    text, _meta, _spans = read_html(page, "page")
    assert text.count(" ".join(ARTICLE.paragraphs[0].split()[:8])) == 1


def test_a_json_body_joining_the_shown_paragraphs_and_cut_short_adds_no_copy() -> None:
    joined = "&nbsp;".join(escape(p) for p in ARTICLE.paragraphs[:3])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": joined[:-40] + "&hellip;"}
    page = (f'<html><head><title>{HEAD}</title><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            f'<body><article><h1>{HEAD}</h1>' + "".join(f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs) +
            "</article></body></html>")
    text, _meta, _spans = read_html(page, "page")
    assert text.count(" ".join(ARTICLE.paragraphs[1].split()[:8])) == 1
