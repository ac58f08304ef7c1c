"""Run every benchmark (benchmarks/bench_*.py) and print one table of ratios and absolute figures.

    .venv/bin/python benchmarks/run.py                    # each bench in its quick mode
    .venv/bin/python benchmarks/run.py --mode full        # the full sizes (slow)
    .venv/bin/python benchmarks/run.py --mode smoke       # tiny sizes: does everything still run?
    .venv/bin/python benchmarks/run.py --json out.json    # also write the figures as JSON
    .venv/bin/python benchmarks/run.py --compare old.json # and show the change against an earlier run
    .venv/bin/python benchmarks/run.py --only import,library

Each bench runs as its own subprocess (so one's memory and imports do not colour the next)
and is left as it is: its printed figures are parsed here (PARSERS). A bench without a
parser still runs; its lines with numbers are kept as raw figures. Exit 1 if a bench failed
or a target it prints reads FAIL / OVER.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import machine  # noqa: E402

# the flags that select each bench's size; a bench not listed runs with no flags
MODES: dict[str, dict[str, list[str]]] = {
    "smoke": {"import": ["--count", "40"], "library": ["--count", "300", "--rounds", "30"], "startup": ["-n", "2"],
              "analysis": ["--seconds", "0.5"], "preview": ["--edits", "10"], "stall": ["--articles", "20"],
              "export": ["-n", "2"], "ingest_fidelity": ["--tuning-only"], "scaling": ["--repeat", "1"]},
    # import / library / analysis / preview: their own defaults are their quick mode
    "quick": {"startup": ["-n", "5"]},
    "full": {"import": ["--full"], "library": ["--full"], "startup": ["-n", "15"], "analysis": ["--seconds", "5"],
             "preview": ["--edits", "100"], "stall": ["--articles", "500"], "export": ["-n", "21"],
             "scaling": ["--repeat", "5"]},
}

NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"

# (figure, regex with one number group, unit, kind); kind "ratio" = ours / baseline (lower is better
# unless the unit says otherwise), "abs" = an absolute figure
PARSERS: dict[str, list[tuple[str, str, str, str]]] = {
    "ingest_fidelity": [
        ("tuning_right", rf"^tuning set .*: {NUM}/", "files", "abs"),
        ("tuning_files", rf"^tuning set .*: \S+/{NUM} fully right", "files", "abs"),
        ("held_out_right", rf"^held-out set .*: {NUM}/", "files", "abs"),
        ("held_out_files", rf"^held-out set .*: \S+/{NUM} fully right", "files", "abs"),
        ("real_a_right", rf"^real editorials, set A .*: {NUM}/", "files", "abs"),
        ("real_b_right", rf"^real editorials, set B .*: {NUM}/", "files", "abs"),
        ("real_b_files", rf"^real editorials, set B .*: \S+/{NUM} fully right", "files", "abs"),
    ],
    "import": [
        ("articles", rf"^articles: {NUM} of", "articles", "abs"),
        ("words_per_article", rf"^articles: \S+ of {NUM} words", "words", "abs"),
        ("bare_sqlite_s", rf"^bare SQLite \(read \+ insert\):\s+{NUM} s", "s", "abs"),
        ("bare_sqlite_rate", rf"^bare SQLite .* s\s+{NUM} articles/s", "articles/s", "abs"),
        ("import_s", rf"^briefing import .*?:\s+{NUM} s", "s", "abs"),
        ("import_rate", rf"^briefing import .* s\s+{NUM} articles/s", "articles/s", "abs"),
        ("quotes", rf"^briefing import \(read \+ analyse \+ store, {NUM} quotes\)", "quotes", "abs"),
        ("store_cpu_ms", rf"^  of which this process's CPU .*: {NUM} ms an article", "ms", "abs"),
        ("import_warm_rate", rf"^again, the worker server already running .* s\s+{NUM} articles/s", "articles/s", "abs"),
        ("import_vs_bare", rf"^ratio briefing / bare SQLite time: {NUM}x", "x", "ratio"),
        ("rss_main", rf"^peak RSS: main process {NUM} MiB", "MiB", "abs"),
        ("rss_worker", rf"largest worker {NUM} MiB", "MiB", "abs"),
    ],
    "library": [
        ("articles", rf"^library: {NUM} articles", "articles", "abs"),
        ("file_size", rf"^library: .* {NUM} MiB file", "MiB", "abs"),
        ("build_s", rf"\(built in {NUM} s\)", "s", "abs"),
        ("open_ms", rf"^open \+ list all:\s+ours\s+{NUM} ms", "ms", "abs"),
        ("open_bare_ms", rf"^open \+ list all:.*bare SQLite\s+{NUM} ms", "ms", "abs"),
        ("open_vs_bare", rf"^open \+ list all:.*\| ratio {NUM}x", "x", "ratio"),
        ("search_p95_ms", rf"^search p95 .*?: ours\s+{NUM} ms", "ms", "abs"),
        ("search_max_ms", rf"^search p95 .*\(max {NUM}\)", "ms", "abs"),
        ("search_bare_p95_ms", rf"^search p95 .*bare FTS MATCH\s+{NUM} ms", "ms", "abs"),
        ("search_vs_bare", rf"^search p95 .*\| ratio {NUM}x", "x", "ratio"),
        ("filtered_ms", rf"^filtered \+ sorted list: {NUM} ms", "ms", "abs"),
        ("rss", rf"^peak RSS of the measuring process: {NUM} MiB", "MiB", "abs"),
    ],
    "analysis": [
        ("article_words", rf"^article: {NUM} words", "words", "abs"),
        ("analyse_rate", rf"^analyse\(\):\s+{NUM} words/s", "words/s", "abs"),
        ("analyse_ms", rf"^analyse\(\):.*runs, {NUM} ms/article", "ms", "abs"),
        ("regex_rate", rf"^re\.findall.*?:\s+{NUM} words/s", "words/s", "abs"),
        ("analyse_vs_regex_speed", rf"^ratio analyse/regex:\s+{NUM}", "x", "ratio"),
        ("regex_faster_by", rf"regex is {NUM}x faster", "x", "ratio"),
        ("reference_us", rf"^reference loop \(nbody, no project code\): {NUM} us", "us", "abs"),
        ("analyse_per_reference", rf"^analyse\(\) per reference: {NUM} words", "words", "abs"),
    ],
    "preview": [
        ("pages", rf"^memo: {NUM} page", "pages", "abs"),
        ("edits", rf"; {NUM} edits", "edits", "abs"),
        ("raw_render_median_ms", rf"^raw build\+render_pdf: median {NUM} ms", "ms", "abs"),
        ("raw_render_p95_ms", rf"^raw build\+render_pdf: .*p95 {NUM} ms", "ms", "abs"),
        ("preview_median_ms", rf"^edit -> preview shown: median {NUM} ms", "ms", "abs"),
        ("preview_p95_ms", rf"^edit -> preview shown: .*p95 {NUM} ms", "ms", "abs"),
        ("preview_max_ms", rf"^edit -> preview shown: .*max {NUM} ms", "ms", "abs"),
        ("preview_p95_vs_raw", rf"^ratio p95 latency / median raw render: {NUM}x", "x", "ratio"),
        ("preview_p95_minus_debounce_ms", rf"^latency minus debounce, p95: {NUM} ms", "ms", "abs"),
    ],
    "stall": [
        ("import_s", rf"^import: .* in {NUM} s", "s", "abs"),
        ("import_rate", rf"^import: .*\({NUM} articles/s\)", "articles/s", "abs"),
        ("stall_max_ms", rf"^during import\s*: .*max stall {NUM} ms", "ms", "abs"),
        ("stall_p99_ms", rf"^during import\s*: .*p99 {NUM} ms", "ms", "abs"),
        ("stall_median_ms", rf"^during import\s*: .*median {NUM} ms", "ms", "abs"),
        ("beats_late", rf"^during import\s*: .*beats late > 50 ms: {NUM}", "beats", "abs"),
        ("idle_max_ms", rf"^no import\s*: .*max stall {NUM} ms", "ms", "abs"),
        ("stall_vs_idle", rf"^ratio max stall import / no import: {NUM}x", "x", "ratio"),
    ],
    "export": [
        ("draft_cpu_ms", rf"^briefing draft .*: median {NUM} ms CPU", "ms", "abs"),
        ("bare_reportlab_cpu_ms", rf"^bare reportlab .*: median {NUM} ms CPU", "ms", "abs"),
        ("render_pdf_ms", rf"^render_pdf: median {NUM} ms", "ms", "abs"),
        ("platypus_ms", rf"^render_pdf: .*raw platypus .*: median {NUM} ms", "ms", "abs"),
        ("platypus_with_story_ms", rf"^raw platypus making the same flowables too: median {NUM} ms", "ms", "abs"),
        ("render_docx_ms", rf"^render_docx: median {NUM} ms", "ms", "abs"),
        ("docxtpl_ms", rf"^render_docx: .*raw docxtpl .*: median {NUM} ms", "ms", "abs"),
        ("draft_vs_bare", rf"^ratio draft-vs-bare-reportlab: {NUM}", "x", "ratio"),
        ("render_pdf_vs_platypus", rf"^ratio render-pdf-vs-platypus: {NUM}", "x", "ratio"),
        ("render_docx_vs_docxtpl", rf"^ratio render-docx-vs-docxtpl: {NUM}", "x", "ratio"),
    ],
    "scaling": [(f"{code}_8x_time", rf"^{code}: .* time x{NUM} for words", "x", "ratio") for code in ("en", "ru", "ko")]
    + [(f"{code}_8x_per_word", rf"^{code}: .* us \(x{NUM}\)", "x", "ratio") for code in ("en", "ru", "ko")],
    "startup": [
        ("runs", rf"runs: {NUM} each", "runs", "abs"),
        ("app_median_ms", rf"^briefing-app --startup-check\s+median {NUM} ms", "ms", "abs"),
        ("bare_median_ms", rf"^bare QMainWindow\s+median {NUM} ms", "ms", "abs"),
        ("app_vs_bare", rf"^ratio {NUM}x", "x", "ratio"),
    ],
}
HIGHER_IS_BETTER = {"bare_sqlite_rate", "import_rate", "analyse_rate", "regex_rate", "analyse_vs_regex_speed",
                    "analyse_per_reference"}
VERDICT = re.compile(r"\b(PASS|FAIL|OK|OVER|not met|met|missed)\b", re.IGNORECASE)
GOOD = ("pass", "ok", "met")


def discover() -> dict[str, Path]:
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def parse(name: str, stdout: str) -> tuple[dict[str, dict], list[dict]]:
    """(figures, targets) from a bench's printed output."""
    figures: dict[str, dict] = {}
    lines = stdout.splitlines()
    for key, pattern, unit, kind in PARSERS.get(name, []):
        rx = re.compile(pattern)
        for line in lines:
            m = rx.search(line)
            if m:
                figures[key] = {"value": float(m.group(1).replace(",", "")), "unit": unit, "kind": kind}
                break
    if name not in PARSERS:  # an unknown bench: keep every number with its line, so nothing is lost
        for n, line in enumerate(lines):
            for k, m in enumerate(re.finditer(rf"{NUM}\s*(x|ms|s|MiB|%|articles/s)?\b", line)):
                unit = m.group(2) or ""
                figures[f"line{n + 1}_{k + 1}"] = {"value": float(m.group(1).replace(",", "")), "unit": unit,
                                                   "kind": "ratio" if unit == "x" else "abs", "line": line.strip()}
    targets = []
    for line in lines:
        m = VERDICT.search(line)
        if m and "target" in line.lower() or m and line.lower().startswith("ratio"):
            targets.append({"line": line.strip(), "verdict": m.group(1), "ok": m.group(1).lower() in GOOD})
    return figures, targets


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # the Qt benches (startup, preview) need no screen
    return env


def run_bench(name: str, path: Path, flags: list[str], timeout: float) -> dict:
    cmd = [sys.executable, str(path), *flags]
    started = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                              env=_env())
        code, out, err = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        code, out, err = -1, exc.stdout or "", f"timed out after {timeout:g} s"
        out = out.decode() if isinstance(out, bytes) else out
    seconds = time.perf_counter() - started
    figures, targets = parse(name, out)
    return {"command": [Path(cmd[0]).name, *cmd[1:]], "returncode": code, "seconds": round(seconds, 2),
            "figures": figures, "targets": targets, "stdout": out, "stderr": err[-4000:]}


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def table(results: dict[str, dict], previous: dict | None = None) -> str:
    head = ["bench", "figure", "value", "unit"] + (["before", "change"] if previous else [])
    rows: list[list[str]] = []
    for kind in ("ratio", "abs"):
        for name, r in results.items():
            for key, f in r["figures"].items():
                if f["kind"] != kind:
                    continue
                row = [name, key, _fmt(f["value"]), f["unit"]]
                if previous:
                    old = previous.get("benches", {}).get(name, {}).get("figures", {}).get(key)
                    if old and old["value"]:
                        change = (f["value"] - old["value"]) / old["value"] * 100
                        better = (change > 0) == (key in HIGHER_IS_BETTER)
                        mark = "" if abs(change) < 5 or f["unit"] in ("articles", "words", "runs", "quotes") else (
                            " better" if better else " worse")
                        row += [_fmt(old["value"]), f"{change:+.0f}%{mark}"]
                    else:
                        row += ["-", "new"]
                rows.append(row)
        if kind == "ratio" and rows:
            rows.append([""] * len(head))
    for name, r in results.items():
        if r["returncode"] != 0:
            note = "after printing its figures" if r["figures"] else ""
            rows.append([name, "FAILED", f"exit {r['returncode']}", note] + ([""] * 2 if previous else []))
    widths = [max(len(h), *(len(row[i]) for row in rows)) if rows else len(h) for i, h in enumerate(head)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)), "  ".join("-" * w for w in widths)]
    for row in rows:
        lines.append("  ".join((c.rjust(w) if i == 2 or i == 4 else c.ljust(w)) for i, (c, w) in enumerate(zip(row, widths))).rstrip())
    verdicts = [(name, t) for name, r in results.items() for t in r["targets"]]
    if verdicts:
        lines.append("")
        lines += [f"{'ok  ' if t['ok'] else 'MISS'} {name}: {t['line']}" for name, t in verdicts]
    return "\n".join(lines)


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT, timeout=10)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "briefing_app", "benchmarks"],
                               capture_output=True, text=True, cwd=ROOT, timeout=10).stdout.strip()
        return out.stdout.strip() + ("+dirty" if dirty else "") if out.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=sorted(MODES), default="quick")
    ap.add_argument("--only", help="comma-separated bench names (e.g. import,library)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write every figure (and the raw output) here")
    ap.add_argument("--compare", type=Path, metavar="OLD.json", help="show the change against an earlier --json")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per bench")
    ap.add_argument("--list", action="store_true", help="list the benches and the flags each mode passes")
    args = ap.parse_args(argv)
    benches = discover()
    if args.list:
        for name, path in benches.items():
            print(f"{name:10} {path.relative_to(ROOT)}  " +
                  "  ".join(f"{m}: {' '.join(MODES[m].get(name, [])) or '(defaults)'}" for m in MODES))
        return 0
    if args.only:
        wanted = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = sorted(set(wanted) - set(benches))
        if unknown:
            ap.error(f"unknown bench {', '.join(unknown)} (have: {', '.join(benches)})")
        benches = {n: benches[n] for n in wanted}
    previous = json.loads(args.compare.read_text()) if args.compare else None
    results = {}
    for name, path in benches.items():
        flags = MODES[args.mode].get(name, [])
        print(f"running {path.name} {' '.join(flags)}".rstrip() + " …", file=sys.stderr, flush=True)
        results[name] = run_bench(name, path, flags, args.timeout)
        r = results[name]
        status = "ok" if r["returncode"] == 0 else f"FAILED (exit {r['returncode']}): {r['stderr'].strip()[-300:]}"
        print(f"  {r['seconds']:.1f} s, {status}", file=sys.stderr, flush=True)
    print(table(results, previous))
    if args.json:
        report = {"schema": 1, "commit": _commit(), "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                  "mode": args.mode, "machine": {"platform": platform.platform(), "python": platform.python_version(),
                                                 "cpus": os.cpu_count(), "described": machine.describe()},
                  "benches": results}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    failed = [n for n, r in results.items() if r["returncode"] != 0]
    missed = [n for n, r in results.items() if any(not t["ok"] for t in r["targets"])]
    return 1 if failed or missed else 0


if __name__ == "__main__":
    sys.exit(main())
