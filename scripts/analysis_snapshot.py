"""Check that a change leaves the analysis output byte-identical: `briefing extract` JSON of
the 840 PolNeAR train articles and the options, actors (English, Russian, Korean) and genre
(Russian, Korean) test sets, from this checkout's code against another git revision's (built in
a temporary copy of that revision).

    .venv/bin/python scripts/analysis_snapshot.py                 # this checkout vs main
    .venv/bin/python scripts/analysis_snapshot.py --against HEAD~1
    .venv/bin/python scripts/analysis_snapshot.py --write out.jsonl   # this checkout only

Prints the number of articles compared and the first differing articles of the tuned parts (with
the first differing field). Articles a set holds aside (its own scorer's rule: PolNeAR's held fifth and
the options news batches' aside reports, the actor, options and genre sets' held batches) are only counted, never named, so the script does
not tell a tuning helper which held article a change touched. Exit code 0 when every article's
output is identical, 1 otherwise.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = (ROOT.parent / "shared" / "corpora" / "polnear-train" / "text",
           ROOT / "tests" / "data" / "options" / "articles",
           ROOT / "tests" / "data" / "actors" / "articles",
           ROOT / "tests" / "data" / "genre" / "articles")


SCORERS = {"polnear-train": ROOT / "scripts" / "score_split.py",
           "actors": ROOT / "tests" / "data" / "actors" / "score.py",
           "options": ROOT / "tests" / "data" / "options" / "score.py",
           "genre": ROOT / "tests" / "data" / "genre" / "score.py"}


def _scorer(name: str) -> Any:
    """The scorer module of one article set, loaded by path under a name of its own."""
    spec = importlib.util.spec_from_file_location(f"snapshot_scorer_{name}", SCORERS[name])
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def held_aside() -> Callable[[Path], bool]:
    """Whether an article is in a held-aside part, by the rule of its set's own scorer. An article the
    rules do not place (say, a new options piece not yet in gold.json) counts as held."""
    polnear, actors, options, genre = (_scorer(n) for n in ("polnear-train", "actors", "options", "genre"))
    dev = {name for name, entry in options.load().items() if entry["split"] == "dev"}
    # the options news batches' aside reports are tuned PolNeAR pieces kept out of every listing
    news_aside = {name for split in options.NEWS if split.endswith("-aside") for name in options.load(split)}

    def held(path: Path) -> bool:
        if path.parent.parent.name == "polnear-train":
            return bool(polnear.held(path.stem)) or path.stem in news_aside
        set_name = path.parent.parent.name
        if set_name == "actors":
            return bool(actors.part_of(path.stem) != "tuned")
        if set_name == "genre":
            return bool(genre.held(path.stem))
        return path.stem not in dev

    return held


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


def differences(ours: Path, theirs: Path, held: Callable[[Path], bool]) -> tuple[list[str], int]:
    """The tuned articles that differ (file name and first differing field) and how many held-aside
    articles differ (a count only)."""
    found, held_count = [], 0
    with ours.open(encoding="utf-8") as a, theirs.open(encoding="utf-8") as b:
        for line_a, line_b in zip(a, b, strict=True):
            if line_a != line_b:
                obj_a, obj_b = json.loads(line_a), json.loads(line_b)
                path = Path(obj_a["path"])
                if held(path):
                    held_count += 1
                    continue
                field = next((k for k in obj_a if obj_a[k] != obj_b.get(k)), "?")
                found.append(f"{path.name}: {field} differs")
    return found, held_count


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
        found, held_count = differences(ours, theirs, held_aside())
    print(f"{len(paths)} articles, {len(found) + held_count} differ from {args.against}: "
          f"{len(found)} tuned, {held_count} held aside (held articles are counted, never named)")
    for line in found[:20]:
        print("  " + line)
    return 1 if found or held_count else 0


if __name__ == "__main__":
    sys.exit(main())
