"""Held web set K (tests/ingest/html_layouts_k.py): form only. Each layout gives a page holding the headline and
every paragraph whole and in order, and a furniture list whose texts are on the page. No reader runs here (set K is
scored only by `benchmarks/bench_ingest_fidelity.py --set-k`, aggregate only)."""
from html import unescape

import lxml.html
import pytest

from tests.ingest.articles import TUNING
from tests.ingest.html_layouts_k import K_LAYOUTS


def _flat(s: str) -> str:
    return "".join(s.split())


@pytest.mark.parametrize("name", sorted(K_LAYOUTS))
def test_set_k_layout_holds_the_article_and_its_furniture(name):
    assert len(K_LAYOUTS) == 4
    for article in TUNING:
        page, furniture = K_LAYOUTS[name](article)
        text = _flat(unescape(lxml.html.fromstring(page).text_content()))
        at = 0
        for para in (article.headline, *article.paragraphs):
            at = text.index(_flat(para), at) + 1  # raises if missing or out of order
        assert len(furniture) >= 15 and all(_flat(f) in text for f in furniture)
