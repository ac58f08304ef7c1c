"""How a memo item reads in the memo tree: a short plain line (also the accessible text), the
full text for the tooltip, and the rich text the tree paints (own text formatted; a quote with
its citation line under it, a paraphrase without quote marks and marked "(paraphrase)")."""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from html import escape

from PySide6.QtGui import QTextCursor, QTextDocument

from briefing_app.core.errors import BriefingError, NotFound
from briefing_app.core.project import Project
from briefing_app.core.records import MemoItemRecord, QuoteRecord, SourceRecord
from briefing_app.core.markdown import to_editor

QUOTE_CHARS, TEXT_CHARS = 160, 300


@dataclass(frozen=True)
class Label:
    text: str  # one plain line: the item's accessible text
    tip: str
    html: str


def _cut_at(text: str, limit: int) -> int:
    """Where to cut `text` to leave room for "…" within `limit` characters: at the last space in
    the last 30 (a cut inside a word read as a typo: "in place of of…" for "of official")."""
    end = limit - 1
    space = text.rfind(" ", end - 30, end + 1)
    return space if space > 0 else end


def _cut(text: str, limit: int) -> str:
    return text if len(text) < limit else text[:_cut_at(text, limit)].rstrip() + "…"


@functools.lru_cache(maxsize=512)
def _text_label(body: str, limit: int = TEXT_CHARS) -> Label:
    """Own text (the stored Markdown subset): plain words for the line (a screen reader
    reads no asterisks), HTML for the tree, both cut after a word within `limit` characters.
    Kept by text: every memo edit labels every item again, and only one text changed."""
    doc = QTextDocument()
    doc.setMarkdown(to_editor(body))
    plain = " ".join(doc.toPlainText().split())
    if doc.characterCount() > limit:
        cursor = QTextCursor(doc)
        cursor.setPosition(_cut_at(doc.toPlainText(), limit))
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("…")
    return Label(_cut(plain, limit), plain, doc.toHtml())


def source_line(source: SourceRecord) -> str:
    """Title · outlet · date: enough to tell sources apart while editing (the export prints
    the memo's citation style)."""
    m = source.metadata
    return " · ".join(x for x in (m.title or source.label, m.outlet, m.published) if x)


def _quote_label(project: Project, item: MemoItemRecord, q: QuoteRecord, sources: dict[int, str]) -> Label:
    speaker = q.speaker or "unknown"
    text = _cut(q.text.replace("\n", " "), QUOTE_CHARS)
    shown = f"{text} — {speaker} (paraphrase)" if item.paraphrase else f"“{text}” — {speaker}"
    if q.source_id not in sources:
        try:
            sources[q.source_id] = source_line(project.get_source(q.source_id))
        except BriefingError:
            sources[q.source_id] = "source deleted"
    cited = sources[q.source_id]
    cite = f"Source: {cited}" if item.cite else "Not cited"
    html = (f"{escape(text)} — {escape(speaker)} <i>(paraphrase)</i>" if item.paraphrase
            else f"“{escape(text)}” — {escape(speaker)}")
    slant = "normal" if item.cite else "italic"  # the colour of class "cite" is the delegate's
    html += f'<br><span class="cite" style="font-size:small; font-style:{slant}">{escape(cite)}</span>'
    return Label(f"{shown}. {cite}", f"{q.text}\n— {speaker}\n\n{cite}", html)


def item_label(project: Project | None, item: MemoItemRecord, sources: dict[int, str] | None = None) -> Label:
    """The label of an item; a record deleted meanwhile reads "(missing quote)". `sources`
    keeps source lines between the calls of one refresh (a source is read once)."""
    if project is None or item.kind not in ("quote", "actor", "option"):
        return _text_label(item.body)
    try:
        if item.ref_id is None:
            raise NotFound(f"memo item {item.id} refers to no {item.kind}")
        if item.kind == "quote":
            return _quote_label(project, item, project.get_quote(item.ref_id), {} if sources is None else sources)
        if item.kind == "actor":
            a = project.get_actor(item.ref_id)
            line = f"Actor: {a.name}" + (f", {a.title}" if a.title else "")
            return Label(line, line, f"<b>Actor:</b> {escape(line[7:])}")
        line = f"Option: {project.get_option(item.ref_id).summary}"
        return Label(line, line, f"<b>Option:</b> {escape(line[8:])}")
    except BriefingError:
        line = f"(missing {item.kind})"
        return Label(line, f"The {item.kind} this item showed was deleted", f"<i>{escape(line)}</i>")


class LabelCache:
    """Item labels kept between the memo tree's refreshes: a memo edit (a text rewritten, an item
    moved) reads no quote, actor, option or source again — labels of those are forgotten when a
    command changed quotes, actors, options or sources (`forget`). Own text is kept by
    `_text_label` itself."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int | None, bool, bool], Label] = {}
        self._sources: dict[int, str] = {}

    def forget(self) -> None:
        self._kept.clear()
        self._sources.clear()

    def label(self, project: Project | None, item: MemoItemRecord) -> Label:
        if project is None or item.kind not in ("quote", "actor", "option"):
            return item_label(project, item)
        key = (item.kind, item.ref_id, item.paraphrase, item.cite)
        found = self._kept.get(key)
        if found is None:
            found = self._kept[key] = item_label(project, item, self._sources)
        return found


# The built-in templates' names (template.toml), here so that the memo list at startup does not
# import the export package (~160 ms); test_ui_memo_list checks them against the templates.
BUILTIN_TEMPLATES = {"info-memo": "Information memo", "action-memo": "Action memo", "options-paper": "Options paper",
                     "talking-points": "Talking points", "briefing-book": "Briefing book"}


def template_name(ref: str) -> str:
    """A memo's template as the memo list names it: a built-in one by its name, a folder of the
    user's by the folder's name ("my-memo" -> "My memo")."""
    if ref in BUILTIN_TEMPLATES:
        return BUILTIN_TEMPLATES[ref]
    name = PurePath(ref).name or ref
    return name.replace("-", " ").replace("_", " ").capitalize()


def memo_list_labels(memos: list[tuple[int, str, str]]) -> list[tuple[int, str]]:
    """(memo id, label) for the memo list from (id, template name, title): the template first (a
    long title is elided at the end: six memos drafted from the same sources all read "North
    Korea puts milit…", the template cut off), memos that would read alike numbered beside it
    ("Information memo 2 — …")."""
    counts = Counter((name, title) for _, name, title in memos)
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for memo_id, name, title in memos:
        seen[name, title] += 1
        number = f" {seen[name, title]}" if counts[name, title] > 1 else ""
        out.append((memo_id, f"{name}{number} — {title or 'Untitled memo'}"))
    return out
