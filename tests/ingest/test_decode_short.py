"""A short UTF-8 file with one NUL byte after a space is not UTF-16 without a byte-order mark: it
was decoded as UTF-16-LE and imported as Chinese-looking mojibake ("牍‮浓瑩⁨慳摩"); it is now
refused as a binary file, as a longer one is. Short UTF-16 files without a mark still decode,
also a single word with no space ("Hello", every other byte a NUL)."""
from __future__ import annotations

import pytest

from briefing_app.ingest.decode import decode_bytes
from briefing_app.core.errors import InputError


@pytest.mark.parametrize("data", [
    "Mr. Smith said \x00 “hello there”.\n".encode(),
    b"Hi \x00there, all.\n",
])
def test_one_nul_after_a_space_is_no_utf16(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "nul.txt")


@pytest.mark.parametrize("text", ["Hi there", "Mr. Smith said “hello there”.\n", "장관이 말했다. 네\n", "Hello"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_short_utf16_without_a_mark_still_decodes(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding), "a.txt") == (text, encoding)


@pytest.mark.parametrize("data", [b"Hell\x00", b"ab\x00c\x00d\x00e\x01", b"ab\x00\x00cdef"])
def test_nuls_that_are_not_every_other_byte_are_no_utf16(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "nul.txt")


@pytest.mark.parametrize("text", ["Hi", "OK", "I", "Привет", "Министр сказал.", "장관이 말했다", "中文文本\n第二行\n"])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_tiny_and_non_latin_utf16_without_a_mark_decodes(text: str, encoding: str) -> None:
    """Under four characters, Cyrillic (whose UTF-16 bytes are all below 0x80, so "valid UTF-8" full
    of control characters) and Korean with one space: each read in the byte order in which it is
    Latin, Cyrillic or Hangul text, not CJK ideographs or control characters."""
    assert decode_bytes(text.encode(encoding), "a.txt") == (text, encoding)


@pytest.mark.parametrize("data", [b"\x01\x02\x03\x04", b"\x1b\x1c\x1d\x1e\x1f\x01", b"I\x00\x01"])
def test_control_bytes_are_no_text(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "ctl.bin")
