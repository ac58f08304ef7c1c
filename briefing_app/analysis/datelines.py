"""Where an article's opening credit ends: the dateline and agency a wire story's lede starts
with, so that what follows is the lede's content.

- English: subjects.DATELINE_RE ("WASHINGTON — ", "SEOUL, Dec. 3 (Yonhap) -- ", "DALLAS (AP) — "),
  then the wire forms it leaves (EN_WIRE_RE).
- Russian: the city and date, then the agency if credited ("МОСКВА, 5 марта. /ТАСС/. ",
  "МОСКВА, 14 ноября. ", "МОСКВА, 5 дек — РИА Новости. ").
- Korean: the agency's credit and the reporter ("(서울=연합뉴스) 김수연 기자 = ").

RU_PLACE_DATE and KO_CREDIT are also genre_ru_ko's agency cues.
"""
from __future__ import annotations

import re

from briefing_app.analysis.subjects import DATELINE_RE
from briefing_app.core.model import Quote

# what subjects.DATELINE_RE (tuned for speakers' clauses) leaves: a state and a date after the city
# ("PASADENA, Calif., Jan. 1 (UPI) — "), a horizontal bar ("WASHINGTON ― "), a city in mixed case
# before its agency ("Washington (AFP) – ")
EN_WIRE_RE = re.compile(r"(?:[A-Z][A-Z .'-]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=(?:,[^\n()]{1,30})?[ \t]*\())"
                        r"(?:,[^\n—–―()]{1,30})?[ \t]*(?:\([A-Z][A-Za-z ]{1,20}\)[ \t]*)?(?:[—–―]+|-{1,2}(?=[ \t]))[ \t]*")
RU_PLACE_DATE = r"[А-ЯЁ][А-ЯЁ -]{2,30},\s*\d{1,2}\s+[а-яё]{3,8}\.?"  # "МОСКВА, 5 марта", "МОСКВА, 5 дек."
KO_CREDIT = r"\([가-힣]+=[가-힣0-9]+\)|[가-힣]{2,4}\s기자\s?="  # "(서울=연합뉴스)", "김수연 기자 ="

RU_DATELINE_RE = re.compile(RU_PLACE_DATE + r"[ \t]*(?:/[^/\n]{2,20}/\.?|[—–-]+[ \t]*[А-ЯЁA-Z][\w -]{1,20}?\.)?[ \t]*")
KO_DATELINE_RE = re.compile(r"(?:(?:" + KO_CREDIT + r")[ \t]*)+")


def opening_end(text: str, start: int, end: int) -> int:
    """Where the content of the paragraph text[start:end] starts: after its dateline, if any."""
    for pattern in (DATELINE_RE, EN_WIRE_RE, RU_DATELINE_RE, KO_DATELINE_RE):
        m = pattern.match(text, start, end)
        if m and m.end() < end:
            return m.end()
    return start


def trim_openings(quotes: list[Quote], text: str) -> None:
    """Reported speech that starts a paragraph starts after its dateline ("WASHINGTON (Reuters) - The Senate
    will vote ..., a spokesman said": the content is "The Senate will vote ...")."""
    for q in quotes:
        if q.kind == "indirect" and (q.start == 0 or text[q.start - 1] == "\n"):
            s = opening_end(text, q.start, q.end)
            if s > q.start:
                q.start, q.text = s, text[s:q.end]


__all__ = ["KO_CREDIT", "RU_PLACE_DATE", "opening_end", "trim_openings"]
