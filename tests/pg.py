"""The throwaway PostgreSQL cluster the tests use: started once per test session in a temp
folder (Unix socket only, as the postgres user when run as root), stopped and deleted after.

If the server programs are missing, PostgreSQL tests fail with a message saying to install the
`postgresql` package (scripts/setup.sh --dev does), unless BRIEFING_SKIP_POSTGRES=1 is set,
which skips them instead (say so when reporting results).
"""
from __future__ import annotations

import itertools
import os
import shutil
import tempfile

import pytest

_counter = itertools.count(1)


def start_cluster():
    from briefing_app.cli.local_server import LocalServer, ServerUnavailable

    try:
        server = LocalServer(tempfile.mkdtemp(prefix="bb-pg-"))
    except ServerUnavailable as exc:
        if os.environ.get("BRIEFING_SKIP_POSTGRES") == "1":
            pytest.skip(f"PostgreSQL tests skipped (BRIEFING_SKIP_POSTGRES=1): {exc}")
        pytest.fail(f"{exc} (or set BRIEFING_SKIP_POSTGRES=1 to skip the PostgreSQL tests)")
    return server.start()


def stop_cluster(server) -> None:
    try:
        server.stop()
    finally:
        shutil.rmtree(server.folder, ignore_errors=True)


def new_project_url(server) -> str:
    """A fresh, empty project on the cluster (set up as `briefing server init` does)."""
    from briefing_app.core.store import pg_server

    url = server.url(f"t{os.getpid()}_{next(_counter)}")
    pg_server.upgrade(url, create=True)
    return url


def drop(url: str) -> None:
    from briefing_app.core.store import pg_server

    pg_server.drop_project(url)
