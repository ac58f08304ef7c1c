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


_PSYCOPG_PREFIX = re.compile(r"^(?:connection is bad|connection failed|consuming input failed|sending query failed):\s*")
_LIBPQ_FAILED = re.compile(r'^connection to server (?:on socket "(?P<socket>[^"]+)"|at "(?P<host>[^"]+)"'
                           r'(?:, port (?P<port>\d+))?) failed:\s*(?P<reason>.*)$')


def unreachable_message(conninfo: str, error: str) -> str:
    """One sentence for a failed connection: the address (no password), libpq's reason (its
    first line, not the hint libpq puts last) and that hint, e.g. `cannot connect to the
    server at host=/tmp/s (socket /tmp/s/.s.PGSQL.5432): no such file or directory — is the
    server running locally and accepting connections on that socket?`"""
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    first = _PSYCOPG_PREFIX.sub("", lines[0]) if lines else "no reason given"
    where = ""
    found = _LIBPQ_FAILED.match(first)
    if found:
        if found.group("socket"):
            where = f" (socket {found.group('socket')})"
        else:
            where = f" ({found.group('host')}" + (f", port {found.group('port')})" if found.group("port") else ")")
        first = found.group("reason") or "no reason given"
    reason = first[:1].lower() + first[1:] if first[1:2].islower() else first
    hint = next((line for line in lines[1:2] if line.startswith("Is the server")), "")
    hint_text = f" — {hint[:1].lower()}{hint[1:]}" if hint else ""
    return f"cannot connect to the server at {without_password(conninfo) or 'the default address'}{where}: {reason}{hint_text}"


def lost_reason(error: str) -> str:
    """libpq's reason for a connection lost mid-session: its first line, without psycopg's
    prefix (the later lines are libpq's guesses, "before or while processing the request.")."""
    lines = [line.strip() for line in error.strip().splitlines() if line.strip()]
    return _PSYCOPG_PREFIX.sub("", lines[0]) if lines else "no reason given"
