"""Word fields python-docx has no API for: "Page X of Y" in the footer (PAGE / NUMPAGES).

A template marks the spots with the literal text [[PAGE]] and [[NUMPAGES]] (not Jinja, so
docxtpl leaves them alone). A template with neither marker nor PAGE field gets a centred
"Page X of Y" line at the end of its footer. Word and LibreOffice fill the numbers in.
"""
from __future__ import annotations

import copy
import re

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_MARKER = re.compile(r"\[\[(PAGE|NUMPAGES)\]\]")


def _run(rpr: BaseOxmlElement | None, child: BaseOxmlElement) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    r.append(child)
    return r


def _text(rpr: BaseOxmlElement | None, text: str) -> BaseOxmlElement:
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return _run(rpr, t)


def field_runs(rpr: BaseOxmlElement | None, instruction: str, cached: str = "1") -> list[BaseOxmlElement]:
    """begin, instrText, separate, cached result, end — each fldChar in a run of its own."""
    def fld(kind: str) -> BaseOxmlElement:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return _run(rpr, el)

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    return [fld("begin"), _run(rpr, instr), fld("separate"), _text(rpr, cached), fld("end")]


def _replace_markers(paragraph: Paragraph) -> bool:
    changed = False
    for run in list(paragraph.runs):
        text = run.text
        if not _MARKER.search(text):
            continue
        rpr = run._r.rPr
        new, pos = [], 0
        for m in _MARKER.finditer(text):
            if m.start() > pos:
                new.append(_text(rpr, text[pos:m.start()]))
            new.extend(field_runs(rpr, "PAGE" if m.group(1) == "PAGE" else "NUMPAGES"))
            pos = m.end()
        if pos < len(text):
            new.append(_text(rpr, text[pos:]))
        for el in new:
            run._r.addprevious(el)
        run._r.getparent().remove(run._r)
        changed = True
    return changed


def _has_page_field(part_element: BaseOxmlElement) -> bool:
    instr = " ".join(t.text or "" for t in part_element.iter(qn("w:instrText")))
    simple = " ".join(f.get(qn("w:instr"), "") for f in part_element.iter(qn("w:fldSimple")))
    return "PAGE" in instr or "PAGE" in simple


def add_page_numbers(document: DocxDocument) -> None:
    for section in document.sections:
        footers = [section.footer]
        if section.different_first_page_header_footer:
            footers.append(section.first_page_footer)
        for footer in footers:
            if footer.is_linked_to_previous and section is not document.sections[0]:
                continue
            found = False
            for p in footer.paragraphs:
                found |= _replace_markers(p)
            if not found and not _has_page_field(footer._element):
                p = footer.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p._p.append(_text(None, "Page "))
                for el in field_runs(None, "PAGE"):
                    p._p.append(el)
                p._p.append(_text(None, " of "))
                for el in field_runs(None, "NUMPAGES"):
                    p._p.append(el)


TOC_MARKER = "[[TOC]]"
TOC_PLACEHOLDER = "Contents: right-click and choose Update Field (Word updates it on opening)."
# CT_Settings children that must come after w:updateFields (schema order)
_AFTER_UPDATE_FIELDS = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                        "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                        "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                        "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator")


def add_toc(document: DocxDocument) -> bool:
    """A paragraph reading exactly [[TOC]] becomes a TOC field (headings level 1, linked), marked
    dirty, and settings ask Word to update fields on opening. LibreOffice keeps the placeholder."""
    found = False
    for p in document.paragraphs:
        if p.text.strip() != TOC_MARKER:
            continue
        rpr = p.runs[0]._r.rPr if p.runs else None
        for r in list(p._p.iter(qn("w:r"))):
            r.getparent().remove(r)
        runs = field_runs(rpr, 'TOC \\o "1-1" \\h \\z \\u', TOC_PLACEHOLDER)
        runs[0].find(qn("w:fldChar")).set(qn("w:dirty"), "true")
        for el in runs:
            p._p.append(el)
        found = True
    if found:
        settings = document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            el = OxmlElement("w:updateFields")
            el.set(qn("w:val"), "true")
            later = next((c for c in settings if c.tag in {qn(f"w:{n}") for n in _AFTER_UPDATE_FIELDS}), None)
            if later is not None:
                later.addprevious(el)
            else:
                settings.append(el)
    return found
