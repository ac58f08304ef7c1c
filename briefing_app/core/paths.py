"""Where bundled resources and built-in templates live, and the user's own folders."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "briefing-builder"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _data_root() -> Path:
    """The folder holding `resources/` and `templates/`.

    In a source checkout that is the project root; in a wheel or a frozen build the two
    folders are shipped inside the package (`briefing_app/_data/`).
    """
    override = os.environ.get("BRIEFING_DATA_DIR")
    if override:
        return Path(override)
    bundled = _PACKAGE_DIR / "_data"
    if (bundled / "templates").is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return _data_root() / "resources"


def builtin_templates_dir() -> Path:
    return _data_root() / "templates"


def user_templates_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "templates"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME))


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def sample_project_sources() -> list[Path]:
    return sorted((resources_dir() / "samples").glob("*.html"))
