"""Where a team project lives: a libpq address (URL or key=value, e.g. a service name) plus
the project's name. Passwords are never part of what the app keeps: libpq finds them in
~/.pgpass, the service file or PGPASSWORD, or the user is asked."""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from briefing_app.core.errors import ProjectError

_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_KV_PROJECT = re.compile(r"(?:^|\s)project\s*=\s*(\S+)")


@dataclass(frozen=True)
class ServerAddress:
    conninfo: str  # what libpq gets: the address without our `project` parameter
    project: str  # the project's name on the server (a PostgreSQL schema bb_<project>)

    @property
    def schema(self) -> str:
        return f"bb_{self.project}"

    @property
    def channel(self) -> str:
        return f"bb_changes_{self.project}"

    def display(self) -> str:
        """The address without any password, for titles, messages and recent-server lists."""
        return f"{without_password(self.conninfo)} project={self.project}"


def parse_address(target: str) -> ServerAddress:
    """`postgresql://host/db?project=NAME` or `service=team project=NAME` (key=value)."""
    text = target.strip()
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        query = parse_qsl(parts.query, keep_blank_values=True)
        project = next((v for k, v in query if k == "project"), "main")
        rest = urlencode([(k, v) for k, v in query if k != "project"])
        conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, rest, ""))
    else:
        found = _KV_PROJECT.search(text)
        project = found.group(1) if found else "main"
        conninfo = _KV_PROJECT.sub(" ", text).strip()
    project = project.lower()
    if not _NAME.fullmatch(project):
        raise ProjectError(f"project name {project!r} on a server must be lower-case letters, digits and _ "
                           f"(starting with a letter, at most 40)")
    return ServerAddress(conninfo, project)


def without_password(conninfo: str) -> str:
    if conninfo.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(conninfo)
        netloc = parts.netloc
        if "@" in netloc:
            user, host = netloc.rsplit("@", 1)
            netloc = user.split(":", 1)[0] + "@" + host
        query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    return re.sub(r"(?:^|\s)password\s*=\s*\S+", " ", conninfo).strip()
