"""The bundled sample project comes out of the ordinary importer as a user's own import of
the same Wikinews pages would: declared titles (not guessed), outlet, date and URL, the
wiki tagline and the licence notice marked as boilerplate, quotes and a drafted memo."""
from briefing_app.core.project import open_project
from briefing_app.workflow.sample import sample_project_path


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
