"""Saved web pages in several publishing systems' styles: the article whole and visible, every
menu, breadcrumb, share bar, related list and footer hidden — whatever trafilatura keeps."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import read_html
from briefing_app.ingest.htmlchrome import furniture
from briefing_app.ingest.html import parse
from tests.ingest.articles import TUNING
from tests.ingest.fidelity import check
from tests.ingest.html_layouts import LAYOUTS
from tests.ingest.html_layouts_f import SET_F_LAYOUTS
from tests.ingest.html_layouts_more import MORE_LAYOUTS

NAV = "Home | Politics | World | Business | Opinion | Subscribe"


@pytest.mark.parametrize("layout", sorted({**LAYOUTS, **MORE_LAYOUTS, **SET_F_LAYOUTS}))
@pytest.mark.parametrize("article", TUNING, ids=lambda a: a.headline.split()[0])
def test_layouts_come_in_fully_right(tmp_path, layout, article):
    """Also a consent banner, an aside of links between paragraphs, the site's editor's note and
    a page of bare divs (html_layouts_more.py); promo lines inside the body, Jetpack's blocks, hashed class
    names and a card grid (html_layouts_f.py)."""
    page, chrome = {**LAYOUTS, **MORE_LAYOUTS, **SET_F_LAYOUTS}[layout](article)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome) == []


def hidden_texts(page: str) -> tuple[str, list[str]]:
    text, _meta, spans = read_html(page, "page")
    return text, [text[s.start:s.end] for s in spans]


def test_navigation_in_the_article_header_is_hidden():
    article = TUNING[1]
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    page = (f"<html><body><article><header><nav>{NAV}</nav></header><h1>{article.headline}</h1>{body}"
            "</article></body></html>")
    text, hidden = hidden_texts(page)
    assert NAV in hidden and article.headline not in " ".join(hidden)
    assert all(p in text for p in article.paragraphs)


def test_a_read_more_line_inside_the_body_is_hidden_though_trafilatura_keeps_it():
    import trafilatura

    article = TUNING[1]
    line = "Read more: Ukraine grain deal collapses after Russian withdrawal"
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs[:2])
    rest = "".join(f"<p>{p}</p>" for p in article.paragraphs[2:])
    page = (f"<html><body><article><h1>{article.headline}</h1>{body}<p><strong>Read more:</strong> "
            f"<a href='/x'>{line[11:]}</a></p>{rest}</article></body></html>")
    assert line[11:] in (trafilatura.extract(page) or ""), "trafilatura keeps it as article text"
    _text, hidden = hidden_texts(page)
    assert hidden == [line]


@pytest.mark.parametrize("lead", ["WATCH:", "Related coverage:", "ALSO ON FOX NEWS:", "More from Opinion |", "LISTEN:",
                                  "Read next »", "Don't miss:"])
def test_lines_led_by_promo_labels_are_hidden_and_sentences_about_watching_are_not(lead: str) -> None:
    """A promo line between paragraphs ("WATCH: <a>the hearing</a>"), whatever its label; a
    paragraph that begins with the same word in a sentence, with a link in it, stays text."""
    article = TUNING[1]
    line = f"{lead} Ukraine grain deal collapses after Russian withdrawal"
    prose = "Watch the ministers closely: they will say one thing and do another, as the report shows."
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs[:2])
    page = (f"<html><body><article><h1>{article.headline}</h1>{body}<p><strong>{lead}</strong> "
            f"<a href='/x'>{line[len(lead) + 1:]}</a></p><p>{prose[:40]}<a href='/r'>{prose[40:]}</a></p>"
            f"{''.join(f'<p>{p}</p>' for p in article.paragraphs[2:])}</article></body></html>")
    text, hidden = hidden_texts(page)
    assert hidden == [line] and prose in text


def test_a_paragraph_that_is_one_link_to_another_story_is_hidden_but_not_a_byline_or_a_sentence() -> None:
    article = TUNING[1]
    promo = "Senate panel delays vote on shipyard funding"
    sentence = "The ministry published its own figures on Monday."
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    page = (f"<html><body><article><h1>{article.headline}</h1><p><a href='/a'>Jane Doe</a></p>{body}"
            f"<p><a href='/x'>{promo}</a></p><p>{sentence[:20]}<a href='/f'>{sentence[20:]}</a></p>"
            "</article></body></html>")
    text, hidden = hidden_texts(page)
    assert promo in hidden and sentence in text
    assert [el.text_content() for el in furniture(parse(page, "page"))] == [promo]  # not the byline's link


def test_link_lists_and_hints_never_hide_the_article():
    article = TUNING[0]
    body = "".join(f'<p>{p} <a href="/x">link</a></p>' for p in article.paragraphs)
    page = (f'<html><body><div class="content has-sidebar share-enabled"><h1>{article.headline}</h1>{body}'
            '</div><div class="sidebar"><a href="/a">One</a> <a href="/b">Two</a></div></body></html>')
    root = parse(page, "page")
    marked = furniture(root)
    assert [el.get("class") for el in marked] == ["sidebar"]


def test_a_short_article_in_a_hinted_container_beside_big_link_lists_stays_visible():
    article = TUNING[3]
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    links = "".join(f'<li><a href="/{n}">Related story number {n} with a long enough headline</a></li>'
                    for n in range(60))
    page = (f'<html><body><h1>{article.headline}</h1><div class="entry-content share-enabled">{body}</div>'
            f'<ul class="related">{links}</ul></body></html>')
    text, hidden = hidden_texts(page)
    assert not any(p[:40] in h for p in article.paragraphs for h in hidden)
    assert "Related story number 0 with a long enough headline" in hidden


SITE_NOTES = ["Editor’s note: Donald Trump regularly incites political violence and is a serial liar.",
              "Editor’s note: Donald Trump is a serial liar, rampant xenophobe, racist, misogynist and birther who has "
              "repeatedly pledged to ban all Muslims from entering the U.S.",
              "Editor’s note: Opinion pieces in this section are written by contributors and edited for length and "
              "clarity; they are not the views of the Herald.",
              "Editor's note: The Meridian publishes opinion from a range of perspectives. The views expressed here are "
              "the author's own and do not reflect the position of the Meridian's editorial board."]
PIECE_NOTES = ["[Editor's note: The author advised the ministry on this deal, but was not paid for her work.]",
               "Editor's note: The following column first appeared in the Harbour Gazette.",
               "(Editors' Note: This article has been updated to correct the date of the vote.)",
               "Editor’s note: An earlier version of this story misstated the size of the levy.",
               "Editors' note: Jane Roe is a former adviser to the governor."]


def test_an_editors_note_about_the_piece_is_shown_and_read_apart_and_the_sites_notes_are_hidden():
    """The convention (CHANGELOG, docs/architecture.md): an editor's note about the piece (a disclosure, where it
    first appeared, a correction) is the article's as published: shown, but the analysis reads it apart from the
    author's words; a note that says nothing of the piece (a section's policy, a disclaimer, a note set under every
    article on a subject) is the site's: hidden. A sentence about an editor's note is text."""
    from briefing_app.analysis import analyse
    from briefing_app.analysis.document import parse as parse_text

    body = "The council voted on Monday to cut the levy.\n\nThe editor’s note said nothing new."
    text = "\n\n".join([body, *SITE_NOTES, *PIECE_NOTES])
    hidden = [text[s.start:s.end] for s in analyse(text).boilerplate]
    assert hidden == SITE_NOTES
    read = [text[a:b] for a, b in parse_text(text, None, []).paras]
    assert read == body.split("\n\n")


def test_a_photo_caption_paragraph_of_the_article_comes_in_hidden_and_an_editors_note_visible(tmp_path):
    """The fidelity checker follows the same convention as the readers: a paragraph of the article that is a photo's
    caption with its credit is furniture (benchmarks/bench_ingest_fidelity.promos), an editor's note about the piece
    is text."""
    from benchmarks.bench_ingest_fidelity import promos

    article = TUNING[1]
    caption = ("Ministers arrive for the talks in Brussels, Belgium, March 3, 2024. REUTERS/Anna Kovacs (BELGIUM - "
               "Tags: POLITICS) - RTR4IQRC.")
    paragraphs = [*article.paragraphs[:2], caption, *article.paragraphs[2:], PIECE_NOTES[0]]
    article = article._replace(paragraphs=paragraphs)
    assert promos(article) == [caption]
    page = (f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, promos(article)) == []


def test_continue_reading_lines_are_hidden_but_sentences_about_reading_are_not():
    from briefing_app.analysis.boilerplate import find

    lines = ["Continue reading the main story", "Story continues below advertisement",
             "Continue reading his letter, and the picture changes: the minister knew of the delays in May."]
    text = "\n\n".join(lines)
    assert [text[s.start:s.end] for s in find(text)] == lines[:2]


def test_widget_labels_standing_alone_are_hidden_and_sentences_are_not():
    """Labels a page's widgets leave as lines of their own (whatever the extractor kept), a cookie
    notice and a wire credit line; the same words inside sentences stay text."""
    from briefing_app.analysis.boilerplate import find

    furniture = ["Most read", "Follow us on Twitter", "5 min read", "Listen (4 min)", "Skip to main content",
                 "We use cookies to improve your experience.", "Reporting by Jane Doe; Editing by John Smith",
                 "You might also like", "TOP STORIES."]
    prose = ["Follow the money, the auditor said, and the delays explain themselves.",
             "Trending topics on the ministry's site were all about the strike.",
             "Most read the report as a warning."]
    text = "\n\n".join(furniture + prose)
    assert [text[s.start:s.end] for s in find(text)] == furniture


CAPTION = "Members of the committee arrive for the hearing on Tuesday. Photograph: Lena Ortiz/Harbour Wire"


def magazine_inline(article) -> tuple[str, list[str]]:
    """A magazine's page whose furniture sits inside the story, in blocks of its own class names:
    a listen button, the lead photo's caption, an "Advertisement" label, a pull quote repeating
    the text (class "pull-quote": trafilatura keeps a blockquote), a sign-up line, a "Most read"
    list, a video card and a topics line."""
    from html import escape

    from tests.ingest.html_layouts import _head

    half = max(1, len(article.paragraphs) // 2)
    pull = article.paragraphs[half][:70].rsplit(" ", 1)[0]
    most = ["Ferry fares to rise in spring", "City hall clock stops again", "Harbour seals return to the bay"]
    signup = "Get the Harbour Weekly briefing in your inbox every morning. Sign up here."
    page = (_head(article, "The Harbour Weekly") +
            '<body><div class="page"><div class="brand"><a href="/">The Harbour Weekly</a></div>'
            f'<div class="article-wrap"><h1 class="title">{escape(article.headline)}</h1>'
            f'<div class="author-line">{escape(article.byline)}</div>'
            '<div class="audio-player"><button>Listen to this article</button> <span>6 min</span></div>'
            f'<figure class="lead-image"><img src="a.jpg" alt=""><figcaption>{escape(CAPTION)}</figcaption></figure>'
            '<div class="body-copy">' + "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[:half]) +
            f'<div class="inline-slot"><span>Advertisement</span></div><blockquote class="pull-quote"><p>'
            f'{escape(pull)}</p></blockquote><p class="signup">{signup[:-10]}<a href="#">{signup[-10:]}</a></p>'
            '<div class="list-box"><h4>Most read</h4><ol>' + "".join(f'<li><a href="#">{t}</a></li>' for t in most) +
            '</ol></div><div class="card"><a href="#"><img src="b.jpg"><span>Watch: the committee hearing in two '
            'minutes</span></a></div>' + "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs[half:]) +
            '</div><div class="topic-list">Topics: <a href="#">Defence</a> <a href="#">Congress</a></div></div>'
            '<div class="bottom">© 2024 The Harbour Weekly · Privacy · Terms</div></div></body></html>')
    return page, ["The Harbour Weekly", "Listen to this article 6 min", CAPTION, "Advertisement", pull, signup,
                  "Most read", *most, "Watch: the committee hearing in two minutes", "Topics: Defence Congress",
                  "© 2024 The Harbour Weekly · Privacy · Terms"]


@pytest.mark.parametrize("article", TUNING, ids=lambda a: a.headline.split()[0])
def test_furniture_inside_the_story_is_hidden(tmp_path, article):
    page, chrome = magazine_inline(article)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome) == []


def test_a_list_of_other_stories_with_teasers_is_hidden_but_a_list_led_by_links_in_sentences_is_not():
    """"More from the region": each item a linked headline on its own line and a teaser, which
    trafilatura keeps, is furniture; the article's own list, whose items are sentences that start
    with a link, is not (whatever trafilatura then makes of it)."""
    article = TUNING[1]
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    teaser = "Dock workers say talks with the operators have stalled over pay and shift patterns."
    own = "found that two of the five radar sites need new parts before the winter storms arrive."
    page = (f"<html><body><div class='c1'><h1>{article.headline}</h1>{body}<ul><li><a href='/r'>The audit</a> {own}"
            f"</li><li><a href='/s'>A second review</a> {own}</li></ul>"
            f"<ul class='c2'><li><h3><a href='/1'>Port strike enters its second week</a></h3><p>{teaser}</p></li>"
            f"<li><h3><a href='/2'>Council approves new tram line</a></h3><p>{teaser}</p></li></ul></div></body></html>")
    found = " | ".join(" ".join(el.text_content().split()) for el in furniture(parse(page, "page")))
    assert found.count(teaser) == 2 and own not in found
    text, hidden = hidden_texts(page)
    assert text.count(teaser) == sum(teaser in h for h in hidden) == 2


@pytest.mark.parametrize("label", ["<h3>Together with Ledgerly</h3>", "<div>SPONSORED</div>",
                                   "<span>Presented by Northwind Bank</span>", "<p>A word from our sponsor</p>"])
def test_a_box_opened_by_a_sponsors_label_is_hidden(label):
    article = TUNING[1]
    ps_ = article.paragraphs
    box = (f"<div class='mt-6 p-4'>{label}<p>Ledgerly keeps the books for 40,000 small charities. Reconcile a month "
           "of accounts in minutes, not days.</p><a href='https://example.com/x'>Start your free trial today</a></div>")
    body = "".join(f"<p>{p}</p>" for p in ps_[:2]) + box + "".join(f"<p>{p}</p>" for p in ps_[2:])
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    text, hidden = hidden_texts(page)
    assert any("Ledgerly keeps the books" in h for h in hidden)
    assert any("Start your free trial today" in h for h in hidden)
    assert all(p in text and not any(p in h for h in hidden) for p in ps_)


def test_a_section_of_the_article_headed_together_with_stays_text():
    article = TUNING[1]
    ps_ = article.paragraphs
    section = (f"<div class='part'><h3>Together with the unions</h3><p>{ps_[2]}</p></div>")
    body = "".join(f"<p>{p}</p>" for p in ps_[:2]) + section + "".join(f"<p>{p}</p>" for p in ps_[3:])
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    text, hidden = hidden_texts(page)
    assert not any(ps_[2] in h for h in hidden)


def visible_paragraphs(page: str) -> list[str]:
    """The page's visible paragraphs as a reader sees them: hidden spans left out, whitespace collapsed."""
    text, _meta, spans = read_html(page, "page")
    shown = list(text)
    for s in spans:
        shown[s.start:s.end] = [""] * (s.end - s.start)
    return [" ".join(p.split()) for p in "".join(shown).split("\n\n") if p.strip()]


@pytest.mark.parametrize("unseen", ['<span class="visually-hidden"> (opens in a new window)</span>',
                                    '<span class="sr-only"> (opens in a new window)</span>',
                                    '<span class="u-visually-hidden"> (opens in a new window)</span>',
                                    '<span style="display: none"> (opens in a new window)</span>'])
def test_text_kept_out_of_sight_inside_a_paragraph_is_hidden_and_the_paragraph_stays_whole(unseen):
    article = TUNING[1]
    ps_ = list(article.paragraphs)
    words = ps_[2].split(" ")
    linked = " ".join(words[:5]) + f' <a href="/report">{words[5]}{unseen}</a> ' + " ".join(words[6:])
    body = "".join(f"<p>{p}</p>" for p in ps_[:2]) + f"<p>{linked}</p>" + "".join(f"<p>{p}</p>" for p in ps_[3:])
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert all(" ".join(p.split()) in shown for p in ps_)


def test_boxes_shown_only_by_a_script_are_hidden_and_visible_styles_are_not():
    article = TUNING[1]
    ps_ = article.paragraphs
    note = '<p style="display:none;color:green">Thank you for reading. Your donation was received, check your inbox.</p>'
    modal = "<dialog><p>Before you go, please consider supporting our reporting with a gift of any size.</p></dialog>"
    styled = f'<p style="display:block;margin:0">{ps_[1]}</p>'
    body = ("<div class='story'>" + f"<p>{ps_[0]}</p>{styled}{note}" + "".join(f"<p>{p}</p>" for p in ps_[2:4]) +
            modal + "".join(f"<p>{p}</p>" for p in ps_[4:]) + "</div>")
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert all(" ".join(p.split()) in shown for p in ps_)
    assert not any("Thank you for reading" in p or "Before you go" in p for p in shown)


def test_a_small_box_ending_in_a_paragraph_that_is_only_its_button_is_hidden():
    article = TUNING[1]
    ps_ = article.paragraphs
    box = ("<div class='a7'><p>We are an independent newsroom, funded by our readers. Every contribution keeps us "
           "going.</p><p><a class='button' href='/support'>Support us</a></p></div>")
    body = "<div class='body'>" + "".join(f"<p>{p}</p>" for p in ps_) + "</div>" + box
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert not any("independent newsroom" in p or p == "Support us" for p in shown)
    assert all(" ".join(p.split()) in shown for p in ps_)


def test_a_story_loaded_below_with_short_paragraphs_is_hidden():
    article = TUNING[1]
    other = ("<div class='s'><h2>Port strike enters its third week</h2><div class='b'>By Lena Ortiz</div>"
             "<p>Dock workers at the northern terminal stayed off the job for a fifteenth day on Friday.</p>"
             "<p>The authority said it had offered a new schedule that would cap weekend shifts, but union leaders "
             "said the offer did nothing to address pay for night work.</p></div>")
    body = (f"<div class='feed'><div class='s'><h1>{article.headline}</h1><div class='b'>{article.byline}</div>" +
            "".join(f"<p>{p}</p>" for p in article.paragraphs) + "</div><div class='n'>Up next</div>" + other + "</div>")
    page = f"<html><head><title>{article.headline}</title></head><body>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert not any("Dock workers" in p or "Up next" == p for p in shown)
    assert all(" ".join(p.split()) in shown for p in article.paragraphs)


def _thread(article, reply_user: str, reply_date: str) -> str:
    def post(user: str, date: str, content: str) -> str:
        return (f"<div class='post'><div class='who'>{user}</div><div class='when'>{date}</div>"
                f"<div class='body'>{content}</div><div class='acts'><a href='#'>Quote</a> <a href='#'>Reply</a></div></div>")
    first = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    reply = ("<p>Good piece, though I think it underplays how long this has been coming. Anyone who followed the story "
             "over the last few years could have seen the same arguments being made again and again.</p>")
    return (f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1><div class='thread'>"
            + post("NewsDesk", "Joined Mar 2011", first) + post(reply_user, reply_date, reply) + "</div></body></html>")


def test_a_reply_in_the_template_of_the_articles_post_is_hidden():
    article = TUNING[1]
    shown = visible_paragraphs(_thread(article, "riverwatcher", "Joined Jun 2019"))
    assert not any("Good piece" in p for p in shown)
    assert all(" ".join(p.split()) in shown for p in article.paragraphs)


def test_a_body_split_over_containers_with_the_same_label_stays_text():
    article = TUNING[1]
    ps_ = article.paragraphs
    part = "<section class='part'><div class='lbl'>Story continues below advertisement</div>{}</section>"
    body = "".join(part.format("".join(f"<p>{p}</p>" for p in ps_[k:k + 2])) for k in range(0, len(ps_), 2))
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert all(" ".join(p.split()) in shown for p in ps_)


def test_a_body_split_over_template_containers_holding_its_paragraphs_stays_text():
    article = TUNING[1]
    ps_ = article.paragraphs
    part = "<div class='col'><div class='inner'>{}</div></div>"
    body = "".join(part.format("".join(f"<p>{p}</p>" for p in ps_[k:k + 2])) for k in range(0, len(ps_), 2))
    page = f"<html><head><title>{article.headline}</title></head><body><h1>{article.headline}</h1>{body}</body></html>"
    shown = visible_paragraphs(page)
    assert all(" ".join(p.split()) in shown for p in ps_)
