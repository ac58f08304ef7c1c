"""The page layouts of the PDF fidelity bench (benchmarks/bench_ingest_fidelity.py) and tests:
tuned on, held out, and sets C and D (each written before it was evaluated, once)."""
from __future__ import annotations

from tests.ingest.articles import Article
from tests.ingest.pdf_builder import Style


def styles(article: Article) -> dict[str, Style]:
    """PDF layouts used while tuning the reader."""
    return {
        "ledger": Style(two_columns={3}),
        "indent-numbers": Style(paragraph="indent", header="Politics", footer="{n}", page=(300, 420), hyphenate=False),
        "web-print": Style(header="6/20/24, 9:15 AM", footer="https://www.dailyledger.example.com/politics {n}/{total}",
                           top_chrome=("Home | Politics | World | Business | Opinion | Subscribe",
                                       "Home › Politics › Congress", "Share this article"),
                           end_chrome=("Related: Senate panel delays vote on shipyard funding",
                                       "© 2024 The Daily Ledger. All rights reserved.")),
        "browser-print": Style(header="6/20/24, 9:15 AM", header_right=article.headline[:40],
                               footer="https://news.example.org/2024/06/story {n}/{total}", page=(420, 300)),
    }


def more_styles(article: Article) -> dict[str, Style]:
    """Layouts added while tuning the paragraph ends at page breaks (the reader was tuned on them
    too): justified text, paragraphs both indented and spaced, two columns throughout."""
    return {
        "justified": Style(justify=True, paragraph="both", body_size=10, leading=12.5, two_columns={2, 3, 4, 5, 6},
                           page=(400, 520), header="THE EVENING STANDARD · COMMENT", footer="{n}"),
        "magazine": Style(justify=True, body_font="Helvetica", body_size=9, leading=11.5, two_columns=set(range(1, 30)),
                          page=(460, 380), header="Weekly Review", header_right="Opinion", footer="— {n} —",
                          head_font="Times-Bold", head_size=20),
    }


def newer_styles(article: Article) -> dict[str, Style]:
    """Layouts added for three columns, left/right-page running headers, small capitals, outer
    page numbers and pull quotes (tuned on; set_c_styles has others, never looked at)."""
    return {
        "three-columns": Style(page=(560, 420), two_columns=set(range(1, 40)), columns=3, gutter=12, body_size=9.5,
                               leading=12, header="THE DAILY LEDGER", verso_header="Politics and Policy",
                               footer="{n}", outer_numbers=True),
        "pull-quote": Style(page=(400, 560), header="The Daily Ledger · Opinion", small_caps=True,
                            footer="Page {n}", pull_quote=(3, pull_quote(article)), paragraph="indent"),
        **tuned_after_set_c(article),
    }


def tuned_after_set_c(article: Article) -> dict[str, Style]:
    """Layouts of set C's kinds, other sizes and fonts, tuned on after set C's single evaluation
    (set C itself was never looked at; set D was written before these)."""
    quote, middle = pull_quote(article), len(article.paragraphs) // 2
    return {
        "a6-three-columns": Style(page=(360, 520), two_columns=set(range(1, 60)), columns=3, gutter=9, justify=True,
                                  paragraph="indent", body_size=8, leading=10, head_size=15, header="WORLD · BRIEFING",
                                  header_right="1 May 2024", footer="{n}", outer_numbers=True),
        "letter-gap": Style(page=(612, 792), margin=60, body_size=11, leading=14, header="News Politics",
                            verso_header="The Daily Ledger", small_caps=True, footer="Page {n} of {total}",
                            hyphenate=False, head_size=26),
        "a4-web-pull": Style(page=(595, 842), margin=54, body_font="Helvetica", body_size=10, leading=13.5,
                             header="https://www.dailyledger.example/politics/2024/05/01/story", header_right="01/05/2024, 09:12",
                             footer="{n}/{total}", pull_quote=(middle, quote)),
        "landscape-three-pull": Style(page=(842, 595), two_columns=set(range(1, 60)), columns=3, paragraph="both",
                                      body_size=9.5, leading=11.5, header="THE LEDGER", verso_header="POLITICS",
                                      small_caps=True, footer="- {n} -", outer_numbers=True, pull_quote=(2, quote),
                                      head_font="Times-Bold", head_size=28),
    }


def more_held_out_styles(article: Article) -> dict[str, Style]:
    """Layouts added with more_styles and kept aside (evaluation only)."""
    return {
        "justified-indent": Style(justify=True, paragraph="indent", hyphenate=False, body_font="Times-Roman",
                                  page=(330, 500), header="Review · Politics", footer="page {n}"),
        "typescript": Style(body_font="Courier", body_size=9.5, leading=12, page=(380, 500), header=None,
                            footer="PRESS OFFICE - FOR IMMEDIATE RELEASE - {n}/{total}", head_font="Courier-Bold",
                            head_size=14, hyphenate=False),
    }


def held_out_styles(article: Article) -> dict[str, Style]:
    """PDF layouts kept aside from tuning (evaluation only)."""
    return {
        "broadsheet": Style(page=(520, 400), two_columns={1, 2, 3, 4}, paragraph="indent", body_size=9.5,
                            leading=11.5, header="THE NORTHERN GAZETTE", header_right="Friday, June 21, 2024",
                            footer="— {n} —", head_size=22),
        "web-print-portal": Style(page=(420, 595), header="21.06.24, 08:02", footer="continental.example.eu/story {n}/{total}",
                                  top_chrome=("Top stories · Economy · Climate · Science · Video", "Share on Facebook"),
                                  end_chrome=("Read more: Water restrictions extended to a fifth province",
                                              "Copyright Continental News 2024")),
        "report": Style(page=(360, 520), body_font="Helvetica", body_size=10, leading=14, header=None,
                        footer="Continental News · continental.example.eu · page {n} of {total}",
                        head_font="Times-Bold", head_size=16, hyphenate=False),
    }


def printed_furniture(st: Style, pages: int) -> list[str]:
    """The furniture a layout prints, as it is printed (small capitals as capitals)."""
    heads = [x for x in (st.header, st.verso_header, st.header_right) if x]
    out = [h.upper() if st.small_caps and h != st.header_right else h for h in heads]
    out += [st.footer.format(n=k, total=pages) for k in range(1, pages + 1)] if st.footer else []
    return out + ([st.pull_quote[1]] if st.pull_quote else [])


def pull_quote(article: Article) -> str:
    """The sentence a layout repeats as a pull quote: the first of the middle paragraph, at most 24 words."""
    para = article.paragraphs[len(article.paragraphs) // 2]
    first = para.split(". ")[0].rstrip(".")
    return " ".join(first.split()[:24])


def set_c_styles(article: Article) -> dict[str, Style]:
    """Set C: PDF layouts written after the reader's tuning and evaluated once, never looked at:
    other page sizes (A5, A4, US Letter, landscape), three columns, small capitals and
    left/right-page running headers with section names, page numbers at the outer corner, pull
    quotes. Pull quotes are furniture: the repeated text must come in hidden."""
    quote = pull_quote(article)
    middle = len(article.paragraphs) // 2
    return {
        "a5-three-columns": Style(page=(420, 595), two_columns=set(range(1, 40)), columns=3, gutter=10, justify=True,
                                  body_size=8.5, leading=10.5, paragraph="indent", head_size=16,
                                  header="GLOBAL AFFAIRS · ANALYSIS", header_right="7 December 2024", footer="{n}",
                                  outer_numbers=True),
        "letter-small-caps": Style(page=(612, 792), margin=54, body_font="Helvetica", body_size=10.5, leading=14,
                                   header="Opinion Foreign Policy", verso_header="The Harbour Review", small_caps=True,
                                   footer="Page {n} of {total}", hyphenate=False, head_font="Times-Bold", head_size=24),
        "a4-pull-quote": Style(page=(595, 842), margin=60, body_size=11, leading=14.5,
                               header="www.harbourreview.example/opinion/2024/12/07/story",
                               header_right="07/12/2024, 10:41", footer="{n}/{total}", pull_quote=(middle, quote),
                               pull_font="Helvetica-BoldOblique"),
        "landscape-three-columns": Style(page=(792, 612), two_columns=set(range(1, 40)), columns=3, paragraph="both",
                                         body_size=9, leading=11, header="THE MERIDIAN POST", verso_header="WORLD NEWS",
                                         small_caps=True, footer="— {n} —", outer_numbers=True, head_font="Times-Bold",
                                         head_size=26, pull_quote=(2, quote), pull_font="Times-Italic"),
    }


def set_d_styles(article: Article) -> dict[str, Style]:
    """Set D: PDF layouts written after set C had been evaluated (once: PDF 45/72) and before the
    reader was tuned further; evaluated once at the end, never looked at. Like set C, other page
    sizes, three and two columns, left/right-page headers, small capitals, pull quotes."""
    quote = pull_quote(article)
    middle = len(article.paragraphs) // 2
    return {
        "tabloid-three-columns": Style(page=(612, 792), two_columns=set(range(1, 40)), columns=3, gutter=14,
                                       body_size=10, leading=12.5, header="THE COASTAL STANDARD — NEWS",
                                       header_right="Monday, March 3, 2025", footer="Page {n}", head_size=28),
        "a5-pull-quote": Style(page=(420, 595), justify=True, paragraph="indent", body_font="Helvetica", body_size=9.5,
                               leading=12, header="Analysis", verso_header="The Coastal Standard", footer="{n}",
                               outer_numbers=True, pull_quote=(middle, quote), pull_font="Times-BoldItalic"),
        "b5-two-columns": Style(page=(499, 709), two_columns=set(range(1, 40)), justify=True, paragraph="both",
                                body_size=9.5, leading=11.5, header="Coastal Standard", verso_header="Opinion and Analysis",
                                small_caps=True, footer="— page {n} of {total} —", head_font="Times-Bold", head_size=22),
        "square-three-columns": Style(page=(560, 560), two_columns=set(range(1, 40)), columns=3, paragraph="indent",
                                      body_size=9, leading=11, header="Standard Weekly · World", footer="{n}",
                                      pull_quote=(2, quote), pull_font="Helvetica-Bold", hyphenate=False),
    }
