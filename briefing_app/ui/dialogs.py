"""Every dialog the UI raises, behind small functions tests can monkeypatch.

Errors a user should read (`BriefingError`) are shown as their one-line message; anything
else is shown as a short "unexpected error" with the details folded away — never a bare
traceback in the user's face. The Qt dialog classes are imported on first use: PySide
initialises each wrapped type when it is first imported, which adds up at startup.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from briefing_app.core.errors import BriefingError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)
PROJECT_FILTER = "Briefing projects (*.briefing);;All files (*)"


def name_buttons(root: QWidget) -> None:
    """Give every button under `root` without an accessible name its own text as one."""
    from PySide6.QtWidgets import QAbstractButton

    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Briefing Builder") -> None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, BriefingError):
        log.warning("shown: %s", exc)
    else:  # a bug: the whole trace goes to the log
        log.error("shown: %s: %s\n%s", exc.__class__.__name__, exc, getattr(exc, "formatted", "") or repr(exc))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setAccessibleName("Error message")
    if isinstance(exc, BriefingError):
        box.setText(str(exc))
    else:
        box.setText("Something went wrong inside Briefing Builder: a bug, not a problem with your input.")
        box.setInformativeText("The changes made before it are saved. Help > Show Log has the details "
                               "to attach to a bug report.")
        box.setDetailedText(f"{exc.__class__.__name__}: {exc}\n\n{getattr(exc, 'formatted', '')}".strip())
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str = "Briefing Builder") -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def show_notice(parent: QWidget | None, text: str, title: str = "Briefing Builder", details: str = ""):
    """An information box that does not block (the app goes on while it is open)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(details)
    box.setAccessibleName(title)
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes


def ask_open_project(parent: QWidget | None, folder: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getOpenFileName(parent, "Open project", folder, PROJECT_FILTER)[0]


def ask_new_project(parent: QWidget | None, folder: str = "") -> str:
    from PySide6.QtWidgets import QFileDialog

    path = QFileDialog.getSaveFileName(parent, "New project", folder, PROJECT_FILTER)[0]
    if path and not path.endswith(".briefing"):
        path += ".briefing"
    return path


def ask_import_files(parent: QWidget | None, suffixes: list[str], folder: str = "") -> list[str]:
    from PySide6.QtWidgets import QFileDialog

    pattern = " ".join(f"*{s}" for s in suffixes)
    return QFileDialog.getOpenFileNames(parent, "Import sources", folder, f"Sources ({pattern});;All files (*)")[0]


def ask_export_path(parent: QWidget | None, suggested: str) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(parent, "Export memo", suggested,
                                       "PDF document (*.pdf);;Word document (*.docx)")[0]


def ask_template_folder(parent: QWidget | None) -> str:
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, "Template folder (with template.toml and memo.docx)")


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label, text)
    return text if ok else None
