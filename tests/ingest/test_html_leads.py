"""The article's lead or standfirst, set in a box of its own between the headline and the body, is article text also
where the main-text extractor leaves it out (ingest/htmlleads.py; the broad measure's largest group of missed text,
session 20). The extractor is replaced here by one that keeps the body only, as trafilatura does on such pages; a
caption, a byline, a date line, a link or a block after the body's start stays as it was."""
from __future__ import annotations

import pytest

from briefing_app.core.model import Metadata
from briefing_app.ingest import html
from tests.ingest.test_html_furniture import visible_paragraphs

HEADLINE = "Harbour towns vote to share one ferry budget"
BODY = ["The councils of the three harbour towns agreed on Tuesday to run their ferries from one budget, ending a "
        "dispute over fares that had lasted for most of a decade and left two routes without a winter service.",
        "Under the plan, each town pays a share set by the number of passengers who board at its quay, and the "
        "timetable is drawn up by a joint committee that meets four times a year in each town in turn.",
        "Opponents said the smallest town would lose its say over the routes, and asked for a vote of residents "
        "before the plan takes effect next spring."]
LEADS = [
    "Three towns that fought over ferry fares for years have agreed to pool their money.",
    "After a decade of quarrels, the harbour towns will pay for their ferries together, starting next spring.",
    "Die drei Hafenstädte wollen ihre Fähren künftig aus einem gemeinsamen Haushalt bezahlen.",
    "Las tres ciudades portuarias pagarán sus transbordadores con un solo presupuesto a partir de la primavera.",
]


@pytest.fixture
def body_only(monkeypatch):
    """The extractor keeps the body's paragraphs and nothing else."""
    monkeypatch.setattr(html, "_extract", lambda root: html._Extracted("\n".join(BODY), Metadata()))


def page(between: str, after: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (f"<html><head><title>{HEADLINE}</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a>"
            f"</nav><article><h1>{HEADLINE}</h1>{between}<div class='text'>{body}</div>{after}</article>"
            "<footer>© The Harbour Post</footer></body></html>")


def whole(shown: list[str]) -> bool:
    return HEADLINE in shown and all(p in shown for p in BODY)


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("box", ["<div class='teaser'><p>{}</p></div>", "<p class='intro'><strong>{}</strong></p>",
                                 "<h2 class='standfirst caption-large'>{}</h2>", "<div class='lead'>{}</div>"])
def test_a_lead_the_extractor_left_out_is_shown(body_only, lead, box):
    shown = visible_paragraphs(page(box.format(lead)))
    assert lead in shown and whole(shown), shown


@pytest.mark.parametrize("lead", LEADS[:2])
def test_a_lead_after_a_byline_and_a_date_is_shown_and_they_stay_hidden(body_only, lead):
    shown = visible_paragraphs(page(f"<div class='meta'>By Jane Doe</div><div>5 December 2026</div><p>{lead}</p>"))
    assert lead in shown and whole(shown), shown
    assert "By Jane Doe" not in shown and "5 December 2026" not in shown


# near misses: a picture's caption (in a <figure>, in a box named for it, or the text of a box holding the picture),
# a line of links, a sentence with no end mark, a block after the body's first paragraph, a lead inside furniture
CAPTIONS = [
    "<figure><img src='ferry.jpg' alt=''><figcaption>The ferry leaves the north quay on a winter morning.</figcaption>"
    "</figure>",
    "<div class='media-caption'>The ferry leaves the north quay on a winter morning. (Photo: Jane Doe)</div>",
    "<div class='photo'><img src='ferry.jpg' alt=''><p>The ferry leaves the north quay on a winter morning.</p>"
    "<span>Foto: Jane Doe</span></div>",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_near_miss_a_caption_between_headline_and_body_stays_as_it_was(body_only, caption):
    shown = visible_paragraphs(page(caption))
    assert not any("north quay" in p for p in shown) and whole(shown), shown


@pytest.mark.parametrize("between", [
    "<p>Read more: <a href='/a'>Ferry fares rise again in the harbour towns this winter</a>.</p>",
    "<p>Ferries, budgets and the towns that share them in one long report</p>",
    "<aside><p>Three towns that fought over ferry fares for years have agreed to pool their money.</p></aside>",
])
def test_near_miss_links_a_line_with_no_end_or_furniture_stay_hidden(body_only, between):
    shown = visible_paragraphs(page(between))
    assert len(shown) == len(BODY) + 1 and whole(shown), shown


def test_near_miss_a_block_after_the_body_starts_stays_as_the_extractor_left_it(body_only):
    promo = "Our town desk sends a letter every Friday with the week's council votes."
    shown = visible_paragraphs(page("", f"<div class='box'><p>{promo}</p></div>"))
    assert promo not in shown and whole(shown), shown
