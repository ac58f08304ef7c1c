"""A source that declares no title gets one from its text — its headline-like first line or its
first sentence — marked as guessed and editable; never its file name."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from briefing_app.analysis.metadata import guess_title
from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.core.model import Metadata, Span
from briefing_app.core.project import open_project
from briefing_app.workflow.importing import import_files

SAMPLES = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples" / "articles"


def test_first_sentence_cut_at_a_clause_when_there_is_no_headline():
    text = ("A version of this story appeared in our newsletter. Click here to subscribe.\n"
            "Russia will respond “in every way that we find necessary” if South Korea sends arms to Ukraine, "
            "a top Kremlin official said Sunday, warning that such a step would destroy relations.\n")
    promo = Span(0, text.index("\n"))
    assert guess_title(text, [promo]) == ("Russia will respond “in every way that we find necessary” if South Korea "
                                          "sends arms to Ukraine")


def test_headline_like_first_line_and_short_sentences():
    assert guess_title("Ministers agree to extend grain corridor\n\nBRUSSELS — Ministers agreed.\n", []) == \
        "Ministers agree to extend grain corridor"
    assert guess_title("The council met on Monday. It agreed.\n", []) == "The council met on Monday"
    long = " ".join(["word"] * 40) + "."
    assert guess_title(long, []) == " ".join(["word"] * 14) + "…"
    assert guess_title("12 34\n\n", []) is None


def test_import_marks_the_guess_and_an_edit_confirms_it(tmp_path):
    path = tmp_path / "washington-times-russia-warns-seoul.txt"
    path.write_text("Russia warned South Korea on Thursday that supplying weapons to Ukraine would be a "
                    "“very big mistake,” a top Kremlin official said.\n", encoding="utf-8")
    with open_project(tmp_path / "p.briefing") as project:
        history = History(project)
        [outcome] = import_files(project, history, [path], workers=0).imported
        src = project.get_source(outcome.source_id)
        assert src.metadata.title == ("Russia warned South Korea on Thursday that supplying weapons to "
                                      "Ukraine would be a “very big mistake”")
        assert src.metadata.title_guessed and src.label == src.metadata.title
        assert "washington times" not in src.label.lower()
        [listed] = project.list_sources()
        assert listed.metadata.title_guessed, "the library's list knows it is a guess"
        history.push(actions.set_metadata(src.id, Metadata(title="Russia warns Seoul")))
        edited = project.get_source(src.id).metadata
        assert (edited.title, edited.title_guessed) == ("Russia warns Seoul", False)
        history.undo()
        assert project.get_source(src.id).metadata.title_guessed


def test_declared_titles_are_not_guesses(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Declared title</title></head><body><h1>Declared title</h1>"
                    "<p>Some text of the article, long enough to be kept by the extractor as body text.</p>"
                    "</body></html>", encoding="utf-8")
    with open_project(tmp_path / "p.briefing") as project:
        [outcome] = import_files(project, History(project), [page], workers=0).imported
        meta = project.get_source(outcome.source_id).metadata
        assert (meta.title, meta.title_guessed) == ("Declared title", False)


def test_old_title_less_sources_get_their_first_line_as_a_guessed_title(tmp_path):
    from briefing_app.core.schema import MIGRATIONS
    from briefing_app.core.store.sqlite import _statements

    path = tmp_path / "v5.briefing"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:5]:
        for statement in _statements(migration):
            conn.execute(statement)
    conn.execute("INSERT INTO sources (id, text, path) VALUES (1, '\nRussia warns Seoul\nBody text.', "
                 "'/x/washington-times-russia-warns-seoul.txt')")
    conn.execute("INSERT INTO sources (id, text) VALUES (2, ?)", ("A" * 100 + "\nrest",))
    conn.execute("INSERT INTO sources (id, text, title) VALUES (3, 'Text.', 'Kept')")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with open_project(path) as project:
        got = {s.id: (s.metadata.title, s.metadata.title_guessed) for s in project.list_sources()}
    assert got == {1: ("Russia warns Seoul", True), 2: ("A" * 79 + "…", True), 3: ("Kept", False)}


def test_citations_use_a_guessed_title_only_when_nothing_else_names_the_source():
    from briefing_app.core.records import SourceRecord
    from briefing_app.export.build import citation_for

    guessed = Metadata(title="Russia warns Seoul over arms", title_guessed=True)
    bare = SourceRecord(1, "text", guessed, path="/x/washington-times-russia-warns-seoul.txt")
    assert citation_for(bare).label == "Russia warns Seoul over arms"
    named = Metadata(title="Russia warns Seoul over arms", title_guessed=True, author="Ben Wolfgang",
                     outlet="The Washington Times")
    lede = SourceRecord(2, "Russia warns Seoul over arms, an official said.\n", named)
    assert citation_for(lede).label is None, "a title cut from the first sentence is not cited"
    headline = SourceRecord(3, "Promo line.\nRussia warns Seoul over arms\nBody.\n", named)
    assert citation_for(headline).label == "Russia warns Seoul over arms", "a headline line is"


BODY = ("The Senate voted 52-48 on Tuesday to approve the harbour funding bill, sending it to the president. "
        "Officials said the money would arrive in spring.\n")


def test_a_byline_date_or_label_above_the_headline_is_not_the_title():
    """A paste that starts with a byline, a date or time stamp, a one-word label or a leading dash
    gets its headline as title, not "By Jane Smith", "December 5, 2026" or "OPINION"."""
    from briefing_app.ingest import Pasted
    from briefing_app.workflow.reading import analyse_doc

    headline = "Senate approves harbour funding bill"
    for top in ("By Jane Smith", "BY THE EDITORIAL BOARD", "December 5, 2026", "Thu 5 Dec 2026 10.41 GMT",
                "Updated 10:41 AM EST, Thu December 5, 2026", "OPINION", "Reuters", "Jane Smith\nDecember 5, 2026", "—"):
        analysis = analyse_doc(Pasted(f"{top}\n\n{headline}\n\n{BODY}").read())
        assert (analysis.metadata.title, analysis.metadata.title_guessed) == (headline, True), top
    assert guess_title(f"— {headline}\n\n{BODY}", []) == headline
    assert guess_title(f"By the numbers: how the harbour was paid for\n\n{BODY}", []) == \
        "By the numbers: how the harbour was paid for"


def test_a_dateline_is_not_part_of_the_title_made_from_the_first_sentence():
    assert guess_title("Posted on December 5, 2026\n\nWASHINGTON (AP) — " + BODY, []) == \
        "The Senate voted 52-48 on Tuesday to approve the harbour funding bill"
    assert guess_title("SEOUL, Dec 5 (Reuters) - South Korea said on Friday it would not send weapons.\n", []) == \
        "South Korea said on Friday it would not send weapons"
    assert guess_title("The US — and Europe — must act now, officials said on Tuesday in Brussels.\n", []) == \
        "The US — and Europe — must act now, officials said on Tuesday in Brussels"


def test_a_headline_line_after_a_section_label_is_cited():
    """An op-ed whose first line is "Opinion: Title" gets the title without the label (workflow.reading); the citation
    still counts it a headline line ("Source: Ellis, Raymond." had no title); a title cut from a first sentence that
    merely ends the same way is not one."""
    from briefing_app.core.records import SourceRecord
    from briefing_app.export.build import citation_for

    named = Metadata(title="A carbon border tax would protect workers", title_guessed=True, author="Raymond Ellis")
    for line in ("Opinion: A carbon border tax would protect workers", "Analysis | A carbon border tax would protect workers",
                 "COMMENT — A carbon border tax would protect workers"):
        source = SourceRecord(1, f"{line}\n\nBy Raymond Ellis\n\nCongress has debated climate policy.\n", named)
        assert citation_for(source).label == "A carbon border tax would protect workers", line
    sentence = SourceRecord(2, "Economists agree that, in short, a carbon border tax would protect workers.\n", named)
    assert citation_for(sentence).label is None
    long_label = SourceRecord(3, "This is a whole sentence of thirty-odd letters: A carbon border tax would protect "
                                 "workers\n", named)
    assert citation_for(long_label).label is None
