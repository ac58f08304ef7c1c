"""Hostile files the other suites do not cover yet, each through the real entry point.

- paths that try to leave their folder: template ids given on the command line and template
  ids stored in a (hostile) project file, export targets spelled with `..`;
- a project file that is truncated or not SQLite at all, given to every CLI command;
- a read-only export target (tests run as root, so os.replace / mkstemp are patched to
  refuse): a clear error, the earlier export byte for byte intact, no temporary file left;
- a Word template that tries to leave the Jinja sandbox, through `briefing draft` and
  `briefing export` (the installed CLI, in a subprocess: the user-template child renderer).

Each hostile input counts once in HOSTILE (printed in the terminal summary).
"""
from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from pathlib import Path

import docx
import pytest

from briefing_app.cli.main import main
from briefing_app.export import atomic

ROOT = Path(__file__).resolve().parents[2]
BRIEFING = ROOT / ".venv" / "bin" / "briefing"
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLE = SEEDS / "washington-times-russia-warns-seoul.txt"
ESCAPES = ["{{ ''.__class__.__mro__ }}",
           "{{ ''.__class__.__mro__[1].__subclasses__() }}",
           "{{ cycler.__init__.__globals__.os.system('touch /tmp/pwned-by-template') }}",
           "{{ (title|attr('__class__')).__mro__ }}"]


@pytest.fixture(autouse=True)
def _count(request, hostile_counts):
    yield
    hostile_counts.append(request.node.name)


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err: str) -> str:
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "internal error" not in lines[0] and "Traceback" not in err, err
    return lines[0]


@pytest.fixture(scope="module")
def project_with_memo(tmp_path_factory) -> tuple[Path, int]:
    """A project made by `briefing draft` holding one memo; copied by tests that damage it."""
    folder = tmp_path_factory.mktemp("proj")
    project = folder / "seed.briefing"
    assert main(["draft", str(SAMPLE), "--template", "info-memo", "--out", str(folder / "seed.pdf"),
                 "--project", str(project)]) == 0
    con = sqlite3.connect(project)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    memo_id = con.execute("SELECT max(id) FROM memos").fetchone()[0]
    con.close()
    return project, memo_id


def copy_project(src: Path, dst: Path) -> Path:
    dst.write_bytes(src.read_bytes())
    return dst


# -- paths that try to leave their folder ------------------------------------------------------

@pytest.mark.parametrize("template_id", ["../../etc", "../info-memo", "/etc/passwd", "info-memo/../../..",
                                         "..%2F..%2Fetc", "info-memo\x00"])
def test_draft_refuses_template_ids_that_leave_the_templates_folder(capsys, tmp_path, template_id):
    out = tmp_path / "m.docx"
    code, stdout, err = run(capsys, "draft", SAMPLE, "--template", template_id, "--out", out)
    assert code == 1 and "template" in one_error_line(err)
    assert not out.exists() and stdout == ""


@pytest.mark.parametrize("stored", ["../../etc", "../../../tmp/evil", "..", "/etc", "EVIL"])
def test_a_project_storing_a_traversing_template_id_is_refused_at_export(capsys, tmp_path, project_with_memo,
                                                                         stored):
    seed, memo_id = project_with_memo
    project = copy_project(seed, tmp_path / "hostile.briefing")
    # a template folder where a traversal could reach, with an escape attempt inside
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "template.toml").write_text('name = "Evil"\n[[sections]]\nkey = "a"\nheading = "A"\n')
    d = docx.Document()
    d.add_paragraph(ESCAPES[0])
    d.save(str(evil / "memo.docx"))
    con = sqlite3.connect(project)
    con.execute("UPDATE memos SET template = ? WHERE id = ?", (str(evil) if stored == "EVIL" else stored, memo_id))
    con.commit()
    con.close()
    out = tmp_path / "memo.docx"
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", out)
    # a relative path is no template id; an absolute one names a template folder (a memo drafted with
    # `--template /path/folder` keeps it): that folder must be a template, rendered in the sandbox
    expected = {"/etc": "template folder /etc has no template.toml",
                "EVIL": "template 'evil' tried to reach outside its sandbox"}.get(stored, "invalid template id")
    assert code == 1 and expected in one_error_line(err)
    assert not out.exists()


@pytest.mark.parametrize("target", ["../../etc/passwd", "../../etc", "sub/../../../etc/shadow.txt", "."])
def test_export_targets_spelled_with_dotdot_are_refused_without_writing(capsys, tmp_path, monkeypatch,
                                                                          project_with_memo, target):
    seed, memo_id = project_with_memo
    project = copy_project(seed, tmp_path / "p.briefing")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(work)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    etc = {p: p.stat().st_mtime_ns for p in Path("/etc").glob("*") if p.is_file()}
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", target)
    assert code == 1
    one_error_line(err)
    assert {p for p in tmp_path.rglob("*")} - set(before) <= {project.with_name(project.name + "-wal"),
                                                             project.with_name(project.name + "-shm")}
    assert {p: p.stat().st_mtime_ns for p in Path("/etc").glob("*") if p.is_file() and p in etc} == etc
    assert not list(tmp_path.rglob("*.part"))


# -- project files that are not SQLite or are truncated ----------------------------------------

def _not_sqlite(p: Path, seed: Path) -> None:
    p.write_bytes(b"PK\x03\x04 this is a zip, or a memo saved under the wrong name" * 50)


def _text_file(p: Path, seed: Path) -> None:
    p.write_text("Just some notes.\n" * 100)


def _header_only(p: Path, seed: Path) -> None:
    p.write_bytes(seed.read_bytes()[:100])


def _one_page(p: Path, seed: Path) -> None:
    p.write_bytes(seed.read_bytes()[:4096])


def _half(p: Path, seed: Path) -> None:
    data = seed.read_bytes()
    p.write_bytes(data[: len(data) // 2])


def _zeroed_tail(p: Path, seed: Path) -> None:
    data = bytearray(seed.read_bytes())
    data[len(data) // 3:] = bytes(len(data) - len(data) // 3)
    p.write_bytes(bytes(data))


def _magic_then_garbage(p: Path, seed: Path) -> None:
    p.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))


DAMAGE = {"not-sqlite": _not_sqlite, "text": _text_file, "header-only": _header_only, "one-page": _one_page,
          "half": _half, "zeroed-tail": _zeroed_tail, "magic-then-garbage": _magic_then_garbage}
COMMANDS = {
    "import": lambda p, tmp: ["import", SAMPLE, "--project", p],
    "search": lambda p, tmp: ["search", p, "Rudenko"],
    "memos": lambda p, tmp: ["memos", p],
    "export": lambda p, tmp: ["export", p, "--memo", "1", "--out", tmp / "out.pdf"],
    "draft": lambda p, tmp: ["draft", SAMPLE, "--template", "info-memo", "--out", tmp / "d.pdf", "--project", p],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_project_file_is_a_clear_error_and_left_untouched(capsys, tmp_path, project_with_memo,
                                                                    damage, command):
    seed, _ = project_with_memo
    path = tmp_path / f"{damage}.briefing"
    DAMAGE[damage](path, seed)
    before = path.read_bytes()
    code, out, err = run(capsys, *COMMANDS[command](path, tmp_path))
    assert code == 1, (out, err)
    line = one_error_line(err)
    assert path.name in line or "project" in line or "database" in line, line
    assert path.read_bytes() == before, "a damaged project file must not be rewritten"
    assert not (tmp_path / "out.pdf").exists() and not (tmp_path / "d.pdf").exists()


# -- read-only export targets (root ignores chmod: the writes are patched) ---------------------

def _refuse(*args, **kwargs):
    raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
@pytest.mark.parametrize("where", ["replace", "mkstemp", "open"])
def test_read_only_target_keeps_the_earlier_export(capsys, tmp_path, monkeypatch, project_with_memo, suffix, where):
    seed, memo_id = project_with_memo
    project = copy_project(seed, tmp_path / "p.briefing")
    out = tmp_path / "exports" / f"memo{suffix}"
    out.parent.mkdir()
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", out)
    assert code == 0, err
    earlier = out.read_bytes()
    sibling = out.parent / "notes.txt"
    sibling.write_text("the analyst's own file")
    if where == "replace":
        monkeypatch.setattr(atomic.os, "replace", _refuse)
    elif where == "mkstemp":
        monkeypatch.setattr(atomic.tempfile, "mkstemp", _refuse)
    else:  # the folder refuses new files: os.open is what mkstemp uses
        real_open = os.open

        def refuse_in_exports(path, flags, *a, **k):
            if Path(os.fsdecode(path)).parent == out.parent and flags & os.O_CREAT:
                _refuse()
            return real_open(path, flags, *a, **k)

        monkeypatch.setattr(os, "open", refuse_in_exports)
    code, stdout, err = run(capsys, "export", project, "--memo", memo_id, "--out", out)
    assert code == 1 and "no permission to write" in one_error_line(err)
    assert out.read_bytes() == earlier, "the earlier export must survive byte for byte"
    assert sibling.read_text() == "the analyst's own file"
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, "notes.txt"]), "no .part file left"


# -- escaping the Jinja sandbox through the CLI ------------------------------------------------

def _user_template(xdg: Path, template_id: str, tag: str) -> None:
    folder = xdg / "briefing-builder" / "templates" / template_id
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text('name = "Evil"\nkind = "info"\n[[sections]]\nkey = "bluf"\n'
                                          'heading = "BLUF"\n')
    d = docx.Document()
    d.add_paragraph("{{ title }}")
    d.add_paragraph(tag)
    d.save(str(folder / "memo.docx"))


@pytest.mark.parametrize("tag", ESCAPES)
def test_sandbox_escape_through_cli_draft_and_export(tmp_path, tag):
    xdg = tmp_path / "xdg"
    _user_template(xdg, "evil", tag)
    env = dict(os.environ, XDG_DATA_HOME=str(xdg), HOME=str(tmp_path))
    marker = Path("/tmp/pwned-by-template")
    marker.unlink(missing_ok=True)
    project = tmp_path / "p.briefing"
    out = tmp_path / "evil.docx"

    r = subprocess.run([str(BRIEFING), "draft", str(SAMPLE), "--template", "evil", "--out", str(out),
                        "--project", str(project)], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1, r
    line = one_error_line(r.stderr)
    assert "template 'evil'" in line and "sandbox" in line, line
    assert not out.exists() and not list(tmp_path.glob("*.part"))

    # the memo was drafted and stored before the export failed: export it again through `briefing export`
    memo_id = sqlite3.connect(project).execute("SELECT max(id) FROM memos").fetchone()[0]
    assert memo_id is not None
    r = subprocess.run([str(BRIEFING), "export", str(project), "--memo", str(memo_id), "--out", str(out)],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 1 and "sandbox" in one_error_line(r.stderr), r
    assert not out.exists() and not marker.exists()


# -- the project file itself read-only or on a full disk (root ignores chmod: the connection is patched) --

def _patch_project_connection(monkeypatch, path: Path, *, read_only: bool = False, max_pages: int | None = None):
    from briefing_app.core.store import sqlite as sqlite_store

    real = sqlite3.connect

    def connect(database, *args, **kwargs):
        if Path(database).resolve() != path.resolve():
            return real(database, *args, **kwargs)
        if read_only:
            conn = real(f"file:{Path(database).resolve()}?mode=ro", *args, uri=True, **kwargs)
        else:
            conn = real(database, *args, **kwargs)
        if max_pages is not None:
            conn.execute(f"PRAGMA max_page_count = {max_pages}")
        return conn

    monkeypatch.setattr(sqlite_store.sqlite3, "connect", connect)


def _article(tmp_path: Path, n: int, words: int = 120) -> Path:
    p = tmp_path / f"article-{n:02d}.txt"
    p.write_text(f"Article {n}\n\n“We will act on item {n},” the minister said. " + f"word{n} " * words + "\n")
    return p


def test_import_into_a_read_only_project_is_a_clear_error_and_changes_nothing(capsys, tmp_path, monkeypatch,
                                                                             project_with_memo):
    seed, memo_id = project_with_memo
    project = copy_project(seed, tmp_path / "ro.briefing")
    before = project.read_bytes()
    _patch_project_connection(monkeypatch, project, read_only=True)
    code, out, err = run(capsys, "import", _article(tmp_path, 1), "--project", project)
    assert code == 1, (out, err)
    assert "read-only" in one_error_line(err) or "readonly" in err
    assert project.read_bytes() == before
    # reading still works: the memo exports from the read-only project
    code, _, err = run(capsys, "export", project, "--memo", memo_id, "--out", tmp_path / "still.pdf")
    assert code == 0, err


def test_disk_full_midway_through_a_cli_import_keeps_what_was_stored(capsys, tmp_path, monkeypatch):
    project = tmp_path / "full.briefing"
    assert main(["import", str(_article(tmp_path, 0)), "--project", str(project)]) == 0
    capsys.readouterr()
    con = sqlite3.connect(project)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    # room for a few small articles, then the "disk" is full
    _patch_project_connection(monkeypatch, project, max_pages=pages + 12)
    files = [_article(tmp_path, n, words=120 if n < 4 else 20_000) for n in range(1, 8)]
    code, out, err = run(capsys, "import", *files, "--project", project)
    assert code == 1
    imported = [ln.split()[1] for ln in out.splitlines() if ln.startswith("imported ")]
    errors = [ln for ln in err.splitlines() if ln.strip()]
    # the import stops at the full disk: one error naming how many files were not imported
    assert len(errors) == 1 and errors[0].startswith("error: ") and "full" in errors[0], err
    left = len(files) - len(imported)
    assert "Traceback" not in err and f"({left} file{'s' if left != 1 else ''} not imported)" in errors[0], err
    monkeypatch.undo()
    con = sqlite3.connect(project)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in con.execute("SELECT path FROM sources")}
    con.close()
    assert set(imported) <= stored and str(_article(tmp_path, 0).resolve()) in stored
    assert len(stored) == 1 + len(imported) and imported, "some files fit before the disk filled"
