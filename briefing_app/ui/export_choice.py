"""What File > Export… collects (ExportChoice) and what it remembers between runs: the format,
the folder and what to do afterwards, in QSettings. The dialog is export_dialog.py."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing_app.ui import settings

FORMATS = (("docx", "&Word (.docx)", ".docx"), ("pdf", "&PDF", ".pdf"),
           ("accessible-pdf", "Accessible PDF (&tagged, PDF/UA)", ".pdf"))
CITATION_STYLES = (("chicago", "Chicago (notes)"), ("apa", "APA (author, date)"), ("house", "House style"))
NO_MARKING = "(none)"
MARKINGS = (NO_MARKING, "UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "SBU", "CUI", "PRE-DECISIONAL")
AFTER = (("open", "Open the file"), ("folder", "Show it in its folder"), ("nothing", "Do nothing"))
NO_LIBREOFFICE = "needs LibreOffice, which is not installed"


@dataclass(frozen=True)
class ExportChoice:
    path: Path
    format: str = "pdf"  # docx | pdf | accessible-pdf
    template_id: str | None = None
    citation_style: str | None = None
    marking: str | None = None  # "" = no banner; None = the memo's or the template's
    after: str = "nothing"  # open | folder | nothing

    def kwargs(self) -> dict:
        """Keyword arguments for export.export_memo."""
        return {"template_id": self.template_id, "citation_style": self.citation_style,
                "marking": self.marking, "accessible": self.format == "accessible-pdf"}

    @classmethod
    def for_path(cls, path: str | Path, after: str = "nothing") -> ExportChoice:
        path = Path(path)
        if path.suffix.lower() not in (".pdf", ".docx"):
            path = path.with_suffix(".pdf")
        return cls(path, "docx" if path.suffix.lower() == ".docx" else "pdf", after=after)


def accessible_available() -> bool:
    try:
        from briefing_app.export import accessible
    except ImportError:
        return False
    try:
        return bool(accessible.available())
    except Exception:  # noqa: BLE001 - a probe that fails means "not available"
        return False


def remembered(key: str, default: str, allowed: tuple[str, ...]) -> str:
    value = settings.settings().value(f"export/{key}", default)
    return value if value in allowed else default


def remember(choice: ExportChoice) -> None:
    s = settings.settings()
    s.setValue("export/format", choice.format)
    s.setValue("export/after", choice.after)
    settings.set_last_folder("export", choice.path)
