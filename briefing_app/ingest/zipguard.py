"""Check a ZIP container (.docx) before any library inflates it.

Declared sizes lie, so each entry is streamed through a byte counter: a bomb is caught
after at most MAX_ZIP_TOTAL bytes of work instead of after gigabytes. XML parts are
refused if they carry a DTD: OPC (ECMA-376 Part 2, M1.18) forbids one, and a DTD is how
entity expansion and external entities get in.
"""
from __future__ import annotations

import io
import zipfile
import zlib

from briefing_app.core.errors import InputError
from briefing_app.ingest import limits

CHUNK = 64 * 1024
PROLOG = 64 * 1024  # a DOCTYPE can only come before the root element
DTD_MARKS = (b"<!doctype", "<!doctype".encode("utf-16-le"), "<!doctype".encode("utf-16-be"))


def check_zip(data: bytes, name: str, kind: str = "Word document") -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{name}: not a valid {kind} (damaged, truncated, or not a ZIP package)") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.MAX_ZIP_ENTRIES:
            raise InputError(f"{name}: refused: the package holds {len(infos):,} parts (a {kind} has far fewer)")
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            part = bytearray() if _is_xml(info.filename) else None
            try:
                with archive.open(info) as fh:
                    read = 0
                    while chunk := fh.read(CHUNK):
                        read += len(chunk)
                        total += len(chunk)
                        if total > limits.MAX_ZIP_TOTAL:
                            raise InputError(f"{name}: refused: it inflates to more than "
                                             f"{limits.MAX_ZIP_TOTAL // 2**20} MB (a ZIP bomb?)")
                        if read > 2**20 and read > limits.MAX_ZIP_RATIO * max(info.compress_size, 1):
                            raise InputError(f"{name}: refused: part {info.filename} is compressed more than "
                                             f"{limits.MAX_ZIP_RATIO}:1 (a ZIP bomb?)")
                        if part is not None and len(part) < PROLOG:
                            part += chunk[:PROLOG]
            except InputError:
                raise
            except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, zlib.error,
                    NotImplementedError, RuntimeError) as exc:  # RuntimeError: encrypted entry
                raise InputError(f"{name}: not a valid {kind} ({type(exc).__name__}: {exc})".splitlines()[0]) from None
            if part is not None and _has_dtd(bytes(part[:PROLOG])):
                raise InputError(f"{name}: refused: part {info.filename} declares a DTD "
                                 "(XML entities, which Word files never use)")


def _is_xml(filename: str) -> bool:
    return filename.endswith((".xml", ".rels"))


def _has_dtd(head: bytes) -> bool:
    low = head.lower()
    return any(mark in low for mark in DTD_MARKS)
