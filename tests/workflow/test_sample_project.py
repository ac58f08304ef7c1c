"""The bundled sample project comes out of the ordinary importer as a user's own import of
the same Wikinews pages would: declared titles (not guessed), outlet, date and URL, the
wiki tagline and the licence notice marked as boilerplate, quotes and a drafted memo."""
from briefing_app.core.project import open_project
from briefing_app.workflow.sample import sample_edition, sample_project_path


def test_sample_sources_carry_their_real_metadata(tmp_path):
    project = open_project(sample_project_path(tmp_path))
    try:
        listed = project.list_sources()
        assert len(listed) == 2
        for row in listed:
            source = project.get_source(row.id)
            meta = source.metadata
            assert meta.outlet == "Wikinews"
            assert meta.title and not meta.title_guessed
            assert meta.published and meta.url and meta.url.startswith("https://en.wikinews.org/wiki/")
            assert meta.title in source.text  # the page's own headline, not a file name
            hidden = [source.text[b.start:b.end] for b in source.boilerplate]
            assert "From Wikinews, the free news source you can write!" in hidden
            assert any(h.startswith("This text comes from Wikinews.") for h in hidden)
        assert project.list_quotes(), "the sample project has suggested quotes"
    finally:
        project.close()


def test_a_sample_from_other_articles_is_moved_aside_and_rebuilt(tmp_path):
    first = sample_project_path(tmp_path)
    assert sample_project_path(tmp_path) == first  # the same edition: reused as it is
    mtime = first.stat().st_mtime_ns
    old_bytes = first.read_bytes()
    (tmp_path / "sample.briefing.edition").write_text("an older edition\n", encoding="utf-8")

    rebuilt = sample_project_path(tmp_path)

    assert rebuilt == first and rebuilt.exists()
    kept = [p for p in tmp_path.glob("sample (before *).briefing")]
    assert len(kept) == 1 and kept[0].read_bytes() == old_bytes  # the old one is kept, unchanged
    assert (tmp_path / "sample.briefing.edition").read_text(encoding="utf-8").strip() == sample_edition()
    assert rebuilt.stat().st_mtime_ns != mtime or rebuilt.read_bytes() != old_bytes


def test_a_sample_without_a_stamp_is_kept_aside_too(tmp_path):
    (tmp_path / "sample.briefing").write_bytes(b"not the current sample")
    path = sample_project_path(tmp_path)
    project = open_project(path)
    try:
        assert len(project.list_sources()) == 2
    finally:
        project.close()
    kept = list(tmp_path.glob("sample (before *).briefing"))
    assert [p.read_bytes() for p in kept] == [b"not the current sample"]
