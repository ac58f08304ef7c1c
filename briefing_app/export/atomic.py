"""Write an export atomically: a temporary file in the target folder, fsync, rename into place.

A failed write leaves no partial file and never touches an existing target. `check`, when
given, reads the written temporary file back before the rename: an ExportError from it
leaves the earlier file at the target as it was.
"""
from __future__ import annotations

import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from briefing_app.core.errors import ExportError


def _message(exc: OSError, path: Path) -> str:
    folder = path.parent
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"cannot write {path.name}: the disk holding {folder} is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"cannot write {path.name}: no permission to write in {folder}"
    if exc.errno == errno.EROFS:
        return f"cannot write {path.name}: {folder} is on a read-only disk"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return f"cannot write {path.name}: {_missing_folder(folder, exc)}"
    if exc.errno == errno.EISDIR:
        return f"cannot write {path}: it is a folder"
    return f"cannot write {path}: {exc.strerror or exc}"


def _missing_folder(folder: Path, exc: OSError) -> str:
    """ENOENT/ENOTDIR when creating the file: the folder may really be missing, or it exists
    but its file system does not let files be created in it (/proc, /sys)."""
    if folder.is_dir():
        return (f"the folder {folder} exists, but files cannot be created in it "
                f"(the system says: {(exc.strerror or str(exc)).lower()})")
    if folder.exists():
        return f"{folder} is a file, not a folder"
    return f"the folder {folder} does not exist"


def _replace(tmp: str, path: Path) -> None:
    for attempt in range(5):  # Windows: the target may be held open briefly (a viewer, a scanner)
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 4:
                raise
            time.sleep(0.2 * (attempt + 1))


def _mode_for(path: Path) -> int:
    """The permissions the file would have had if opened directly: an existing file keeps its
    own; a new one follows the umask (mkstemp alone would leave it 0600)."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def _checked(check: Callable[[bytes], None], tmp: str, path: Path, existed: bool) -> None:
    with open(tmp, "rb") as f:
        written = f.read()
    try:
        check(written)
    except ExportError as exc:
        kept = f"the earlier {path.name} is kept" if existed else f"no {path.name} was written"
        raise ExportError(f"{exc}; {kept}") from None


def write_atomic(path: Path | str, data: bytes, check: Callable[[bytes], None] | None = None) -> Path:
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"cannot write {path}: it is a folder")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem[:40]}.", suffix=".part", dir=path.parent)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, _mode_for(path))
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if check is not None:
            _checked(check, tmp, path, path.exists())
        _replace(tmp, path)
        tmp = None
        if os.name == "posix":
            try:
                dfd = os.open(path.parent, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)
            except OSError:
                pass  # the file is in place; a folder that cannot be fsynced is not an error
    except OSError as exc:
        raise ExportError(_message(exc, path)) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return path
