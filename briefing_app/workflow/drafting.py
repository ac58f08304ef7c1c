"""Draft a memo from a project's suggestions: the template's sections, filled as a start.

The analyst then edits; drafting is one undo step. The recommendation (action memo) is
drafted from the options' stances: the options the sources support most are proposed for
approval, with who supports them; it opens with an italic line saying it is a draft.

The draft keeps to the template's conventions (draft_fit.py): a bottom line of at most four
printed lines, and no more pages than the page budget; the most important quotes (with their
speakers in the actors table) that fit are kept, every speaker's first before anyone's second.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from briefing_app.analysis.segment import paragraphs, sentence_spans
from briefing_app.core.errors import NotFound
from briefing_app.core.commands import InsertCommand, Inserter
from briefing_app.core.progress import NO_PROGRESS, Progress
from briefing_app.core.runner import CommandRunner
from briefing_app.core.project import Project
from briefing_app.core.records import OptionRecord, QuoteRecord, SourceRecord
from briefing_app.export import citations
from briefing_app.export.build import citation_for, holder_name
from briefing_app.export.ir import in_quotes
from briefing_app.export.markup import escape
from briefing_app.export.templates import find_template
from briefing_app.workflow import draft_fit as fit
from briefing_app.workflow.option_matrix import build_matrix

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
    """Accepted quotes first, then direct quotes with a named speaker, one or two per speaker;
    most important first: every speaker's first quote before anyone's second."""
    usable = [q for q in quotes if q.kind == "direct" and q.status != "rejected"]
    usable.sort(key=lambda q: (q.status != "accepted", q.speaker is None, -len(q.text)))
    picked: list[tuple[int, int, QuoteRecord]] = []
    per_speaker: dict[str | None, int] = {}
    for q in usable:
        if per_speaker.get(q.speaker, 0) >= 2 or len(q.text.split()) < 6:
            continue
        per_speaker[q.speaker] = per_speaker.get(q.speaker, 0) + 1
        picked.append((per_speaker[q.speaker], len(picked), q))
        if len(picked) >= limit:
            break
    return [q for *_, q in sorted(picked, key=lambda p: p[:2])]


def in_text_order(quotes: list[QuoteRecord]) -> list[QuoteRecord]:
    return sorted(quotes, key=lambda q: (q.source_id, q.clip.start))


DRAFT_NOTE = "*Draft recommendation, from the stances of the sources on each option: check and rewrite it.*"
_WEIGHT = {"support": 2, "conditional": 1, "neutral": 0, "oppose": -2}


def stance_kind(stance: str) -> str:
    """support | conditional | neutral | oppose, also for descriptive words ("recommended", "rejected")."""
    s = stance.strip().lower()
    if s.startswith(("oppose", "reject", "against")):
        return "oppose"
    if s.startswith("condition") or "risk" in s or "low expectation" in s:
        return "conditional"
    if s.startswith(("support", "recommend", "favo", "kept", "endorse", "urge")):
        return "support"
    return "neutral"


def _holders(option: OptionRecord, kind: str, project: Project) -> str:
    names = []
    for st in option.stances:
        if stance_kind(st.stance) != kind:
            continue
        name = holder_name(st, project)
        try:
            outlet = project.get_source(st.source_id).metadata.outlet
        except NotFound:  # a stance whose source was deleted
            outlet = None
        names.append(f"{name} ({outlet})" if outlet and outlet != name else name)
    return ", ".join(dict.fromkeys(names))


EVIDENCE = 220  # characters of the words quoted for a position; SHORT_EVIDENCE when the memo is over its budget
SHORT_EVIDENCE = 110


def positions_cited(project: Project, options: list[OptionRecord], style: str = citations.DEFAULT,
                    limit: int = EVIDENCE) -> list[str]:
    """"Who stands where" from the options matrix: one bullet per position (an author's stance or
    an actor's), each citing its source and quoting the words that state it (at most `limit`
    characters, cut at a word with "…")."""
    matrix = build_matrix(project, options)
    cited: dict[int, str] = {}  # a source cited in full the first time, in short after that (as the notes are)
    lines = []
    for row in matrix.rows:
        for holder in matrix.holders:
            for e in row.cells.get(holder, []):
                try:
                    source = citation_for(project.get_source(e.source_id), style)
                    cite = citations.format(source, style, "short" if e.source_id in cited else "full").rstrip(".")
                    cite = cite[:-2] + "”" if cite.endswith(".”") else cite  # (Green, “Russia has crossed”: …)
                except NotFound:  # a stance whose source was deleted
                    cite = e.source
                cited[e.source_id] = cite
                words = " ".join(e.text.split())
                words = words if len(words) <= limit else words[:limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
                lines.append(f"- {escape(row.option.summary.rstrip('.'))} — {escape(holder)}: {e.stance} "
                             f"({escape(cite)}" + (f": {escape(in_quotes(words))})" if words else ")"))
    return lines


def recommendation(project: Project, options: list[OptionRecord], style: str = citations.DEFAULT,
                   evidence: int = EVIDENCE) -> str:
    """The recommendation as the analyst's text (Markdown subset), or "" when no option has support.

    Accepted options only when some are accepted, else every option not rejected. The options
    with the highest stance score (support 2, conditional 1, oppose -2, summed over sources) are
    proposed; conditional ones are mentioned for consideration, opposed ones as not recommended.
    """
    usable = [o for o in options if o.status == "accepted"] or [o for o in options if o.status != "rejected"]
    scored = [(sum(_WEIGHT[stance_kind(st.stance)] for st in o.stances), o) for o in usable]
    best = max((score for score, _ in scored), default=0)
    if best <= 0:
        return ""
    top = [o for score, o in scored if score == best and _holders(o, "support", project)]
    if not top:
        return ""
    lines = [DRAFT_NOTE, ""]
    if len(top) == 1:
        lines += [f"That you approve: {escape(top[0].summary.rstrip('.'))}.", "",
                  f"Supported by {escape(_holders(top[0], 'support', project))}."]
    else:
        lines.append("That you approve one or more of:")
        lines += [f"- {escape(o.summary.rstrip('.'))} — supported by {escape(_holders(o, 'support', project))}"
                  for o in top]
    rest = [o for o in usable if o not in top]
    also = [o for o in rest if _holders(o, "conditional", project)]
    against = [o for o in rest if _holders(o, "oppose", project) and o not in also]
    if also:
        lines += ["", "Also worth considering, with conditions:"]
        lines += [f"- {escape(o.summary.rstrip('.'))} — {escape(_holders(o, 'conditional', project))}" for o in also]
    if against:
        lines += ["", "Not recommended:"]
        lines += [f"- {escape(o.summary.rstrip('.'))} — opposed by {escape(_holders(o, 'oppose', project))}"
                  for o in against]
    lines += ["", "Who stands where:", *positions_cited(project, usable, style, evidence)]
    return "\n".join(lines)


@dataclass
class DraftPlan:
    """What drafting writes: the memo's fields and, per template section, its items. Made by
    plan_draft from the project as it is (reads only, so it may run on a worker's own read
    connection), written by draft_command as one undo step."""

    name: str  # the template's, for the undo text
    memo: dict[str, Any]
    sections: list[tuple[str, str, list[dict[str, Any]]]] = field(default_factory=list)  # key, heading, items


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
    ranked = pick_quotes([q for i in ids for q in project.list_quotes(i)])  # most important first
    option_ids = [o.id for o in project.list_options() if any(st.source_id in ids for st in o.stances)]
    memo = {"template": spec.ref, "title": subject, "subject": subject, "to_": to, "from_": from_,
            "date": dt.date.today().isoformat(), "marking": spec.marking or "", "citation_style": style}

    def fill(key: str, quotes: list[QuoteRecord], evidence: int = EVIDENCE) -> list[dict[str, Any]]:
        if key in ("bluf", "purpose"):  # an action memo's purpose opens with the same lede
            news_first = sorted(sources, key=lambda s: s.metadata.genre == "opinion")  # a report's lede states facts
            text = fit.bottom_line([t for t in (lede(s) for s in news_first) if t], lambda body: fit.text_lines(
                project, memo, key, escape(body), spec) <= fit.BOTTOM_LINE_LINES)
            return [{"kind": "text", "body": escape(text)}] if text else []
        if key == "background":
            return [{"kind": "text", "body": "Source: " + escape(citations.format(citation_for(s, style), style, "entry"))}
                    for s in sources]
        if key == "quotes":
            return [{"kind": "quote", "ref_id": q.id} for q in in_text_order(quotes)]
        if key == "actors":
            return [{"kind": "actor", "ref_id": a} for a in dict.fromkeys(q.speaker_id for q in in_text_order(quotes)
                                                                         if q.speaker_id)]
        if key == "options":
            items: list[dict[str, Any]] = [{"kind": "option", "ref_id": o} for o in option_ids]
            cited = positions_cited(project, [project.get_option(o) for o in option_ids], style, evidence)
            if cited and spec.kind == "options":  # the options paper: every position with its source
                items.append({"kind": "text", "body": "\n".join(["Who stands where:", *cited])})
            return items
        if key == "recommendation":
            text = recommendation(project, [project.get_option(o) for o in option_ids], style, evidence)
            return [{"kind": "text", "body": text}] if text else []
        return []

    plan = DraftPlan(spec.name, memo)
    for n, (key, heading) in enumerate(spec.sections):
        progress.check()
        progress.step(n + 1, len(spec.sections) + 1, f"Drafting the section “{heading}”")
        plan.sections.append((key, heading, fill(key, ranked)))
    progress.step(len(spec.sections) + 1, len(spec.sections) + 1, "Fitting the memo to its page budget")

    evidence = EVIDENCE

    def with_quotes(quotes: list[QuoteRecord]) -> list[tuple[str, str, list[dict[str, Any]]]]:
        return [(k, h, fill(k, quotes, evidence) if k in ("quotes", "actors", "options", "recommendation") else items)
                for k, h, items in plan.sections]

    def fits(quotes: list[QuoteRecord]) -> bool:
        progress.check()
        return fit.pages(project, memo, with_quotes(quotes), spec) <= (spec.page_budget or 0)

    if spec.page_budget and not fits(ranked):  # shorter evidence for positions, then the most important quotes
        evidence = SHORT_EVIDENCE
        plan.sections = with_quotes(fit.kept_that_fit(ranked, fits))
    return plan


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
