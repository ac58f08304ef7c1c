"""PDFs of the test articles written by a real office suite (LibreOffice, from a Word file
python-docx builds): its own line breaking, justification, fonts and page furniture, none of
it the test typesetter's (pdf_builder.py). Used by set E of benchmarks/bench_ingest_fidelity.py;
needs `soffice` on the PATH."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tests.ingest.articles import Article

if TYPE_CHECKING:
    from docx.section import Section
    from docx.text.paragraph import Paragraph


@dataclass
class OfficeStyle:
    header: str = "Meridian Weekly — Opinion"
    footer: str = "Page {PAGE} of {NUMPAGES}"  # fields in braces, the rest as printed
    columns: int = 1
    justify: bool = False
    indent_first: bool = False  # paragraphs start indented, with no space between them
    font: str = "DejaVu Serif"
    size: float = 10.5
    head_size: float = 22
    page: tuple[float, float] = (595, 842)  # points
    margin: float = 56


def office_available() -> bool:
    return shutil.which("soffice") is not None


def build_docx(path: Path, article: Article, st: OfficeStyle) -> Path:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name, normal.font.size = st.font, Pt(st.size)
    section = d.sections[0]
    section.page_width, section.page_height = Pt(st.page[0]), Pt(st.page[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(st.margin))
    section.header.paragraphs[0].text = st.header
    _fields(section.footer.paragraphs[0], st.footer)
    title = d.add_paragraph(article.headline)
    title.runs[0].font.size, title.runs[0].font.bold = Pt(st.head_size), True
    d.add_paragraph(article.byline).runs[0].font.italic = True
    if st.columns > 1:
        body = d.add_section(WD_SECTION.CONTINUOUS)
        _columns(body, st.columns)
    for para in article.paragraphs:
        p = d.add_paragraph(para)
        if st.justify:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if st.indent_first:
            p.paragraph_format.first_line_indent = Pt(1.5 * st.size)
            p.paragraph_format.space_after = Pt(0)
    d.save(str(path))
    return path


def _fields(paragraph: Paragraph, pattern: str) -> None:
    """Write `pattern` into the paragraph, {NAME} as a Word field (PAGE, NUMPAGES)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for k, piece in enumerate(pattern.replace("}", "{").split("{")):
        if not piece:
            continue
        if k % 2 == 0:
            paragraph.add_run(piece)
            continue
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), piece)
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        paragraph._p.append(field)


def _columns(section: Section, count: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "340")


def convert(docs: list[Path], outdir: Path) -> list[Path]:
    """Convert Word files to PDF with one LibreOffice run (a profile of its own, so it neither
    waits for nor disturbs another LibreOffice)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, docs)], check=True, capture_output=True, timeout=600)
    out = [outdir / (doc.stem + ".pdf") for doc in docs]
    missing = [p.name for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice wrote no PDF for {', '.join(missing)}")
    return out


def printed(st: OfficeStyle, pages: int) -> list[str]:
    """The furniture the style prints, as printed on each page."""
    footers = [st.footer.replace("{PAGE}", str(n)).replace("{NUMPAGES}", str(pages)) for n in range(1, pages + 1)]
    return [st.header, *footers]
