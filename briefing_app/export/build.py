"""Build the document model (ir.Document) from a memo and the project's records.

`lookup` is anything with get_quote / get_source / get_actor / get_option (the project
store has them). Memos refer to clips and records; the text is read here, never copied.
"""
from __future__ import annotations

import re
from typing import Protocol

from briefing_app.core.errors import NotFound
from briefing_app.core.records import (ActorRecord, MemoItemRecord, MemoRecord, OptionRecord, QuoteRecord,
                                       SourceRecord, StanceRecord)
from briefing_app.export import citations, ir, markup
from briefing_app.export.citation_parts import title_in_quotes, typographic
from briefing_app.export.markup import runs_for
from briefing_app.export.templates import TemplateSpec

_SLUG = re.compile(r"[^a-z0-9]+")


class Lookup(Protocol):
    def get_quote(self, quote_id: int) -> QuoteRecord: ...
    def get_source(self, source_id: int) -> SourceRecord: ...
    def get_actor(self, actor_id: int) -> ActorRecord: ...
    def get_option(self, option_id: int) -> OptionRecord: ...


def citation_for(source: SourceRecord, style: str = citations.DEFAULT) -> ir.Citation:
    m = source.metadata
    # a guessed title is cited when it is a headline line of the text; one cut from the first
    # sentence is not, when author or outlet can stand instead
    headline = m.title if m.title and (not m.title_guessed or _is_line(source.text, m.title)) else None
    label = headline or (None if (m.author or m.outlet) else source.label)
    return ir.Citation(label=label, outlet=m.outlet, author=m.author, date=m.published, url=m.url,
                       style=citations.check_style(style))


# a section label before a headline line ("Opinion: Title", "Analysis | Title"): the guessed title is the line without it
# (workflow.reading drops the label; the form of ingest.htmlmeta.LABEL_OPENING_RE, which export may not import)
LABEL_BEFORE_RE = re.compile(r"[^|:—–\n]{2,30}?[ \t]*[|:—–]+[ \t]+|[\[【〈<(][^\]】〉>)\n]{2,20}?[\]】〉>)][ \t]*")  # "[사설] "


def _is_line(text: str, title: str) -> bool:
    """Is the title a line of the text's top, whole or after a section label ("Opinion: A carbon border tax …": an
    op-ed's headline was cited as no title at all, "Ellis, Raymond.")?"""
    for line in text.splitlines()[:40]:
        line = " ".join(line.split())
        if line == title or line.endswith(title) and LABEL_BEFORE_RE.fullmatch(line[:len(line) - len(title)]):
            return True
    return False


def table(header: list[str], rows: list[list[str]], widths: list[float]) -> ir.Table:
    """A table without the columns (other than the first) that are empty in every row."""
    keep = [0] + [i for i in range(1, len(header)) if any(row[i].strip() for row in rows)]
    total = sum(widths[i] for i in keep)
    return ir.Table([header[i] for i in keep], [[row[i] for i in keep] for row in rows],
                    [widths[i] / total for i in keep])


def speaker_name(quote: QuoteRecord, actor: ActorRecord | None) -> str | None:
    """Who said it: the speaker's actor, else the words naming the speaker at the cue ("왕 주임",
    "관계자": a speaker the analysis found but no actor holds, as the reader shows it)."""
    return quote.speaker or (actor.name if actor else None) or (quote.mention.text.strip() if quote.mention else None)


def attribution(quote: QuoteRecord, actor: ActorRecord | None) -> str:
    """“Andrey Rudenko, Deputy Foreign Minister (Tass)” — who said it, in what role, where."""
    parts = [speaker_name(quote, actor) or "Unattributed"]
    if actor and actor.title:
        parts.append(actor.title)
    line = ", ".join(parts)
    return f"{line} ({quote.venue})" if quote.venue else line


def _role(actor: ActorRecord) -> str:
    return actor.title or actor.kind.capitalize()


def holder_name(st: StanceRecord, lookup: Lookup) -> str:
    """Who holds a stance: the named holder, else the author or outlet of its source, else its title
    (shortened: "source 3" meant nothing to a reader, who is never shown sources' numbers)."""
    try:
        source = lookup.get_source(st.source_id)
        m = source.metadata
        title = source.label if len(source.label) <= 32 else source.label[:31].rstrip() + "…"
        return st.holder or m.author or m.outlet or title_in_quotes(title, "")
    except NotFound:  # a stance whose source was deleted still has a holder or nothing
        return st.holder or f"source {st.source_id}"


def _stances(option: OptionRecord, lookup: Lookup) -> str:
    return "; ".join(f"{holder_name(st, lookup)}: {st.stance}" for st in option.stances)


MAX_HOLDER_COLUMNS = 3


def options_table(options: list[OptionRecord], lookup: Lookup, matrix: bool) -> ir.Table:
    """Options with pros and cons; with `matrix`, one column per stance holder (actor or source
    author) when there are few enough of them, else one Positions column."""
    holders = list(dict.fromkeys(holder_name(st, lookup) for o in options for st in o.stances))
    if not matrix or not holders or len(holders) > MAX_HOLDER_COLUMNS:
        return table(["Option", "For", "Against", "Positions"],
                     [[o.summary + (f" — {o.description}" if o.description else ""), o.pros, o.cons,
                       _stances(o, lookup)] for o in options], [0.34, 0.2, 0.2, 0.26])
    rows = []
    for o in options:
        stance = {holder_name(st, lookup): st.stance for st in o.stances}
        rows.append([o.summary + (f" — {o.description}" if o.description else ""), o.pros, o.cons, o.risks]
                    + [stance.get(h, "—") for h in holders])
    return table(["Option", "Pros", "Cons", "Risks"] + holders, rows, [0.28, 0.18, 0.18, 0.14] + [0.14] * len(holders))


def review_status(memo: MemoRecord) -> str:
    """'In review', or 'Approved by NAME on DATE': the memo's review status as a header prints it."""
    status = memo.review_status()
    return status[:1].upper() + status[1:]


class _Builder:
    def __init__(self, memo: MemoRecord, lookup: Lookup, template: TemplateSpec):
        self.memo, self.lookup, self.template = memo, lookup, template
        self.style = citations.check_style(memo.citation_style)
        subject = typographic(memo.subject)  # a source's title, printed as notes print it
        self.doc = ir.Document(
            title=typographic(memo.title) or subject or template.name, author=memo.from_, subject=subject,
            marking=memo.marking or template.marking or "", kind_label=template.kind_label, page_budget=template.page_budget,
            template_id=template.id, cover=template.cover, contents=template.contents, citation_style=self.style)
        fields = [("TO", memo.to), ("FROM", memo.from_), ("THROUGH", memo.through), ("DATE", memo.date),
                  ("SUBJECT", subject)]
        self.doc.header = [(k, v) for k, v in fields if v or k in ("TO", "FROM", "DATE", "SUBJECT")]
        if memo.status != "draft":  # a team's review status; a draft (every single-user memo) prints nothing
            self.doc.header.append(("STATUS", review_status(memo)))
        self.used_ids: set[str] = set()
        self.cited: dict[int, ir.Citation] = {}  # every source a cited quote or a stance cites, in order
        self.noted: set[int] = set()  # sources some note already cites in full

    def heading_id(self, key: str) -> str:
        base = "sec-" + (_SLUG.sub("-", key.lower()).strip("-") or "section")
        hid, n = base[:36], 2
        while hid in self.used_ids:
            hid, n = f"{base[:33]}-{n}", n + 1
        self.used_ids.add(hid)
        return hid

    def build(self) -> ir.Document:
        for section in sorted(self.memo.sections, key=lambda s: s.position):
            blocks = self.section_blocks(section.key, sorted(section.items, key=lambda i: i.position))
            if section.key in ("recommendation", "decision") and self.template.decision_lines:
                blocks.append(ir.DecisionBlock())
            if not blocks:
                continue  # an empty section prints nothing, not a bare heading
            heading = section.heading or self.template.heading_for(section.key) or section.key.capitalize()
            self.add_heading(heading, section.key)
            self.doc.blocks.extend(blocks)
        if self.template.decision_lines and not any(isinstance(b, ir.DecisionBlock) for b in self.doc.blocks):
            self.add_heading("Decision", "decision")
            self.doc.blocks.append(ir.DecisionBlock())
        self.closing()
        return self.doc

    def add_heading(self, text: str, key: str) -> None:
        self.doc.blocks.append(ir.Heading(1, text, self.heading_id(key), new_page=self.template.section_breaks))

    def closing(self) -> None:
        """Prepared-by line, attachments (TABs) and the sources appendix, as the template asks."""
        t, blocks = self.template, self.doc.blocks
        if t.prepared_by and self.memo.from_.strip():
            blocks.append(ir.Paragraph([ir.Run("Prepared by: ", bold=True), ir.Run(self.memo.from_.strip())],
                                       "closing"))
        if t.attachments and self.cited:
            blocks.append(ir.Paragraph([ir.Run("Attachments:", bold=True)], "closing"))
            for n, c in enumerate(self.cited.values(), 1):
                blocks.append(ir.Paragraph([ir.Run(f"TAB {n} — {c.entry()}")], "source"))
        if t.sources_appendix and self.cited:
            self.add_heading("Sources", "sources")
            for n, c in enumerate(self.cited.values(), 1):
                runs: list[ir.Inline] = [ir.Run(f"{n}. {c.entry()}")]
                if c.url:
                    runs += [ir.Run(" "), ir.Run(c.url, link=c.url)]
                blocks.append(ir.Paragraph(runs, "source"))

    def cite(self, source_id: int) -> None:
        if source_id not in self.cited:
            try:
                self.cited[source_id] = citation_for(self.lookup.get_source(source_id), self.style)
            except NotFound:  # a stance whose source was deleted cites nothing
                pass

    def section_blocks(self, key: str, items: list[MemoItemRecord]) -> list[ir.Block]:
        blocks: list[ir.Block] = []
        actors: list[ActorRecord] = []
        options: list[OptionRecord] = []
        for item in items + [None]:  # None flushes the tables gathered so far
            if item is not None and item.kind == "actor" and item.ref_id is not None:
                actors.append(self.lookup.get_actor(item.ref_id))
                continue
            if item is not None and item.kind == "option" and item.ref_id is not None:
                options.append(self.lookup.get_option(item.ref_id))
                continue
            if actors:
                blocks.append(table(["Actor", "Role", "Affiliation"],
                                    [[a.name, _role(a), a.affiliation or ""] for a in actors], [0.34, 0.36, 0.30]))
                actors = []
            if options:
                for st in (st for o in options for st in o.stances):
                    self.cite(st.source_id)
                if self.template.bullets:  # talking points: one line per option
                    blocks.extend(self.point(o.summary + (f" ({_stances(o, self.lookup)})" if o.stances else ""))
                                  for o in options)
                else:
                    blocks.append(options_table(options, self.lookup, self.template.options_matrix))
                options = []
            if item is None:
                break
            if item.kind == "quote" and item.ref_id is not None:
                blocks.append(self.quote(item))
                if item.body.strip():  # the analyst's comment on the quote
                    blocks.extend(self.paragraphs(item.body, key))
            elif item.kind == "text":
                blocks.extend(self.paragraphs(item.body, key))
        return blocks

    def paragraphs(self, body: str, key: str) -> list[ir.Paragraph]:
        """The analyst's text (markup.py's Markdown subset): its paragraphs and bullets."""
        style = "bullet" if self.template.bullets else "bluf" if key == "bluf" else "body"
        return [self.point(block.runs, "bullet" if block.bullet else style) for block in markup.parse(body)
                if block.text.strip()]

    def point(self, text: str | list[ir.Run], style: str = "bullet") -> ir.Paragraph:
        mark = self.template.portion_mark
        runs: list[ir.Inline] = [ir.Run(mark + " ")] if mark else []
        runs += runs_for(text) if isinstance(text, str) else text
        return ir.Paragraph(runs, style)

    def note(self, source_id: int, citation: ir.Citation) -> int:
        """A note for one cited item: the source in full the first time, in short after that."""
        first = source_id not in self.noted
        self.noted.add(source_id)
        number = len(self.doc.notes) + 1
        self.doc.notes.append(ir.Note(number, citation if first else citation.short()))
        return number

    def quote(self, item: MemoItemRecord) -> ir.QuoteBlock:
        if item.ref_id is None:
            raise NotFound(f"memo item {item.id} refers to no quote")
        quote = self.lookup.get_quote(item.ref_id)
        source = self.lookup.get_source(quote.source_id)
        actor = self.lookup.get_actor(quote.speaker_id) if quote.speaker_id is not None else None
        citation = citation_for(source, self.style)
        number = None
        if item.cite:
            self.cited.setdefault(source.id, citation)
            number = self.note(source.id, citation)
        return ir.QuoteBlock(quote.text, speaker_name(quote, actor), attribution(quote, actor),
                             self.doc.notes[number - 1].citation if number else citation, number,
                             portion=self.template.portion_mark, compact=self.template.bullets,
                             paraphrase=item.paraphrase)


def build_document(memo: MemoRecord, lookup: Lookup, template: TemplateSpec) -> ir.Document:
    return _Builder(memo, lookup, template).build()
