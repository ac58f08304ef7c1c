"""`briefing-app` as a process: --startup-check and --screenshot, on a project and on the sample."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def _run(args, tmp_path, timeout=120):
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run([sys.executable, "-m", "briefing_app.ui.app", *args], capture_output=True,
                          text=True, env=env, timeout=timeout)


def test_startup_check_prints_milliseconds(project_path, tmp_path):
    result = _run(["--startup-check", str(project_path)], tmp_path)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.isdigit() and 0 < int(last) < 60000
    assert "Traceback" not in result.stderr


def test_without_a_project_the_sample_is_built_and_opened(tmp_path):
    result = _run(["--startup-check"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].isdigit()
    sample = tmp_path / "data" / "briefing-builder" / "sample.briefing"
    assert sample.is_file()
    from briefing_app.core.project import open_project

    project = open_project(sample, exclusive=False)
    try:
        assert len(project.list_sources()) == 2
        assert project.list_quotes()
    finally:
        project.close()


def test_screenshot_writes_a_non_blank_png(project_path, tmp_path):
    out = tmp_path / "shot.png"
    result = _run([str(project_path), "--screenshot", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50  # text, highlights, widgets — not a flat fill
    dark = sum(1 for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
               if image.pixelColor(x, y).lightness() < 110)
    assert dark > 500  # there is text on it


def test_bad_project_argument_exits_cleanly(tmp_path):
    bad = tmp_path / "bad.briefing"
    bad.write_text("hello")
    # unattended runs must not block on a modal box: one line on stderr, exit 1
    result = _run(["--screenshot", str(tmp_path / "s.png"), str(bad)], tmp_path, timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "error: " in result.stderr and "not a Briefing Builder project" in result.stderr
    assert not (tmp_path / "s.png").exists()


def test_missing_project_is_an_error_and_nothing_is_created(tmp_path):
    missing = tmp_path / "nope.briefing"
    result = _run(["--startup-check", str(missing)], tmp_path, timeout=60)
    assert result.returncode == 1 and "error: no project file" in result.stderr
    assert not missing.exists()


def test_stray_arguments_never_become_project_files(tmp_path):
    # what a spawned multiprocessing child passes in a frozen build without freeze_support
    result = subprocess.run([sys.executable, "-m", "briefing_app.ui.app", "--startup-check", "-c", "tracker_fd=14"],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_desktop_file_name_is_the_packaging_id():
    from pathlib import Path

    src = (Path(__file__).resolve().parents[2] / "briefing_app" / "ui" / "app.py").read_text(encoding="utf-8")
    assert 'setDesktopFileName("org.briefingbuilder.BriefingBuilder")' in src
