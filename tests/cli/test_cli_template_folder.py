"""A template folder given by path: a built-in one copied and edited in Word drafts and exports,
rendered in the sandboxed child like every user template; one that tries to escape is refused."""
from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import docx
import pytest

from briefing_app.cli.main import main
from briefing_app.core import paths
from briefing_app.core.errors import TemplateError
from briefing_app.core.project import open_project
from briefing_app.export.templates import find_template, load_template, template_from_folder


render_docx_module = importlib.import_module("briefing_app.export.render_docx")  # the package shadows the name


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def my_memo(tmp_path) -> Path:
    """The built-in information memo, copied and edited: a new line in its Word file, a new name."""
    folder = tmp_path / "my templates" / "my-memo"
    shutil.copytree(paths.builtin_templates_dir() / "info-memo", folder)
    document = docx.Document(str(folder / "memo.docx"))
    document.paragraphs[0].insert_paragraph_before("Edited in Word by the East Asia desk")
    document.save(str(folder / "memo.docx"))
    toml = folder / "template.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('name = "Information memo"', 'name = "Desk memo"'),
                    encoding="utf-8")
    return folder


def test_draft_with_a_template_folder_renders_it_in_the_sandboxed_child(capsys, tmp_path, sample_paths, my_memo,
                                                                        monkeypatch):
    children = []
    real = render_docx_module.render_in_child
    monkeypatch.setattr(render_docx_module, "render_in_child",
                        lambda doc, spec, timeout: children.append(spec.id) or real(doc, spec, timeout))
    out, project = tmp_path / "memo.docx", tmp_path / "p.briefing"
    code, stdout, err = run(capsys, "draft", *sample_paths, "--template", my_memo, "--out", out, "--project", project)
    assert code == 0, err
    assert children == ["my-memo"]  # not in-process, as a built-in template would be
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Edited in Word by the East Asia desk" in text
    with open_project(project, create=False) as p:
        (memo_id, template, _), = p.list_memos()
        assert template == str(my_memo)  # the memo keeps the folder, so a later export finds it again
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "again.pdf")
    assert code == 0, err


def test_a_relative_path_is_made_absolute(capsys, tmp_path, sample_paths, my_memo, monkeypatch):
    monkeypatch.chdir(my_memo.parent)
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "./my-memo", "--out", tmp_path / "m.pdf")
    assert code == 0, err


def test_a_template_folder_that_tries_to_escape_is_refused(capsys, tmp_path, sample_paths, my_memo):
    document = docx.Document(str(my_memo / "memo.docx"))
    document.add_paragraph("{{ cycler.__init__.__globals__ }}")
    document.save(str(my_memo / "memo.docx"))
    out = tmp_path / "m.docx"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", my_memo, "--out", out)
    assert code == 1 and "template 'my-memo' tried to reach outside its sandbox" in err
    assert not out.exists()


def test_a_file_inside_that_links_out_of_the_folder_is_refused(tmp_path, my_memo):
    secret = tmp_path / "elsewhere.docx"
    (my_memo / "memo.docx").rename(secret)
    (my_memo / "memo.docx").symlink_to(secret)
    with pytest.raises(TemplateError, match="template 'my-memo' points outside its folder"):
        find_template(str(my_memo))


def test_what_is_not_a_template_folder(capsys, tmp_path, sample_paths):
    empty = tmp_path / "empty"
    empty.mkdir()
    for given, why in [(tmp_path / "missing", "does not exist"), (empty, "has no template.toml"),
                       (tmp_path, "has no template.toml")]:
        code, _, err = run(capsys, "draft", *sample_paths, "--template", given, "--out", tmp_path / "m.pdf")
        assert code == 1 and f"template folder {given} {why}" in err, err
    with pytest.raises(TemplateError, match="give its full path"):
        template_from_folder("relative/folder")
    with pytest.raises(TemplateError, match="invalid template id"):
        load_template(str(empty))  # an id is still only a name: paths go through find_template


def test_a_template_folder_that_cannot_lay_out_still_drafts_and_export_says_why(capsys, tmp_path, sample_paths,
                                                                               my_memo):
    (my_memo / "style.toml").write_text('[fonts]\nbody = "No Such Font"\n', encoding="utf-8")
    project, out = tmp_path / "p.briefing", tmp_path / "m.pdf"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", my_memo, "--out", out, "--project", project)
    assert "note: The template “Desk memo” cannot lay the memo out (" in err
    assert "fitted with the built-in “Information memo” layout" in err
    assert code == 1 and "error: the font 'No Such Font' is not bundled" in err  # the export says what is wrong
    with open_project(project, create=False) as p:
        (_, template, _), = p.list_memos()  # drafted, kept with the user's template
        assert template == str(my_memo)
    assert not out.exists()
