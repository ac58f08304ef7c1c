"""Dev set H, fourth batch (written in session 11 after the third was tuned on): the small
words big publishers' pages leave around photos and between paragraphs: "Enlarge this image" and
"toggle caption" with a credit line, "Image source, ..." and "Image caption, ..." lines, "View
image in fullscreen", "Supported by" and "SKIP ADVERTISEMENT" lines, "Ad Feedback", "Link
Copied!", a reader-appeal box of two paragraphs with a button, "Explore more on these topics"
and "Reuse this content" lines.

H4_LAYOUTS are tuned on; H4_HELD_LAYOUTS (broadcaster) are kept aside with the held articles
(benchmarks/bench_ingest_fidelity.py --dev-web / --dev-web-held). Each layout returns
(html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _ps, _thirds


def public_radio(article: Article) -> tuple[str, list[str]]:
    """A public radio site: a photo with "Enlarge this image", a credit, "toggle caption" and the
    caption; a "Sign up for" line between paragraphs; "Facebook Flipboard Email" share row."""
    a, b, c = _thirds(article)
    cap, cred = "Protesters gather outside the state Capitol on Tuesday.", "Jordan Vance/WKRN"
    html = (_head(article, "Public Radio East") +
            '<body><div class="pre-top"><a href="/">Public Radio East</a> <a href="/donate">Donate</a></div><article '
            f'class="story"><h1>{escape(article.headline)}</h1><p class="byline__name">{escape(article.byline)}</p>'
            '<div class="bucketwrap image large"><div class="imagewrap"><a class="enlargebtn" href="#"><b>Enlarge this '
            f'image</b></a><img src="p.jpg"></div><div class="credit-caption"><span class="credit">{cred}</span><b '
            'class="toggle-caption">toggle caption</b></div><div class="caption"><p>' + escape(cap) + '</p></div></div>'
            '<div id="storytext" class="storytext">' + _ps(a + b) +
            '<p class="newsletter-line">Sign up for the Politics Weekly newsletter to get our coverage in your inbox '
            'every Friday.</p>' + _ps(c) + '</div><div class="share-tools"><a href="#">Facebook</a> <a href="#">'
            'Flipboard</a> <a href="#">Email</a></div></article></body></html>')
    return html, ["Public Radio East", "Donate", "Enlarge this image", cred, "toggle caption", cap,
                  "Sign up for the Politics Weekly newsletter to get our coverage in your inbox every Friday.",
                  "Facebook Flipboard Email"]


def image_labels(article: Article) -> tuple[str, list[str]]:
    """A broadcaster-style page whose photos carry "Image source, ..." and "Image caption, ..."
    lines (a visually-hidden label and the text), a "Related Topics" list and "More on this story"."""
    a, b, c = _thirds(article)
    src, cap = "Image source, Getty Images", "Image caption, The chamber was half empty for the vote"
    html = (_head(article, "World Service Online") +
            '<body><div class="ws-top"><a href="/">World Service Online</a></div><main><article>'
            f'<h1 id="main-heading">{escape(article.headline)}</h1><div class="ws-by">{escape(article.byline)}</div>' +
            _ps(a) + '<figure><span class="ws-src"><span class="visually-hidden">Image source, </span>Getty Images'
            '</span><img src="i.jpg"><figcaption><span class="visually-hidden">Image caption, </span>The chamber was '
            'half empty for the vote</figcaption></figure>' + _ps(b + c) + '</article><section class="ws-topics"><h2>'
            'Related Topics</h2><ul><li><a href="#">Parliament</a></li><li><a href="#">Budget</a></li></ul></section>'
            '<section><h2>More on this story</h2><ul><li><a href="#">What is in the spending plan?</a><span>Published'
            '</span><span>2 days ago</span></li></ul></section></main></body></html>')
    return html, ["World Service Online", src, cap, "Related Topics", "Parliament", "Budget", "More on this story",
                  "What is in the spending plan?"]


APPEAL = ["You’ve read 5 articles this month. We have a small favour to ask: our journalism is funded by readers, "
          "and it stays open to everyone, whatever their means.",
          "If you can, please support us today. It takes less than a minute, and every contribution, however big or "
          "small, powers our reporting for the years to come."]


def reader_appeal(article: Article) -> tuple[str, list[str]]:
    """A reader-funded paper: "View image in fullscreen" with a photograph credit, an appeal of two
    paragraphs with a button after the text, "Explore more on these topics" with tags, "Share",
    "Reuse this content", "Most viewed"."""
    cap = "The site of the proposed depot. Photograph: Ana Ruiz/The Courier"
    html = (_head(article, "The Courier") +
            '<body><div class="c-top"><a href="/">The Courier</a></div><main><div class="c-art">'
            f'<h1>{escape(article.headline)}</h1><address>{escape(article.byline)}</address><figure><button>View image in '
            f'fullscreen</button><img src="f.jpg"><figcaption>{escape(cap)}</figcaption></figure><div class="c-body">' +
            _ps(article.paragraphs) + '</div><div class="c-epic"><h2>Before you go</h2>' + _ps(APPEAL) +
            '<a class="c-epic-button" href="/support">Support us</a></div><div class="c-tags"><h2>Explore more on '
            'these topics</h2><ul><li><a href="#">Transport</a></li><li><a href="#">Local government</a></li></ul></div>'
            '<div class="c-tools"><a href="#">Share</a> <a href="#">Reuse this content</a></div></div><div class='
            '"c-most"><h2>Most viewed</h2></div></main></body></html>')
    return html, ["The Courier", "View image in fullscreen", cap, "Before you go", *APPEAL, "Support us",
                  "Explore more on these topics", "Transport", "Local government", "Share Reuse this content",
                  "Most viewed"]


def daily_supported(article: Article) -> tuple[str, list[str]]:
    """A daily's page: "Supported by" above the headline's block, "SKIP ADVERTISEMENT" lines
    between paragraphs, "Share full article" and a comment count, "Ad Feedback", "Link Copied!"."""
    a, b, c = _thirds(article)
    ad = '<div class="ad-wrap"><p class="ad-label">Advertisement</p><a href="#after">SKIP ADVERTISEMENT</a></div>'
    html = (_head(article, "Metropolitan Daily") +
            '<body><div class="md-top"><a href="/">Metropolitan Daily</a></div><div class="md-story"><p class="md-'
            f'supported">Supported by</p><div class="md-headline"><h1>{escape(article.headline)}</h1></div><p class="md-'
            f'by">{escape(article.byline)}</p><div class="md-share"><button>Share full article</button><a href="#c">'
            '312</a><span class="md-copied">Link Copied!</span></div>' + _ps(a) + ad + _ps(b) +
            '<div class="md-adfb"><span>Ad Feedback</span></div>' + _ps(c) + '</div></body></html>')
    return html, ["Metropolitan Daily", "Supported by", "Share full article", "312", "Link Copied!", "Advertisement",
                  "SKIP ADVERTISEMENT", "Ad Feedback"]


def broadcaster(article: Article) -> tuple[str, list[str]]:
    """A TV network's site (held layout): "Published On" line, "Save articles to read later",
    a "Click here to share on social media" button, a "Source:" line after the text, "Follow us:"."""
    html = (_head(article, "Gulf Network") +
            '<body><div class="gn-top"><a href="/">Gulf Network</a></div><main><h1>' + escape(article.headline) +
            f'</h1><div class="gn-by">{escape(article.byline)}</div><div class="gn-date"><span>Published On 20 Jun '
            '2024</span></div><div class="gn-save"><button>Save articles to read later and create your own reading '
            'list.</button></div><div class="gn-share"><button>Click here to share on social media</button></div>'
            '<div class="gn-body">' + _ps(article.paragraphs) + '</div><p class="gn-source">Source: Gulf Network</p>'
            '<div class="gn-follow">Follow us: <a href="#">X</a> <a href="#">Instagram</a></div></main></body></html>')
    return html, ["Gulf Network", "Save articles to read later and create your own reading list.",
                  "Click here to share on social media", "Source: Gulf Network", "Follow us: X Instagram"]


H4_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "public-radio": public_radio, "image-labels": image_labels, "reader-appeal": reader_appeal,
    "daily-supported": daily_supported}
H4_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {"broadcaster": broadcaster}
