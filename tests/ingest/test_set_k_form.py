"""Held web set K (tests/ingest/html_layouts_k.py and its second batch, _k2.py): form only. Each layout gives a page
holding the headline and every paragraph whole and in order, and a furniture list whose texts are on the page. No
reader runs here (set K is scored only by `benchmarks/bench_ingest_fidelity.py --set-k / --set-k2`, aggregate only)."""
from html import unescape

import lxml.html
import pytest

from tests.ingest.articles import TUNING
from tests.ingest.html_layouts_k import K_LAYOUTS
from tests.ingest.html_layouts_k2 import K2_LAYOUTS

LAYOUTS = {**K_LAYOUTS, **K2_LAYOUTS}


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_set_k_layout_holds_the_article_and_its_furniture(name):
    assert len(K_LAYOUTS) == len(K2_LAYOUTS) == 4
    for article in TUNING:
        page, furniture = LAYOUTS[name](article)
        text = _flat(unescape(lxml.html.fromstring(page).text_content()))
        at = 0
        for para in (article.headline, *article.paragraphs):
            at = text.index(_flat(para), at) + 1  # raises if missing or out of order
        assert len(furniture) >= 15 and all(_flat(f) in text for f in furniture)
