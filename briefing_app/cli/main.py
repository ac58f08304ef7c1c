"""`briefing`: the command line over the same core as the GUI.

Exit 0 on success; on bad input exit 1 with one line `error: …` on stderr (`--debug`
shows the traceback).
"""
from __future__ import annotations

import argparse
import getpass
import os
import sys
import tempfile
import traceback
from pathlib import Path

from briefing_app import __version__
from briefing_app.cli import desktop, server
from briefing_app.core.errors import BriefingError

# export/citations.py STYLES, named here so that `briefing --help` does not import the renderers
# (tests/cli checks the two agree)
CITATION_STYLES = "chicago (Chicago notes and bibliography), apa (APA 7) or house (house style)"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="briefing", description="Briefing Builder: sources in, briefing memos out.")
    p.add_argument("--version", action="version", version=f"briefing {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("extract", help="print text, metadata, quotes, actors and options of files as JSON")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--format", choices=["json", "jsonl"], default="json")

    s = sub.add_parser("import", help="import files into a project (created if missing)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--project", required=True, metavar="P.briefing|ADDRESS")
    s.add_argument("--replace", action="store_true", help="replace a source imported before instead of skipping it")

    s = sub.add_parser("search", help="full-text search over a project's sources")
    s.add_argument("project", metavar="P.briefing|ADDRESS")
    s.add_argument("query", nargs="+")

    sub.add_parser("templates", help="list memo templates")

    s = sub.add_parser("memos", help="list the memos of a project")
    s.add_argument("project", metavar="P.briefing|ADDRESS")

    s = sub.add_parser("memo-status", help="set a memo's review status (approving records you as the approver)")
    s.add_argument("project", metavar="P.briefing|ADDRESS")
    s.add_argument("--memo", required=True, type=int, metavar="ID")
    s.add_argument("status", choices=["draft", "in-review", "approved"])
    s.add_argument("--expect-version", type=int, metavar="N",
                   help="the memo's version as 'briefing memos' showed it: refused if someone changed the memo since")

    s = sub.add_parser("draft", help="import, analyse, draft a memo from the suggestions and export it")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--template", required=True, metavar="ID|FOLDER",
                   help="a template id (see 'briefing templates') or the path of a template folder")
    s.add_argument("--out", required=True, metavar="OUT.docx|OUT.pdf")
    s.add_argument("--project", metavar="P.briefing|ADDRESS", help="keep the project here (default: a temporary one)")
    s.add_argument("--to", default="", help="the memo's addressee")
    s.add_argument("--from", dest="from_", default="", help="the memo's author")
    s.add_argument("--citation-style", metavar="STYLE", default="chicago",
                   help=f"how quotes cite their sources: {CITATION_STYLES}; default chicago")

    s = sub.add_parser("export", help="export a memo of a project to .docx or .pdf")
    s.add_argument("project", metavar="P.briefing|ADDRESS")
    s.add_argument("--memo", required=True, type=int, metavar="ID")
    s.add_argument("--out", required=True, metavar="OUT.docx|OUT.pdf")
    s.add_argument("--citation-style", metavar="STYLE", help=f"instead of the memo's own: {CITATION_STYLES}")
    s.add_argument("--marking", metavar="TEXT", help="override the memo's handling marking ('' for none)")
    s.add_argument("--accessible", action="store_true",
                   help="a tagged (accessible) PDF, made from the Word file by LibreOffice")

    desktop.add_parser(sub)
    server.add_parsers(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 0
    from briefing_app.cli import commands

    try:
        try:
            return getattr(commands, f"cmd_{args.command.replace('-', '_')}")(args)
        except BriefingError as exc:  # a server wants a password libpq found nowhere: ask, once
            if "password" not in str(exc) or "PGPASSWORD" in os.environ or not sys.stdin.isatty():
                raise
            os.environ["PGPASSWORD"] = getpass.getpass("Server password: ")  # this process only, never saved
            return getattr(commands, f"cmd_{args.command.replace('-', '_')}")(args)
    except BriefingError as exc:
        return _fail(args, str(exc))
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except MemoryError:
        return _fail(args, "out of memory")
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        return _fail(args, f"cannot access{where}: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a bug: still one line for the user, the trace with --debug
        return _fail(args, f"internal error ({type(exc).__name__}: {exc}); run with --debug for details")


def _fail(args: argparse.Namespace, message: str) -> int:
    if args.debug:
        traceback.print_exc()
    print(f"error: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return 1


def temporary_project_path() -> Path:
    return Path(tempfile.mkdtemp(prefix="briefing-")) / "draft.briefing"


if __name__ == "__main__":
    sys.exit(main())
