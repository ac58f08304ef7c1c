"""Kinds of error found by the broad measure of saved web pages (`bench_real_pages.py --broad`: trafilatura's ~990
evaluation pages, session 19), each in small synthetic pages of the same form, with near misses that must stay as they
were."""
from __future__ import annotations

import time

import pytest

from briefing_app.ingest.htmlchrome import LEAD_ALONE, LEAD_INS
from briefing_app.ingest.htmllines import APPEAL_END, PAGER
from tests.ingest.test_html_real_kinds import BODY, page, whole
from tests.ingest.test_html_furniture import visible_paragraphs


# a page of old table layout with thousands of spaces before its text: the lead-in patterns tried every split of the
# run between two "\s*" (minutes per element, so the import refused the page)
@pytest.mark.parametrize("run", [" " * 30000, "\n" * 30000, " \n\t" * 10000, "\xa0" * 30000])
def test_a_long_run_of_spaces_is_read_in_linear_time(run):
    start = time.process_time()
    assert LEAD_INS.match(run + "Weather") is None
    assert LEAD_ALONE.fullmatch(run + "Weather") is None
    assert time.process_time() - start < 1.0


def test_a_table_page_with_a_long_run_of_spaces_is_read():
    links = " ".join(f"<a href='/s{n}'>Section {n}</a>" for n in range(4))
    table = f"<table><tr><td>{' ' * 30000}{links}</td></tr><tr><td>{' ' * 30000}<div>{BODY}</div></td></tr></table>"
    start = time.process_time()
    shown = visible_paragraphs(page(table))
    assert time.process_time() - start < 5.0
    assert whole(shown)


# the same lead-ins as before, marks and spaces around them in every form
@pytest.mark.parametrize("text", ["Read more: the story", "» Read more: the story", "  »» Related: x", "→  See also | x",
                                 "\n  Читайте также: x"])
def test_lead_ins_with_or_without_marks_still_match(text):
    assert LEAD_INS.match(text)


@pytest.mark.parametrize("text", ["Readers wrote: x", "»»» Read more: x", "Reading is good: x"])
def test_near_misses_are_no_lead_ins(text):
    assert not LEAD_INS.match(text)


@pytest.mark.parametrize("label", ["Read more", " » Related ", "Смотрите также", "— See also:"])
def test_a_label_alone_still_matches(label):
    assert LEAD_ALONE.fullmatch(label)


# found by trying every pattern of the reader on such runs: a pager's pattern split a run of digits every way (doubling
# by each digit: a line of 25 digits and a letter took seconds, 60 would never end), an appeal's tail a run of marks
@pytest.mark.parametrize("line", ["1" * 60 + "x", " 1" * 30 + "x", "»" * 20000 + "x", "1." * 30 + "x"])
def test_a_pager_line_is_read_in_linear_time(line):
    start = time.process_time()
    assert PAGER.fullmatch(line) is None
    assert APPEAL_END.fullmatch(line) is None
    assert time.process_time() - start < 1.0


@pytest.mark.parametrize("line", ["« Prev 1 2 3 Next »", "← Previous page Next page →", "1 | 2 | 3 | 10 | 11", "Назад Далее",
                                  "이전 다음", "2019"])
def test_pagers_still_match(line):
    assert PAGER.fullmatch(line)


@pytest.mark.parametrize("line", ["Next week", "Page 2 of the report", "1 2 3 go"])
def test_near_misses_are_no_pagers(line):
    assert not PAGER.fullmatch(line)


@pytest.mark.parametrize("tail", ["", " today.", " now!", "  here »", "!!"])
def test_appeal_ends_still_match(tail):
    assert APPEAL_END.fullmatch(tail)


@pytest.mark.parametrize("tail", [" to keep us going.", " today and tomorrow"])
def test_an_appeal_end_with_words_is_none(tail):
    assert not APPEAL_END.fullmatch(tail)
