"""Set M of the PDF fidelity bench (issue 16, fourteenth session): a fresh dev batch of the kinds
held set B (every PDF layout of sets A and B, other editorials) and held set E (spreads, drop
capitals, captions, footnotes, TrueType faces, words drawn one by one, numbers in the running
head or past 1) hold, in variants the tuned sets lack: a broadsheet's "A12" page numbers, a
tabloid's three justified columns with a drop capital and a pull quote inside a column, ragged
sans pages with a photo caption, small-capital heads with a date and a section name, "Page 3 of
8", "- 3 -" and bare numbers, first-line indents against spaced paragraphs, large type, a
footnote, a spread, a browser's word-by-word print, typewriter type.

Written and committed before any reader change was tuned with it in view; scored once fresh.
Its second batch (`set_m2_styles`, `--set-m2`; kept aside `--set-m2-aside`), written the same way after the first was
tuned on: a browser's word-by-word print of a justified two-column page, a spread of three columns a page, a
landscape page in two columns with a drop capital, a caption and a footnote, an A6 page both indented and spaced,
a pull quote inside one of two columns of indented paragraphs numbered from 101, typewriter type in two columns, a
caption in the middle column of three under a headline across them, and a ragged Letter page with "Page 3 of 8"
at the right of the footer; real editorials 28-31 (tuned) and 32-34 (kept aside, in every layout).
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


def set_m2_styles(article: Article) -> dict[str, Style]:
    """The second batch's layouts (tuned on: editorials 28-31; kept aside: 32-34)."""
    quote, middle = pull_quote(article), len(article.paragraphs) // 2
    return {
        "m2-browser-two": Style(page=(595, 842), margin=36, word_by_word=True, justify=True,
                                two_columns=set(range(1, 80)), gutter=16, body_font="LiberationSerif-Regular",
                                body_size=10, leading=13, head_font="LiberationSerif-Bold", head_size=26,
                                head_span=True, hyphenate=False, header="05/03/2026, 18:22",
                                header_right="Opinion - The Harbor Times", footer="https://harbortimes.example/opinion",
                                footer_right="{n}/{total}"),
        "m2-spread-three": Style(page=(460, 640), spread=True, two_columns=set(range(1, 80)), columns=3, gutter=9,
                                 body_size=8.5, leading=10.5, justify=True, paragraph="indent", header="THE HARBOR TIMES",
                                 verso_header="Weekend Review", small_caps=True, footer="{n}", first_number=14,
                                 outer_numbers=True, head_size=22),
        "m2-landscape-cap": Style(page=(792, 612), margin=42, two_columns=set(range(1, 80)), gutter=20, body_size=10.5,
                                  leading=13.5, paragraph="gap", drop_cap=True, caption=(1, CAPTION),
                                  footnote=NOTE, header="Opinion", header_right="Harbor Times, 5 March 2026",
                                  footer="Page {n}", head_font="Times-Bold", head_size=24, head_span=True),
        "m2-a6-both": Style(page=(298, 420), margin=26, paragraph="both", body_size=8.5, leading=10.5, justify=True,
                            hyphenate=True, header="Editorial", footer="- {n} -", head_size=14),
        "m2-pull-101": Style(page=(500, 720), two_columns=set(range(1, 80)), gutter=14, paragraph="indent",
                             body_font="Helvetica", body_size=9.5, leading=12, pull_quote=(middle, quote),
                             pull_font="Helvetica-Bold", header="The Harbor Times Magazine", footer="{n}",
                             first_number=101, outer_numbers=True, head_size=24),
        "m2-typewriter-two": Style(page=(612, 792), margin=48, two_columns=set(range(1, 80)), gutter=18,
                                   body_font="Courier", body_size=9, leading=11, paragraph="gap", hyphenate=False,
                                   header="HARBOR TIMES -- EDITORIAL PAGE", footer="{n}", head_font="Courier-Bold",
                                   head_size=16),
        "m2-three-caption": Style(page=(612, 792), margin=40, two_columns=set(range(1, 80)), columns=3, gutter=12,
                                  body_size=9, leading=11.5, paragraph="indent", caption=(max(1, middle), CAPTION_LONG),
                                  header="THE HARBOR TIMES · WORLD", header_right="Thursday 5 March 2026",
                                  footer="A{n}", first_number=8, head_span=True, head_size=30),
        "m2-letter-ragged": Style(page=(612, 792), margin=72, body_size=11.5, leading=15, paragraph="gap",
                                  hyphenate=True, header="harbortimes.example", footer="The Harbor Times",
                                  footer_right="Page {n} of {total}", head_size=22),
    }


def set_m2_files(folder: Path, tuned: bool, editorials: Callable[[int, int], list[Article]]
                 ) -> Iterator[tuple[str, Path, Article, list[str], list[str]]]:
    """The second batch: editorials 28-31 (tuned) or 32-34 (kept aside) in every set_m2_styles layout."""
    from tests.ingest.pdf_styles_e import layout_files

    yield from layout_files(folder, editorials(28, 4) if tuned else editorials(32, 3), set_m2_styles, {},
                            "m2" if tuned else "m2a")


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
