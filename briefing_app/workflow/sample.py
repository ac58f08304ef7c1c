"""The bundled sample project: built on first use from the sample articles, then reused.

`briefing-app` without a project opens it, so a first-time user sees real sources,
suggested quotes and a drafted memo instead of an empty window.

A stamp file next to it names the sample articles it was built from. When a newer app ships
other articles, the old sample is moved aside (kept, never deleted: the user may have worked
in it) and a new one is built.
"""
from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

from briefing_app.core import paths
from briefing_app.core.errors import BriefingError, ProjectError
from briefing_app.core.history import History
from briefing_app.core.project import open_project

SAMPLE_NAME = "sample.briefing"
MEMO_TEMPLATE = "info-memo"


def sample_project_path(folder: Path | None = None) -> Path:
    """The sample project's path, building it first if it does not exist yet.

    It is built under a temporary name and renamed into place, so an interrupted build
    never leaves a half-filled sample behind.
    """
    folder = Path(folder) if folder is not None else paths.user_data_dir()
    target = folder / SAMPLE_NAME
    stamp = folder / f"{SAMPLE_NAME}.edition"
    edition = sample_edition()
    if target.exists():
        if _read(stamp) == edition:
            return target
        _move_aside(target)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(f"cannot create {folder}: {exc.strerror or exc}") from None
    partial = folder / f".{SAMPLE_NAME}.{os.getpid()}.partial"
    try:
        _build(partial)
    except BaseException:
        _remove(partial)
        raise
    os.replace(partial, target)
    try:
        stamp.write_text(edition + "\n", encoding="utf-8")
    except OSError:
        pass  # without a stamp the sample is rebuilt next time, the current one moved aside
    return target


def sample_edition() -> str:
    """A fingerprint of the bundled sample articles (names and bytes)."""
    digest = hashlib.sha256()
    for source in paths.sample_project_sources():
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _read(stamp: Path) -> str | None:
    try:
        return stamp.read_text(encoding="utf-8").strip()
    except OSError:
        return None


def _move_aside(target: Path) -> None:
    """Keep an outdated sample (with its WAL files) under a dated name nobody opens by default."""
    stem = f"{target.stem} (before {date.today().isoformat()})"
    aside = target.with_name(f"{stem}{target.suffix}")
    n = 2
    while aside.exists():
        aside = target.with_name(f"{stem} {n}{target.suffix}")
        n += 1
    try:
        for suffix in ("-wal", "-shm"):
            extra = Path(f"{target}{suffix}")
            if extra.exists():
                os.replace(extra, f"{aside}{suffix}")
        os.replace(target, aside)
    except OSError as exc:
        raise ProjectError(f"cannot move the outdated sample project {target} aside: {exc.strerror or exc}") from None


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
        leftover.unlink(missing_ok=True)


def _build(path: Path) -> None:
    _remove(path)
    # analysis and drafting are only needed on first use: keep them out of app startup
    from briefing_app.workflow.importing import import_files

    project = open_project(path)
    try:
        history = History(project)
        sources = paths.sample_project_sources()
        # the app's own bundled articles: read here, without the start-up cost of worker processes
        report = import_files(project, history, sources, workers=0)
        if not sources or not report.imported:
            why = report.failed[0].error if report.failed else f"no sample articles in {paths.resources_dir()}"
            raise ProjectError(f"cannot build the sample project: {why}")
        try:
            from briefing_app.workflow.drafting import draft_memo

            draft_memo(project, history, MEMO_TEMPLATE)
        except (ImportError, BriefingError):
            pass  # templates/export not available: the sample has sources only
    finally:
        project.close()
    Path(f"{path}.lock").unlink(missing_ok=True)  # the lock file of the temporary name
