"""What the app remembers between runs (QSettings): recent projects, window layout, folders."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()  # organisation/application names are set in app.main


def recent_projects() -> list[str]:
    value = settings().value("recent_projects", [])
    if isinstance(value, str):  # QSettings returns a lone string for one-element lists
        value = [value]
    return [p for p in (value or []) if isinstance(p, str)]


def add_recent_project(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    items = [path] + [p for p in recent_projects() if p != path]
    settings().setValue("recent_projects", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def clear_recent_projects() -> None:
    settings().setValue("recent_projects", [])


def save_window(geometry: QByteArray, state: QByteArray, splitters: dict[str, QByteArray]) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    for name, value in splitters.items():
        s.setValue(f"window/splitter_{name}", value)


def window_value(key: str) -> QByteArray | None:
    value = settings().value(f"window/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def last_folder(kind: str) -> str:
    value = settings().value(f"folders/{kind}", "")
    return value if isinstance(value, str) else ""


def set_last_folder(kind: str, path: str | Path) -> None:
    p = Path(path)
    settings().setValue(f"folders/{kind}", str(p if p.is_dir() else p.parent))
