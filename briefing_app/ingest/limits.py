"""Caps that keep every reader in bounded time and memory, and the guarded file read.

Each limit is a module constant so tests can lower it. Readers check sizes *before*
handing data to a parser: a declared size can lie, so archives are inflated with a
byte counter (see zipguard.py) rather than trusted.
"""
from __future__ import annotations

import os
from pathlib import Path

from briefing_app.core.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # any source file
MAX_TEXT_CHARS = 20_000_000  # text after decoding / extraction
MAX_HTML_DEPTH = 250  # libxml2 silently drops content past depth 256
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_TOTAL = 150 * 1024 * 1024  # bytes actually inflated from a .docx
MAX_ZIP_RATIO = 200  # inflated / compressed, per entry of more than 1 MB
MAX_PDF_PAGES = 2_000
MAX_MIME_PARTS = 500


def too_large(name: str, size: int, limit: int = MAX_BYTES) -> InputError:
    return InputError(f"{name}: too large ({size / 2**20:.0f} MB; the limit is {limit // 2**20} MB)")


def read_bytes(p: Path, opener=open, limit: int | None = None) -> bytes:
    """The whole file, refusing folders, missing or unreadable files and oversized ones.

    The size is checked with stat() before reading, and the read itself stops one byte past
    the limit, so a file that grows meanwhile cannot make us read more.
    """
    limit = MAX_BYTES if limit is None else limit
    if not os.path.lexists(p):
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > limit:
            raise too_large(p.name, size, limit)
        with opener(p, "rb") as fh:
            data = fh.read(limit + 1)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except FileNotFoundError:
        raise InputError(f"{p}: no such file (or a broken link)") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise InputError(f"{p.name}: too large (the limit is {limit // 2**20} MB)")
    return data


def check_text_size(name: str, text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(f"{name}: holds more than {MAX_TEXT_CHARS:,} characters of text; split it first")
