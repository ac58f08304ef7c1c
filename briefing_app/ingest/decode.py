"""Bytes to text: byte-order marks, UTF-8, then a detected legacy encoding; newlines to \\n.

The decoded text is what gets stored; nothing else rewrites it.
"""
from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from briefing_app.core.errors import InputError

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Western encodings charset-normalizer may name for plain Latin text; cp1252 is the superset
# web pages and Word actually use (curly quotes, dashes in 0x80-0x9F).
LATIN_FAMILY = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252", "ascii", "mac_roman", "cp850", "cp437"}


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, name: str = "input") -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return normalize_newlines(data[len(bom):].decode(encoding)), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return normalize_newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data[:1_000_000]).best()
    if guess is None:
        raise InputError(f"{name}: cannot tell its text encoding (is it a binary file?)")
    encoding = guess.encoding
    if encoding in LATIN_FAMILY:
        encoding = "cp1252"
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("latin-1")
        encoding = "latin-1"
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not text")
    return normalize_newlines(text), encoding


def _control_ratio(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)
