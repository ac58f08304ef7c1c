"""The cache of parsed TrueType faces: a cached face is the face reportlab parses, and a damaged,
foreign, stale or unwritable cache never stops a font from loading."""
from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.core import paths
from briefing_app.export import font_cache

FONT = paths.fonts_dir() / "LiberationSerif-Regular.ttf"
TEXT = "Memorandum — “quoted” naïve 123"


def _state(font: TTFont) -> tuple[dict, dict]:
    face = {k: v for k, v in font.face.__dict__.items() if k != "_pdfScale"}
    outer = {k: vars(v) if k == "encoding" else v for k, v in font.__dict__.items() if k not in ("face", "state")}
    return outer, face


def _same_as_parsed(font: TTFont, path: Path = FONT) -> None:
    parsed = TTFont("Cached", str(path))
    assert type(font) is TTFont and type(font.face) is type(parsed.face)
    assert _state(font) == _state(parsed)
    assert font.face.name.ustr == parsed.face.name.ustr
    assert [font.face._pdfScale(v) for v in (1, 77, 2048)] == [parsed.face._pdfScale(v) for v in (1, 77, 2048)]
    assert font.stringWidth(TEXT, 11) == parsed.stringWidth(TEXT, 11)
    subset = sorted({font.face.charToGlyph[ord(c)] for c in TEXT} | {0})
    assert font.face.makeSubset(subset) == parsed.face.makeSubset(subset)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BRIEFING_FONT_CACHE", str(tmp_path / "fonts"))
    return tmp_path / "fonts"


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def test_the_second_load_comes_from_the_cache_and_is_the_parsed_face(folder: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _same_as_parsed(font_cache.load_ttf("Cached", FONT))  # parsed, then written
    [entry] = _entries(folder)
    parses = []
    real = TTFont.__init__
    monkeypatch.setattr(TTFont, "__init__", lambda self, *a, **k: (parses.append(a), real(self, *a, **k))[1])
    font = font_cache.load_ttf("Cached", FONT)
    assert parses == []  # read from the file
    monkeypatch.setattr(TTFont, "__init__", real)
    _same_as_parsed(font)
    assert font.state is not font_cache.load_ttf("Cached", FONT).state  # each font its own per-document state


@pytest.mark.parametrize("damage", [b"", b"not a pickle", "truncated", "foreign class", "other key"])
def test_a_damaged_or_foreign_entry_is_parsed_again_and_replaced(folder: Path, damage: object) -> None:
    font_cache.load_ttf("Cached", FONT)
    [entry] = _entries(folder)
    good = entry.read_bytes()
    if damage == "truncated":
        entry.write_bytes(good[: len(good) // 2])
    elif damage == "foreign class":
        entry.write_bytes(pickle.dumps(os.system))  # never called: the class is not a font's
    elif damage == "other key":
        key, outer, face_type, face = pickle.loads(good)
        entry.write_bytes(pickle.dumps((key[:-1] + ("0",), outer, face_type, {**face, "numGlyphs": 1})))
    else:
        assert isinstance(damage, bytes)
        entry.write_bytes(damage)
    _same_as_parsed(font_cache.load_ttf("Cached", FONT))
    assert entry.read_bytes() == good  # rewritten


def test_a_changed_font_file_is_parsed_again(folder: Path, tmp_path: Path) -> None:
    copy = tmp_path / "Face.ttf"
    shutil.copyfile(FONT, copy)
    font_cache.load_ttf("Cached", copy)
    other = paths.fonts_dir() / "LiberationSans-Bold.ttf"
    shutil.copyfile(other, copy)  # same path, another font
    os.utime(copy, ns=(1, 1))
    font = font_cache.load_ttf("Cached", copy)
    _same_as_parsed(font, copy)
    assert font.face.name.ustr == TTFont("Sans", str(other)).face.name.ustr


def test_an_unwritable_cache_folder_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFING_FONT_CACHE", str(blocker / "fonts"))  # cannot be created
    _same_as_parsed(font_cache.load_ttf("Cached", FONT))
    _same_as_parsed(font_cache.load_ttf("Cached", FONT))


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_FONT_CACHE", "off")
    monkeypatch.setattr(font_cache.platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path))
    _same_as_parsed(font_cache.load_ttf("Cached", FONT))
    assert list(tmp_path.iterdir()) == []


def test_a_missing_font_still_fails_as_reportlab_fails(folder: Path) -> None:
    with pytest.raises(OSError):
        font_cache.load_ttf("Cached", paths.fonts_dir() / "NoSuchFont.ttf")


def test_a_save_drops_faces_not_written_for_weeks(folder: Path) -> None:
    folder.mkdir(parents=True)
    old, recent, other = folder / "Gone-0.pickle", folder / "Kept-1.pickle", folder / "notes.txt"
    for path in (old, recent, other):
        path.write_bytes(b"x")
    weeks_ago = 1_000_000_000  # in 2001
    os.utime(old, (weeks_ago, weeks_ago))
    os.utime(other, (weeks_ago, weeks_ago))
    font_cache.load_ttf("Cached", FONT)
    assert not old.exists() and recent.exists() and other.exists()
    assert len(_entries(folder)) == 2
