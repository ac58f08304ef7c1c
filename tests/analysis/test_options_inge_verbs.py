"""Verbs in -inge keep their "e" in a summary's bare form ("infringing on the Second Amendment" gave "Infr ..."/"Infring");
-ing verbs whose stem ends in "ing" ("bringing", "stringing") keep their stem."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.phrases import base_form


@pytest.mark.parametrize("word, base", [
    ("infringing", "infringe"), ("infringed", "infringe"), ("impinging", "impinge"), ("cringing", "cringe"),
    ("bringing", "bring"), ("stringing", "string"), ("banning", "ban"),
])
def test_base_form(word: str, base: str) -> None:
    assert base_form(word) == base
