import codecs

import pytest

from briefing_app.core.errors import InputError
from briefing_app.ingest import read_file, read_pasted
from briefing_app.ingest import reader

TEXT = "Russia will respond “in every way”, a top official said.\nSecond line — with a dash. Café.\n"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1252", b""),
])
def test_encodings_decode_to_the_same_text(tmp_path, encoding, bom):
    path = tmp_path / "a.txt"
    path.write_bytes(bom + TEXT.replace("\n", "\r\n").encode(encoding))
    doc = read_file(path)
    assert doc.text == TEXT  # BOM dropped, \r\n -> \n, nothing else rewritten
    assert doc.file_hash and doc.media_type == "text/plain"


def test_markdown_is_kept_as_written(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\n*Some* text.\n", encoding="utf-8")
    doc = read_file(path)
    assert doc.text == "# Title\n\n*Some* text.\n" and doc.media_type == "text/markdown"


def test_pasted_text_normalises_newlines_only():
    assert read_pasted("a\r\nb\rc  ").text == "a\nb\nc  "
    with pytest.raises(InputError, match="empty"):
        read_pasted(" \n ")


@pytest.mark.parametrize("make,message", [
    (lambda p: p.write_bytes(b""), "empty"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "binary"),
    (lambda p: None, "no such file"),
])
def test_bad_files_give_clear_errors(tmp_path, make, message):
    path = tmp_path / "bad.txt"
    make(path)
    with pytest.raises(InputError, match=message):
        read_file(path)


def test_directory_unknown_type_and_unreadable(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="folder"):
        read_file(tmp_path)
    other = tmp_path / "x.xyz"
    other.write_text("hello")
    with pytest.raises(InputError, match="unsupported"):
        read_file(other)
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied", str(locked))

    monkeypatch.setattr(reader, "open", denied, raising=False)  # root ignores chmod, so simulate it
    with pytest.raises(InputError, match="permission"):
        read_file(locked)


def test_too_large_file_is_refused_quickly(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(InputError, match="too large"):
        read_file(path)
