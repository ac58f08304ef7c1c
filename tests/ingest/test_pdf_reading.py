"""PDFs read as a person reads them: furniture marked (never deleted), paragraphs whole,
headlines whole, columns in order, hyphens undone, quotes whole across page breaks."""
from __future__ import annotations

import pytest

from briefing_app.core.model import SourceDoc
from briefing_app.ingest import read_file
from briefing_app.workflow.importing import analyse_doc
from tests.ingest.articles import GRAIN, LEDGER, Article
from tests.ingest.pdf_builder import Style, build_pdf

HEADER = "THE DAILY LEDGER · POLITICS"


def page_texts(path) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def visible(doc: SourceDoc) -> list[str]:
    """The paragraphs a reader sees, boilerplate hidden."""
    chars = list(doc.text)
    for s in doc.boilerplate:
        chars[s.start:s.end] = ["\0"] * (s.end - s.start)
    return [p.strip() for p in "".join(chars).replace("\0", "").split("\n\n") if p.strip()]


def hidden(doc: SourceDoc) -> list[str]:
    return [doc.text[s.start:s.end] for s in sorted(doc.boilerplate, key=lambda s: s.start)]


def expected(article: Article) -> list[str]:
    return [article.headline, article.byline, *article.paragraphs]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = build_pdf(tmp_path_factory.mktemp("pdf") / "ledger.pdf", LEDGER, Style(two_columns={3}, page=(340, 448)))
    return path, read_file(path), page_texts(path)


def test_four_page_article_comes_in_whole(ledger):
    path, doc, pages = ledger
    assert len(pages) == 4
    assert visible(doc) == expected(LEDGER)
    assert hidden(doc) == [x for n in range(1, 5) for x in (HEADER, f"Page {n} · dailyledger.example.com")]


def test_furniture_is_kept_in_the_text_between_paragraphs(ledger):
    _, doc, _ = ledger
    for s in doc.boilerplate:
        assert doc.text[s.start - 2:s.start] in ("", "\n\n") and doc.text[s.end:s.end + 2] in ("\n\n", "\n")


def test_the_two_line_headline_is_one_paragraph_and_the_title(ledger):
    _, doc, pages = ledger
    assert pages[0].startswith("Lawmakers clash over the\r\nfuture of"), "the PDF draws the headline over lines"
    assert doc.metadata.title == LEDGER.headline


def test_hyphenation_undone_and_soft_breaks_joined(ledger):
    _, doc, pages = ledger
    raw = "".join(pages)
    assert "\ufffe" in raw, "the PDF hyphenates words at line ends (PDFium marks them U+FFFE)"
    assert "estimated in a report" in doc.text and "Atlantic fleet" in doc.text
    assert "long-range" in doc.text, "a compound keeps its hyphen"
    assert "\n" not in "".join(visible(doc))


def test_a_quote_across_a_page_break_stays_one_quote(ledger):
    _, doc, pages = ledger
    flat = [" ".join(p.replace("\x02", "").split()) for p in pages]
    crossing = ("“What you cannot do is tell the people who run these stations to wait another budget cycle for "
                "parts they needed yesterday, and then expect them to be ready when something actually happens.”")
    assert not any(crossing[:40] in p and crossing[-30:] in p for p in flat), "this quote runs over a page break"
    assert crossing in doc.text
    found = [q.text for q in analyse_doc(doc).quotes]
    assert any(len(q) > len(crossing) - 5 and q in crossing for q in found), found


def test_two_columns_read_in_column_order(ledger):
    _, doc, _ = ledger
    text = doc.text
    assert text.index("The full committee is scheduled") < text.index("For communities along the coast") < \
        text.index("“People here understand")


@pytest.mark.parametrize("style", [
    Style(paragraph="indent", header="Politics", footer="{n}", page=(300, 420), hyphenate=False),
    Style(header="6/20/24, 9:15 AM", header_right="Ministers agree to extend grain corridor",
          footer="https://grain.example.org/news/2024/06/corridor {n}/{total}", page=(420, 300)),
    Style(justify=True, paragraph="both", body_size=10, leading=12.5, two_columns={2, 3}, page=(340, 330)),
    Style(justify=True, body_font="Helvetica", body_size=9, leading=11.5, two_columns={1, 2, 3}, page=(460, 280),
          header="Weekly Review", header_right="Opinion", footer="— {n} —"),
], ids=["indent-page-numbers", "browser-print", "justified-indented-and-spaced", "justified-two-columns"])
def test_other_layouts(tmp_path, style):
    path = build_pdf(tmp_path / "grain.pdf", GRAIN, style)
    doc = read_file(path)
    assert len(page_texts(path)) >= 2
    assert visible(doc) == expected(GRAIN)
    assert len(hidden(doc)) >= 2 * len(page_texts(path))


def test_single_page_number_is_boilerplate(tmp_path):
    path = build_pdf(tmp_path / "one.pdf", Article("Short note", "By A. Writer", ["One paragraph only."]),
                     Style(header=None, footer="Page {n} of {total}"))
    doc = read_file(path)
    assert visible(doc) == ["Short note", "By A. Writer", "One paragraph only."]
    assert hidden(doc) == ["Page 1 of 1"]


@pytest.mark.parametrize("left,right,words,drop", [
    ("adminis", "tration", "the administration said", True),  # the joined word occurs elsewhere
    ("sched", "uled", "nothing else", True),  # a fragment: a typesetter's hyphen
    ("long", "range", "the full range of", False),  # a compound
    ("anti", "cipation", "nothing else", True),  # "anti" heads compounds, but "cipation" is no word
    ("anti", "American", "", False),  # a capital after the hyphen
    ("FACEB", "OOK", "", True),  # a line of capitals
])
def test_line_end_hyphens(left, right, words, drop):
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import WORD, drop_hyphen as _drop_hyphen

    vocab = Counter(w.lower() for w in WORD.findall(words))  # the break's own pieces are not counted
    assert _drop_hyphen(left, right, vocab) is drop


@pytest.mark.parametrize("style", [Style(two_columns={3}), Style(two_columns={1, 2, 3, 4}, paragraph="indent",
                                                                  page=(520, 400), header_right="June 21")])
def test_no_letter_is_lost_or_made_up(tmp_path, style):
    """Every letter and digit on the pages is in the text, and nothing else (reading order,
    furniture and joins move and drop only spaces, line breaks and hyphens)."""
    from collections import Counter

    path = build_pdf(tmp_path / "a.pdf", LEDGER, style)
    doc = read_file(path)
    on_pages = Counter(ch for page in page_texts(path) for ch in page if ch.isalnum())
    assert Counter(ch for ch in doc.text if ch.isalnum()) == on_pages


RU = Article("Москва предупредила Сеул о последствиях поставок оружия Украине", "Анна Иванова", [
    "МОСКВА — Заместитель министра иностранных дел России Андрей Руденко заявил в воскресенье, что "
    "поставки южнокорейского оружия Украине разрушат отношения между двумя странами.",
    "«Сеул должен понимать, что это уничтожит наши отношения», — сказал Руденко в интервью агентству "
    "ТАСС, добавив, что Москва ответит всеми способами, которые сочтёт необходимыми.",
    "Южная Корея рассматривает ответ на переброску северокорейских войск в Россию; по данным разведки, "
    "речь идёт о нескольких тысячах военнослужащих, которые уже проходят подготовку на Дальнем Востоке.",
] * 3)
KO = Article("러시아, 한국의 우크라이나 무기 지원에 경고", "김민수 기자", [
    "러시아 외무차관은 일요일 한국이 우크라이나에 무기를 공급하면 양국 관계가 파괴될 것이라고 경고했다.",
    "그는 타스 통신과의 인터뷰에서 “서울은 이것이 우리 관계를 파괴할 것임을 이해해야 한다”고 말했다.",
    "한국 정부는 북한군의 러시아 파병에 대한 대응을 검토하고 있으며 여러 선택지를 열어 두고 있다고 밝혔다.",
] * 4)


@pytest.mark.parametrize("article,regular,bold", [
    (RU, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    (KO, "NanumGothic-Regular.ttf", "NanumGothic-Bold.ttf"),
], ids=["russian", "korean"])
def test_russian_and_korean_articles(tmp_path, article, regular, bold):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefing_app.core.paths import resources_dir

    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(f"T-{regular}", str(fonts / regular)))
    pdfmetrics.registerFont(TTFont(f"T-{bold}", str(fonts / bold)))
    style = Style(body_font=f"T-{regular}", head_font=f"T-{bold}", small_font=f"T-{regular}",
                  byline_font=f"T-{regular}", header="ЕЖЕДНЕВНЫЙ ВЕСТНИК" if article is RU else "데일리 뉴스")
    path = build_pdf(tmp_path / "a.pdf", article, style)
    doc = read_file(path)
    assert len(page_texts(path)) >= 2
    assert visible(doc) == expected(article)


def test_a_printed_web_page_comes_in_with_its_menus_hidden(tmp_path):
    """A browser's print of a web page: the site's menu, breadcrumb and share line above the
    headline and related links and copyright after the text are hidden once imported (the
    reader's boilerplate and the analysis's together), the article is whole."""
    from tests.ingest.fidelity import check
    from tests.ingest.pdf_styles import styles

    style = styles(GRAIN)["web-print"]
    path = build_pdf(tmp_path / "printed.pdf", GRAIN, style)
    assert check(path, GRAIN, [*style.top_chrome, *style.end_chrome]) == []


def test_left_and_right_pages_running_headers_in_small_capitals_are_furniture(tmp_path):
    """A left page's header names the paper, a right page's the section, in small capitals (runs
    of two sizes); page numbers at the outer corner. Each header is on every other page only, so
    its text does not repeat on half the pages: its place and print do."""
    style = Style(page=(340, 1000), header="The Daily Ledger", verso_header="Politics and Policy", small_caps=True,
                  footer="{n}", outer_numbers=True)
    path = build_pdf(tmp_path / "verso.pdf", LEDGER, style)
    doc = read_file(path)
    assert len(page_texts(path)) in (2, 3)  # the right page's header on one page only
    assert visible(doc) == expected(LEDGER)
    assert {" ".join(h.split()) for h in hidden(doc)} >= {"THE DAILY LEDGER", "POLITICS AND POLICY", "1", "2"}


@pytest.mark.parametrize("columns", [1, 3])
def test_a_pull_quote_is_furniture_and_the_paragraph_around_it_stays_whole(tmp_path, columns):
    """A sentence of the article repeated in large italics between two paragraphs (or inside one
    that runs on around it) is hidden; the article's own sentence stays where it is."""
    quote = " ".join(LEDGER.paragraphs[6].split()[:14])
    style = Style(page=(200 * columns + 72, 520), two_columns=set(range(1, 20)) if columns > 1 else set(),
                  columns=columns, gutter=10, pull_quote=(6, quote))
    doc = read_file(build_pdf(tmp_path / "pull.pdf", LEDGER, style))
    assert visible(doc) == expected(LEDGER)
    assert " ".join(" ".join(hidden(doc)).split()).count(quote.split()[0]) == 1
    assert quote.replace(" ", "") in "".join("".join(hidden(doc)).split())


def test_a_pull_quote_of_three_words_that_are_a_whole_sentence_is_furniture(tmp_path):
    """"This is grotesque." is a sentence of the text, repeated large: a pull quote, hidden; a
    short line that is no whole sentence of the text (a subheading's words) is not."""
    from briefing_app.ingest.pdf_layout import _whole_sentence

    paragraphs = list(LEDGER.paragraphs)
    paragraphs[6] = "This is grotesque. " + paragraphs[6]
    article = Article(LEDGER.headline, LEDGER.byline, paragraphs)
    doc = read_file(build_pdf(tmp_path / "short.pdf", article, Style(page=(340, 520), pull_quote=(6, "This is grotesque"))))
    assert visible(doc) == expected(article)
    assert "This is grotesque" in hidden(doc)
    assert not _whole_sentence("The coastal defence budget", " ".join(paragraphs))
    assert not _whole_sentence("Nobody is abandoning", " ".join(paragraphs))


def test_a_figure_called_out_large_is_furniture_and_a_one_word_subheading_is_not(tmp_path):
    """A figure of the text set large between the paragraphs ("£241", "41%", "1.") is a pull quote,
    hidden; a one-word subheading set large has letters and stays visible."""
    from briefing_app.ingest.pdf_layout import _figure

    paragraphs = list(LEDGER.paragraphs)
    paragraphs[6] = "The bill came to £241. " + paragraphs[6]
    article = Article(LEDGER.headline, LEDGER.byline, paragraphs)
    doc = read_file(build_pdf(tmp_path / "figure.pdf", article, Style(page=(340, 520), pull_quote=(6, "£241"))))
    assert visible(doc) == expected(article)
    assert "£241" in hidden(doc)
    assert _figure("41%") and _figure("1.") and not _figure("Background") and not _figure("2024 budget")


def test_a_lone_pages_header_about_the_size_of_the_text_is_furniture(tmp_path):
    """One page, its body set small (8 pt) in three columns: the running header (7.5 pt) is not
    small print beside it, but it is set apart from the text at the top of the page."""
    style = Style(page=(560, 700), two_columns={1}, columns=3, gutter=10, body_size=8, leading=10,
                  header="WORLD · BRIEFING", header_right="1 May 2024", footer=None)
    path = build_pdf(tmp_path / "lone.pdf", GRAIN, style)
    assert len(page_texts(path)) == 1
    doc = read_file(path)
    assert visible(doc) == expected(GRAIN)
    assert hidden(doc) == ["WORLD · BRIEFING", "1 May 2024"]


def test_a_number_split_off_a_justified_line_near_the_bottom_is_no_page_number():
    """Justified text splits a line into runs at its wide spaces; a year standing as a run of
    its own on the body's baseline near the page's foot is text, not a page number."""
    from briefing_app.ingest.pdf_chars import Run
    from briefing_app.ingest.pdf_layout import compose

    def line(y: float, *words: tuple[float, str]) -> list[Run]:
        return [Run(x, x + 6 * len(w), y, 10.0, False, w, 6 * len(w.split()[0])) for x, w in words]

    body = [line(600 - 13 * k, (36, "The forest act was passed in 2009 and since then one million")) for k in range(41)]
    last = line(60, (36, "hectares were destroyed between"), (240, "2008"), (300, "and"))
    page = [r for rs in body for r in rs] + last + [Run(200, 206, 20, 8.0, False, "1", 6.0)]
    text, boilerplate, _ = compose([(page, 400, 700)])
    assert "between 2008 and" in " ".join(text.split())
    assert [text[s.start:s.end] for s in boilerplate] == ["1"]
