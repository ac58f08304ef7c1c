"""A bug's error box speaks to the user (what happened, that earlier work is saved, where the
details are); the traceback stays behind Show Details and in the log, never in the message."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from briefing_app.core.errors import InputError
from briefing_app.ui import dialogs


def _shown(qtbot, exc: BaseException) -> QMessageBox:
    seen: list[QMessageBox] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box)  # kept (and so alive) for the asserts
            box.done(0)
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(20, close_it)
    dialogs.show_error(None, exc)
    assert seen
    return seen[0]


def test_a_bug_is_told_plainly_with_the_trace_behind_details(qtbot):
    try:
        {}["speaker"]
    except KeyError as exc:
        import traceback

        exc.formatted = "".join(traceback.format_exception(exc))  # type: ignore[attr-defined]
        box = _shown(qtbot, exc)
    assert "Traceback" not in box.text() and "KeyError" not in box.text()
    assert "bug" in box.text() and "Show Log" in box.informativeText()
    assert "Traceback" in box.detailedText() and box.detailedText().startswith("KeyError: 'speaker'")


def test_bad_input_is_told_as_it_is(qtbot):
    box = _shown(qtbot, InputError("broken.docx: not a valid Word document"))
    assert box.text() == "broken.docx: not a valid Word document"
    assert not box.detailedText()
