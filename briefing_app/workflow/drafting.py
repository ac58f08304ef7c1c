"""Draft a memo from a project's suggestions: the template's sections, filled as a start.

The analyst then edits; drafting is one undo step. The recommendation (action memo) and the
options paper's "who stands where" are drafted from the option × actor matrix (draft_options.py):
each option named once, with every position on it cited; the recommendation opens with an italic
line saying it is a draft.

The draft keeps to the template's conventions (draft_fit.py): a bottom line of at most four
printed lines covering every source, and no more pages than the page budget: the most argued
options (the memo and the draft's notes say how many were left out, the notes which), then the
most important quotes (draft_picks.py) with their speakers in the actors table, that fit. A user's
template that cannot lay the memo out is measured with the built-in one of its kind (draft_layout.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefing_app.core.commands import InsertCommand, Inserter
from briefing_app.core.progress import NO_PROGRESS, Progress
from briefing_app.core.runner import CommandRunner
from briefing_app.core.project import Project
from briefing_app.core.records import OptionRecord, QuoteRecord, SourceRecord
from briefing_app.export import citations
from briefing_app.export.build import citation_for
from briefing_app.export.markup import escape
from briefing_app.export.templates import find_template
from briefing_app.workflow import draft_fit as fit
from briefing_app.workflow.draft_layout import Layout
from briefing_app.workflow.draft_options import (EVIDENCE, SHORT_EVIDENCE, in_sentence, most_argued, positions_cited,
                                                 recommendation)
from briefing_app.workflow.draft_picks import in_text_order, lede, pick_quotes

@dataclass
class DraftPlan:
    """What drafting writes: the memo's fields and, per template section, its items. Made by
    plan_draft from the project as it is (reads only, so it may run on a worker's own read
    connection), written by draft_command as one undo step."""

    name: str  # the template's, for the undo text
    memo: dict[str, Any]
    sections: list[tuple[str, str, list[dict[str, Any]]]] = field(default_factory=list)  # key, heading, items
    notes: list[str] = field(default_factory=list)  # for the draft's report: a template fallen back, options left out
    left_out: list[str] = field(default_factory=list)  # the summaries of the options left out


def plan_draft(project: Project, template_id: str, source_ids: list[int] | None = None, *, to: str = "",
               from_: str = "", citation_style: str = citations.DEFAULT, progress: Progress = NO_PROGRESS) -> DraftPlan:
    """The memo a draft would make, not yet written. Raises Cancelled (progress) between sections."""
    spec = find_template(template_id)  # an id, or a template folder's absolute path
    style = citations.check_style(citation_style)
    ids = source_ids or [s.id for s in project.list_sources()]
    progress.step(0, len(spec.sections) + 1, "Reading the sources")
    sources = [project.get_source(i) for i in ids]
    titled = [s.metadata.title for s in sources if s.metadata.title]
    subject = "; ".join(titled[:3]) or (sources[0].label if len(sources) == 1 else "Briefing")
    prominence = {a.id: a.mention_count for a in project.list_actors()}
    ranked = pick_quotes([q for i in ids for q in project.list_quotes(i)], prominence)  # most important first
    options = [o for o in project.list_options() if any(st.source_id in ids for st in o.stances)]
    memo = {"template": spec.ref, "title": subject, "subject": subject, "to_": to, "from_": from_,
            "date": dt.date.today().isoformat(), "marking": spec.marking or "", "citation_style": style}
    layout = Layout(project, memo, spec)

    def fill(key: str, quotes: list[QuoteRecord], evidence: int = EVIDENCE,
             kept: list[OptionRecord] = options) -> list[dict[str, Any]]:
        if key in ("bluf", "purpose"):  # an action memo's purpose opens with the same lede
            news_first = sorted(sources, key=lambda s: s.metadata.genre == "opinion")  # a report's lede states facts
            text = fit.covering([t for t in (lede(s) for s in news_first) if t], lambda body: layout.text_lines(
                key, escape(body)) <= fit.BOTTOM_LINE_LINES)
            return [{"kind": "text", "body": escape(text)}] if text else []
        if key == "background":
            return [{"kind": "text", "body": "Source: " + escape(citations.format(citation_for(s, style), style, "entry"))}
                    for s in sources]
        if key == "quotes":
            return [{"kind": "quote", "ref_id": q.id} for q in in_text_order(quotes)]
        if key == "actors":
            return [{"kind": "actor", "ref_id": a} for a in dict.fromkeys(q.speaker_id for q in in_text_order(quotes)
                                                                         if q.speaker_id)]
        kept = [o for o in options if o in kept]  # in the project's order
        if key == "options":
            items: list[dict[str, Any]] = [{"kind": "option", "ref_id": o.id} for o in kept]
            cited = positions_cited(project, kept, style, evidence)
            if cited and spec.kind == "options":  # the options paper: every position with its source
                items.append({"kind": "text", "body": "\n".join(["Who stands where:", *cited])})
            if len(kept) < len(options):
                items.append({"kind": "text", "body": f"*{left_out_note(options, kept, spec.page_budget)} "
                                                      "(see the Options panel).*"})
            return items
        if key == "recommendation":
            text = recommendation(project, kept, style, evidence)
            return [{"kind": "text", "body": text}] if text else []
        return []

    plan = DraftPlan(spec.name, memo)
    for n, (key, heading) in enumerate(spec.sections):
        progress.check()
        progress.step(n + 1, len(spec.sections) + 1, f"Drafting the section “{heading}”")
        plan.sections.append((key, heading, fill(key, ranked)))
    progress.step(len(spec.sections) + 1, len(spec.sections) + 1, "Fitting the memo to its page budget")

    evidence = EVIDENCE

    def with_quotes(quotes: list[QuoteRecord], kept: list[OptionRecord] = options) -> fit.Sections:
        return [(k, h, fill(k, quotes, evidence, kept) if k in ("quotes", "actors", "options", "recommendation")
                 else items) for k, h, items in plan.sections]

    def fits(quotes: list[QuoteRecord], kept: list[OptionRecord] = options) -> bool:
        progress.check()
        return layout.pages(with_quotes(quotes, kept)) <= (spec.page_budget or 0)

    chosen = options  # the options a full memo has room for
    full_fits = not spec.page_budget or fits(ranked)  # then so does one with fewer quotes and options
    if not full_fits and len(sources) > 1 and not fits(ranked[:1], most_argued(options)[:1]):
        # no room for a quote and an option: the sources in one paragraph, cited short
        plan.sections = [(k, h, sources_in_short(sources, style) if k == "background" else items)
                         for k, h, items in plan.sections]
        full_fits = fits(ranked)
    if not full_fits:  # shorter evidence for positions, the most argued options, quotes
        evidence = SHORT_EVIDENCE
        chosen = fit.most_that_fit(most_argued(options), lambda some: fits(ranked[:1], some))
        plan.sections = with_quotes(fit.kept_that_fit(ranked, lambda quotes: fits(quotes, chosen)), chosen)
    plan.notes = [n for n in (layout.note,) if n]
    if len(chosen) < len(options):
        plan.notes.append(left_out_note(options, chosen, spec.page_budget))
        plan.left_out = [o.summary.rstrip(".") for o in options if o not in chosen]
    return plan


def sources_in_short(sources: list[SourceRecord], style: str) -> list[dict[str, Any]]:
    """The background of a memo whose sources, a line each, leave no room for a quote and an option: its sources in
    one paragraph, each cited short (fourteen "Source:" lines filled the talking points' one page)."""
    return [{"kind": "text", "body": "Sources: " + "; ".join(escape(in_sentence(s, style, "short")) for s in sources) + "."}]


def left_out_note(options: list[OptionRecord], kept: list[OptionRecord], budget: int | None) -> str:
    """What fitting left out: how many options, and how little argued."""
    out = [o for o in options if o not in kept]
    sources = max(len({st.source_id for st in o.stances}) for o in out)
    argued = "each argued in one source" if sources == 1 else f"each argued in at most {sources} sources"
    return f"{len(out)} of {len(options)} options, {argued}, are left out to keep to the {budget}-page budget"


def draft_command(plan: DraftPlan) -> InsertCommand:
    """The command that writes a planned memo (its result: the new memo's id)."""

    def build(store: object, insert: Inserter) -> int:
        memo_id = insert("memos", plan.memo)
        for pos, (key, heading, items) in enumerate(plan.sections):
            section_id = insert("memo_sections", {"memo_id": memo_id, "position": pos, "key": key, "heading": heading})
            insert.many("memo_items", [{"section_id": section_id, "position": n, **item} for n, item in enumerate(items)])
        return memo_id

    return InsertCommand(f"Draft {plan.name}", build)


def draft_memo(project: Project, history: CommandRunner, template_id: str, source_ids: list[int] | None = None,
               *, to: str = "", from_: str = "", citation_style: str = citations.DEFAULT) -> int:
    """Plan a memo and write it as one undo step; its id."""
    command = draft_command(plan_draft(project, template_id, source_ids, to=to, from_=from_,
                                       citation_style=citation_style))
    history.push(command)
    return int(command.result)
