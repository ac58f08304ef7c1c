"""Dev web set N (tests/ingest/html_layouts_n.py): form only. Each layout gives a page holding the headline and every
paragraph whole and in order, a furniture list whose texts are on the page (a pull quote among them: a sentence of the
body set again), and notes that are on the page too. The readers are scored by `benchmarks/bench_ingest_fidelity.py
--dev-web-n` (tuned) and `--dev-web-n-aside` (kept aside, aggregate only)."""
import pytest

from tests.ingest.articles import TUNING
from tests.ingest.html_layouts_n import N_HELD_LAYOUTS, N_LAYOUTS, pull_sentence
from tests.ingest.layout_form import flat, page_holds

LAYOUTS = {**N_LAYOUTS, **N_HELD_LAYOUTS}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_n_layout_holds_the_article_its_furniture_and_notes(name):
    for article in TUNING:
        page, furniture, notes = LAYOUTS[name](article)
        text = page_holds(page, article, furniture + notes)
        assert len(furniture) >= 12
        quote = pull_sentence(article)
        assert quote is None or text.count(flat(quote)) == 2  # the body's sentence and its pull quote
