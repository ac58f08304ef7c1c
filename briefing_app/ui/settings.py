"""What the app remembers between runs (QSettings): recent projects, window layout, folders."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()  # organisation/application names are set in app.main


def _recent(key: str) -> list[str]:
    value = settings().value(key, [])
    if isinstance(value, str):  # QSettings returns a lone string for one-element lists
        value = [value]
    return [p for p in value if isinstance(p, str)] if isinstance(value, list) else []


def _add_recent(key: str, item: str) -> list[str]:
    items = [item] + [p for p in _recent(key) if p != item]
    settings().setValue(key, items[:MAX_RECENT])
    return items[:MAX_RECENT]


def recent_projects() -> list[str]:
    return _recent("recent_projects")


def add_recent_project(path: str | Path) -> list[str]:
    return _add_recent("recent_projects", str(Path(path).resolve()))


def forget_recent_project(path: str | Path) -> None:
    settings().setValue("recent_projects", [p for p in recent_projects() if p != str(path)])


def clear_recent_projects() -> None:
    settings().setValue("recent_projects", [])


def save_window(geometry: QByteArray, state: QByteArray, layout: dict[str, QByteArray]) -> None:
    """The window's geometry and state, and its panels' layout: splitter sizes, table headers
    (`window_value(name)` gives each back)."""
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    for name, value in layout.items():
        s.setValue(f"window/{name}", value)


def window_value(key: str) -> QByteArray | None:
    value = settings().value(f"window/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def last_folder(kind: str) -> str:
    value = settings().value(f"folders/{kind}", "")
    return value if isinstance(value, str) else ""


def set_last_folder(kind: str, path: str | Path) -> None:
    p = Path(path)
    settings().setValue(f"folders/{kind}", str(p if p.is_dir() else p.parent))


# -- drafts of own text: what was typed survives a crash before OK --------------------------

def _draft_key(key: str) -> str:
    import hashlib

    return "drafts/" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def save_draft(key: str, text: str) -> None:
    s = settings()
    s.setValue(_draft_key(key), text)
    s.sync()  # on disk now: a kill a second later still finds it


def draft(key: str) -> str | None:
    value = settings().value(_draft_key(key))
    return value if isinstance(value, str) else None


def drop_draft(key: str) -> None:
    s = settings()
    s.remove(_draft_key(key))
    s.sync()


def recent_servers() -> list[str]:
    """Team projects opened before, newest first: server addresses without any password."""
    return _recent("recent_servers")


def add_recent_server(address: str) -> list[str]:
    """Remember a team project's address; a password in it is dropped first (never stored)."""
    from briefing_app.core.store.pg_address import without_password

    return _add_recent("recent_servers", without_password(address))


def first_window_size(available: QSize) -> QSize:
    """The window's size on a first run: 1440 x 860, or the screen's free area where that is
    smaller (a 1024 x 768 screen, a 1280 px laptop with a dock), never a window past the screen."""
    return QSize(1440, 860).boundedTo(available) if available.isValid() and not available.isEmpty() else QSize(1440, 860)
