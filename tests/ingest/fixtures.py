"""Files the ingest tests build themselves: Word, PDF and web pages, good and bad."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

ARTICLE = [
    "Russia warns Seoul over arms supplies",
    "MOSCOW — Russia warned South Korea on Thursday that supplying weapons to Ukraine would be a "
    "“very big mistake,” a top Kremlin official said.",
    "“Seoul must understand that this would destroy our relations,” Deputy Foreign Minister Andrei "
    "Rudenko told Tass news agency.",
]


def make_docx(path: Path, *, footnote: bool = True, table: bool = True) -> Path:
    import docx

    d = docx.Document()
    d.core_properties.title = "Russia warns Seoul"
    d.core_properties.author = "Jane Doe"
    for para in ARTICLE:
        d.add_paragraph(para)
    if table:
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "Country", "Stance"
        t.cell(1, 0).text, t.cell(1, 1).text = "Russia", "opposed"
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    if footnote:
        data = _add_footnote(data)
    path.write_bytes(data)
    return path


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
             '<w:r><w:t xml:space="preserve"> Tass, 20 June 2024.</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>')


def _add_footnote(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"news agency.</w:t></w:r>",
                                    b'news agency.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>', 1)
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                body = body.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            z.writestr(item, body)
        z.writestr("word/footnotes.xml", FOOTNOTES)
    return out.getvalue()


def make_docx_bomb(path: Path, megabytes: int = 300) -> Path:
    good = io.BytesIO()
    make_docx(path, footnote=False)
    src = zipfile.ZipFile(path)
    with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, src.read(item.filename))
        with z.open("word/media/image1.png", "w", force_zip64=True) as fh:
            block = bytes(2**20)
            for _ in range(megabytes):
                fh.write(block)
    path.write_bytes(good.getvalue())
    return path


def make_docx_xxe(path: Path) -> Path:
    make_docx(path, footnote=False)
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"?>", b'?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', 1)
                body = body.replace(b"Russia warns Seoul", b"&xxe; Russia warns Seoul", 1)
            z.writestr(item, body)
    path.write_bytes(out.getvalue())
    return path


def make_pdf(path: Path, pages: int = 3, *, encrypt: str | None = None, text: bool = True,
             two_columns: bool = False) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    c.setTitle("Russia warns Seoul")
    width, height = A4
    for page in range(pages):
        if not text:
            c.rect(72, 400, 300, 200, fill=1)
            c.showPage()
            continue
        c.setFont("Helvetica", 9)
        c.drawString(72, height - 40, "The Example Times — World")
        c.drawString(width / 2, 30, f"Page {page + 1} of {pages}")
        c.setFont("Helvetica", 11)
        y = height - 100
        lines = [f"Paragraph one of page {page + 1} says that the sanctions regime is",
                 "being reviewed by officials in Seoul and Moscow, a hyphen-",
                 "ated word closes the line.", "",
                 "A second paragraph about hyphenated words carries a",
                 "“direct quote about weapons,” Andrei Rudenko said."]
        for line in lines:
            if line and two_columns:  # interleaved drawing: left line, right line, next left line…
                c.drawString(72, y, line[:36])
                c.drawString(width / 2 + 20, y, "RIGHT " + line[:30])
            elif line:
                c.drawString(72, y, line)
            y -= 28 if not line else 14
        c.showPage()
    c.save()
    return path


def make_pdf_with_contents(path: Path, contents: bytes, filters: str = "/FlateDecode") -> Path:
    """A one-page PDF (Helvetica) whose page content stream is `contents`, stored with `filters`."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter %s >>\nstream\n" % (len(contents), filters.encode()) + contents + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(out)
    return path


def make_pdf_bomb(path: Path, megabytes: int) -> Path:
    """A PDF bomb: a few KB whose page contents inflate to `megabytes` MB of spaces, then the
    text (Flate twice over, so neither the file nor making it is large)."""
    import zlib

    inner = zlib.compressobj(1)
    data = b"".join(inner.compress(b" " * 2**20) for _ in range(megabytes))
    data += inner.compress(b"BT /F1 12 Tf 72 720 Td (Budget talks resume) Tj ET\n") + inner.flush()
    return make_pdf_with_contents(path, zlib.compress(data, 9), "[/FlateDecode /FlateDecode]")
