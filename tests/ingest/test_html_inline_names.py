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
