"""Each format imports faithfully: text as the source has it, metadata, boilerplate ranges."""
import codecs

import pytest

from briefing_app.core.model import SourceDoc
from briefing_app.ingest import read_file, read_pasted_html, supported_suffixes
from briefing_app.ingest.textmap import analysis_view, to_stored
from tests.ingest.fixtures import ARTICLE, make_docx, make_pdf

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title>
<meta property="og:title" content="Russia warns Seoul over arms supplies">
<meta property="og:site_name" content="The Example Times">
<meta property="article:section" content="Opinion">
<link rel="canonical" href="https://example.com/a/1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"OpinionNewsArticle","headline":"Russia warns Seoul over arms supplies",
"author":{"@type":"Person","givenName":"Jane","familyName":"Doe"},"datePublished":"2024-06-21T08:00:00+09:00",
"publisher":{"@type":"Organization","name":"The Example Times"}}]}</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="share">Share on Facebook</div>
<article><h1>Russia warns Seoul over arms supplies</h1>
<p>%s</p><p>%s</p><p>Analysts said the move could deepen the rift between Seoul and Moscow, which had kept working
ties despite the sanctions imposed after the invasion of Ukraine in 2022 and the war that followed.</p></article>
<div class="promo">Sign up for our morning newsletter to get the best stories every day.</div>
<footer>© 2024 The Example Times. All rights reserved.</footer></body></html>""" % (ARTICLE[1], ARTICLE[2])  # noqa: UP031 - the page is full of braces


def hidden(doc: SourceDoc) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.boilerplate]


def test_every_format_is_offered():
    assert {".txt", ".md", ".html", ".htm", ".docx", ".pdf", ".eml"} <= set(supported_suffixes())


def test_html_keeps_the_whole_page_and_hides_the_chrome(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_file(path)
    assert ARTICLE[1] in doc.text and ARTICLE[2] in doc.text
    assert "Share on Facebook" in doc.text, "boilerplate is kept in the text, only hidden"
    gone = " ".join(hidden(doc))
    assert "Share on Facebook" in gone and "newsletter" in gone and "©" in gone
    assert not any(ARTICLE[1][:40] in h for h in hidden(doc))
    assert "Russia warns Seoul over arms supplies" not in gone, "the headline stays visible"
    m = doc.metadata
    assert (m.title, m.author, m.outlet, m.published, m.url, m.genre) == (
        "Russia warns Seoul over arms supplies", "Jane Doe", "The Example Times", "2024-06-21",
        "https://example.com/a/1", "opinion")
    assert doc.media_type == "text/html"


def test_html_charset_declared_in_meta(tmp_path):
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1251"').replace(ARTICLE[1], "Москва предупредила Сеул.")
    path = tmp_path / "ru.htm"
    path.write_bytes(page.encode("cp1251", errors="replace"))
    assert "Москва предупредила Сеул." in read_file(path).text


def test_pasted_html_uses_the_page_path():
    doc = read_pasted_html(PAGE, plain="fallback")
    assert ARTICLE[2] in doc.text and "Share on Facebook" in " ".join(hidden(doc))
    assert read_pasted_html("<html><body></body></html>", plain="Plain words.").text == "Plain words."


def test_docx_paragraphs_tables_and_footnotes(tmp_path):
    doc = read_file(make_docx(tmp_path / "a.docx"))
    for para in ARTICLE:
        assert para in doc.text
    assert "news agency.[1]" in doc.text
    assert "Country | Stance\nRussia | opposed" in doc.text
    assert doc.text.rstrip().endswith("[1] Tass, 20 June 2024.")
    assert doc.metadata.title == "Russia warns Seoul" and doc.metadata.author == "Jane Doe"


def test_pdf_lines_paragraphs_and_running_headers(tmp_path):
    doc = read_file(make_pdf(tmp_path / "a.pdf", pages=3))
    assert doc.media_type == "application/pdf"
    assert ("Paragraph one of page 1 says that the sanctions regime is being reviewed by officials in Seoul "
            "and Moscow, a hyphenated word closes the line.\n\nA second paragraph") in doc.text, "lines joined, hyphen undone"
    assert hidden(doc).count("The Example Times — World") == 3
    assert {"Page 1 of 3", "Page 2 of 3", "Page 3 of 3"} <= set(hidden(doc))
    assert doc.metadata.title == "Russia warns Seoul"


def test_pdf_two_columns_read_left_then_right(tmp_path):
    doc = read_file(make_pdf(tmp_path / "cols.pdf", pages=1, two_columns=True))
    left = doc.text.index("“direct quote about weapons,”"[:20])
    right = doc.text.index("RIGHT Paragraph one")
    assert left < right


def test_pdf_hyphenation_joined_for_analysis_only():
    text = "A hyphen-\nated word, and hyphenated again. The quote-\nmark is “a brea-\nking point,” he said.\n"
    doc = SourceDoc(text=text, media_type="application/pdf")
    view = analysis_view(doc)
    assert "hyphenated word" in view.text and "quote- mark" in view.text  # 'quotemark' never occurs
    from briefing_app.core.model import Analysis, Quote
    q_start = view.text.index("“a brea")
    q_end = view.text.index("point,”") + len("point,”")
    mapped = to_stored(Analysis(quotes=[Quote(q_start, q_end, view.text[q_start:q_end])]), view, text)
    q = mapped.quotes[0]
    assert text[q.start:q.end] == q.text == "“a brea-\nking point,”"


@pytest.mark.parametrize("encoding,sample", [
    ("cp1251", "Москва предупредила Сеул о последствиях поставок оружия."),
    ("koi8_r", "Москва предупредила Сеул о последствиях поставок оружия."),
    ("cp949", "러시아는 한국이 우크라이나에 무기를 공급하면 관계가 파괴될 것이라고 경고했다. 똠"),
    ("euc_kr", "러시아는 한국이 우크라이나에 무기를 공급하면 관계가 파괴될 것이라고 경고했다."),
    ("utf-16-le", "Москва предупредила Сеул. 러시아는 경고했다."),
    ("utf-16-be", "Russia warned Seoul on Thursday about the weapons."),
    ("cp1252", "He said “no deal” — twice… Café."),
])
def test_legacy_encodings_without_bom(tmp_path, encoding, sample):
    path = tmp_path / "a.txt"
    path.write_bytes((sample + "\n").encode(encoding))
    assert read_file(path).text == sample + "\n"


def test_eml_newsletter_html_body(tmp_path):
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "Fwd: Morning briefing"
    msg["From"] = "Korea Desk <desk@example.com>"
    msg["Date"] = "Fri, 21 Jun 2024 07:00:00 +0900"
    msg.set_content("plain version")
    msg.add_alternative(PAGE, subtype="html")
    path = tmp_path / "n.eml"
    path.write_bytes(bytes(msg))
    doc = read_file(path)
    assert ARTICLE[2] in doc.text and doc.boilerplate
    assert doc.metadata.published == "2024-06-21" and doc.metadata.author in ("Jane Doe", "Korea Desk")
    assert doc.metadata.title in ("Morning briefing", "Russia warns Seoul over arms supplies")


def test_utf8_bom_and_crlf_still_normalised(tmp_path):
    path = tmp_path / "b.txt"
    path.write_bytes(codecs.BOM_UTF8 + "a\r\nб\r\n".encode())
    assert read_file(path).text == "a\nб\n"
