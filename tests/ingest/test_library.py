"""The library: duplicates skipped or replaced, parallel import with progress and cancel,
search in three scripts with filters and sorts."""
from briefing_app.core.history import History
from briefing_app.core.progress import Progress
from briefing_app.workflow.importing import import_files, store_doc
from briefing_app.ingest import read_pasted
from benchmarks.synthetic import article, write_files


def test_duplicate_skipped_then_replaced(tmp_path, project):
    history = History(project)
    paths = write_files(tmp_path / "a", 1)
    first = import_files(project, history, paths)
    again = import_files(project, history, paths)
    assert again.duplicates and again.duplicates[0].duplicate_of == first.imported[0].source_id
    (tmp_path / "copy.txt").write_text("  " + paths[0].read_text().replace("\n\n", "\n  \n"), encoding="utf-8")
    replaced = import_files(project, history, [tmp_path / "copy.txt"], on_duplicate="replace")
    assert replaced.imported[0].replaced == first.imported[0].source_id
    assert [s.id for s in project.list_sources()] == [replaced.imported[0].source_id]
    history.undo()
    assert [s.id for s in project.list_sources()] == [first.imported[0].source_id]


def test_parallel_import_keeps_order_and_reports_progress(tmp_path, project):
    write_files(tmp_path / "arts", 8, words=150)
    (tmp_path / "arts" / "bad.pdf").write_bytes(b"PK\x03\x04 not a pdf")
    steps = []
    report = import_files(project, History(project), [tmp_path / "arts"], workers=2,
                          progress=Progress(lambda d, t, m: steps.append((d, t))))
    assert len(report.imported) == 8 and len(report.failed) == 1 and "not a PDF" in report.failed[0].error
    titles = [s.metadata.title for s in project.list_sources()]
    assert titles == [article(n)["title"] for n in range(8)]
    assert steps[-1] == (9, 9)


def test_cancel_keeps_what_finished(tmp_path, project):
    paths = write_files(tmp_path / "arts", 12, words=150)
    progress = Progress()

    def step(done, total, message):
        if done == 3:
            progress.cancel()

    progress._callback = step
    report = import_files(project, History(project), paths, progress=progress, workers=2)
    assert report.cancelled and len(report.imported) == 3
    assert len(project.list_sources()) == 3


def _library(project):
    history = History(project)
    for n in (0, 7, 13, 5, 10):  # 7: Korean, 13: Russian, 0/5/10: opinion
        a = article(n, words=120)
        doc = read_pasted(a["text"])
        doc.metadata.outlet, doc.metadata.published, doc.metadata.genre = a["outlet"], a["published"], a["genre"]
        store_doc(project, history, doc)
    return {s.id: s for s in project.list_sources()}


def test_search_english_korean_russian_with_filters_and_sort(project):
    sources = _library(project)
    assert project.search_sources("weighs")  # porter: 'weigh' stems
    assert project.search_sources("weigh")
    korean = project.search_sources("조약이")  # a word inside an inflected run
    assert korean and "[" in korean[0][1]
    two = next(w for w in article(7, words=120)["text"].split() if "\uac00" <= w[0] <= "\ud7a3")[:2]
    assert project.search_sources(two)  # two syllables: below trigram length, LIKE fallback
    assert project.search_sources("санкци")  # Russian stem inside 'санкции'
    opinion = project.list_sources(genre="opinion")
    assert {s.id for s in opinion} == {i for i, s in sources.items() if s.metadata.genre == "opinion"}
    by_date = project.list_sources(sort="date")
    dates = [s.metadata.published for s in by_date]
    assert dates == sorted(dates, reverse=True)
    outlet = next(iter(sources.values())).metadata.outlet
    assert all(s.metadata.outlet == outlet for s in project.list_sources(outlet=outlet.upper()))
    found = project.list_sources(query="tensions", date_from="2000-01-01", sort="title")
    assert [s.metadata.title for s in found] == sorted(s.metadata.title for s in found)
    assert project.search_sources("tensions", date_from="2999-01-01") == []


def test_a_readers_bug_costs_only_that_file(tmp_path, monkeypatch):
    from briefing_app.core.history import History
    from briefing_app.core.project import open_project
    from briefing_app.workflow import importing

    good = tmp_path / "good.txt"
    good.write_text("A perfectly ordinary article about budgets and ministers. " * 5, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Another article, different words entirely, about harbours. " * 5, encoding="utf-8")
    real = importing.read_and_analyse

    def flaky(path):
        if str(path).endswith("bad.txt"):
            raise AttributeError("simulated reader bug")
        return real(path)

    monkeypatch.setattr(importing, "read_and_analyse", flaky)
    with open_project(tmp_path / "p.briefing") as project:
        report = importing.import_files(project, History(project), [bad, good], workers=0)
        assert [o.error is None for o in report.outcomes] == [False, True]
        assert "simulated reader bug" in report.outcomes[0].error
        assert len(project.list_sources()) == 1
