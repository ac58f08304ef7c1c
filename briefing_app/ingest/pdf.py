"""PDF files with pypdfium2: text lines by position, columns in reading order, running
headers/footers and page numbers as boilerplate, and a clear error for files without text.

Lines come from PDFium's text rectangles (one per run of text on a line), so the order is
decided here by geometry: on a two-column page the left column is read before the right,
and a vertical gap wider than the usual line pitch starts a new paragraph (a blank line).
Lines keep their breaks and a line-end hyphen stays a hyphen: the stored text is what the
page shows; joining is done for analysis only (textmap.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import median

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, Span
from briefing_app.ingest import limits

BAND = 0.08  # top and bottom share of the page where running headers/footers live
PAGE_NUMBER = re.compile(r"^(?:page\s*)?[-–—(\[]?\s*#+\s*[-–—)\]]?(?:\s*(?:of|/)\s*#+)?$", re.I)


@dataclass
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


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
        pages = [_page_lines(pdf, i) for i in range(len(pdf))]
        meta = _metadata(pdf)
    except pdfium.PdfiumError as exc:  # a damaged page object
        raise InputError(f"{name}: the PDF is damaged and cannot be read ({exc})".splitlines()[0]) from None
    finally:
        pdf.close()
    if not any(line.text.strip() for page in pages for line in page[0]):
        raise InputError(f"{name}: the PDF has no text layer (a scanned image?); it needs OCR first")
    text, boilerplate = _compose(pages)
    limits.check_text_size(name, text)
    return text, meta, boilerplate


def _page_lines(pdf, index: int) -> tuple[list[Line], float]:
    page = pdf[index]
    try:
        height = page.get_height()
        width = page.get_width()
        textpage = page.get_textpage()
        try:
            runs = []
            for i in range(textpage.count_rects()):
                box = textpage.get_rect(i)
                text = textpage.get_text_bounded(*box).replace("\ufffe", "-").replace("\x02", "-").replace("\r", "").replace("\n", " ")
                if text.strip():
                    runs.append(Line(box[0], box[1], box[2], box[3], text))
        finally:
            textpage.close()
    finally:
        page.close()
    return _order(_merge_runs(runs), width, height), height


def _merge_runs(runs: list[Line]) -> list[Line]:
    """Runs on the same baseline that follow each other closely form one line."""
    out: list[Line] = []
    for r in runs:
        if out:
            last = out[-1]
            overlap = min(last.y1, r.y1) - max(last.y0, r.y0)
            gap = r.x0 - last.x1
            if overlap > 0.5 * min(last.height, r.height) and -1 <= gap < max(last.height, r.height):
                sep = "" if last.text.endswith(" ") or r.text.startswith(" ") or gap < 0.15 * r.height else " "
                out[-1] = Line(last.x0, min(last.y0, r.y0), r.x1, max(last.y1, r.y1), last.text + sep + r.text)
                continue
        out.append(r)
    for line in out:
        line.text = " ".join(line.text.split()) if "\t" in line.text else line.text.strip()
    return out


def _order(lines: list[Line], width: float, height: float) -> list[Line]:
    """Top band, then the body (left column before right on two-column pages), bottom band."""
    top = [l for l in lines if l.y0 >= height * (1 - BAND)]
    bottom = [l for l in lines if l.y1 <= height * BAND]
    body = [l for l in lines if l not in top and l not in bottom]
    mid = width / 2
    left = [l for l in body if l.x1 <= mid + 2]
    right = [l for l in body if l.x0 >= mid - 2]
    by_y = lambda l: (-l.y1, l.x0)  # noqa: E731
    if len(left) >= 3 and len(right) >= 3:
        ordered: list[Line] = []
        full = sorted((l for l in body if l not in left and l not in right), key=by_y)
        bands = [float("inf")] + [l.y1 for l in full] + [float("-inf")]
        for n, upper in enumerate(bands[:-1]):
            if n:
                ordered.append(full[n - 1])
            lower = bands[n + 1]
            inside = lambda l: lower < l.y1 < upper or (n == 0 and l.y1 == upper)  # noqa: E731
            ordered += sorted((l for l in left if inside(l)), key=by_y)
            ordered += sorted((l for l in right if inside(l)), key=by_y)
        body = ordered
    return sorted(top, key=by_y) + body + sorted(bottom, key=by_y)


def _compose(pages: list[tuple[list[Line], float]]) -> tuple[str, list[Span]]:
    repeated = _running_lines(pages)
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for lines, height in pages:
        pitch = _pitch(lines)
        prev: Line | None = None
        for line in lines:
            if prev is None:
                sep = "\n\n" if parts else ""
            elif _new_paragraph(prev, line, pitch, height):
                sep = "\n\n"
            else:
                sep = "\n"
            parts.append(sep)
            pos += len(sep)
            if _key(line.text) in repeated and _in_band(line, height):
                spans.append(Span(pos, pos + len(line.text)))
            parts.append(line.text)
            pos += len(line.text)
            prev = line
    return "".join(parts) + "\n", spans


def _pitch(lines: list[Line]) -> float:
    gaps = [a.y0 - b.y0 for a, b in zip(lines, lines[1:]) if 0 < a.y0 - b.y0 < 3 * a.height]
    return median(gaps) if gaps else 0.0


def _new_paragraph(prev: Line, line: Line, pitch: float, height: float) -> bool:
    if _in_band(prev, height) or _in_band(line, height):
        return True
    step = prev.y0 - line.y0
    if step < 0 or abs(line.height - prev.height) > 0.25 * max(line.height, prev.height):
        return True  # a new column, or a heading set in another size
    return pitch > 0 and step > 1.4 * pitch


def _in_band(line: Line, height: float) -> bool:
    return line.y0 >= height * (1 - BAND) or line.y1 <= height * BAND


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _running_lines(pages: list[tuple[list[Line], float]]) -> set[str]:
    """Keys of band lines that repeat on at least half the pages (minimum 2), page numbers included."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for lines, height in pages:
        for key in {_key(l.text) for l in lines if _in_band(l, height)}:
            counts[key] = counts.get(key, 0) + 1
    need = max(2, (len(pages) + 1) // 2)
    found = {k for k, n in counts.items() if n >= need}
    numbers = sum(n for k, n in counts.items() if PAGE_NUMBER.match(k))
    if numbers >= need:
        found |= {k for k in counts if PAGE_NUMBER.match(k)}
    return found


def _metadata(pdf) -> Metadata:
    try:
        info = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - a broken info dictionary is no metadata
        return Metadata()
    title = (info.get("Title") or "").strip()
    if title.lower().startswith("microsoft word - "):
        title = title[17:].rsplit(".doc", 1)[0]
    if re.fullmatch(r"(untitled|document\d*|.*\.(docx?|pdf|indd|qxd))", title, re.I):
        title = ""
    author = (info.get("Author") or "").strip()
    if author.lower() in ("anonymous", "unknown", "user", "admin"):
        author = ""
    return Metadata(title=title or None, author=author or None)
