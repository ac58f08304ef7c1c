"""A <header> that holds the article's title in a heading other than an h1 ("<h2 class='entry-title'>", the hAtom name
WordPress themes set; "entry__title", itemprop="headline") is the article's own header: its dek stays shown. A header
whose title is a link to another page (another story's card) and a widget's header ("widget-title") stay furniture
(htmlchrome._titled)."""
from __future__ import annotations

import pytest

from tests.ingest.night_buses import BODY, HEADLINE, PARAS, read_hidden

DEK = ("Shift workers in the northern suburbs will no longer have to walk home after midnight, the council decided "
       "after a year of argument.")
OTHER = "Harbour ferry fares rise for the first time in six years"
TEASER = "The ferry company said the new fares would pay for two more boats on the busiest crossing."


def _shown(text: str, hidden: list[str], line: str) -> bool:
    return line in " ".join(text.split()) and not any(line in h for h in hidden)


@pytest.mark.parametrize("title", ["h2 class='entry-title'", "h2 class='entry__title'", "h3 itemprop='headline'"])
def test_the_articles_header_without_an_h1_keeps_its_dek(title):
    tag = title.split()[0]
    page = (f"<html><head><title>{HEADLINE} | The Eastfield Post</title></head><body>"
            "<div class='logo'><a href='/'>The Eastfield Post</a></div>"
            f"<article class='entry'><header class='entry-header'><{title}>{HEADLINE}</{tag}>"
            f"<p class='entry-subtitle'>{DEK}</p></header><div class='entry-content'>{PARAS}</div></article>"
            "</body></html>")
    text, hidden = read_hidden(page)  # (the dek is hidden without the rule)
    for line in (HEADLINE, DEK, *BODY):
        assert _shown(text, hidden, line), line


@pytest.mark.parametrize("title", [f"h2 class='entry-title'><a href='/ferry-fares'>{OTHER}</a></h2>",
                                   f"h2 class='widget-title'>{OTHER}</h2>"])
def test_a_card_or_widget_header_stays_furniture(title):
    card = f"<div class='more'><article class='post'><header class='entry-header'><{title}<p>{TEASER}</p></header></article></div>"
    page = (f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
            f"<div class='entry-content'>{PARAS}</div></article>{card}</body></html>")
    text, hidden = read_hidden(page)
    for line in (OTHER, TEASER):
        assert not _shown(text, hidden, line), line
    for line in BODY:
        assert _shown(text, hidden, line), line
