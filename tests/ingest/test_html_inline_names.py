"""A link or span inside a sentence is part of the sentence whatever its class names (ingest/htmlchrome.py _in_sentence,
session 21: scrapinghub's article-extraction-benchmark). Sites tag names in the running text automatically
("auto-linked-tag", id="auto-tag_…", "player-post-link"), and the word "tag", "player" or "related" in such a class
once hid the name and left the sentence broken. A box of its own between the paragraphs keeps its class's meaning."""
from __future__ import annotations

import pytest

from tests.ingest.test_html_furniture import visible_paragraphs
from tests.ingest.test_html_real_kinds import ARTICLE, page, whole

SENTENCE = "LISBON — {name} won the third set after a long rain delay and took the final match for the home side."


@pytest.mark.parametrize("name", [
    "<a href='/players/ana-ruiz' class='sn-player-post-link'>Ana Ruiz</a>",
    "<a href='/t/ana-ruiz/' id='auto-tag_ana-ruiz' data-tag='ana-ruiz'>Ana Ruiz</a>",
    "<a href='/world/ana-ruiz' data-component='auto-linked-tag' class='u-underline'>Ana Ruiz</a>",
    "<span class='related-person'>Ana Ruiz</span>",
    "<em><a class='tag-link' href='/t/ana'>Ana Ruiz</a></em>",
])
def test_a_named_link_inside_a_sentence_stays_in_it(name):
    body = f"<p>{SENTENCE.format(name=name)}</p>" + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    shown = visible_paragraphs(page(f"<article>{body}</article>"))
    assert SENTENCE.format(name="Ana Ruiz") in shown and whole(shown), shown


def test_near_miss_a_named_link_box_between_paragraphs_stays_hidden():
    paras = ARTICLE.paragraphs
    promo = ("<a class='read-more-big' href='/news/1'><span class='read-more-big__subtitle'>Also on our site</span>"
             "<span class='read-more-big__title'>Harbour workers vote to strike over the new rota</span></a>")
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + promo + "".join(f"<p>{p}</p>" for p in paras[2:])
    shown = visible_paragraphs(page(f"<div class='story'>{body}</div>"))
    assert not any("Harbour workers vote" in p for p in shown) and whole(shown), shown


def test_near_miss_a_share_link_on_a_short_line_stays_hidden():
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs) + \
        "<p>Share: <a class='share-link' href='/share'>Send this story to a friend</a></p>"
    shown = visible_paragraphs(page(f"<article>{body}</article>"))
    assert not any("Send this story" in p for p in shown) and whole(shown), shown


# a name with a hover card (coordinator, session 22: a name inside a hover card's link in a sentence is text): the
# card (a picture, the name again, links to the person's other stories) sits inside the name's span and is furniture
CARD = ("<span class='people-card' data-behavior='hover'><a class='people-link' href='/people/ana-ruiz'>Ana Ruiz</a>"
        "<span class='people-block'><span><img src='/p/ruiz.jpg' alt=''><a class='name' href='/people/ana-ruiz'>Ana "
        "Maria Ruiz</a><a href='/news/1'>Harbour workers vote to strike over the new rota</a> <a href='/news/2'>Council "
        "delays the vote on the tram extension again</a> <a href='/news/3'>Port authority names a new chief executive "
        "after a long search</a> <a href='/news/4'>Ferry timetable changes for the winter season announced</a> "
        "<a href='/people/ana-ruiz'>MORE</a></span></span></span>")


@pytest.mark.parametrize("sentence", [SENTENCE, "LISBON — {name} won."])
def test_a_name_with_a_hover_card_stays_and_the_card_is_hidden(sentence):
    body = f"<p>{sentence.format(name=CARD)}</p>" + "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    shown = visible_paragraphs(page(f"<article>{body}</article>"))
    if len(sentence) > 30:
        assert sentence.format(name="Ana Ruiz") in shown, shown
    assert not any("Harbour workers vote" in p or "Ana Maria Ruiz" in p for p in shown) and whole(shown), shown


def test_near_miss_a_picture_link_box_between_paragraphs_stays_hidden():
    box = ("<div class='people-card'><a href='/people/ana-ruiz'>Ana Ruiz</a><span><img src='/p/ruiz.jpg' alt=''>"
           "<a href='/news/1'>Harbour workers vote to strike over the new rota</a></span></div>")
    paras = ARTICLE.paragraphs
    body = "".join(f"<p>{p}</p>" for p in paras[:2]) + box + "".join(f"<p>{p}</p>" for p in paras[2:])
    shown = visible_paragraphs(page(f"<div class='story'>{body}</div>"))
    assert not any("Harbour workers vote" in p for p in shown) and whole(shown), shown
