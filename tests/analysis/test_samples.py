"""The two shared sample articles against their hand-made reference answers."""
import json
from pathlib import Path

import pytest

from briefing_app.analysis import analyse

SHARED = Path(__file__).parents[2].parent / "shared"
SAMPLES = SHARED / "samples"
NAMES = ["washington-times-russia-warns-seoul", "joongang-green-rubicon"]

pytestmark = pytest.mark.skipif(not (SAMPLES / "expected").is_dir(), reason="../shared/samples is absent")


def load(name):
    text = (SAMPLES / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((SAMPLES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected, analyse(text)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("kind", ["direct", "scare", "title", "indirect"])
def test_quotes_match_reference(name, kind):
    text, expected, result = load(name)
    got = {(q.start, q.end): q for q in result.quotes}
    for e in (e for e in expected["quotes"] if e["kind"] == kind):
        q = got.get((e["start"], e["end"]))
        assert q is not None, f"missing {kind} quote {e['text'][:60]!r}"
        assert text[q.start:q.end] == q.text == e["text"]
        assert q.kind == e["kind"]
        assert q.speaker == e["speaker"], e["text"][:60]
        assert (q.mention.text if q.mention else None) == e["speaker_mention"], e["text"][:60]
        if q.mention:
            assert text[q.mention.start:q.mention.end] == q.mention.text
        if kind == "direct":
            assert q.venue == e["venue"], e["text"][:60]


@pytest.mark.parametrize("name", NAMES)
def test_no_spurious_direct_quotes(name):
    _, expected, result = load(name)
    want = {(e["start"], e["end"]) for e in expected["quotes"] if e["kind"] in ("direct", "scare", "title")}
    got = {(q.start, q.end) for q in result.quotes if q.kind in ("direct", "scare", "title")}
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_boilerplate_lines(name):
    text, expected, result = load(name)
    hidden = [text[s.start:s.end] for s in result.boilerplate]
    for line in expected["boilerplate_lines"] + expected["caption_lines"]:
        assert line in hidden
    body = [line for line in hidden if line not in expected["boilerplate_lines"] + expected["caption_lines"]]
    assert all(len(line) <= 3 for line in body), body  # at most stray fragments like "s"


@pytest.mark.parametrize("name", NAMES)
def test_metadata(name):
    _, expected, result = load(name)
    for key, value in expected["metadata"].items():
        assert getattr(result.metadata, key) == value, key


def _actor_cases():
    if not (SAMPLES / "expected").is_dir():
        return []
    cases = []
    for name in NAMES:
        expected = json.loads((SAMPLES / "expected" / f"{name}.json").read_text(encoding="utf-8"))
        cases += [pytest.param(name, e, id=f"{name}:{e['name']}") for e in expected["actors"]]
    return cases


@pytest.mark.parametrize(("name", "e"), _actor_cases())
def test_actor_matches_reference(name, e):
    """Every reference actor (people, organisations, governments, countries) is found with its
    kind, title, affiliation and every alias."""
    _, _, result = load(name)
    actors = {a.name: a for a in result.actors}
    assert e["name"] in actors, e["name"]
    got = actors[e["name"]]
    assert got.kind == e["kind"]
    assert got.title == e.get("title"), e["name"]
    assert got.affiliation == e.get("affiliation"), e["name"]
    missing = [alias for alias in e["aliases"] if alias not in got.aliases]
    assert not missing, (e["name"], missing)
    text = SAMPLES.joinpath("articles", f"{name}.txt").read_text(encoding="utf-8")
    for m in got.mentions:
        assert text[m.start:m.end].strip(), (e["name"], m)


@pytest.mark.parametrize("name", NAMES)
def test_bylines_are_not_actors(name):
    text, expected, result = load(name)
    byline = result.metadata.author
    if byline and result.metadata.genre != "opinion":
        assert byline not in {a.name for a in result.actors}


def test_oped_options():
    text, expected, result = load("joongang-green-rubicon")
    stance_map = {"rejected": {"oppose"}, "kept, low expectations": {"support"}, "supported": {"support"},
                  "recommended": {"support"}, "recommended, risky": {"support", "conditional"}}
    for e in expected["options"]:
        ev = e["evidence"]
        hits = [o for o in result.options if o.start < ev["end"] and ev["start"] < o.end]
        assert hits, e["summary"]
        assert hits[0].stance in stance_map[e["stance"]], e["summary"]
    assert len(result.options) == len(expected["options"])


def test_news_story_has_no_options():
    _, _, result = load("washington-times-russia-warns-seoul")
    assert result.options == []
