"""A reprint note ("This post originally appeared on Grist.", "Originally published at …", "Reprinted with permission
from …", "A version of this article first appeared in …") is article text by the project's web convention (coordinator,
session 19): the article's provenance, shown at the article's start or end also where the extractor drops it or a
furniture rule hides its box (ingest/htmlreprints.py). A "Republish this article" widget, a sign-up box, a "More from
…" list, a licence badge line and a date line stay furniture."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import parse
from briefing_app.ingest.htmlreprints import reprint_notes
from tests.ingest.test_html_furniture import hidden_texts, visible_paragraphs
from tests.ingest.test_html_real_kinds import BODY, page, whole

NOTES = [
    "This post originally appeared on Grist.",
    "This article was reprinted on Wired.com.",
    "Originally published at www.example-author.com on November 18, 2011.",
    "Reprinted with permission from The Harbor Ledger.",
    "A version of this article first appeared in Foreign Policy.",
    "This story was originally published by ProPublica, a nonprofit newsroom.",
    "Adapted from the book Cities of Water by Jane Doe, published by Eastfield University Press.",
]

# the markups the notes stand in on saved pages: a box of its own above the article (outside the article's element),
# an italic line after the body, a note with a link in a box named for the site's syndication, a closing <div>
PLACES = [
    ('<div class="writer">By <a href="/w/jd">Jane Doe</a></div><section class="source_section"><p class="editors_note">'
     '{note}</p></section><article>' + BODY + '</article>'),
    '<article>' + BODY + '<p><em>{note}</em></p></article>',
    ('<article>' + BODY + '</article><div class="syndication-box"><p>{note}</p><a href="/republish">Republish this story'
     '</a></div>'),
    '<article>' + BODY + '<div class="post-note"><i>{note}</i></div></article>',
]


def notes(markup: str) -> set:
    return reprint_notes(parse(f"<html><body>{markup}</body></html>", "page").iter("p", "div"))


def linked(note: str) -> str:
    """The note with its last name linked, as sites set it ("… on <a>Grist</a>.")."""
    head, _, tail = note.rstrip(".").rpartition(" ")
    return f'{head} <a href="https://example.org/original">{tail}</a>.'


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("place", range(len(PLACES)))
def test_a_reprint_note_is_shown_with_the_article(note, place):
    shown = visible_paragraphs(page(PLACES[place].format(note=linked(note))))
    assert note in shown and whole(shown), shown


@pytest.mark.parametrize("note", NOTES[:4])
def test_the_notes_box_chrome_stays_hidden(note):
    html = page(PLACES[2].format(note=note))
    _text, hidden = hidden_texts(html)
    assert note in visible_paragraphs(html)
    assert any(h.strip() == "Republish this story" for h in hidden), hidden


@pytest.mark.parametrize("box", [
    # a republishing widget and its licence
    '<div class="republish-box"><h3>Republish this story</h3><p>You can republish our articles for free under a '
    'Creative Commons license.</p><button>Copy HTML</button></div>',
    # a sign-up box
    '<div class="newsletter-signup"><p>Sign up to get our stories in your inbox every morning.</p><form><input '
    'type="email"><button>Sign up</button></form></div>',
    # a "More from" list whose items read as notes
    '<div class="more-from"><h3>More from Grist</h3><ul><li><a href="/1">This story originally appeared in the '
    'print edition</a></li><li><a href="/2">Reprinted: the best of the decade</a></li></ul></div>',
    # a licence badge line
    '<div class="license"><a href="https://creativecommons.org/licenses/by-nd/4.0/"><img src="/cc.png" alt=""></a> '
    'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.</div>',
    # a date line, not a note of where the article appeared
    '<div class="timestamp"><p>Originally published March 3, 2020 at 5:00 am</p></div>',
])
def test_near_miss_furniture_that_names_a_republication_stays_hidden(box):
    shown = visible_paragraphs(page("<article>" + BODY + "</article>" + box))
    assert whole(shown)
    assert not any(w in p for p in shown for w in ("Republish", "Sign up", "More from", "licensed", "Reprinted:",
                                                    "print edition", "Originally published")), shown


@pytest.mark.parametrize("text", [
    "Originally published on March 3, 2020.",
    "First published: Mon 3 Mar 2020 05.00 GMT",
    "Republish this article",
    "This article is republished from The Conversation under a Creative Commons license.",
    "This story was published with the support of readers like you. Subscribe to our newsletter.",
    "The report published on Monday by the agency found that emissions fell.",
    "Reprinted: the best of the decade",
])
def test_near_miss_lines_are_no_notes(text):
    if "Creative Commons" in text:  # a licence line (bodylines.RIGHTS, session 18): furniture as a line of the page
        assert text not in visible_paragraphs(page("<article>" + BODY + f"<p>{text}</p></article>"))
    else:
        assert not notes(f"<p>{text}</p>")


def test_a_note_in_a_list_item_or_out_of_sight_is_no_note():
    note = "This post originally appeared on Grist."
    for markup in (f'<ul><li><p>{note}</p></li></ul>', f'<nav><p>{note}</p></nav>',
                   f'<div style="display:none"><p>{note}</p></div>', f'<p hidden>{note}</p>'):
        assert not notes(markup), markup


# position (session 20): a note or a bio in another story's teaser (a box under a linked headline of another story,
# in a sidebar or a list of stories below the article) is that story's, not this article's: it stays hidden
TEASERS = [
    ('<aside class="rail"><div class="card"><h3><a href="/2026/12/ferry-fares-rise">Ferry fares rise again across the '
     'three harbour towns</a></h3><p>{text}</p></div></aside>'),
    ('<div class="more-stories"><div class="item"><h4><a href="https://example.org/s/44">How the port authority '
     'spends its winter budget</a></h4><div class="meta"><p>{text}</p></div></div></div>'),
]
TEASER_TEXTS = ["This story originally appeared in Grist.", "Reprinted with permission from The Harbor Ledger.",
                "Margaret Lin is a senior fellow at the Center for Urban Policy."]


@pytest.mark.parametrize("text", TEASER_TEXTS)
@pytest.mark.parametrize("box", range(len(TEASERS)))
def test_a_note_or_bio_in_another_storys_teaser_stays_hidden(text, box):
    markup = '<article>' + BODY + '</article>' + TEASERS[box].format(text=text).replace(
        '<p>', '<p class="author-bio">' if "fellow" in text else '<p>')
    shown = visible_paragraphs(page(markup))
    assert text not in shown and whole(shown), shown


@pytest.mark.parametrize("text", TEASER_TEXTS)
def test_near_miss_a_note_or_bio_under_a_short_linked_name_stays_shown(text):
    box = ('<div class="author-bio"><h4><a href="/authors/mlin">More from Margaret Lin</a></h4><p>{text}</p></div>')
    shown = visible_paragraphs(page('<article>' + BODY + '</article>' + box.format(text=linked(text) if "fellow" not in
                                                                                     text else text)))
    assert text in shown and whole(shown), shown
