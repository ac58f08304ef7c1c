"""The subcommands of `briefing`. Each returns an exit code; errors propagate as BriefingError."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from briefing_app.cli.desktop import cmd_install_desktop  # noqa: F401  (briefing install-desktop)
from briefing_app.cli.server import cmd_pull, cmd_push, cmd_server  # noqa: F401  (briefing server/push/pull)
from briefing_app.core.errors import BriefingError, InputError
from briefing_app.core.history import History
from briefing_app.core.progress import Progress
from briefing_app.core.project import open_project


# The CLI has one thread: its import workers fork from it, with the app already imported
# (ingest/isolate.py; the GUI must not fork, so its default is a fork server)
WORKERS_START = "fork"


def _progress() -> Progress:
    if not sys.stderr.isatty():
        return Progress()

    def show(done: int, total: int, message: str) -> None:
        print(f"\r[{done}/{total}] {message[:60]:<60}", end="" if done < total else "\n", file=sys.stderr)

    return Progress(show)


def cmd_extract(args: argparse.Namespace) -> int:
    from briefing_app.workflow.extract import extract_file

    results, failed = [], 0
    for path in args.files:
        try:
            obj = extract_file(path)
        except BriefingError as exc:
            print(f"error: {exc}", file=sys.stderr)
            failed += 1
            continue
        if args.format == "jsonl":
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            results.append(obj)
    if args.format == "json":
        sys.stdout.write(json.dumps(results, ensure_ascii=False, indent=1) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0


def cmd_import(args: argparse.Namespace) -> int:
    from briefing_app.workflow.importing import import_files

    with open_project(args.project) as project:
        report = import_files(project, History(project), args.files, progress=_progress(),
                              on_duplicate="replace" if args.replace else "skip", start_method=WORKERS_START)
    for o in report.outcomes:
        if o.error:
            print(f"error: {o.error}", file=sys.stderr)
        elif o.duplicate_of is not None:
            print(f"skipped {o.path}: already imported as source {o.duplicate_of} (use --replace)")
        else:
            print(f"imported {o.path} as source {o.source_id}: {o.title or 'untitled'} ({o.quotes} quotes)")
    if report.stopped:
        print(f"error: {report.stopped}", file=sys.stderr)
    return 1 if report.failed or report.stopped else 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_project(args.project, create=False, exclusive=False) as project:
        hits = project.search_sources(" ".join(args.query))
        for source_id, snippet in hits:
            label = project.get_source(source_id).label
            print(f"{source_id}\t{label}\t{' '.join(snippet.split())}")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    from briefing_app.export.templates import list_templates

    for t in list_templates():
        print(f"{t.id}\t{t.name}\t{t.kind}\t{t.page_budget} pages")
    return 0


def cmd_memos(args: argparse.Namespace) -> int:
    """One line a memo: id, template, title, review status, version (for memo-status --expect-version)."""
    with open_project(args.project, create=False, exclusive=False) as project:
        for memo_id, template, title in project.list_memos():
            memo = project.get_memo(memo_id)
            print(f"{memo_id}\t{template}\t{title}\t{memo.review_status()}\tversion {memo.version}")
    return 0


def cmd_memo_status(args: argparse.Namespace) -> int:
    """The memo bar's review status command; a stale --expect-version or a viewer is refused (error: ...)."""
    from briefing_app.core import actions

    with open_project(args.project, create=False) as project:
        version = project.get_memo(args.memo).version if args.expect_version is None else args.expect_version
        History(project).push(actions.set_memo_status(project, args.memo, args.status.replace("-", " "), version))
        print(f"memo {args.memo}: {project.get_memo(args.memo).review_status()}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from briefing_app.export import export_memo

    with open_project(args.project, create=False, exclusive=False) as project:
        report = export_memo(project.get_memo(args.memo), project, args.out, citation_style=args.citation_style,
                             marking=args.marking, accessible=args.accessible)
    _print_export(report)
    return 0


def template_ref(arg: str) -> str:
    """A template id as given, or a template folder's path made absolute (what the memo keeps)."""
    if "/" in arg or os.sep in arg or arg.startswith(("~", ".")):
        return str(Path(arg).expanduser().resolve())
    return arg


def cmd_draft(args: argparse.Namespace) -> int:
    from briefing_app.cli.main import temporary_project_path
    from briefing_app.core.pattern_cache import cached_patterns

    with cached_patterns():  # drafting loads analysis rules (datelines, subjects): their patterns come compiled
        from briefing_app.export import export_memo
        from briefing_app.export.citations import check_style
        from briefing_app.export.templates import find_template
        from briefing_app.workflow.drafting import draft_command, plan_draft
        from briefing_app.workflow.importing import import_files

    template = template_ref(args.template)
    find_template(template)  # fail before any work on an unknown template or style
    check_style(args.citation_style)
    out = Path(args.out)
    if out.suffix.lower() not in (".docx", ".pdf"):
        raise InputError(f"{out.name}: the output must end in .docx or .pdf")
    keep = args.project is not None
    path = Path(args.project) if keep else temporary_project_path()
    try:
        with open_project(path) as project:
            history = History(project)
            # a source already in the project (same URL or text, as the GUI's import finds it) is reused
            report = import_files(project, history, args.files, progress=_progress(), on_duplicate="skip",
                                  start_method=WORKERS_START)
            if report.failed:
                raise InputError(report.failed[0].error or "import failed")
            for o in report.duplicates:
                if o.duplicate_of is not None:
                    print(f"note: already in the project: {o.path} (source {o.duplicate_of})", file=sys.stderr)
            found = (o.source_id if o.source_id is not None else o.duplicate_of for o in report.outcomes)
            ids = list(dict.fromkeys(i for i in found if i is not None))  # in the order given, each once
            plan = plan_draft(project, template, ids, to=args.to, from_=args.from_, citation_style=args.citation_style)
            command = draft_command(plan)
            history.push(command)
            for note in plan.notes:  # a template laid out with the built-in one, options left out
                print(f"note: {note}", file=sys.stderr)
            if plan.left_out:
                print("left out: " + "; ".join(plan.left_out), file=sys.stderr)
            result = export_memo(project.get_memo(command.result), project, out)
    finally:
        if not keep:
            shutil.rmtree(path.parent, ignore_errors=True)
    _print_export(result)
    return 0


def _print_export(report) -> None:
    pages = f", {report.pages} page{'s' if report.pages != 1 else ''}" if report.pages else ""
    print(f"wrote {report.path}{pages}")
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)

