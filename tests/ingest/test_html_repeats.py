"""Web pages of set H's kinds (three batches): paragraphs the extractor drops from among their own
kind come back; boxes headed by a site's labels, section labels above the headline, "Updated 3m
ago" lines, promo lines led by a symbol, embedded posts, pull quotes, label lines and calls to
action are hidden; text of the same words in the article is not."""
from __future__ import annotations

import pytest
from lxml import etree

from briefing_app.core.model import Span
from briefing_app.ingest.html import parse, read_html
from briefing_app.ingest.htmlchrome import furniture
from briefing_app.ingest.htmlrepeats import place, restore
from tests.ingest.articles import TUNING
from tests.ingest.fidelity import check
from tests.ingest.html_layouts_h import H_LAYOUTS
from tests.ingest.html_layouts_h2 import H2_LAYOUTS
from tests.ingest.html_layouts_h3 import H3_LAYOUTS
from tests.ingest.html_layouts_h4 import H4_LAYOUTS
from tests.ingest.html_layouts_h5 import H5_LAYOUTS


@pytest.mark.parametrize("layout", sorted(H_LAYOUTS))
@pytest.mark.parametrize("article", TUNING[:2], ids=lambda a: a.headline.split()[0])
def test_set_h_layouts_come_in_fully_right(tmp_path, layout, article):
    page, chrome, *notes = H_LAYOUTS[layout](article)  # an author box's bio may show (a note)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome, notes=notes[0] if notes else ()) == []


def _paras(page: str) -> tuple[str, list[tuple[etree._Element, int, int]]]:
    from briefing_app.ingest.html import linearise

    paras: list[tuple[etree._Element, int, int]] = []
    text = linearise(parse(page, "p"), None, None, paras)
    return text, paras


def _where(text: str):
    from briefing_app.ingest.html import _compact

    return _compact(text)[1]


def _span(text: str, part: str) -> Span:
    k = text.index(part)
    return Span(k, k + len(part))


POSTS = ["The first post says the vote was close.", "The second post says the count was slow.",
         "The third post says the mayor conceded.", "The last post says the council meets again on Friday."]


def _live(posts: list[str], extra: str = "") -> str:
    return ("<html><body><div class='feed'>" +
            "".join(f"<div class='post' id='p{n}'><div class='body'><p>{p}</p></div></div>" for n, p in enumerate(posts))
            + extra + "</div><div class='side'><p>Share this page</p></div></body></html>")


def test_a_paragraph_dropped_from_among_its_kind_is_kept():
    text, paras = _paras(_live(POSTS))
    keep = [_span(text, p) for p in POSTS[:3]]
    assert restore(_where(text), keep, paras) == [_span(text, POSTS[3])]


def test_a_paragraph_in_another_place_or_of_links_is_not_brought_back():
    link = "<div class='post'><div class='body'><p><a href='/x'>Another story entirely, all one link</a></p></div></div>"
    text, paras = _paras(_live(POSTS, link))
    keep = [_span(text, p) for p in POSTS]
    assert restore(_where(text), keep, paras) == []  # neither the link paragraph nor the sidebar's line


def test_one_kept_paragraph_is_not_a_kind():
    text, paras = _paras(_live(POSTS))
    assert restore(_where(text), [_span(text, POSTS[0])], paras) == []


CHUNKS = [["The first chunk opens with the vote.", "It goes on with the count."],
          ["The second chunk tells of the recount.", "It ends with a quote from the clerk."],
          ["The third chunk has the mayor's reply.", "It closes with the council's date."]]


def _chunked(body_class: str) -> str:
    """A body set in chunks between ad rails (each chunk its own box of the same classes)."""
    return ("<html><body><div class='chunks'>" + "".join(
        f"<div class='grid'><div class='{body_class}'>{''.join(f'<p>{p}</p>' for p in chunk)}</div><div class='rail'>"
        "<p>Advertisement</p></div></div>" for chunk in CHUNKS) + "</div></body></html>")


def test_chunks_of_a_body_named_box_that_the_extractor_dropped_come_back():
    # the extractor kept the first chunk only: 2 of 6 paragraphs of their place, fewer than half; the parent's class
    # names the body ("article__body"), so the rest of the body's paragraphs come back
    text, paras = _paras(_chunked("grid-item article__body"))
    keep = [_span(text, p) for p in CHUNKS[0]]
    assert restore(_where(text), keep, paras) == [_span(text, p) for chunk in CHUNKS[1:] for p in chunk]


def test_near_miss_chunks_of_an_unnamed_box_stay_dropped_when_fewer_than_half_are_kept():
    text, paras = _paras(_chunked("grid-item copy"))
    keep = [_span(text, p) for p in CHUNKS[0]]
    assert restore(_where(text), keep, paras) == []


def test_the_place_leaves_out_ids_and_keeps_classes():
    root = parse(_live(POSTS), "p")
    places = {place(p) for p in root.iter("p")}
    assert (("p", ""), ("div", "body"), ("div", "post")) in places and len(places) == 2


def hidden_texts(page: str) -> tuple[str, list[str]]:
    text, _meta, spans = read_html(page, "page")
    return text, [text[s.start:s.end] for s in spans]


def _article(head: str = "", tail: str = "", above: str = "") -> str:
    article = TUNING[1]
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    return (f"<html><body><main><article>{above}<h1>{article.headline}</h1>{head}<div class='body'>{body}</div>"
            f"{tail}</article></main></body></html>")


@pytest.mark.parametrize("label", ["About the author", "About the authors", "Written by Jane Okafor",
                                   "More from The Civic Desk", "More on this story", "Related content", "Key events", "3 comments"])
def test_a_box_headed_by_a_site_label_is_hidden(label):
    bio = ("Jane Okafor is a senior fellow at the Institute for Cities, where she writes about transit and "
           "municipal budgets. She was a city hall reporter for ten years.")
    text, hidden = hidden_texts(_article(tail=f"<div class='box'><h2>{label}</h2><p>{bio}</p></div>"))
    # an author's box: its closing bio is text by the web convention of session 18 (htmlbios.py), its heading is not
    author = label.startswith(("About the author", "Written by"))
    assert (bio not in " ".join(hidden)) if author else bio in hidden
    assert label in hidden
    assert all(p in text and p not in hidden for p in TUNING[1].paragraphs)


def test_a_section_of_the_article_under_a_heading_is_not_a_box():
    part = ("The committee’s members said the plan would cost more than the city can raise from fares, and asked "
            "the mayor to explain how the gap would be closed before the budget vote next month.")
    text, hidden = hidden_texts(_article(tail=f"<div><h2>What the council decided</h2><p>{part}</p></div>"))
    assert part not in " ".join(hidden)


@pytest.mark.parametrize("line", ["Updated 3m ago", "Published 2 hours ago", "Last updated: 45 minutes ago", "just now",
                                  "10:42 a.m. ET", "Posted at 9:05 pm", "14.20 BST", "Updated 11:03",
                                  "Refresh for the latest", "Reload the page to see new updates"])
def test_a_line_saying_how_long_ago_the_page_changed_is_hidden(line):
    root = parse(_article(head=f"<p>{line}</p>"), "p")
    assert [el.text_content() for el in furniture(root)] == [line]


@pytest.mark.parametrize("para", ["Two days ago the mayor resigned.", "At 10:42 a.m. the council voted.",
                                  "Refresh the page, the mayor said."])
def test_a_sentence_about_when_something_happened_is_text(para):
    root = parse(_article(head=f"<p>{para}</p>"), "p")
    assert not [el for el in furniture(root) if para in el.text_content()]


@pytest.mark.parametrize("label", ["Latest updates", "Live updates", "Comments", "Most read"])
def test_a_heading_standing_alone_with_a_site_label_is_hidden(label):
    root = parse(_article(head=f"<h2>{label}</h2>"), "p")
    assert [el.text_content() for el in furniture(root)] == [label]


def test_a_heading_of_the_article_is_text():
    root = parse(_article(head="<h2>What the council decided</h2>"), "p")
    assert furniture(root) == set()


@pytest.mark.parametrize("label", ["Commentary", "Live", "Subscriber exclusive", "Opinion | Transport"])
def test_a_section_label_just_above_the_headline_is_hidden(label):
    text, hidden = hidden_texts(_article(above=f"<p class='kicker'>{label}</p>"))
    assert label in hidden and TUNING[1].headline not in " ".join(hidden)


@pytest.mark.parametrize("above", ["By Jane Okafor", "June 20, 2024", "The vote is over.",
                                   "A label of far too many words to be a section name"])
def test_a_byline_date_or_sentence_above_the_headline_is_no_section_label(above):
    root = parse(_article(above=f"<p>{above}</p>"), "p")
    assert not [el for el in furniture(root) if above in el.text_content()]


@pytest.mark.parametrize("lead", ["▶ Related:", "» Read more:", "► WATCH:", "→ More:"])
def test_promo_lines_led_by_a_symbol_are_hidden(lead):
    promo = f"{lead} <a href='/x'>Transit board approves late-night service</a>"
    root = parse(_article(tail=f"<p>{promo}</p>"), "p")
    assert [el.text_content() for el in furniture(root)] == [f"{lead} Transit board approves late-night service"]


@pytest.mark.parametrize("layout", sorted(H2_LAYOUTS))
@pytest.mark.parametrize("article", TUNING[2:], ids=lambda a: a.headline.split()[0])
def test_set_h_second_batch_layouts_come_in_fully_right(tmp_path, layout, article):
    page, chrome, *notes = H2_LAYOUTS[layout](article)  # social-embeds gives notes: the post may show
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome, notes=notes[0] if notes else ()) == []


def _quoted(block: str) -> list[str]:
    root = parse(_article(tail=block), "p")
    return [el.text_content() for el in furniture(root) if el.tag == "blockquote"]


@pytest.mark.parametrize("link", ["https://twitter.com/SenDelgado/status/1", "https://x.com/a/status/2",
                                  "https://www.instagram.com/p/Ab1/", "https://bsky.app/profile/a/post/3",
                                  "//www.tiktok.com/@a/video/4"])
def test_a_post_embedded_from_a_social_network_keeps_its_text_and_hides_its_date_link(link):
    # the project's web convention (session 18): an embedded post quoted in the article is text, its chrome furniture;
    # its author line is text, the date linked to the post included (coordinator, session 22: before, the date was
    # chrome there too); a date link alone under the post is still chrome
    def chrome(post: str) -> list[str]:
        root = parse(_article(tail=post), "p")
        return [el.text_content() for el in furniture(root) if el.tag == "blockquote" or
                next(el.iterancestors("blockquote"), None) is not None]

    said = "<p>The hearing is on Thursday.</p>"
    assert chrome(f"<blockquote>{said}— Maria (@md) <a href='{link}'>June 19, 2024</a></blockquote>") == []
    assert chrome(f"<blockquote>{said}<a href='{link}'>June 19, 2024</a></blockquote>") == ["June 19, 2024"]


def test_a_quotation_with_a_link_to_its_source_is_text():
    quote = ("<blockquote><p>The state may not compel a speaker to say what it wishes, the court wrote in "
             "<a href='https://www.supremecourt.gov/opinions/x.pdf'>its opinion</a>.</p></blockquote>")
    assert _quoted(quote) == []


def test_a_pull_quote_repeating_a_sentence_is_hidden_and_a_quotation_is_not():
    sentence = TUNING[1].paragraphs[2].split(". ")[0] + "."
    pull = f"<blockquote><p>“{sentence}”</p></blockquote>"
    other = "<blockquote><p>We will not be moved by threats, and we will not be moved by money.</p></blockquote>"
    assert _quoted(pull + other) == [f"“{sentence}”"]


@pytest.mark.parametrize("label", ["Key points", "Key takeaways", "In this article", "At a glance"])
def test_a_summary_box_above_the_text_is_hidden(label):
    box = f"<div class='box'><h2>{label}</h2><ul><li>The council delayed the vote.</li><li>Fares rise.</li></ul></div>"
    text, hidden = hidden_texts(_article(head=box))
    assert label in hidden and "The council delayed the vote." in hidden


@pytest.mark.parametrize("line", ["Topics: <a href='#'>Housing</a>", "Filed under: Legislature, Taxes",
                                  "Partners: The Conversation", "Tags: budget, council"])
def test_a_line_of_the_sites_labels_is_hidden(line):
    root = parse(_article(tail=f"<p>{line}</p>"), "p")
    assert [el.tag for el in furniture(root)] == ["p"]


def test_a_paragraph_led_by_a_label_word_is_text():
    para = ("Topics: the council discussed fares, the new bus depot, the audit of the transit board and the plan to "
            "cut late-night service on three lines.")
    assert furniture(parse(_article(tail=f"<p>{para}</p>"), "p")) == set()


@pytest.mark.parametrize("call", ["<a class='btn' href='/donate'>Donate now</a>", "<button>Sign up</button>",
                                  "<a href='/give'>Give today</a>"])
def test_a_small_box_ending_in_a_call_to_action_is_hidden(call):
    box = f"<div class='x'><p>Our reporting is free because readers support it. Please help.</p>{call}</div>"
    root = parse(_article(head=box), "p")
    assert [el.get("class") for el in furniture(root)] == ["x"]


def test_a_box_whose_link_stands_in_a_sentence_or_that_holds_the_text_is_no_call_to_action():
    in_sentence = "<div class='x'><p>Read the report <a href='/r'>here</a></p><p>It is long.</p></div>"
    body = "".join(f"<p>{p}</p>" for p in TUNING[1].paragraphs)
    whole = f"<div class='y'>{body}<a href='/next'>Next article</a></div>"
    root = parse(_article(head=in_sentence, tail=whole), "p")
    assert not [el for el in furniture(root) if el.get("class") in ("x", "y")]


@pytest.mark.parametrize("label", ["Disclosure statement", "Disclosures"])
def test_a_disclosure_box_is_hidden(label):
    box = (f"<div class='d'><h4>{label}</h4><p>The author does not work for, consult, own shares in or receive "
           "funding from any company that would benefit from this article.</p></div>")
    assert [el.get("class") for el in furniture(parse(_article(tail=box), "p"))] == ["d"]


@pytest.mark.parametrize("layout", sorted(H3_LAYOUTS))
@pytest.mark.parametrize("article", TUNING[1:3], ids=lambda a: a.headline.split()[0])
def test_set_h_third_batch_layouts_come_in_fully_right(tmp_path, layout, article):
    page, chrome = H3_LAYOUTS[layout](article)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome) == []


@pytest.mark.parametrize("label", ["Supported by", "Opinion"])
def test_a_label_above_the_block_that_opens_with_the_headline_is_hidden(label):
    article = TUNING[1]
    body = "".join(f"<p>{p}</p>" for p in article.paragraphs)
    page = (f"<html><body><main><p class='k'>{label}</p><div class='head'><h1>{article.headline}</h1></div>{body}"
            "</main></body></html>")
    assert [el.get("class") for el in furniture(parse(page, "p"))] == ["k"]


@pytest.mark.parametrize("layout", sorted(H4_LAYOUTS))
@pytest.mark.parametrize("article", [TUNING[0], TUNING[3]], ids=lambda a: a.headline.split()[0])
def test_set_h_fourth_batch_layouts_come_in_fully_right(tmp_path, layout, article):
    page, chrome = H4_LAYOUTS[layout](article)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome) == []


@pytest.mark.parametrize("layout", sorted(H5_LAYOUTS))
@pytest.mark.parametrize("article", [TUNING[0], TUNING[2]], ids=lambda a: a.headline.split()[0])
def test_set_h_fifth_batch_layouts_come_in_fully_right(tmp_path, layout, article):
    page, chrome, *notes = H5_LAYOUTS[layout](article)  # an author box's bio may show (a note)
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert check(path, article, chrome, notes=notes[0] if notes else ()) == []


@pytest.mark.parametrize("line,paywall", [
    ("Already a subscriber? <a href='/login'>Log in</a>", True),
    ("Already have an account? Sign in.", True),
    ("This story is for subscribers. Subscribe today for full access to local news.", True),
    ("This article is available only to members.", True),
    ("Already a member of the board, she was named chair in May.", False),
    ("This story is for anyone who has waited for a bus in the rain.", False),
])
def test_a_paywalls_lines_are_hidden_and_sentences_are_not(line, paywall):
    root = parse(_article(tail=f"<p>{line}</p>"), "p")
    assert bool([el for el in furniture(root) if el.tag == "p"]) is paywall


PRINT_PAGE = """<html><head><title>Council backs night buses</title></head><body><article><h1>Council backs night buses</h1>
<p>The council voted on Tuesday to run night buses on four routes from March, after a year of complaints.</p>
<p class="{cls}">The buses will run every thirty minutes between midnight and five in the morning, the council said.</p>
<p>Officials said the plan would cost about two million pounds a year, paid from parking fees.</p>
<p>Opponents said the money would be better spent on day services that more people use.</p>
<div class="share-bar {cls}"><a href="/s/fb">Facebook</a> <a href="/s/x">X</a> <a href="/s/mail">Email</a></div>
</article></body></html>"""


@pytest.mark.parametrize("cls", ["hide-on-print", "noprint", "no-print", "d-print-none", "u-hide-print", "hidden-xs",
                                 "hideonmobile", "hide-for-mobile"])
def test_a_paragraph_hidden_only_in_print_or_on_a_phone_shows(cls):
    # the extractor drops a block by such a class; on a reader's screen the paragraph is the article's own
    text, _, hidden = read_html(PRINT_PAGE.format(cls=cls), "buses.html")
    seen = "".join(c for k, c in enumerate(text) if not any(s.start <= k < s.end for s in hidden))
    assert "The buses will run every thirty minutes" in seen
    assert "Facebook" not in seen  # a share bar with the same class is still the site's


def test_a_print_or_phone_class_does_not_change_a_paragraphs_place():
    root = parse(PRINT_PAGE.format(cls="hide-on-print"), "p")
    first, second = list(root.iter("p"))[:2]
    assert place(first) == place(second)
    # a class that names the paragraph's kind still does
    second.set("class", "pullquote")
    assert place(first) != place(second)
