"""A body named thousands of times costs time in proportion, not in the square: its last word found
outside its mentions (org_merge._last_word_names) and its descriptions in apposition
(org_coref._described_in_apposition) each look a mention up in a sorted index and an alias up in a
set, and a foreign ministry's mentions leave the Russian one by a set of ids (ru_foreign.foreign_bodies): they
scanned every mention / every alias for each one (20,000 mentions: 22 s, 15 s and 5.7 s)."""
from __future__ import annotations

import time

from briefing_app.analysis.document import Document
from briefing_app.analysis.org_coref import _described_in_apposition
from briefing_app.analysis.org_merge import _last_word_names
from briefing_app.core.model import Actor, Span

N = 20_000


def test_a_body_named_many_times_takes_its_last_word_in_linear_time() -> None:
    unit = "The King County Metro board met. Riders at Metro said so. "
    text = unit * N
    org = Actor("King County Metro", "organization")
    org.mentions = [Span(i * len(unit) + 4, i * len(unit) + 21) for i in range(N)]
    doc = Document(text, actor_text=text, actors=[org])
    start = time.process_time()
    _last_word_names(doc, [org])
    assert time.process_time() - start < 3  # (22 s with the scan)
    assert org.aliases == ["Metro"]
    assert len(org.mentions) == 2 * N  # each lone "Metro", none of the name's own
    assert all(text[sp.start:sp.end] in ("King County Metro", "Metro") for sp in org.mentions)


def test_many_descriptions_in_apposition_are_each_one_alias_in_linear_time() -> None:
    unit = "Acme, the {} charity, said {}. "
    words = ["".join(chr(97 + i // 26 ** k % 26) for k in range(4)) for i in range(N)]
    text = "".join(unit.format(w, w) for w in words) + "Acme, the aaaa charity, said again."
    org = Actor("Acme", "organization")
    org.mentions, at = [], 0
    while (at := text.find("Acme", at)) != -1:
        org.mentions.append(Span(at, at + 4))
        at += 4
    country = Actor("Denmark", "country", mentions=[Span(text.find("charity") - 1, text.find("charity"))])
    doc = Document(text, actor_text=text, actors=[org, country])
    start = time.process_time()
    _described_in_apposition(doc, text, [org], [country])
    assert time.process_time() - start < 3  # (15 s with the scans)
    assert org.aliases == [f"the {w} charity" for w in words]  # the repeated last one once
    assert len(org.mentions) == 2 * (N + 1)
    assert doc.actors == [org]  # the country's one mention was inside a description


def test_a_foreign_ministry_named_many_times_is_split_off_in_linear_time() -> None:
    """ru_foreign.foreign_bodies: the mentions that go to the foreign body are taken from the Russian one by
    identity in a set (it scanned every moved mention for each mention kept)."""
    from briefing_app.analysis.lang.ru_foreign import foreign_bodies

    unit = "МИД Азербайджана заявил. "
    text = unit * N + "МИД сообщил."
    org = Actor("МИД", "organization", mentions=[Span(i * len(unit), i * len(unit) + 3) for i in range(N + 1)])
    start = time.process_time()
    out = foreign_bodies(text, [org])
    assert time.process_time() - start < 1  # (0.05 s; 5.7 s with the scan)
    assert [(a.name, a.affiliation, len(a.mentions)) for a in out] == [("МИД", None, 1), ("МИД Азербайджана", "Азербайджан", N)]
