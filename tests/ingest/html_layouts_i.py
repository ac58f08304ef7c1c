"""Dev set I of web layouts (written in session 12, before any reader change was tuned with them in
view), in kinds of real publisher pages the older sets lack: a public broadcaster's page whose
paragraphs each sit in their own block component (subheads as <h2>, image source and caption
labels, topic links, "Top stories" rails); an old table-layout CMS with <font> soup and
<br><br> paragraphs; a print version ("Print this page", "Find this article at:"); a page
saved from the Wayback Machine (toolbar, capture counts, calendar); a wire service whose
paragraphs are <div>s and whose "Sign up here." lines and trust box sit between them; a news
agency page with bullet lists and block quotes that ARE text, "ADVERTISEMENT" slots and a
"RELATED COVERAGE" list; a cable-news page whose headline sits in a <header> with the share bar,
with "NEW You can now listen" and capitalised inline promo links; the English edition of a
Korean paper (text nodes split by <br><br> in a div, "Published : … Updated : …", a
reporter's e-mail, "(END)" and language links); an international broadcaster's page saved with
"Save as complete" (inline styles and scripts, "Listen to this article", a "Recommended stories"
list between the parts of the body).

Kept aside (I_HELD_LAYOUTS): a Google cache wrapper around a paper that splits the body over
sibling containers with "Story continues below advertisement" and "Article content" labels, and
the English edition of a Russian outlet with a reader appeal box and "Read more" cards.

I_LAYOUTS are tuned on (set F's editorials 13-18); the kept-aside part is Al Jazeera's editorials
79-83 in every layout and set C's (40-45) in the held layouts (benchmarks/bench_ingest_fidelity.py
--dev-web / --dev-web-held). Each layout returns (html, furniture), as in html_layouts.py."""
from __future__ import annotations

from collections.abc import Callable
from html import escape

from tests.ingest.articles import Article
from tests.ingest.html_layouts import _head
from tests.ingest.html_layouts_h import _thirds

STORIES = ["Flood defences fail in three river towns", "Rail strike called off after late talks",
           "How the new pension rules affect you", "Minister quits over contracts row"]


def _subhead(p: str) -> bool:
    """A short paragraph without a sentence's end: a subhead of the piece, set as <h2> by some sites."""
    return len(p) <= 60 and not p.rstrip().endswith((".", "!", "?", "”", "\"", "'", "’", ":"))


def bbc_blocks(article: Article) -> tuple[str, list[str]]:
    """A public broadcaster: every paragraph in its own text-block component (hashed class names),
    subheads as <h2> in a subheadline block, an image block with "Image source, …" and "Image
    caption, …" labels, a topic-links block, a "Top stories" and "Features" rail, a banner nav."""
    blocks = []
    for n, p in enumerate(article.paragraphs):
        if _subhead(p):
            blocks.append(f'<div data-component="subheadline-block" class="ssrcss-1x2m9q"><h2 id="h{n}" '
                          f'class="ssrcss-y9d8xk-StyledHeading">{escape(p)}</h2></div>')
        else:
            blocks.append('<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer"><div class="ssrcss-'
                          f'11r1m41-RichTextComponentWrapper"><p class="ssrcss-1q0x1qg-Paragraph">{escape(p)}</p></div></div>')
        if n == 1:
            blocks.append('<div data-component="image-block" class="ssrcss-1f3bvyz"><figure><div><span role="text">'
                          '<span class="ssrcss-1qr3f1s-VisuallyHidden">Image source, </span>Getty Images</span><img '
                          'src="p.jpg" alt=""></div><figcaption class="ssrcss-1ibj6d8"><span class="ssrcss-1qr3f1s-'
                          'VisuallyHidden">Image caption, </span>Campaigners gathered outside Parliament on Tuesday'
                          '</figcaption></figure></div>')
    nav = ["Home", "News", "Sport", "Weather", "iPlayer", "Sounds"]
    html = (_head(article, "Public Broadcaster") +
            '<body><div id="main-wrapper"><header role="banner" class="ssrcss-1xn2qx"><a href="/">Public Broadcaster'
            '</a><div>' + "".join(f'<a href="#">{m}</a>' for m in nav) + '</div></header><div class="ssrcss-1ocoo3l-Wrap">'
            '<div class="ssrcss-pv1rh6-ArticleWrapper"><div data-component="headline-block" class="ssrcss-1s8mtx">'
            f'<h1 id="main-heading" class="ssrcss-15xko80-StyledHeading">{escape(article.headline)}</h1></div>'
            f'<div data-component="byline-block" class="ssrcss-68pt20"><div><span>{escape(article.byline)}</span></div>'
            '</div>' + "".join(blocks) +
            '<div data-component="links-block" class="ssrcss-1qnd0ji"><h2 class="ssrcss-1tryb7v">Related Topics</h2>'
            '<ul class="ssrcss-1yz2he"><li><a href="#">Housing</a></li><li><a href="#">Local government</a></li></ul>'
            '</div></div><div class="ssrcss-1ns8kv0"><section data-component="top-stories"><h2>Top stories</h2><ul>' +
            "".join(f'<li><a href="#"><span>{t}</span></a><span class="ssrcss-time"> {n + 2} hours ago</span></li>'
                    for n, t in enumerate(STORIES[:3])) +
            f'</ul></section><section data-component="features"><h2>Features</h2><a href="#">{STORIES[3]}</a></section>'
            '</div></div><footer><a href="#">Terms of Use</a> <a href="#">About the Broadcaster</a><p>Copyright 2024 '
            'Public Broadcaster. The Broadcaster is not responsible for the content of external sites.</p></footer></div>'
            '</body></html>')
    return html, ["Public Broadcaster", " ".join(nav), "Image source, Getty Images",
                  "Image caption, Campaigners gathered outside Parliament on Tuesday", "Related Topics",
                  "Housing", "Local government", "Top stories", *STORIES, "Features", "Terms of Use",
                  "About the Broadcaster",
                  "Copyright 2024 Public Broadcaster. The Broadcaster is not responsible for the content of external sites."]


def old_cms_font(article: Article) -> tuple[str, list[str]]:
    """A regional paper's old table-layout CMS: a left column of section links, the story in a
    cell of <font> soup with paragraphs split by <br><br>, "[ Print ] [ E-mail ] [ Comment ]"
    tools, "Back to top", a copyright line."""
    sections = ["Front Page", "Local News", "Obituaries", "Sports", "Opinion", "Classifieds"]
    body = "<br><br>\n".join(escape(p) for p in article.paragraphs)
    html = ('<html><head><title>' + escape(article.headline) + ' - The Valley Herald</title>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body bgcolor="#FFFFFF" topmargin="0"><table width="760" border="0" cellpadding="0" cellspacing="0">'
            '<tr><td colspan="2"><img src="logo.gif" alt="The Valley Herald"><font face="Arial" size="1">Serving the '
            'valley since 1887</font></td></tr><tr><td width="150" valign="top" bgcolor="#EEEEEE">' +
            "".join(f'<font face="Arial" size="2"><a href="/{s.lower().replace(" ", "")}.asp">{s}</a></font><br>'
                    for s in sections) +
            '</td><td width="610" valign="top"><font face="Georgia, Times" size="5"><b>' + escape(article.headline) +
            f'</b></font><br><br><font face="Arial" size="1" color="#666666">{escape(article.byline)}<br>'
            'Posted June 20, 2024</font><br><br><font face="Georgia, Times" size="3">' + body +
            '</font><br><br><font face="Arial" size="1">[ <a href="print.asp?id=4411">Print</a> ] [ <a href='
            '"email.asp?id=4411">E-mail</a> ] [ <a href="comment.asp?id=4411">Comment</a> ]</font><br><br>'
            '<font size="1"><a href="#top">Back to top</a></font></td></tr><tr><td colspan="2" align="center">'
            '<font face="Arial" size="1">Copyright © 2024 The Valley Herald. All rights reserved. Reproduction in whole '
            'or in part without permission is prohibited.</font></td></tr></table></body></html>')
    return html, ["Serving the valley since 1887", *sections, "[ Print ] [ E-mail ] [ Comment ]", "Back to top",
                  "Copyright © 2024 The Valley Herald. All rights reserved. Reproduction in whole or in part without "
                  "permission is prohibited."]


def print_view(article: Article) -> tuple[str, list[str]]:
    """A print version: the logo, "Print this page" and "Close window" links, the story in a plain
    div, subheads in <strong> paragraphs, "Find this article at:" and the address, a note about
    links, and a long copyright line with terms."""
    paras = "".join(f"<p><strong>{escape(p)}</strong></p>" if _subhead(p) else f"<p>{escape(p)}</p>"
                    for p in article.paragraphs)
    url = "https://www.courier-news.example.com/story/opinion/2024/06/20/editorial/74151612007/"
    html = (_head(article, "The Courier") +
            '<body class="print" onload="window.print()"><div class="print-head"><img src="logo.png" alt=""> '
            '<a href="javascript:window.print()">Print this page</a> | <a href="javascript:window.close()">Close window'
            f'</a></div><div class="print-story"><h1>{escape(article.headline)}</h1><p class="p-by">'
            f'{escape(article.byline)}, The Courier</p><p class="p-date">Published 6:00 a.m. ET June 20, 2024</p>'
            + paras + f'</div><div class="print-foot"><p>Find this article at:</p><p>{url}</p><p><input type="checkbox">'
            ' Check the box to include the list of links referenced in the article.</p><p>© 2024 The Courier. All '
            'rights reserved. Users of this site agree to the Terms of Service, Privacy Notice and Ad Choices.</p>'
            '</div></body></html>')
    return html, ["Print this page | Close window", "Find this article at:", url,
                  "Check the box to include the list of links referenced in the article.",
                  "© 2024 The Courier. All rights reserved. Users of this site agree to the Terms of Service, Privacy "
                  "Notice and Ad Choices."]


def wayback(article: Article) -> tuple[str, list[str]]:
    """A page saved from the Wayback Machine: its toolbar (address form, capture count, dates, a
    calendar strip of months, days and years, "About this capture"), then a news page in nested
    divs with "Advertisement" slots between the paragraphs."""
    a, b, c = _thirds(article)
    ad = '<div class="adwrap"><p class="adlabel">Advertisement</p><div id="dfp-mid"></div></div>'
    html = (_head(article, "Lakeshore Times") +
            '<body><div id="wm-ipp-base" lang="en" style="display:block;direction:ltr;"><div id="wm-ipp" style="'
            'position:fixed;"><div id="wm-ipp-inside"><table id="wm-ipp-table"><tr><td id="wm-logo"><a href="/web/">'
            '<img alt="Wayback Machine" src="wm_tb.png"></a></td><td class="c"><form target="_top" method="get" action'
            '="/web/submit"><input type="text" name="url" value="https://lakeshoretimes.example.com/opinion/4411">'
            '</form><div id="wm-nav-captures"><a class="t" href="#">42 captures</a><div class="r">20 Jun 2024 - 2 Jul '
            '2024</div></div></td><td class="n"><table><tr class="m"><td class="b"><a href="#">MAY</a></td>'
            '<td class="c">JUN</td><td class="f"><a href="#">JUL</a></td></tr><tr class="d"><td class="b"><a href="#">'
            '19</a></td><td class="c">20</td><td class="f"><a href="#">21</a></td></tr><tr class="y"><td class="b">'
            '<a href="#">2023</a></td><td class="c">2024</td><td class="f"><a href="#">2025</a></td></tr></table></td>'
            '<td class="r"><a href="#" title="Close the toolbar">Close</a> <a href="#" title="Help">Help</a></td></tr>'
            '<tr><td colspan="4"><a href="#">About this capture</a></td></tr></table></div></div></div>'
            '<div id="wrapper"><div class="topbar"><a href="/">Lakeshore Times</a> <a href="/news">News</a> <a '
            'href="/opinion">Opinion</a> <a href="/sports">Sports</a></div><div class="content"><div class="col-main">'
            f'<div class="story"><div class="story-head"><h1>{escape(article.headline)}</h1><div class="story-meta">'
            f'{escape(article.byline)} · June 20, 2024</div></div><div class="story-body">' +
            "".join(f"<p>{escape(p)}</p>" for p in a) + ad + "".join(f"<p>{escape(p)}</p>" for p in b) + ad +
            "".join(f"<p>{escape(p)}</p>" for p in c) + '</div></div></div></div></div></body></html>')
    return html, ["42 captures", "20 Jun 2024 - 2 Jul 2024", "MAY JUN JUL", "19 20 21",
                  "2023 2024 2025", "Close Help", "About this capture", "Lakeshore Times News Opinion Sports",
                  "Advertisement"]


def wire_divs(article: Article) -> tuple[str, list[str]]:
    """A wire service: paragraphs are <div>s with data-testid numbers, a newsletter line
    ("… Sign up here.") between them, a trust line, a tag row and a
    "Read Next" list of links with times."""
    a, b, c = _thirds(article)

    def paras(ps: list[str], at: int) -> str:
        return "".join(f'<div data-testid="paragraph-{at + n}" class="text__text__1FZLe text__dark-grey__3Ml43 '
                       f'article-body__paragraph__2-BtD">{escape(p)}</div>' for n, p in enumerate(ps))

    signup = "The Daily Briefing newsletter provides all the news you need to start your day. Sign up here."
    html = (_head(article, "Wire Service") +
            '<body><div id="fusion-app"><header class="site-header"><a href="/">Wire Service</a><a href="/world">World'
            '</a><a href="/business">Business</a><a href="/markets">Markets</a></header><main id="main-content">'
            '<article class="article__container__2-SBi"><div class="article-header__heading__15OpQ"><span class="text__'
            'kicker"><a href="/world">World</a></span>'
            f'<h1 data-testid="Heading" class="text__heading_3__1kDhc">{escape(article.headline)}</h1></div><div '
            f'class="article-header__meta"><div>{escape(article.byline)}</div><time>June 20, 20248:14 AM GMT+1Updated'
            ' 2 hours ago</time></div><div class="article-body__content__17Yit">' + paras(a, 0) +
            '<div data-testid="promo-box" class="text__text__1FZLe"><span>' + signup.replace(" Sign up here.", "") +
            ' <a href="/newsletters">Sign up here.</a></span></div>' + paras(b, len(a)) + paras(c, len(a) + len(b)) +
            '</div><div class="trust-badge"><span>Our Standards: <a href="/trust">The Wire Service Trust '
            'Principles.</a></span></div><div class="tags-row"><a href="#">Politics</a><a href="#">Editorials</a></div>'
            '</article><div class="read-next"><div class="heading">Read Next</div>' +
            "".join(f'<div class="story-card"><a href="#">{t}</a><time>{n + 1}:05 PM UTC</time></div>'
                    for n, t in enumerate(STORIES[:3])) +
            '</div></main><footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>© 2024 Wire '
            'Service. All rights reserved</p></footer></div></body></html>')
    return html, ["Wire Service World Business Markets", signup,
                  "Our Standards: The Wire Service Trust Principles.", "Politics Editorials", "Read Next",
                  *STORIES[:3], "All quotes delayed a minimum of 15 minutes.", "© 2024 Wire Service. All rights reserved"]


def agency_lists(article: Article) -> tuple[str, list[str]]:
    """A news agency: the body with a run of paragraphs set as a bullet list (article text), one as
    a block quote (article text, not a pull quote), "ADVERTISEMENT" slots, a "RELATED COVERAGE"
    label above a list of links, and a "Related Stories" card box."""
    ps = article.paragraphs
    k = max(1, len(ps) // 3)
    out = []
    for n, p in enumerate(ps):
        if n == k:
            out.append('<div class="Advertisement"><div class="ad-label">ADVERTISEMENT</div><div id="ad-3"></div></div>')
            out.append('<p><strong>RELATED COVERAGE</strong></p><ul class="rc">' +
                       "".join(f'<li><a href="#">{t}</a></li>' for t in STORIES[:2]) + "</ul>")
        if n == k + 1 and len(ps) > k + 4:
            out.append("<ul>" + "".join(f"<li>{escape(q)}</li>" for q in ps[k + 1:k + 4]) + "</ul>")
        elif k + 1 < n < k + 4 and len(ps) > k + 4:
            continue
        elif n == len(ps) - 2 and n > k + 4:
            out.append(f"<blockquote><p>{escape(p)}</p></blockquote>")
        else:
            out.append(f"<p>{escape(p)}</p>")
        if n == 2 * k:
            out.append('<div class="Enhancement"><div class="PageListEnhancementGeneric"><div class="PageList-header">'
                       '<h2>Related Stories</h2></div><div class="PageList-items">' +
                       "".join(f'<div class="PageList-items-item"><div class="PagePromo"><a href="#"><img src="r.jpg">'
                               f'</a><div class="PagePromo-title"><a href="#"><span>{t}</span></a></div></div></div>'
                               for t in STORIES[2:4]) + '</div></div></div>')
    html = (_head(article, "Press Agency") +
            '<body><div class="Page-header"><a href="/">Press Agency</a><ul class="Page-header-nav"><li><a href="#">'
            'U.S. News</a></li><li><a href="#">World News</a></li><li><a href="#">Politics</a></li></ul></div>'
            f'<div class="Page-content"><div class="Page-headline"><h1>{escape(article.headline)}</h1></div>'
            f'<div class="Page-byline">{escape(article.byline)} Updated 10:14 AM EDT, June 20, 2024</div>'
            '<div class="RichTextStoryBody RichTextBody">' + "".join(out) + '</div></div><div class="Page-footer">'
            '<p>Copyright 2024 Press Agency. All Rights Reserved.</p></div></body></html>')
    return html, ["Press Agency", "U.S. News World News Politics", "ADVERTISEMENT", "RELATED COVERAGE", *STORIES,
                  "Related Stories", "Copyright 2024 Press Agency. All Rights Reserved."]


def cable_header(article: Article) -> tuple[str, list[str]]:
    """A cable-news opinion page: the headline in a <header> with the eyebrow and the share
    bar, "NEW You can now listen to … articles!", a video player's labels, capitalised lone-link
    promo paragraphs between the paragraphs, the author's line at the end in italics."""
    a, b, c = _thirds(article)
    promo = "<p><strong><a href=\"#\">{}</a></strong></p>"
    html = (_head(article, "Cable News") +
            '<body><div class="site-header"><a href="/" class="logo">Cable News</a><a href="#">Watch TV</a></div>'
            '<main class="main-content"><article class="article-wrap"><header class="article-header"><div class="eyebrow">'
            f'<a href="/opinion">OPINION</a></div><h1 class="headline">{escape(article.headline)}</h1><div class="author-'
            f'byline"><span>{escape(article.byline)} | Cable News</span></div><div class="article-date">Published June '
            '20, 2024 6:00am EDT</div><div class="share-kit"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">'
            'Flipboard</a><a href="#">Comments</a><a href="#">Print</a><a href="#">Email</a></div></header>'
            '<div class="article-content"><div class="featured-video"><div class="video-container"><span>close</span>'
            '<span>Video</span><div class="caption"><p>Lawmakers react to the budget deal</p></div></div></div>'
            '<div class="article-body"><p class="speakable">NEW You can now listen to Cable News articles!</p>' +
            "".join(f"<p>{escape(p)}</p>" for p in a) + promo.format("LAWMAKERS SPLIT OVER LATE BUDGET DEAL") +
            "".join(f"<p>{escape(p)}</p>" for p in b) + promo.format("CLICK HERE TO GET THE CABLE NEWS APP") +
            "".join(f"<p>{escape(p)}</p>" for p in c) +
            '<p><i><a href="#">CLICK HERE TO READ MORE FROM THE EDITORIAL BOARD</a></i></p></div></div></article>'
            '</main><div class="site-footer"><p>This material may not be published, broadcast, rewritten, or '
            'redistributed. ©2024 Cable News Network, LLC. All rights reserved.</p></div></body></html>')
    return html, ["Cable News Watch TV", "OPINION", "Facebook Twitter Flipboard Comments Print Email",
                  "close Video", "Lawmakers react to the budget deal", "NEW You can now listen to Cable News articles!",
                  "LAWMAKERS SPLIT OVER LATE BUDGET DEAL", "CLICK HERE TO GET THE CABLE NEWS APP",
                  "CLICK HERE TO READ MORE FROM THE EDITORIAL BOARD",
                  "This material may not be published, broadcast, rewritten, or redistributed. ©2024 Cable News "
                  "Network, LLC. All rights reserved."]


def korean_english(article: Article) -> tuple[str, list[str]]:
    """The English edition of a Korean paper: language links (한국어 | 中文 | 日本語), the story as
    text nodes split by <br><br> in a div, "Published : … Updated : …", a reporter's e-mail
    line and "(END)", font size and print tools, a "Most Popular" list."""
    body = "<br><br>".join(escape(p) for p in article.paragraphs)
    langs = "한국어 | 中文 | 日本語 | Español"
    html = (_head(article, "Seoul Daily") +
            '<body><div id="wrap"><div class="top_lang"><a href="#">한국어</a> | <a href="#">中文</a> | <a href="#">日本語'
            '</a> | <a href="#">Español</a></div><div class="gnb"><a href="/">Seoul Daily</a><a href="#">National</a>'
            '<a href="#">Business</a><a href="#">Opinion</a></div><div class="view_wrap"><div class="view_tit_wrap">'
            f'<h1 class="view_tit">{escape(article.headline)}</h1><p class="view_tit_byline">{escape(article.byline)}'
            '</p><p class="view_tit_date">Published : Jun 20, 2024 - 09:00 Updated : Jun 20, 2024 - 09:12</p>'
            '<div class="view_tool"><a href="#">가</a><a href="#">가</a><a href="#">Print</a><a href="#">Send</a>'
            '</div></div><div class="view_con" id="articleText"><div class="view_con_t">' + body +
            '<br><br>(editorial@seouldaily.example.com)<br><br>(END)</div></div></div><div class="popular"><h3>Most '
            'Popular</h3><ol>' + "".join(f'<li><a href="#">{t}</a></li>' for t in STORIES[:3]) +
            '</ol></div><div class="foot">Seoul Daily Co., Ltd. | Registration No. 서울 아 00001 | © Seoul Daily. '
            'All rights reserved.</div></div></body></html>')
    return html, [langs, "Seoul Daily National Business Opinion", "가가",
                  "Print Send", "(editorial@seouldaily.example.com)", "(END)", "Most Popular", *STORIES[:3],
                  "Seoul Daily Co., Ltd. | Registration No. 서울 아 00001 | © Seoul Daily. All rights reserved."]


RECOMMENDED = ["Why the ceasefire talks stalled again", "Photos: a week of protests in the capital",
               "Analysis: who gains from the new trade pact", "The town that lost its river"]


def saved_complete(article: Article) -> tuple[str, list[str]]:
    """An international broadcaster's page saved with "Save as complete": inline <style> and
    <script> blocks in the body, "Listen to this article" with its length, a "Recommended stories"
    list ("list of 4 items", "end of list") between two parts of the body, a social follow line."""
    a, b, c = _thirds(article)
    rec = ('<div class="more-on"><h2 class="screen-reader-text">Recommended Stories</h2><p class="screen-reader-text">'
           'list of 4 items</p><ul class="more-on__list">' +
           "".join(f'<li class="more-on__item"><span>list {n + 1} of 4</span><a href="#"><span>{t}</span></a></li>'
                   for n, t in enumerate(RECOMMENDED)) + '</ul><p class="screen-reader-text">end of list</p></div>')
    html = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + escape(article.headline) +
            ' | Gulf Broadcaster</title><link rel="stylesheet" href="./story_files/main.css"></head><body>'
            '<style>.site-header{display:flex}.more-on{border-top:1px solid #ccc}</style><script>window.__APOLLO_STATE__='
            '{"ROOT_QUERY":{"article":{"id":"4411"}}};</script><div class="site-header"><a href="/">Gulf Broadcaster</a>'
            '<a href="/news">News</a><a href="/features">Features</a><a href="/economy">Economy</a></div><main id="main-'
            f'content-area"><header class="article-header"><h1>{escape(article.headline)}</h1></header><div class="article-'
            f'info-block"><div class="article-author-name">{escape(article.byline)}</div><div class="date-simple">Published'
            ' On 20 Jun 2024</div></div><div class="article-audio"><span>Listen to this article</span><span>5 min</span>'
            '</div><div class="wysiwyg wysiwyg--all-content">' + "".join(f"<p>{escape(p)}</p>" for p in a) + rec +
            "".join(f"<p>{escape(p)}</p>" for p in b) +
            '<script>googletag.cmd.push(function(){googletag.display("ad-mid");});</script>' +
            "".join(f"<p>{escape(p)}</p>" for p in c) + '</div><div class="article-source">Source: Gulf Broadcaster</div>'
            '<div class="social-follow"><span>Follow Gulf Broadcaster English:</span></div></main><noscript><img '
            'src="./story_files/pixel.gif"></noscript></body></html>')
    return html, ["Gulf Broadcaster News Features Economy", "Listen to this article", "5 min", "Recommended Stories",
                  "list of 4 items", *(f"list {n + 1} of 4" for n in range(4)), *RECOMMENDED, "end of list",
                  "Source: Gulf Broadcaster", "Follow Gulf Broadcaster English:"]


def google_cache(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) A Google cache wrapper (the snapshot notice, "Full version Text-only version
    View source", the search tip) around a paper that splits the body over sibling containers,
    with "Story continues below advertisement" and "Article content" labels between them."""
    a, b, c = _thirds(article)
    notice = ("This is Google's cache of https://www.northern-post.example.com/opinion/editorial-4411. It is a "
              "snapshot of the page as it appeared on 20 Jun 2024 06:32:11 GMT. The current page could have changed "
              "in the meantime. Learn more.")
    linked = escape(notice).replace("Learn more.", "<a>Learn more</a>.")
    tip = "Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar."

    def part(ps: list[str]) -> str:
        return '<section class="article-content__content-group">' + "".join(f"<p>{escape(p)}</p>" for p in ps) + "</section>"

    between = ('<div class="ad-container"><p class="ad-label">Story continues below advertisement</p><div id="gpt-mid">'
               '</div></div><p class="article-content__label">Article content</p>')
    html = ('<html><head><meta charset="utf-8"><base href="https://www.northern-post.example.com/"><title>' +
            escape(article.headline) + '</title></head><body><div style="background:#fff;border:1px solid #ccc;'
            'margin:-1px -1px 0;padding:0;"><div style="padding:8px">' + linked +
            '</div><div style="padding:8px"><a>Full version</a> <a>Text-only version</a> <a>View source</a>'
            f'</div><div style="padding:8px">{escape(tip)}</div></div><div style="position:relative">'
            '<div class="site-nav"><a href="/">Northern Post</a> <a>News</a> <a>Opinion</a> <a>Sports</a></div>'
            f'<div class="article-header"><h1>{escape(article.headline)}</h1><span class="byline">{escape(article.byline)}'
            '</span> <span>Published Jun 20, 2024 • 3 minute read</span></div><div class="article-content">' + part(a) +
            between + part(b) + between + part(c) + '</div><div class="article-tools"><span>Share this Story : '
            '</span><a>Facebook</a><a>Email</a><a>Copy Link</a></div></div></body></html>')
    return html, [notice, "Full version Text-only version View source", tip, "Northern Post News Opinion Sports",
                  "Story continues below advertisement", "Article content",
                  "Share this Story : Facebook Email Copy Link"]


APPEAL = ("Dear readers, we are facing unprecedented challenges. The authorities have declared our outlet an "
          "undesirable organization, criminalizing our work and putting our staff at risk of prosecution. We "
          "depend on your support to keep reporting.")


def russian_english(article: Article) -> tuple[str, list[str]]:
    """(Kept aside.) The English edition of a Russian outlet: a language switch ("Русская
    версия"), "Read more" cards with a title between the paragraphs, a reader appeal box ending in
    a "Support us" button, a Telegram line and a tag list."""
    a, b, c = _thirds(article)
    card = ('<div class="article__related"><div class="related-card"><span class="related-card__label">Read more'
            '</span><a class="related-card__title" href="#">{}</a></div></div>')
    html = (_head(article, "Moscow Courier") +
            '<body><div class="header"><a href="/">Moscow Courier</a><a href="/news">News</a><a href="/opinion">Opinion'
            '</a><a href="/ru">Русская версия</a></div><div class="article"><div class="article__header"><span class='
            f'"article__section">Opinion</span><h1>{escape(article.headline)}</h1><div class="article__byline">'
            f'{escape(article.byline)}</div><div class="article__date">June 20, 2024</div></div><div class="article__'
            'content">' + "".join(f"<p>{escape(p)}</p>" for p in a) + card.format(STORIES[0]) +
            "".join(f"<p>{escape(p)}</p>" for p in b) + card.format(STORIES[1]) +
            "".join(f"<p>{escape(p)}</p>" for p in c) + '</div><div class="article__appeal"><h4>A Message from Moscow '
            f'Courier:</h4><p>{escape(APPEAL)}</p><a class="button" href="/donate">Support us</a></div><div class="'
            'article__telegram"><a href="#">Subscribe to our Telegram channel</a></div><div class="article__tags">'
            '<a href="#">Kremlin</a><a href="#">Economy</a></div></div></body></html>')
    return html, ["Moscow Courier News Opinion Русская версия", "Opinion", "Read more", *STORIES[:2],
                  "A Message from Moscow Courier:", APPEAL, "Support us", "Subscribe to our Telegram channel",
                  "Kremlin Economy"]


I_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "bbc-blocks": bbc_blocks, "old-cms-font": old_cms_font, "print-view": print_view, "wayback": wayback,
    "wire-divs": wire_divs, "agency-lists": agency_lists, "cable-header": cable_header,
    "korean-english": korean_english, "saved-complete": saved_complete}
I_HELD_LAYOUTS: dict[str, Callable[[Article], tuple[str, list[str]]]] = {
    "google-cache": google_cache, "russian-english": russian_english}
