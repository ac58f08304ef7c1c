"""A wire story's opening credit (dateline, agency, reporter) ends where the lede's content starts."""
from __future__ import annotations

import pytest

from briefing_app.analysis.datelines import opening_end


@pytest.mark.parametrize("line, content", [
    ("SEOUL, Dec. 3 (Yonhap) -- South Korea and the United States agreed", "South Korea and the United States agreed"),
    ("MOSCOW, March 5 (Reuters) - Russia is ready to hold talks", "Russia is ready to hold talks"),
    ("WASHINGTON — The Senate passed a stopgap spending bill", "The Senate passed a stopgap spending bill"),
    ("DALLAS (AP) — Democratic presidential candidate Martin O’Malley", "Democratic presidential candidate Martin O’Malley"),
    ("МОСКВА, 14 ноября. Министр иностранных дел России Сергей Лавров заявил",
     "Министр иностранных дел России Сергей Лавров заявил"),
    ("МОСКВА, 5 марта. /ТАСС/. Россия ответит на новые санкции", "Россия ответит на новые санкции"),
    ("МОСКВА, 5 дек — РИА Новости. Россия ответит", "Россия ответит"),
    ("(서울=연합뉴스) 김수연 기자 = 정부는 3일 북한의 미사일 발사에 대해", "정부는 3일 북한의 미사일 발사에 대해"),
    ("(서울=연합뉴스) 조현 외교부 장관은 10일", "조현 외교부 장관은 10일"),
    ("PASADENA, Calif., Jan. 1 (UPI) — A handful of skywriters", "A handful of skywriters"),
    ("WASHINGTON ― After bragging for a year", "After bragging for a year"),
    ("Washington (AFP) – Donald Trump is bent on securing", "Donald Trump is bent on securing"),
    # no dateline: the line is kept whole
    ("The Senate passed a stopgap spending bill", "The Senate passed a stopgap spending bill"),
    ("NATO allies agreed on Tuesday to raise spending", "NATO allies agreed on Tuesday to raise spending"),
    ("U.S. officials said the talks would resume", "U.S. officials said the talks would resume"),
    ("Россия ответит на новые санкции", "Россия ответит на новые санкции"),
    ("Bernie Sanders met privately with Pope Francis (the capstone) – on Saturday", "Bernie Sanders met privately "
     "with Pope Francis (the capstone) – on Saturday"),
    ("Washington, the capital, is quiet - for now", "Washington, the capital, is quiet - for now"),
    ("The U.S. (Reuters) report", "The U.S. (Reuters) report"),
])
def test_the_content_starts_after_the_dateline(line, content):
    text = "Headline\n\n" + line + "\n"
    start = text.index(line)
    assert text[opening_end(text, start, start + len(line)):start + len(line)] == content


def test_a_line_that_is_only_a_dateline_is_kept():
    text = "WASHINGTON —"
    assert opening_end(text, 0, len(text)) == 0
