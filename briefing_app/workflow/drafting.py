"""Draft a memo from a project's suggestions: the template's sections, filled as a start.

The analyst then edits; drafting is one undo step.
"""
from __future__ import annotations

import datetime as dt
import re

from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.core.commands import InsertCommand
from briefing_app.core.history import History
from briefing_app.core.project import Project
from briefing_app.core.records import QuoteRecord, SourceRecord
from briefing_app.export.templates import load_template

MAX_QUOTES = 6


def lede(source: SourceRecord) -> str:
    """The first sentence of the article body (boilerplate, headline and bio lines skipped)."""
    text = source.text
    for start, end in paragraphs(text):
        if any(b.start <= start < b.end for b in source.boilerplate):
            continue
        para = text[start:end]
        if len(para.split()) < 12 or para[-1:] not in ".!?”\"’" or _BIO.match(para):
            continue  # headlines, bylines, photo credits, "The author is …"
        s, e = sentence_spans(text, start, end)[0]
        return text[s:e].strip()
    return ""


_BIO = re.compile(r"(The|This) (author|writer|columnist)\b|[A-Z][\w.]+ [A-Z][\w.]+ is (a|an|the) ")


def pick_quotes(quotes: list[QuoteRecord], limit: int = MAX_QUOTES) -> list[QuoteRecord]:
    """Accepted quotes first, then direct quotes with a named speaker, one or two per speaker."""
    usable = [q for q in quotes if q.kind == "direct" and q.status != "rejected"]
    usable.sort(key=lambda q: (q.status != "accepted", q.speaker is None, -len(q.text)))
    picked: list[QuoteRecord] = []
    per_speaker: dict[str | None, int] = {}
    for q in usable:
        if per_speaker.get(q.speaker, 0) >= 2 or len(q.text.split()) < 6:
            continue
        per_speaker[q.speaker] = per_speaker.get(q.speaker, 0) + 1
        picked.append(q)
        if len(picked) >= limit:
            break
    return sorted(picked, key=lambda q: (q.source_id, q.clip.start))


def citation_line(source: SourceRecord) -> str:
    m = source.metadata
    parts = [p for p in (m.outlet, m.author, m.published) if p]
    title = m.title or source.label
    return f"{title} ({', '.join(parts)})" if parts else title


def draft_memo(project: Project, history: History, template_id: str, source_ids: list[int] | None = None,
               *, to: str = "", from_: str = "") -> int:
    spec = load_template(template_id)
    ids = source_ids or [s.id for s in project.list_sources()]
    sources = [project.get_source(i) for i in ids]
    titled = [s.metadata.title for s in sources if s.metadata.title]
    subject = "; ".join(titled[:3]) or (sources[0].label if len(sources) == 1 else "Briefing")
    quotes = pick_quotes([q for i in ids for q in project.list_quotes(i)])
    actor_ids = list(dict.fromkeys(q.speaker_id for q in quotes if q.speaker_id))
    option_ids = [o.id for o in project.list_options() if any(st.source_id in ids for st in o.stances)]

    def fill(key: str) -> list[dict]:
        if key in ("bluf", "purpose"):  # an action memo's purpose opens with the same lede
            news_first = sorted(sources, key=lambda s: s.metadata.genre == "opinion")  # a report's lede states facts
            text = " ".join(filter(None, (lede(s) for s in news_first)))
            return [{"kind": "text", "body": text}] if text else []
        if key == "background":
            return [{"kind": "text", "body": f"Sources: {citation_line(s)}."} for s in sources]
        if key == "quotes":
            return [{"kind": "quote", "ref_id": q.id} for q in quotes]
        if key == "actors":
            return [{"kind": "actor", "ref_id": a} for a in actor_ids]
        if key == "options":
            return [{"kind": "option", "ref_id": o} for o in option_ids]
        return []

    def build(store, insert) -> int:
        memo_id = insert("memos", {"template": spec.id, "title": subject, "subject": subject, "to_": to,
                                   "from_": from_, "date": dt.date.today().isoformat(), "marking": spec.marking or ""})
        for pos, (key, heading) in enumerate(spec.sections):
            section_id = insert("memo_sections", {"memo_id": memo_id, "position": pos, "key": key, "heading": heading})
            for n, item in enumerate(fill(key)):
                insert("memo_items", {"section_id": section_id, "position": n, **item})
        return memo_id

    command = InsertCommand(f"Draft {spec.name}", build)
    history.push(command)
    return command.result
