"""Dev web set O (tests/ingest/html_layouts_o.py and its second batch, html_layouts_o2.py): form only. Each layout
gives a page holding the headline and every
paragraph whole and in order, a furniture list whose texts are on the page, notes that are on the page too, and
furniture whose wording differs between articles. The readers are scored by `benchmarks/bench_ingest_fidelity.py
--dev-web-o` (tuned) and `--dev-web-o-aside` (kept aside, aggregate only)."""
import pytest

from tests.ingest.articles import HELD_OUT, TUNING
from tests.ingest.html_layouts_o import O_HELD_LAYOUTS, O_LAYOUTS
from tests.ingest.html_layouts_o2 import O2_HELD_LAYOUTS, O2_LAYOUTS
from tests.ingest.layout_form import page_holds

LAYOUTS = {**O_LAYOUTS, **O_HELD_LAYOUTS, **O2_LAYOUTS, **O2_HELD_LAYOUTS}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_o_layout_holds_the_article_its_furniture_and_notes(name):
    for article in TUNING:
        page, furniture, notes = LAYOUTS[name](article)
        page_holds(page, article, furniture + notes)
        assert len(furniture) >= 6


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_o_furniture_wording_varies_between_articles(name):
    seen = {frozenset(LAYOUTS[name](article)[1]) - {article.headline} for article in TUNING + HELD_OUT}
    assert len(seen) >= 3
