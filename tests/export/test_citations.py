"""Citation styles: Chicago notes-bibliography, APA 7 and the house style, with missing fields,
Korean and Russian, and in the exported files read back."""
from __future__ import annotations

import re
import subprocess
import zipfile

import pytest

from briefing_app.core.errors import ExportError
from briefing_app.export import citations, export_memo, ir
from briefing_app.export.citations import STYLES, authors, format_date, initials, split_name

WT = ir.Citation("Russia warns South Korea against sending arms to Ukraine", "The Washington Times", "Ben Wolfgang",
                 "2025-03-03", "https://www.washingtontimes.com/a")
KR = ir.Citation("서울 브리핑 / Брифинг", "연합뉴스", "Ким Мин Су", "2024-11-25")


def _in(c: ir.Citation, style: str, form: str = "full") -> str:
    return citations.format(c, style, form)


def test_styles_offered():
    assert STYLES == {"chicago": "Chicago (notes and bibliography)", "apa": "APA 7", "house": "House style"}
    with pytest.raises(ExportError, match="unknown citation style 'mla' \\(use one of: chicago, apa, house\\)"):
        citations.check_style("mla")


def test_dates():
    assert format_date("2025-03-03", "chicago") == "March 3, 2025"
    assert format_date("2025-03-03", "apa") == "2025, March 3"
    assert format_date("2025-03-03", "house") == "3 March 2025"
    assert format_date("2025-03-03T08:15:00+09:00", "chicago") == "March 3, 2025"
    assert format_date("2025-03", "chicago") == "March 2025" and format_date("2025", "apa") == "2025"
    assert format_date("Monday morning", "chicago") == "Monday morning"  # as given, never dropped
    assert format_date("2025-13-01", "chicago") == "2025-13-01" and format_date(None, "apa") == ""


def test_chicago_full_short_and_bibliography():
    assert _in(WT, "chicago") == ("Ben Wolfgang, “Russia warns South Korea against sending arms to Ukraine,” "
                                  "Washington Times, March 3, 2025.")
    assert _in(WT, "chicago", "short") == "Wolfgang, “Russia warns South Korea.”"
    assert _in(WT, "chicago", "entry") == ("Wolfgang, Ben. “Russia warns South Korea against sending arms to "
                                           "Ukraine.” Washington Times, March 3, 2025.")
    pieces = citations.pieces(WT, "chicago")
    assert ("Washington Times", "i") in pieces  # the newspaper in italics
    assert "".join(t for t, _ in pieces).endswith("March 3, 2025, https://www.washingtontimes.com/a.")


def test_apa_reference_and_in_text_forms():
    assert _in(WT, "apa") == ("Wolfgang, B. (2025, March 3). Russia warns South Korea against sending arms to "
                              "Ukraine. The Washington Times.")
    assert "".join(t for t, _ in citations.pieces(WT, "apa")).endswith("Times. https://www.washingtontimes.com/a")
    assert _in(WT, "apa", "short") == "(Wolfgang, 2025)"


def test_house_style():
    assert _in(WT, "house") == ("Ben Wolfgang, “Russia warns South Korea against sending arms to Ukraine,” "
                                "The Washington Times, 3 March 2025.")
    assert _in(WT, "house", "short") == "The Washington Times, “Russia warns South Korea.”"


@pytest.mark.parametrize("style", list(STYLES))
def test_missing_fields_never_print_none(style):
    for c in (ir.Citation(None), ir.Citation(None, outlet="Tass"), ir.Citation("Only a title"),
              ir.Citation(None, author="Андрей Руденко", date="2025-03-03"), ir.Citation("Why now?", author="A B")):
        for form in citations.FORMS:
            text = _in(c, style, form)
            assert "None" not in text and ",," not in text and ". ." not in text and "  " not in text, (c, form, text)
            assert not text.startswith((",", ".", " ")), text


def test_missing_fields_by_style():
    assert _in(ir.Citation(None, outlet="Tass"), "chicago") == "Tass."
    assert _in(ir.Citation(None, outlet="Tass"), "apa") == "Tass. (n.d.)."
    assert _in(ir.Citation("Why now?", author="Jane Doe"), "chicago") == "Jane Doe, “Why now?”"
    no_author = ir.Citation("Seoul weighs arms", "Yonhap", None, "2025-03-03")
    assert _in(no_author, "apa") == "Seoul weighs arms. (2025, March 3). Yonhap."
    assert _in(no_author, "apa", "short") == "(“Seoul weighs arms,” 2025)"
    assert _in(ir.Citation("T", author="Jane Doe"), "apa") == "Doe, J. (n.d.). T."


def test_korean_and_russian():
    assert _in(KR, "chicago") == "Ким Мин Су, “서울 브리핑 / Брифинг,” 연합뉴스, November 25, 2024."
    assert _in(KR, "apa") == "Ким, М. С. (2024, November 25). 서울 브리핑 / Брифинг. 연합뉴스."  # surname first
    assert _in(ir.Citation("Заявление", author="Андрей Руденко"), "apa") == "Руденко, А. (n.d.). Заявление."
    assert _in(ir.Citation("성명", author="김민수"), "chicago", "entry") == "김민수. “성명.”"


def test_short_titles_end_on_a_word_and_close_their_marks():
    """A Russian title is not cut after a preposition; a mark the cut leaves open is closed at the
    cut (the title's marks kept); double marks inside a title become single ones inside the
    citation's own; straight marks become typographic ones, an apostrophe ’."""
    ru = ir.Citation("Лавров предупредил Сеул о последствиях поставок оружия", author="Иван Петров")
    assert _in(ru, "chicago", "short") == "Петров, “Лавров предупредил Сеул.”"
    ko = ir.Citation('외교부 "러시아의 군사 협력에 단호히 대응"', author="김민수")
    assert _in(ko, "chicago", "short") == "김민수, “외교부 ‘러시아의 군사 협력에’.”"
    ko2 = ir.Citation("尹 '北 도발에 강력 대응' 지시", author="김민수")
    assert _in(ko2, "chicago", "short") == "김민수, “尹 ‘北 도발에 강력’.”"
    assert _in(ir.Citation("「러시아 경고 외교부 대응 방침」 발표"), "chicago", "short").startswith("“「러시아 경고 외교부 대응」")
    en = ir.Citation('Seoul\'s "peace" plan for the peninsula', author="Ben Wolfgang")
    assert _in(en, "chicago", "short") == "Wolfgang, “Seoul’s ‘peace’ plan.”"
    assert _in(ko, "chicago", "entry") == "김민수. “외교부 ‘러시아의 군사 협력에 단호히 대응’.”"


def test_names():
    assert split_name("Ben Wolfgang") == ("Wolfgang", "Ben")
    assert split_name("Wolfgang, Ben") == ("Wolfgang", "Ben")
    assert split_name("Kim Min-su") == ("Kim", "Min-su") and split_name("Lee Jae Myung") == ("Lee", "Jae Myung")
    assert split_name("Ludwig van Beethoven") == ("van Beethoven", "Ludwig")
    assert split_name("Reuters Staff") == ("Reuters Staff", "") and split_name("The Editorial Board")[1] == ""
    assert authors("Ben Wolfgang and Jane Doe") == ["Ben Wolfgang", "Jane Doe"]
    assert authors("Ben Wolfgang, Jane Doe & Kim Min-su") == ["Ben Wolfgang", "Jane Doe", "Kim Min-su"]
    assert initials("Jae-in") == "J.-I."
    two = ir.Citation("T", author="Ben Wolfgang and Jane Doe", date="2025")
    assert _in(two, "apa") == "Wolfgang, B., & Doe, J. (2025). T."
    assert _in(two, "chicago", "short") == "Wolfgang and Doe, “T.”"
    four = ir.Citation("T", author="Ann Ay; Bo Be; Cy Ce; Di De")
    assert _in(four, "chicago").startswith("Ann Ay et al., “T") and _in(four, "chicago", "short").startswith("Ay et al.")
    assert _in(ir.Citation("T", author="Ann Ay; Bo Be; Cy Ce"), "chicago").startswith("Ann Ay, Bo Be, and Cy Ce, “T")


def test_citation_is_cheap():
    import time

    start = time.process_time()
    for _ in range(1000):
        for style in STYLES:
            for form in citations.FORMS:
                citations.format(WT, style, form)
    assert (time.process_time() - start) / 9000 < 0.001  # well under a millisecond a citation


def _pdftotext(path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.mark.parametrize("style, expect", [
    ("apa", "Wolfgang, B. (2024, November 24). Russia warns South Korea against sending arms to Ukraine."),
    ("chicago", "Ben Wolfgang, “Russia warns South Korea against sending arms to Ukraine,” Washington Times, "
                "November 24, 2024."),
    ("house", "The Washington Times, 24 November 2024."),
])
def test_the_chosen_style_reaches_pdf_and_word(tmp_path, memo, lookup, style, expect):
    memo.citation_style = "chicago" if style != "chicago" else "house"
    pdf = export_memo(memo, lookup, tmp_path / "m.pdf", citation_style=style).path
    text = _pdftotext(pdf)
    assert expect.rstrip(".") in text  # Chicago puts the URL before the final period
    assert re.search(r"https://www\.washingtontimes\.com/news/2024/nov/24/russia-warns-south-korea/?\.?", text)
    word = export_memo(memo, lookup, tmp_path / "m.docx", citation_style=style).path
    with zipfile.ZipFile(word) as z:
        xml = z.read("word/footnotes.xml").decode()
    notes = re.sub(r"<[^>]+>", "", xml)
    assert expect.rstrip(".") in notes and (style != "apa" or "(Wolfgang, 2024)" in notes)  # later: short form
    italic = re.findall(r"<w:i/></w:rPr><w:t[^>]*>([^<]*)</w:t>", xml)  # the outlet, where the style says so
    assert italic == ([] if style == "house" else ["Washington Times" if style == "chicago" else "The Washington Times",
                                                   "연합뉴스"])
    assert ">https://www.washingtontimes.com/news/2024/nov/24/russia-warns-south-korea/<" in xml  # a live link


def test_the_memo_style_is_the_default(tmp_path, memo, lookup):
    memo.citation_style = "apa"
    assert "(2024, November 24)" in _pdftotext(export_memo(memo, lookup, tmp_path / "m.pdf").path)
