"""Word fields python-docx has no API for: "Page X of Y" in the footer (PAGE / NUMPAGES).

A template marks the spots with the literal text [[PAGE]] and [[NUMPAGES]] (not Jinja, so
docxtpl leaves them alone). A template with neither marker nor PAGE field gets a centred
"Page X of Y" line at the end of its footer. Word and LibreOffice fill the numbers in.
"""
from __future__ import annotations

import copy
import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

_MARKER = re.compile(r"\[\[(PAGE|NUMPAGES)\]\]")


def _run(rpr, child) -> OxmlElement:
    r = OxmlElement("w:r")
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    r.append(child)
    return r


def _text(rpr, text: str):
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    return _run(rpr, t)


def field_runs(rpr, instruction: str, cached: str = "1") -> list:
    """begin, instrText, separate, cached result, end — each fldChar in a run of its own."""
    def fld(kind: str):
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


def _has_page_field(part_element) -> bool:
    instr = " ".join(t.text or "" for t in part_element.iter(qn("w:instrText")))
    simple = " ".join(f.get(qn("w:instr"), "") for f in part_element.iter(qn("w:fldSimple")))
    return "PAGE" in instr or "PAGE" in simple


def add_page_numbers(document) -> None:
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
                p.alignment = 1  # centre
                p._p.append(_text(None, "Page "))
                for el in field_runs(None, "PAGE"):
                    p._p.append(el)
                p._p.append(_text(None, " of "))
                for el in field_runs(None, "NUMPAGES"):
                    p._p.append(el)
