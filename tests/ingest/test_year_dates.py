"""A web page's date that is only a year ('© 2026', 'since 2019' in the text) is no date: trafilatura's date finder
fills a bare year out to 1 January. A 1 January the page states is kept, and so is any other date."""
from __future__ import annotations

import pytest

from briefing_app.ingest import read_file
from briefing_app.ingest.year_dates import year_only

PAGE = ("<html><head><title>Port strike enters third week | Harbour Times</title></head><body><article>"
        "<h1>Port strike enters third week</h1><p class='byline'>By Jean Roy{date}</p>"
        "<p>Dockworkers will stay off the job until the shipping companies return to the table, their union said.</p>"
        "<p>The union has led the port's workers since 2019 and has not struck since 2011.</p>"
        "<p>Talks are expected to resume next week, a mediator said on Tuesday.</p></article>"
        "<footer>© 2026 Harbour Times. All rights reserved.</footer></body></html>")


@pytest.mark.parametrize("stated", ["2026-01-01", "January 1, 2026", "Jan. 1, 2026", "1 January 2026", "01/01/2026",
                                    "Jan 1st, 2026"])
def test_a_first_of_january_the_page_states_is_a_date(stated: str) -> None:
    assert not year_only("2026-01-01", f"<p>Updated {stated}</p>")


@pytest.mark.parametrize("page", ["© 2026 Harbour Times", "since 2026", "January 12, 2026", "11/01/2026", "2026-01-011"])
def test_a_year_alone_is_no_first_of_january(page: str) -> None:
    assert year_only("2026-01-01", page)


def test_other_dates_are_kept_as_found() -> None:
    assert not year_only("2026-03-04", "© 2026")
    assert not year_only(None, "© 2026")


def test_a_page_with_a_copyright_year_and_no_date_has_no_date(tmp_path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(PAGE.format(date=""), encoding="utf-8")
    assert read_file(path).metadata.published is None


def test_a_page_that_states_its_date_keeps_it(tmp_path) -> None:
    path = tmp_path / "strike.html"
    path.write_text(PAGE.format(date=" | March 3, 2026"), encoding="utf-8")
    assert read_file(path).metadata.published == "2026-03-03"
    path.write_text(PAGE.format(date=" | January 1, 2026"), encoding="utf-8")
    assert read_file(path).metadata.published == "2026-01-01"
