"""The plain-data context a Word template is rendered with, and the run XML it may insert.

Context (all values are str, int, list, dict or markupsafe.Markup — never a docx object):

    title, subject, author, marking, kind_label, template_name, to, from_, through, date
    header:   [{label, value}]                       TO / FROM / THROUGH / DATE / SUBJECT
    cover, contents: bool                            the template asks for a cover page / contents
    sections: [{key, heading, id, new_page, blocks}] new_page: the section starts a new page
    blocks:   {type: 'paragraph', text, style, runs}  runs: Markup, use as {{r b.runs }}
                                                      style: body | bluf | small | bullet | closing | source
              {type: 'heading', text}
              {type: 'quote', text, quoted, speaker, attribution, citation, url, note, note_ref, portion, compact}
                                                      note_ref: Markup, use as {{r b.note_ref }}
                                                      portion: "(U) " or "", compact: a supporting line
              {type: 'table', header: [str], rows: [[str]]}
              {type: 'decision', choices: [str], initials, date}
    notes:    [{number, text, url}]                   for templates that list sources themselves

User text reaches Word only escaped: as {{ value }} through Jinja's autoescape, or inside
the prepared Markup, which escapes every piece of text it holds.
"""
from __future__ import annotations

from typing import Any

import re
from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from markupsafe import Markup

from briefing_app.export import ir

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
LINK_COLOUR = "1A4F8B"


def clean(text: str | None) -> str:
    """Text safe to place in XML: characters XML 1.0 forbids are dropped."""
    return _XML_ILLEGAL.sub("", text or "")


def run_xml(text: str, *, bold: bool = False, italic: bool = False, style: str | None = None,
            superscript: bool = False, colour: str | None = None, underline: bool = False) -> str:
    wanted = ((style, f"<w:rStyle w:val={quoteattr(style or '')}/>"), (bold, "<w:b/>"), (italic, "<w:i/>"),
              (colour, f'<w:color w:val="{colour}"/>'), (underline, '<w:u w:val="single"/>'),
              (superscript, '<w:vertAlign w:val="superscript"/>'))
    props = [xml for on, xml in wanted if on]  # in the order OOXML's CT_RPr asks for
    rpr = f"<w:rPr>{''.join(props)}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(clean(text))}</w:t></w:r>'


def link_xml(rid: str, text: str) -> str:
    return (f'<w:hyperlink r:id={quoteattr(rid)} w:history="1">'
            f'{run_xml(text, style="Hyperlink", colour=LINK_COLOUR, underline=True)}</w:hyperlink>')


def bookmark_name(heading_id: str) -> str:
    """The Word bookmark name of a heading id, used by the bookmark and every link to it. Word wants
    at most 40 letters, digits and underscores, starting with a letter; a longer name silently
    jumps to the top of the document."""
    name = re.sub(r"\W", "_", heading_id, flags=re.ASCII)
    return ("h_" + name if not name[:1].isalpha() else name)[:40]


def anchor_xml(heading_id: str, text: str) -> str:
    """An internal link to a heading's bookmark."""
    return (f'<w:hyperlink w:anchor={quoteattr(bookmark_name(heading_id))} w:history="1">'
            f'{run_xml(text, style="Hyperlink", colour=LINK_COLOUR, underline=True)}</w:hyperlink>')


def note_ref_xml(footnote_id: int) -> str:
    return ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{footnote_id}"/></w:r>')


def runs_markup(runs: list[ir.Inline], url_id: Callable[[str], str]) -> Markup:
    out = []
    for r in runs:
        if isinstance(r, ir.NoteRef):
            continue  # inline note marks in paragraphs are not produced by the builder yet
        if r.link and r.link.startswith("#"):
            out.append(anchor_xml(r.link[1:], r.text))
        elif r.link:
            out.append(link_xml(url_id(r.link), r.text))
        else:
            out.append(run_xml(r.text, bold=r.bold, italic=r.italic))
    return Markup("".join(out))


def make_context(doc: ir.Document, template_name: str, url_id: Callable[[str], str],
                 footnote_ids: Callable[[ir.QuoteBlock], int]) -> dict[str, Any]:
    """Plain data for the template; footnote_ids hands out the Word footnote id of each quote."""
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for b in doc.blocks:
        if isinstance(b, ir.Heading) and b.level <= 1:
            current = {"key": b.id.removeprefix("sec-"), "heading": clean(b.text), "id": b.id,
                       "new_page": b.new_page, "blocks": []}
            sections.append(current)
            continue
        if current is None:
            current = {"key": "", "heading": "", "id": "", "new_page": False, "blocks": []}
            sections.append(current)
        current["blocks"].append(_block(b, url_id, footnote_ids))
    fields = {label: clean(value) for label, value in doc.header}
    return {
        "title": clean(doc.title), "subject": clean(doc.subject), "author": clean(doc.author),
        "marking": clean(doc.marking).upper(), "kind_label": clean(doc.kind_label), "template_name": clean(template_name),
        "to": fields.get("TO", ""), "from_": fields.get("FROM", ""), "through": fields.get("THROUGH", ""),
        "date": fields.get("DATE", ""),
        "header": [{"label": clean(label), "value": clean(value)} for label, value in doc.header],
        "sections": sections, "cover": doc.cover, "contents": doc.contents,
        "notes": [{"number": n.number, "text": clean(n.citation.text()), "url": clean(n.citation.url)} for n in doc.notes],
    }


def _block(b: ir.Block, url_id: Callable[[str], str], footnote_ids: Callable[[ir.QuoteBlock], int]) -> dict[str, Any]:
    if isinstance(b, ir.Heading):
        return {"type": "heading", "text": clean(b.text)}
    if isinstance(b, ir.Paragraph):
        return {"type": "paragraph", "text": clean(b.text), "style": b.style, "runs": runs_markup(b.runs, url_id)}
    if isinstance(b, ir.QuoteBlock):
        return {"type": "quote", "text": clean(b.display), "quoted": clean(b.quoted), "speaker": clean(b.speaker),
                "attribution": clean(b.attribution), "citation": clean(b.citation.text()),
                "url": clean(b.citation.url), "note": b.note,
                "note_ref": Markup(note_ref_xml(footnote_ids(b)) if b.note else ""),  # None: an uncited item
                "portion": clean(b.portion) + " " if b.portion else "", "compact": b.compact}
    if isinstance(b, ir.Table):
        return {"type": "table", "header": [clean(h) for h in b.header],
                "rows": [[clean(c) for c in row] for row in b.rows]}
    if isinstance(b, ir.DecisionBlock):
        return {"type": "decision", "choices": [clean(c) for c in b.choices], "initials": clean(b.initials),
                "date": clean(b.date)}
    raise TypeError(f"unknown block {type(b).__name__}")
