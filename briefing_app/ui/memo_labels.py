"""How a memo item reads in the memo tree: a short line and the full text for the tooltip."""
from __future__ import annotations

from briefing_app.core.errors import BriefingError
from briefing_app.core.project import Project
from briefing_app.core.records import MemoItemRecord

QUOTE_CHARS, TEXT_CHARS = 160, 200


def _cut(text: str, limit: int) -> str:
    return text if len(text) < limit else text[:limit - 3].rstrip() + "…"


def item_label(project: Project | None, item: MemoItemRecord) -> tuple[str, str]:
    """(label, tooltip) of an item; a record deleted meanwhile reads "(missing quote)"."""
    try:
        if item.kind == "quote" and project:
            q = project.get_quote(item.ref_id)
            text = q.text.replace("\n", " ")
            return (f"“{_cut(text, QUOTE_CHARS)}” — {q.speaker or 'unknown'}", f"“{q.text}” — {q.speaker or 'unknown'}")
        if item.kind == "actor" and project:
            a = project.get_actor(item.ref_id)
            line = f"Actor: {a.name}" + (f", {a.title}" if a.title else "")
            return line, line
        if item.kind == "option" and project:
            line = f"Option: {project.get_option(item.ref_id).summary}"
            return line, line
    except BriefingError:
        return f"(missing {item.kind})", f"The {item.kind} this item showed was deleted"
    body = item.body.replace("\n", " ")
    return _cut(body, TEXT_CHARS), item.body
