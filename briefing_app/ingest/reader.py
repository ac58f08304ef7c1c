"""Read a source file or pasted text into a SourceDoc, with clear errors for bad input."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, SourceDoc
from briefing_app.ingest.decode import decode_bytes, normalize_newlines

MAX_BYTES = 50 * 1024 * 1024
TEXT_TYPES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}


def supported_suffixes() -> list[str]:
    return sorted(TEXT_TYPES)


def read_file(path: str | os.PathLike[str]) -> SourceDoc:
    p = Path(path)
    data = _read_bytes(p)
    suffix = p.suffix.lower()
    media_type = TEXT_TYPES.get(suffix)
    if media_type is None:
        raise InputError(f"{p.name}: unsupported file type '{suffix or 'none'}' (supported: {', '.join(supported_suffixes())})")
    if not data.strip():
        raise InputError(f"{p.name}: the file is empty")
    text, _encoding = decode_bytes(data, p.name)
    if not text.strip():
        raise InputError(f"{p.name}: the file holds no text")
    return SourceDoc(text=text, metadata=Metadata(), path=str(p.resolve()),
                     file_hash=hashlib.sha256(data).hexdigest(), media_type=media_type)


def read_pasted(text: str) -> SourceDoc:
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError("nothing to import: the pasted text is empty")
    return SourceDoc(text=text, metadata=Metadata(), path=None,
                     file_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), media_type="text/plain")


def _read_bytes(p: Path) -> bytes:
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder, not a file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{p.name}: too large ({size / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{p.name}: too large (the limit is {MAX_BYTES // 2**20} MB)")
    return data
