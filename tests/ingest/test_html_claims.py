"""A fact-check's claim and rating box is article text (the coordinator's decision, session 22): shown whole, its
labels, values and a link to the rating's scale, also where the extractor drops the small cards, found by schema.org
ClaimReview markup or by a pair of labels ("Claim" and "Rating"/"Verdict") in the article's body; another
fact-check's teaser card, a lone "Conclusion" heading and a review's "Rating" alone are no such box."""
from __future__ import annotations

import json

import lxml.html
import pytest

from briefing_app.ingest.html import read_html
from briefing_app.ingest.htmlclaims import claim_boxes
from tests.ingest.articles import TUNING

ARTICLE = TUNING[2]
CLAIM = "A photograph shows the harbour bridge closed by floodwater last winter."
RATING = "Miscaptioned"
NAV = "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Home", "Fact Checks", "News", "Archive"))


def _page(box: str, head: str = "", after: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    return (f"<html><head><title>{ARTICLE.headline}</title>{head}</head><body><header><nav><ul>{NAV}</ul></nav></header>"
            f"<main><article><h1>{ARTICLE.headline}</h1><p class='byline'>{ARTICLE.byline}</p>"
            f"<div class='ad-slot'><div class='ad'>Advertisement</div></div>{box}"
            f"<div class='entry-content'><h3>Origin</h3>{paras}</div>{after}</article></main>"
            "<footer><p>Copyright 2026 The Harbour Check. All rights reserved.</p></footer></body></html>")


def _read(page: str) -> tuple[str, list[str]]:
    text, _meta, spans = read_html(page, "page")
    return text, [" ".join(text[s.start:s.end].split()) for s in spans]


def _visible(text: str, hidden: list[str], line: str) -> bool:
    return line in text and not any(line in h for h in hidden)


def _review(rating: str = RATING) -> str:
    data = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": CLAIM,
            "reviewRating": {"@type": "Rating", "ratingValue": 2, "alternateName": rating}}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


CARDS = (f"<div class='claim-wrapper card'><h3 class='card-header'>Claim</h3><div class='claim'><p>{CLAIM}</p></div>"
         f"</div><div class='rating-wrapper card'><h3 class='card-header'>Rating</h3><div class='media rating'>"
         f"<figure><a href='/rating/miscaptioned/'><img src='r.png' alt=''></a></figure><div class='media-body'>"
         f"<h5>{RATING}</h5><a class='rating-help' href='/rating/miscaptioned/'>About this rating</a></div></div></div>")


@pytest.mark.parametrize("head", [_review(), ""])
def test_a_claim_and_rating_card_shows_whole(head):
    text, hidden = _read(_page(CARDS, head))
    for line in ("Claim", CLAIM, "Rating", RATING, "About this rating", *ARTICLE.paragraphs):
        assert _visible(text, hidden, line), line
    assert any("Fact Checks" in h for h in hidden)


@pytest.mark.parametrize("claim, rating", [("Claim:", "Rating:"), ("The claim", "Our verdict"), ("Claim", "Verdict:")])
def test_labelled_lines_in_the_body_show(claim, rating):
    box = (f"<div class='factcheck-box'><div><span class='label'>{claim}</span> <span>{CLAIM}</span></div>"
           f"<div><span class='label'>{rating}</span> <span>{RATING}</span></div></div>")
    text, hidden = _read(_page(box))
    for line in (CLAIM, RATING, *ARTICLE.paragraphs):
        assert _visible(text, hidden, line), line


def test_microdata_claim_review_is_a_box():
    box = (f"<div itemscope itemtype='https://schema.org/ClaimReview'><p itemprop='claimReviewed'>{CLAIM}</p>"
           f"<div itemprop='reviewRating' itemscope itemtype='https://schema.org/Rating'>"
           f"<span itemprop='alternateName'>{RATING}</span></div></div>")
    root = lxml.html.fromstring(_page(box))
    assert [el.get("itemtype") for el in claim_boxes(root)] == ["https://schema.org/ClaimReview"]


def test_another_fact_checks_teaser_card_stays_furniture():
    teasers = "".join(f"<div class='card'><h4>Claim</h4><a href='/fc/{k}'>{t}</a><h4>Rating</h4><p>False</p></div>"
                      for k, t in enumerate(("Did the council sell the old ferry terminal to a casino",
                                             "Was the harbour tunnel built with recycled tyres")))
    root = lxml.html.fromstring(_page("", after=f"<aside><h2>More fact checks</h2>{teasers}</aside>"))
    assert not claim_boxes(root)
    text, hidden = _read(_page("", after=f"<aside><h2>More fact checks</h2>{teasers}</aside>"))
    assert not _visible(text, hidden, "Did the council sell the old ferry terminal to a casino")


@pytest.mark.parametrize("box", [
    "<h3>Conclusion</h3><p>The committee will vote again in the spring, and neither side expects to move.</p>",
    "<div class='score'><strong>Rating:</strong> 4 out of 5</div>",
    "<div><h4>Statement</h4><p>The ministry issued a short reply on Friday evening.</p></div>"])
def test_one_label_alone_makes_no_box(box):
    assert not claim_boxes(lxml.html.fromstring(_page(box)))


def test_a_claim_box_in_navigation_is_no_box():
    box = f"<nav><div><h3>Claim</h3><p>{CLAIM}</p></div><div><h3>Rating</h3><p>{RATING}</p></div></nav>"
    assert not claim_boxes(lxml.html.fromstring(_page(box)))
