from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.core.model import Actor, Analysis, Metadata, Option, Quote, SourceDoc, Span, Mention

TEXT = 'Intro line.\n"We will respond," Mr. Rudenko said. Moscow is angry.\nOne option is sanctions.'


def _analysis():
    q_start = TEXT.index("We will")
    q = Quote(q_start, q_start + len("We will respond,"), "We will respond,", "direct", "Andrey Rudenko",
              Mention(TEXT.index("Mr. Rudenko"), TEXT.index("Mr. Rudenko") + 11, "Mr. Rudenko"), "said")
    o_start = TEXT.index("One option")
    return Analysis(
        quotes=[q],
        actors=[Actor("Andrey Rudenko", aliases=["Mr. Rudenko"], mentions=[Span(q.mention.start, q.mention.end)]),
                Actor("Russia", kind="country", aliases=["Moscow"], mentions=[Span(TEXT.index("Moscow"), TEXT.index("Moscow") + 6)])],
        options=[Option("Sanctions", "support", o_start, len(TEXT))],
        boilerplate=[Span(0, 11)],
        metadata=Metadata(outlet="Times"),
    )


# Bookkeeping that an undo must NOT wind back: a row's version only ever grows (so a colleague's
# edit based on the undone state is refused), and the last change is recorded as the undo itself.
BOOKKEEPING = {"version", "changed_by", "changed_at"}


def _dump(project):
    tables = ["sources", "boilerplate", "actors", "actor_aliases", "mentions", "clips", "quotes",
              "options", "option_stances", "memos", "memo_sections", "memo_items"]
    return {t: [tuple(v for k, v in dict(r).items() if k not in BOOKKEEPING)
                for r in project.query(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


def test_import_undo_redo_round_trip_keeps_ids(project):
    h = History(project)
    empty = _dump(project)
    cmd = actions.import_source(SourceDoc(TEXT, Metadata(title="T")), _analysis())
    changes = h.push(cmd)
    assert changes.sources and changes.quotes and changes.actors and changes.options
    full = _dump(project)
    assert project.get_source(cmd.result).metadata.outlet == "Times"  # analysis metadata fills blanks
    q = project.list_quotes()[0]
    assert q.speaker == "Andrey Rudenko" and q.clip.text == "We will respond," and q.mention.text == "Mr. Rudenko"
    h.undo()
    assert _dump(project) == empty
    h.redo()
    assert _dump(project) == full


def test_every_action_undoes_exactly(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    memo_cmd = actions.create_memo("info-memo", [("bluf", "BLUF"), ("quotes", "Key quotes")], subject="S")
    h.push(memo_cmd)
    memo = project.get_memo(memo_cmd.result)
    sec = memo.section("quotes").id
    rudenko, russia = project.find_actor("Andrey Rudenko"), project.find_actor("Russia")
    quote = project.list_quotes()[0]
    steps = [
        lambda: actions.set_quote_status(quote.id, "accepted"),
        lambda: actions.edit_quote(quote.id, venue="Tass"),
        lambda: actions.add_memo_item(project, sec, "quote", quote.id),
        lambda: actions.add_memo_item(project, sec, "text", body="first", position=0),
        lambda: actions.move_memo_item(project, project.get_memo(memo.id).section("quotes").items[0].id, sec, 5),
        lambda: actions.set_item_body(project.get_memo(memo.id).section("quotes").items[0].id, "edited"),
        lambda: actions.set_memo_fields(memo.id, to="The Minister", marking="UNCLASSIFIED"),
        lambda: actions.set_memo_fields(memo.id, citation_style="apa"),
        lambda: actions.set_item_options(project.get_memo(memo.id).section("quotes").items[-1].id, paraphrase=True),
        lambda: actions.set_item_options(project.get_memo(memo.id).section("quotes").items[-1].id, cite=False),
        lambda: actions.merge_actors(project, rudenko, russia),
        lambda: actions.add_boilerplate(1, Span(12, 20)),
        lambda: actions.remove_memo_item(project, project.get_memo(memo.id).section("quotes").items[0].id),
        lambda: actions.set_metadata(1, Metadata(title="New title", genre="news")),
        lambda: actions.delete_source(1),
    ]
    for make in steps:
        before = _dump(project)
        h.push(make())
        after = _dump(project)
        assert after != before, make
        h.undo()
        assert _dump(project) == before
        h.redo()
        assert _dump(project) == after


def test_delete_source_removes_memo_references_and_undo_restores_them(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    memo_cmd = actions.create_memo("info-memo", [("quotes", "Key quotes")])
    h.push(memo_cmd)
    sec = project.get_memo(memo_cmd.result).sections[0].id
    h.push(actions.add_memo_item(project, sec, "quote", project.list_quotes()[0].id))
    h.push(actions.delete_source(1))
    assert project.get_memo(memo_cmd.result).sections[0].items == []
    h.undo()
    assert [i.kind for i in project.get_memo(memo_cmd.result).sections[0].items] == ["quote"]


def test_merge_actors_moves_quotes_and_keeps_the_name_as_alias(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    keep = project.find_actor("Russia")
    drop = project.find_actor("Andrey Rudenko")
    h.push(actions.merge_actors(project, keep, drop))
    assert project.list_quotes()[0].speaker == "Russia"
    assert "Andrey Rudenko" in project.get_actor(keep).aliases
    assert project.find_actor("Andrey Rudenko") is None


def test_failed_command_leaves_nothing_behind(project):
    import pytest

    h = History(project)
    before = _dump(project)

    def build(store, insert):
        insert("sources", {"text": "half"})
        raise RuntimeError("boom")

    from briefing_app.core.commands import InsertCommand

    with pytest.raises(RuntimeError):
        h.push(InsertCommand("x", build))
    assert _dump(project) == before
    assert not h.can_undo


def test_clean_state_and_labels(project):
    h = History(project)
    assert h.is_clean
    h.push(actions.import_source(SourceDoc(TEXT, Metadata(title="T"))))
    assert not h.is_clean and h.undo_text == "Import T"
    h.set_clean()
    assert h.is_clean
    h.undo()
    assert not h.is_clean and h.redo_text == "Import T"


def test_item_options_and_citation_style_read_back(project):
    h = History(project)
    h.push(actions.import_source(SourceDoc(TEXT), _analysis()))
    memo_cmd = actions.create_memo("info-memo", [("quotes", "Key quotes")])
    h.push(memo_cmd)
    memo = project.get_memo(memo_cmd.result)
    assert memo.citation_style == "chicago"
    h.push(actions.add_memo_item(project, memo.sections[0].id, "quote", project.list_quotes()[0].id))
    item = project.get_memo(memo.id).sections[0].items[0]
    assert (item.paraphrase, item.cite) == (False, True)
    h.push(actions.set_item_options(item.id, paraphrase=True, cite=False))
    h.push(actions.set_memo_fields(memo.id, citation_style="apa"))
    memo = project.get_memo(memo.id)
    assert (memo.sections[0].items[0].paraphrase, memo.sections[0].items[0].cite) == (True, False)
    assert memo.citation_style == "apa"
    h.undo()
    h.undo()
    item = project.get_memo(memo.id).sections[0].items[0]
    assert (item.paraphrase, item.cite) == (False, True)
