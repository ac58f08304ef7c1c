"""Wheels and sdists carry the data trees under briefing_app/_data/ and work once installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from briefing_app import __version__

ROOT = Path(__file__).resolve().parents[2]
SOURCE_PARTS = ["pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "CHANGELOG.md", "LICENSE",
                "briefing_app", "templates", "resources", "packaging", "docs"]


def tracked_data_files() -> set[str]:
    """What the wheel must hold: the files of templates/, resources/ and the desktop files."""
    expected = set()
    for top in ("templates", "resources"):
        for p in (ROOT / top).rglob("*"):
            if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".briefing"}:
                expected.add(f"briefing_app/_data/{p.relative_to(ROOT).as_posix()}")
    for p in (ROOT / "packaging" / "linux").glob("*.*ml"):
        expected.add(f"briefing_app/_data/packaging/linux/{p.name}")
    expected.add("briefing_app/_data/packaging/linux/org.briefingbuilder.BriefingBuilder.desktop")
    return expected


def copy_source(dest: Path) -> Path:
    """A clean copy, so an in-tree build never sees (or leaves) a stale build/ folder."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "build", "dist", "*.egg-info", "*.briefing", "*.briefing-*")
    dest.mkdir(parents=True)
    for part in SOURCE_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=ignore)
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


def test_wheel_carries_templates_resources_and_desktop_files(tmp_path):
    src = copy_source(tmp_path / "src")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check",
                           "-w", str(tmp_path / "wheels"), str(src)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    print(f"wheel built in {time.monotonic() - started:.1f} s")
    wheel = next((tmp_path / "wheels").glob("briefing_builder-*.whl"))
    assert wheel.name.startswith(f"briefing_builder-{__version__}-py3-none-any")
    with zipfile.ZipFile(wheel) as z:
        names = set(z.namelist())
        entry_points = z.read(f"briefing_builder-{__version__}.dist-info/entry_points.txt").decode()
    missing = tracked_data_files() - names
    assert not missing, sorted(missing)[:10]
    assert "briefing_app/cli/desktop.py" in names
    assert not [n for n in names if n.endswith((".pyc", ".sh")) or "__pycache__" in n]
    assert "briefing = briefing_app.cli.main:main" in entry_points
    assert "briefing-app = briefing_app.ui.app:main" in entry_points


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_sdist_and_wheel_install_into_a_fresh_venv_and_run(tmp_path):
    """python -m build (sdist, then the wheel from the sdist), pip install into a new venv, run it."""
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    "-r", str(ROOT / "packaging" / "requirements.txt")], check=True)
    src = copy_source(tmp_path / "src")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(src)], check=True,
                   capture_output=True)
    sdist = next(dist.glob("briefing_builder-*.tar.gz"))
    with tarfile.open(sdist) as t:
        sdist_names = {n.split("/", 1)[1] for n in t.getnames() if "/" in n}
    assert {"setup.py", "MANIFEST.in", "CHANGELOG.md", "resources/icons/org.briefingbuilder.BriefingBuilder.svg",
            "packaging/linux/org.briefingbuilder.BriefingBuilder.desktop"} <= sdist_names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    wheel = next(dist.glob("briefing_builder-*.whl"))
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                    str(wheel)], check=True)
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    env.pop("BRIEFING_DATA_DIR", None)
    run = lambda *args: subprocess.run([str(venv / "bin" / "briefing"), *args], capture_output=True,  # noqa: E731
                                       text=True, cwd=tmp_path, env=env, timeout=300)
    assert run("--version").stdout.strip() == f"briefing {__version__}"
    listed = run("templates")
    assert listed.returncode == 0 and "info-memo" in listed.stdout, listed.stdout + listed.stderr
    samples = sorted((venv / "lib").glob("python3*/site-packages/briefing_app/_data/resources/samples/*.html"))
    assert samples
    memo = tmp_path / "memo.pdf"
    drafted = run("draft", *map(str, samples), "--template", "info-memo", "--out", str(memo))
    assert drafted.returncode == 0, drafted.stderr
    assert memo.read_bytes()[:5] == b"%PDF-"
    installed = run("install-desktop")
    assert installed.returncode == 0, installed.stderr
    entry = (tmp_path / "xdg" / "applications" / "org.briefingbuilder.BriefingBuilder.desktop").read_text()
    assert f"Exec={venv / 'bin' / 'briefing-app'} %f" in entry
