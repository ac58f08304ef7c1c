"""The Linux desktop files: validators, matching ids, icons, MIME type, one version everywhere."""
from __future__ import annotations

import re
import shutil
import sqlite3
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.cli.desktop import APP_ID, MIME_TYPE

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
needs = lambda tool: pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} not installed (scripts/setup.sh --dev installs it)")  # noqa: E731


def desktop_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#"))


@needs("desktop-file-validate")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    # some errors (an icon name with an extension) are printed with exit status 0: read the output too
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), done.stdout + done.stderr


@needs("appstreamcli")
def test_metainfo_validates_without_warnings():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # infos are allowed (appstream 0.16 reports <developer> as unknown; 1.0 requires it); no E: or W:
    assert not re.search(r"^\s*[EW]:", done.stdout, re.M), done.stdout


def test_ids_icon_and_mime_type_agree():
    keys = desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Icon"] == APP_ID and "." not in keys["Icon"].removeprefix(APP_ID)
    assert keys["MimeType"] == f"{MIME_TYPE};"
    assert keys["Exec"].split()[-1] in ("%f", "%F")
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == DESKTOP.name
    assert meta.findtext("provides/mediatype") == MIME_TYPE
    assert meta.find("content_rating").get("type") == "oars-1.1"
    assert meta.find("screenshots/screenshot/caption").text.strip()
    mime = ET.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.briefing"
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"


def test_newest_release_is_the_package_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__
    dates = [r.get("date") for r in releases]
    assert dates == sorted(dates, reverse=True) and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    first = re.search(r"^## \[?(\d+\.\d+\.\d+)\]?", changelog, re.M)
    assert first and first.group(1) == __version__


def test_screenshot_named_in_metainfo_is_in_the_repository():
    image = ET.parse(METAINFO).getroot().find("screenshots/screenshot/image")
    shot = ROOT / "docs" / image.text.rsplit("/", 1)[-1]
    if not shot.exists():
        pytest.skip(f"{shot.relative_to(ROOT)} is not committed yet")
    assert png_size(shot) == (int(image.get("width")), int(image.get("height")))


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", head[16:24])


def test_icons_in_every_hicolor_size_and_svg():
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        assert png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    svg = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg" and svg.get("viewBox") == "0 0 128 128"


@needs("update-mime-database")
@needs("gio")
def test_mime_type_wins_over_sqlite_once_installed(tmp_path):
    data = tmp_path / "data"
    (data / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, data / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run(["update-mime-database", str(data / "mime")], check=True, capture_output=True)
    project = tmp_path / "memo.briefing"
    with sqlite3.connect(project) as db:
        db.execute("CREATE TABLE t (x)")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(data), "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run(["gio", "info", "-a", "standard::content-type", str(project)],
                          capture_output=True, text=True, env=env)
    assert f"content-type: {MIME_TYPE}" in done.stdout, done.stdout + done.stderr
