"""Set M of the PDF fidelity bench (issue 16, fourteenth session): a fresh dev batch of the kinds
held set B (every PDF layout of sets A and B, other editorials) and held set E (spreads, drop
capitals, captions, footnotes, TrueType faces, words drawn one by one, numbers in the running
head or past 1) hold, in variants the tuned sets lack: a broadsheet's "A12" page numbers, a
tabloid's three justified columns with a drop capital and a pull quote inside a column, ragged
sans pages with a photo caption, small-capital heads with a date and a section name, "Page 3 of
8", "- 3 -" and bare numbers, first-line indents against spaced paragraphs, large type, a
footnote, a spread, a browser's word-by-word print, typewriter type.

Written and committed before any reader change was tuned with it in view; scored once fresh.
Texts: real editorials 19-24 of each outlet (not used by another PDF set) in the tuned layouts
(`benchmarks/bench_ingest_fidelity.py --set-m`, -v allowed); kept aside (`--set-m-aside`,
aggregate only): editorials 25-27 in every layout, and 19-24 in the two kept-aside layouts.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from tests.ingest.articles import Article
from tests.ingest.pdf_builder import Style
from tests.ingest.pdf_styles import pull_quote

CAPTION = "Harbour workers walk past the shuttered terminal on Tuesday. Photo: Harbor Times"
CAPTION_LONG = ("Delegates arrive for the second day of talks at the conference centre, where security was "
                "tightened overnight. Photograph: Harbor Times staff")
NOTE = "† The editorial board writes unsigned opinion on behalf of the Harbor Times."


def set_m_styles(article: Article) -> dict[str, Style]:
    """The tuned set M layouts."""
    quote, middle = pull_quote(article), len(article.paragraphs) // 2
    return {
        "m-broadsheet-a": Style(page=(612, 792), margin=40, two_columns=set(range(1, 80)), columns=3, gutter=11,
                                justify=True, paragraph="indent", body_font="LiberationSerif-Regular", body_size=9,
                                leading=11, head_font="LiberationSerif-Bold", head_size=28, head_span=True,
                                header="THE HARBOR TIMES", header_right="Thursday, March 5, 2026", footer="A{n}",
                                first_number=12, outer_numbers=True, drop_cap=True, pull_quote=(middle, quote),
                                pull_font="Helvetica-Bold"),
        "m-ragged-sans": Style(page=(500, 700), margin=44, body_font="Helvetica", body_size=10.5, leading=14,
                               paragraph="gap", hyphenate=True, header="Opinion | Editorials",
                               verso_header="The Harbor Times", footer="Page {n} of {total}", caption=(2, CAPTION),
                               head_font="Helvetica-Bold", head_size=22),
        "m-smallcaps-two": Style(page=(560, 760), two_columns=set(range(1, 80)), head_span=True, justify=True,
                                 paragraph="both", body_size=10, leading=12.5, small_caps=True, header="World Affairs",
                                 header_right="March 2026", footer="- {n} -", caption=(1, CAPTION_LONG),
                                 caption_font="Times-Italic", head_font="Times-Bold", head_size=24),
        "m-a5-footnote": Style(page=(420, 595), margin=36, justify=True, paragraph="indent",
                               body_font="LiberationSans-Regular", body_size=9.5, leading=12.5,
                               head_font="LiberationSans-Bold", head_size=18, header="{n} · THE HARBOR TIMES",
                               footer=None, first_number=3, footnote=NOTE),
        "m-spread": Style(page=(400, 580), spread=True, two_columns=set(range(1, 80)), gutter=10, body_size=9,
                          leading=11, paragraph="gap", justify=False, header="Comment & Analysis",
                          verso_header="The Harbor Times", footer="{n}", first_number=21, outer_numbers=True,
                          drop_cap=True, head_size=19),
        "m-browser": Style(page=(612, 792), margin=32, word_by_word=True, body_font="LiberationSans-Regular",
                           body_size=10, leading=14, head_font="LiberationSans-Bold", head_size=24, hyphenate=False,
                           header="3/5/26, 7:41 PM", header_right="Editorial | The Harbor Times",
                           footer="harbortimes.example.com/opinion/editorial", footer_right="{n}/{total}",
                           top_chrome=("Sections  Opinion  Editorials  Sign in",)),
        "m-large-two": Style(page=(595, 842), margin=50, two_columns=set(range(1, 80)), body_size=12.5, leading=17,
                             paragraph="gap", hyphenate=False, header="EDITORIAL", footer="Page {n}",
                             pull_quote=(max(1, middle - 1), quote), pull_font="Times-Italic", head_size=30),
        "m-indent-ragged": Style(page=(380, 540), margin=34, paragraph="indent", body_size=10, leading=12,
                                 hyphenate=True, justify=False, header="The Harbor Times · Editorial",
                                 header_right="5 March 2026", footer="{n}", head_font="Times-Bold", head_size=17),
    }


def set_m_held_styles(article: Article) -> dict[str, Style]:
    """The two layouts kept aside (no article is tuned on in them)."""
    return {
        "m-held-narrow-three": Style(page=(480, 680), margin=34, two_columns=set(range(1, 80)), columns=3, gutter=9,
                                     justify=True, paragraph="gap", body_font="Helvetica", body_size=8.5, leading=10.5,
                                     header="THE HARBOR TIMES · OPINION", footer="Page {n} of {total}",
                                     caption=(2, CAPTION), head_size=22),
        "m-held-typewriter": Style(page=(612, 792), margin=60, body_font="Courier", body_size=10, leading=13,
                                   paragraph="indent", hyphenate=False, header="Editorial Board — draft for print",
                                   footer="- {n} -", head_font="Courier-Bold", head_size=16),
    }


def set_m_files(folder: Path, tuned: bool, editorials: Callable[[int, int], list[Article]]
                ) -> Iterator[tuple[str, Path, Article, list[str], list[str]]]:
    """(kind, path, article, furniture, notes): the tuned part (editorials 19-24 in the tuned
    layouts), or the part kept aside (editorials 25-27 in every layout, 19-24 in the kept-aside ones).
    `editorials(start, count)`: the bench's real editorials (their furniture: the layout's print)."""
    from tests.ingest.pdf_styles_e import layout_files

    if tuned:
        yield from layout_files(folder, editorials(19, 6), set_m_styles, {}, "m")
        return
    yield from layout_files(folder, editorials(25, 3), lambda a: {**set_m_styles(a), **set_m_held_styles(a)}, {},
                            "ma")
    yield from layout_files(folder, editorials(19, 6), set_m_held_styles, {}, "mh")
