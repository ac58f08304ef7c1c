"""Set T: articles typeset by a real typesetter (LibreOffice Writer, from flat ODF documents this module
writes), the page-break habits our own test typesetter (pdf_builder.py) lacks: widow and orphan control,
justified text with hyphenation, headings kept with the next paragraph, running headers (left and right
pages) and footers with page numbers, one- and two-column sections on one page, block quotes, footnotes
with their marks in the text, subheads.

The PDFs are built once at dev time (`scripts/make_typeset_pdfs.py`, needs `soffice` and the hyph_en_US
patterns of the hyphen-en-us package) and committed under tests/data/typeset/, so the benchmark needs no
LibreOffice. Used by benchmarks/bench_ingest_fidelity.py --set-t (tuned part) and --set-t-aside (kept
aside: aggregate only).

Articles: real editorials 19-21 of each outlet (set M's tuned articles; no held text) in the tuned
layouts; kept aside, editorials 22 of each outlet in every layout and 19-21 in the kept-aside layout."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from tests.ingest.articles import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "typeset"
DATELINE = "June 12, 2025"


@dataclass
class Typeset:
    page: tuple[float, float]  # cm
    margins: tuple[float, float, float, float]  # top, right, bottom, left, cm
    font: str = "DejaVu Serif"
    size: float = 10
    head_size: float = 20
    justify: bool = True
    hyphenate: bool = True
    indent: bool = False  # first-line indent, no space between paragraphs (else a gap)
    header: str = ""  # {n}: the page number
    header_left: str = ""  # on left (even) pages, when the pages are mirrored
    footer: str = "{n}"  # {n}: page number, {total}: page count
    columns: int = 1  # of the body's section
    intro_paragraphs: int = 0  # paragraphs set in one column before the columns start
    block_quotes: tuple[int, ...] = ()  # paragraph indexes set as block quotes (indented both sides, smaller)
    footnotes: dict[int, str] = field(default_factory=dict)  # paragraph index: note text (mark at its end)
    subheads: dict[int, str] = field(default_factory=dict)  # paragraph index: subhead set before it
    dateline: bool = False


TUNED_LAYOUTS = {
    "t-report": Typeset(page=(21.0, 29.7), margins=(2.0, 2.2, 2.0, 2.2), size=10.5, header="The Meridian Review · Opinion",
                        footer="Page {n} of {total}", footnotes={1: "Figures as published by the agency in May."}),
    "t-two-col": Typeset(page=(21.59, 27.94), margins=(1.6, 1.6, 1.6, 1.6), font="Liberation Serif", size=10,
                         head_size=24, header="CITY LEDGER | COMMENT", footer="{n}", columns=2, dateline=True),
    "t-a5-book": Typeset(page=(14.8, 21.0), margins=(1.5, 1.4, 1.5, 1.8), size=9.5, head_size=16, indent=True,
                         header="Opinion", header_left="The Harbour Quarterly", footer="— {n} —", block_quotes=(2,)),
    "t-subheads": Typeset(page=(21.0, 29.7), margins=(2.5, 2.5, 2.5, 2.5), font="Liberation Sans", size=10,
                          justify=False, header="Policy Notes", footer="{n} / {total}",
                          subheads={3: "What went wrong", 6: "What comes next"}),
    "t-mixed": Typeset(page=(21.0, 29.7), margins=(1.8, 1.8, 1.8, 1.8), font="DejaVu Sans", size=9, head_size=22,
                       header="Northern Post — World View", footer="Page {n}", columns=2, intro_paragraphs=2,
                       footnotes={4: "The author's figures; the ministry has not confirmed them."}),
}
ASIDE_LAYOUTS = {
    "t-three-col": Typeset(page=(21.59, 27.94), margins=(1.4, 1.4, 1.4, 1.4), font="Liberation Serif", size=9,
                           head_size=26, indent=True, header="THE WEEKLY STANDARD-BEARER", footer="Page {n} of {total}",
                           columns=3, block_quotes=(3,), dateline=True),
}

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def _fields(pattern: str) -> str:
    out = escape(pattern)
    out = out.replace("{n}", '<text:page-number text:select-page="current">1</text:page-number>')
    return out.replace("{total}", "<text:page-count>1</text:page-count>")


def fodt(article: Article, st: Typeset) -> str:
    """The flat ODF text document of `article` in layout `st`."""
    w, h = st.page
    top, right, bottom, left = st.margins
    body_para = (f'fo:text-align="{"justify" if st.justify else "start"}" fo:orphans="2" fo:widows="2" '
                 + ('fo:text-indent="0.5cm" fo:margin-top="0cm" fo:margin-bottom="0cm"' if st.indent else
                    f'fo:margin-top="0cm" fo:margin-bottom="{st.size * 0.6:.1f}pt"'))
    hyph = ('fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"'
            if st.hyphenate else 'fo:hyphenate="false"')
    usage = ' style:page-usage="mirrored"' if st.header_left else ""
    styles = f"""
 <office:font-face-decls><style:font-face style:name="{st.font}" svg:font-family="'{st.font}'"/></office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="{st.font}" fo:font-size="{st.size}pt" fo:language="en" fo:country="US" {hyph}/>
  </style:default-style>
  <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties {body_para} fo:line-height="118%"/></style:style>
  <style:style style:name="Quote" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:margin-left="0.9cm" fo:margin-right="0.9cm" fo:text-indent="0cm"
    fo:margin-top="{st.size * 0.5:.1f}pt" fo:margin-bottom="{st.size * 0.6:.1f}pt"/>
   <style:text-properties fo:font-size="{st.size - 1}pt" fo:font-style="italic"/></style:style>
  <style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"
    fo:margin-bottom="6pt" fo:text-align="start"/>
   <style:text-properties fo:font-size="{st.head_size}pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
  <style:style style:name="Byline" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"
    fo:margin-bottom="4pt"/>
   <style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="Dateline" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"
    fo:margin-bottom="10pt"/>
   <style:text-properties fo:font-size="{st.size - 1}pt"/></style:style>
  <style:style style:name="Subhead" style:family="paragraph"><style:paragraph-properties fo:keep-with-next="always"
    fo:margin-top="8pt" fo:margin-bottom="3pt"/>
   <style:text-properties fo:font-weight="bold" fo:font-size="{st.size + 1.5}pt" fo:hyphenate="false"/></style:style>
  <style:style style:name="Footnote" style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="{st.size - 2.5}pt"/></style:style>
  <style:style style:name="Furniture" style:family="paragraph"><style:text-properties fo:font-size="{st.size - 1.5}pt"
    fo:hyphenate="false"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1"{usage}>
   <style:page-layout-properties fo:page-width="{w}cm" fo:page-height="{h}cm" fo:margin-top="{top}cm"
    fo:margin-right="{right}cm" fo:margin-bottom="{bottom}cm" fo:margin-left="{left}cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="Cols" style:family="section"><style:section-properties>
   <style:columns fo:column-count="{st.columns}" fo:column-gap="0.6cm"/></style:section-properties></style:style>
  <style:style style:name="Center" style:family="paragraph" style:parent-style-name="Furniture"><style:paragraph-properties
    fo:text-align="center"/></style:style>
 </office:automatic-styles>"""
    header = f'<style:header><text:p text:style-name="Furniture">{_fields(st.header)}</text:p></style:header>' if st.header else ""
    if st.header_left:
        header += f'<style:header-left><text:p text:style-name="Furniture">{_fields(st.header_left)}</text:p></style:header-left>'
    footer = f'<style:footer><text:p text:style-name="Center">{_fields(st.footer)}</text:p></style:footer>' if st.footer else ""
    master = (f'<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f'{header}{footer}</style:master-page></office:master-styles>')
    parts = [f'<text:p text:style-name="Title">{escape(article.headline)}</text:p>',
             f'<text:p text:style-name="Byline">{escape(article.byline)}</text:p>']
    if st.dateline:
        parts.append(f'<text:p text:style-name="Dateline">{DATELINE}</text:p>')
    body = []
    for k, para in enumerate(article.paragraphs):
        if k in st.subheads:
            body.append(f'<text:p text:style-name="Subhead">{escape(st.subheads[k])}</text:p>')
        note = ""
        if k in st.footnotes:
            note = (f'<text:note text:id="n{k}" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                    f'<text:note-body><text:p text:style-name="Footnote">{escape(st.footnotes[k])}</text:p>'
                    f'</text:note-body></text:note>')
        name = "Quote" if k in st.block_quotes else "Body"
        body.append(f'<text:p text:style-name="{name}">{escape(para)}{note}</text:p>')
    if st.columns > 1:
        parts += body[:st.intro_paragraphs]
        parts.append(f'<text:section text:style-name="Cols" text:name="Body">{"".join(body[st.intro_paragraphs:])}'
                     f'</text:section>')
    else:
        parts += body
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}{master}'
            f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document>\n')


def furniture(st: Typeset, pages: int) -> tuple[list[str], list[str]]:
    """(furniture as printed on every page, notes that may show: subheads, footnotes, the dateline)."""
    out: list[str] = []
    for n in range(1, pages + 1):
        for pattern in (st.header_left if st.header_left and n % 2 == 0 else st.header, st.footer):
            if pattern:
                printed = pattern.format(n=n, total=pages)
                if printed not in out:
                    out.append(printed)
    notes = [*st.subheads.values(), *st.footnotes.values(), *([DATELINE] if st.dateline else [])]
    notes += [f"1{sep}{text}" for text in st.footnotes.values() for sep in ("", " ")]  # the mark set close or spaced
    return out, notes


def plan(editorials) -> list[tuple[bool, str, str, Article, Typeset]]:
    """(tuned?, file stem, layout name, article, layout) of every file of the set; `editorials(start, count)`
    as in the benchmark."""
    out = []
    tuned, aside = editorials(19, 3), editorials(22, 1)
    for n, article in enumerate(tuned):
        out += [(True, f"t{n:02d}-{name}", name, article, st) for name, st in TUNED_LAYOUTS.items()]
        out += [(False, f"t{n:02d}-{name}", name, article, st) for name, st in ASIDE_LAYOUTS.items()]
    for n, article in enumerate(aside):
        out += [(False, f"a{n:02d}-{name}", name, article, st)
                for name, st in {**TUNED_LAYOUTS, **ASIDE_LAYOUTS}.items()]
    return out


def set_t_files(editorials, tuned: bool):
    """(kind, path, article, furniture, notes) of the set's committed PDFs: the tuned part or the part kept aside."""
    pages = json.loads((DATA / "pages.json").read_text(encoding="utf-8"))
    for is_tuned, stem, name, article, st in plan(editorials):
        if is_tuned != tuned:
            continue
        path = DATA / f"{stem}.pdf"
        printed, notes = furniture(st, pages[stem])
        yield f"pdf/{name}", path, article, printed, notes
