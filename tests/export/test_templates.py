"""Template folders: listing, loading, user overrides, ids that must not escape their folder."""
from __future__ import annotations

import pytest

from briefing_app.core.errors import TemplateError
from briefing_app.export.templates import list_templates, load_template


def test_builtin_info_memo():
    spec = load_template("info-memo")
    assert spec.name == "Information memo" and spec.page_budget == 2 and spec.builtin
    assert spec.sections[:3] == [("bluf", "Bottom line up front"), ("background", "Background"),
                                 ("quotes", "Key quotes")]
    assert spec.docx_path.is_file()
    assert spec.style["fonts"]["body"] == "Liberation Serif" and spec.style["fonts"]["body_size"] == 12
    assert "info-memo" in [t.id for t in list_templates()]


def test_unknown_template_lists_the_available_ones():
    with pytest.raises(TemplateError, match=r"unknown template 'nope' \(available: .*info-memo"):
        load_template("nope")


@pytest.mark.parametrize("bad", ["../info-memo", "..", "a/b", "a\\b", "/etc", ".hidden", "", "x" * 80, "ok\n"])
def test_ids_cannot_leave_the_templates_folder(bad):
    with pytest.raises(TemplateError, match="invalid template id"):
        load_template(bad)


def test_user_template_overrides_builtin_and_is_listed(user_templates):
    user_templates("info-memo", "{{ title }}")
    user_templates("mine", "{{ title }}")
    spec = load_template("info-memo")
    assert not spec.builtin and spec.name == "Test info-memo"
    ids = [t.id for t in list_templates()]
    assert ids.count("info-memo") == 1 and "mine" in ids


def test_broken_toml_is_reported_and_left_out_of_the_list(user_templates):
    user_templates("bad", toml="name = \n")
    with pytest.raises(TemplateError, match="template 'bad': template.toml is not valid TOML"):
        load_template("bad")
    assert "bad" not in [t.id for t in list_templates()]


def test_symlink_out_of_the_folder_is_refused(user_templates, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "template.toml").write_text('name = "x"\n[[sections]]\nkey = "a"\nheading = "A"\n')
    folder = user_templates("linked")
    (folder / "template.toml").unlink()
    (folder / "template.toml").symlink_to(outside / "template.toml")
    with pytest.raises(TemplateError, match="outside its templates folder"):
        load_template("linked")
