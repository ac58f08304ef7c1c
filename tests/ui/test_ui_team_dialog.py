"""File > Open Team Project…'s dialog without a server: wide enough for an address, says what
to type, and Open waits for a server address (an empty one opened nothing but an error)."""
from __future__ import annotations

from briefing_app.ui.team_dialog import TeamProjectDialog


def test_open_waits_for_a_server_address(qtbot, tmp_path):
    dialog = TeamProjectDialog(None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 480
    assert "postgresql://" in dialog.server.lineEdit().placeholderText()
    assert not dialog.open_button.isEnabled()
    dialog.server.setEditText("postgresql://db.example.org/briefings")
    assert dialog.open_button.isEnabled()
    dialog.project.setText("crisis_desk")
    assert dialog.target() == "postgresql://db.example.org/briefings?project=crisis_desk"
    dialog.server.setEditText("   ")
    assert not dialog.open_button.isEnabled()
    dialog.server.setEditText("service=team")
    assert dialog.open_button.isEnabled()
    dialog.grab().save(str(tmp_path / "team-dialog.png"))


def test_a_recent_server_fills_both_fields_and_can_be_opened(qtbot):
    dialog = TeamProjectDialog(None, ["postgresql://db.example.org/briefings?project=crisis_desk"])
    qtbot.addWidget(dialog)
    assert dialog.project.text() == "crisis_desk"
    assert dialog.open_button.isEnabled()
