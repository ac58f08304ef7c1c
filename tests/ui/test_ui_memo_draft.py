"""Own text being typed survives a kill before OK: the dialog keeps a draft in the settings a
second after each change, and the next edit of the same paragraph starts from it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

from PySide6.QtCore import QCoreApplication

from briefing_app.ui import memo_text, settings

KEY = "/tmp/p.briefing|item 7"

CHILD = textwrap.dedent("""
    import os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName(sys.argv[1]); app.setApplicationName(sys.argv[2])
    from briefing_app.ui import memo_text
    dialog = memo_text.RichTextDialog(None, "Edit text", "Saved line.", draft_key=sys.argv[3])
    dialog.DRAFT_MS = 50
    dialog._draft_timer.setInterval(50)
    dialog.show()
    dialog.edit.editor.setPlainText("Saved line. And half a sentence typed when the power went")
    QTimer.singleShot(600, lambda: os.kill(os.getpid(), signal.SIGKILL))  # no OK, no Cancel, no exit
    app.exec()
""")


def test_text_typed_before_a_kill_comes_back_and_ok_clears_it(qapp, qtbot, monkeypatch):
    settings.drop_draft(KEY)
    child = subprocess.run([sys.executable, "-c", CHILD, QCoreApplication.organizationName(),
                            QCoreApplication.applicationName(), KEY], env=dict(os.environ), timeout=60,
                           capture_output=True, text=True)
    assert child.returncode == -signal.SIGKILL, child.stderr
    settings.settings().sync()
    dialog = memo_text.RichTextDialog(None, "Edit text", "Saved line.", draft_key=KEY)
    qtbot.addWidget(dialog)
    assert dialog.recovered and not dialog.notice.isHidden()
    assert dialog.edit.markdown() == "Saved line. And half a sentence typed when the power went"
    dialog.accept()
    assert settings.draft(KEY) is None  # OK (or Cancel) ends the draft
    again = memo_text.RichTextDialog(None, "Edit text", "Saved line.", draft_key=KEY)
    qtbot.addWidget(again)
    assert not again.recovered and again.edit.markdown() == "Saved line."


def test_no_draft_key_no_draft(qtbot):
    dialog = memo_text.RichTextDialog(None, "Add text", "")
    qtbot.addWidget(dialog)
    dialog.edit.editor.setPlainText("typed")
    dialog.save_draft()
    assert not dialog.recovered and dialog.notice.isHidden()
