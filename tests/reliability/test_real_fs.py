"""Export and import against real read-only folders, read-only disks and full disks.

The suite runs as root here, where chmod stops nothing; so the writer is made unable to
bypass file permissions for real: the `nobody` user when it can run this interpreter, else
root with CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH / CAP_FOWNER dropped (setpriv). Full and
read-only disks are small tmpfs mounts (root only). Each case expects exit code 1, one line
`error: ...` on stderr, the files that were there before unchanged, and a project that still
passes PRAGMA integrity_check.

A case is skipped only when this machine cannot set it up (the probe's reason is shown).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BRIEFING = ROOT / ".venv" / "bin" / "briefing"
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLES = sorted(SEEDS.glob("*.txt"))
NO_DAC = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner"]
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_kill_cli import _article  # noqa: E402


def _run(cmd: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)


def _assert_clear_error(out: subprocess.CompletedProcess, *words: str) -> None:
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1, (out.returncode, out.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: "), out.stderr
    assert "Traceback" not in out.stderr and "internal error" not in out.stderr, out.stderr
    for word in words:
        assert word in lines[0], lines[0]


def _integrity(project: Path) -> tuple[str, int]:
    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0], conn.execute("SELECT count(*) FROM sources").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> dict:
    """A world-readable folder with a project (the two samples, memo 1) and its first PDF."""
    folder = Path(tempfile.mkdtemp(prefix="briefing-realfs-"))
    folder.chmod(0o755)
    env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"),
               HOME=str(folder))
    project = folder / "p.briefing"
    out = _run([str(BRIEFING), "draft", "--template", "info-memo", "--out", str(folder / "first.pdf"),
                "--project", str(project), *map(str, SAMPLES)], env)
    assert out.returncode == 0, out.stderr
    articles = folder / "articles"
    articles.mkdir()
    for n in range(4):  # about 13 kB each: a few fill a nearly full disk
        (articles / f"big{n}.txt").write_text("".join(_article(40 + k, n) for k in range(40)), encoding="utf-8")
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield {"folder": folder, "env": env, "project": project, "pdf": folder / "first.pdf", "articles": articles}
    shutil.rmtree(folder, ignore_errors=True)


def _probe_writer(folder: Path, env: dict) -> tuple[list[str] | None, str]:
    """A command prefix whose process can run the CLI but not write into `folder` (mode 0555,
    owned by root), and why none was found."""
    reasons = []
    if os.geteuid() != 0:
        return [], "not root: permissions apply as they are"
    for prefix, name in ((NOBODY, "user nobody"), (NO_DAC, "root without DAC capabilities")):
        if shutil.which(prefix[0]) is None:
            reasons.append(f"{name}: {prefix[0]} is not installed")
            continue
        probe = _run([*prefix, str(BRIEFING.parent / "python"), "-c",
                      f"import briefing_app, pathlib; pathlib.Path({str(folder / 'probe')!r}).touch()"], env)
        if f"Permission denied: '{folder / 'probe'}'" in probe.stderr:
            return prefix, name
        reasons.append(f"{name}: {probe.stderr.strip().splitlines()[-1:] or probe.returncode}")
    return None, "; ".join(reasons)


@pytest.fixture
def read_only_folder(base):
    folder = base["folder"] / "locked"
    folder.mkdir()
    shutil.copy(base["pdf"], folder / "memo.pdf")
    (folder / "memo.pdf").chmod(0o644)
    folder.chmod(0o555)
    prefix, why = _probe_writer(folder, base["env"])
    if prefix is None:
        pytest.skip(f"no way to run a writer that file permissions stop: {why}")
    own = base["folder"] / "own"  # the writer's own copy of the project, which it may write
    own.mkdir()
    shutil.copy(base["project"], own / "p.briefing")
    if prefix == NOBODY:
        for path in (own, own / "p.briefing"):
            os.chown(path, 65534, 65534)
    yield folder, prefix, own / "p.briefing"
    folder.chmod(0o755)
    shutil.rmtree(folder)
    shutil.rmtree(own)


def _mount_tmpfs(target: Path, size: str) -> None:
    target.mkdir(exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (the full-disk cases run where the suite runs as root)")
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(target)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs: {out.stderr.strip()}")


@pytest.fixture
def small_disk(base):
    target = base["folder"] / "disk"
    _mount_tmpfs(target, "1m")
    yield target
    subprocess.run(["umount", "-l", str(target)], check=False)


def _fill(disk: Path, leave_kb: int = 0) -> None:
    """Fill the disk, leaving about leave_kb free."""
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize - leave_kb * 1024
    with open(disk / "filler", "wb", buffering=0) as fh:
        try:
            fh.write(b"\0" * max(free, 0))
            if leave_kb == 0:
                while True:
                    fh.write(b"\0" * 4096)
        except OSError:
            pass


def test_export_into_root_owned_read_only_folder(base, read_only_folder):
    folder, prefix, project = read_only_folder
    before = (folder / "memo.pdf").read_bytes()
    for name in ("memo.pdf", "memo.docx"):
        out = _run([*prefix, str(BRIEFING), "export", "--memo", "1", "--out", str(folder / name), str(project)],
                   base["env"])
        _assert_clear_error(out, name, "permission")
    assert (folder / "memo.pdf").read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["memo.pdf"]
    assert _integrity(project)[0] == "ok"


def test_export_onto_full_disk(base, small_disk):
    shutil.copy(base["pdf"], small_disk / "memo.pdf")
    before = (small_disk / "memo.pdf").read_bytes()
    _fill(small_disk)
    for name in ("memo.pdf", "memo.docx"):
        out = _run([str(BRIEFING), "export", "--memo", "1", "--out", str(small_disk / name), str(base["project"])],
                   base["env"])
        _assert_clear_error(out, name, "full")
    assert (small_disk / "memo.pdf").read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler", "memo.pdf"]
    assert _integrity(base["project"])[0] == "ok"


def test_export_onto_read_only_disk(base, small_disk):
    shutil.copy(base["pdf"], small_disk / "memo.pdf")
    before = (small_disk / "memo.pdf").read_bytes()
    out = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    out = _run([str(BRIEFING), "export", "--memo", "1", "--out", str(small_disk / "memo.pdf"), str(base["project"])],
               base["env"])
    _assert_clear_error(out, "memo.pdf", "read-only")
    assert (small_disk / "memo.pdf").read_bytes() == before


def test_import_into_project_on_read_only_disk(base, small_disk):
    shutil.copy(base["project"], small_disk / "p.briefing")
    before = (small_disk / "p.briefing").read_bytes()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    out = _run([str(BRIEFING), "import", str(base["articles"] / "big0.txt"), "--project", str(small_disk / "p.briefing")],
               base["env"])
    _assert_clear_error(out, "p.briefing", "read-only disk")
    assert (small_disk / "p.briefing").read_bytes() == before


def test_export_from_project_on_read_only_disk(base, small_disk):
    """Reading works from a read-only disk (a CD, a write-protected share): export and search."""
    shutil.copy(base["project"], small_disk / "p.briefing")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    out_pdf = base["folder"] / "from-ro.pdf"
    out = _run([str(BRIEFING), "export", str(small_disk / "p.briefing"), "--memo", "1", "--out", str(out_pdf)], base["env"])
    assert out.returncode == 0 and out_pdf.read_bytes().startswith(b"%PDF"), out.stderr
    out = _run([str(BRIEFING), "search", str(small_disk / "p.briefing"), "Rudenko"], base["env"])
    assert out.returncode == 0 and out.stdout.strip(), out.stderr


def test_import_into_project_on_full_disk(base, small_disk):
    project = small_disk / "p.briefing"
    shutil.copy(base["project"], project)
    _fill(small_disk, leave_kb=160)  # room to open the project, not for every article
    out = _run([str(BRIEFING), "import", *map(str, sorted(base["articles"].iterdir())), "--project", str(project)],
               base["env"])
    (small_disk / "filler").unlink()
    status, sources = _integrity(project)
    assert status == "ok" and sources >= len(SAMPLES)
    _assert_clear_error(out, "full")
