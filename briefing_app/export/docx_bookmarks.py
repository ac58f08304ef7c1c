"""Bookmarks on the memo's headings and alt text on every picture, added after rendering.

Bookmarks: each ir.Heading gets a w:bookmarkStart / w:bookmarkEnd pair around its paragraph,
named from the heading id by docx_context.bookmark_name (internal links, Run.link "#id", jump
there as w:hyperlink w:anchor).

Alt text: python-docx writes no `descr` on wp:docPr, and a user's template may hold a logo
without one. A tagged PDF made from the DOCX needs alt text on every picture, so a picture
without a description gets its title, or else one naming the template it came from.
"""
from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

from briefing_app.export import ir
from briefing_app.export.docx_context import bookmark_name, clean


def _next_id(body: BaseOxmlElement) -> int:
    ids = [int(el.get(qn("w:id"))) for el in body.iter(qn("w:bookmarkStart"))
           if (el.get(qn("w:id")) or "").lstrip("-").isdigit()]
    return max(ids + [0]) + 1


def _wrap(p: BaseOxmlElement, name: str, mark_id: int) -> None:
    start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
    start.set(qn("w:id"), str(mark_id))
    start.set(qn("w:name"), name)
    end.set(qn("w:id"), str(mark_id))
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


def _text(p: BaseOxmlElement) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()


def add_bookmarks(document: DocxDocument, doc: ir.Document) -> int:
    """Bookmark each heading's paragraph (found in order by its text); returns how many were placed."""
    body = document.element.body
    existing = {el.get(qn("w:name")) for el in body.iter(qn("w:bookmarkStart"))}
    paragraphs = list(body.iter(qn("w:p")))
    mark_id, at, placed = _next_id(body), 0, 0
    for heading in doc.headings():
        name, text = bookmark_name(heading.id), clean(heading.text).strip()
        if name in existing:
            continue
        for i in range(at, len(paragraphs)):
            if _text(paragraphs[i]) == text:
                _wrap(paragraphs[i], name, mark_id)
                existing.add(name)
                mark_id, at, placed = mark_id + 1, i + 1, placed + 1
                break
    return placed


def add_alt_text(document: DocxDocument, template_name: str) -> int:
    """Give every picture (body, headers, footers, notes) a description; returns how many got one."""
    added = 0
    for part in document.part.package.iter_parts():
        if not hasattr(part, "_element"):
            continue  # a part python-docx keeps as bytes (footnotes we wrote ourselves hold no pictures)
        for pr in part._element.iter(qn("wp:docPr")):
            if (pr.get("descr") or "").strip():
                continue
            title = (pr.get("title") or "").strip()
            pr.set("descr", title or f"Picture from the {template_name} template")
            added += 1
    return added
