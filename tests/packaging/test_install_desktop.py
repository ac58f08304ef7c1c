"""`briefing install-desktop` into a temporary XDG_DATA_HOME."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli import desktop
from briefing_app.cli.desktop import APP_ID, DESKTOP_NAME, MIME_TYPE
from briefing_app.cli.main import main

pytestmark = pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="freedesktop.org only")


@pytest.fixture
def xdg(tmp_path, monkeypatch):
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


@pytest.fixture
def launcher(tmp_path) -> Path:
    exe = tmp_path / "my apps" / "briefing-app"  # a space: Exec must quote it
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\nexit 0\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def installed_entry(data: Path) -> dict[str, str]:
    text = (data / "applications" / DESKTOP_NAME).read_text(encoding="utf-8")
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_install_writes_everything_with_an_absolute_exec(xdg, launcher, capsys):
    data, config = xdg
    assert main(["install-desktop", "--exec", str(launcher)]) == 0
    entry = installed_entry(data)
    assert entry["Exec"] == f'"{launcher}" %f'
    assert entry["TryExec"] == str(launcher)
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert f"{MIME_TYPE}={DESKTOP_NAME};" in (config / "mimeapps.list").read_text()
    out = capsys.readouterr().out
    assert "installed Briefing Builder" in out and "*.briefing" in out
    if shutil.which("update-mime-database"):
        assert "*.briefing" in (data / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):
        assert DESKTOP_NAME in (data / "applications" / "mimeinfo.cache").read_text()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_installed_entry_validates(xdg, launcher):
    data, _ = xdg
    desktop.install(exe=launcher, refresh=False)
    done = subprocess.run(["desktop-file-validate", str(data / "applications" / DESKTOP_NAME)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_a_default_the_user_chose_is_kept_and_remove_undoes_the_rest(xdg, launcher):
    data, config = xdg
    config.mkdir()
    mimeapps = config / "mimeapps.list"
    mimeapps.write_text("[Added Associations]\ntext/plain=gedit.desktop;\n\n"
                        f"[Default Applications]\n{MIME_TYPE}=sqlitebrowser.desktop;\n")
    outcome = desktop.install(exe=launcher, refresh=False)
    assert not outcome.default_changed
    assert f"{MIME_TYPE}=sqlitebrowser.desktop;" in mimeapps.read_text()

    assert main(["install-desktop", "--remove"]) == 0
    assert not (data / "applications" / DESKTOP_NAME).exists()
    assert not list(data.rglob(f"{APP_ID}*"))
    assert "sqlitebrowser.desktop" in mimeapps.read_text() and "gedit.desktop" in mimeapps.read_text()


def test_default_added_to_an_existing_section_and_removed_again(xdg, launcher):
    _, config = xdg
    config.mkdir()
    mimeapps = config / "mimeapps.list"
    mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n")
    assert desktop.install(exe=launcher, refresh=False).default_changed
    assert mimeapps.read_text().splitlines() == [
        "[Default Applications]", f"{MIME_TYPE}={DESKTOP_NAME};", "text/html=firefox.desktop"]
    assert desktop.uninstall(refresh=False).default_changed
    assert mimeapps.read_text().splitlines() == ["[Default Applications]", "text/html=firefox.desktop"]


def test_exec_quoting():
    assert desktop.exec_quote(Path("/opt/bb/briefing-app")) == "/opt/bb/briefing-app"
    assert desktop.exec_quote(Path("/home/a b/briefing-app")) == '"/home/a b/briefing-app"'
    # inside quotes: \ " ` $ get a backslash, then string escaping doubles every backslash; % doubles
    assert desktop.exec_quote(Path('/x/$y"/100%/app')) == '"/x/\\\\$y\\\\"/100%%/app"'


def test_finds_the_launcher_next_to_the_running_interpreter(monkeypatch, tmp_path):
    bindir = tmp_path / "venv" / "bin"
    bindir.mkdir(parents=True)
    exe = bindir / "briefing-app"
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(bindir / "python"))
    monkeypatch.setattr(sys, "argv", [str(bindir / "briefing")])
    assert desktop.gui_executable() == exe


def test_missing_launcher_is_one_clear_error(xdg, tmp_path, capsys):
    assert main(["install-desktop", "--exec", str(tmp_path / "nope")]) == 1
    assert capsys.readouterr().err.startswith("error: no such launcher")


def test_installed_command_line_has_the_subcommand():
    exe = Path(sys.executable).parent / "briefing"
    if not exe.exists():
        pytest.skip("briefing is not installed in this environment")
    done = subprocess.run([str(exe), "install-desktop", "--help"], capture_output=True, text=True,
                          env={**os.environ, "XDG_DATA_HOME": "/nonexistent"})
    assert done.returncode == 0 and "--remove" in done.stdout
