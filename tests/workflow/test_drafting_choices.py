"""What a draft chooses when it has more than its page budget holds: the quotes most worth printing
(not the longest), a bottom line covering every source, the most argued options (saying what was
left out), and a user template that cannot lay the memo out (the built-in layout of its kind)."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.core.history import History
from briefing_app.core.records import ClipRecord, QuoteRecord
from briefing_app.workflow.draft_fit import covering
from briefing_app.workflow.draft_picks import pick_quotes
from briefing_app.workflow.drafting import draft_command, plan_draft
from briefing_app.workflow.importing import import_files

ARTICLES = Path(__file__).parents[1] / "data" / "options" / "articles"
EDITORIALS = ["guardian-023-", "foxnews-281-", "aljazeera-223-", "foxnews-164-", "aljazeera-216-", "guardian-048-"]


def _quote(n: int, text: str, speaker: str | None = "A", speaker_id: int | None = 1, source: int = 1) -> QuoteRecord:
    return QuoteRecord(n, ClipRecord(n, source, n * 1000, n * 1000 + len(text), text), "direct", speaker_id, speaker,
                       None, None, None)


def _words(n: int, word: str) -> str:
    return " ".join(f"{word}{i}" for i in range(n))


def test_quotes_rank_by_importance_not_length():
    long_one = _quote(1, "Long " + _words(60, "long"))
    short_one = _quote(2, "Short " + _words(15, "short"))
    assert pick_quotes([long_one, short_one]) == [short_one, long_one]  # a whole paragraph only after


def test_quotes_of_the_most_mentioned_speaker_come_first():
    minor = _quote(1, "Minor " + _words(10, "minor"), "Minor", 1)
    major = _quote(2, "Major " + _words(10, "major"), "Major", 2)
    assert pick_quotes([minor, major], {1: 1, 2: 9}) == [major, minor]
    assert pick_quotes([minor, major], {1: 9, 2: 1}) == [minor, major]


def test_a_quote_saying_what_a_picked_one_says_is_left_out():
    first = _quote(1, "We will " + _words(12, "respond"))
    again = _quote(2, "As I said, we will " + _words(12, "respond"), source=2)  # the same words in a second source
    other = _quote(3, "Something " + _words(10, "else"))
    assert pick_quotes([first, again, other]) == [first, other]


def test_a_whole_statement_before_words_from_inside_a_sentence():
    fragment = _quote(1, "damning that " + _words(10, "frag"))
    whole = _quote(2, "It is damning " + _words(10, "whole"))
    assert pick_quotes([fragment, whole], limit=1) == [whole]


def test_the_bottom_line_covers_every_source():
    ledes = ["The first source says " + _words(20, "a") + ".", "The second says " + _words(20, "b") + "."]

    def fits(text: str) -> bool:
        return len(text.split()) <= 36

    text = covering(ledes, fits)
    assert text.startswith("The first source says a0") and "The second says b0" in text and fits(text)
    assert text.count("…") == 2
    assert covering(ledes[:1], fits).startswith("The first source")
    assert covering(["One.", "Two."], fits) == "One. Two."
    clauses = ["The army was placed on high alert and was told to prepare for war within the week.",
               "The ministry said the talks would resume, though no date was set for them."]
    assert covering(clauses, lambda text: len(text.split()) <= 16) == (
        "The army was placed on high alert… The ministry said the talks would resume…")  # cut at a clause


@pytest.fixture(scope="module")
def editorials(tmp_path_factory):
    from briefing_app.core.project import open_project

    project = open_project(tmp_path_factory.mktemp("eds") / "eds.briefing")
    history = History(project)
    files = [next(ARTICLES.glob(f"{prefix}*.txt")) for prefix in EDITORIALS]  # dev pieces only
    report = import_files(project, history, files, workers=0)
    assert not report.failed and len(report.imported) == len(files)
    yield project, history
    project.close()


def _pages(project, memo_id) -> tuple[int, int]:
    from briefing_app.export import build, find_template
    from briefing_app.export.render_pdf import render_pdf

    memo = project.get_memo(memo_id)
    spec = find_template(memo.template)
    return render_pdf(build(memo, project, spec), spec.style, count_only=True).pages, spec.page_budget or 0


@pytest.mark.parametrize("template", ["action-memo", "options-paper"])
def test_an_options_heavy_project_keeps_the_most_argued_options_within_budget(editorials, template):
    project, history = editorials
    plan = plan_draft(project, template)
    command = draft_command(plan)
    history.push(command)
    memo = project.get_memo(command.result)
    pages, budget = _pages(project, memo.id)
    assert pages <= budget, f"{template}: {pages} of {budget} pages"
    items = memo.section("options").items
    kept = [i.ref_id for i in items if i.kind == "option"]
    every = project.list_options()
    assert 0 < len(kept) < len(every)
    sources = {o.id: len({st.source_id for st in o.stances}) for o in every}
    assert min(sources[i] for i in kept) >= max(n for i, n in sources.items() if i not in kept)  # most argued kept
    left = f"{len(every) - len(kept)} of {len(every)} options"
    assert any(i.kind == "text" and left in i.body and "left out" in i.body for i in items)  # the memo says so
    assert any(left in n for n in plan.notes)  # and the draft's report names them
    assert plan.left_out == [o.summary.rstrip(".") for o in every if o.id not in kept]


@pytest.mark.parametrize("style", ['[fonts]\nbody = "No Such Font"\n', '[page]\nmargin_left = 400\nmargin_right = 400\n'])
def test_a_user_template_that_cannot_lay_out_drafts_with_the_built_in_layout(tmp_path, project, sample_paths, style):
    import shutil

    from briefing_app.core import paths
    from briefing_app.export import ExportError, export_memo
    from briefing_app.workflow.drafting import draft_memo

    history = History(project)
    import_files(project, history, sample_paths, workers=0)
    folder = tmp_path / "my-action"
    shutil.copytree(paths.builtin_templates_dir() / "action-memo", folder)
    (folder / "template.toml").write_text((folder / "template.toml").read_text(encoding="utf-8").replace(
        'name = "Action memo"', 'name = "My action memo"'), encoding="utf-8")
    (folder / "style.toml").write_text(style, encoding="utf-8")
    plan = plan_draft(project, str(folder))
    assert plan.notes and plan.notes[0].startswith("The template “My action memo” cannot lay the memo out (")
    assert "the built-in “Action memo” layout" in plan.notes[0]
    assert [k for k, _, _ in plan.sections] == ["purpose", "background", "quotes", "options", "recommendation"]
    assert plan.sections[0][2] and plan.sections[2][2]  # a bottom line and quotes, fitted as the built-in lays out
    memo = project.get_memo(draft_memo(project, history, str(folder)))
    assert memo.template == str(folder)  # the memo keeps the user's template: export still says what is wrong
    with pytest.raises(ExportError):
        export_memo(memo, project, tmp_path / "memo.pdf")


def test_a_lede_is_not_the_title_set_as_a_sentence_nor_an_opening_question():
    from briefing_app.core.model import Metadata
    from briefing_app.core.records import SourceRecord
    from briefing_app.workflow.draft_picks import lede

    text = ("What I wish Obama had said in his State of the Union address and in his speeches.\n\n"
            "What stops a government from cutting the deficit in half without raising any taxes at all? "
            "The deficit is lower now because the stimulus spending did not continue past its second year.\n")
    meta = Metadata(title="What I wish Obama had said in his State of the Union address and in his speeches")
    source = SourceRecord(1, text, meta)
    assert lede(source) == "The deficit is lower now because the stimulus spending did not continue past its second year."


def test_a_lede_is_not_a_headline_in_title_case():
    from briefing_app.core.model import Metadata
    from briefing_app.core.records import SourceRecord
    from briefing_app.workflow.draft_picks import lede

    text = ("Revealed: More Than 100 Delegates Are Planning To Do Something BIG To Trump If He Doesn’t Do This.\n\n"
            "More than 100 delegates to the Republican convention are planning to vote against the rules next week.\n")
    source = SourceRecord(1, text, Metadata(title="Delegates plan a revolt"))
    assert lede(source).startswith("More than 100 delegates to the Republican convention")


def test_an_options_table_names_a_source_without_author_or_outlet_by_its_title(editorials):
    """The table printed "source 1: oppose": a number the memo never shows its reader."""
    from briefing_app.export.build import holder_name

    project, _ = editorials
    stance = next(st for o in project.list_options() for st in o.stances
                  if st.holder is None and project.get_source(st.source_id).label.startswith("Beating your partner"))
    assert holder_name(stance, project) == "“Beating your partner is a crime…”"


def test_a_copy_that_keeps_the_built_in_name_is_named_by_its_folder(tmp_path, project, sample_paths):
    """A copied built-in keeps its name: the note named both templates alike ("The template “Action memo” cannot …;
    fitted with the built-in “Action memo” layout"); the copy is named by its folder too."""
    import shutil

    from briefing_app.core import paths

    import_files(project, History(project), sample_paths, workers=0)
    folder = tmp_path / "copied-action"
    shutil.copytree(paths.builtin_templates_dir() / "action-memo", folder)
    (folder / "style.toml").write_text('[fonts]\nbody = "No Such Font"\n', encoding="utf-8")
    plan = plan_draft(project, str(folder))
    assert plan.notes and plan.notes[0].startswith(f"The template “Action memo” ({folder}) cannot lay the memo out (")
    assert "the built-in “Action memo” layout" in plan.notes[0]
