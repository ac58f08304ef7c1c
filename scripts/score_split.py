"""Score quotes and speakers on a fixed part of the shared PolNeAR train split, so figures on
articles never looked at are reported apart from the ones rules were tuned on.

    .venv/bin/python scripts/score_split.py tuned|held [--show] [--limit N]

held = the articles whose file name hashes (CRC-32) to 0 mod 5 (about 20%); tuned = the rest.
Runs ../shared/tools/score-attributions unchanged, on a temporary copy of the corpus made of
links to that part. Never use --show on the held part.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score-attributions"
CORPUS = SHARED / "corpora" / "polnear-train"


def held(name: str) -> bool:
    return zlib.crc32(name.encode()) % 5 == 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("tuned", "held"):
        print(__doc__)
        return 2
    part, rest = sys.argv[1], sys.argv[2:]
    if part == "held" and "--show" in rest:
        print("the held-aside part is not to be looked at")
        return 2
    loader = importlib.machinery.SourceFileLoader("score_attributions", str(SCORER))
    spec = importlib.util.spec_from_loader("score_attributions", loader)
    assert spec is not None
    scorer = importlib.util.module_from_spec(spec)
    loader.exec_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "polnear-part"
        (base / "text").mkdir(parents=True)
        (base / "attributions").mkdir()
        n = 0
        for txt in sorted((CORPUS / "text").glob("*.txt")):
            if held(txt.stem) != (part == "held"):
                continue
            ann = CORPUS / "attributions" / (txt.stem + ".ann")
            (base / "text" / txt.name).symlink_to(txt)
            if ann.exists():
                (base / "attributions" / ann.name).symlink_to(ann)
            n += 1
        scorer.CORPUS = base
        print(f"part {part}: {n} articles")
        sys.argv = [str(SCORER), *rest]
        return int(scorer.main() or 0)


if __name__ == "__main__":
    sys.exit(main())
