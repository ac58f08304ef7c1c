"""Rows as read back from a project: the stored forms of the domain objects, with ids."""
from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.core.model import Mention, Metadata, Span


@dataclass(slots=True)
class SourceRecord:
    """A stored source: its text, metadata and hidden boilerplate."""

    id: int
    text: str
    metadata: Metadata
    boilerplate: list[Span] = field(default_factory=list)
    path: str | None = None
    file_hash: str | None = None
    media_type: str = "text/plain"
    imported_at: str | None = None
    version: int = 0
    created_by: str | None = None

    @property
    def label(self) -> str:
        """What to call the source in a list or a citation: its title (declared or guessed at
        import, see metadata.title_guessed), never its file name."""
        return self.metadata.title or f"Source {self.id}"


@dataclass
class ClipRecord:
    """A span of a source anchored by offsets, exact text and context (prefix/suffix)."""

    id: int
    source_id: int
    start: int
    end: int
    text: str
    prefix: str = ""
    suffix: str = ""


@dataclass
class QuoteRecord:
    """A stored quote: its clip, kind, speaker and review status."""

    id: int
    clip: ClipRecord
    kind: str
    speaker_id: int | None
    speaker: str | None  # canonical name of speaker_id, joined for convenience
    mention: Mention | None
    cue: str | None
    venue: str | None
    status: str = "suggested"
    version: int = 0  # the row version read; an edit based on it is refused if a colleague changed it since
    changed_by: str | None = None  # who last decided on it (accept/reject/edit), and when
    changed_at: str | None = None

    @property
    def source_id(self) -> int:
        return self.clip.source_id

    @property
    def text(self) -> str:
        return self.clip.text


@dataclass
class ActorRecord:
    """A stored actor, with its aliases, review status and how often it is mentioned."""

    id: int
    name: str
    kind: str
    title: str | None
    affiliation: str | None
    aliases: list[str] = field(default_factory=list)
    status: str = "suggested"
    mention_count: int = 0
    version: int = 0


@dataclass
class StanceRecord:
    """A stance on an option taken in one source, by its holder (None: the author)."""

    id: int
    source_id: int
    stance: str
    holder: str | None
    clip: ClipRecord | None


@dataclass
class OptionRecord:
    """A stored policy option: its summary, notes, review status and stances."""

    id: int
    summary: str
    description: str = ""
    pros: str = ""
    cons: str = ""
    risks: str = ""
    status: str = "suggested"
    stances: list[StanceRecord] = field(default_factory=list)
    version: int = 0
    created_by: str | None = None
    changed_by: str | None = None


@dataclass
class MemoItemRecord:
    """One item of a memo section: own text, or a quote, actor or option by id."""

    id: int
    section_id: int
    position: int
    kind: str  # text | quote | actor | option
    ref_id: int | None
    body: str = ""  # own text: a Markdown subset (**bold**, *italic*, "- " bullets)
    paraphrase: bool = False  # a quote printed without quotation marks, not checked verbatim
    cite: bool = True  # print this item's citation
    version: int = 0
    created_by: str | None = None
    created_at: str | None = None


@dataclass
class MemoSectionRecord:
    """A section of a memo, with its items in order."""

    id: int
    memo_id: int
    position: int
    key: str
    heading: str
    items: list[MemoItemRecord] = field(default_factory=list)
    version: int = 0  # moves on with every item added, moved or removed (memo_actions.py)


@dataclass
class MemoRecord:
    """A memo: its template, header fields, citation style and sections."""

    id: int
    template: str
    title: str
    to: str = ""
    from_: str = ""
    through: str = ""
    date: str = ""
    subject: str = ""
    marking: str = ""
    citation_style: str = "chicago"
    sections: list[MemoSectionRecord] = field(default_factory=list)
    status: str = "draft"  # draft | in review | approved
    approved_by: str | None = None
    approved_at: str | None = None
    version: int = 0

    def section(self, key: str) -> MemoSectionRecord | None:
        return next((s for s in self.sections if s.key == key), None)

    def review_status(self) -> str:
        """'draft', 'in review', or 'approved by NAME on DATE' (the date part of the approval time)."""
        if self.status != "approved":
            return self.status
        by = f" by {self.approved_by}" if self.approved_by else ""
        on = f" on {self.approved_at[:10]}" if self.approved_at else ""
        return f"approved{by}{on}"
