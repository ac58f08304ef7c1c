"""Column widths of rendered Word tables.

docxtpl's {%tc for %} loops change the number of columns; it then splits the grid evenly
but leaves each cell's own width (w:tcW) as the template had it, so Word and LibreOffice
disagree about the layout. Here the data tables get the model's relative widths across the
text column, and any other table gets cell widths that agree with its grid.
"""
from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.table import Table

from briefing_app.export import ir


def _set_widths(tbl: BaseOxmlElement, widths: list[int]) -> None:
    grid = tbl.find(qn("w:tblGrid"))
    for col in list(grid):
        grid.remove(col)
    for w in widths:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(w))
        grid.append(col)
    for tr in tbl.iter(qn("w:tr")):
        cells = tr.findall(qn("w:tc"))
        if len(cells) != len(widths):
            continue
        for tc, w in zip(cells, widths):
            tcpr = tc.find(qn("w:tcPr"))
            if tcpr is None:
                tcpr = OxmlElement("w:tcPr")
                tc.insert(0, tcpr)
            tcw = tcpr.find(qn("w:tcW"))
            if tcw is None:
                tcw = OxmlElement("w:tcW")
                tcpr.insert(0, tcw)
            tcw.set(qn("w:type"), "dxa")
            tcw.set(qn("w:w"), str(w))


def _header_texts(table: Table) -> list[str]:
    return [c.text.strip() for c in table.rows[0].cells] if table.rows else []


def fix_widths(document: DocxDocument, doc: ir.Document) -> None:
    section = document.sections[0]
    page, left, right = section.page_width, section.left_margin, section.right_margin
    if page is None or left is None or right is None:  # no page size in the template: Word's layout stands
        return
    text_width = int((page - left - right) / 635)  # EMU -> twips
    pending = [b for b in doc.blocks if isinstance(b, ir.Table)]
    for table in document.tables:
        tbl = table._tbl
        if pending and _header_texts(table) == pending[0].header:
            block = pending.pop(0)
            n = len(block.header)
            rel = block.widths or [1 / n] * n
            _set_widths(tbl, [int(text_width * r) for r in rel])
            continue
        grid = [int(c.get(qn("w:w"), "0")) for c in tbl.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]
        if grid and all(grid):
            _set_widths(tbl, grid)
