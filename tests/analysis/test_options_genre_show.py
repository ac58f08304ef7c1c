"""measure_genre.py --show names only pieces the options set tunes on: the genre tuned part also holds the options
held editorials and PolNeAR pieces that options batches keep aside or for validation (session 24 printed one)."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "options"
sys.path.insert(0, str(DATA))

import measure_genre  # noqa: E402
import score  # noqa: E402
from measure_genre import held, listable  # noqa: E402

# other test modules import a score.py of their own data under the same name (test_eval_set): the options one is
# put back only while this module's tests run (measure_genre imports it when called)
sys.modules.pop("score", None)
sys.path.remove(str(DATA))


@pytest.fixture(autouse=True)
def _options_score(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(DATA))
    monkeypatch.setitem(sys.modules, "score", score)


def _unheld(stem: str) -> str:
    """`stem` with a digit appended until the genre split keeps it in the tuned part."""
    n = 0
    while held(f"{stem}{n}"):
        n += 1
    return f"{stem}{n}"


def test_listable_needs_an_options_dev_editorial() -> None:
    stem = _unheld("001-invented-editorial")
    path = Path("editorials") / "guardian" / f"{stem}.json"
    assert listable(path, frozenset({f"guardian/{stem}"}), frozenset())
    assert not listable(path, frozenset(), frozenset())
    assert not listable(path, frozenset({f"foxnews/{stem}"}), frozenset())


def test_listable_leaves_out_kept_aside_news_and_the_held_part() -> None:
    stem = _unheld("paper_2016-01-01_invented-report")
    path = Path("text") / f"{stem}.txt"
    assert listable(path, frozenset(), frozenset())
    assert not listable(path, frozenset(), frozenset({stem}))
    held_stem = next(f"paper_2016-01-01_held-{n}" for n in range(100) if held(f"paper_2016-01-01_held-{n}"))
    assert not listable(Path("text") / f"{held_stem}.txt", frozenset(), frozenset())


def test_the_sets_follow_the_options_splits() -> None:
    gold = json.loads((DATA / "gold-v2.json").read_text(encoding="utf-8"))["articles"]
    dev = measure_genre.options_dev_editorials()
    assert dev and sum(entry["split"] != "dev" and name.replace("-", "/", 1) in dev for name, entry in gold.items()) == 0
    kept_out = measure_genre.options_kept_out_news()
    for split in ("news-s15e", "news-s18b", "ed-s17b", "ed-s17c", "news-s13-aside", "ed-s17-aside"):
        assert set(score.load(split)) <= kept_out, split
    for split in ("news-s13", "news-s18", "ed-s17"):
        assert not set(score.load(split)) & kept_out, split


def test_show_lists_only_tuned_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    gold = json.loads((DATA / "gold-v2.json").read_text(encoding="utf-8"))["articles"]
    dev_name = next(n for n, e in sorted(gold.items()) if e["split"] == "dev" and not held(n.split("-", 1)[1])
                    and n.split("-")[0] in ("aljazeera", "foxnews", "guardian"))
    other = next(n for n, e in sorted(gold.items()) if e["split"] != "dev" and not held(n.split("-", 1)[1]))
    aside = next(n for n in sorted(score.load("news-s15e")) if not held(n))
    tuned_news = _unheld("paper_2016-01-01_invented-report")
    corpora = tmp_path / "corpora"
    for name in (dev_name, other):
        outlet, stem = name.split("-", 1)
        (corpora / "editorials" / outlet).mkdir(parents=True, exist_ok=True)
        (corpora / "editorials" / outlet / f"{stem}.json").write_text(
            json.dumps({"paragraphs": [[{"text": "EDITORIAL"}]]}), encoding="utf-8")
    (corpora / "polnear-train" / "text").mkdir(parents=True)
    for stem in (aside, tuned_news):
        (corpora / "polnear-train" / "text" / f"{stem}.txt").write_text("NEWS", encoding="utf-8")

    def fake(text: str) -> SimpleNamespace:  # every piece a miss: editorials news, reports opinion
        return SimpleNamespace(metadata=SimpleNamespace(genre="news" if "EDITORIAL" in text else "opinion"))

    monkeypatch.setattr(measure_genre, "analyse", fake)
    monkeypatch.setattr(sys, "argv", ["measure_genre.py", "--shared", str(tmp_path), "--show"])
    measure_genre.main()
    out = capsys.readouterr().out
    shown = {line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("  ")}
    assert dev_name.replace("-", "/", 1) in shown and tuned_news in shown
    leaked = len(shown) - 2
    assert leaked == 0, "--show named a piece the options set keeps held, aside or for validation"
