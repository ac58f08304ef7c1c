"""Dev web set O (tests/ingest/html_layouts_o.py and its second batch, html_layouts_o2.py): form only. Each layout
gives a page holding the headline and every
paragraph whole and in order, a furniture list whose texts are on the page, notes that are on the page too, and
furniture whose wording differs between articles. The readers are scored by `benchmarks/bench_ingest_fidelity.py
--dev-web-o` (tuned) and `--dev-web-o-aside` (kept aside, aggregate only)."""
from html import unescape

import lxml.html
import pytest

from tests.ingest.articles import HELD_OUT, TUNING
from tests.ingest.html_layouts_o import O_HELD_LAYOUTS, O_LAYOUTS
from tests.ingest.html_layouts_o2 import O2_HELD_LAYOUTS, O2_LAYOUTS

LAYOUTS = {**O_LAYOUTS, **O_HELD_LAYOUTS, **O2_LAYOUTS, **O2_HELD_LAYOUTS}


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_o_layout_holds_the_article_its_furniture_and_notes(name):
    for article in TUNING:
        page, furniture, notes = LAYOUTS[name](article)
        text = _flat(unescape(lxml.html.fromstring(page).text_content()))
        at = 0
        for para in (article.headline, *article.paragraphs):
            at = text.index(_flat(para), at) + 1  # raises if missing or out of order
        assert len(furniture) >= 6 and all(_flat(f) in text for f in furniture + notes)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_o_furniture_wording_varies_between_articles(name):
    seen = {frozenset(LAYOUTS[name](article)[1]) - {article.headline} for article in TUNING + HELD_OUT}
    assert len(seen) >= 3
