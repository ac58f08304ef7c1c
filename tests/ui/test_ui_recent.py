"""File > Open Recent: newest first, opens what it lists; a project deleted since leaves the list
with a clear error when picked (it stayed there for good); Clear Menu empties it."""
from __future__ import annotations

import shutil


def _entries(win) -> list[str]:
    return [a.text() for a in win.menu_actions.recent.actions() if not a.isSeparator()]


def test_recent_projects_open_forget_the_missing_and_clear(qtbot, errors, project_path, tmp_path):
    from briefing_app.ui import settings
    from briefing_app.ui.main_window import MainWindow

    settings.clear_recent_projects()
    second = tmp_path / "second.briefing"
    shutil.copy(project_path, second)
    win = MainWindow(persist=True)
    qtbot.addWidget(win)
    try:
        assert win.open_project(project_path) and win.open_project(second), errors
        assert _entries(win) == ["&1 second.briefing", "&2 two.briefing", "&Clear Menu"]
        win.menu_actions.recent.actions()[1].trigger()
        assert win.windowTitle().startswith("two.briefing")
        qtbot.waitUntil(lambda: _entries(win)[0] == "&1 two.briefing")
        second.unlink()
        gone = next(a for a in win.menu_actions.recent.actions() if "second" in a.text())
        gone.trigger()
        assert errors and "second.briefing" in str(errors[-1])  # said why, in a box
        qtbot.waitUntil(lambda: _entries(win) == ["&1 two.briefing", "&Clear Menu"])
        assert win.windowTitle().startswith("two.briefing")  # what was open stays open
        next(a for a in win.menu_actions.recent.actions() if a.text() == "&Clear Menu").trigger()
        qtbot.waitUntil(lambda: not win.menu_actions.recent.isEnabled())
        assert settings.recent_projects() == []
    finally:
        win.close()
        settings.clear_recent_projects()
