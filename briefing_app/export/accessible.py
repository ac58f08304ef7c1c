"""An accessible (tagged, PDF/UA) PDF of a memo, made by LibreOffice from the memo's DOCX.

reportlab cannot write a structure tree, so the tagged PDF goes through LibreOffice
headless when it is installed; when it is not, the error says so plainly.

    available() -> bool
    convert_docx_to_pdf(docx_bytes, timeout=120) -> bytes

Each conversion gets its own LibreOffice profile (a shared one makes parallel runs fail)
and runs in its own process group, killed whole on timeout (LibreOffice can hang on a dialog).
It sees only the app's bundled fonts (fontconfig.py), never the system's, so a Korean or
Russian quote prints the same on every machine.

A memo with Korean (or other East Asian) text goes through LibreOffice's own format first:
LibreOffice sets extra room between East Asian and Western characters (its paragraphs'
"text-autospace", which it does not read from a Word file's autoSpaceDE/autoSpaceDN), so
"2025년" printed as "2025 년": a reader, pdftotext and the written-file check saw a space
the quote does not have. The .odt is written with that room switched off, then exported.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from briefing_app.core.errors import ExportError
from briefing_app.export.fontconfig import child_env

_FILTER_DATA = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "PDFUACompliance": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
}
FILTER = "pdf:writer_pdf_Export:" + json.dumps(_FILTER_DATA, separators=(",", ":"))
NOT_INSTALLED = ("an accessible (tagged) PDF needs LibreOffice, which is not installed; "
                 "install LibreOffice Writer or export to Word and save as PDF from there")


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice() is not None


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.communicate()


def convert_docx_to_pdf(docx_bytes: bytes, timeout: float = 120) -> bytes:
    """The DOCX as a tagged PDF/UA file; ExportError when LibreOffice is absent, fails or hangs."""
    exe = soffice()
    if exe is None:
        raise ExportError(NOT_INSTALLED)
    deadline = time.monotonic() + timeout
    with tempfile.TemporaryDirectory(prefix="briefing-a11y-") as tmp:
        work = Path(tmp)
        source = work / "memo.docx"
        source.write_bytes(docx_bytes)
        if _east_asian(docx_bytes):
            odt = _convert(exe, work, source, "odt", deadline, timeout)
            source = work / "memo-set.odt"
            source.write_bytes(without_autospace(odt))
        return _convert(exe, work, source, FILTER, deadline, timeout)


def _convert(exe: str, work: Path, source: Path, target: str, deadline: float, timeout: float) -> bytes:
    """`source` converted by LibreOffice to `target` (a filter), within what is left of the time."""
    cmd = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
           "--nologo", "--nodefault", "--nolockcheck", "--convert-to", target, "--outdir", str(work / "out"),
           str(source)]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=child_env(work))
    except OSError as exc:
        raise ExportError(f"LibreOffice could not be started ({exc.strerror or exc})") from None
    try:
        _, err = proc.communicate(timeout=max(0.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise ExportError(f"LibreOffice took longer than {timeout:g} s to make the accessible PDF "
                          "and was stopped") from None
    result = work / "out" / (source.stem + "." + target.split(":")[0])
    if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
        detail = err.decode("utf-8", "replace").strip().splitlines()
        why = detail[-1][:200] if detail else f"exit status {proc.returncode}, no PDF written"
        raise ExportError(f"LibreOffice could not convert the memo to an accessible PDF ({why})")
    return result.read_bytes()


# Hangul, kana, CJK ideographs (and their compatibility and full-width forms)
_EAST_ASIAN = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                         "\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_AUTOSPACE = re.compile(rb'style:text-autospace="[^"]*"')


def _east_asian(docx_bytes: bytes) -> bool:
    """Does the Word file's text (body, notes, headers, footers) hold East Asian characters?"""
    try:
        with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
            return any(_EAST_ASIAN.search(z.read(name).decode("utf-8", "replace"))
                       for name in z.namelist() if name.startswith("word/") and name.endswith(".xml"))
    except (zipfile.BadZipFile, OSError, KeyError):
        return False  # LibreOffice then says what is wrong with the file


def without_autospace(odt: bytes) -> bytes:
    """The .odt with no extra room between East Asian and Western characters in any paragraph
    style (the default style sets it; so may others)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(odt)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in ("styles.xml", "content.xml"):
                data = _AUTOSPACE.sub(b'style:text-autospace="none"', data)
            dst.writestr(info, data)
    return out.getvalue()
