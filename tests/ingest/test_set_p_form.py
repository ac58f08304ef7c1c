"""Web set P (tests/ingest/html_layouts_p.py, articles in articles_p.py): form only. Each layout gives a page holding the
headline and every paragraph whole and in order, a furniture list whose texts are on the page, notes on the page too,
and furniture worded differently between articles; the split is the fixed CRC-32 rule. The readers are scored by
`benchmarks/bench_ingest_fidelity.py --dev-web-p` (tuned) and `--dev-web-p-aside` (kept aside, aggregate only)."""
import pytest

from tests.ingest.articles_p import ARTICLES
from tests.ingest.html_layouts_p import (ALL_LAYOUTS, P_ASIDE_ARTICLES, P_HELD_LAYOUTS, P_LAYOUTS,
                                         P_TUNED_ARTICLES)
from tests.ingest.layout_form import every_page_holds, furniture_wordings


@pytest.mark.parametrize("name", sorted(ALL_LAYOUTS))
def test_set_p_layout_holds_the_article_its_furniture_and_notes(name):
    every_page_holds(ALL_LAYOUTS[name], ARTICLES, min_furniture=6)


@pytest.mark.parametrize("name", sorted(ALL_LAYOUTS))
def test_set_p_furniture_wording_varies_between_articles(name):
    assert furniture_wordings(ALL_LAYOUTS[name], ARTICLES) >= 2


def test_set_p_split_is_the_fixed_rule():
    assert sorted(P_HELD_LAYOUTS) == ["blogger", "cookie-center", "translated", "video-player"]
    assert len(P_LAYOUTS) == 8 and len(P_TUNED_ARTICLES) == 4
    assert [a.byline for a in P_ASIDE_ARTICLES] == ["By Rhona MacAskill", "By Sofia Marchetti"]
