"""An accessible (tagged, PDF/UA) PDF of a memo, made by LibreOffice from the memo's DOCX.

reportlab cannot write a structure tree, so the tagged PDF goes through LibreOffice
headless when it is installed; when it is not, the error says so plainly.

    available() -> bool
    convert_docx_to_pdf(docx_bytes, timeout=120) -> bytes

Each conversion gets its own LibreOffice profile (a shared one makes parallel runs fail)
and runs in its own process group, killed whole on timeout (LibreOffice can hang on a dialog).
It sees only the app's bundled fonts (fontconfig.py), never the system's, so a Korean or
Russian quote prints the same on every machine.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
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
    with tempfile.TemporaryDirectory(prefix="briefing-a11y-") as tmp:
        work = Path(tmp)
        source = work / "memo.docx"
        source.write_bytes(docx_bytes)
        cmd = [exe, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nologo", "--nodefault", "--nolockcheck", "--convert-to", FILTER, "--outdir", str(work / "out"),
               str(source)]
        try:
            proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                    start_new_session=True, env=child_env(work))
        except OSError as exc:
            raise ExportError(f"LibreOffice could not be started ({exc.strerror or exc})") from None
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise ExportError(f"LibreOffice took longer than {timeout:g} s to make the accessible PDF "
                              "and was stopped") from None
        result = work / "out" / "memo.pdf"
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            detail = err.decode("utf-8", "replace").strip().splitlines()
            why = detail[-1][:200] if detail else f"exit status {proc.returncode}, no PDF written"
            raise ExportError(f"LibreOffice could not convert the memo to an accessible PDF ({why})")
        return result.read_bytes()
