"""`briefing export` / `briefing draft` options: citation style, marking, accessible PDF."""
from __future__ import annotations

import subprocess

import pytest

from briefing_app.cli.main import CITATION_STYLES, main
from briefing_app.export.citations import STYLES


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def _text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


@pytest.fixture
def drafted(capsys, tmp_path, sample_paths):
    project = tmp_path / "p.briefing"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", tmp_path / "a.pdf",
                       "--project", project)
    assert code == 0, err
    _, out, _ = run(capsys, "memos", project)
    return project, out.split("\t")[0]


def test_help_names_every_citation_style():
    assert all(style in CITATION_STYLES for style in STYLES)


def test_export_with_style_and_marking(capsys, tmp_path, drafted):
    project, memo_id = drafted
    out = tmp_path / "apa.pdf"
    code, stdout, err = run(capsys, "export", project, "--memo", memo_id, "--out", out, "--citation-style", "apa",
                            "--marking", "SECRET//NOFORN")
    assert code == 0 and stdout.startswith(f"wrote {out}"), err
    text = _text(out)
    assert "Wolfgang, B. (n.d.)." in text and "(Wolfgang, n.d.)" in text  # APA 7, first then later notes
    assert text.count("SECRET//NOFORN") >= 2 and "UNCLASSIFIED" not in text
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "none.pdf", "--marking", "")
    assert code == 0, err
    assert "SECRET" not in _text(tmp_path / "none.pdf") and "UNCLASSIFIED" not in _text(tmp_path / "none.pdf")


def test_draft_with_a_citation_style(capsys, tmp_path, sample_paths):
    out = tmp_path / "h.pdf"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", out,
                       "--citation-style", "house")
    assert code == 0, err
    assert "Ben Wolfgang, The Washington Times." in _text(out)  # the house style keeps "The", plain


def test_unknown_style_is_one_error_line(capsys, tmp_path, sample_paths, drafted):
    project, memo_id = drafted
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", tmp_path / "m.pdf",
                       "--citation-style", "mla")
    assert code == 1 and err == "error: unknown citation style 'mla' (use one of: chicago, apa, house)\n"
    assert not (tmp_path / "m.pdf").exists()
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "m.pdf",
                       "--citation-style", "MLA")
    assert code == 1 and err.startswith("error: unknown citation style 'mla'")


def test_accessible_needs_a_pdf_target(capsys, tmp_path, drafted):
    project, memo_id = drafted
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "m.docx", "--accessible")
    assert code == 1 and "accessible" in err and ".pdf" in err and not (tmp_path / "m.docx").exists()


def test_accessible_pdf_through_libreoffice(capsys, tmp_path, drafted):
    from briefing_app.export import accessible

    project, memo_id = drafted
    out = tmp_path / "tagged.pdf"
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", out, "--accessible")
    if not accessible.available():  # said plainly, nothing written
        assert code == 1 and "LibreOffice" in err and not out.exists()
        return
    assert code == 0, err
    data = out.read_bytes()
    assert b"/StructTreeRoot" in data  # tagged, which reportlab cannot do
    text = _text(out)
    assert "Seoul must realize" in text and "Washington Times" in text
