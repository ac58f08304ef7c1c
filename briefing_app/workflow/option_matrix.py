"""Who stands where: options × holders, each cell the stances a holder takes on an option with
the evidence for each (source, span, words). Holders are the actors named as holding a position
and the authors of the sources (a stance with no holder is the author's). Built from the store
for the options panel and the drafting of options papers and recommendations."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.analysis.holder_forms import holder_key
from briefing_app.core.errors import NotFound
from briefing_app.core.project import Project
from briefing_app.core.records import OptionRecord

STANCE_ORDER = ("support", "conditional", "neutral", "oppose")


@dataclass(frozen=True)
class Evidence:
    """One stance and the words that state it."""

    stance_id: int
    stance: str
    source_id: int
    source: str  # the source's label (title)
    start: int
    end: int
    text: str


@dataclass
class MatrixRow:
    option: OptionRecord
    cells: dict[str, list[Evidence]] = field(default_factory=dict)  # holder -> its stances on the option


@dataclass
class Matrix:
    holders: list[str]
    rows: list[MatrixRow]

    def cell(self, row: int, holder: str) -> list[Evidence]:
        return self.rows[row].cells.get(holder, [])

    def holder_of(self) -> dict[int, tuple[str, Evidence]]:
        """stance id -> (holder, evidence)."""
        return {e.stance_id: (h, e) for row in self.rows for h, cell in row.cells.items() for e in cell}


def holder_label(holder: str | None, author: str | None, outlet: str | None, source: str) -> str:
    """An actor's name; for the author's own stance "Author name (outlet)"."""
    if holder:
        return holder
    name = author or outlet or (source if len(source) <= 32 else source[:31].rstrip() + "…")
    return f"{name} ({outlet})" if outlet and author and outlet != author else name


def build_matrix(project: Project, options: list[OptionRecord] | None = None) -> Matrix:
    """The matrix of the given options (default: every option not rejected), holders ordered by
    how many options they take a stance on, then by name."""
    options = project.list_options() if options is None else options
    sources: dict[int, tuple[str | None, str | None, str]] = {}
    rows: list[MatrixRow] = []
    counts: dict[str, int] = {}
    labels: dict[str, str] = {}  # a holder's key -> its column's label
    for o in options:
        row = MatrixRow(o)
        for st in o.stances:
            if st.source_id not in sources:
                try:
                    src = project.get_source(st.source_id)
                    sources[st.source_id] = (src.metadata.author, src.metadata.outlet, src.label)
                except NotFound:  # a stance whose source was deleted
                    sources[st.source_id] = (None, None, f"source {st.source_id}")
            author, outlet, label = sources[st.source_id]
            holder = holder_label(st.holder, author, outlet, label)
            if st.holder:  # "the senator" in one source, "a senator" in another: one column, as first written
                holder = labels.setdefault(holder_key(holder), holder)
            clip = st.clip
            row.cells.setdefault(holder, []).append(Evidence(
                st.id, st.stance, st.source_id, label, clip.start if clip else 0, clip.end if clip else 0, clip.text if clip else ""))
        for holder in row.cells:
            counts[holder] = counts.get(holder, 0) + 1
        rows.append(row)
    holders = sorted(counts, key=lambda h: (-counts[h], h.lower()))
    return Matrix(holders, rows)


def summary_stance(evidence: list[Evidence]) -> str:
    """One word for a cell: the stance if all agree, else "mixed"."""
    kinds = {e.stance for e in evidence}
    return next(iter(kinds)) if len(kinds) == 1 else "mixed"
