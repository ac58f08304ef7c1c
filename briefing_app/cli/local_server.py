"""A throwaway PostgreSQL server in a folder, for trying the team library and for tests.

initdb + pg_ctl from Debian's `postgresql` package (/usr/lib/postgresql/<version>/bin) or
PATH; a Unix socket in the folder and no TCP port, so nothing collides with another server.
PostgreSQL refuses to run as root: as root the server runs as the `postgres` user (runuser).
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
from pathlib import Path

from briefing_app.core.errors import BriefingError


class ServerUnavailable(BriefingError):
    """No PostgreSQL server programs on this machine (install the `postgresql` package)."""


def server_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable("no PostgreSQL server found: install the postgresql package "
                            "(scripts/setup.sh --dev does) to try the team library locally")


class LocalServer:
    """`with LocalServer(folder) as server:` … `server.url(project)`; stopped on exit."""

    def __init__(self, folder: str | os.PathLike[str]):
        self.folder = Path(folder).resolve()
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.bin = server_bin()
        self._as: list[str] = []
        if os.geteuid() == 0:  # the server will not run as root
            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable("running as root and there is no postgres user to run the server as") from None
            self._as = ["runuser", "-u", "postgres", "--"]
            self._uid, self._gid = pw.pw_uid, pw.pw_gid

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)
        if result.returncode:
            raise BriefingError(f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-400:]}")

    def start(self) -> LocalServer:
        self.socket.mkdir(parents=True, exist_ok=True)
        if self._as:
            for path in (self.folder, self.socket):
                os.chown(path, self._uid, self._gid)
        if not (self.data / "PG_VERSION").exists():
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = f"-k {self.socket} -h '' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-w", "-t", "60",
                  "-l", str(self.folder / "server.log"), "start")
        return self

    def restart(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60",
                  "-l", str(self.folder / "server.log"), "restart")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def conninfo(self, user: str = "postgres") -> str:
        return f"host={self.socket} user={user} dbname=postgres"

    def url(self, project: str, user: str = "postgres") -> str:
        from urllib.parse import quote

        return f"postgresql://{user}@{quote(str(self.socket), safe='')}/postgres?project={project}"

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
