import json
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app.cli.main import main

RUDENKO = "Seoul must realize that the possible use of South Korean weapons"


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("briefing ")


def test_extract_json_is_consistent_for_both_samples(capsys, sample_paths):
    code, out, err = run(capsys, "extract", *sample_paths)
    assert code == 0, err
    objs = json.loads(out)
    assert [Path(o["path"]).name for o in objs] == [p.name for p in sample_paths]
    for obj, path in zip(objs, sample_paths):
        raw = path.read_text(encoding="utf-8")
        assert obj["text"] == raw.replace("\r\n", "\n")
        assert set(obj) == {"path", "text", "metadata", "boilerplate", "quotes", "actors", "options"}
        assert set(obj["metadata"]) == {"title", "author", "outlet", "published", "url", "genre", "title_guessed"}
        assert obj["metadata"]["title"] and obj["metadata"]["title_guessed"], "no sample declares a title"
        for q in obj["quotes"]:
            assert obj["text"][q["start"]:q["end"]] == q["text"]
            assert q["kind"] in ("direct", "indirect", "scare", "title")
            assert set(q["speaker"]) == {"name", "mention"}
            m = q["speaker"]["mention"]
            if m:
                assert obj["text"][m["start"]:m["end"]] == m["text"]
        for b in obj["boilerplate"]:
            assert 0 <= b["start"] < b["end"] <= len(obj["text"])
        for a in obj["actors"]:
            for m in a["mentions"]:
                assert 0 <= m["start"] < m["end"] <= len(obj["text"])
    wt = next(o for o in objs if "washington" in o["path"])
    rudenko = [q for q in wt["quotes"] if q["text"].startswith(RUDENKO)]
    assert rudenko and rudenko[0]["kind"] == "direct" and rudenko[0]["speaker"]["name"] == "Andrey Rudenko"


def test_extract_jsonl_prints_one_object_per_line(capsys, sample_paths):
    code, out, _ = run(capsys, "extract", "--format", "jsonl", *sample_paths)
    lines = out.strip().split("\n")
    assert code == 0 and len(lines) == 2
    assert all(json.loads(line)["quotes"] is not None for line in lines)


@pytest.mark.parametrize("make", [
    lambda d: d / "missing.txt",
    lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02garbage\xff" * 100) and d / "bin.txt",
    lambda d: d,
])
def test_bad_input_exits_1_with_one_error_line(capsys, tmp_path, make):
    path = make(tmp_path)
    code, out, err = run(capsys, "extract", path)
    assert code == 1
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_no_traceback_from_the_real_command(tmp_path):
    exe = Path(sys.executable).parent / "briefing"
    proc = subprocess.run([str(exe), "extract", str(tmp_path / "nope.txt")], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.startswith("error: ") and "Traceback" not in proc.stderr


def test_import_search_templates_memos(capsys, tmp_path, sample_paths):
    project = tmp_path / "p.briefing"
    code, out, err = run(capsys, "import", *sample_paths, "--project", project)
    assert code == 0, err
    assert out.count("imported ") == 2
    code, out, _ = run(capsys, "import", sample_paths[0], "--project", project)
    assert code == 0 and "skipped" in out  # the same article twice is offered as a skip
    code, out, _ = run(capsys, "search", project, "Rudenko")
    assert code == 0 and "Rudenko" in out and len(out.strip().splitlines()) == 1
    code, out, _ = run(capsys, "templates")
    assert code == 0
    assert "info-memo" in [line.split("\t")[0] for line in out.splitlines()]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_draft_writes_a_memo_with_rudenkos_quote(capsys, tmp_path, sample_paths, suffix):
    out_path = tmp_path / f"memo{suffix}"
    code, out, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", out_path)
    assert code == 0, err
    assert out_path.exists()
    if suffix == ".pdf":
        text = _pdf_text(out_path)
    else:
        import docx

        d = docx.Document(out_path)
        text = " ".join(p.text for p in d.paragraphs) + " ".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "Seoul must realize" in text and "Rudenko" in text


def test_draft_refuses_unknown_template_and_bad_output(capsys, tmp_path, sample_paths):
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "nope", "--out", tmp_path / "m.pdf")
    assert code == 1 and "nope" in err and not (tmp_path / "m.pdf").exists()
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", tmp_path / "m.txt")
    assert code == 1 and err.startswith("error: ")
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", tmp_path / "no" / "m.pdf")
    assert code == 1 and err.startswith("error: ")
    assert list(tmp_path.iterdir()) == []  # nothing half-written anywhere


def test_export_from_a_project(capsys, tmp_path, sample_paths):
    project = tmp_path / "p.briefing"
    code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo", "--out", tmp_path / "a.pdf", "--project", project)
    assert code == 0, err
    code, out, _ = run(capsys, "memos", project)
    memo_id = out.split("\t")[0]
    code, out, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "b.docx")
    assert code == 0, err
    assert (tmp_path / "b.docx").exists()
    code, _, err = run(capsys, "export", project, "--memo", "999", "--out", tmp_path / "c.pdf")
    assert code == 1 and "999" in err


def test_corrupt_project_is_a_clear_error(capsys, tmp_path):
    bad = tmp_path / "bad.briefing"
    bad.write_bytes(b"garbage" * 100)
    code, _, err = run(capsys, "search", bad, "x")
    assert code == 1 and "not an SQLite file" in err


def test_draft_into_a_project_again_reuses_its_sources(capsys, tmp_path, sample_paths):
    from briefing_app.core.project import open_project

    project = tmp_path / "p.briefing"
    for n in (1, 2):
        code, _, err = run(capsys, "draft", *sample_paths, "--template", "info-memo",
                           "--out", tmp_path / f"m{n}.pdf", "--project", project)
        assert code == 0, err
    assert err.count("already in the project: ") == len(sample_paths)
    with open_project(project, create=False, exclusive=False) as p:
        assert len(p.list_sources()) == len(sample_paths)
    first, second = _pdf_text(tmp_path / "m1.pdf"), _pdf_text(tmp_path / "m2.pdf")
    assert second.count("Seoul must realize") == first.count("Seoul must realize") >= 1
