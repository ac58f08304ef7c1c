"""A project: a store on one of the backends. `open_project` is the one way in."""
from __future__ import annotations

import os

from briefing_app.core.store import Store
from briefing_app.core.store.sqlite import SqliteStore

Project = Store  # an open project on either backend: transactions, generic row writes, reads


def is_server_address(target: str | os.PathLike[str]) -> bool:
    """A PostgreSQL URL (postgresql://…) or a libpq key=value string naming a service or host."""
    text = os.fspath(target)
    if text.startswith(("postgresql://", "postgres://")):
        return True
    return "=" in text and not os.path.exists(text) and text.split("=", 1)[0].strip() in (
        "service", "host", "dbname", "hostaddr", "user", "port")


def open_project(target: str | os.PathLike[str], *, create: bool = True, exclusive: bool = True) -> Store:
    """Open (or create) a project file, or open a project on a team server.

    exclusive=False is for readers such as `briefing search` (files only: a server has no
    one-writer lock)."""
    if is_server_address(target):
        from briefing_app.core.store.postgres import open_server_project  # psycopg only when needed

        return open_server_project(os.fspath(target), create=create)
    return SqliteStore(target, create=create, exclusive=exclusive)
