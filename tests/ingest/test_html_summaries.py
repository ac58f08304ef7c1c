"""A story's summary bullets (a short list of key points under the headline, or in a box named for a summary, key
points or highlights) are article text, like a standfirst (the coordinator's decision, session 23); found by structure,
never by site. Near misses stay hidden: a list of other stories' links in the same place, a list of one-word tags, a
list of many items, a key-points box in the page's sidebar."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import read_html
from tests.ingest.night_buses import BODY as NIGHT_BUSES_BODY
from tests.ingest.night_buses import HEADLINE as NIGHT_BUSES_HEADLINE

HEADLINE = NIGHT_BUSES_HEADLINE + " after a long dispute"
BODY = [*NIGHT_BUSES_BODY,
        "Opponents argued that the money should go to repairing the existing fleet, several of whose buses are more "
        "than fifteen years old."]
POINTS = ["Night buses will run until four in the morning from March", "Campaigners hail a victory after a year-long fight",
          "The service will cost the transport levy $2.4 million a year"]
DEK = "A year-long fight over late-night transport ends with a narrow vote in the council chamber."


def _page(top: str = "", inside: str = "", after: str = "") -> str:
    paras = [f"<p>{p}</p>" for p in BODY]
    return ("<html><head><title>" + HEADLINE + " | Daily Lantern</title></head><body>"
            "<div class='nav-bar'><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a> "
            "<a href='/money'>Money</a></div>"
            f"<div class='article-container'><h1>{HEADLINE}</h1>{top}"
            "<div class='byline-wrap'><span>By DANA LOWE</span> <span>PUBLISHED: 10:15, Tue, Mar 3, 2026</span></div>"
            "<div class='text-description'>" + paras[0] + inside + "".join(paras[1:]) + "</div></div>" + after +
            "<div class='most-read-column'><h3>Most Read</h3><a href='/m1'>Star's secret wedding revealed</a> "
            "<a href='/m2'>Holiday warning for families</a></div></body></html>")


def _shown(markup: str) -> tuple[str, list[str]]:
    text, _meta, spans = read_html(markup, "page.html")
    hidden = [" ".join(text[s.start:s.end].split()) for s in spans]
    return " ".join(text.split()), hidden


def _visible(line: str, markup: str) -> bool:
    flat, hidden = _shown(markup)
    assert line in flat
    return not any(line in h for h in hidden)


def _items(points: list[str], linked: bool = False) -> str:
    return "".join(f"<li><a href='/s{n}'>{p}</a></li>" if linked else f"<li>{p}</li>" for n, p in enumerate(points))


@pytest.mark.parametrize("top, n", [
    (f"<ul class='article-bullets'>{_items(POINTS[:2])}</ul>", 2),  # a tabloid's bullets
    (f"<ul>{_items(POINTS)}</ul>", 3),  # no class at all
    (f"<p class='standfirst'>{DEK}</p><ul>{_items(POINTS)}</ul>", 3),  # after the dek
    (f"<div class='intro'><ol>{_items(POINTS[:2])}</ol></div>", 2),  # an ordered list in a box
])
def test_bullets_under_the_headline_show(top, n):
    page = _page(top=top)
    for point in POINTS[:n]:
        assert _visible(point, page), point
    for line in BODY:
        assert _visible(line, page)
    assert not _visible("Most Read", page)


@pytest.mark.parametrize("box", ["key-points", "article-summary", "story-highlights"])
def test_a_named_summary_box_in_the_body_shows(box):
    page = _page(inside=f"<div class='{box}'><h3>Key points</h3><ul>{_items(POINTS)}</ul></div>")
    for point in POINTS:
        assert _visible(point, page), (box, point)
    for line in BODY:
        assert _visible(line, page)


def test_related_links_in_the_same_place_stay_hidden():
    stories = ["Bus drivers threaten a strike over the new rota changes", "Commuters face chaos as the rail line closes"]
    page = _page(top=f"<ul class='related'>{_items(stories, linked=True)}</ul>")
    for story in stories:
        assert not _visible(story, page)
    page = _page(top=f"<ul>{_items(stories, linked=True)}</ul>")  # no class names it related either
    for story in stories:
        assert not _visible(story, page)


def test_tags_and_long_lists_under_the_headline_are_no_summary():
    tags = _page(top="<ul><li>Buses</li><li>Transport</li><li>Northfield</li></ul>")
    for tag in ("Buses", "Transport", "Northfield"):
        assert not _visible(tag, tags)
    many = [f"Story number {n} about the buses of the northern suburbs" for n in range(1, 9)]
    long_list = _page(top=f"<ul>{_items(many)}</ul>")
    assert not _visible(many[0], long_list)


def test_a_highlights_box_in_the_sidebar_stays_hidden():
    side = (f"<aside class='sidebar'><div class='highlights'><h3>Highlights</h3><ul>{_items(POINTS[:2])}</ul></div>"
            "</aside>")
    page = _page(after=side)
    for point in POINTS[:2]:
        assert not _visible(point, page)


def test_a_list_after_the_body_started_is_not_read_as_bullets():
    """A list of short points below the body's second paragraph is the extractor's to judge: no summary by position."""
    from briefing_app.ingest.html import parse
    from briefing_app.ingest.htmlsummaries import summary_lists

    root = parse(_page(inside=f"<p>{BODY[1]}</p><ul>{_items(POINTS)}</ul>"), "page.html")
    assert not summary_lists(root)
    root = parse(_page(top=f"<ul>{_items(POINTS)}</ul>"), "page.html")
    assert len(summary_lists(root)) == 1
