"""Word (.docx) files: body paragraphs and tables in document order, footnotes and endnotes.

python-docx's `Paragraph.text` drops tracked insertions, content controls and text boxes,
so the body is walked here: every `w:t` counts except the `mc:Fallback` copy of a text
box. Footnote references become "[n]" where Word shows the number, and the notes follow
the body as "[n] text" lines. The package is checked by zipguard before python-docx sees it.
The body's furniture lines (a standard disclaimer, a word count, a desk line: bodylines.py, the rules the web
reader uses) are returned as boilerplate spans; the text keeps them.
"""
from __future__ import annotations

import io

from lxml import etree

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, Span
from briefing_app.ingest.bodylines import furniture
from briefing_app.ingest.doc_properties import file_metadata
from briefing_app.ingest.zipguard import check_zip

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT_NOTES = {
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes": "footnote",
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes": "endnote",
}
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
SKIP_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def read_docx(data: bytes, name: str) -> tuple[str, Metadata, list[Span]]:
    """(text, metadata, boilerplate spans over the text)."""
    if data.startswith(OLE_MAGIC):
        raise InputError(f"{name}: an old-style .doc or a password-protected Word file; "
                         "open it in Word and save it as .docx without a password")
    if not data.startswith(b"PK"):
        raise InputError(f"{name}: not a Word document (.docx files are ZIP packages)")
    check_zip(data, name)
    import docx  # after the checks: python-docx reads every part into memory

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(f"{name}: not a readable Word document ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - PackageNotFoundError and friends
        raise InputError(f"{name}: not a readable Word document ({exc})".splitlines()[0]) from None
    body = getattr(document.element, "body", None)
    if body is None:
        raise InputError(f"{name}: not a readable Word document (its main part is not a w:document)")
    walker = _Walker()
    blocks = walker.blocks(body)
    notes = _notes(document, walker.numbers)
    text = "\n\n".join(b for b in blocks if b.strip())
    boilerplate = furniture(text)
    if notes:
        text += "\n\n" + "\n".join(notes)
    return text + "\n", _metadata(document), boilerplate


class _Walker:
    def __init__(self) -> None:
        self.numbers: dict[tuple[str, str], int] = {}  # (kind, w:id) -> number shown

    def blocks(self, parent: etree._Element) -> list[str]:
        out: list[str] = []
        for child in parent:
            if child.tag == _w("p"):
                out.append(self.inline(child).strip())
            elif child.tag == _w("tbl"):
                out.append(self.table(child))
            elif child.tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None:
                    out += self.blocks(content)
            elif child.tag in (_w("customXml"), _w("ins")):
                out += self.blocks(child)
        return out

    def table(self, tbl: etree._Element) -> str:
        rows = []
        for tr in tbl.iter(_w("tr")):
            cells = [" ".join(b for b in self.blocks(tc) if b) for tc in tr.findall(_w("tc"))]
            if any(cells):
                rows.append(" | ".join(cells))
        return "\n".join(rows)

    def inline(self, node: etree._Element) -> str:
        parts: list[str] = []
        self._inline(node, parts)
        return "".join(parts)

    def _inline(self, node: etree._Element, parts: list[str]) -> None:
        for el in node:
            tag = el.tag
            if tag == f"{{{MC}}}Fallback" or tag in (_w("del"), _w("moveFrom")):
                continue
            if tag == _w("t"):
                parts.append(el.text or "")
            elif tag == _w("tab"):
                parts.append("\t")
            elif tag in (_w("br"), _w("cr")):
                parts.append("\n")
            elif tag in (_w("footnoteReference"), _w("endnoteReference")):
                kind = "footnote" if tag == _w("footnoteReference") else "endnote"
                key = (kind, el.get(_w("id"), ""))
                number = self.numbers.setdefault(key, len(self.numbers) + 1)
                parts.append(f"[{number}]")
            elif tag == _w("p"):  # a paragraph inside a text box
                if parts and not parts[-1].endswith("\n"):
                    parts.append("\n")
                self._inline(el, parts)
                parts.append("\n")
            elif isinstance(tag, str):
                self._inline(el, parts)


def _notes(document, numbers: dict[tuple[str, str], int]) -> list[str]:
    found: dict[int, str] = {}
    for rel in document.part.rels.values():
        kind = RT_NOTES.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob, parser=_SAFE_XML)
        except etree.XMLSyntaxError:
            continue
        walker = _Walker()
        for note in root.iter(_w(kind)):
            if note.get(_w("type")) in SKIP_NOTE_TYPES:
                continue
            number = numbers.get((kind, note.get(_w("id"), "")))
            if number is None:
                continue
            body = " ".join(" ".join(walker.inline(p).split()) for p in note.iter(_w("p")))
            found[number] = body.strip()
    return [f"[{n}] {found[n]}" for n in sorted(found) if found[n]]


def _metadata(document) -> Metadata:
    props = document.core_properties
    return file_metadata(props.title, props.author)
