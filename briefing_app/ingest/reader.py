"""Read a source file or pasted text into a SourceDoc, with clear errors for bad input.

`read_file` picks the reader by suffix (see READERS); every reader returns the text to
store, the metadata the file itself declares and the ranges it marks as boilerplate.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from briefing_app.core.errors import InputError
from briefing_app.core.model import Metadata, SourceDoc, Span, without_nul
from briefing_app.ingest import limits
from briefing_app.ingest.decode import decode_bytes, normalize_newlines

MAX_BYTES = limits.MAX_BYTES
TEXT_TYPES = {".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown"}
OTHER_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
               ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               ".pdf": "application/pdf", ".eml": "message/rfc822"}


def supported_suffixes() -> list[str]:
    return sorted({**TEXT_TYPES, **OTHER_TYPES})


def read_file(path: str | os.PathLike[str]) -> SourceDoc:
    p = Path(path)
    suffix = p.suffix.lower()
    media_type = TEXT_TYPES.get(suffix) or OTHER_TYPES.get(suffix)
    if media_type is None and not p.is_dir():
        raise InputError(f"{p.name}: unsupported file type '{suffix or 'none'}' (supported: {', '.join(supported_suffixes())})")
    data = limits.read_bytes(p, opener=open, limit=MAX_BYTES)
    if not data.strip():
        raise InputError(f"{p.name}: the file is empty")
    boilerplate: list[Span] = []
    meta = Metadata()
    if media_type in ("text/plain", "text/markdown"):
        text, _encoding = decode_bytes(data, p.name)
    elif media_type == "text/html":
        from briefing_app.ingest.html import decode_html, read_html

        text, meta, boilerplate = read_html(decode_html(data, p.name), p.name)
    elif media_type == "application/pdf":
        from briefing_app.ingest.pdf import read_pdf

        text, meta, boilerplate = read_pdf(data, p.name)
    elif media_type == "message/rfc822":
        from briefing_app.ingest.eml import read_eml

        text, meta, boilerplate, _body_type = read_eml(data, p.name)
    else:
        from briefing_app.ingest.docx import read_docx

        text, meta, boilerplate = read_docx(data, p.name)
    limits.check_text_size(p.name, text)
    text = without_nul(text)
    if not text.strip():
        raise InputError(f"{p.name}: the file holds no text")
    assert media_type is not None  # unknown types were refused above, folders by read_bytes
    return SourceDoc(text=text, metadata=meta, path=str(p.resolve()), boilerplate=boilerplate,
                     file_hash=hashlib.sha256(data).hexdigest(), media_type=media_type)


def read_pasted(text: str) -> SourceDoc:
    text = without_nul(normalize_newlines(text))
    if not text.strip():
        raise InputError("nothing to import: the pasted text is empty")
    limits.check_text_size("pasted text", text)
    return SourceDoc(text=text, metadata=Metadata(), path=None,
                     file_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(), media_type="text/plain")


def read_pasted_html(html: str, plain: str | None = None, url: str | None = None) -> SourceDoc:
    """Clipboard HTML (the text/html flavour of a copy from a browser): the web-page path,
    so menus and share buttons copied along become boilerplate. Falls back to the plain
    flavour when the HTML holds no text."""
    from briefing_app.ingest.html import read_html

    try:
        text, meta, boilerplate = read_html(html, "pasted HTML")
    except InputError:
        if plain and plain.strip():
            return read_pasted(plain)
        raise
    if url and not meta.url:
        meta.url = url
    return SourceDoc(text=without_nul(text), metadata=meta, path=None, boilerplate=boilerplate,
                     file_hash=hashlib.sha256(html.encode("utf-8")).hexdigest(), media_type="text/html")


@dataclass(frozen=True)
class Pasted:
    """What the clipboard held, read like a file: the import path takes a path or a Pasted,
    so a paste is read in the same isolated worker as a file (importing.read_many)."""

    text: str
    html: str | None = None

    def __str__(self) -> str:  # how errors and progress name it
        return "pasted HTML" if self.html and self.html.strip() else "pasted text"

    def read(self) -> SourceDoc:
        if self.html and self.html.strip():
            return read_pasted_html(self.html, self.text or None)
        return read_pasted(self.text)
