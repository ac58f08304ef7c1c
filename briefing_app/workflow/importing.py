"""Import files or pasted text into a project: read, analyse, store — one transaction each.

Reading and analysing (reading.py) run in worker processes, for one file as for a thousand, and
for a paste (an `ingest.Pasted` travels the same path as a file's path): all cores,
memory-capped, time-limited, cancellable; PDFium is not thread-safe and a parser that blows up
takes only its own process down); storing runs in
the calling thread, each file its own transaction and undo step, in the order given, so
a cancel or a crash keeps every file already stored.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Iterator, Sequence

from briefing_app.core import actions
from briefing_app.core.commands import Macro
from briefing_app.core.anchoring import normalized_hash
from briefing_app.core.errors import BriefingError, Cancelled, ProjectError
from briefing_app.core.runner import CommandRunner
from briefing_app.core.model import Analysis, SourceDoc
from briefing_app.core.option_match import load_matcher
from briefing_app.core.progress import NO_PROGRESS, Progress
from briefing_app.core.project import Project
from briefing_app.ingest import Pasted, supported_suffixes
from briefing_app.ingest.isolate import default_start_method, label, read_one, run_ordered, warm_up
from briefing_app.workflow.reading import (SERVER_PRELOAD, WORKER_PRELOAD, analyse_doc, read_and_analyse,
                                           read_in_worker)

DUPLICATE_CHOICES = ("skip", "replace", "keep")
Item = str | Pasted  # what an import reads: a file's path, or what was pasted


@dataclass
class ImportOutcome:
    path: str
    source_id: int | None = None
    error: str | None = None
    duplicate_of: int | None = None
    quotes: int = 0
    title: str | None = None
    replaced: int | None = None  # the source this import replaced (on_duplicate="replace")


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    stopped: str | None = None  # why the import stopped early: the project could not be written

    @property
    def imported(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.source_id is not None]

    @property
    def failed(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.error]

    @property
    def duplicates(self) -> list[ImportOutcome]:
        return [o for o in self.outcomes if o.duplicate_of is not None and o.source_id is None]


def store_analysed(project: Project, history: CommandRunner, doc: SourceDoc, analysis: Analysis, *,
                   on_duplicate: str = "skip") -> ImportOutcome:
    """Store one analysed source as one undo step; a duplicate is skipped, replaced or kept."""
    if on_duplicate not in DUPLICATE_CHOICES:
        raise ValueError(f"on_duplicate must be one of {DUPLICATE_CHOICES}")
    outcome = ImportOutcome(doc.path or "pasted text")
    text_hash = normalized_hash(doc.text)
    dup = project.find_duplicate(doc.metadata.url, text_hash)
    if dup is not None and on_duplicate == "skip":
        outcome.duplicate_of = dup
        return outcome
    command = actions.import_source(doc, analysis, text_hash)
    if dup is not None and on_duplicate == "replace":
        history.push(Macro(command.text, [actions.delete_source(dup), command]))
        outcome.replaced = dup
    else:
        history.push(command)
    outcome.source_id = command.result
    outcome.quotes = sum(1 for q in analysis.quotes if q.kind in ("direct", "indirect"))
    outcome.title = doc.metadata.merged(analysis.metadata).title
    return outcome


def store_doc(project: Project, history: CommandRunner, doc: SourceDoc, *, on_duplicate: str = "skip") -> ImportOutcome:
    """Analyse one decoded source and store it with its suggestions, as one undo step."""
    dup = project.find_duplicate(doc.metadata.url, normalized_hash(doc.text))
    if dup is not None and on_duplicate == "skip":
        return ImportOutcome(doc.path or "pasted text", duplicate_of=dup)
    return store_analysed(project, history, doc, analyse_doc(doc), on_duplicate=on_duplicate)


def expand_paths(paths: Sequence[str | os.PathLike[str] | Pasted]) -> list[Item]:
    """Files as given; a folder (dropped whole) becomes the supported files inside it, sorted.
    A folder with nothing to import stays, so its reader reports it. A paste stays as it is."""
    suffixes = set(supported_suffixes())
    out: list[Item] = []
    for item in paths:
        if isinstance(item, Pasted):
            out.append(item)
            continue
        p = Path(item)
        if p.is_dir():
            try:
                found = sorted(str(f) for f in p.rglob("*") if f.suffix.lower() in suffixes and f.is_file())
            except OSError:
                found = []
            out += found or [str(p)]
        else:
            out.append(str(p))
    return out


def warm_up_workers() -> None:
    """Get the import workers' server going ahead of the first import (see isolate.warm_up)."""
    warm_up(SERVER_PRELOAD)


def read_many(paths: list[Item], *, progress: Progress = NO_PROGRESS, workers: int | None = None,
              start_method: str | None = None) -> Iterator[tuple[Item, SourceDoc | None, Analysis | None, str | None]]:
    """(path, doc, analysis, error) for each path, in the order given. Raises Cancelled between
    files (and while one is being read).

    One path for one file or a thousand: every file is read and analysed in a worker process
    (isolate.py: memory-capped, killed after FILE_TIMEOUT seconds, cancellable), `workers` of
    them (default: all cores, at most one per file). workers=0 reads in this process, without
    those limits: for tests and tools that need to see inside the reader. start_method: how the
    workers start (isolate.py; "fork" only from a single-threaded process without a GUI)."""
    if workers == 0:
        yield from _read_here(paths, progress)
        return
    workers = max(1, min(workers or os.cpu_count() or 1, len(paths)))
    method = start_method or default_start_method()
    yield from run_ordered(read_in_worker, paths, workers=workers, progress=progress, keep_workers=True,
                           preload=SERVER_PRELOAD if method == "forkserver" else WORKER_PRELOAD, start_method=start_method)


def _read_here(paths: list[Item], progress: Progress
               ) -> Iterator[tuple[Item, SourceDoc | None, Analysis | None, str | None]]:
    for path in paths:
        progress.check()
        result, error = read_one(read_and_analyse, path)
        yield (path, *(result or (None, None)), error)


def import_files(project: Project, history: CommandRunner, paths: Sequence[str | os.PathLike[str] | Pasted], *,
                 progress: Progress = NO_PROGRESS, on_duplicate: str = "skip",
                 workers: int | None = None, start_method: str | None = None) -> ImportReport:
    report = ImportReport()
    files = expand_paths(paths)
    total = len(files)
    progress.step(0, total, "Reading")
    if workers != 0 and files and (start_method or default_start_method()) == "forkserver":
        warm_up(SERVER_PRELOAD)  # the server starts (if the app has not started it) while this process ...
        load_matcher()  # ... loads what storing would load at its first option
    try:
        for n, (path, doc, analysis, error) in enumerate(read_many(files, progress=progress, workers=workers,
                                                                          start_method=start_method)):
            if error is not None or doc is None or analysis is None:
                report.outcomes.append(ImportOutcome(str(path), error=error or f"{label(path)}: could not be read"))
            else:
                try:
                    report.outcomes.append(store_analysed(project, history, doc, analysis, on_duplicate=on_duplicate))
                except ProjectError as exc:  # disk full, read-only, locked: no later file would fare better
                    left = total - n
                    report.stopped = f"{exc} ({left} file{'s' if left != 1 else ''} not imported)"
                    break
                except BriefingError as exc:
                    report.outcomes.append(ImportOutcome(str(path), error=str(exc)))
            progress.step(n + 1, total, f"Imported {label(path)}")
            progress.check()
    except Cancelled:
        report.cancelled = True
    if not report.cancelled and not report.stopped:
        progress.step(len(report.outcomes), total, "Done")
    return report


def import_pasted(project: Project, history: CommandRunner, text: str, html: str | None = None, *,
                  progress: Progress = NO_PROGRESS, on_duplicate: str = "keep") -> ImportOutcome:
    """Pasted text, or the clipboard's HTML flavour when it has one (page chrome copied along is
    hidden): read and analysed in a worker process like a file, then stored as one undo step."""
    report = import_files(project, history, [Pasted(text, html)], progress=progress, on_duplicate=on_duplicate)
    if report.cancelled:
        raise Cancelled()
    if report.stopped:
        raise ProjectError(report.stopped)
    return report.outcomes[0]
