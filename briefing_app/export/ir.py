"""The memo document model both renderers consume. Plain data, no behaviour beyond formatting.

A memo is built into one `Document` (build.py); render_docx.py and render_pdf.py turn it
into Word and PDF. Text here is the user's text, unescaped: each renderer escapes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefing_app.export import citations


@dataclass
class Citation:
    """Where a quote comes from: the source's title (label), outlet, author, date and URL, and how
    to print it — the memo's citation style and the form (full for the first note citing the
    source, short for later ones). All text comes from export/citations.py."""

    label: str | None  # the source's title; None when it has none worth printing
    outlet: str | None = None
    author: str | None = None
    date: str | None = None
    url: str | None = None
    style: str = citations.DEFAULT  # chicago | apa | house
    form: str = "full"  # full | short (a later note citing the same source)

    def text(self) -> str:
        """The note in its style and form, without the URL (renderers link the URL apart)."""
        return citations.format(self, self.style, self.form)

    def entry(self) -> str:
        """The bibliography / sources-appendix entry, without the URL."""
        return citations.format(self, self.style, "entry")

    def runs(self, form: str | None = None) -> list[Run]:
        """The note (or `form="entry"`) as runs: italic where the style italicises, the URL as a
        link where the style places it. For renderers that print citations with formatting."""
        runs: list[Run] = []
        for t, kind in citations.pieces(self, self.style, form or self.form):
            if runs and kind != "url" and not runs[-1].link and runs[-1].italic == (kind == "i"):
                runs[-1].text += t
            else:
                runs.append(Run(t, italic=kind == "i", link=t if kind == "url" else None))
        return runs

    def short(self) -> Citation:
        """The same source cited again: the short form, which carries no URL."""
        return replace(self, form="short", url=None)


@dataclass
class Note:
    """A footnote (DOCX) or endnote (PDF) for one cited item, numbered from 1 in document order.
    The first note citing a source holds the full citation, later ones the short form."""

    number: int
    citation: Citation

    @property
    def id(self) -> str:
        return f"note-{self.number}"

    @property
    def text(self) -> str:
        return self.citation.text()

    @property
    def url(self) -> str | None:
        return self.citation.url


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None  # an external URL, or "#<heading id>" for an internal link


@dataclass
class NoteRef:
    """An inline reference mark to `Document.notes[number - 1]`."""

    number: int


Inline = Run | NoteRef


@dataclass
class Heading:
    level: int  # 1 = section heading, 2 = sub-heading
    text: str
    id: str  # unique, stable across renders (used for bookmarks and the PDF outline)
    new_page: bool = False  # start a new page (briefing book: a tab per topic)


@dataclass
class Paragraph:
    runs: list[Inline]
    style: str = "body"  # body | bluf | small | bullet | closing | source

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs if isinstance(r, Run))


_OPENING = "\"“„«「『"  # double marks only: a single ’ may be an apostrophe
_CLOSING = "\"”“»」』"  # “ closes a German or Russian „…“
_MARKS = "“”\"«»„「」『』"


def in_quotes(text: str) -> str:
    """The text inside typographic quotation marks, unless it carries its own: it starts with an
    opening mark or ends with a closing one (straight, curly, «», „“, 「」『』), so no second pair."""
    text = text.strip()
    if not text or text[0] in _OPENING or text[-1] in _CLOSING:
        return text
    return f"“{text}”"


@dataclass
class QuoteBlock:
    text: str  # verbatim, as clipped from the source
    speaker: str | None
    attribution: str  # e.g. "Andrey Rudenko, Deputy Foreign Minister, to Tass"
    citation: Citation
    note: int | None  # number of the note holding the citation; None: the item is not cited
    portion: str = ""  # portion mark printed before the quote, e.g. "(U)"
    compact: bool = False  # one supporting line under a point (talking points), not a block
    paraphrase: bool = False  # the analyst's paraphrase: printed without quotation marks

    @property
    def quoted(self) -> str:
        """The printed quote inside typographic quotation marks (not doubled if the clip has them);
        a paraphrase without any marks."""
        text = self.display
        if self.paraphrase:
            inner = text.strip(_MARKS).strip()
            return (inner[:-1].rstrip() if inner.endswith(",") else inner) or text
        return in_quotes(text)

    @property
    def display(self) -> str:
        """The quote as printed: verbatim, less a trailing comma where the source sentence went on."""
        text = self.text.strip()
        return text[:-1].rstrip() if text.endswith(",") else text


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None  # relative column widths, summing to about 1
    caption: str = ""


@dataclass
class DecisionBlock:
    """Approve / Disapprove / Other lines for a decision memo."""

    choices: list[str] = field(default_factory=lambda: ["Approve", "Disapprove", "Other"])
    initials: str = "Initials"  # the label under the line each choice is initialled on
    date: str = "Date"


Block = Heading | Paragraph | QuoteBlock | Table | DecisionBlock


@dataclass
class Document:
    title: str
    author: str = ""
    subject: str = ""
    marking: str = ""  # banner top and bottom of every page when set
    kind_label: str = "MEMORANDUM"  # the line above the header block
    header: list[tuple[str, str]] = field(default_factory=list)  # ("TO", "…"), ("FROM", "…"), …
    blocks: list[Block] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    page_budget: int | None = None
    template_id: str = ""
    citation_style: str = citations.DEFAULT  # every Citation in the document carries the same
    lang: str = "en"
    cover: bool = False  # a cover page before the memo (briefing book)
    contents: bool = False  # a table of contents after the cover

    def header_value(self, label: str) -> str:
        return next((v for k, v in self.header if k == label), "")

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def quotes(self) -> list[QuoteBlock]:
        return [b for b in self.blocks if isinstance(b, QuoteBlock)]
