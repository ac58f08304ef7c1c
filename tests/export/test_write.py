"""Atomic writes: a failed export leaves no partial file and never touches an existing one."""
from __future__ import annotations

import errno
import os

import pytest

from briefing_app.core.errors import ExportError
from briefing_app.export import atomic, export_memo


def test_unknown_suffix(tmp_path, memo, lookup):
    with pytest.raises(ExportError, match=r"memo\.txt: export to a \.docx or \.pdf file"):
        export_memo(memo, lookup, tmp_path / "memo.txt")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(tmp_path, memo, lookup):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError, match="no permission to write"):
            export_memo(memo, lookup, folder / "memo.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_unwritable_folder(tmp_path, memo, lookup, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(ExportError, match=r"cannot write memo\.docx: no permission to write in"):
        export_memo(memo, lookup, tmp_path / "memo.docx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path, memo, lookup):
    with pytest.raises(ExportError, match="does not exist"):
        export_memo(memo, lookup, tmp_path / "nowhere" / "memo.pdf")


@pytest.mark.parametrize("fail_in", ["write", "fsync"])
def test_full_disk_keeps_the_existing_file(tmp_path, memo, lookup, monkeypatch, fail_in):
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"the previous export")
    real = getattr(os, fail_in)
    calls = []

    def full(fd, *args):
        calls.append(fd)
        if len(calls) > 1 or fail_in == "fsync":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(fd, args[0][:4096])  # a partial write; then the disk is full

    monkeypatch.setattr(atomic.os, fail_in, full)
    with pytest.raises(ExportError, match="disk .* is full"):
        atomic.write_atomic(target, b"x" * (1 << 20))
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]


def test_target_is_a_folder(tmp_path, memo, lookup):
    (tmp_path / "memo.pdf").mkdir()
    with pytest.raises(ExportError, match="it is a folder"):
        export_memo(memo, lookup, tmp_path / "memo.pdf")


def test_replaces_an_existing_file(tmp_path, memo, lookup):
    target = tmp_path / "memo.pdf"
    target.write_bytes(b"old")
    export_memo(memo, lookup, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["memo.pdf"]


def test_a_new_file_follows_the_umask_and_a_replaced_one_keeps_its_mode(tmp_path):
    from briefing_app.export.atomic import write_atomic

    old = os.umask(0o027)
    try:
        new = write_atomic(tmp_path / "new.pdf", b"%PDF-1.4 new")
        assert new.stat().st_mode & 0o777 == 0o640
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o604)
        write_atomic(kept, b"%PDF-1.4 again")
        assert kept.stat().st_mode & 0o777 == 0o604 and kept.read_bytes() == b"%PDF-1.4 again"
    finally:
        os.umask(old)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
@pytest.mark.parametrize("folder", ["/proc", "/proc/self"])
def test_a_folder_that_exists_but_cannot_hold_files_is_not_called_missing(folder):
    """Creating a file in /proc fails with ENOENT although the folder is there."""
    with pytest.raises(ExportError) as caught:
        atomic.write_atomic(f"{folder}/memo.pdf", b"%PDF-1.4")
    assert str(caught.value) == (f"cannot write memo.pdf: the folder {folder} exists, but files cannot be "
                                 f"created in it (the system says: no such file or directory)")


def test_a_file_in_place_of_the_folder(tmp_path):
    (tmp_path / "notes").write_text("a file")
    with pytest.raises(ExportError, match=r"cannot write memo\.pdf: .*notes is a file, not a folder"):
        atomic.write_atomic(tmp_path / "notes" / "memo.pdf", b"%PDF-1.4")


def test_a_read_only_file_system(tmp_path):
    """A tmpfs mounted read-only in a private mount namespace (needs root and unshare; the mount
    is never visible outside the child process)."""
    import shutil
    import subprocess
    import sys

    if os.name != "posix" or os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a read-only tmpfs")
    folder = tmp_path / "ro"
    folder.mkdir()
    script = ("import sys\nfrom briefing_app.export.atomic import write_atomic\n"
              "try:\n    write_atomic(sys.argv[1], b'%PDF-1.4')\n"
              "except Exception as exc:\n    print(exc)\n")
    mount = subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c",
                            'mount -t tmpfs -o ro,size=64k bb-ro "$1" || exit 77; shift; exec "$@"', "sh",
                            str(folder), sys.executable, "-c", script, str(folder / "memo.pdf")],
                           capture_output=True, text=True, timeout=60)
    if mount.returncode == 77:
        pytest.skip(f"cannot mount a read-only tmpfs here: {mount.stderr.strip()}")
    assert mount.returncode == 0, mount.stderr
    assert mount.stdout.strip() == f"cannot write memo.pdf: {folder} is on a read-only disk"
    assert list(folder.iterdir()) == []
