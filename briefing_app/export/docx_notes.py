"""Real Word footnotes, which python-docx cannot write: the footnotes part built by hand.

Ids are handed out before rendering (the template's runs need them); the part is written
after rendering, so docxtpl never runs Jinja over the citations. A template that already
has footnotes keeps them: new notes are appended with ids above the highest one.
"""
from __future__ import annotations

from typing import Any, cast

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from briefing_app.export import ir
from briefing_app.export.docx_context import clean, link_xml, run_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS = f'xmlns:w="{W}" xmlns:r="{R}"'
_SEPARATORS = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


class Footnotes:
    def __init__(self, document: DocxDocument):
        self.document = document
        self.part = self._existing_part()
        self.next_id = self._max_id() + 1
        self.pending: list[tuple[int, list[ir.Run]]] = []  # (id, the note's runs)

    def _existing_part(self) -> Part | None:
        for rel in self.document.part.rels.values():
            if rel.reltype == RT.FOOTNOTES and not rel.is_external:
                return cast(Part, rel.target_part)
        return None

    def _root(self) -> Any:  # an lxml element (lxml has no type stubs here)
        assert self.part is not None
        blob = self.part.blob
        return etree.fromstring(blob if isinstance(blob, bytes) else blob.encode("utf-8"))

    def _max_id(self) -> int:
        if self.part is None:
            return 0
        ids = [int(el.get(f"{{{W}}}id", "0")) for el in self._root().iter(f"{{{W}}}footnote")]
        return max(ids + [0])

    def add(self, quote: ir.QuoteBlock) -> int:
        """A footnote holding the quote's note as the document model words it (in full the first
        time a source is cited, in short after that; the style is the memo's)."""
        footnote_id = self.next_id
        self.next_id += 1
        self.pending.append((footnote_id, quote.citation.runs()))
        return footnote_id

    def _note_xml(self, footnote_id: int, note: list[ir.Run], part: Part) -> str:
        """The note as the style words it: italics where it italicises, the URL a live link."""
        runs = [('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
                 '</w:rPr><w:footnoteRef/></w:r>'), run_xml(" ")]
        for r in note:
            runs.append(link_xml(part.relate_to(clean(r.link), RT.HYPERLINK, is_external=True), r.text) if r.link
                        else run_xml(r.text, italic=r.italic))
        return (f'<w:footnote w:id="{footnote_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f'{"".join(runs)}</w:p></w:footnote>')

    def write(self) -> None:
        """Add the pending notes to the footnotes part, creating the part if the template has none."""
        if not self.pending:
            return
        if self.part is None:
            blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {_NS}>{_SEPARATORS}</w:footnotes>'
            self.part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob.encode("utf-8"),
                             self.document.part.package)
            self.document.part.relate_to(self.part, RT.FOOTNOTES)
        root = self._root()
        for footnote_id, note in self.pending:
            xml = self._note_xml(footnote_id, note, self.part)
            root.append(etree.fromstring(f"<w:wrap {_NS}>{xml}</w:wrap>")[0])
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if hasattr(self.part, "_element"):
            self.part._element = etree.fromstring(data)
        else:
            self.part._blob = data
        self.pending = []

