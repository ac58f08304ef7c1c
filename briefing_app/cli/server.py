"""`briefing server init|upgrade|grant|local`, `briefing push` and `briefing pull`: a team
library on a PostgreSQL server. Addresses are libpq's (a postgresql:// URL or key=value such as
`service=team`) plus `project=NAME`; passwords come from ~/.pgpass, the service file or
PGPASSWORD, never from the command line or the app's settings."""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from briefing_app.core.errors import ProjectError

ADDRESS = "postgresql://HOST/DB?project=NAME or 'service=NAME project=NAME'"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser("server", help="set up a team project on a PostgreSQL server, or start a local one")
    ssub = s.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    a = ssub.add_parser("init", help="create a project on a server (and the viewer/editor roles)")
    a.add_argument("address", metavar="ADDRESS", help=ADDRESS)
    a = ssub.add_parser("upgrade", help="upgrade a project on a server to this version's schema")
    a.add_argument("address", metavar="ADDRESS")
    a = ssub.add_parser("grant", help="make a server login a viewer (read, search, export) or an editor")
    a.add_argument("address", metavar="ADDRESS")
    a.add_argument("user", metavar="LOGIN")
    a.add_argument("--role", choices=["viewer", "editor"], required=True)
    a = ssub.add_parser("local", help="start a PostgreSQL server in a folder to try the team library (Ctrl+C stops it)")
    a.add_argument("folder", metavar="FOLDER")
    a.add_argument("--project", default="demo", help="a project to create on it (default demo)")

    s = sub.add_parser("push", help="copy a project file to a new project on a server")
    s.add_argument("file", metavar="P.briefing")
    s.add_argument("address", metavar="ADDRESS", help=ADDRESS)
    s = sub.add_parser("pull", help="copy a project on a server into a new project file")
    s.add_argument("address", metavar="ADDRESS", help=ADDRESS)
    s.add_argument("file", metavar="P.briefing")


def cmd_server(args: argparse.Namespace) -> int:
    from briefing_app.core.store import pg_server

    if args.server_command == "local":
        return _local(args)
    if args.server_command == "grant":
        pg_server.grant(args.address, args.user, args.role)
        print(f"{args.user} is now a{'n' if args.role == 'editor' else ''} {args.role}")
        return 0
    before, after = pg_server.upgrade(args.address, create=args.server_command == "init")
    if args.server_command == "init":
        print(f"created the project (schema {after}); give people access with: briefing server grant")
    else:
        print(f"schema {before} -> {after}" if before != after else f"already at schema {after}")
    return 0


def _local(args: argparse.Namespace) -> int:
    from briefing_app.cli.local_server import LocalServer
    from briefing_app.core.store import pg_server

    server = LocalServer(Path(args.folder))
    server.start()
    try:
        url = server.url(args.project)
        try:
            pg_server.upgrade(url, create=True)
        except ProjectError as exc:
            if "already exists" not in str(exc):
                raise
        print(f"PostgreSQL is running in {server.folder} (Unix socket only). Open the team project with:\n"
              f"  briefing-app, File > Open Team Project…, address: {url}\n"
              f"  briefing import FILES --project '{url}'\n"
              f"Ctrl+C stops the server; the data stays in {server.data}.", flush=True)
        if hasattr(signal, "sigwait"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
            signal.sigwait({signal.SIGINT, signal.SIGTERM})
        else:  # Windows
            input()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from briefing_app.core.project import open_project
    from briefing_app.core.store import pg_server
    from briefing_app.core.store.transfer import copy_project

    if not Path(args.file).is_file():
        raise ProjectError(f"no project file at {args.file}")
    with open_project(args.file, create=False, exclusive=False) as source:
        try:
            pg_server.upgrade(args.address, create=True)
        except ProjectError as exc:
            if "already exists" not in str(exc):
                raise
        with open_project(args.address) as target:
            counts = copy_project(source, target)
    print(f"pushed {counts['sources']} sources, {counts['quotes']} quotes, {counts['memos']} memos")
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from briefing_app.core.project import open_project
    from briefing_app.core.store.transfer import copy_project

    path = Path(args.file)
    if path.exists():
        raise ProjectError(f"{path} exists: pull into a new file")
    with open_project(args.address) as source:
        try:
            with open_project(path) as target:
                counts = copy_project(source, target)
        except BaseException:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock")):
                if leftover.exists():
                    os.unlink(leftover)
            raise
    print(f"pulled {counts['sources']} sources, {counts['quotes']} quotes, {counts['memos']} memos", file=sys.stdout)
    return 0
