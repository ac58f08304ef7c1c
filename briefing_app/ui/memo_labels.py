"""How a memo item reads in the memo tree: a short plain line (also the accessible text), the
full text for the tooltip, and the rich text the tree paints (own text formatted)."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QTextCursor, QTextDocument

from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project
from briefing_app.core.records import MemoItemRecord
from briefing_app.ui.memo_markdown import to_editor

QUOTE_CHARS, TEXT_CHARS = 160, 300


@dataclass
class Label:
    text: str  # one plain line: the item's accessible text
    tip: str
    html: str


def _cut(text: str, limit: int) -> str:
    return text if len(text) < limit else text[:limit - 3].rstrip() + "…"


def markdown_html(body: str, limit: int = TEXT_CHARS) -> str:
    """Own text (the stored Markdown subset) as HTML, cut after `limit` characters."""
    doc = QTextDocument()
    doc.setMarkdown(to_editor(body))
    if doc.characterCount() > limit:
        cursor = QTextCursor(doc)
        cursor.setPosition(limit - 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("…")
    return doc.toHtml()


def item_label(project: Project | None, item: MemoItemRecord) -> Label:
    """The label of an item; a record deleted meanwhile reads "(missing quote)"."""
    try:
        if item.kind == "quote" and project:
            q = project.get_quote(item.ref_id)
            line = f"“{_cut(q.text.replace(chr(10), ' '), QUOTE_CHARS)}” — {q.speaker or 'unknown'}"
            return Label(line, f"“{q.text}” — {q.speaker or 'unknown'}", escape(line))
        if item.kind == "actor" and project:
            a = project.get_actor(item.ref_id)
            line = f"Actor: {a.name}" + (f", {a.title}" if a.title else "")
            return Label(line, line, f"<b>Actor:</b> {escape(line[7:])}")
        if item.kind == "option" and project:
            line = f"Option: {project.get_option(item.ref_id).summary}"
            return Label(line, line, f"<b>Option:</b> {escape(line[8:])}")
    except BriefingError:
        line = f"(missing {item.kind})"
        return Label(line, f"The {item.kind} this item showed was deleted", f"<i>{escape(line)}</i>")
    return Label(_cut(item.body.replace("\n", " "), TEXT_CHARS), item.body, markdown_html(item.body))
