"""PDF files with pypdfium2, read as a person reads them (pdf_chars.py, pdf_layout.py):
paragraphs rebuilt from lines, headlines whole, columns in order, and running headers,
footers and page numbers kept in the text as boilerplate ranges, and so are the paragraphs' furniture lines the
web reader hides too (bodylines.py: a standard disclaimer, a word count, a desk line). Clear errors for files that
are not PDFs, truncated, password-protected, damaged or without a text layer.

The stored text is the rebuilt one (soft line breaks joined, typesetter hyphens dropped):
it is what the analysis reads and what the reader shows, so their offsets agree.
"""
from __future__ import annotations

import re

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, Span
from briefing_app.ingest import limits
from briefing_app.ingest.bodylines import furniture
from briefing_app.ingest.doc_properties import file_metadata
from briefing_app.ingest.pdf_chars import Box, Run, page_runs
from briefing_app.ingest.pdf_layout import compose

PICTURE = 24.0  # points: a picture's least width and height (rules and bullets are smaller)
MAX_OBJECTS = 5000


def read_pdf(data: bytes, name: str) -> tuple[str, Metadata, list[Span]]:
    head = data[:1024]
    if b"%PDF-" not in head:
        kind = "a ZIP archive (a Word or other Office file?)" if data.startswith(b"PK") else "something else"
        raise InputError(f"{name}: not a PDF: the file is {kind}")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(f"{name}: the PDF is truncated (its end is missing); download or copy it again")
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError(f"{name}: the PDF is password-protected; save an unprotected copy first") from None
        raise InputError(f"{name}: the PDF is damaged and cannot be read ({exc})".splitlines()[0]) from None
    try:
        if len(pdf) > limits.MAX_PDF_PAGES:
            raise InputError(f"{name}: refused: {len(pdf):,} pages (the limit is {limits.MAX_PDF_PAGES:,})")
        pages = [_page(pdf, i) for i in range(len(pdf))]
        drawn = any(pictures is not None for *_, pictures in pages)
        info = _info(pdf)
        meta, hyphenated = _metadata(info), not PLAIN_WRITERS.search(f"{info.get('Creator', '')} {info.get('Producer', '')}")
    except pdfium.PdfiumError as exc:  # a damaged page object
        raise InputError(f"{name}: the PDF is damaged and cannot be read ({exc})".splitlines()[0]) from None
    finally:
        pdf.close()
    if not any(run.text.strip() for page in pages for run in page[0]):
        if not drawn and pages:  # not even an image: PDFium gave up on the page contents (its own cap)
            raise InputError(f"{name}: refused: nothing on its pages could be read; their contents are too large "
                             "or too complex to read within the limits (a decompression bomb?), damaged, or blank")
        raise InputError(f"{name}: the PDF has no text layer (a scanned image?); it needs OCR first")
    text, boilerplate, headline = compose([(runs, width, height) for runs, width, height, _ in pages],
                                          [pictures or [] for *_, pictures in pages], hyphenated)
    limits.check_text_size(name, text)
    boilerplate = _with_body_furniture(text, boilerplate)
    if headline and not meta.title:
        meta.title = " ".join(headline.split())
    return text, meta, boilerplate


def _with_body_furniture(text: str, boilerplate: list[Span]) -> list[Span]:
    """The layout's boilerplate and the paragraphs' furniture lines (bodylines.furniture: a standard disclaimer, a word
    count, a desk line, as the web reader hides them) that it does not already cover, in text order."""
    extra = [s for s in furniture(text) if not any(b.start < s.end and s.start < b.end for b in boilerplate)]
    return sorted(boilerplate + extra, key=lambda s: (s.start, s.end)) if extra else boilerplate


def _page(pdf, index: int) -> tuple[list[Run], float, float, list[Box] | None]:
    """(runs, width, height, the page's pictures; None when PDFium found no object on it at all)."""
    import pypdfium2.raw as raw

    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            count = raw.FPDFPage_CountObjects(page.raw)
            pictures = _pictures(page, count) if count else None
            return page_runs(textpage), page.get_width(), page.get_height(), pictures
        finally:
            textpage.close()
    finally:
        page.close()


def _pictures(page, count: int) -> list[Box]:
    """The boxes (left, bottom, right, top) of the page's images and filled or framed shapes at
    least PICTURE wide and high, and not the page's background: where photos and their frames
    are. At most MAX_OBJECTS objects are looked at."""
    import ctypes

    import pypdfium2.raw as raw

    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    area = page.get_width() * page.get_height()
    out: list[Box] = []
    for i in range(min(count, MAX_OBJECTS)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        if raw.FPDFPageObj_GetType(obj) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_PATH):
            continue
        if not raw.FPDFPageObj_GetBounds(obj, *refs):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if w >= PICTURE and h >= PICTURE and w * h < 0.5 * area:
            out.append((left.value, bottom.value, right.value, top.value))
    return out


# programs that do not hyphenate unless told to: word processors and browsers (not InDesign, Quark or TeX)
PLAIN_WRITERS = re.compile(r"\b(?:microsoft|word|libreoffice|openoffice|writer|skia|chrom(?:e|ium)|mozilla|firefox|"
                           r"safari|google docs|wkhtmltopdf|electron|pages)\b", re.I)


def _info(pdf) -> dict[str, str]:
    """The PDF's info dictionary (Title, Author, Creator, Producer ...); empty when it is broken."""
    try:
        return dict(pdf.get_metadata_dict(skip_empty=True))
    except Exception:  # noqa: BLE001 - a broken info dictionary is no metadata
        return {}


def _metadata(info: dict[str, str]) -> Metadata:
    return file_metadata(info.get("Title"), info.get("Author"))
