"""Check a written file, not just the memo before it: every quote is in it, verbatim and in order.

The memo's quotes are verified against their sources before export (verify.py); this reads
back what was actually rendered. For a PDF (reportlab or LibreOffice route) the text comes
from pypdfium2 and every font must be embedded; for a .docx it is the visible text of the
body. Each direct quote of the document (a paraphrase prints no quotation and is skipped)
must be found in memo order, up to whitespace and quote marks (verify.pattern); a quote
that a page break cuts in two, with the page's banners and notes in between, still counts.

    check_pdf(data, doc, label)   # ExportError naming the first quote missing, or an unembedded font
    check_docx(data, doc, label)
"""
from __future__ import annotations

import io
import re
import threading
import unicodedata
from typing import Any

from briefing_app.core.errors import ExportError
from briefing_app.export import ir
from briefing_app.export.fonts import bundled_coverage
from briefing_app.export.verify import pattern

_PDFIUM = threading.Lock()  # pdfium is not thread-safe; exports may run on worker threads
# soft hyphens and BOMs go; pdfium reads a hyphen ending a line as \x02 and joins the lines: neither
# renderer hyphenates on its own, so such a hyphen is the text's own ("long-term")
_MAP = {**dict.fromkeys(map(ord, "\u00ad\ufffe\ufeff")), 0x02: "-"}
_HYPHEN_BREAK = re.compile(r"(\w-)[ \t]*\r?\n\s*")  # "long-\nterm": a line broken after a hyphen
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAIL_WINDOW = 400  # characters of the next page's top (banner, heading) before a quote's tail


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_MAP)
    return _HYPHEN_BREAK.sub(r"\1", text)


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "…"


def _expected(doc: ir.Document) -> list[ir.QuoteBlock]:
    return [q for q in doc.quotes() if not q.paraphrase and q.display.strip()]


def _head(words: list[str], text: str, start: int, top: bool) -> int:
    """The most leading words found in the text from `start` (on a continued page: beginning
    within its top window). Found-ness only shrinks as words are added, so a binary search does."""
    def found(k: int) -> bool:
        m = pattern(" ".join(words[:k])).search(text, start)
        return m is not None and (not top or m.start() <= _TAIL_WINDOW)

    low, high = 0, len(words) - 1  # the whole quote is not on this page (looked for already)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if found(mid) else (low, mid - 1)
    return low


def _across(words: list[str], pages: list[str], n: int, start: int, top: bool) -> tuple[int, int] | None:
    """(page, end offset) of the words from page n on, at `start` (on a continued page: from its
    top, after its banner), over as many page breaks as it takes."""
    m = pattern(" ".join(words)).search(pages[n], start)
    if m and (not top or m.start() <= _TAIL_WINDOW):
        return n, m.end()
    if n + 1 == len(pages):
        return None
    cut = _head(words, pages[n], start, top)  # the page's body ends there; notes and banners follow
    return _across(words[cut:], pages, n + 1, 0, top=True) if cut else None


def _find(quote: str, pages: list[str], at: tuple[int, int]) -> tuple[int, int] | None:
    """(page, end offset) of the quote at or after `at`: whole on one page, else cut by page
    breaks, each part after the first near the top of its page (the notes and banners between)."""
    core = normalise(quote)
    whole = pattern(core)
    for n in range(at[0], len(pages)):
        m = whole.search(pages[n], at[1] if n == at[0] else 0)
        if m:
            return n, m.end()
    words = core.split()
    for n in range(at[0], len(pages) - 1):
        found = _across(words, pages, n, at[1] if n == at[0] else 0, top=False)
        if found:
            return found
    return None


def check_quotes(pages: list[str], doc: ir.Document, label: str) -> None:
    """ExportError naming the first quote of the document not found (in order) in the pages' text."""
    pages = [normalise(p) for p in pages]
    at = (0, 0)
    for q in _expected(doc):
        found = _find(q.display, pages, at)
        if found is None:
            who = f" ({q.speaker})" if q.speaker else ""
            raise ExportError(f"not written: the quote “{_short(q.display)}”{who} is missing or altered in the "
                              f"{label} as rendered (the text read back from it does not hold it verbatim, "
                              "in the memo's order)")
        at = found


def _glyphless(raw: Any, textpage: Any, coverage: dict[str, set[int]], into: set[str]) -> None:
    """Characters drawn in a bundled font that has no glyph for them: they print as empty boxes
    or nothing, though the text layer still holds them (LibreOffice writes them so)."""
    import ctypes

    buf, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    for i in range(raw.FPDFText_CountChars(textpage.raw)):
        u = raw.FPDFText_GetUnicode(textpage.raw, i)
        if u < 0x80 or chr(u).isspace() or u == 0xFFFE:
            continue
        raw.FPDFText_GetFontInfo(textpage.raw, i, buf, len(buf), ctypes.byref(flags))
        face = buf.value.decode("latin-1").split("+")[-1]
        if face in coverage and u not in coverage[face]:
            into.add(chr(u))


def _pdf_pages(data: bytes, label: str, glyphs: bool = False) -> tuple[list[str], list[str], set[str]]:
    """(text of each page, names of fonts used but not embedded, characters without a glyph —
    looked for only when `glyphs`)."""
    import pypdfium2 as pdfium  # only when a file is checked
    import pypdfium2.raw as raw

    pages: list[str] = []
    loose: set[str] = set()
    missing: set[str] = set()
    coverage = bundled_coverage() if glyphs else {}
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise ExportError(f"not written: the {label} as rendered cannot be read back ({exc})") from None
        try:
            for page in pdf:
                textpage = page.get_textpage()
                pages.append(textpage.get_text_bounded())  # all of Unicode; keeps the \x02 hyphens
                if glyphs:
                    _glyphless(raw, textpage, coverage, missing)
                for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=4):
                    font = raw.FPDFTextObj_GetFont(obj.raw)
                    if font and not raw.FPDFFont_GetIsEmbedded(font):
                        loose.add(_font_name(raw, font))
                textpage.close()
                page.close()
        finally:
            pdf.close()
    return pages, sorted(loose), missing


def _font_name(raw: Any, font: Any) -> str:
    import ctypes

    size = raw.FPDFFont_GetBaseFontName(font, None, 0)
    buf = ctypes.create_string_buffer(max(size, 1))
    raw.FPDFFont_GetBaseFontName(font, buf, size)
    return buf.value.decode("utf-8", "replace") or "a font"


def check_pdf(data: bytes, doc: ir.Document, label: str = "PDF", glyphs: bool = False) -> int:
    """The PDF's page count, once checked. `glyphs`: also refuse characters drawn in a bundled
    font without a glyph for them (the LibreOffice route; reportlab leaves such characters out of
    the text, which the quote check sees)."""
    pages, loose, missing = _pdf_pages(data, label, glyphs)
    if loose:
        raise ExportError(f"not written: the {label} as rendered uses fonts it does not embed ({', '.join(loose)}); "
                          "it would print differently on other machines")
    if missing:
        chars = "".join(sorted(missing))[:12]
        quote = next((q for q in _expected(doc) if missing & set(q.display)), None)
        what = f"the quote “{_short(quote.display)}”" if quote else "some of its text"
        raise ExportError(f"not written: in the {label} as rendered, {what} is missing or altered: no font in it "
                          f"has the characters {chars}, which would print as empty boxes")
    check_quotes(pages, doc, label)
    return len(pages)


def _hidden(run: Any) -> bool:
    rpr = run.find(_W + "rPr")
    vanish = rpr.find(_W + "vanish") if rpr is not None else None
    return vanish is not None and vanish.get(_W + "val", "true") not in ("0", "false", "off")


def docx_text(data: bytes) -> str:
    """The visible text of a .docx body: paragraphs on lines of their own, hidden runs left out."""
    import zipfile

    from lxml import etree  # only when a Word file is checked

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            root = etree.fromstring(z.read("word/document.xml"))
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError) as exc:
        raise ExportError(f"not written: the Word file as rendered cannot be read back ({exc})") from None
    lines = []
    for p in root.iter(_W + "p"):
        parts = []
        for run in p.iter(_W + "r"):
            if _hidden(run):
                continue
            for el in run:
                if el.tag == _W + "t":
                    parts.append(el.text or "")
                elif el.tag in (_W + "tab", _W + "br", _W + "cr"):
                    parts.append(" ")
        lines.append("".join(parts))
    return "\n".join(lines)


def check_docx(data: bytes, doc: ir.Document, label: str = "Word file") -> None:
    check_quotes([docx_text(data)], doc, label)
