"""Domain dataclasses shared by every layer. Plain data, no behaviour beyond conversion.

Offsets are always Python string indices into a source's stored text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

QUOTE_KINDS = ("direct", "indirect", "scare", "title")
ACTOR_KINDS = ("person", "government", "organization", "country", "group")
STANCES = ("support", "oppose", "neutral", "conditional")
GENRES = ("news", "opinion")
STATUSES = ("suggested", "accepted", "rejected")


NUL_STAND_IN = "\ufffd"  # the replacement character: a reader sees something was there


def without_nul(text: str) -> str:
    """NUL characters (a paste from a binary file, a broken PDF text layer, a project file from
    before they were replaced) as U+FFFD, one for one, so offsets stay: SQLite's full-text
    indexes and LIKE read a text only up to a NUL and PostgreSQL refuses NUL in text."""
    return text.replace("\x00", NUL_STAND_IN) if "\x00" in text else text


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """start, end without the white space at either end of text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass(frozen=True)
class Span:
    """A range of character offsets in a source's text."""

    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True)
class Mention:
    """A span of source text together with the text it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Metadata:
    """What is known about a source: title, author, outlet, date published, URL and genre."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date "YYYY-MM-DD" when known
    url: str | None = None
    genre: str | None = None  # one of GENRES or None
    title_guessed: bool = False  # the title was made from the text (first line or sentence), not declared

    def to_json(self) -> dict[str, Any]:
        # as asdict() gives it, without its deep copy of each value (strings, a bool): an import
        # calls this for every source
        return {name: getattr(self, name) for name in METADATA_FIELDS}

    def merged(self, other: Metadata) -> Metadata:
        """Fields of self, with blanks filled from other."""
        return Metadata(**{k: v if (v := getattr(self, k)) else getattr(other, k) for k in METADATA_FIELDS})


METADATA_FIELDS = tuple(f.name for f in fields(Metadata))


@dataclass
class Quote:
    """A quote an analyser found: its span and text, kind, speaker, cue and venue."""

    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: str | None = None  # canonical actor name
    mention: Mention | None = None  # the span naming the speaker at the cue
    cue: str | None = None
    venue: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": {
                "name": self.speaker,
                "mention": self.mention.to_json() if self.mention else None,
            },
            "cue": self.cue,
            "venue": self.venue,
        }


@dataclass
class Actor:
    """An actor a text names (a person by default), with aliases and the spans naming it."""

    name: str
    kind: str = "person"
    title: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # a person's sex, "m", "f" or None (unknown), from the given name or a title ("Ms."); not exported
    gender: str | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "title": self.title,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True)
class Position:
    """Where an actor other than the author stands on an option, and the words that say so."""

    actor: str
    stance: str  # one of STANCES
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"actor": self.actor, "stance": self.stance, "start": self.start, "end": self.end}


@dataclass
class Option:
    """A policy option a text argues: its summary, the author's stance (None: the author takes no
    side), the evidence span and the positions of other actors on it."""

    summary: str
    stance: str | None = "neutral"
    start: int = 0
    end: int = 0
    holder: str | None = None  # who takes `stance`; None = the author
    positions: list[Position] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"summary": self.summary, "stance": self.stance, "start": self.start, "end": self.end,
                "positions": [p.to_json() for p in self.positions]}


@dataclass
class Analysis:
    """Everything the analysers suggest for one text."""

    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    options: list[Option] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)


@dataclass
class SourceDoc:
    """A decoded source before it is stored: text exactly as imported, plus metadata."""

    text: str
    metadata: Metadata = field(default_factory=Metadata)
    path: str | None = None
    file_hash: str | None = None
    media_type: str = "text/plain"
    # ranges of text the file format itself marks as not the article (page chrome of a web
    # page, running headers of a PDF): stored as hidden boilerplate, never deleted
    boilerplate: list[Span] = field(default_factory=list)
