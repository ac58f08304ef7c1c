"""Dev set I, fourth batch (written in session 12 after the third was tuned on, before any reader
change was tuned with it in view): headlines as real pages set them: a section label inside the
h1 ("<h1><span>Opinion</span> Headline</h1>"); the headline and the byline in one block split by
a single <br>; a summary (dek) under the headline that repeats the lede's first sentence; a pull
quote set in a plain div between the paragraphs (no blockquote, no telling class); an old
two-column layout table whose cells each hold paragraphs split by <br><br>.

Kept aside (I4_HELD_LAYOUTS): a pull quote in a <figure> with its attribution, and a headline
followed by a label in the same h1 ("Headline <small>Analysis</small>").

I4_LAYOUTS are tuned on (editorials 31-33 of each outlet); the kept-aside part is Al Jazeera's
editorials 79-83 in every layout and editorials 22-24 in the held layouts
(benchmarks/bench_ingest_fidelity.py). Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _thirds


def _ps(ps: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in ps)


def _sentence(text: str) -> str:
    """The first sentence of a paragraph (at most 200 characters), or its first 120 characters."""
    m = re.match(r"(.{40,200}?[.!?])\s", text + " ")
    return m.group(1) if m else text[:120]


def kicker_in_h1(article: Article) -> tuple[str, list[str]]:
    """A section label inside the h1 before the headline, in its own span."""
    html = (_head(article, "Harbor Herald") +
            '<body><div class="hh-top"><a href="/">Harbor Herald</a></div><div class="hh-story"><h1 class="hh-hed">'
            f'<span class="hh-label">Opinion</span> {escape(article.headline)}</h1><div class="hh-by">'
            f'{escape(article.byline)}</div><div class="hh-body">{_ps(article.paragraphs)}</div></div></body></html>')
    return html, ["Harbor Herald", "Opinion"]


def br_byline(article: Article) -> tuple[str, list[str]]:
    """The headline and the byline in one block, split by a single <br>; the date on a third line."""
    html = (_head(article, "Prairie Post") +
            '<body><div class="pp-top"><a href="/">Prairie Post</a></div><div class="pp-story"><div class="pp-head">'
            f'<b class="pp-hed">{escape(article.headline)}</b><br><span class="pp-by">{escape(article.byline)}</span>'
            f'<br><span class="pp-date">June 20, 2024</span></div><div class="pp-body">{_ps(article.paragraphs)}</div>'
            '</div></body></html>')
    return html, ["Prairie Post"]


def dek_repeat(article: Article) -> tuple[str, list[str]]:
    """A summary under the headline (the page's description) that repeats the lede's first
    sentence."""
    dek = _sentence(article.paragraphs[0])
    if dek == article.paragraphs[0] and len(article.paragraphs) > 1:  # a one-sentence lede: the dek repeats the next one
        dek = _sentence(article.paragraphs[1])
    html = (_head(article, "Delta Dispatch").replace("</head>", f'<meta name="description" content="{escape(dek)}"></head>')
            + '<body><div class="dd-top"><a href="/">Delta Dispatch</a></div><article><h1>' + escape(article.headline) +
            f'</h1><p class="dd-dek">{escape(dek)}</p><p class="dd-by">{escape(article.byline)}</p>'
            f'<div class="dd-body">{_ps(article.paragraphs)}</div></article></body></html>')
    return html, ["Delta Dispatch", dek]


def pull_div(article: Article) -> tuple[str, list[str]]:
    """A pull quote set in a plain div between the paragraphs: a sentence of a later paragraph
    again, in quotation marks."""
    a, b, c = _thirds(article)
    said = _sentence((c or b or a)[0])
    html = (_head(article, "Summit Times") +
            '<body><div class="st-top"><a href="/">Summit Times</a></div><article><h1>' + escape(article.headline) +
            f'</h1><p class="st-by">{escape(article.byline)}</p><div class="st-body">{_ps(a)}{_ps(b)}'
            f'<div class="st-highlight"><p>“{escape(said)}”</p></div>{_ps(c)}</div></article></body></html>')
    return html, ["Summit Times", f"“{said}”"]


def table_columns(article: Article) -> tuple[str, list[str]]:
    """An old two-column layout table: the headline in a row across both columns, then one row
    whose two cells each hold half of the paragraphs, split by <br><br>."""
    half = (len(article.paragraphs) + 1) // 2
    left = "<br><br>".join(escape(p) for p in article.paragraphs[:half])
    right = "<br><br>".join(escape(p) for p in article.paragraphs[half:])
    html = ('<html><head><title>' + escape(article.headline) + ' :: County Record</title></head><body>'
            '<table width="100%"><tr><td colspan="2"><font size="2"><a href="/">County Record</a> :: <a href="/op">'
            f'Opinion</a></font></td></tr><tr><td colspan="2"><h2>{escape(article.headline)}</h2><i>'
            f'{escape(article.byline)}</i></td></tr><tr><td width="50%" valign="top">{left}</td>'
            f'<td width="50%" valign="top">{right}</td></tr></table></body></html>')
    return html, ["County Record :: Opinion"]


def figure_quote(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A pull quote in a <figure>: a sentence of an earlier paragraph again and
    its attribution in a figcaption."""
    a, b, c = _thirds(article)
    said = _sentence(a[-1])
    html = (_head(article, "Canyon Courier") +
            '<body><div class="cc-top"><a href="/">Canyon Courier</a></div><article><h1>' + escape(article.headline) +
            f'</h1><p class="cc-by">{escape(article.byline)}</p><div class="cc-body">{_ps(a)}<figure class="cc-q"><p>'
            f'{escape(said)}</p><figcaption>The Editorial Board</figcaption></figure>{_ps(b)}{_ps(c)}</div></article>'
            '</body></html>')
    return html, ["Canyon Courier", said, "The Editorial Board"]


def label_after(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A label after the headline in the same h1 ("Headline <small>Analysis</small>")."""
    html = (_head(article, "Ridge Report") +
            '<body><div class="rr-top"><a href="/">Ridge Report</a></div><div class="rr-story"><h1>' +
            f'{escape(article.headline)} <small class="rr-tag">Analysis</small></h1><div class="rr-by">'
            f'{escape(article.byline)}</div>{_ps(article.paragraphs)}</div></body></html>')
    return html, ["Ridge Report", "Analysis"]


I4_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "kicker-in-h1": kicker_in_h1, "br-byline": br_byline, "dek-repeat": dek_repeat, "pull-div": pull_div,
    "table-columns": table_columns}
I4_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "figure-quote": figure_quote, "label-after": label_after}
