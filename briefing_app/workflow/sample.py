"""The bundled sample project: built on first use from the sample articles, then reused.

`briefing-app` without a project opens it, so a first-time user sees real sources,
suggested quotes and a drafted memo instead of an empty window.
"""
from __future__ import annotations

import os
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
    if target.exists():
        return target
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
    return target


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
