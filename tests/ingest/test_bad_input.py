"""Bad input: one clear line each, in bounded time and memory, and the project untouched."""
import io
import resource
import time
import zipfile

import pytest

from briefing_app.core.errors import InputError
from briefing_app.core.history import History
from briefing_app.ingest import read_file, reader
from briefing_app.workflow.importing import import_files
from tests.ingest.fixtures import make_docx_bomb, make_docx_xxe, make_pdf


def zip_as_pdf(p):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    p.write_bytes(buf.getvalue())


def truncated_pdf(p):
    make_pdf(p)
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def deep_html(p):
    p.write_text("<html><body><p>Start</p>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>")


def huge_text(p):
    with open(p, "wb") as fh:  # 200 MB, sparse: refused before a byte is read
        fh.truncate(200 * 2**20)


BAD = {
    "zip.pdf": (zip_as_pdf, "not a PDF"),
    "truncated.pdf": (truncated_pdf, "truncated"),
    "encrypted.pdf": (lambda p: make_pdf(p, encrypt="secret"), "password"),
    "scan.pdf": (lambda p: make_pdf(p, text=False), "needs OCR"),
    "bomb.docx": (make_docx_bomb, "ZIP bomb"),
    "xxe.docx": (make_docx_xxe, "DTD"),
    "deep.html": (deep_html, "256 levels"),
    "huge.txt": (huge_text, "too large"),
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "folder": (lambda p: p.mkdir(), "folder"),
    "garbage.docx": (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), "not a valid Word"),
    "legacy.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100), "old-style .doc"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_gives_one_clear_line_quickly(tmp_path, name):
    make, message = BAD[name]
    path = tmp_path / name
    make(path)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    cpu = time.process_time()
    with pytest.raises(InputError, match=message) as info:
        read_file(path)
    size_mb = max(1.0, path.stat().st_size / 2**20) if path.is_file() else 1.0
    assert time.process_time() - cpu <= max(1.0, size_mb), "≤ 1 s CPU per MB of input"
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    assert grown < 500, f"peak memory grew by {grown:.0f} MiB"
    assert "\n" not in str(info.value) and name in str(info.value)


def test_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "locked.html"
    path.write_text("<p>secret</p>")

    def denied(*a, **k):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(reader, "open", denied, raising=False)  # tests run as root: chmod is ignored
    with pytest.raises(InputError, match="permission denied"):
        read_file(path)


def test_bad_files_leave_the_project_untouched(tmp_path, project):
    paths = []
    for name in ("zip.pdf", "bomb.docx", "deep.html", "empty.txt", "scan.pdf"):
        make, _ = BAD[name]
        make(tmp_path / name)
        paths.append(tmp_path / name)
    before = project.query("SELECT count(*) FROM sources")[0][0]
    report = import_files(project, History(project), paths, workers=1)
    assert len(report.failed) == len(paths) and not report.imported
    assert project.query("SELECT count(*) FROM sources")[0][0] == before
    assert project.query("SELECT count(*) FROM boilerplate")[0][0] == 0
    assert project.query("PRAGMA integrity_check")[0][0] == "ok"


def test_cli_reports_one_line_and_exit_1(tmp_path, capsys):
    from briefing_app.cli.main import main

    truncated_pdf(tmp_path / "t.pdf")
    code = main(["import", str(tmp_path / "t.pdf"), "--project", str(tmp_path / "p.briefing")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1 and err[0].startswith("error: ") and "truncated" in err[0]
