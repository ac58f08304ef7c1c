"""A paste holding a NUL character (copied out of a binary file, a broken text layer): stored with
the NUL as U+FFFD, one for one (offsets kept), and every word after it found by search, on SQLite
(whose full-text indexes and LIKE stopped at the NUL) and on PostgreSQL (which refuses NUL in text)."""
from __future__ import annotations

import pytest

from briefing_app.core.history import History
from briefing_app.core.project import open_project
from briefing_app.workflow import importing

PASTE = ("The minister spoke on Monday.\x00 Afterwards the parliament debated zebrafish quotas at length. "
         "Министр сказал о санкциях. 장관이 말했다. Он ушёл.\n")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_project(request, tmp_path):
    target = tmp_path / "p.briefing" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    with open_project(target) as project:
        yield project


def test_a_paste_with_a_nul_is_stored_whole_and_found_after_it(any_project):
    outcome = importing.import_pasted(any_project, History(any_project), PASTE)
    assert outcome.error is None and outcome.source_id is not None
    text = any_project.get_source(outcome.source_id).text
    assert text == PASTE.replace("\x00", "\ufffd")
    for word in ("minister", "zebrafish", "length", "санкциях", "장관이", "Он"):
        hits = any_project.search_sources(word)
        assert [i for i, _ in hits] == [outcome.source_id], word
        assert "\x00" not in hits[0][1]

