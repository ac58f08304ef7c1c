"""Dev web set N (tests/ingest/html_layouts_n.py): form only. Each layout gives a page holding the headline and every
paragraph whole and in order, a furniture list whose texts are on the page (a pull quote among them: a sentence of the
body set again), and notes that are on the page too. The readers are scored by `benchmarks/bench_ingest_fidelity.py
--dev-web-n` (tuned) and `--dev-web-n-aside` (kept aside, aggregate only)."""
from html import unescape

import lxml.html
import pytest

from tests.ingest.articles import TUNING
from tests.ingest.html_layouts_n import N_HELD_LAYOUTS, N_LAYOUTS, pull_sentence

LAYOUTS = {**N_LAYOUTS, **N_HELD_LAYOUTS}


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_n_layout_holds_the_article_its_furniture_and_notes(name):
    for article in TUNING:
        page, furniture, notes = LAYOUTS[name](article)
        text = _flat(unescape(lxml.html.fromstring(page).text_content()))
        at = 0
        for para in (article.headline, *article.paragraphs):
            at = text.index(_flat(para), at) + 1  # raises if missing or out of order
        assert len(furniture) >= 12 and all(_flat(f) in text for f in furniture + notes)
        quote = pull_sentence(article)
        assert quote is None or text.count(_flat(quote)) == 2  # the body's sentence and its pull quote
