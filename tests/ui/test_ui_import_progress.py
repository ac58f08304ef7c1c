"""The import progress names what it reads from the start, and one big file shows a busy bar
(it showed "Reading" at 0% until the file was done, which looks stuck)."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from briefing_app.core.progress import Progress
from briefing_app.ui import import_flow
from briefing_app.ui.workers import Task, with_progress_dialog
from briefing_app.workflow import importing


def test_one_big_file_shows_its_name_and_a_busy_bar(qtbot, tmp_path, monkeypatch):
    big = tmp_path / "budget-debate-transcript.txt"
    big.write_text("The minister said the budget would pass.\n\n" * 10, encoding="utf-8")
    gate = threading.Event()

    def slow_read(files, progress=None):  # the reading of one big file, held until the test has looked
        gate.wait(10)
        return iter(())

    monkeypatch.setattr(importing, "read_many", slow_read)
    parent = QWidget()
    qtbot.addWidget(parent)
    task = Task(lambda progress, emit: import_flow._read([str(big)], progress, emit))
    dialog = with_progress_dialog(task, parent, "Importing sources")
    try:
        with qtbot.waitSignal(task.done, timeout=15000):
            task.start()
            qtbot.waitUntil(lambda: "budget-debate-transcript.txt" in dialog.labelText(), timeout=5000)
            assert dialog.maximum() == 0  # busy, not a 0% that looks stuck
            gate.set()
    finally:
        gate.set()


def test_several_files_count_up(monkeypatch):
    steps: list[tuple[int, int, str]] = []
    monkeypatch.setattr(importing, "read_many", lambda files, progress=None: iter(()))
    import_flow._read(["a.txt", "b.txt", "c.txt"], Progress(lambda *step: steps.append(step)), lambda item: None)
    assert steps[0] == (0, 3, "Reading 3 files…")
