"""Fuzzing with hypothesis: the analyser over mutated sample articles, every importer over
mutated bytes of valid files built here, and the Word template renderer over mutated Jinja.

The property everywhere: the only exceptions are BriefingError subclasses (a clear message
for the user), no example runs past a hard wall-clock guard (a hang), and every span the
pipeline returns points at exactly the text it claims.

Profiles (conftest.py): `ci` by default; HYPOTHESIS_PROFILE=long runs 10,000 per format.
The number of examples actually run per format is printed in the terminal summary.
"""
from __future__ import annotations

import os
import contextlib
import email.message
import io
import signal
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.analysis import analyse
from briefing_app.core.errors import BriefingError
from briefing_app.core.model import QUOTE_KINDS
from briefing_app.ingest import read_file
from briefing_app.workflow.importing import analyse_doc

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared")) / "samples" / "articles"  # test data, not shipped
SAMPLES = sorted(SEEDS.glob("*.txt"))
HANG_SECONDS = 20  # wall clock per example; hypothesis' own deadline reports slow ones


class Hang(Exception):
    pass


@contextlib.contextmanager
def no_hang(seconds: float = HANG_SECONDS):
    """Interrupt an example that runs too long (Python code only; C code is interrupted on return)."""
    def fire(signum, frame):
        raise Hang(f"no result after {seconds} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


# -- mutations -------------------------------------------------------------------------------

INTERESTING = [b"\x00", b"\xff", b"\xef\xbb\xbf", b"\r\n", b"\n\n", b"<", b">", b"&", b"&#0;", b"]]>",
               b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"<div>", b"</p>", b"\xe2\x80\x9c", b"\xe2\x80\x9d", b'"',
               b"obj", b"endobj", b"stream", b"xref", b"trailer", b"%%EOF", b"/Length 999999",
               b"Content-Type: multipart/mixed; boundary=x\n", b"--x\n", b"=?utf-8?b?", b"PK\x03\x04",
               b"\xc3", b"\xed\xa0\x80", b" said ", b"\xe2\x80\x94", bytes(range(256))]


@st.composite
def mutated(draw, data: bytes, max_ops: int = 6):
    """data after 1..max_ops random edits: flip, delete, insert, duplicate, truncate, splice."""
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(["flip", "delete", "insert", "dup", "truncate", "token", "swap"]))
        n = len(buf)
        if n == 0:
            buf += draw(st.binary(min_size=1, max_size=16))
            continue
        at = draw(st.integers(0, n - 1))
        if op == "flip":
            buf[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "delete":
            del buf[at:at + draw(st.integers(1, 64))]
        elif op == "insert":
            buf[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "dup":
            end = min(n, at + draw(st.integers(1, 256)))
            buf[at:at] = bytes(buf[at:end]) * draw(st.integers(1, 4))
        elif op == "truncate" and n > 1:
            del buf[draw(st.integers(1, n - 1)):]
        elif op == "token":
            buf[at:at] = draw(st.sampled_from(INTERESTING))
        elif op == "swap":
            b = draw(st.integers(0, n - 1))
            buf[at], buf[b] = buf[b], buf[at]
    return bytes(buf)


# -- valid inputs to start from ------------------------------------------------------------------

def sample_text() -> str:
    return SAMPLES[0].read_text(encoding="utf-8")


def build_html() -> bytes:
    body = "".join(f"<p>{line}</p>" for line in sample_text().split("\n\n")[:8])
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Russia warns Seoul</title>'
            f'<meta property="og:site_name" content="The Example Times"><meta name="author" content="Ben Wolfgang">'
            f'<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2024-11-24"}}</script>'
            f'</head><body><nav><a href="/">Home</a> &gt; <a href="/world">World</a></nav><article><h1>Russia '
            f'warns Seoul</h1>{body}</article><footer>Share on X · Copyright 2024</footer></body></html>'
            ).encode()


def build_eml() -> bytes:
    msg = email.message.EmailMessage()
    msg["Subject"] = "Fwd: Russia warns Seoul"
    msg["From"] = "Newsletter <news@example.com>"
    msg["Date"] = "Mon, 25 Nov 2024 08:00:00 +0900"
    msg.set_content("\n\n".join(sample_text().split("\n\n")[:6]))
    msg.add_alternative(build_html().decode("utf-8"), subtype="html")
    return bytes(msg)


def build_docx(tmp: Path) -> bytes:
    from tests.ingest.fixtures import make_docx

    return make_docx(tmp / "seed.docx").read_bytes()


def build_pdf(tmp: Path) -> bytes:
    from tests.ingest.fixtures import make_pdf

    from reportlab import rl_config

    old = rl_config.pageCompression
    rl_config.pageCompression = 0  # uncompressed content streams: mutations reach the text operators
    try:
        return make_pdf(tmp / "seed.pdf", pages=2).read_bytes()
    finally:
        rl_config.pageCompression = old


def docx_xml_mutant(seed: bytes, new_xml: bytes) -> bytes:
    """seed with word/document.xml replaced: mutations inside the package, past the ZIP layer."""
    src = zipfile.ZipFile(io.BytesIO(seed))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item.filename, new_xml if item.filename == "word/document.xml" else src.read(item.filename))
    return out.getvalue()


# -- the properties -----------------------------------------------------------------------------

def check_analysis(text: str, a) -> None:
    for q in a.quotes:
        assert 0 <= q.start <= q.end <= len(text), q
        assert text[q.start:q.end] == q.text, q
        assert q.kind in QUOTE_KINDS
        if q.mention:
            assert text[q.mention.start:q.mention.end] == q.mention.text, q.mention
    for s in a.boilerplate:
        assert 0 <= s.start < s.end <= len(text), s
    for o in a.options:
        assert 0 <= o.start < o.end <= len(text), o
    for actor in a.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(text), m


# Crashes the fuzzer found in code this suite may not change (briefing_app/ingest): they are
# counted and listed in the summary instead of failing every run; test_known_bugs_* below
# pins each one with a strict xfail, so the fix shows up as XPASS and this entry goes.
KNOWN_BUGS: dict[str, str] = {}  # none open: the three fuzzing found are fixed, pinned below
KNOWN_MESSAGES: dict[str, str] = {}


def _known(exc: BaseException) -> str | None:
    name = f"{type(exc).__module__}.{type(exc).__qualname__}".removeprefix("builtins.")
    if name not in KNOWN_BUGS or KNOWN_MESSAGES.get(name, "") not in str(exc):
        return None
    return name


def import_one(path: Path, data: bytes) -> str:
    """read_file + analyse as `briefing import` does; returns 'ok', 'refused' or 'known-bug'."""
    path.write_bytes(data)
    with no_hang():
        try:
            doc = read_file(path)
        except BriefingError as exc:
            message = str(exc)
            assert message and "\n" not in message, repr(message)
            return "refused"
        except Exception as exc:
            if _known(exc):
                return "known-bug"
            raise
        assert doc.text.strip()
        for s in doc.boilerplate:
            assert 0 <= s.start <= s.end <= len(doc.text), s
        check_analysis(doc.text, analyse_doc(doc))
    return "ok"


COUNTS: dict[str, dict[str, int]] = {}


@pytest.fixture(scope="session", autouse=True)
def _share_counts(fuzz_counts):
    global COUNTS
    COUNTS = fuzz_counts


def count(fmt: str, outcome: str) -> None:
    COUNTS.setdefault(fmt, {"cases": 0, "ok": 0, "refused": 0, "known-bug": 0})
    COUNTS[fmt]["cases"] += 1
    COUNTS[fmt][outcome] += 1


NO_FIXTURE_CHECK = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                                   HealthCheck.data_too_large])


@given(st.data())
def test_fuzz_analyse_over_mutated_sample_text(data):
    base = data.draw(st.sampled_from(SAMPLES)).read_text(encoding="utf-8")
    start = data.draw(st.integers(0, len(base) - 1))
    piece = base[start:start + data.draw(st.integers(1, 4000))].encode("utf-8")
    text = data.draw(mutated(piece)).decode("utf-8", "replace")
    with no_hang():
        a = analyse(text)
    check_analysis(text, a)
    count("analyse", "ok")


SEEDS: dict[str, bytes] = {}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> None:
    """Fills SEEDS (a module global, so hypothesis does not print 100 kB of bytes on failure)."""
    tmp = tmp_path_factory.mktemp("seeds")
    if not SEEDS:
        text = sample_text().encode("utf-8")
        SEEDS.update({".txt": text, ".md": b"# Russia warns Seoul\n\n" + text.replace(b"\n\n", b"\n\n> ", 2),
                      ".html": build_html(), ".eml": build_eml(), ".docx": build_docx(tmp), ".pdf": build_pdf(tmp)})
        for suffix, seed in SEEDS.items():  # the seeds themselves import
            assert import_one(tmp / f"seed-check{suffix}", seed) == "ok", suffix


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html", ".eml", ".docx", ".pdf"])
@NO_FIXTURE_CHECK
@given(data=st.data())
def test_fuzz_importer_over_mutated_bytes(tmp_path, seeds, suffix, data):
    seed = SEEDS[suffix]
    mutant = data.draw(mutated(seed))
    count(suffix[1:], import_one(tmp_path / f"fuzz{suffix}", mutant))


@NO_FIXTURE_CHECK
@given(data=st.data())
def test_fuzz_docx_importer_inside_the_package(tmp_path, seeds, data):
    """Mutate word/document.xml and re-zip, so the XML parser and the text walk see the damage."""
    seed = SEEDS[".docx"]
    xml = zipfile.ZipFile(io.BytesIO(seed)).read("word/document.xml")
    mutant = docx_xml_mutant(seed, data.draw(mutated(xml)))
    count("docx-xml", import_one(tmp_path / "fuzz-xml.docx", mutant))


# -- the Word template renderer ----------------------------------------------------------------

JINJA_TOKENS = ["{{", "}}", "{%", "%}", "{%p ", "{%tr ", "{{r ", "|", ".", "(", ")", "[", "]", "'", '"',
                "__class__", "__mro__", "__globals__", "range(10)", "loop", "for x in sections", "endfor",
                "if", "endif", "else", "set x = 1", "super()", "self", "cycler", "lipsum", "|attr('__class__')",
                "|safe", "|e", "~", "*", "**", "-", "{#", "#}", "\x00", "<w:t>", "&", "\n"]


@st.composite
def mutated_template(draw, text: str):
    chars = list(text)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(chars)))
        op = draw(st.sampled_from(["insert", "delete", "token"]))
        if op == "insert":
            chars[at:at] = list(draw(st.text(max_size=6)))
        elif op == "delete":
            del chars[at:at + draw(st.integers(1, 8))]
        else:
            chars[at:at] = [draw(st.sampled_from(JINJA_TOKENS))]
    return "".join(chars)


@pytest.fixture(scope="module")
def template_env(tmp_path_factory):
    """The built-in info-memo's memo.docx paragraphs, a memo over the samples and a user folder."""
    import docx

    from briefing_app.core import paths
    from briefing_app.export.templates import load_template
    from tests.export.conftest import make_lookup, make_memo

    root = tmp_path_factory.mktemp("user-templates")
    spec = load_template("info-memo")
    mp = pytest.MonkeyPatch()
    mp.setattr(paths, "user_templates_dir", lambda: root)
    paragraphs = [p.text for p in docx.Document(str(spec.docx_path)).paragraphs]
    yield root, spec, paragraphs, make_memo(), make_lookup()
    mp.undo()


@NO_FIXTURE_CHECK
@given(data=st.data())
def test_fuzz_docx_template_renderer(template_env, data):
    import shutil

    import docx

    from briefing_app.export.build import build_document
    from briefing_app.export.render_docx import render_in_process
    from briefing_app.export.templates import load_template

    root, builtin, paragraphs, memo, lookup = template_env
    folder = root / "fuzzed"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(builtin.folder, folder)
    document = docx.Document(str(folder / "memo.docx"))
    targets = [i for i, t in enumerate(paragraphs) if "{" in t]
    for i in data.draw(st.lists(st.sampled_from(targets), min_size=1, max_size=3, unique=True)):
        p = document.paragraphs[i]
        try:
            p.text = data.draw(mutated_template(paragraphs[i]))
        except ValueError:  # python-docx refuses XML-illegal characters: not a template the user can save
            p.text = paragraphs[i].replace("{{", "{{ {{")
    document.save(str(folder / "memo.docx"))
    spec = load_template("fuzzed")
    assert not spec.builtin
    with no_hang():
        try:
            out = render_in_process(build_document(memo, lookup, spec), spec)
        except BriefingError as exc:
            assert "fuzzed" in str(exc) and "\n" not in str(exc).strip(), str(exc)
            count("docx-template", "refused")
            return
    assert zipfile.ZipFile(io.BytesIO(out)).testzip() is None
    docx.Document(io.BytesIO(out))  # what we wrote opens again
    count("docx-template", "ok")


# -- known bugs, pinned ---------------------------------------------------------------------------

def test_fixed_bug_damaged_deflate_stream_in_docx_is_a_clear_error(tmp_path):
    from tests.ingest.fixtures import make_docx

    data = bytearray(make_docx(tmp_path / "seed.docx").read_bytes())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start] = 0xFF  # first byte of the deflate stream: "invalid block type"
    (tmp_path / "bad.docx").write_bytes(bytes(data))
    with pytest.raises(BriefingError):
        read_file(tmp_path / "bad.docx")


def test_fixed_bug_unloadable_pdf_page_is_a_clear_error(tmp_path):
    data = build_pdf(tmp_path)
    broken = data.replace(b">>\nendobj\n3 0 obj", b">>\ne3 0 obj", 1)  # a fuzzer find: page 1 damaged
    assert broken != data
    (tmp_path / "bad.pdf").write_bytes(broken)
    with pytest.raises(BriefingError):
        read_file(tmp_path / "bad.pdf")


def test_fixed_bug_docx_whose_main_part_is_not_a_document_is_a_clear_error(tmp_path):
    seed = build_docx(tmp_path)
    xml = zipfile.ZipFile(io.BytesIO(seed)).read("word/document.xml")
    renamed = xml.replace(b"<w:document ", b"<w:documenx ", 1).replace(b"</w:document>", b"</w:documenx>")
    assert renamed != xml
    (tmp_path / "bad.docx").write_bytes(docx_xml_mutant(seed, renamed))
    with pytest.raises(BriefingError):
        read_file(tmp_path / "bad.docx")


def test_fuzzing_stayed_within_bounded_memory():
    """Runs after the fuzz tests above (file order): the peak RSS of this whole process, every
    mutant included, stays far from what a bomb or a runaway parser would need."""
    import resource

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mib < 1536, f"peak RSS {peak_mib:.0f} MiB"
