"""Saved web pages of an article in the styles of several publishing systems, each with its
site furniture: menus, breadcrumbs, share bars, related links, newsletter promos, footers.

Each layout returns (html, furniture): the strings a reader must find hidden as boilerplate.
LAYOUTS are used while tuning; HELD_OUT_LAYOUTS are kept aside for the evaluation."""
from __future__ import annotations

from html import escape
from collections.abc import Callable

from tests.ingest.articles import Article

RELATED = ["Senate panel delays vote on shipyard funding", "What the new budget means for your city",
           "Analysis: the quiet fight over radar contracts"]


def _ps(article: Article, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{attr}>{escape(p)}</p>" for p in article.paragraphs)


def _head(article: Article, site: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(article.headline)} | {site}'
            f'</title><meta property="og:title" content="{escape(article.headline)}">'
            f'<meta property="og:site_name" content="{site}"><script>window.dataLayer=[];</script>'
            '<style>body{font-family:serif}</style></head>')


def arc(article: Article) -> tuple[str, list[str]]:
    """A newspaper on a headless CMS: header with a pipe-separated nav, breadcrumbs, share bar,
    related list in an aside, footer."""
    nav = "Home | Politics | World | Business | Opinion | Subscribe"
    links = " | ".join(f'<a href="/{w.lower()}">{w}</a>' for w in nav.split(" | "))
    html = (_head(article, "The Daily Ledger") +
            f'<body><header class="site-header"><div class="logo">The Daily Ledger</div><nav>{links}</nav></header>'
            '<main><div class="breadcrumbs"><a href="/">Home</a> › <a href="/politics">Politics</a></div>'
            f'<article><h1>{escape(article.headline)}</h1><div class="byline">{escape(article.byline)}</div>'
            '<time datetime="2024-06-20">June 20, 2024</time>'
            '<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
            '<a href="#">Email this article</a></div>'
            f'<div class="article-body">{_ps(article)}</div></article>'
            '<aside class="related"><h2>More in Politics</h2><ul>' +
            "".join(f'<li><a href="/a/{n}">{t}</a></li>' for n, t in enumerate(RELATED)) +
            '</ul></aside></main><footer><p>© 2024 The Daily Ledger. All rights reserved.</p>'
            '<p><a href="/privacy">Privacy</a> <a href="/terms">Terms of use</a></p></footer></body></html>')
    return html, ["The Daily Ledger", nav.replace(" | ", " "), "Home › Politics", "Share on Facebook",
                  "Share on X", "Email this article", "More in Politics", *RELATED,
                  "© 2024 The Daily Ledger. All rights reserved.", "Privacy Terms of use"]


def wordpress(article: Article) -> tuple[str, list[str]]:
    """A WordPress theme: masthead menu without a nav element, Jetpack share and related posts,
    post navigation, sidebar widgets."""
    menu = ["News", "Local", "Sport", "Culture", "Contact us"]
    html = (_head(article, "Riverside Courier") +
            '<body class="single-post"><div id="page" class="site"><div id="masthead" class="site-header">'
            '<p class="site-title"><a href="/">Riverside Courier</a></p><div class="menu-main-container">'
            '<ul id="menu-main" class="menu">' + "".join(f'<li class="menu-item"><a href="#">{m}</a></li>' for m in menu) +
            '</ul></div></div><div id="content" class="site-content has-sidebar"><div id="primary" class="content-area">'
            f'<div class="post type-post"><h1 class="entry-title">{escape(article.headline)}</h1>'
            f'<div class="entry-meta"><span class="author vcard">{escape(article.byline)}</span> '
            '<span class="posted-on">Posted on June 20, 2024</span></div>'
            f'<div class="entry-content">{_ps(article)}'
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
            '<li><a class="share-twitter" href="#">Twitter</a></li><li><a class="share-facebook" href="#">Facebook</a></li>'
            '</ul></div><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
            'Related</h3>' + "".join(f'<p><a href="#">{t}</a></p>' for t in RELATED) + '</div></div></div>'
            '<div class="nav-links"><a href="/prev" rel="prev">← Council approves new bus routes</a>'
            '<a href="/next" rel="next">Library hours extended for summer →</a></div></div>'
            '<div id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Recent Posts'
            '</h2><ul><li><a href="#">Farmers market returns to the square</a></li><li><a href="#">Bridge repairs '
            'begin Monday</a></li></ul></section></div></div><div class="site-info">Proudly powered by WordPress'
            '</div></div></body></html>')
    return html, ["Riverside Courier", *menu, "Share this:", "Twitter", "Facebook", "Related", *RELATED,
                  "← Council approves new bus routes", "Library hours extended for summer →", "Recent Posts",
                  "Farmers market returns to the square", "Bridge repairs begin Monday", "Proudly powered by WordPress"]


def drupal(article: Article) -> tuple[str, list[str]]:
    """A Drupal site: role=navigation regions, an ordered-list breadcrumb, a social-share block,
    a related-articles view, a newsletter block."""
    html = (_head(article, "Eastern Policy Review") +
            '<body><div class="dialog-off-canvas-main-canvas"><div class="region region-header">'
            '<div role="navigation" class="block-system-menu-blockmain"><ul class="menu"><li><a href="/">Home</a></li>'
            '<li><a href="/analysis">Analysis</a></li><li><a href="/regions">Regions</a></li><li><a href="/about">About'
            '</a></li></ul></div></div><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
            '<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li>'
            '<li><a href="/analysis">Analysis</a></li></ol></nav><div class="region region-content">'
            f'<div class="node node--type-article"><h1 class="page-title"><span>{escape(article.headline)}</span></h1>'
            f'<div class="node__meta">{escape(article.byline)} · 20 June 2024</div>'
            f'<div class="clearfix text-formatted field field--name-body">{_ps(article)}</div>'
            '<div class="block-social-share"><span>Share:</span> <a href="#">LinkedIn</a> <a href="#">Email</a></div>'
            '</div><div class="views-element-container view-related-articles"><h2>Related articles</h2>' +
            "".join(f'<div class="views-row"><a href="#">{t}</a></div>' for t in RELATED) +
            '</div></div><div class="block-newsletter"><h2>Newsletter</h2><p>Get our weekly analysis in your inbox.'
            '</p></div><footer role="contentinfo"><p>Eastern Policy Review is published by the Institute for '
            'Regional Studies.</p></footer></div></body></html>')
    return html, ["Home Analysis Regions About", "Breadcrumb", "Share:", "LinkedIn", "Related articles", *RELATED,
                  "Newsletter", "Get our weekly analysis in your inbox.",
                  "Eastern Policy Review is published by the Institute for Regional Studies."]


def tables(article: Article) -> tuple[str, list[str]]:
    """An older news site laid out with tables and divs, no HTML5 elements at all: a top bar
    of links, a "Most read" box and a print/email tool line."""
    html = (_head(article, "Northern Gazette") +
            '<body><table width="100%"><tr><td class="topbar"><a href="/">Front page</a> · <a href="/n">National</a> · '
            '<a href="/i">International</a> · <a href="/e">Editorials</a> · <a href="/l">Letters</a></td></tr><tr>'
            '<td valign="top" class="maincol"><div class="tools"><a href="#">Print</a> | <a href="#">Email</a> | '
            f'<a href="#">Comments (12)</a></div><div class="headline"><b>{escape(article.headline)}</b></div>'
            f'<div class="by">{escape(article.byline)}</div><div class="story">' +
            "".join(f"{escape(p)}<br><br>" for p in article.paragraphs) +
            '</div></td><td valign="top" width="200" class="rightcol"><div class="box"><div class="boxtitle">Most '
            'read</div>' + "".join(f'<div><a href="#">{t}</a></div>' for t in RELATED) + '</div></td></tr></table>'
            '<div class="bottom">Copyright Northern Gazette Ltd. Registered in England.</div></body></html>')
    return html, ["Front page · National · International · Editorials · Letters", "Print | Email | Comments (12)",
                  "Most read", *RELATED, "Copyright Northern Gazette Ltd. Registered in England."]


def ghost(article: Article) -> tuple[str, list[str]]:
    """A Ghost blog theme (held out): gh-head navigation, tag line, subscribe form, read-more cards."""
    html = (_head(article, "The Harbour Dispatch") +
            '<body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head outer"><div '
            'class="gh-head-inner"><a class="gh-head-logo" href="/">The Harbour Dispatch</a><nav class="gh-head-menu">'
            '<ul class="nav"><li><a href="/">Latest</a></li><li><a href="/tag/ports/">Ports</a></li><li><a href='
            '"/tag/environment/">Environment</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" '
            'href="#/portal/signup">Subscribe</a></div></div></header><main id="site-main" class="site-main">'
            '<article class="article post"><header class="article-header gh-canvas"><section class="article-tag">'
            f'<a href="/tag/ports/">Ports</a></section><h1 class="article-title">{escape(article.headline)}</h1>'
            f'<div class="article-byline-meta"><h4 class="author-name">{escape(article.byline)}</h4></div></header>'
            f'<section class="gh-content gh-canvas">{_ps(article)}</section>'
            '<section class="footer-cta"><h2 class="footer-cta-title">Sign up for The Harbour Dispatch</h2>'
            '<a class="footer-cta-button" href="#/portal">Enter your email</a></section></article></main>'
            '<aside class="read-more-wrap outer"><div class="read-more inner">' +
            "".join(f'<article class="post-card"><a class="post-card-content-link" href="#"><h2 class="post-card-'
                    f'title">{t}</h2></a></article>' for t in RELATED) +
            '</div></aside><footer class="site-footer outer"><div class="inner"><section class="copyright">'
            '<a href="/">The Harbour Dispatch</a> © 2024</section><div class="site-footer-nav"><a href="/privacy">'
            'Privacy</a></div></div></footer></div></body></html>')
    return html, ["Latest", "Subscribe", "Sign up for The Harbour Dispatch", "Enter your email", *RELATED,
                  "The Harbour Dispatch © 2024", "Privacy"]


def portal(article: Article) -> tuple[str, list[str]]:
    """A news portal (held out): skip link, a mega-menu in divs with role=menubar, breadcrumb in a
    list with schema.org markup, social icons with aria labels, a tag list and a comments teaser."""
    sections = ["Top stories", "Economy", "Climate", "Science", "Video"]
    html = (_head(article, "Continental News") +
            '<body><a class="skip-link" href="#main">Skip to content</a><div class="top-menu" role="menubar">' +
            "".join(f'<div role="menuitem"><a href="#">{s}</a></div>' for s in sections) +
            '</div><ul class="breadcrumb-list" itemscope itemtype="https://schema.org/BreadcrumbList">'
            '<li itemprop="itemListElement"><a href="/">Continental News</a></li><li itemprop="itemListElement">'
            '<a href="/climate">Climate</a></li></ul><div id="main" class="story-container">'
            f'<h1 class="story-title">{escape(article.headline)}</h1><p class="story-byline">{escape(article.byline)}'
            '</p><div class="social-icons"><a aria-label="Share on Facebook" href="#">f</a><a aria-label="Share on X" '
            f'href="#">x</a></div><div class="story-text">{_ps(article)}</div><ul class="tag-list"><li><a href="#">'
            'Drought</a></li><li><a href="#">Agriculture</a></li></ul><div class="comments-teaser"><a href="#">Read '
            '34 comments</a></div></div><div class="site-footer">© Continental News 2024 · Imprint · Cookie settings'
            '</div></body></html>')
    return html, ["Skip to content", *sections, "Continental News Climate", "Drought Agriculture", "Read 34 comments",
                  "© Continental News 2024 · Imprint · Cookie settings"]


LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "arc": arc, "wordpress": wordpress, "drupal": drupal, "tables": tables}
HELD_OUT_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"ghost": ghost, "portal": portal}
