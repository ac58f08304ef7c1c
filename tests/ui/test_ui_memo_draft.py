"""Own text being typed survives a kill before OK: the dialog keeps a draft in the settings a
second after each change, and the next edit of the same paragraph — in a new process, as after
a real crash — starts from it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from briefing_app.ui import memo_text

CHILD = textwrap.dedent("""
    import json, os, signal, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    app.setOrganizationName("briefing-builder-tests"); app.setApplicationName("draft-test")
    from briefing_app.ui import memo_text, settings
    mode, key = sys.argv[1], sys.argv[2]
    dialog = memo_text.RichTextDialog(None, "Edit text", "Saved line.", draft_key=key)
    if mode == "type":
        dialog._draft_timer.setInterval(50)
        dialog.show()
        dialog.edit.editor.setPlainText("Saved line. And half a sentence typed when the power went")
        # no OK, no Cancel, no exit: killed once the draft has been written
        QTimer.singleShot(600, lambda: os.kill(os.getpid(), signal.SIGKILL))
        app.exec()
    else:
        seen = {"recovered": dialog.recovered, "notice": not dialog.notice.isHidden(),
                "text": dialog.edit.markdown()}
        dialog.accept() if mode == "reopen-ok" else None
        seen["draft_after"] = settings.draft(key)
        print(json.dumps(seen))
""")


def _child(mode: str, key: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", CHILD, mode, key], env=env, timeout=60,
                          capture_output=True, text=True)


def test_text_typed_before_a_kill_comes_back_and_ok_clears_it(tmp_path):
    env = dict(os.environ, XDG_CONFIG_HOME=str(tmp_path / "config"))
    key = f"{tmp_path}/p.briefing|item 7"
    typed = _child("type", key, env)
    assert typed.returncode == -signal.SIGKILL, typed.stderr
    first = _child("reopen-ok", key, env)
    assert first.returncode == 0, first.stderr
    seen = json.loads(first.stdout.strip().splitlines()[-1])
    assert seen == {"recovered": True, "notice": True,
                    "text": "Saved line. And half a sentence typed when the power went", "draft_after": None}
    again = json.loads(_child("reopen-look", key, env).stdout.strip().splitlines()[-1])
    assert again == {"recovered": False, "notice": False, "text": "Saved line.", "draft_after": None}


def test_no_draft_key_no_draft(qtbot):
    dialog = memo_text.RichTextDialog(None, "Add text", "")
    qtbot.addWidget(dialog)
    dialog.edit.editor.setPlainText("typed")
    dialog.save_draft()
    assert not dialog.recovered and dialog.notice.isHidden()
