"""Page layouts drawn at random (seeded) from the test typesetter's habits, to find kinds of PDF
the fixed layouts miss: page sizes, one to three columns, gutters down to 8 pt, faces, sizes and
leading, paragraphs set apart by gaps, indents or both, justified or ragged, hyphenated or not,
running heads (left and right pages', small capitals, a date at the right), page numbers, pull
quotes, captions, drop capitals, footnotes, words drawn one by one. Used by
benchmarks/bench_ingest_fidelity.py --random over the tuned articles (-v shows the misses)."""
from __future__ import annotations

import random
from collections.abc import Callable

from tests.ingest.articles import Article
from tests.ingest.pdf_builder import Style
from tests.ingest.pdf_styles import pull_quote

FACES = (("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Helvetica-Bold"),
         ("LiberationSerif-Regular", "LiberationSerif-Bold"), ("LiberationSans-Regular", "LiberationSans-Bold"))
HEADERS = ("THE MORNING POST", "Opinion", "World · Analysis", "{n} | THE WEEKLY", "Metro Daily News — Politics")
FOOTERS = ("{n}", "Page {n}", "Page {n} of {total}", "- {n} -", "metro.example.com/story {n}/{total}", None)
CAPTION = "Crowds gather in the square on Monday. Photograph: Metro staff"
NOTE = "* The writer is a fellow at the Metro Institute. Views are her own."


def random_styles(seed: int, per_article: int = 2) -> Callable[[Article], dict[str, Style]]:
    """`per_article` random layouts for each article, the same for the same seed and articles in order."""
    rng = random.Random(seed)
    count = 0

    def styles(article: Article) -> dict[str, Style]:
        nonlocal count
        out = {}
        for _ in range(per_article):
            count += 1
            out[f"random-{seed}-{count}"] = _style(rng, article)
        return out

    return styles


def _style(rng: random.Random, article: Article) -> Style:
    width = rng.choice((360, 400, 420, 480, 500, 560, 595, 612, 700, 842))
    height = rng.choice((500, 560, 595, 700, 792, 842))
    columns = rng.choice((1, 1, 2, 2, 3)) if width >= 420 else rng.choice((1, 1, 2))
    body, head = rng.choice(FACES)
    size = rng.choice((8.5, 9, 9.5, 10, 10.5, 11, 12))
    header = rng.choice(HEADERS)
    later = max(1, len(article.paragraphs) - 1)
    st = Style(page=(width, height), margin=rng.choice((30, 36, 44, 54)), body_font=body, head_font=head,
               body_size=size, leading=round(size * rng.choice((1.15, 1.2, 1.25, 1.3, 1.4)), 1),
               head_size=rng.choice((16, 20, 24, 28, 32)), paragraph=rng.choice(("gap", "indent", "both")),
               justify=rng.random() < 0.5, hyphenate=rng.random() < 0.6, header=header, footer=rng.choice(FOOTERS),
               small_caps=rng.random() < 0.2, outer_numbers=rng.random() < 0.3, first_number=rng.choice((1, 1, 1, 5, 23)),
               gutter=rng.choice((8, 9, 12, 14, 18)))
    if columns > 1:
        st.two_columns, st.columns, st.head_span = set(range(1, 80)), columns, rng.random() < 0.4
    if rng.random() < 0.3 and "{n}" not in header:
        st.verso_header = rng.choice(("The Morning Post", "Comment and Debate"))
    if rng.random() < 0.3:
        st.header_right = rng.choice(("Monday, 4 May 2026", "4/5/26, 10:02"))
    if rng.random() < 0.3:
        st.pull_quote = (rng.randint(1, later), pull_quote(article))
        st.pull_font = rng.choice(("Times-BoldItalic", "Helvetica-Bold", "Times-Italic"))
    if rng.random() < 0.2:
        st.caption = (rng.randint(1, later), CAPTION)
    st.drop_cap = rng.random() < 0.2
    st.footnote = NOTE if rng.random() < 0.15 else None
    st.word_by_word = rng.random() < 0.1
    return st
