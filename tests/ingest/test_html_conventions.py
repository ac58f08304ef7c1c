"""The project's web conventions (coordinator, session 18) on small synthetic pages of the forms found on real saved
pages (benchmarks/bench_real_pages.py): an embedded post quoted in the article is text and only its widget chrome is
furniture; a pull quote is furniture when it repeats the running text and text when it does not, whatever its class
or tag says. Each in several forms, with near misses that must stay as they were."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import parse
from briefing_app.ingest.htmlchrome import furniture
from tests.ingest.test_html_furniture import hidden_texts, visible_paragraphs
from tests.ingest.test_html_real_kinds import ARTICLE, BODY, page, whole

POST = "The committee will hold a second hearing on the proposal next Thursday. Full statement below."


def after_first(block: str) -> str:
    """The article's paragraphs with `block` after the first."""
    return BODY.replace("</p>", f"</p>{block}", 1)


# the embed codes of the networks as a saved page keeps them: the post's text in a <p>, its chrome around it
EMBEDS = [
    # Twitter / X: the post, a picture link, the author and the date linked to the post
    (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{POST} <a href="https://t.co/x">pic.twitter.com/Ab12Cd'
     '</a></p>— Sen. Maria Delgado (@SenDelgado) <a href="https://twitter.com/SenDelgado/status/1">June 19, 2024</a>'
     '</blockquote>', ["pic.twitter.com/Ab12Cd"], "— Sen. Maria Delgado (@SenDelgado) June 19, 2024"),
    # Facebook: the post, then "Posted by … on …" with links to the page and the post
    (f'<blockquote cite="https://www.facebook.com/fairview/posts/1" class="fb-xfbml-parse-ignore"><p>{POST}</p>Posted '
     'by <a href="https://www.facebook.com/fairview">Fairview Police</a> on <a href="https://www.facebook.com/fairview/'
     'posts/1">Thursday, June 19, 2024</a></blockquote>', [], "Posted by Fairview Police on Thursday, June 19, 2024"),
    # Instagram with a caption: "View this post on Instagram", the caption, "A post shared by …"
    (f'<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/">View this post on Instagram</a>'
     f'<p>{POST}</p><p><a href="https://www.instagram.com/p/x/">A post shared by City of Fairview (@cityoffairview)</a>'
     '</p></div></blockquote>', ["View this post on Instagram"], "A post shared by City of Fairview (@cityoffairview)"),
    # Twitter's newer code: the author's line in a paragraph of its own, its date linked to the post
    (f'<blockquote class="twitter-tweet"><p lang="en" dir="ltr">{POST} <a href="https://twitter.com/hashtag/COP26">'
     '#COP26</a></p><p>— CDU/CSU (@cducsubt) <a href="https://twitter.com/cducsubt/status/1455494283541237772">November '
     '2, 2021</a></p></blockquote>', [], "— CDU/CSU (@cducsubt) November 2, 2021"),
    # Bluesky: the post and a date link
    (f'<blockquote class="bluesky-embed"><p lang="en">{POST}</p>&mdash; Maria Delgado (<a href="https://bsky.app/profile'
     '/md">@md.bsky.social</a>) <a href="https://bsky.app/profile/md/post/3">June 19, 2024 at 9:02 AM</a></blockquote>',
     [], "— Maria Delgado (@md.bsky.social) June 19, 2024 at 9:02 AM"),
]


@pytest.mark.parametrize(("embed", "chrome", "author"), EMBEDS,
                         ids=["twitter", "facebook", "instagram", "twitter-2", "bluesky"])
def test_an_embedded_post_is_text_and_its_chrome_is_hidden(embed, chrome, author):
    # the attribution line says who wrote the post: text, its date included (coordinator, session 22; before, the
    # date and the handle's link were hidden as chrome)
    text, hidden = hidden_texts(page(after_first(embed)))
    shown = visible_paragraphs(page(after_first(embed)))
    assert any(POST in p for p in shown), shown
    assert all(any(c in h for h in hidden) for c in chrome), hidden
    assert any(" ".join(author.split()) == " ".join(p.split()) for p in shown), shown
    assert whole(shown)


def test_a_post_quoted_with_its_mentions_and_hashtags_keeps_them():
    # Medium's form: the post's text set as a blockquote, its mentions and hashtag linked to the network
    quote = ('<blockquote><p>@testflight_app: Don’t worry guys, we process <a href="https://twitter.com/marcoarment">'
             '@marcoarment</a>’s apps in direct proportion to his megabucks earnings. <a href="https://twitter.com/hashtag/'
             'fairelephant">#fairelephant</a></p></blockquote>')
    shown = visible_paragraphs(page(after_first(quote)))
    assert any("@marcoarment’s apps in direct proportion" in p and "#fairelephant" in p for p in shown), shown


@pytest.mark.parametrize("embed", [
    # an Instagram embed that carries no caption: only its chrome
    '<blockquote class="instagram-media"><div><a href="https://www.instagram.com/p/x/">View this post on Instagram</a>'
    '<p><a href="https://www.instagram.com/p/x/">A post shared by City of Fairview (@cityoffairview)</a></p></div>'
    '</blockquote>',
    # a TikTok embed: the author link and the sound's link only
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/4"><section><a href="https://www.tiktok.com/'
    '@a">@a</a> <a href="https://www.tiktok.com/music/x">♬ original sound</a></section></blockquote>',
])
def test_near_miss_an_embed_with_no_words_of_the_post_stays_hidden(embed):
    text, hidden = hidden_texts(page(after_first(embed)))
    shown = visible_paragraphs(page(after_first(embed)))
    assert not any("View this post" in p or "original sound" in p or "A post shared" in p for p in shown), shown
    assert whole(shown)


def test_near_miss_a_post_whose_words_sound_like_chrome_is_text():
    post = ('<blockquote class="twitter-tweet"><p>Follow the money on the stadium deal: the council never saw the '
            'contract.</p>— Ana Ruiz (@anaruiz) <a href="https://twitter.com/anaruiz/status/9">May 2, 2025</a></blockquote>')
    shown = visible_paragraphs(page(after_first(post)))
    assert any(p.startswith("Follow the money on the stadium deal") for p in shown), shown


# an embedded post set in the site's widget box among the article's paragraphs: the extractor drops the box, the
# furniture rules read its class ("widget"); the post and its author's line are text all the same, its chrome hidden
SHORT_POST = ('<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Statement from the mayor</p>— Mayor Ana Ruiz '
              '(@MayorRuiz) <a href="https://twitter.com/MayorRuiz/status/7">March 3, 2025</a></blockquote>')


@pytest.mark.parametrize("box", ['<div class="article-widget article-tweet"><div class="tweet-inner">{}</div></div>',
                                 '<div class="embed-social">{}<script src="https://platform.twitter.com/widgets.js">'
                                 '</script></div>'])
def test_a_post_in_a_widget_box_among_the_paragraphs_is_text(box):
    shown = visible_paragraphs(page(after_first(box.format(SHORT_POST))))
    assert "Statement from the mayor" in shown, shown
    assert "— Mayor Ana Ruiz (@MayorRuiz) March 3, 2025" in shown, shown
    assert whole(shown)


def test_a_post_closing_the_article_keeps_its_author_line():
    # the author's line is short and heading-like, and the links below it are hidden: it heads no box of the site's
    tags = ('<div class="article-tags">Tags <a href="/t/1">Harbour</a> <a href="/t/2">Council</a> <a href="/t/3">Transport'
            '</a></div>')
    shown = visible_paragraphs(page(f'<div class="story">{BODY}{SHORT_POST}</div>{tags}'))
    assert "— Mayor Ana Ruiz (@MayorRuiz) March 3, 2025" in shown, shown
    assert whole(shown)


def test_near_miss_a_post_in_a_sidebar_stays_hidden():
    side = f'<aside class="sidebar"><h3>From our feed</h3>{SHORT_POST}</aside>'
    html = page(f"<article>{BODY}</article>{side}")
    shown = visible_paragraphs(html)
    assert not any("Statement from the mayor" in p or "@MayorRuiz" in p for p in shown), shown
    assert whole(shown)


# a pull quote: set apart by its class (and often an <aside> or a <blockquote>)
PULLS = ['<blockquote class="pullquote"><p>{}</p></blockquote>', '<aside class="pull-quote"><p>{}</p></aside>',
         '<div class="graf--pullquote">{}</div>', '<figure class="wp-block-pullquote"><blockquote><p>{}</p></blockquote>'
         '</figure>']
OWN_WORDS = "Literally means actually: when you say something literally happened, you describe it exactly as it was."


@pytest.mark.parametrize("form", PULLS)
def test_a_pull_quote_that_repeats_nothing_is_text(form):
    shown = visible_paragraphs(page(after_first(form.format(OWN_WORDS))))
    assert OWN_WORDS in shown, shown
    assert whole(shown)


@pytest.mark.parametrize("form", PULLS)
def test_near_miss_a_pull_quote_repeating_a_sentence_is_hidden(form):
    sentence = ARTICLE.paragraphs[2].split(". ")[0] + "."
    pull = form.format(f"“{sentence}”")
    text, hidden = hidden_texts(page(after_first(pull)))
    shown = visible_paragraphs(page(after_first(pull)))
    assert f"“{sentence}”" not in shown and whole(shown), shown


# furniture below the article on real pages: a pop-up's box kept in the page (role="dialog"), a box of the next story;
# marked by the element rules whatever the extractor keeps (on real pages it kept them)
def marked(html: str) -> str:
    """The text of every element the furniture rules mark, joined."""
    return " ".join(el.text_content() for el in furniture(parse(html, "page")))


LONG = ("The Initial Officer Training Programme provides basic military officer training to officer cadets and their "
        "equivalents from law enforcement and uniformed services across the region, over forty-four weeks at the depot.")
LONG2 = ("The Training Depot, founded in 1841, has trained more than twelve thousand officers for the forces of eleven "
         "states, and its instructors come from the regiments of the region and from partner academies abroad.")


@pytest.mark.parametrize("box", [
    '<div class="pum pum-overlay" role="dialog" aria-hidden="true"><div class="pum-content"><p><strong>INTRODUCTION'
    f'</strong></p><p>{LONG}</p><p>{LONG2}</p></div></div>',
    f'<div class="modal" role="alertdialog"><p>{LONG}</p><p>{LONG2}</p><button>Sign up</button></div>',
    f'<section role="dialog" aria-modal="true"><h2>About the programme</h2><p>{LONG}</p><p>{LONG2}</p></section>',
])
def test_a_pop_up_dialog_is_furniture_also_with_paragraphs_of_text(box):
    html = page(BODY + box)
    assert LONG in marked(html) and LONG2 in marked(html)
    assert whole(visible_paragraphs(html))


def test_near_miss_an_article_set_in_a_dialog_stays_text():
    # a lightbox view of the story itself: the dialog holds the headline and the article
    html = (f"<html><head><title>{ARTICLE.headline}</title></head><body><div role='dialog'><h1>{ARTICLE.headline}</h1>"
            f"{BODY}</div></body></html>")
    assert ARTICLE.paragraphs[1] not in marked(html)
    assert whole(visible_paragraphs(html))


NEXT = ("<p><a href='/2013/07/19/next'><img src='x.jpg'></a> Patti Smith and Stewart Copeland talk about the year they "
        "spent touring small clubs across the country in a van, and what the audiences taught them about the songs they "
        "wrote afterwards, in a long conversation recorded for the festival.</p>")


@pytest.mark.parametrize("name", ["class='nextstory'", "id='next-post-thumbnails'", "class='up-next'",
                                  "class='read-next__box'", "class='prev-next-links'", "class='previous-post'"])
def test_a_box_of_the_next_story_is_furniture(name):
    html = page(f"<div id='story'>{BODY}</div><div {name}>{NEXT}</div>")
    assert "Patti Smith" in marked(html)
    assert whole(visible_paragraphs(html))


@pytest.mark.parametrize("name", ["class='nextgen-energy'", "class='story-text context'", "id='nexus-report'"])
def test_near_miss_a_paragraph_in_a_box_of_other_names_stays_text(name):
    paras = ARTICLE.paragraphs
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + f"<div {name}><p>{paras[2]}</p></div>" + \
        "".join(f"<p>{p}</p>" for p in paras[3:])
    assert paras[2] not in marked(page(body))
    assert whole(visible_paragraphs(page(body)))


@pytest.mark.parametrize("line", [
    "This website and all documents on it are licensed under a Creative Commons License.",
    "Except where otherwise noted, content on this site is licensed under a Creative Commons Attribution 4.0 "
    "International license.",
    "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
    "This article is republished from The Conversation under a Creative Commons license. Read the original article.",
    "All content is available under CC BY-SA 4.0 unless otherwise noted.",
])
def test_the_sites_licence_line_below_the_article_is_hidden(line):
    shown = visible_paragraphs(page(BODY + f"<p>{line}</p>"))
    assert whole(shown) and line not in shown, shown


@pytest.mark.parametrize("line", [
    "The photos, licensed under a Creative Commons license, were taken by residents of the valley last spring.",
    "The agency said its data is available under an open licence to anyone who asks for it.",
    "The content is licensed under a Creative Commons license, the museum said, so schools may use it freely.",
])
def test_near_miss_sentences_about_licences_stay_text(line):
    shown = visible_paragraphs(page(BODY.replace("</p>", f"</p><p>{line}</p>", 1)))
    assert line in shown, shown


DEK = ("Neuroscience tells us that most of the work done by our brains happens on an unconscious level, but when does "
       "that moment of insight occur? New research investigates.")


@pytest.mark.parametrize("container", ['<div itemprop="articleBody">', '<div class="article-body">',
                                       '<div class="entry-content">', '<section class="story__body">'])
def test_a_dek_in_the_bodys_own_header_is_text(container):
    tag = container[1:].split()[0]
    html = page(f"{container}<header>{DEK}</header>{BODY}</{tag}>")
    shown = visible_paragraphs(html)
    assert DEK in shown and whole(shown), shown


@pytest.mark.parametrize("header", [
    # a section's menu in the body's header
    "<header><a href='/health'>Health</a> <a href='/brain'>Brain</a> <a href='/news'>News</a> <a href='/sleep'>Sleep</a>"
    "</header>",
    # a list of the story's topics
    "<header><ul><li><a href='/t/brain'>Brain science</a></li><li><a href='/t/sleep'>Sleep</a></li></ul></header>",
])
def test_near_miss_a_menu_in_the_bodys_header_stays_hidden(header):
    html = page(f'<div itemprop="articleBody">{header}{BODY}</div>')
    shown = visible_paragraphs(html)
    assert not any("Sleep" in p for p in shown) and whole(shown), shown


def test_near_miss_a_sites_tagline_header_outside_the_body_stays_hidden():
    tagline = "The valley's most trusted source of local news, weather and sport since the spring of 1901."
    html = page(f'<header>{tagline}</header><div itemprop="articleBody">{BODY}</div>')
    assert tagline not in visible_paragraphs(html)


# a closing author bio in the author's box after the article is text (the convention of session 18); the box's chrome
# (photo, the name alone as a link, "Follow", social links, "More from this author", its heading) stays furniture
BIOS = [
    ('<div class="author-bio"><img src="/lin.jpg" alt=""><p>{bio}</p><a href="https://x.com/mlin">Follow</a></div>',
     "Margaret Lin is a senior fellow at the Center for Urban Policy.", ["Follow"]),
    ('<section class="box"><h3>About the author</h3><a href="/authors/jdoe">Jane Doe</a><p>{bio}</p>'
     '<a href="/authors/jdoe">More from this author</a></section>',
     "The author is a professor of economics at Eastfield University.", ["About the author", "More from this author"]),
    ('<div class="contributor-box"><h4>About Jane Doe</h4><div class="contributor-text">{bio}</div><ul class="links">'
     '<li><a href="https://x.com/jdoe">X</a></li><li><a href="https://linkedin.com/jdoe">LinkedIn</a></li></ul></div>',
     "Jane Doe writes about energy policy for The Ledger. She previously covered the statehouse for public radio.",
     ["About Jane Doe"]),
    ('<div class="post-footer"><div class="author-card"><a href="/authors/oh"><img src="/oh.jpg" alt=""></a><div>'
     '<p>{bio}</p></div></div></div>',
     "Omar Haddad teaches international law at Westbrook College and serves on the board of a refugee legal aid "
     "society.", []),
    ('<div class="wrap"><h4>Written by</h4><p>{bio}</p></div>',
     "Priya Natarajan, a former diplomat, is a visiting scholar at the Atlantic Forum.", ["Written by"]),
]


@pytest.mark.parametrize(("box", "bio", "chrome"), BIOS, ids=["named-box", "about-the-author", "about-name", "card",
                                                              "written-by"])
def test_a_closing_author_bio_is_text_and_the_boxs_chrome_is_hidden(box, bio, chrome):
    html = page(BODY + box.format(bio=bio))
    shown = visible_paragraphs(html)
    _text, hidden = hidden_texts(html)
    assert bio in shown and whole(shown), shown
    assert all(any(c == h.strip() for h in hidden) for c in chrome), hidden


def test_the_name_alone_in_the_box_stays_hidden_beside_the_bio():
    box = ('<div class="author-box"><a href="/authors/mlin">Margaret Lin</a><p>Margaret Lin is a senior fellow at the '
           'Center for Urban Policy, where she writes about housing.</p></div>')
    shown = visible_paragraphs(page(BODY + box))
    assert "Margaret Lin" not in shown and any(p.startswith("Margaret Lin is a senior fellow") for p in shown), shown


@pytest.mark.parametrize("box", [
    # an author list: names, no sentence
    '<div class="authors"><a href="/a">Jane Doe</a>, <a href="/b">John Roe</a> and <a href="/c">Ana Lima</a></div>',
    # the box's heading and the name alone
    '<div class="author-box"><h3>About the author</h3><a href="/a">Jane Doe</a></div>',
    # a newsletter sign-up that names the author
    '<div class="author-newsletter"><p>Jane Doe writes the weekly Policy Brief newsletter. Sign up to get it in your '
    'inbox every Friday.</p><form><input type="email"><button>Sign up</button></form></div>',
    # a "more by" list whose headlines read like sentences about someone
    '<div class="author-more"><h3>More by Jane Doe</h3><ul><li><a href="/1">Mayor Jones is right about the budget.</a>'
    '</li><li><a href="/2">The council is wrong on housing.</a></li></ul></div>',
    # a sentence shaped like a bio in a box that is no author's (another story's teaser)
    '<div class="related"><h3>Related</h3><p>Mayor Jones is expected to sign the bill into law next week.</p>'
    '<a href="/story">Read the story</a></div>',
])
def test_near_miss_an_author_boxs_chrome_without_a_bio_stays_hidden(box):
    html = page(BODY + box)
    shown = visible_paragraphs(html)
    assert whole(shown)
    assert not any(w in p for p in shown for w in ("Jane Doe", "Mayor Jones", "About the author")), shown


# a bio in a box whose heading is a <div> of text alone (session 20; note19: "bios in a <div>-headed box")
@pytest.mark.parametrize("head", ["About the author", "About Jane Doe", "Written by"])
def test_a_bio_in_a_box_headed_by_a_div_is_text(head):
    bio = "Jane Doe is a senior fellow at the Harbour Institute, where she studies ferry budgets."
    box = f'<div class="box"><div class="box-title">{head}</div><p>{bio}</p><a href="/a/jdoe">All articles</a></div>'
    html = page(BODY + box)
    shown = visible_paragraphs(html)
    assert bio in shown and whole(shown), shown
    assert head not in shown


def test_near_miss_a_div_headed_box_of_no_author_keeps_its_sentence_hidden():
    box = ('<div class="box"><div class="box-title">Most read</div><p>Mayor Jones is expected to sign the bill next '
           'week.</p><a href="/story">Read the story</a></div>')
    shown = visible_paragraphs(page(BODY + box))
    assert not any("Mayor Jones" in p for p in shown) and whole(shown), shown
