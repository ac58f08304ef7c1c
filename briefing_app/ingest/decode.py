"""Bytes to text: byte-order marks, UTF-16 without BOM, UTF-8, then a detected legacy
encoding; newlines to \\n.

The decoded text is what gets stored; nothing else rewrites it. Detection is limited to
the encodings analysts actually receive (Western, Cyrillic, Korean): charset-normalizer
left free mistakes short cp1252 English for cp852 and KOI8-R for Shift-JIS.
"""
from __future__ import annotations

import codecs
import re

from briefing_app.core.errors import InputError

BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
CANDIDATES = ["utf_8", "cp1252", "cp1251", "koi8_r", "cp949", "euc_kr", "utf_16_le", "utf_16_be"]
# Western encodings charset-normalizer may name for plain Latin text; cp1252 is the superset
# web pages and Word actually use (curly quotes, dashes in 0x80-0x9F).
LATIN_FAMILY = {"latin_1", "iso8859_1", "iso8859_15", "cp1252", "windows_1252", "ascii", "mac_roman", "cp850", "cp437"}
# WHATWG labels: what a declared charset really means
LABELS = {"latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252",
          "ascii": "cp1252", "us-ascii": "cp1252", "euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949",
          "windows-1251": "cp1251", "windows-1252": "cp1252", "x-cp1251": "cp1251"}
C1 = re.compile("[\u0080-\u009f]")
C0_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def python_encoding(label: str) -> str | None:
    """A declared charset label as a Python codec name, or None if unknown."""
    label = label.strip().strip("'\"").lower()
    label = LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_bytes(data: bytes, name: str = "input", declared: str | None = None) -> tuple[str, str]:
    """Return (text, encoding name). Raises InputError for binary data.

    Order: BOM, then a charset the container declared (HTML meta, MIME header), then
    UTF-16 without BOM (NUL pattern), strict UTF-8, then detection.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return normalize_newlines(data[len(bom):].decode(encoding)), encoding
            except UnicodeDecodeError:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not valid {encoding}") from None
    if declared:
        declared_encoding = python_encoding(declared)
        if declared_encoding:
            try:
                return _finish(data.decode(declared_encoding), declared_encoding, data)
            except UnicodeDecodeError:
                pass  # a wrong declaration is common; fall through to detection
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _finish(data.decode(utf16), utf16, data)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:  # (control characters: only a file that has them is counted for them)
        return _finish(text, "utf-8", data, name) if C0_TEXT.search(text) else (normalize_newlines(text), "utf-8")
    from charset_normalizer import from_bytes  # only for text that is not UTF-8 (17 ms to import)

    sample = data[:200_000]
    guess = from_bytes(sample, cp_isolation=CANDIDATES).best() or from_bytes(sample).best()
    if guess is None:
        raise InputError(f"{name}: cannot tell its text encoding (is it a binary file?)")
    encoding = guess.encoding
    if encoding in LATIN_FAMILY:
        encoding = "cp1252"
    elif encoding == "euc_kr":
        encoding = "cp949"  # a superset: syllables such as 똠 fail under strict EUC-KR
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
    return _finish(text, encoding, data, name)


def _finish(text: str, encoding: str, data: bytes, name: str = "input") -> tuple[str, str]:
    if encoding in ("latin_1", "iso8859-1") and C1.search(text):
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"  # 0x85 is "…", not NEL
    if _control_ratio(text) > 0.01:
        raise InputError(f"{name}: looks like a binary file, not text")
    return normalize_newlines(text), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark, only looked at when the bytes hold a C0 control byte other
    than a tab, newline or form feed (NUL in Latin text, 0x04 in Cyrillic; found at C speed: UTF-8
    and legacy text have none, and Cyrillic UTF-16 would otherwise pass as "valid UTF-8"):

    - spaces and newlines as 20 00 / 0A 00 (LE) or 00 20 / 00 0A (BE) at even offsets, or a NUL in
      every other byte, in a text of any script and length;
    - else (a short text: "Hi", "Привет", "장관이 말했다") the byte order in which nearly every
      character is of the scripts analysts receive (Latin, Greek, Cyrillic, Hangul, punctuation),
      when the other order reads worse (as CJK ideographs or control characters)."""
    sample = data[:8192]
    sample = sample[: len(sample) // 2 * 2]
    units = len(sample) // 2
    if not units or not C0_BYTES.search(sample):
        return None
    lo, hi = sample[0::2], sample[1::2]
    le = sum(1 for a, b in zip(lo, hi) if b == 0 and a in (0x20, 0x0A))
    be = sum(1 for a, b in zip(lo, hi) if a == 0 and b in (0x20, 0x0A))
    le_nuls, be_nuls = hi.count(0), lo.count(0)
    # (two spaces or newlines at least: one NUL after a space in a short UTF-8 file is no UTF-16 pattern)
    if le > be and (le >= max(2, units * 0.04) or le_nuls > units * 0.3 > be_nuls * 10):
        return "utf-16-le"
    if be > le and (be >= max(2, units * 0.04) or be_nuls > units * 0.3 > le_nuls * 10):
        return "utf-16-be"
    if len(data) % 2:
        return None
    share = {encoding: len(PLAUSIBLE.findall(text)) / len(text)
             for encoding in ("utf-16-le", "utf-16-be") for text in [sample.decode(encoding, errors="replace")]}
    best, other = sorted(share, key=lambda e: -share[e])
    return best if share[best] >= PLAUSIBLE_SHARE and share[other] < share[best] else None


C0_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
PLAUSIBLE_SHARE = 0.9  # of the characters, in the scripts below (a Korean text may hold a few Hanja)
# what analysts' texts are written in: Latin (with its extensions and diacritics), Greek,
# Cyrillic, Hangul jamo, Latin additions, punctuation and symbols, CJK punctuation,
# compatibility jamo, Hangul syllables, full-width forms, emoji
PLAUSIBLE = re.compile("[\t\n\f\r\x20-\x7e\xa0-\u052f\u1100-\u11ff\u1e00-\u1fff\u2000-\u2bff"
                       "\u3000-\u303f\u3130-\u318f\uac00-\ud7a3\uff00-\uffef\U0001f000-\U0001faff]")


def _control_ratio(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / len(sample)
