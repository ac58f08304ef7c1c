"""The article's subheads set in markup other than <h2>…<h6> — a <div> whose class names a subhead, a line in bold
between the body's paragraphs, an element with role="heading" — are shown where the extractor keeps the paragraphs
around them and drops the line (htmlsubheads.py); promos set in bold between the same paragraphs stay hidden."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import parse
from briefing_app.ingest.htmlsubheads import subhead_candidates
from tests.ingest.night_buses import BODY, HEADLINE, read_hidden

MORE = [
    "Drivers' representatives said the late shifts would be shared out by seniority, as weekend shifts are now, and "
    "that no driver would be made to work more than two nights a week.",
    "The last bus from the centre will leave at half past three, an hour later than the old timetable allowed, and "
    "will stop at the hospital on request.",
    "Opponents on the council said the money would have been better spent on repairing the main bus station, whose "
    "roof has leaked for three winters.",
]
HEADS = ["What the extension costs", "Who will drive the buses?", "The view from the northern suburbs"]


def _shown(text: str, hidden: list[str], line: str) -> bool:
    return line in " ".join(text.split()) and not any(line in h for h in hidden)


def _page(head_markup) -> str:
    paras = BODY + MORE
    body = "".join(f"<p>{p}</p>" + (head_markup(HEADS[k // 2]) if k in (0, 2, 4) else "")
                   for k, p in enumerate(paras))
    return (f"<html><head><title>{HEADLINE}</title></head><body><header><nav><a href='/'>Home</a> <a href='/news'>"
            f"News</a></nav></header><article><h1>{HEADLINE}</h1><div class='story-body'>{body}</div></article>"
            "<footer><p>© 2026 The Northern Courier</p></footer></body></html>")


@pytest.mark.parametrize("markup", [
    lambda h: f"<div class='pf_subheadline'>{h}</div>",
    lambda h: f"<div class='article-subhead'>{h}</div>",
    lambda h: f"<p><strong>{h}</strong></p>",
    lambda h: f"<strong><em>{h}</em></strong>",
    lambda h: f"<div role='heading' aria-level='2'>{h}</div>",
    lambda h: f"<p class='crosshead'>{h}</p>",
], ids=["div-subheadline", "div-subhead", "p-strong", "bare-strong", "role-heading", "p-crosshead"])
def test_subheads_between_kept_paragraphs_are_shown(markup):
    text, hidden = read_hidden(_page(markup))
    for line in BODY + MORE + HEADS:
        assert _shown(text, hidden, line), line
    assert not _shown(text, hidden, "© 2026 The Northern Courier")


@pytest.mark.parametrize("line", ["<p><strong>Advertisement</strong></p>",
                                  "<p><strong><a href='/news/market-hall'>Market hall reopens on Friday</a></strong></p>",
                                  "<p><b>Read more: <a href='/s/2'>Library hours change in December</a></b></p>",
                                  "<div class='subhead'><a href='/s/1'>Storm damage bill "
                                                              "tops estimates</a></div>"])
def test_promos_in_bold_between_the_paragraphs_stay_hidden(line):
    text, hidden = read_hidden(_page(lambda h: line))
    shown = " ".join(text.split())
    for words in ("Advertisement", "Market hall reopens on Friday", "Library hours change in December",
                  "Storm damage bill tops estimates"):
        assert not _shown(text, hidden, words) or words not in shown, words
    for para in BODY + MORE:
        assert _shown(text, hidden, para), para


def test_candidates_need_a_paragraph_after_and_a_short_line():
    long_line = " ".join(["word"] * 20)
    root = parse("<html><body><div><p>" + BODY[0] + "</p><div class='subhead'>A subhead</div><p>" + BODY[1] +
                 "</p><div class='subhead'>Last line of the box</div></div><div><p>" + BODY[2] + "</p><p><b>"
                 + long_line + "</b></p><p>" + MORE[0] + "</p><p><b>Sign up now:</b></p><p>" + MORE[1]
                 + "</p></div></body></html>", "p")
    found = [" ".join(el.text_content().split()) for el, _, _ in subhead_candidates(root)]
    assert found == ["A subhead"]


@pytest.mark.parametrize("opening", ["<p><br/></p><strong><em>{}</em></strong>", "<div class='subhead'>{}</div>"])
def test_a_subhead_opening_the_body_is_shown(opening):
    first = "The night buses at a glance"
    body = opening.format(first) + "".join(f"<p>{p}</p>" for p in BODY + MORE)
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1><p class='updated'>"
            f"Last updated: 5 December 2026</p><div id='description' class='entry-text'>{body}</div></article>"
            "</body></html>")
    text, hidden = read_hidden(page)
    for line in [first, *BODY, *MORE]:
        assert _shown(text, hidden, line), line
