"""Views refresh only what changed: new sources are inserted (no model reset), the reader keeps
its laid-out text when the shown source did not change, filter combos keep their items, and
the Actors / Options tabs are built when first opened."""
from __future__ import annotations

from tests.ui.conftest import SAMPLES, settle_library


def test_an_import_inserts_rows_and_keeps_the_reader(qtbot, errors, tmp_path, project_factory):
    from briefing_app.ui.main_window import MainWindow

    win = MainWindow(persist=False)
    qtbot.addWidget(win)
    assert win.open_project(project_factory(tmp_path / "one.briefing", SAMPLES[:1]))
    win.show()
    qtbot.waitExposed(win)
    settle_library(qtbot, win)
    model, first = win.library.model, win.library.current_source_id()
    assert first is not None and model.rowCount() == 1
    doc = win.reader.text.document()
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _parent, a, b: inserted.append((a, b)))
    with qtbot.waitSignal(win.importer.finished, timeout=20000) as finished:
        win.import_files([str(SAMPLES[1])])
    new = finished.args[0].imported
    assert len(new) == 1 and not errors
    settle_library(qtbot, win)
    assert inserted == [(1, 1)] and not resets
    project = win.session.project
    counts = [model.index(row, 4).data() for row in range(2)]
    assert counts == [len(project.list_quotes(model.source_id(row))) for row in range(2)]
    assert counts[1] > 0
    # the import selected the new source; back to the first: the reader shows it
    win.library.select_source(first)
    doc = win.reader.text.document()
    win.on_changes(_sources_changed())  # what an import refresh says
    assert win.reader.text.document() is doc  # same source, same quotes: not laid out again
    quote = project.list_quotes(first)[0]
    win.quotes.select_quote(quote.id)
    win.quotes.set_status("accepted")  # the shown source's quote changed: rendered again
    assert win.reader.text.document() is not doc
    # undo of the import: rows change other than by growing -> one reset, counts still right
    win.menu_actions.undo.trigger()  # the accept
    win.menu_actions.undo.trigger()  # the import
    settle_library(qtbot, win)
    assert model.rowCount() == 1 and resets
    win.close()


def _sources_changed():
    from briefing_app.core.changes import Changes

    return Changes(sources=True, quotes=True, actors=True)


def test_filter_combos_are_refilled_only_when_their_items_change(window):
    combo = window.library.filters.combos["outlet"]
    removed = []
    combo.model().rowsRemoved.connect(lambda *a: removed.append(a))
    items = [combo.itemText(n) for n in range(combo.count())]
    assert len(items) == 3  # "All outlets" and the two samples' outlets
    window.library._fill_choices()
    assert not removed and [combo.itemText(n) for n in range(combo.count())] == items
    months = window.library.filters.combos["month"]
    published = {s.metadata.published[:7] for s in window.session.project.list_sources() if s.metadata.published}
    assert [months.itemData(n) for n in range(1, months.count())] == sorted(published, reverse=True)


def test_entity_tabs_are_built_when_first_opened(window, qtbot):
    assert not window.workspace.entities  # nothing built for the first paint
    labels = [window.tabs.tabText(n) for n in range(3)]
    window.tabs.setCurrentIndex(1)
    actors = window.workspace.entities["actor"]
    assert window.tabs.currentWidget() is actors and window.actors is actors
    assert actors.tree.topLevelItemCount() == len(window.session.project.list_actors()) > 0
    assert "option" not in window.workspace.entities
    options = window.options  # used before shown (e.g. a drop onto the memo): built, tab not switched
    assert window.tabs.currentWidget() is actors and window.tabs.widget(2) is options
    assert [window.tabs.tabText(n) for n in range(3)] == labels


def test_selecting_a_source_reads_its_quotes_once_for_the_reader_and_the_list(window, monkeypatch):
    """The reader and the quotes list show the same read (a 45,000-quote source took 1.1 s a read)."""
    project = window.session.project
    first, second = (s.id for s in project.list_sources()[:2])
    window.library.select_source(first)
    real, calls = project.list_quotes, []

    def counted(*args, **kwargs):
        calls.append(args[0] if args else kwargs.get("source_id"))
        return real(*args, **kwargs)

    monkeypatch.setattr(project, "list_quotes", counted)
    window.library.select_source(second)
    assert calls == [second]
    assert window.reader.source is not None and window.reader.source.id == second
    assert window.reader.quotes == real(second) and window.reader.quotes  # suggested + accepted
    assert window.quotes.model.rows == real(second, statuses=("suggested", "accepted", "rejected"))
    calls.clear()
    rejected = window.reader.quotes[0].id
    window.quotes.select_quote(rejected)
    window.quotes.set_status("rejected")  # a change: the list reloads, the reader follows from it
    assert calls == [second]
    assert window.reader.quotes == real(second) and rejected not in {q.id for q in window.reader.quotes}
    assert window.quotes.model.rows == real(second, statuses=("suggested", "accepted", "rejected"))
