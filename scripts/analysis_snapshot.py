"""Check that a change leaves the analysis output byte-identical: `briefing extract` JSON of
the 840 PolNeAR train articles and the options, actors (English, Russian, Korean) and genre
(Russian, Korean) test sets, from this checkout's code against another git revision's (built in
a temporary copy of that revision).

    .venv/bin/python scripts/analysis_snapshot.py                 # this checkout vs main
    .venv/bin/python scripts/analysis_snapshot.py --against HEAD~1
    .venv/bin/python scripts/analysis_snapshot.py --write out.jsonl   # this checkout only

Prints the number of articles compared and the first differing articles (with the first
differing field). Exit code 0 when every article's output is identical, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT.parent / "shared" / "corpora" / "polnear-train" / "text",
           ROOT / "tests" / "data" / "options" / "articles",
           ROOT / "tests" / "data" / "actors" / "articles",
           ROOT / "tests" / "data" / "genre" / "articles")


def article_paths() -> list[Path]:
    return [p for folder in FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.txt"))]


def snapshot(code: Path, paths: list[Path], out: Path) -> None:
    """One JSON line per article, from the briefing_app found in `code`, written to `out`."""
    sys.path.insert(0, str(code))
    import briefing_app
    from briefing_app.workflow.extract import extract_file

    if not Path(briefing_app.__file__).resolve().is_relative_to(code.resolve()):
        raise SystemExit(f"briefing_app was imported from {briefing_app.__file__}, not from {code}")
    with out.open("w", encoding="utf-8") as f:
        for p in paths:
            f.write(json.dumps(extract_file(p), ensure_ascii=False, sort_keys=True) + "\n")


def reference(revision: str, paths: list[Path], out: Path) -> None:
    """The snapshot of `revision`'s code, run in a child process from a temporary copy of it."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "briefing_app"],
                                 check=True, capture_output=True).stdout
        tar_path = Path(tmp) / "code.tar"
        tar_path.write_bytes(archive)
        with tarfile.open(tar_path) as tar:
            tar.extractall(tmp, filter="data")
        lst = Path(tmp) / "paths.txt"
        lst.write_text("\n".join(map(str, paths)), encoding="utf-8")
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        subprocess.run([sys.executable, __file__, "--code", tmp, "--paths", str(lst), "--write", str(out)],
                       check=True, env=env)


def differences(ours: Path, theirs: Path) -> list[str]:
    found = []
    with ours.open(encoding="utf-8") as a, theirs.open(encoding="utf-8") as b:
        for line_a, line_b in zip(a, b, strict=True):
            if line_a != line_b:
                obj_a, obj_b = json.loads(line_a), json.loads(line_b)
                field = next((k for k in obj_a if obj_a[k] != obj_b.get(k)), "?")
                found.append(f"{Path(obj_a['path']).name}: {field} differs")
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--against", default="main", help="git revision to compare with (default: main)")
    ap.add_argument("--write", type=Path, help="only write this checkout's snapshot to this file")
    ap.add_argument("--code", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--paths", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    paths = ([Path(p) for p in args.paths.read_text(encoding="utf-8").splitlines()] if args.paths
             else article_paths())
    if args.write:
        snapshot(args.code, paths, args.write)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "ours.jsonl", Path(tmp) / "theirs.jsonl"
        reference(args.against, paths, theirs)
        snapshot(ROOT, paths, ours)
        found = differences(ours, theirs)
    print(f"{len(paths)} articles, {len(found)} differ from {args.against}")
    for line in found[:20]:
        print("  " + line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
