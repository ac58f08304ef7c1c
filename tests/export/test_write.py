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
