"""Parsed TrueType faces kept across processes: reportlab parses a bundled .ttf in about 5 ms
of CPU (its tables read in pure Python), and a drafted memo registers six faces, so every
`briefing draft` spent ~30 ms before it laid out a line. The parsed face is pickled into the
user's cache folder the first time and read back (~1 ms) by later processes.

Only a cache, never in the way of an export: a file that is missing, damaged, written by another
reportlab or Python, for another font file (size, modification time or path differ) or that names
a class outside the short list below is ignored and the font parsed as ever; a folder that cannot
be written leaves everything as it was. A file is replaced in one step, so a reader never sees
half of one. The font's own bytes are not stored: they are read from the .ttf each time (the
subset embedded in a PDF is cut from them), so a cached face is the face reportlab would parse.
Like Python's __pycache__, the folder is trusted as the user's (who can write it can change
what the app runs); unpickling is limited to the classes a face is made of anyway.
BRIEFING_FONT_CACHE names the folder instead, or "off" turns the cache off.
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
from reportlab.pdfbase.ttfonts import TTFont

from briefing_app.core.paths import APP_NAME
from briefing_app.export.atomic import write_atomic

FORMAT = "f1"
MAX_FILE_BYTES = 16 << 20  # a larger file is not ours: ignored
KEEP_DAYS = 14  # a file no process wrote for this long (a moved or uninstalled copy) goes at the next save
# every class a pickled face refers to (reportlab's font classes and plain containers)
_ALLOWED = {("reportlab.pdfbase.ttfonts", "TTFontFace"), ("reportlab.pdfbase.ttfonts", "TTEncoding"),
            ("reportlab.pdfbase.ttfonts", "TTFNameBytes"), ("copyreg", "_reconstructor"),
            ("builtins", "object"), ("builtins", "bytes"), ("builtins", "str")}
_UNPICKLED = ("state", "_pdfScale", "_ttf_data")  # made again on load (a weak dict, a lambda, the file)


def cache_folder() -> Path | None:
    override = os.environ.get("BRIEFING_FONT_CACHE", "")
    if override.lower() == "off":
        return None
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME)) / f"fonts-{FORMAT}"


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a font")
        return super().find_class(module, name)


def _key(path: Path, data_len: int, mtime_ns: int) -> tuple[str, ...]:
    return (FORMAT, reportlab.Version, f"{sys.hexversion:x}", str(path), str(data_len), str(mtime_ns))


def _entry(folder: Path, path: Path) -> Path:
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:12]
    return folder / f"{path.stem}-{digest}.pickle"


def _scale(units_per_em: int) -> Callable[[float], float]:
    """The face's design units -> PDF units, as reportlab's parser makes it (same arithmetic)."""
    if units_per_em == 1000:
        return lambda x: x
    mult = 1000 / units_per_em
    return lambda x: x * mult


def _load(entry: Path, key: tuple[str, ...], name: str, data: bytes) -> TTFont | None:
    try:
        with entry.open("rb") as fh:
            blob = fh.read(MAX_FILE_BYTES + 1)
        if len(blob) > MAX_FILE_BYTES:
            return None
        stored_key, font_state, face_type, face_state = _Unpickler(io.BytesIO(blob)).load()
        if stored_key != key or not isinstance(font_state, dict) or not isinstance(face_state, dict):
            return None
        face = face_type.__new__(face_type)
        face.__dict__.update(face_state)
        face._ttf_data = data
        face._pdfScale = _scale(int(face.unitsPerEm))
        font: TTFont = TTFont.__new__(TTFont)
        font.__dict__.update(font_state)
        font.fontName = name
        font.face = face
        font.state = WeakKeyDictionary()
        return font
    except Exception:  # noqa: BLE001 - damaged, foreign or unreadable: parse the font instead
        return None


def _save(folder: Path, entry: Path, key: tuple[str, ...], font: TTFont) -> None:
    font_state = {k: v for k, v in font.__dict__.items() if k not in _UNPICKLED and k != "face"}
    face_state = {k: v for k, v in font.face.__dict__.items() if k not in _UNPICKLED}
    try:
        blob = pickle.dumps((key, font_state, type(font.face), face_state), protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(entry, blob)
    except Exception:  # noqa: BLE001 - a face that does not pickle, a folder that cannot be written
        return
    _drop_old(folder)


def _drop_old(folder: Path) -> None:
    """Remove faces written more than KEEP_DAYS ago (a moved or uninstalled copy of the app, an
    old reportlab). A hit does not rewrite its file, so a copy still in use may lose its faces
    too: it parses them once more and writes them again."""
    limit = time.time() - KEEP_DAYS * 86400
    with contextlib.suppress(OSError):
        for item in os.scandir(folder):
            if item.name.endswith((".pickle", ".part")) and item.is_file() and item.stat().st_mtime < limit:
                with contextlib.suppress(OSError):
                    os.unlink(item.path)


def load_ttf(name: str, path: Path) -> TTFont:
    """The TrueType font at path registered as name: from the cache when it holds this very file,
    else parsed by reportlab (and cached). Raises what reportlab raises for a bad font."""
    folder = cache_folder()
    if folder is None:
        return TTFont(name, str(path))
    with path.open("rb") as fh:
        stat = os.fstat(fh.fileno())
        data = fh.read()
    key = _key(path, len(data), stat.st_mtime_ns)
    entry = _entry(folder, path)
    font = _load(entry, key, name, data)
    if font is None:
        font = TTFont(name, str(path))
        _save(folder, entry, key, font)
    return font
