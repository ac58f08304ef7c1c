"""Setting up a project on a PostgreSQL server: `briefing server init` / `upgrade` / `grant`.

A project is a schema `bb_<name>`; two group roles give access to every project:
`briefing_viewer` (read, search, export) and `briefing_editor` (also change). People log in
with their own roles and are made members of one of them (`briefing server grant`).
Migrations run under an advisory lock, so two clients never upgrade at once, and a project
set up by a newer app is refused untouched.
"""
from __future__ import annotations

import psycopg
from psycopg import sql

from briefing_app.core.errors import ProjectError
from briefing_app.core.store.pg_address import ServerAddress, parse_address
from briefing_app.core.store.pg_schema import LATEST, MIGRATIONS
from briefing_app.core.store.pg_rows import _one
from briefing_app.core.store.postgres import connect

VIEWER, EDITOR = "briefing_viewer", "briefing_editor"
_LOCK_KEY = 0x62726966  # "brif": the advisory lock all Briefing Builder migrations take


def _schema_version(conn: psycopg.Connection, address: ServerAddress) -> int:
    if _one(conn.execute("SELECT to_regclass(%s)", (f'"{address.schema}".bb_meta',))) is None:
        return 0
    row = conn.execute(sql.SQL("SELECT value FROM {}.bb_meta WHERE key = 'schema_version'")
                       .format(sql.Identifier(address.schema))).fetchone()
    return int(row[0]) if row else 0


def _ensure_roles(conn: psycopg.Connection) -> None:
    for role in (VIEWER, EDITOR):
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is None:
            try:
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            except psycopg.errors.InsufficientPrivilege:
                raise ProjectError("setting up a team server needs a role that may create roles "
                                   "(CREATEROLE), e.g. the database owner or postgres") from None


def _grant(conn: psycopg.Connection, schema: str) -> None:
    s = sql.Identifier(schema)
    for stmt in (
        "GRANT USAGE ON SCHEMA {s} TO {v}, {e}",
        "GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {v}",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {e}",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {e}",
        "REVOKE INSERT, UPDATE, DELETE ON {s}.bb_meta FROM {e}",
    ):
        conn.execute(sql.SQL(stmt).format(s=s, v=sql.Identifier(VIEWER), e=sql.Identifier(EDITOR)))


def upgrade(target: str, *, create: bool) -> tuple[int, int]:
    """Create (create=True) or upgrade a project's schema to this app's version, with the roles
    and grants. Returns (version before, version after)."""
    address = parse_address(target)
    conn = connect(address.conninfo)
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            before = _schema_version(conn, address)
            if before > LATEST:
                raise ProjectError(f"project {address.project!r} was set up by a newer Briefing Builder (schema "
                                   f"{before}, this version knows up to {LATEST}); it was left untouched")
            if before == 0 and not create:
                raise ProjectError(f"there is no project {address.project!r} on this server; use briefing server init")
            if before and create:
                raise ProjectError(f"project {address.project!r} already exists on this server")
            _ensure_roles(conn)
            try:
                conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            except psycopg.errors.InsufficientPrivilege:
                raise ProjectError("the server lacks the pg_trgm extension and this role may not create it; "
                                   "ask the server's administrator to run CREATE EXTENSION pg_trgm") from None
            schema = sql.Identifier(address.schema)
            conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(schema))
            conn.execute(sql.SQL("SET LOCAL search_path TO {}, public").format(schema))
            conn.execute("CREATE TABLE IF NOT EXISTS bb_meta (key text PRIMARY KEY, value text NOT NULL)")
            for number in range(before + 1, LATEST + 1):
                conn.execute(sql.SQL(MIGRATIONS[number - 1]))
            conn.execute("INSERT INTO bb_meta VALUES ('schema_version', %s) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(LATEST),))
            _grant(conn, address.schema)
        return before, LATEST
    except psycopg.Error as exc:
        raise ProjectError(f"could not set up project {address.project!r}: {str(exc).strip().splitlines()[0]}") from None
    finally:
        conn.close()


def grant(target: str, user: str, role: str) -> None:
    """Make a login role a viewer or an editor of the server's projects."""
    if role not in ("viewer", "editor"):
        raise ProjectError("a role is viewer or editor")
    address = parse_address(target)
    conn = connect(address.conninfo)
    try:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(VIEWER if role == "viewer" else EDITOR),
                                                      sql.Identifier(user)))
    except psycopg.Error as exc:
        raise ProjectError(f"could not grant {role} to {user}: {str(exc).strip().splitlines()[0]}") from None
    finally:
        conn.close()


def drop_project(target: str) -> None:
    """Delete a project and everything in it from the server (tests, `server drop`)."""
    address = parse_address(target)
    conn = connect(address.conninfo)
    try:
        conn.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(address.schema)))
    finally:
        conn.close()
