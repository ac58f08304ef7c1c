"""Storing the options an analysis found in one source: an option already in the project under a
near-duplicate summary gains this source's stances; each stance row is the author's (holder
NULL) or an actor's position (holder = the actor's name), with its evidence as a clip."""
from __future__ import annotations

from collections.abc import Callable

from briefing_app.core.anchoring import clip_fields
from briefing_app.core.model import Option
from briefing_app.core.option_match import lead_word, same_option
from briefing_app.core.store import Row, Store

Insert = Callable[[str, Row], int]


def insert_options(store: Store, insert: Insert, source_id: int, text: str, options: list[Option]) -> None:
    stored = [o for o in options if o.stance is not None or o.positions]
    leads = sorted({lead for lead in map(lead_word, (o.summary for o in stored)) if lead is not None})
    known: dict[str, list[tuple[int, str]]] = {}  # by lead word, each list in id order
    for known_id, summary in store.option_summaries(leads):
        lead = lead_word(summary)
        if lead is not None:
            known.setdefault(lead, []).append((known_id, summary))
    clips: dict[tuple[int, int], int | None] = {}

    def clip(start: int, end: int) -> int | None:
        if (start, end) not in clips:
            ok = 0 <= start < end <= len(text)
            clips[(start, end)] = insert("clips", {"source_id": source_id, **clip_fields(text, start, end)}) if ok else None
        return clips[(start, end)]

    for o in stored:
        lead = lead_word(o.summary)
        candidates = known.get(lead, []) if lead is not None else []
        option_id = next((i for i, summary in candidates if same_option(summary, o.summary)), None)
        if option_id is None:
            option_id = insert("options", {"summary": o.summary})
            if lead is not None:
                known.setdefault(lead, []).append((option_id, o.summary))
        if o.stance is not None:
            insert("option_stances", {"option_id": option_id, "source_id": source_id, "stance": o.stance,
                                      "holder": o.holder, "clip_id": clip(o.start, o.end)})
        for p in o.positions:
            insert("option_stances", {"option_id": option_id, "source_id": source_id, "stance": p.stance,
                                      "holder": p.actor, "clip_id": clip(p.start, p.end)})
