"""The system tools the export tests call: found on PATH, else skipped — or failed under CI=true,
where scripts/setup.sh --dev must have installed them."""
from __future__ import annotations

import os
import shutil

import pytest

PACKAGE = {"qpdf": "qpdf", "pdffonts": "poppler-utils", "pdftotext": "poppler-utils", "pdftoppm": "poppler-utils",
           "soffice": "libreoffice-writer-nogui", "fc-list": "fontconfig"}


def tool(name: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed (package {PACKAGE[name]}; scripts/setup.sh --dev installs it)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI is set but {reason}")
    pytest.skip(reason)
