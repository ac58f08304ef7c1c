"""The undo text of a memo field change names what changed: title, banner (handling marking),
citation style, or the header block."""
from __future__ import annotations

import pytest

from briefing_app.core import actions
from briefing_app.core.history import History


@pytest.mark.parametrize("fields, label", [
    ({"title": "Korea"}, "Change memo title"),
    ({"marking": "UNCLASSIFIED"}, "Change memo handling marking"),
    ({"citation_style": "apa"}, "Change memo citation style"),
    ({"to": "The Minister", "date": "5 December 2026"}, "Edit memo header"),
    ({"citation_style": "apa", "marking": "CUI"}, "Change memo citation style and handling marking"),
    ({"subject": "Korea", "title": "Korea"}, "Change memo header and title"),
])
def test_each_change_has_its_own_undo_text(project, fields, label):
    history = History(project)
    create = actions.create_memo("info-memo", [("bluf", "Bottom line up front")], title="Draft")
    history.push(create)
    history.push(actions.set_memo_fields(create.result, **fields))
    assert history.undo_text == label
    history.undo()
    assert project.get_memo(create.result).title == "Draft"
