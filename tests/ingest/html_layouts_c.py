"""Set C web pages: site families written after the reader's tuning and evaluated once, never
looked at (benchmarks/bench_ingest_fidelity.py --set-c): a magazine CMS with a cookie dialog,
an in-article aside and an editor's note on every article, an AMP page with a sidebar menu and
share buttons, and a legacy site of bare divs with abbreviated class names.

Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import RELATED, _head

NOTE = ("Editor's note: The Meridian publishes opinion from a range of perspectives. The views expressed "
        "here are the author's own and do not reflect the position of the Meridian's editorial board.")


def _ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def magazine_cms(article: Article) -> tuple[str, list[str]]:
    """A magazine on a custom CMS: cookie consent in a dialog, sticky share rail, an aside with
    links set between paragraphs, an inline newsletter sign-up, the site's editor's note after the
    text, a numbered "Most popular" list."""
    half = len(article.paragraphs) // 2
    popular = ["Why the harbour tunnel keeps slipping", "Five charts on the shipping slump", "Letters: the ferry fare rise"]
    html = (_head(article, "The Meridian") +
            '<body><dialog open class="consent"><p>We use cookies to personalise content and analyse our traffic.</p>'
            '<button>Accept all</button><button>Manage preferences</button></dialog>'
            '<div class="masthead-wrap"><a href="/" class="brand">The Meridian</a><ul class="sections"><li><a href="/w">'
            'World</a></li><li><a href="/i">Ideas</a></li><li><a href="/c">Culture</a></li><li><a href="/p">Podcasts'
            '</a></li></ul></div><div class="page"><div class="rail"><span>Share</span><a href="#">Facebook</a>'
            '<a href="#">Bluesky</a><a href="#">Copy link</a></div><article class="story">'
            f'<h1>{escape(article.headline)}</h1><p class="dek-byline">{escape(article.byline)}</p>'
            f'{_ps(article.paragraphs[:half])}<aside class="inline-links"><h4>Further reading</h4><ul>' +
            "".join(f'<li><a href="#">{t}</a></li>' for t in RELATED[:2]) + '</ul></aside>'
            '<div class="signup-inline"><p>The Meridian Weekly: the week\'s best essays, every Sunday.</p>'
            '<form><input type="email"><button>Sign up</button></form></div>'
            f'{_ps(article.paragraphs[half:])}<p class="ed-note"><em>{escape(NOTE)}</em></p></article>'
            '<section class="popular"><h3>Most popular</h3><ol>' +
            "".join(f'<li><a href="#">{t}</a></li>' for t in popular) + '</ol></section></div>'
            '<div class="legal">© 2024 Meridian Media Group · Terms · Privacy · Cookie policy</div></body></html>')
    return html, ["We use cookies to personalise content and analyse our traffic.", "The Meridian World Ideas Culture Podcasts",
                  "Share", "Facebook", "Bluesky", "Copy link", "Further reading", *RELATED[:2],
                  "The Meridian Weekly: the week's best essays, every Sunday.", NOTE, "Most popular", *popular,
                  "© 2024 Meridian Media Group · Terms · Privacy · Cookie policy"]


def amp(article: Article) -> tuple[str, list[str]]:
    """An AMP page: amp-sidebar menu, a header bar with the site name, amp-social-share buttons
    with visible labels, an amp-accordion of related stories, a footer line."""
    menu = ["Front page", "National", "Business", "Sport", "Weather"]
    html = ('<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            '</title><link rel="canonical" href="https://coastline.example/story.html"><script async '
            'src="https://cdn.ampproject.org/v0.js"></script><style amp-custom>body{margin:0}</style></head><body>'
            '<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>' +
            "".join(f'<li><a href="#">{m}</a></li>' for m in menu) + '</ul></amp-sidebar>'
            '<div class="amp-bar"><span class="site">Coastline Today</span></div><div class="amp-wrap">'
            f'<h1 class="amp-title">{escape(article.headline)}</h1><div class="amp-by">{escape(article.byline)}</div>'
            '<div class="amp-share"><amp-social-share type="facebook">Facebook</amp-social-share>'
            '<amp-social-share type="email">Email</amp-social-share></div>'
            f'<div class="amp-body">{_ps(article.paragraphs)}</div><amp-accordion><section><h4>Related stories</h4>'
            '<div>' + "".join(f'<p><a href="#">{t}</a></p>' for t in RELATED) + '</div></section></amp-accordion>'
            '<div class="amp-foot">Coastline Today · AMP version · View the full site</div></div></body></html>')
    return html, [*menu, "Coastline Today", "Facebook", "Email", "Related stories", *RELATED,
                  "Coastline Today · AMP version · View the full site"]


def legacy_divs(article: Article) -> tuple[str, list[str]]:
    """A legacy site of bare divs with abbreviated class names and no semantic elements or roles:
    a link bar, a crumb line, a tools line, the story, a link box and a bottom line."""
    html = (_head(article, "Valley Herald") +
            '<body><div id="wrap"><div class="hd"><div class="lg">Valley Herald</div><div class="lnkbar">'
            '<a href="/">Home</a> <a href="/loc">Local</a> <a href="/ag">Farming</a> <a href="/sc">Schools</a> '
            '<a href="/ob">Obituaries</a></div></div><div class="crmb"><a href="/">Home</a> &gt; <a href="/loc">Local'
            '</a></div><div class="c1"><div class="tl"><a href="#">Print</a> <a href="#">E-mail</a> <a href="#">'
            f'A+</a> <a href="#">A-</a></div><div class="hl">{escape(article.headline)}</div><div class="au">'
            f'{escape(article.byline)}</div><div class="txt">{_ps(article.paragraphs)}</div></div>'
            '<div class="c2"><div class="bx"><div class="bxh">Also on Valley Herald</div>' +
            "".join(f'<div class="bxi"><a href="#">{t}</a></div>' for t in RELATED) + '</div></div>'
            '<div class="ft">Valley Herald, 12 Mill Street · Subscriptions · Advertise with us</div></div></body></html>')
    return html, ["Valley Herald", "Home Local Farming Schools Obituaries", "Home > Local", "Print E-mail A+ A-",
                  "Also on Valley Herald", *RELATED, "Valley Herald, 12 Mill Street · Subscriptions · Advertise with us"]


SET_C_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "magazine-cms": magazine_cms, "amp": amp, "legacy-divs": legacy_divs}
