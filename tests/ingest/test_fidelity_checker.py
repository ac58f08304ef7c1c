"""The fidelity checker itself (tests/ingest/fidelity.py), on constructed text: what a reader of the file
cannot see is no fault, and the faults it must still count."""
from __future__ import annotations

from tests.ingest.articles import Article
from pathlib import Path

from tests.ingest.fidelity import as_seen, hyphen_space, judge

BOARD = Article("Councils must publish their contracts", "By the Editorial Board", [
    "Every council spends public money on private contracts.",
    "A well- known study found that few of them publish the terms.",
    "Why should the public not see what it pays for?",
    "The minister should require it this year.",
])


def text_of(*paras: str) -> tuple[str, list[tuple[int, int]]]:
    """The paragraphs joined as a reader stores them; those starting with '~' hidden."""
    text, hidden = "", []
    for p in paras:
        if text:
            text += "\n\n"
        if p.startswith("~"):
            hidden.append((len(text), len(text) + len(p) - 1))
            p = p[1:]
        text += p
    return text, hidden


def test_a_running_head_word_inside_the_byline_is_no_furniture_shown():
    text, hidden = text_of(BOARD.headline, BOARD.byline, "~Editorial", *BOARD.paragraphs)
    assert judge(text, hidden, BOARD, ["Editorial"]) == []


def test_a_running_head_kept_visible_beside_the_byline_still_counts():
    text, hidden = text_of(BOARD.headline, BOARD.byline, "Editorial", *BOARD.paragraphs)
    assert judge(text, hidden, BOARD, ["Editorial"]) != []
    text, hidden = text_of(BOARD.headline, BOARD.byline + " Editorial", *BOARD.paragraphs)
    assert any("furniture not hidden" in p for p in judge(text, hidden, BOARD, ["Editorial"]))


def test_a_pull_quote_repeating_a_whole_paragraph_leaves_the_paragraph_expected_once():
    quote = BOARD.paragraphs[2]
    text, hidden = text_of(BOARD.headline, BOARD.byline, *BOARD.paragraphs[:2], "~" + quote, *BOARD.paragraphs[2:])
    assert judge(text, hidden, BOARD, [quote]) == []


def test_a_pull_quote_shown_twice_or_its_paragraph_hidden_still_counts():
    quote = BOARD.paragraphs[2]
    both = text_of(BOARD.headline, BOARD.byline, *BOARD.paragraphs[:2], quote, *BOARD.paragraphs[2:])
    assert judge(*both, BOARD, [quote]) != []
    none = text_of(BOARD.headline, BOARD.byline, *BOARD.paragraphs[:2], "~" + quote, "~" + quote,
                   BOARD.paragraphs[3])
    assert any("not whole or not visible" in p for p in judge(*none, BOARD, [quote]))


def test_a_promo_paragraph_printed_once_must_still_be_hidden():
    promo = BOARD.paragraphs[3]
    assert judge(*text_of(BOARD.headline, *BOARD.paragraphs), BOARD, [promo]) != []
    assert judge(*text_of(BOARD.headline, *BOARD.paragraphs[:3], "~" + promo), BOARD, [promo]) == []


def test_a_space_after_a_hyphen_is_the_same_in_a_pdf_but_a_lost_word_is_not():
    joined = [p.replace("well- known", "well-known") for p in BOARD.paragraphs]
    assert judge(*text_of(BOARD.headline, *joined), BOARD, [], hyphen_space) == []
    assert judge(*text_of(BOARD.headline, *joined), BOARD, []) != []  # other formats show the space
    lost = [p.replace("well- known", "well-") for p in BOARD.paragraphs]
    assert judge(*text_of(BOARD.headline, *lost), BOARD, [], hyphen_space) != []
    glued = [p.replace("well- known", "wellknown") for p in BOARD.paragraphs]
    assert judge(*text_of(BOARD.headline, *glued), BOARD, [], hyphen_space) != []
    dash = [p.replace("well- known", "well - known") for p in BOARD.paragraphs]
    assert judge(*text_of(BOARD.headline, *dash), BOARD, [], hyphen_space) != []


def test_only_a_pdf_hides_a_space_after_a_hyphen():
    assert as_seen(Path("a.pdf"))("a well- known study") == "a well-known study"
    assert as_seen(Path("a.PDF"))("a well - known study") == "a well - known study"
    assert as_seen(Path("a.html"))("a well- known study") == "a well- known study"
    assert as_seen(Path("a.docx"))("a well- known study") == "a well- known study"


def test_a_furniture_name_inside_a_shown_note_is_the_notes_but_alone_still_counts():
    # an author box: the name alone as a link is furniture, the bio (a note that may show) opens with the same name
    bio = "Jane Doe is a senior fellow at the Center for Urban Policy."
    text, hidden = text_of(BOARD.headline, *BOARD.paragraphs, "~Jane Doe", bio)
    assert judge(text, hidden, BOARD, ["Jane Doe"], notes=[bio]) == []
    text, hidden = text_of(BOARD.headline, *BOARD.paragraphs, "Jane Doe", bio)
    assert any("furniture not hidden" in p for p in judge(text, hidden, BOARD, ["Jane Doe"], notes=[bio]))


def test_a_sources_own_line_end_hyphen_may_be_read_closed_or_hyphenated_when_accepted():
    # the corpus keeps a site's line-end hyphen with a space ("re- turned"): a PDF reader cannot tell it from a cut
    board = Article(BOARD.headline, BOARD.byline, [*BOARD.paragraphs[:3], "The minister should act before she re- turns."])
    for read in ("returns", "re-turns"):
        text, hidden = text_of(board.headline, *board.paragraphs[:3], f"The minister should act before she {read}.")
        assert judge(text, hidden, board, [], hyphen_space, accept_source_hyphens=True) == []
    text, hidden = text_of(board.headline, *board.paragraphs[:3], "The minister should act before she returns.")
    assert judge(text, hidden, board, [], hyphen_space) != []  # the strict figure still counts it


def test_accepting_a_sources_hyphen_still_counts_a_lost_word_or_a_capital():
    board = Article(BOARD.headline, BOARD.byline, [*BOARD.paragraphs[:3], "Ministers must act in post- Brexit trade."])
    for read in ("Ministers must act in post- trade.", "Ministers must act in postBrexit trade.",
                 "Ministers must act in post - Brexit trade."):
        text, hidden = text_of(board.headline, *board.paragraphs[:3], read)
        assert judge(text, hidden, board, [], hyphen_space, accept_source_hyphens=True) != []
    # "well- known" read "wellknown" is accepted; the other paragraphs must still be whole
    glued = [p.replace("well- known", "wellknown") for p in BOARD.paragraphs]
    assert judge(*text_of(BOARD.headline, *glued), BOARD, [], hyphen_space, accept_source_hyphens=True) == []
    assert judge(*text_of(BOARD.headline, *glued[1:]), BOARD, [], hyphen_space, accept_source_hyphens=True) != []


def test_a_sources_own_double_hyphen_at_a_line_end_may_be_read_closed_up_when_accepted():
    # a site's dash typed "--" at its line end keeps a space in the corpus ("tenants-- most"): a PDF reads "tenants--most"
    board = Article(BOARD.headline, BOARD.byline, [*BOARD.paragraphs[:3], "It helps tenants-- most of them young."])
    text, hidden = text_of(board.headline, *board.paragraphs[:3], "It helps tenants--most of them young.")
    assert judge(text, hidden, board, [], hyphen_space, accept_source_hyphens=True) == []
    assert judge(text, hidden, board, [], hyphen_space) != []  # the strict figure still counts it
    for read in ("It helps tenantsmost of them young.", "It helps tenants-most of them young.",
                 "It helps tenants--of them young."):
        text, hidden = text_of(board.headline, *board.paragraphs[:3], read)
        assert judge(text, hidden, board, [], hyphen_space, accept_source_hyphens=True) != []
