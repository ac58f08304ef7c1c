"""Build hook: ship `templates/` and `resources/` inside the package as `briefing_app/_data/`.

Everything else about the package is declared in pyproject.toml. In a checkout the two folders
stay at the project root (`briefing_app/core/paths.py` finds them there); in a wheel, and so
after `pip install`, they are `briefing_app/_data/templates` and `briefing_app/_data/resources`,
plus the Linux desktop files as `briefing_app/_data/packaging/linux` for
`briefing install-desktop`. Editable installs skip the copy: they read the checkout.
"""
from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# source folder (relative to the project root) -> folder inside briefing_app/_data/
DATA_TREES = {
    "templates": "templates",
    "resources": "resources",
    "packaging/linux": "packaging/linux",
}
SKIP_DIRS = {"__pycache__", ".pytest_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".sh", ".briefing", ".briefing-wal", ".briefing-shm", ".lock", ".bak"}


def data_files() -> list[tuple[Path, Path]]:
    """(source file, destination relative to the package) for every bundled data file."""
    pairs = []
    for src_name, dst_name in DATA_TREES.items():
        src_root = ROOT / src_name
        if not src_root.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(src_root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(filenames):
                src = Path(dirpath) / name
                if name.startswith(".") or src.suffix in SKIP_SUFFIXES:
                    continue
                pairs.append((src, Path("_data") / dst_name / src.relative_to(src_root)))
    return pairs


class BuildPyWithData(build_py):
    """build_py that also copies the data trees into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for src, rel in data_files():
            dst = Path(self.build_lib) / "briefing_app" / rel
            self.mkpath(str(dst.parent))
            self.copy_file(str(src), str(dst), preserve_mode=False)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outputs
        return outputs + [str(Path(self.build_lib) / "briefing_app" / rel) for _, rel in data_files()]


setup(cmdclass={"build_py": BuildPyWithData})
