"""Rows carry versions: stale edits and undo over someone else's change are refused; who did
what is recorded; a memo has a review status. Runs on every backend (tests/core/conftest.py)."""
from __future__ import annotations

import pytest

from briefing_app.core import actions
from briefing_app.core.errors import ProjectError, StaleEditError
from briefing_app.core.history import History
from briefing_app.core.model import SourceDoc
from tests.core.test_commands import TEXT, _analysis


@pytest.fixture
def loaded(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    return project, h


def test_an_edit_based_on_a_stale_version_is_refused_and_writes_nothing(loaded):
    project, h = loaded
    seen = project.list_quotes()[0]
    h.push(actions.set_quote_status(seen.id, "accepted", seen.version))  # a colleague, first
    with pytest.raises(StaleEditError, match="changed by"):
        h.push(actions.set_quote_status(seen.id, "rejected", seen.version))
    assert project.get_quote(seen.id).status == "accepted"
    fresh = project.get_quote(seen.id)
    assert fresh.version == seen.version + 1
    h.push(actions.set_quote_status(seen.id, "rejected", fresh.version))
    assert project.get_quote(seen.id).status == "rejected"


def test_undo_refuses_when_someone_else_changed_the_same_row_since(loaded):
    project, mine = loaded
    theirs = History(project)  # a colleague's own undo history on the same project
    quote = project.list_quotes()[0]
    mine.push(actions.set_quote_status(quote.id, "accepted"))
    theirs.push(actions.edit_quote(quote.id, cue="warned"))
    with pytest.raises(StaleEditError, match="cannot undo Accept quote"):
        mine.undo()
    assert project.get_quote(quote.id).status == "accepted" and project.get_quote(quote.id).cue == "warned"
    assert mine.can_undo  # still there: refused, not dropped
    theirs.undo()  # their own step undoes fine; it changed the row too, so mine stays refused
    assert project.get_quote(quote.id).cue != "warned"
    with pytest.raises(StaleEditError):
        mine.undo()
    other = project.list_options()[0]  # an own step on a row nobody else touched still undoes
    mine.push(actions.set_option_fields(other.id, pros="cheap"))
    mine.undo()
    assert project.get_option(other.id).pros == ""


def test_undo_of_own_later_steps_does_not_block_earlier_ones(loaded):
    project, h = loaded
    quote = project.list_quotes()[0]
    h.push(actions.set_quote_status(quote.id, "accepted"))
    h.push(actions.edit_quote(quote.id, cue="said"))
    h.undo()
    h.undo()
    assert project.get_quote(quote.id).status == "suggested"
    h.redo()
    h.redo()
    assert project.get_quote(quote.id).cue == "said"


def test_authors_and_times_are_recorded(loaded):
    project, h = loaded
    source = project.get_source(project.list_sources()[0].id)
    assert source.created_by == project.user
    quote = project.list_quotes()[0]
    h.push(actions.set_quote_status(quote.id, "accepted"))
    decided = project.get_quote(quote.id)
    assert decided.changed_by == project.user and decided.changed_at and decided.changed_at.endswith("Z")
    option = project.list_options()[0]
    assert option.created_by == project.user


def test_memo_status_records_the_approver(loaded):
    project, h = loaded
    memo_id = h.push(actions.create_memo("action_memo", [("quotes", "Quotes")])) and project.list_memos()[0][0]
    assert project.get_memo(memo_id).status == "draft"
    h.push(actions.set_memo_status(project, memo_id, "in review"))
    h.push(actions.set_memo_status(project, memo_id, "approved"))
    memo = project.get_memo(memo_id)
    assert (memo.status, memo.approved_by) == ("approved", project.user) and memo.approved_at
    with pytest.raises(ProjectError, match="unknown memo status"):
        actions.set_memo_status(project, memo_id, "final")
    h.undo()
    assert (project.get_memo(memo_id).status, project.get_memo(memo_id).approved_by) == ("in review", None)


def test_delete_quote_deletes_that_quote_and_its_clip(loaded):
    project, h = loaded
    first = project.list_quotes()[0]
    h.push(actions.add_quote(first.source_id, TEXT, 0, 11))
    second = [q for q in project.list_quotes() if q.id != first.id][0]
    h.push(actions.delete_quote(project, second.id))
    assert [q.id for q in project.list_quotes()] == [first.id]
    with pytest.raises(ProjectError):
        project.get_quote(second.id)
    with pytest.raises(ProjectError):
        project.get_clip(second.clip.id)
    h.undo()
    assert project.get_quote(second.id).text == second.text
    with pytest.raises(ProjectError):
        actions.delete_quote(project, 999_999)


def test_undo_refuses_an_older_step_when_a_colleague_changed_the_row_between_my_steps(loaded):
    """Mine, theirs, mine again on one row: undoing my last step is fine (it was built on theirs),
    but undoing my first would wipe their change, so it is refused."""
    from briefing_app.core.commands import UpdateCommand

    project, mine = loaded
    theirs = History(project)
    option = project.list_options()[0]

    def append(history, text):
        o = project.get_option(option.id)
        history.push(UpdateCommand("Edit option", "options", o.id, {"pros": o.pros + text}, o.version))

    append(mine, "[me 1]")
    append(theirs, "[them]")
    append(mine, "[me 2]")
    mine.undo()
    assert project.get_option(option.id).pros == "[me 1][them]"
    with pytest.raises(StaleEditError, match="changed by someone else"):
        mine.undo()
    assert project.get_option(option.id).pros == "[me 1][them]"


def test_a_redo_refused_half_way_leaves_the_step_as_it_was(loaded):
    """A two-part step whose second part the server refuses rolls back as a whole, and so does
    the step's own bookkeeping: once the cause is gone it redoes, not refused as stale."""
    from briefing_app.core.commands import DeleteCommand, Macro

    project, mine = loaded
    theirs = History(project)
    mine.push(actions.create_memo("action_memo", [("quotes", "Quotes")]))
    section = project.get_memo(project.list_memos()[0][0]).sections[0]
    option = project.list_options()[0]
    mine.push(Macro("Edit and note", [actions.set_option_fields(option.id, pros="cheap"),
                                      actions.add_memo_item(project, section.id, "text", body="note")]))
    mine.undo()
    theirs.push(DeleteCommand("Delete section", "memo_sections", [section.id]))
    with pytest.raises(ProjectError):  # the option part went through, the memo item has no section
        mine.redo()
    assert project.get_option(option.id).pros == ""  # nothing of the step stayed
    assert mine.redo_text == "Edit and note"  # still there to redo
    theirs.undo()  # the section is back
    mine.redo()
    assert project.get_option(option.id).pros == "cheap"
    assert [i.body for i in project.get_memo(section.memo_id).sections[0].items] == ["note"]
    mine.undo()
    assert project.get_option(option.id).pros == "" and not project.get_memo(section.memo_id).sections[0].items


@pytest.fixture
def memo_of_four(loaded):
    """A memo section with items a, b, c, d, and a colleague's own connection to the project."""
    from briefing_app.core.project import open_project

    project, mine = loaded
    mine.push(actions.create_memo("action_memo", [("quotes", "Quotes")]))
    memo_id = project.list_memos()[0][0]
    section = project.get_memo(memo_id).sections[0].id
    for body in "abcd":
        mine.push(actions.add_memo_item(project, section, "text", body=body))
    colleague = open_project(project.location, exclusive=False)
    yield project, mine, colleague, History(colleague), memo_id, section
    colleague.close()


def _order(project, memo_id):
    items = project.get_memo(memo_id).sections[0].items
    assert [i.position for i in items] == list(range(len(items)))  # no gaps, no two at one place
    return "".join(i.body for i in items)


def test_two_editors_reordering_one_memo_section_the_second_is_refused(memo_of_four):
    from briefing_app.core import memo_drop

    project, mine, colleague, theirs, memo_id, section = memo_of_four
    items = {i.body: i.id for i in project.get_memo(memo_id).sections[0].items}
    my_move = actions.move_memo_item(project, items["a"], section, 3)  # built from what I read
    theirs.push(actions.move_memo_item(colleague, items["d"], section, 0))
    with pytest.raises(StaleEditError, match="memo section"):
        mine.push(my_move)
    assert _order(project, memo_id) == "dabc"  # theirs, not overwritten, and nothing of mine
    # in the GUI a drop names the section versions the memo was shown at
    shown = project.get_memo(memo_id)
    seen = {s.id: s.version for s in shown.sections}
    theirs.push(memo_drop.drop_command([("item", items["c"])], section, items["d"],
                                       {s.id: s.version for s in colleague.get_memo(memo_id).sections}))
    assert _order(project, memo_id) == "cdab"
    with pytest.raises(StaleEditError):
        mine.push(memo_drop.drop_command([("item", items["a"])], section, None, seen))
    with pytest.raises(StaleEditError):
        mine.push(memo_drop.remove_command([items["b"]], seen))
    assert _order(project, memo_id) == "cdab"
    fresh = {s.id: s.version for s in project.get_memo(memo_id).sections}  # the view refreshed
    mine.push(memo_drop.drop_command([("item", items["c"])], section, None, fresh))
    assert _order(project, memo_id) == "dabc"
    mine.undo()
    assert _order(project, memo_id) == "cdab"


def test_adding_to_a_memo_section_a_colleague_reordered_is_refused_too(memo_of_four):
    project, mine, colleague, theirs, memo_id, section = memo_of_four
    items = {i.body: i.id for i in project.get_memo(memo_id).sections[0].items}
    my_add = actions.add_memo_item(project, section, "text", body="e", position=1)
    theirs.push(actions.remove_memo_item(colleague, items["a"]))
    with pytest.raises(StaleEditError):
        mine.push(my_add)
    assert _order(project, memo_id) == "bcd"
    with pytest.raises(StaleEditError, match="cannot undo"):  # their removal moved my items since
        mine.undo()
    assert _order(project, memo_id) == "bcd"


def test_quote_counts_per_source(loaded):
    project, h = loaded
    source = project.list_sources()[0].id
    assert project.quote_counts() == {source: 1}
    h.push(actions.set_quote_status(project.list_quotes()[0].id, "rejected"))
    assert project.quote_counts() == {} and project.quote_counts(("rejected",)) == {source: 1}


def _joined_counts(project, statuses=("suggested", "accepted")) -> dict[int, int]:
    """Quote counts the long way (each quote through its clip), to check quote_counts against."""
    counts: dict[int, int] = {}
    for q in project.list_quotes(statuses=statuses):
        counts[q.clip.source_id] = counts.get(q.clip.source_id, 0) + 1
    return counts


def test_quote_counts_stay_right_through_import_decisions_delete_and_undo(loaded):
    """quote_counts reads the source each quote carries (set from its clip by the store), so it
    must follow every way a quote comes, changes status, goes and comes back."""
    project, h = loaded
    first = project.list_sources()[0].id
    h.push(cmd := actions.import_source(SourceDoc(TEXT), _analysis()))
    second = cmd.result
    h.push(actions.add_quote(second, TEXT, 0, 5))
    assert project.quote_counts() == _joined_counts(project) == {first: 1, second: 2}
    q = project.list_quotes(second)[0]
    h.push(actions.set_quote_status(q.id, "rejected"))
    assert project.quote_counts() == {first: 1, second: 1}
    assert project.quote_counts(("rejected",)) == _joined_counts(project, ("rejected",)) == {second: 1}
    h.push(actions.delete_quote(project, project.list_quotes(second)[0].id))
    assert project.quote_counts() == {first: 1}
    h.undo()  # the quote and its clip come back, with their source
    assert project.quote_counts() == _joined_counts(project) == {first: 1, second: 1}
    h.push(actions.delete_source(first))
    assert project.quote_counts() == {second: 1}
    h.undo()
    h.undo()  # the rejection
    assert project.quote_counts() == _joined_counts(project) == {first: 1, second: 2}
    h.redo()
    assert project.quote_counts() == {first: 1, second: 1}
