"""A page's date that is only a year: trafilatura (htmldate's extensive search) turns a bare year anywhere in the
page ("© 2026 Harbour Times", "who has led the union since 2019") into that year's 1 January. A "YYYY-01-01" date is
kept only when the page states that day (in any usual form); otherwise the page has no known date."""
from __future__ import annotations

import re

MONTHS = r"(?:January|Jan\.?)"


def stated_day_pattern(year: str) -> re.Pattern[str]:
    """The forms of 1 January of `year` a page may state: ISO and numeric, 'January 1, 2026', '1 January 2026'."""
    return re.compile(rf"(?<!\d){year}[-/.]0?1[-/.]0?1(?!\d)|(?<!\d)0?1[-/.]0?1[-/.]{year}(?!\d)|(?<!\d){year}0101(?!\d)"
                      rf"|\b{MONTHS}\s+1(?:st)?,?\s+{year}\b|(?<!\d)1(?:st)?\s+{MONTHS}\s*,?\s+{year}\b", re.I)


def year_only(date: str | None, page: str) -> bool:
    """Is `date` a 1 January the page never states (a year the date finder filled out)?"""
    if not date or not date.endswith("-01-01"):
        return False
    return stated_day_pattern(date[:4]).search(page) is None
