"""tests/data/options/gold-v2.json (convention v2, README.md): well-formed on its dev pieces.

Held pieces of gold-v2.json are kept out of every test (as in gold.json); only their dev entries are read here."""
import json
from pathlib import Path

DIR = Path(__file__).parents[1] / "data" / "options"
STANCES = {"support", "oppose", "neutral", "conditional"}


def test_gold_v2_dev_entries_are_well_formed():
    v2 = json.loads((DIR / "gold-v2.json").read_text(encoding="utf-8"))["articles"]
    v1 = json.loads((DIR / "gold.json").read_text(encoding="utf-8"))["articles"]
    dev = {n: e for n, e in v2.items() if e["split"] == "dev"}
    assert len(dev) >= 28
    for name, entry in dev.items():
        assert entry["split"] == v1[name]["split"] and entry.get("batch") == v1[name].get("batch"), name
        text = (DIR / "articles" / f"{name}.txt").read_text(encoding="utf-8")
        for option in entry["options"]:
            for span in [option["evidence"], *option.get("also_evidence", [])]:
                assert text.count(span) == 1, (name, span)  # exact and unique, so any span can be matched
            assert option["summary"].strip()
            assert option["stance"] is None or option["stance"] in STANCES
            assert all(p["actor"].strip() and p["stance"] in STANCES for p in option["positions"])
