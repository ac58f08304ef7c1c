"""A genre label set just below the headline ("Guest column", "Analysis", "Commentary"), in an element of its own before
the byline or the body, is the site's section label: hidden as the label above the headline is, and the page still
reads as opinion. A dek, a byline or a short heading-like sentence there stays."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import read_html

HEADLINE = "The council should keep every night bus route"
BODY = [
    "The city council will vote next week on whether to keep the night bus routes that carry shift workers home "
    "after midnight, and it should vote to keep every one of them.",
    "Cutting the routes would save a little money this year and cost far more later, when workers who cannot get "
    "home stop taking the jobs that keep hospitals, bakeries and warehouses running through the night.",
]


def _read(after: str, wrap: bool = False) -> tuple[str, list[str], str | None]:
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    head = f"<header><h1>{HEADLINE}</h1></header>{after}" if wrap else f"<h1>{HEADLINE}</h1>{after}"
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article>{head}<p class='byline'>By Dana Lowe</p>"
            f"<div class='body'>{paras}</div></article></body></html>")
    text, meta, spans = read_html(page, "page")
    return text, [" ".join(text[s.start:s.end].split()) for s in spans], meta.genre


@pytest.mark.parametrize("label", ["Guest column", "Analysis", "Commentary", "Opinion"])
@pytest.mark.parametrize("tag", ["p", "div", "span"])
@pytest.mark.parametrize("wrap", [False, True])
def test_a_genre_label_below_the_headline_is_hidden(label, tag, wrap):
    text, hidden, genre = _read(f"<{tag} class='section'>{label}</{tag}>", wrap)
    assert label in hidden
    assert all(p in text and not any(p in h for h in hidden) for p in BODY)
    assert not any(HEADLINE in h for h in hidden)


@pytest.mark.parametrize("after", ["<p class='dek'>Shift workers need the routes more than the budget needs the savings.</p>",
                                   "<p>Keep them running</p>", "<p class='section'>Night buses</p>"])
def test_a_dek_or_other_words_below_the_headline_stay(after):
    line = after.split(">", 1)[1].split("<", 1)[0]
    text, hidden, _genre = _read(after)
    assert line in text and not any(line in h for h in hidden)
