"""A Word template is user input: it runs sandboxed, and its mistakes are reported by name."""
from __future__ import annotations

import docx
import jinja2
import pytest
from jinja2.sandbox import SecurityError

from briefing_app.core.errors import TemplateError
from briefing_app.export import export_memo
from briefing_app.export.render_docx import make_env


@pytest.mark.parametrize("tag", [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ header.__class__ }}",
    "{{ sections[0].blocks[0].runs.__class__.__base__.__subclasses__() }}",
    "{{ lipsum.__globals__['os'].system('true') }}",
])
def test_escape_attempts_are_refused(tmp_path, memo, lookup, user_templates, tag):
    user_templates("evil", "{{ title }}", tag)
    out = tmp_path / "evil.docx"
    with pytest.raises(TemplateError, match="template 'evil'.*sandbox"):
        export_memo(memo, lookup, out, template_id="evil")
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_docx_objects_have_no_attributes_in_the_sandbox():
    env = make_env()
    with pytest.raises(SecurityError):
        env.from_string("{{ d.save('/tmp/pwned.docx') }}").render(d=docx.Document())
    with pytest.raises(SecurityError):
        env.from_string("{{ d.part.package }}").render(d=docx.Document())


def test_unknown_placeholder_names_template_and_placeholder(tmp_path, memo, lookup, user_templates):
    user_templates("typo", "{{ titel }}")
    with pytest.raises(TemplateError, match=r"template 'typo' uses an unknown placeholder 'titel'"):
        export_memo(memo, lookup, tmp_path / "typo.docx", template_id="typo")


def test_unknown_attribute_is_named(tmp_path, memo, lookup, user_templates):
    user_templates("attr", "{%p for s in sections %}", "{{ s.headline }}", "{%p endfor %}")
    with pytest.raises(TemplateError, match="unknown placeholder 'headline'"):
        export_memo(memo, lookup, tmp_path / "attr.docx", template_id="attr")


def test_broken_tag(tmp_path, memo, lookup, user_templates):
    user_templates("broken", "{% for s in sections %}{{ s.heading }")
    with pytest.raises(TemplateError, match="template 'broken' has a broken tag"):
        export_memo(memo, lookup, tmp_path / "broken.docx", template_id="broken")


def test_broken_xml(tmp_path, memo, lookup, user_templates):
    folder = user_templates("xml", "A {% if not subject %} B")
    document = docx.Document(str(folder / "memo.docx"))  # the if closes inside a table cell
    document.add_table(rows=1, cols=1).cell(0, 0).text = "C {% endif %} D"
    document.save(str(folder / "memo.docx"))
    with pytest.raises(TemplateError, match="template 'xml'"):
        export_memo(memo, lookup, tmp_path / "xml.docx", template_id="xml")


def test_not_a_word_file(tmp_path, memo, lookup, user_templates):
    folder = user_templates("garbage")
    (folder / "memo.docx").write_bytes(b"not a zip")
    with pytest.raises(TemplateError, match="template 'garbage': memo.docx is not a readable Word document"):
        export_memo(memo, lookup, tmp_path / "g.docx", template_id="garbage")


def test_user_text_cannot_inject_tags_or_xml(tmp_path, memo, lookup):
    memo.sections[0].items[0].body = "{{ cycler.__init__.__globals__ }} </w:t></w:r><w:r><w:t>x {% raw %}"
    report = export_memo(memo, lookup, tmp_path / "inject.docx")
    text = "\n".join(p.text for p in docx.Document(str(report.path)).paragraphs)
    assert "{{ cycler.__init__.__globals__ }} </w:t></w:r><w:r><w:t>x {% raw %}" in text


def test_strict_undefined_is_on():
    with pytest.raises(jinja2.UndefinedError):
        make_env().from_string("{{ nothing }}").render()


def test_a_runaway_user_template_is_stopped(memo, lookup, user_templates):
    from briefing_app.export.build import build_document
    from briefing_app.export.render_docx import render_docx
    from briefing_app.export.templates import load_template

    user_templates("loop", "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}")
    spec = load_template("loop")
    with pytest.raises(TemplateError, match="template 'loop' took longer than 3 s"):
        render_docx(build_document(memo, lookup, spec), spec, timeout=3)
