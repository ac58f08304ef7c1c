"""One option found in a sentence, before attribution: its stance, action phrase and summary."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Hit:
    """stance of whoever argues it; start/end: the action phrase; at: the cue's offset (for
    attribution); who: a holder the sentence itself names ("critics urged ..."), else None."""

    stance: str
    start: int
    end: int
    summary: str
    at: int
    who: str | None = None
    author: bool = False  # the sentence names the author as holder ("I propose", "we urge")
    reported: bool = False  # an actor's own plan ("X proposes to ..."): X holds it, never the author
    conceded: bool = False  # in a concessive clause ("While critics call for X, ..."): the author is neutral on it
    person: bool = False  # held only by a person ("Trump's plan to ...", "his call for ..."): dropped when `who` is not one
    limit: int | None = None  # where the clause holding it ends, when before the sentence's end (a list in it ends there)
    clause: tuple[int, int] | None = None  # its own evidence when not the whole sentence ("..., rather than B")
    item: bool = False  # one measure of a list a holder calls for (`listed`): it outranks a hit spanning the list
    decided: bool = False  # announced by its doer as decided ("said he would", "plans to", "vowed to"): `own_acts` reads it
    owned: bool = False  # `who` owns the measure in the words themselves ("Holt's bill would ban X"): the owner holds it
    # whoever tells it ("Critics said Holt's bill would ban X": Holt's, not the critics')
