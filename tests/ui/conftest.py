"""pytest-qt fixtures: a real project file in tmp_path, a real main window on it.

Offscreen unless a display is set (test.sh runs the suite under xvfb-run). QSettings and the
sample project go to throw-away XDG folders, never to the developer's own.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_XDG = Path(tempfile.mkdtemp(prefix="briefing-ui-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_XDG / "config")
os.environ["XDG_DATA_HOME"] = str(_XDG / "data")
os.environ["XDG_STATE_HOME"] = str(_XDG / "state")  # the log file

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLES = sorted(SEEDS.glob("*.txt"))


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_XDG, ignore_errors=True)


def make_project(path: Path, sources: list[Path]) -> Path:
    """A project file holding `sources`, imported the way the CLI does it, then closed."""
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.workflow.importing import import_files

    project = open_project(path)
    try:
        report = import_files(project, History(project), sources)
        assert not report.failed, report.failed
    finally:
        project.close()
    return path


@pytest.fixture(scope="session")
def _template_project(tmp_path_factory) -> Path:
    assert len(SAMPLES) == 2, "the bundled sample articles are missing"
    return make_project(tmp_path_factory.mktemp("template") / "two.briefing", SAMPLES)


@pytest.fixture
def project_path(tmp_path, _template_project) -> Path:
    """A fresh copy of a project with the two sample articles (building it once per session)."""
    target = tmp_path / "two.briefing"
    shutil.copy(_template_project, target)
    return target


@pytest.fixture
def errors(monkeypatch) -> list[BaseException]:
    """Errors the UI would have shown in a message box (modal boxes would block the test)."""
    from briefing_app.ui import dialogs

    shown: list[BaseException] = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc, title="": shown.append(exc))
    return shown


@pytest.fixture
def window(qtbot, errors, project_path):
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(project_path), errors
    win.show()
    qtbot.waitExposed(win)
    settle_library(qtbot, win)  # the rows are read in the background, the first source then selected
    yield win
    win.close()


def settle_library(qtbot, window, timeout: int = 20000) -> None:
    """Wait until the rows the library asked for are shown: after a change or a filter it reads
    them again in the background (library_panel.py)."""
    qtbot.waitUntil(lambda: not window.library.reading, timeout=timeout)


@pytest.fixture
def no_saved_columns():
    """The saved window layout (the lists' headers, the panels' widths), from an earlier test of
    this session, forgotten before and after: the first run starts from the defaults."""
    from briefing_app.ui import settings

    settings.settings().remove("window")
    yield
    settings.settings().remove("window")


@pytest.fixture
def project_factory():
    return make_project


@pytest.fixture
def drafted(window, qtbot, errors):
    """The window with a memo drafted from its project (planned in a worker)."""
    window.memo.draft_button.click()
    qtbot.waitUntil(lambda: window.memo.drafting is None, timeout=30000)  # planned in a worker
    assert window.memo.memo is not None, errors
    return window


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The files the desktop was asked to open (after an export), none opened."""
    urls: list[str] = []
    from briefing_app.ui import export_flow

    monkeypatch.setattr(export_flow, "open_url", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


@pytest.fixture
def notices(monkeypatch) -> list[tuple[str, str]]:
    """The notices shown (text, details), none shown on screen."""
    from briefing_app.ui import dialogs

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_notice",
                        lambda parent, text, title="", details="": shown.append((text, details)))
    return shown
