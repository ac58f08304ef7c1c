"""Reported speech reads the same with straight and curly quotation marks (probes "straight"/"curly" of
scripts/probe_split.py): a quoted word before "and said", "but said", "and urged" ends a clause whatever its
closing mark (the clause's subject is the speaker's)."""
from __future__ import annotations

import pytest

from tests.analysis.reported_helpers import trace


def _curly(text: str) -> str:
    out, opened = [], False
    for ch in text:
        if ch == '"':
            opened = not opened
            out.append("“" if opened else "”")
        else:
            out.append(ch)
    return "".join(out)


@pytest.mark.parametrize(("text", "content", "mention"), [
    ('He called it their "crystal ball" and said it was often more informative than the public polls.',
     "it was often more informative than the public polls", "He"),
    ('De Blasio called Trump a "blowhard," and said his remarks were priceless "propaganda" for terrorist groups.',
     'his remarks were priceless "propaganda" for terrorist groups', "De Blasio"),
    ('The senator described the bill as "a disaster" but said she would vote for it anyway.',
     "she would vote for it anyway", "The senator"),
])
@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_said_after_a_quoted_word_and_and(text: str, content: str, mention: str, marks: str) -> None:
    if marks == "curly":
        text, content = _curly(text), _curly(content)
    assert ("complement", content, mention) in trace(text)


@pytest.mark.parametrize("marks", ["straight", "curly"])
def test_a_call_after_a_quoted_word_and(marks: str) -> None:
    text = 'The senator called the bill "a disaster" and urged Congress to reject it.'
    text = _curly(text) if marks == "curly" else text
    assert ("calls", "Congress to reject it", "The senator") in trace(text)
