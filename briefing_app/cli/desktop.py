"""`briefing install-desktop`: Linux desktop integration for pip and folder installs.

A wheel cannot put files in /usr/share, so this writes the launcher (.desktop), the MIME type
for `*.briefing` project files, the AppStream metainfo and the icons into `$XDG_DATA_HOME`
(default `~/.local/share`) with an absolute `Exec` path, makes Briefing Builder the default
for `*.briefing` unless the user already chose another application, and refreshes the
desktop, MIME and icon caches when their tools are installed. `--remove` undoes it.
The source files are `packaging/linux/` and `resources/icons/` (inside the package as
`briefing_app/_data/...` in a wheel or frozen build). No Qt here.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.core import paths
from briefing_app.core.errors import InputError

APP_ID = "org.briefingbuilder.BriefingBuilder"
DESKTOP_NAME = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-briefing-project"
GUI_NAME = "briefing-app"


@dataclass
class Outcome:
    data_home: Path
    exec_path: Path | None = None
    files: list[Path] = field(default_factory=list)
    default_changed: bool = False
    refreshed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_PACKAGE_DATA = Path(__file__).resolve().parent.parent / "_data"  # wheel / frozen layout


def _first_dir(*candidates: Path) -> Path:
    return next((c for c in candidates if c.is_dir()), candidates[0])


def linux_files_dir() -> Path:
    rel = Path("packaging") / "linux"
    return _first_dir(paths.resources_dir().parent / rel, _PACKAGE_DATA / rel)


def icons_dir() -> Path:
    return _first_dir(paths.resources_dir() / "icons", _PACKAGE_DATA / "resources" / "icons")


def xdg_dir(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / default


def gui_executable() -> Path | None:
    """The absolute path of the installed GUI launcher, or None if it cannot be found."""
    candidates: list[Path] = []
    if getattr(sys, "frozen", False):  # PyInstaller folder: briefing and briefing-app side by side
        candidates.append(Path(sys.executable).parent / GUI_NAME)
    else:
        if Path(sys.argv[0]).name.startswith("briefing"):
            candidates.append(Path(sys.argv[0]).parent / GUI_NAME)
        candidates.append(Path(sys.executable).parent / GUI_NAME)  # a venv's bin/
        import sysconfig  # here: every `briefing` command loads this module, few need sysconfig

        for scheme in (sysconfig.get_default_scheme(), f"{os.name}_user"):
            try:
                candidates.append(Path(sysconfig.get_path("scripts", scheme)) / GUI_NAME)
            except KeyError:
                pass
        found = shutil.which(GUI_NAME)
        if found:
            candidates.append(Path(found))
    for c in candidates:
        if c.is_file() and os.access(c, os.X_OK):
            return Path(os.path.abspath(c))
    return None


def exec_quote(path: Path) -> str:
    """`path` as one argument of a desktop entry's Exec key (spec: "The Exec key")."""
    arg = str(path).replace("%", "%%")
    if any(ch in arg for ch in ' \t\n"\'\\><~|&;$*?#()`'):
        arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
    return _string_escape(arg)


def _string_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def desktop_entry(template: str, exe: Path) -> str:
    """The packaged .desktop text with Exec (and TryExec) pointing at `exe`."""
    out = []
    for line in template.splitlines():
        if line.startswith("TryExec="):
            continue
        if line.startswith("Exec="):
            args = line.split("=", 1)[1].split(" ", 1)
            field_codes = f" {args[1]}" if len(args) > 1 else ""
            out.append(f"TryExec={_string_escape(str(exe))}")
            line = f"Exec={exec_quote(exe)}{field_codes}"
        out.append(line)
    return "\n".join(out) + "\n"


def _targets(data_home: Path) -> list[tuple[Path, Path]]:
    """(source, destination) of every file the integration installs."""
    linux, icons = linux_files_dir(), icons_dir()
    pairs = [
        (linux / f"{APP_ID}.desktop", data_home / "applications" / DESKTOP_NAME),
        (linux / f"{APP_ID}.mime.xml", data_home / "mime" / "packages" / f"{APP_ID}.xml"),
        (linux / f"{APP_ID}.metainfo.xml", data_home / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (icons / f"{APP_ID}.svg", data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
    ]
    for png in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.png")):
        pairs.append((png, data_home / "icons" / "hicolor" / png.relative_to(icons / "hicolor")))
    return pairs


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def install(data_home: Path | None = None, config_home: Path | None = None,
            exe: Path | None = None, set_default: bool = True, refresh: bool = True) -> Outcome:
    data_home = data_home or xdg_dir("XDG_DATA_HOME", ".local/share")
    config_home = config_home or xdg_dir("XDG_CONFIG_HOME", ".config")
    exe = exe or gui_executable()
    if exe is None:
        raise InputError(f"cannot find the {GUI_NAME} launcher; pass its path with --exec")
    exe = Path(os.path.abspath(exe))
    if not exe.is_file():
        raise InputError(f"no such launcher: {exe}")
    targets = _targets(data_home)
    missing = [str(src) for src, _ in targets if not src.is_file()]
    if missing:
        raise InputError(f"desktop files missing from this installation: {missing[0]}")
    outcome = Outcome(data_home=data_home, exec_path=exe)
    for src, dst in targets:
        data = src.read_bytes()
        if dst.name == DESKTOP_NAME:
            data = desktop_entry(data.decode("utf-8"), exe).encode("utf-8")
        _write(dst, data)
        outcome.files.append(dst)
    if set_default:
        outcome.default_changed = _edit_default(config_home / "mimeapps.list", add=True)
    if refresh:
        _refresh_caches(data_home, outcome)
    return outcome


def uninstall(data_home: Path | None = None, config_home: Path | None = None,
              refresh: bool = True) -> Outcome:
    data_home = data_home or xdg_dir("XDG_DATA_HOME", ".local/share")
    config_home = config_home or xdg_dir("XDG_CONFIG_HOME", ".config")
    outcome = Outcome(data_home=data_home)
    for _, dst in _targets(data_home):
        if dst.exists():
            dst.unlink()
            outcome.files.append(dst)
    outcome.default_changed = _edit_default(config_home / "mimeapps.list", add=False)
    if refresh:
        _refresh_caches(data_home, outcome)
    return outcome


def _edit_default(path: Path, add: bool) -> bool:
    """Add (only if the user has no default for the type yet) or remove our default-application line."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    section, header, found = None, None, None
    for i, line in enumerate(lines):
        s = line.strip()
        if s.startswith("[") and s.endswith("]"):
            section = s[1:-1]
            if section == "Default Applications" and header is None:
                header = i
        elif section == "Default Applications" and s.split("=", 1)[0].strip() == MIME_TYPE:
            found = i
    if add:
        if found is not None:
            return False
        entry = f"{MIME_TYPE}={DESKTOP_NAME};"
        if header is None:
            lines += ([""] if lines and lines[-1].strip() else []) + ["[Default Applications]", entry]
        else:
            lines.insert(header + 1, entry)
    else:
        if found is None or lines[found].split("=", 1)[1].strip().strip(";") != DESKTOP_NAME:
            return False
        del lines[found]
    _write(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return True


def _refresh_caches(data_home: Path, outcome: Outcome) -> None:
    commands = [
        ["update-mime-database", str(data_home / "mime")],
        ["update-desktop-database", "-q", str(data_home / "applications")],
        ["gtk-update-icon-cache", "-q", "-f", "-t", str(data_home / "icons" / "hicolor")],
    ]
    for cmd in commands:
        if shutil.which(cmd[0]) is None or not Path(cmd[-1]).is_dir():
            continue
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            outcome.warnings.append(f"{cmd[0]} failed: {exc}")
            continue
        if done.returncode == 0:
            outcome.refreshed.append(cmd[0])
        else:
            detail = (done.stderr or done.stdout).strip().splitlines()
            outcome.warnings.append(f"{cmd[0]} exited {done.returncode}: {detail[0] if detail else ''}")


def cmd_install_desktop(args: argparse.Namespace) -> int:
    if sys.platform in ("win32", "darwin"):
        raise InputError("install-desktop is for Linux and other freedesktop.org desktops; "
                         "see packaging/README.md for Windows and macOS")
    if args.remove:
        outcome = uninstall()
        print(f"removed {len(outcome.files)} files from {outcome.data_home}")
    else:
        outcome = install(exe=Path(args.exec) if args.exec else None, set_default=not args.no_default)
        print(f"installed Briefing Builder for this user in {outcome.data_home} (Exec={outcome.exec_path})")
    for f in outcome.files:
        print(f"  {f.relative_to(outcome.data_home)}")
    if outcome.default_changed:
        verb = "no longer opens" if args.remove else "now opens"
        print(f"Briefing Builder {verb} *.briefing files by default")
    if outcome.refreshed:
        print("refreshed: " + ", ".join(outcome.refreshed))
    for w in outcome.warnings:
        print(f"warning: {w}", file=sys.stderr)
    return 0


def add_parser(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser("install-desktop", help="add Briefing Builder to this user's application menu and "
                                                "open *.briefing files with it (Linux)")
    s.add_argument("--exec", metavar="PATH", help="the briefing-app launcher to start "
                                                  "(default: the one installed beside this command)")
    s.add_argument("--no-default", action="store_true",
                   help="do not make it the default application for *.briefing files")
    s.add_argument("--remove", action="store_true", help="undo a previous install-desktop")
