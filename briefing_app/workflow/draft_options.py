"""The drafted text about options, from the option × actor matrix: the action memo's
recommendation and the options paper's "who stands where", each option named once with every
position on it cited (holder, the words that state it, the source).

An analyst writes "That you approve X. Supported by A: “…” (source); B: “…” (source). Opposed by
C: “…” (source)." — not the option three times over (table, proposal, list of positions).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.analysis.datelines import opening_end
from briefing_app.core.errors import NotFound
from briefing_app.core.project import Project
from briefing_app.core.records import OptionRecord, SourceRecord
from briefing_app.export import citations
from briefing_app.export.build import citation_for
from briefing_app.export.ir import in_quotes
from briefing_app.export.markup import escape
from briefing_app.workflow.option_matrix import Evidence, build_matrix

DRAFT_NOTE = "*Draft recommendation, from the stances of the sources on each option: check and rewrite it.*"
_WEIGHT = {"support": 2, "conditional": 1, "neutral": 0, "oppose": -2}
KINDS = ("support", "conditional", "neutral", "oppose")  # the order positions are told in
_VERB = {"support": "supported by", "conditional": "supported with conditions by",
         "neutral": "weighed without taking a side by", "oppose": "opposed by"}
EVIDENCE = 220  # characters of the words quoted for a position; SHORT_EVIDENCE when the memo is over its budget
SHORT_EVIDENCE = 110


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


def score(option: OptionRecord) -> int:
    """How strongly the sources argue for the option: support 2, conditional 1, oppose -2, summed."""
    return sum(_WEIGHT[stance_kind(st.stance)] for st in option.stances)


def most_argued(options: list[OptionRecord]) -> list[OptionRecord]:
    """Options in the order a memo short of room keeps them: the most positions from the most
    sources first (then the strongest case, for or against, then as listed)."""
    def key(o: OptionRecord) -> tuple[int, int, int]:
        return -len({st.source_id for st in o.stances}), -len(o.stances), -abs(score(o))

    return sorted(options, key=key)


def in_sentence(source: SourceRecord, style: str, form: str) -> str:
    """A source cited inside a sentence: the citation in `form` (full | short) without its final stop
    (Green, “Russia has crossed”)."""
    text = citations.format(citation_for(source, style), style, form).rstrip(".")
    return text[:-2] + "”" if text.endswith(".”") else text


@dataclass
class Citer:
    """Cites positions as the notes do: a source in full the first time, in short after that."""

    project: Project
    style: str = citations.DEFAULT
    limit: int = EVIDENCE
    cited: set[int] = field(default_factory=set)

    def cite(self, e: Evidence) -> str:
        try:
            text = in_sentence(self.project.get_source(e.source_id), self.style,
                               "short" if e.source_id in self.cited else "full")
        except NotFound:  # a stance whose source was deleted
            text = e.source
        self.cited.add(e.source_id)
        return text

    def author(self, e: Evidence) -> str:
        """Who holds the author's own stance, as a sentence names them: the author, else the outlet."""
        try:
            m = self.project.get_source(e.source_id).metadata
        except NotFound:
            return "the author"
        return m.author or (f"the author in {m.outlet}" if m.outlet else "the author")

    def position(self, holder: str, e: Evidence) -> str:
        """Holder: “the words” (source), the words at most `limit` characters, cut at a word with "…"."""
        words = " ".join(e.text[opening_end(e.text, 0, len(e.text)):].split())  # not the story's dateline
        if len(words) > self.limit:
            words = words[:self.limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
        said = f": {escape(in_quotes(words))}" if words else ""
        return f"{escape(holder)}{said} ({escape(self.cite(e))})"


def argued(project: Project, option: OptionRecord, citer: Citer, first: str = "support") -> str:
    """Every position on one option, grouped by stance, `first` first: "supported by A: “…” (source); B: …;
    opposed by C: …" (without the option's name)."""
    row = build_matrix(project, [option]).rows[0]
    named = {st.id: st.holder for st in option.stances}
    by_kind: dict[str, dict[tuple[int, str], tuple[list[str], Evidence]]] = {}  # holders stating the same words join
    for holder, cell in row.cells.items():
        for e in cell:
            who = holder if named.get(e.stance_id) else citer.author(e)  # the citation names the source
            same = by_kind.setdefault(stance_kind(e.stance), {}).setdefault((e.source_id, e.text), ([], e))
            same[0].append(who)
    positions = {k: [citer.position(_and(holders), e) for holders, e in groups.values()] for k, groups in by_kind.items()}
    order = [first, *(k for k in KINDS if k != first)]
    return "; ".join(f"{_VERB[k]} " + "; ".join(positions[k]) for k in order if k in positions)


def _and(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _summary(option: OptionRecord) -> str:
    return escape(option.summary.rstrip("."))


def positions_cited(project: Project, options: list[OptionRecord], style: str = citations.DEFAULT,
                    limit: int = EVIDENCE) -> list[str]:
    """"Who stands where": one bullet per option, naming it once, with every position on it cited."""
    citer = Citer(project, style, limit)
    return [f"- {_summary(o)} — {argued(project, o, citer)}" for o in options if o.stances]


def _holders(option: OptionRecord, kind: str) -> bool:
    return any(stance_kind(st.stance) == kind for st in option.stances)


def recommendation(project: Project, options: list[OptionRecord], style: str = citations.DEFAULT,
                   evidence: int = EVIDENCE) -> str:
    """The recommendation as the analyst's text (Markdown subset), or "" when no option has support.

    Accepted options only when some are accepted, else every option not rejected. The options
    with the highest stance score (support 2, conditional 1, oppose -2, summed over sources) are
    proposed; the others follow as worth considering with conditions, also argued for, not
    recommended, or discussed. Each option is named once, with every position on it cited.
    """
    usable = [o for o in options if o.status == "accepted"] or [o for o in options if o.status != "rejected"]
    best = max((score(o) for o in usable), default=0)
    top = [o for o in usable if score(o) == best and _holders(o, "support")] if best > 0 else []
    if not top:
        return ""
    citer = Citer(project, style, evidence)
    lines = [DRAFT_NOTE, ""]
    if len(top) == 1:
        lines += [f"That you approve: {_summary(top[0])}.", "", _sentence(argued(project, top[0], citer))]
    else:
        lines.append("That you approve one or more of:")
        lines += [f"- {_summary(o)} — {argued(project, o, citer)}" for o in top]
    rest = [o for o in usable if o not in top and o.stances]
    groups = [("Also worth considering, with conditions:", "conditional", [o for o in rest if _holders(o, "conditional")])]
    rest = [o for o in rest if o not in groups[0][2]]
    groups += [("Also argued for:", "support", [o for o in rest if score(o) > 0]),
               ("Not recommended:", "oppose", [o for o in rest if score(o) < 0]),
               ("Also discussed:", "neutral", [o for o in rest if score(o) == 0])]
    for heading, first, group in groups:
        if group:
            lines += ["", heading, *(f"- {_summary(o)} — {argued(project, o, citer, first)}" for o in group)]
    return "\n".join(lines)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "…")) else ".")
