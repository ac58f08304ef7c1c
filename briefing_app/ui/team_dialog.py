"""File > Open Team Project…: a project on a PostgreSQL server, with the servers opened before.

The address is libpq's (postgresql://HOST/DB or key=value such as `service=team`); the
project is a name on that server. libpq finds credentials itself (~/.pgpass, the service file,
PGPASSWORD, Kerberos…); if the server still asks for a password, it is asked for here, kept
only in memory for this session, and never written to the settings or the recent list.
"""
from __future__ import annotations

from urllib.parse import quote

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QWidget,
)

from briefing_app.core.errors import BriefingError, ProjectError
from briefing_app.core.store.pg_address import parse_address
from briefing_app.ui import settings

HINT = ("A libpq address: <tt>postgresql://host/database</tt> or <tt>service=name</tt> (from your "
        "pg_service.conf). Passwords come from ~/.pgpass or the service file, or are asked for; "
        "they are never saved.")


def target_of(server: str, project: str) -> str:
    """The address open_project takes: the server's plus project=NAME."""
    server = server.strip()
    if server.startswith(("postgresql://", "postgres://")):
        return f"{server}{'&' if '?' in server else '?'}project={project}"
    return f"{server} project={project}"


def with_password(target: str, password: str) -> str:
    if target.startswith(("postgresql://", "postgres://")):
        return f"{target}&password={quote(password, safe='')}"
    return f"{target} password='{password.replace(chr(92), chr(92) * 2).replace(chr(39), chr(92) + chr(39))}'"


class TeamProjectDialog(QDialog):
    def __init__(self, parent: QWidget | None, recent: list[str]):
        super().__init__(parent)
        self.setWindowTitle("Open Team Project")
        self.server = QComboBox(self)
        self.server.setEditable(True)
        self.server.setAccessibleName("Server address")
        self.project = QLineEdit(self)
        self.project.setAccessibleName("Project name")
        self.project.setPlaceholderText("e.g. crisis_desk")
        self._recent: dict[str, tuple[str, str]] = {}
        for target in recent:
            try:
                address = parse_address(target)
            except ProjectError:
                continue
            label = address.display()
            self._recent[label] = (address.conninfo, address.project)
            self.server.addItem(label)
        self.server.currentTextChanged.connect(self._picked)
        hint = QLabel(HINT, self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        edit = self.server.lineEdit()
        if edit is not None:  # editable above: it has one
            edit.setPlaceholderText("postgresql://host/database or service=name")
        self.server.currentTextChanged.connect(lambda text: self.open_button.setEnabled(bool(text.strip())))
        self.setMinimumWidth(480)  # the address and the hint on a line or two, not a narrow column
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("&Server:", self.server)
        form.addRow("&Project:", self.project)
        form.addRow(hint)
        form.addRow(buttons)
        self.server.setCurrentIndex(0 if recent else -1)
        self._picked(self.server.currentText())
        self.open_button.setEnabled(bool(self.server.currentText().strip()))  # no server, nothing to open
        height = self.heightForWidth(self.minimumWidth())
        if height > 0:  # the wrapped hint's height at that width, not at the narrow one Qt first guesses
            self.resize(self.minimumWidth(), height)

    def _picked(self, text: str) -> None:
        if text in self._recent:  # a recent entry: its server and project
            server, project = self._recent[text]
            self.server.setEditText(server)
            self.project.setText(project)

    def target(self) -> str:
        return target_of(self.server.currentText(), self.project.text().strip() or "main")


def open_team_project(window: QMainWindow, target: str | None = None) -> bool:
    """Ask for (or take) a team project's address and open it in `window`, asking for a password
    only if libpq found none and the server wants one."""
    from briefing_app.ui.session import ProjectSession

    if target is None:
        dialog = TeamProjectDialog(window, settings.recent_servers())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        target = dialog.target()
    try:
        session = ProjectSession.open(target, window)
    except ProjectError as exc:
        if "password" not in str(exc):
            window.show_error(exc)  # type: ignore[attr-defined]
            return False
        password, ok = QInputDialog.getText(window, "Password", f"Password for {parse_address(target).display()}:",
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return False
        try:
            session = ProjectSession.open(with_password(target, password), window)
        except BriefingError as again:
            window.show_error(again)  # type: ignore[attr-defined]
            return False
    settings.add_recent_server(target)
    window.use_session(session)  # type: ignore[attr-defined]
    return True
