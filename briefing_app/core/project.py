"""A project: the SQLite store plus its queries. `open_project` is the one way in."""
from __future__ import annotations

import os

from briefing_app.core.queries import Queries
from briefing_app.core.sqlite_store import SqliteStore


class Project(Queries, SqliteStore):
    """An open `*.briefing` file: transactions, generic row writes (for commands), reads."""


def open_project(path: str | os.PathLike[str], *, create: bool = True, exclusive: bool = True) -> Project:
    """Open (or create) a project. exclusive=False is for readers such as `briefing search`."""
    return Project(path, create=create, exclusive=exclusive)
