"""The first-run view: what the app is for, in three steps, with the buttons to get going.

The window shows it in its central area when no project is open, when the open project has no
sources yet (then its buttons import or paste), on the very first launch (over the sample
project the app opens by default: "Continue" just shows it), and from
Help > Getting Started.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

STEPS = (
    ("Add sources", "Drop article files or folders on the window (.txt, .html, .pdf, .docx …), "
                    "or copy an article and paste it as a source (Ctrl+Shift+V)."),
    ("Pick quotes, actors and options", "Read each source with the suggested quotes highlighted; accept or "
                                        "reject them, fix speakers, or select text to add your own."),
    ("Assemble and export the memo", "Drag what you picked into the memo's sections, write around it, "
                                     "watch the live preview and export to Word or PDF (Ctrl+E)."),
)


class FirstRunView(QWidget):
    open_sample = Signal()
    new_project = Signal()
    open_project = Signal()
    import_files = Signal()
    paste_source = Signal()
    resume = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Getting started")
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        heading = QLabel("Turn news articles into a briefing memo", self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        heading.setAccessibleName("Getting started heading")
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        steps = QGridLayout()
        steps.setHorizontalSpacing(14)
        steps.setVerticalSpacing(16)
        for n, (title, text) in enumerate(STEPS):
            number = QLabel(str(n + 1), self)
            big = QFont(font)
            big.setPointSizeF(font.pointSizeF() * 1.2)
            number.setFont(big)
            number.setForegroundRole(QPalette.ColorRole.Link)
            number.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            label = QLabel(f"<b>{title}</b><br>{text}", self)
            label.setWordWrap(True)
            label.setAccessibleName(f"Step {n + 1}: {title}")
            steps.addWidget(number, n, 0)
            steps.addWidget(label, n, 1)
        steps.setColumnStretch(1, 1)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, signal in (("sample", "Open the &Sample Project", self.open_sample),
                                  ("new", "&New Project…", self.new_project),
                                  ("open", "&Open Project…", self.open_project),
                                  ("import", "&Import Files…", self.import_files),
                                  ("paste", "&Paste as Source", self.paste_source),
                                  ("resume", "&Continue", self.resume)):
            button = QPushButton(text, self)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
            button.clicked.connect(signal)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        box = QFrame(self)
        box.setMaximumWidth(760)
        inner = QVBoxLayout(box)
        inner.setSpacing(18)
        inner.addWidget(heading)
        inner.addWidget(self.note)
        inner.addLayout(steps)
        inner.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 4)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.set_state(None, False)

    def set_state(self, project_name: str | None, has_sources: bool) -> None:
        """Which buttons make sense: no project / an empty project / a project with sources."""
        empty = project_name is not None and not has_sources
        shown = {"sample": not has_sources, "new": project_name is None, "open": project_name is None,
                 "import": empty, "paste": empty, "resume": has_sources}
        for key, button in self.buttons.items():
            button.setVisible(shown[key])
        self.buttons["resume"].setText(f"&Continue with {project_name}" if has_sources else "&Continue")
        if project_name is None:
            self.note.setText("No project is open. Start with the sample project to see how it works, "
                              "or create a project of your own.")
        elif empty:
            self.note.setText(f"{project_name} has no sources yet: add some to begin.")
        else:
            self.note.setText(f"{project_name} is open.")
