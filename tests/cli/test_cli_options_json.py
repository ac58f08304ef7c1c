"""`briefing extract`: the options contract (additive): summary, stance (the author's, null when
the author takes none), start, end, and positions [{actor, stance, start, end}]."""
import json
from pathlib import Path

from briefing_app.cli.main import main
from briefing_app.core.model import STANCES

OPEDS = Path(__file__).parents[1] / "data" / "options" / "articles"


def test_options_entries_keep_their_fields_and_gain_positions(capsys, sample_paths):
    paths = [*sample_paths, OPEDS / "own-brazil-amazon.txt", OPEDS / "own-kenya-debt.txt"]
    assert main(["extract", *map(str, paths)]) == 0
    objs = json.loads(capsys.readouterr().out)
    options = [(obj["text"], o) for obj in objs for o in obj["options"]]
    assert len(options) > 10
    for text, o in options:
        assert set(o) == {"summary", "stance", "start", "end", "positions"}
        assert o["summary"] and (o["stance"] is None or o["stance"] in STANCES)
        assert 0 <= o["start"] < o["end"] <= len(text)
        for p in o["positions"]:
            assert set(p) == {"actor", "stance", "start", "end"} and p["stance"] in STANCES
            assert 0 <= p["start"] < p["end"] <= len(text)
    reported = [(text, o) for text, o in options if o["positions"]]
    assert any(o["stance"] is None for _, o in reported), "a position the author takes no side on"
    text, imf = next((t, o) for t, o in reported if "Monetary Fund" in o["positions"][0]["actor"])
    assert "suggested that Kenya seek relief" in text[imf["positions"][0]["start"]:imf["positions"][0]["end"]]
    green = next(obj for obj in objs if "joongang" in obj["path"])
    assert [o["stance"] for o in green["options"]] == ["oppose", "support", "support", "support", "conditional"]
