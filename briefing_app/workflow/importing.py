"""Import files or pasted text into a project: read, analyse, store — one transaction each."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from briefing_app.analysis import analyse
from briefing_app.core import actions
from briefing_app.core.anchoring import normalized_hash
from briefing_app.core.errors import BriefingError, Cancelled
from briefing_app.core.history import History
from briefing_app.core.model import SourceDoc
from briefing_app.core.progress import NO_PROGRESS, Progress
from briefing_app.core.project import Project
from briefing_app.ingest import read_file, read_pasted


@dataclass
class ImportOutcome:
    path: str
    source_id: int | None = None
    error: str | None = None
    duplicate_of: int | None = None
    quotes: int = 0
    title: str | None = None


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def imported(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.source_id is not None]

    @property
    def failed(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.error]


def store_doc(project: Project, history: History, doc: SourceDoc, *, on_duplicate: str = "skip") -> ImportOutcome:
    """Analyse one decoded source and store it with its suggestions, as one undo step."""
    outcome = ImportOutcome(doc.path or "pasted text")
    dup = project.find_duplicate(doc.metadata.url, normalized_hash(doc.text))
    if dup is not None and on_duplicate == "skip":
        outcome.duplicate_of = dup
        return outcome
    analysis = analyse(doc.text, doc.metadata)
    command = actions.import_source(doc, analysis)
    if dup is not None and on_duplicate == "replace":
        history.push_all(command.text, [actions.delete_source(dup), command])
    else:
        history.push(command)
    outcome.source_id = command.result
    outcome.quotes = sum(1 for q in analysis.quotes if q.kind in ("direct", "indirect"))
    outcome.title = doc.metadata.merged(analysis.metadata).title
    return outcome


def import_files(project: Project, history: History, paths: list[str | os.PathLike[str]], *,
                 progress: Progress = NO_PROGRESS, on_duplicate: str = "skip") -> ImportReport:
    report = ImportReport()
    total = len(paths)
    for n, path in enumerate(paths):
        try:
            progress.check()
        except Cancelled:
            report.cancelled = True
            break
        progress.step(n, total, f"Importing {os.path.basename(str(path))}")
        try:
            report.outcomes.append(store_doc(project, history, read_file(path), on_duplicate=on_duplicate))
        except BriefingError as exc:
            report.outcomes.append(ImportOutcome(str(path), error=str(exc)))
    progress.step(len(report.outcomes), total, "Done")
    return report


def import_pasted(project: Project, history: History, text: str) -> ImportOutcome:
    return store_doc(project, history, read_pasted(text), on_duplicate="keep")
