"""Light and dark: follow the system colour scheme, or a choice kept in QSettings (View > Theme).

Dark uses the Fusion style with a dark palette (it looks the same on every platform and every
widget honours the palette). Every custom colour in the UI comes from here, as a light/dark
pair picked by the palette in force, so highlights stay readable on both.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MODES = ("system", "light", "dark")
MODE_LABELS = {"system": "&System", "light": "&Light", "dark": "&Dark"}
_KEY = "view/theme"

# quote highlights by kind: (light, dark); accepted quotes use the stronger second pair
HIGHLIGHTS = {
    "direct": ("#ffeaa6", "#5a4800"),
    "indirect": ("#c9eee8", "#104c45"),
    "scare": ("#ecd8ff", "#4a2d66"),
    "title": ("#ffd9c6", "#5e2e1a"),
}
ACCEPTED = {
    "direct": ("#ffd54f", "#8a6d00"),
    "indirect": ("#7fdccf", "#17766b"),
    "scare": ("#d3a6ff", "#6e40a0"),
    "title": ("#ffae88", "#8c4424"),
}
NAMED = {
    "actor": ("#1f5fbf", "#8ab4ff"),  # the underline under actor mentions
    "danger": ("#c62828", "#ff8a80"),  # over budget, errors
    # the options matrix: a holder's stance on an option
    "stance_support": ("#d4efcd", "#1f4d1a"),
    "stance_oppose": ("#f6d0cc", "#5c1d19"),
    "stance_conditional": ("#fbe8b8", "#5a4510"),
    "stance_neutral": ("#e4e4e4", "#3a3a3a"),
    "stance_mixed": ("#dcd6f2", "#3b3160"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str], palette: QPalette | None) -> QColor:
    return QColor(pair[1] if is_dark(palette) else pair[0])


def highlight(kind: str, accepted: bool = False, palette: QPalette | None = None) -> QColor:
    table = ACCEPTED if accepted else HIGHLIGHTS
    return _pick(table.get(kind, table["direct"]), palette)


def colour(name: str, palette: QPalette | None = None) -> QColor:
    return _pick(NAMED[name], palette)


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1e1e"),
                        (roles.AlternateBase, "#2a2a2a"), (roles.ToolTipBase, "#3a3a3a"), (roles.ToolTipText, "#f0f0f0"),
                        (roles.PlaceholderText, "#8c8c8c"), (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                        (roles.ButtonText, "#e6e6e6"), (roles.BrightText, "#ff6e6e"), (roles.Link, "#8ab4ff"),
                        (roles.Highlight, "#3d6fb6"), (roles.HighlightedText, "#ffffff"), (roles.Light, "#474747"),
                        (roles.Midlight, "#3c3c3c"), (roles.Mid, "#303030"), (roles.Dark, "#1a1a1a"),
                        (roles.Shadow, "#000000")):
        p.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(disabled, role, QColor("#808080"))
    p.setColor(disabled, roles.Highlight, QColor("#505050"))
    return p


def saved_mode() -> str:
    from briefing_app.ui.settings import settings

    value = settings().value(_KEY, "system")
    return value if value in MODES else "system"


def save_mode(mode: str) -> None:
    from briefing_app.ui.settings import settings

    settings().setValue(_KEY, mode)


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Theme(QObject):
    """Applies a mode to the application and, in "system" mode, follows the desktop's changes."""

    def __init__(self, app: QApplication, mode: str = "system"):
        super().__init__(app)
        self.app = app
        self.mode = mode if mode in MODES else "system"
        self._base_style = app.style().name()
        self._styled = False
        app.styleHints().colorSchemeChanged.connect(self._on_system_change)
        self.apply()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.apply()

    def wants_dark(self) -> bool:
        return self.mode == "dark" or (self.mode == "system" and system_is_dark())

    def apply(self) -> None:
        if self.wants_dark():
            self.app.setStyle("Fusion")
            self._styled = True
            self.app.setPalette(dark_palette())
        elif self._styled:  # back from dark: the style we replaced, with its own light palette
            self.app.setStyle(self._base_style)
            self.app.setPalette(self.app.style().standardPalette())
            self._styled = False
        elif is_dark(self.app.palette()):  # a dark platform palette but light asked for
            self.app.setStyle("Fusion")
            self._styled = True
            self.app.setPalette(self.app.style().standardPalette())

    def _on_system_change(self, *_):
        if self.mode == "system":
            self.apply()


def app_theme() -> Theme | None:
    """The application's one Theme (kept across windows), made on first use with the saved mode."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    theme = app.property("briefing_theme")
    if not isinstance(theme, Theme):
        theme = Theme(app, saved_mode())
        app.setProperty("briefing_theme", theme)
    return theme
