"""The hand-checked actor set (tests/data/actors): answers agree with their texts, and the
analyser keeps at least the figures it reaches now on the tuned part (floors, rounded down;
the held-aside part is reported by score.py, not tested, so it stays unseen by tuning)."""
from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor, Analysis

ACTORS = Path(__file__).parents[1] / "data" / "actors"
# the s15 Russian batch: recall, precision, title, affiliation, alias (alias .88 -> .87 in the twentieth session: the
# region convention added "города" to ru152's Челябинск, an alias the analyser misses)
FIFTEENTH_FLOORS = (0.80, 0.83, 0.87, 0.90, 0.87)
FIFTEENTH_SENTENCE_FLOORS = (0.96, 0.97)  # its sentences: F1, source
# loaded under its own name: tests/data/eval has a score.py too
_spec = importlib.util.spec_from_file_location("actor_set_score", ACTORS / "score.py")
assert _spec is not None and _spec.loader is not None
score = importlib.util.module_from_spec(_spec)
sys.modules["actor_set_score"] = score
_spec.loader.exec_module(score)


def test_answers_agree_with_texts() -> None:
    docs = score.load()
    assert len(docs) >= 20
    assert {gold["language"] for _, _, gold in docs} == {"en", "ru", "ko"}
    assert len({gold["outlet"] for _, _, gold in docs}) >= 5
    for name, text, gold in docs:
        low = text.lower()
        for a in gold["actors"]:
            assert a["kind"] in ("person", "organization", "government", "country", "group"), name
            for alias in a["aliases"]:
                assert alias.lower() in low, (name, alias)
        for s in gold.get("sentences", []):
            assert s["sentence"] in text, (name, s["sentence"])
    held = [name for name, _, _ in docs if score.HELD.match(name)]
    assert len(held) == 17
    # the fifth session's held batch: measured by score.py --part held2, never tested for figures
    held2 = [gold["language"] for name, _, gold in docs if score.part_of(name) == "held2"]
    assert sorted(held2) == ["en"] * 6 + ["ko"] * 6 + ["ru"] * 6
    assert not set(held) & {name for name, _, _ in score.load("held2")}
    # the sixth session's held batch: measured by score.py --part held3 only, never tested for figures
    held3 = [gold["language"] for name, _, gold in docs if score.part_of(name) == "held3"]
    assert sorted(held3) == ["en"] * 6 + ["ko"] * 6 + ["ru"] * 6
    assert not {name for name, _, _ in score.load("held3")} & {name for name, _, _ in score.load("tuned")}
    # the seventh session's held batch: measured by score.py --part held4 only, never tested for figures
    held4 = [gold["language"] for name, _, gold in docs if score.part_of(name) == "held4"]
    assert sorted(held4) == ["en"] * 6 + ["ko"] * 6 + ["ru"] * 6
    assert not {name for name, _, _ in score.load("held4")} & {name for name, _, _ in score.load("tuned")}
    later = [name for name, _, _ in docs
             if score.part_of(name) in ("held5", "held6", "held7", "held8", "held9", "held10", "held11", "held12")]
    aside = [name for name, _, _ in docs if score.part_of(name) == "aside"]
    assert aside and all("-aside-" in name for name in aside)
    assert (len(score.load("tuned")) + len(score.load("held")) + len(held2) + len(held3) + len(held4) + len(later)
            + len(aside) == len(docs))


@pytest.mark.parametrize("part,languages", [(p, ["en"] * 6 + ["ko"] * 6 + ["ru"] * 6) for p in ("held5", "held6", "held7")]
                         + [("held8", ["en"] * 8), ("held9", ["ko"] * 6 + ["ru"] * 6), ("held10", ["en"] * 6),
                            ("held11", ["en"] * 6 + ["ko"] * 6 + ["ru"] * 6), ("held12", ["en"] * 12)])
def test_later_held_batches_are_measurement_only_parts(part: str, languages: list[str]) -> None:
    """The eighth to tenth sessions' held batches: each its own part for score.py --part held5 ... held12, in "all",
    in no other part, never tested for figures and never listed by --show (which lists tuned articles only)."""
    assert part in score.PARTS
    everything = score.load("all")
    batch = score.load(part)
    assert sorted(gold["language"] for _, _, gold in batch) == languages
    assert {name for name, _, _ in batch} == {name for name, _, _ in everything if f"-{part}-" in name}
    for other in score.PARTS:
        if other not in (part, "all"):
            assert not {name for name, _, _ in batch} & {name for name, _, _ in score.load(other)}
    assert all(score.part_of(name) == part != "tuned" for name, _, _ in batch)
    for _, _, gold in batch:
        assert gold["actors"] and all(a["kind"] in ("person", "organization", "government", "country") for a in gold["actors"])
        if gold["language"] in ("ru", "ko"):
            assert gold["sentences"]
    with pytest.raises(ValueError):
        score.load("held99")


@pytest.mark.parametrize("part,count,keys", [("held11", 18, {"en", "ru", "ko", "all"}), ("held12", 12, {"en", "all"})])
def test_tenth_session_held_parts_print_aggregate_figures_only(part: str, count: int, keys: set[str],
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The tenth session's held batches: `score.py --part held11 --show` (and held12) names no article and lists
    no miss, only the part's aggregate lines (its figures are not asserted: held aside)."""
    monkeypatch.setattr(sys, "argv", ["score.py", "--part", part, "--show"])
    assert score.main() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"part: {part} ({count} articles)"
    assert {line.split()[0] for line in lines[1:]} == keys
    assert all(" actors " in line or " sentences (" in line for line in lines[1:])
    assert not any(f"{part}-" in line for line in lines)


@pytest.fixture(scope="module")
def tuned() -> dict[str, dict[str, float]]:
    return score.scores("tuned")


def _english(pick: Callable[[str], bool], language: str = "en") -> dict[str, float]:
    """Figures in one language (English unless told) on the tuned articles whose names pick selects."""
    t: dict[str, int] = {}
    for name, text, gold in score.load("tuned"):
        if gold["language"] == language and pick(name):
            for k, v in score.score_doc(text, gold, analyse(text)).items():
                if isinstance(v, int):
                    t[k] = t.get(k, 0) + v
    return {"recall": t["matched"] / t["gold"], "precision": t["matched"] / t["pred"], "title": t["titles_ok"] / t["titles"],
            "affiliation": t["affs_ok"] / t["affs"], "alias": t["aliases_ok"] / t["aliases"]}


def test_english_actor_floors() -> None:
    en = _english(lambda name: name < "en40" and "-s9" not in name and "-s10" not in name
                  and "-s11" not in name and "-s12" not in name and "-s13" not in name
                  and "-s14" not in name and "-s15" not in name and "-s16" not in name
                  and "-s17" not in name and "-s18" not in name and "-s19" not in name)  # en40-en45, s6, s9-s19: below
    assert en["recall"] >= 0.97 and en["precision"] >= 0.97
    # the tuned part grew by 5 harder articles (en19-en23: officials of a country or city the text
    # does not name as an actor); on en01-en18 affiliation is 0.942
    assert en["title"] >= 0.96 and en["affiliation"] >= 0.85 and en["alias"] >= 0.91


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_russian_and_korean_actor_floors(language: str) -> None:
    # the sixth session's batch: below; ru18-ru22: Мосгордума's and Государственная дума's full names,
    # a Brazilian coach, «Известиями»
    later = ("-s6-", "-s7-", "-s8-", "-s9-", "-s10-", "-s11-", "-s12-", "-s13-", "-s14-", "-s15-", "-s16-", "-s16b-", "-s17-",
             "-s18-", "-s19-", "-s28-", "-s29-")
    f = _english(lambda name: not any(batch in name for batch in later), language)
    assert f["recall"] >= 0.96 and f["precision"] >= 0.97
    # ko19: players and coaches of national teams the text names only as "대표팀"
    assert f["title"] >= 0.99 and f["affiliation"] >= (0.94 if language == "ru" else 0.91) \
        and f["alias"] >= (0.99 if language == "ru" else 0.88)
    # ko17-ko18: a union branch named inside a title (현대차지부장) and "현대차 사측" are not found as aliases


def _sentences(pick: Callable[[str], bool], language: str) -> dict[str, float]:
    """Sentence-level quote figures in one language on the tuned articles whose names pick selects."""
    t = {"gold": 0, "pred": 0, "both": 0, "source_ok": 0}
    for name, text, gold in score.load("tuned"):
        if gold["language"] == language and pick(name):
            for k, v in score.score_sentences(text, gold, analyse(text)).items():
                t[k] += v
    r, p = t["both"] / t["gold"], t["both"] / t["pred"]
    return {"f1": 2 * r * p / (r + p), "source": t["source_ok"] / t["both"], "sentences": t["gold"]}


def _meets(figures: dict[str, float], floors: tuple[float, float, float, float, float]) -> None:
    """Each figure (recall, precision, title, affiliation, alias recall) at or above its floor, named when it is not."""
    names = ("recall", "precision", "title", "affiliation", "alias")
    assert {n: figures[n] for n, floor in zip(names, floors) if figures[n] < floor} == {}, floors


def test_russian_sentence_floors() -> None:
    ru = _sentences(lambda name: not any(b in name for b in ("-s7-", "-s8-", "-s9-", "-s10-", "-s11-", "-s12-", "-s13-", "-s14-",
                                                             "-s15-", "-s16-", "-s16b-", "-s17-", "-s18-", "-s19-", "-s28-",
                                                             "-s29-")),
                    "ru")  # later: below
    assert ru["f1"] >= 0.99 and ru["source"] >= 0.97


def test_korean_sentence_floors() -> None:
    ko = _sentences(lambda name: not any(b in name for b in ("-s8-", "-s9-", "-s10-", "-s11-", "-s12-", "-s13-", "-s14-", "-s16-",
                                                             "-s28-", "-s29-")),
                    "ko")  # the later batches: below
    assert ko["sentences"] >= 20 and ko["f1"] >= 0.99 and ko["source"] >= 0.99


def test_english_affiliation_batch_floors() -> None:
    # en40-en45, written in the fifth session with their answers before the analyser ran on them, for
    # affiliations the text gives away from the name: a state named once, "General Motors' chief
    # executive", "the department's spokesman", "Its president", US officials with another country near
    en = _english(lambda name: "en40" <= name < "en46")
    assert en["recall"] >= 0.94 and en["precision"] >= 0.87
    assert en["title"] >= 0.99 and en["affiliation"] >= 0.94 and en["alias"] >= 0.88


@pytest.mark.parametrize("language", ["en", "ru", "ko"])
def test_sixth_session_batch_floors(language: str) -> None:
    # the s6 batch (en46-en49, en60-en62, ru40-ru43, ru60-ru62, ko40-ko43, ko60-ko62), written in the sixth
    # session with answers before the analyser ran on them, then tuned on; floors a little under its figures
    f = _english(lambda name: "-s6-" in name, language)
    # (ru60's answers list «Известия», given an interview: an outlet that only receives words is no actor since held3/s9)
    assert f["recall"] >= 0.93 and f["precision"] >= 0.94 and f["title"] >= 0.96
    assert f["affiliation"] >= 0.88 and f["alias"] >= 0.78


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_seventh_session_batch_floors(language: str) -> None:
    # the s7 batch (ru44-ru49, ko44-ko49), written in the seventh session with answers before the analyser
    # ran on them (fresh, ru44-47/ko44-47: ru 0.727 / 0.828 / 0.933 / 0.750 / 0.588, ko 0.818 / 0.818 / 1.0 / 1.0 /
    # 0.818; ru48-49/ko48-49 after the first round: ru 0.812 / 0.765 / 1.0 / 0.778 / 0.833, ko 0.917 / 0.917 / 1.0 /
    # 0.889 / 0.600), then tuned on; floors a little under its figures
    f = _english(lambda name: "-s7-" in name, language)
    floors = {"ru": (0.87, 0.91, 0.99, 0.85, 0.89), "ko": (0.97, 0.95, 0.99, 0.99, 0.94)}[language]
    _meets(f, floors)


def test_seventh_session_russian_sentences() -> None:
    # an interview whose questions carry no dash, collective sources ("В Кремле считают"); fresh: F1 0.630, source 0.765
    # (ru48-ru49 after the first round: F1 0.818, source 0.667)
    ru = _sentences(lambda name: "-s7-" in name, "ru")
    assert ru["sentences"] >= 35 and ru["f1"] >= 0.99 and ru["source"] >= 0.99


def test_s7b_english_batch_floors() -> None:
    # the s7b batch (en90-en93), written in the seventh session with answers before the analyser ran on them
    # (fresh: recall 0.653, precision 0.780, title 0.750, affiliation 0.526, alias 0.737), then tuned on;
    # floors a little under its figures (0.837 / 0.932 / 0.857 / 0.667 / 0.810)
    f = _english(lambda name: "-s7b-" in name)
    assert f["recall"] >= 0.82 and f["precision"] >= 0.91 and f["title"] >= 0.84
    assert f["affiliation"] >= 0.65 and f["alias"] >= 0.79


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_eighth_session_batch_floors(language: str) -> None:
    # the s8 Russian/Korean batch (ru80-ru85, ko80-ko85), every sentence annotated, answers written before the
    # analyser ran on them; fresh (ru80-82 / ko80-82: ru 0.800 / 0.800 / 1.0 / 0.867 / 0.944, sentences F1 0.962
    # source 1.0; ko 0.889 / 0.960 / 1.0 / 0.857 / 0.571, F1 0.974 source 1.0; ru83-85 / ko83-85 after the first
    # round: ru 0.853 / 0.906 / 0.929 / 0.667 / 0.750, F1 0.902 source 0.826; ko 0.857 / 0.783 / 1.0 / 0.600 / 0.889,
    # F1 1.0 source 0.900; ru86-88 / ko86-88 after the second round: ru 0.889 / 0.960 / 0.750 / 0.765 / 0.625, F1 0.857
    # source 0.714; ko 0.875 / 0.824 / 1.0 / 0.889 / 0.833, F1 1.0 source 0.923; ru89-91 / ko89-91 after the third
    # round: ru 0.818 / 0.857 / 0.846 / 0.846 / 0.889, F1 0.889 source 0.950; ko 0.846 / 0.846 / 1.0 / 1.0 / 0.750, F1 1.0
    # source 0.933; ru92-94 / ko92-94, rich in bodies, after the fourth round: ru 0.677 / 0.808 / 0.909 / 0.538 / 0.714,
    # F1 0.929 source 1.0; ko 0.800 / 0.857 / 1.0 / 0.778 / 0.0, F1 1.0 source 1.0), then tuned on; floors a little
    # under its figures
    f = _english(lambda name: "-s8-" in name, language)
    floors = {"ru": (0.90, 0.94, 0.94, 0.81, 0.87), "ko": (0.97, 0.92, 0.99, 0.95, 0.95)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: "-s8-" in name, language)
    assert s["sentences"] >= 50 and s["f1"] >= 0.99 and s["source"] >= (0.95 if language == "ru" else 0.99)


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_ninth_session_batch_floors(language: str) -> None:
    # the s9 Russian/Korean batch (ru37-ru39, ko37-ko39, then ru76-ru78, ko76-ko78, then ru59, ru69, ru79, ko57-ko59),
    # every sentence annotated, answers written before the analyser ran on them; fresh (first part: ru 0.825 / 0.868 /
    # 0.882 / 0.708 / 0.773, sentences F1 0.947 source 0.815; ko 0.870 / 0.833 / 0.778 / 0.857 / 0.875, F1 0.923 source
    # 0.889; second part, after the first rounds: ru 0.875 / 0.933 / 1.0 / 0.700 / 0.800, F1 0.980 source 0.917; ko 0.889
    # / 0.889 / 0.833 / 1.0 / 1.0, F1 1.0 source 0.875; third part, after the second round: ru 0.727 / 0.800 / 0.667 /
    # 0.462 / 0.875, F1 0.955 source 0.571; ko 0.850 / 0.944 / 1.0 / 1.0 / 1.0, F1 0.966 source 0.857; fourth part
    # (ru100-ru102, ko69, ko79), after the third round: ru 0.926 / 0.893 / 1.0 / 0.625 / 0.714, F1 0.947 source 0.778; ko
    # 1.0 / 0.867 / 1.0 / 0.667 / 1.0, F1 0.900 source 1.0; fifth part (ru103-ru105, ko100, ko101), after the fourth round:
    # ru 0.833 / 0.833 / 0.769 / 0.538 / 1.0, F1 0.971 source 1.0; ko 1.0 / 0.933 / 1.0 / 1.0 / 1.0, F1 0.941 source 0.875;
    # sixth part (ru106-ru108, ko102, ko103), after the fifth round: ru 0.750 / 0.913 / 1.0 / 0.867 / 0.714, F1 0.914
    # source 0.875; ko 0.750 / 0.900 / 1.0 / 1.0 / 1.0, F1 1.0 source 0.778; seventh part (ru109, ru110, ko104, ko105),
    # after the sixth round: ru 0.714 / 0.938 / 0.778 / 0.800 / 0.875, F1 1.0 source 1.0; ko 0.929 / 1.0 / 1.0 / 0.800 /
    # 1.0, F1 1.0 source 1.0; eighth part (ru111, ru112, ko106, ko107), after the seventh round: ru 0.889 / 0.941 / 0.833 /
    # 0.900 / 0.857, F1 1.0 source 0.917; ko 0.900 / 0.818 / 1.0 / 0.833 / 0.667, F1 1.0 source 1.0), then tuned on;
    # floors a little under its figures
    f = _english(lambda name: name[:2] == language and "-s9-" in name, language)
    floors = {"ru": (0.90, 0.94, 0.92, 0.86, 0.86), "ko": (0.96, 0.94, 0.95, 0.92, 0.92)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: "-s9-" in name, language)
    assert s["sentences"] >= 35 and s["f1"] >= 0.96 and s["source"] >= (0.92 if language == "ru" else 0.98)


def test_tenth_session_english_batch_floors() -> None:
    # the s10 English batch (en114-en119, then s10b en120-en125 after the first rounds of rules), answers written and
    # committed before the analyser ran on them; fresh: s10 0.854 / 0.871 / 0.750 / 0.548 / 0.720, s10b 0.902 / 0.939 /
    # 0.896 / 0.734 / 0.864; then tuned on (both: 0.912 / 0.921 / 0.978 / 0.820 / 0.884); floors a little under
    f = _english(lambda name: "-s10-" in name or "-s10b-" in name)
    assert f["recall"] >= 0.89 and f["precision"] >= 0.90 and f["title"] >= 0.95
    assert f["affiliation"] >= 0.79 and f["alias"] >= 0.86


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_tenth_session_batch_floors(language: str) -> None:
    # the s10 Russian/Korean batch (ru113-ru124, ko108-ko119, in four parts of 3 + 3), every sentence annotated, answers
    # committed before the analyser ran on each part; fresh: first part ru 0.724 / 0.875 / 1.0 / 0.625 / 0.909, F1 0.947
    # source 0.944; ko 0.833 / 1.0 / 1.0 / 0.923 / 1.0, F1 1.0 source 1.0; second part ru 0.818 / 0.692 / 1.0 / 0.571 /
    # 0.647, F1 0.867 source 0.692; ko 0.941 / 0.889 / 1.0 / 0.800 / 0.625, F1 0.966 source 1.0; third part ru 0.875 / 1.0 /
    # 0.909 / 0.600 / 0.688, F1 0.938 source 0.867; ko 0.833 / 0.789 / 1.0 / 0.600 / 1.0, F1 1.0 source 0.933; fourth part
    # ru 0.842 / 0.842 / 1.0 / 0.615 / 0.733, F1 0.938 source 0.667; ko 0.923 / 1.0 / 1.0 / 0.875 / 0.833, F1 1.0 source
    # 0.917; then tuned on (ru 0.903 / 0.933 / 0.974 / 0.889 / 0.906, F1 0.964 source 0.924; ko 0.931 / 0.971 / 1.0 /
    # 0.977 / 0.967, F1 1.0 source 0.984); floors a little under those
    f = _english(lambda name: name[:2] == language and "-s10-" in name, language)
    floors = {"ru": (0.88, 0.91, 0.95, 0.86, 0.88), "ko": (0.91, 0.95, 0.98, 0.95, 0.94)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: "-s10-" in name, language)
    assert s["sentences"] >= 60 and s["f1"] >= (0.94 if language == "ru" else 0.98) and s["source"] >= (0.90 if language == "ru" else 0.96)


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_eleventh_session_batch_floors(language: str) -> None:
    # the s11 Russian/Korean batch (ru125-ru130, ko120-ko123), every sentence annotated, answers committed before the
    # analyser ran on them; fresh: ru 0.848 / 0.886 / 0.938 / 0.750 / 0.850, F1 0.949 source 0.730; ko 0.842 / 0.889 /
    # 0.800 / 1.0 / 1.0, F1 1.0 source 0.941 (five corrections from the set's conventions after that run, in their
    # commits); then tuned on (ru 0.867 / 0.951 / 0.938 / 0.833 / 0.905, F1 1.0 source 0.925; ko 0.944 / 0.895 / 1.0 /
    # 1.0 / 1.0, F1 1.0 source 0.941); floors a little under its figures. Its aside part (ru131, ru132, ko124) is not tested.
    f = _english(lambda name: name[:2] == language and "-s11-" in name, language)
    floors = {"ru": (0.85, 0.93, 0.92, 0.81, 0.88), "ko": (0.92, 0.87, 0.99, 0.99, 0.99)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: "-s11-" in name, language)
    assert s["sentences"] >= 17 and s["f1"] >= 0.98 and s["source"] >= (0.90 if language == "ru" else 0.92)


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_twelfth_session_batch_floors(language: str) -> None:
    # the s12 Russian/Korean batch (ru133-ru137, ko125-ko126), every sentence annotated, answers committed before the
    # analyser ran on them; fresh: ru 0.879 / 0.806 / 0.923 / 0.700 / 0.786, F1 0.955 source 0.833; ko 0.889 / 1.0 / 1.0 /
    # 0.750 / 1.0, F1 0.957 source 0.909; then tuned on (ru 0.970 / 0.914 / 1.0 / 0.909 / 0.786, F1 1.0 source 0.978; ko
    # all 1.0); floors a little under its figures. Its aside part (ru138, ko127) is not tested.
    f = _english(lambda name: name[:2] == language and "-s12-" in name, language)
    floors = {"ru": (0.94, 0.89, 0.97, 0.88, 0.75), "ko": (0.99, 0.99, 0.99, 0.99, 0.99)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: "-s12-" in name, language)
    assert s["sentences"] >= 12 and s["f1"] >= 0.98 and s["source"] >= (0.95 if language == "ru" else 0.99)


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_thirteenth_session_batch_floors(language: str) -> None:
    # the s13 Russian/Korean batch (ru139-ru143, ko128-ko129), every sentence annotated, answers committed before the
    # analyser ran on them; fresh: ru 0.800 / 0.848 / 1.0 / 0.722 / 0.500, F1 0.897 (recall 0.814) source 0.914; ko 0.875
    # / 0.778 / 1.0 / 0.600 / 1.0, F1 0.842 source 1.0; then tuned on (ru 0.800 / 0.903 / 1.0 / 0.722 / 0.500, F1 0.988
    # source 1.0; ko F1 1.0 source 1.0); floors a little under its figures. Its aside part (ru144, ko130) is not tested.
    f = _english(lambda name: name[:2] == language and "-s13-" in name and "-aside-" not in name, language)
    floors = {"ru": (0.79, 0.89, 0.99, 0.72, 0.50), "ko": (0.87, 0.77, 0.99, 0.60, 0.99)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: name[:2] == language and "-s13-" in name and "-aside-" not in name, language)
    assert s["sentences"] >= 11 and s["f1"] >= 0.98 and s["source"] >= 0.99


@pytest.mark.parametrize("language", ["ru", "ko"])
def test_fourteenth_session_batch_floors(language: str) -> None:
    # the s14 Russian/Korean batch (ru145-ru148, ko131), in held9's styles, every sentence annotated, answers committed
    # before the analyser ran on them; fresh: ru .758 / .893 / .889 / .733 / .812, sentences F1 .971 (recall .971)
    # source .824; ko .600 / 1.0 / 0 / 1.0 / 1.0, F1 .857 source .500; then tuned on (ru F1 .986 source .943; ko F1 1.0
    # source .857); floors a little under its figures. Its aside part (ru149, ko132) is not tested.
    f = _english(lambda name: name[:2] == language and "-s14-" in name and "-aside-" not in name, language)
    floors = {"ru": (0.78, 0.89, 0.88, 0.74, 0.88), "ko": (0.79, 0.99, 0.99, 0.49, 0.99)}[language]
    _meets(f, floors)
    s = _sentences(lambda name: name[:2] == language and "-s14-" in name and "-aside-" not in name, language)
    # session 24: its "broad" sentences are quote sentences now (actors score.py notes); two the rules do not find
    # ("Законопроект предусматривает", "Правительство дало ... отзыв") took ru F1 .986 -> .976, so its floor .98 -> .97;
    # session 25: a bill's provision is no quote sentence again (a thing as the subject; score.py notes): .976 -> .988, .98
    assert s["sentences"] >= 7 and s["f1"] >= (0.98 if language == "ru" else 0.99) \
        and s["source"] >= (0.94 if language == "ru" else 0.85)


def test_fifteenth_session_russian_batch_floors() -> None:
    # the s15 Russian batch (ru150-ru152; ru153 is kept aside), in held3's and held7's styles, every sentence annotated,
    # answers committed before the analyser ran on them; fresh .778 / .875 / .917 / .875 / .789, sentences F1 .921 (recall
    # .879) source .793; then tuned on; floors a little under its figures
    f = _english(lambda name: name.startswith("ru") and "-s15-" in name and "-aside-" not in name, "ru")
    _meets(f, FIFTEENTH_FLOORS)
    s = _sentences(lambda name: name.startswith("ru") and "-s15-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 52 and s["f1"] >= FIFTEENTH_SENTENCE_FLOORS[0] and s["source"] >= FIFTEENTH_SENTENCE_FLOORS[1]


def test_sixteenth_session_russian_batch_floors() -> None:
    # the s16 Russian batch (ru156-ru161; ru162-ru163 are kept aside), in held9's described styles, every sentence and the
    # headline annotated, answers committed before the analyser ran on them; fresh sentences F1 .935 (recall .878) source
    # .907; then tuned on ("мол", tags of how words are said, "считают в X", "По их словам"); floors a little under
    s = _sentences(lambda name: name.startswith("ru") and "-s16-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 46 and s["f1"] >= 0.97 and s["source"] >= 0.92
    # its second part (ru164-ru167), written after the first round: fresh F1 .926 (recall .893) source .920
    s = _sentences(lambda name: name.startswith("ru") and "-s16b-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 28 and s["f1"] >= 0.97 and s["source"] >= 0.95
    # its Korean articles (ko133-ko134), written late: fresh F1 1.0, source .800 (a city's short name read as a person's)
    k = _sentences(lambda name: name.startswith("ko") and "-s16-" in name and "-aside-" not in name, "ko")
    # session 24: ko134's two "broad" sentences (an analysis reported, an industry's verdict) are quote sentences now
    # (actors score.py notes) and the rules find neither: F1 1.0 -> .909, its floor .95 -> .90
    assert k["sentences"] >= 10 and k["f1"] >= 0.90 and k["source"] >= 0.85


def test_seventeenth_session_russian_batch_floors() -> None:
    # the s17 Russian batch (ru169-ru172; ru173-ru174 are kept aside), every sentence and the headline annotated, answers
    # committed before the analyser ran on them; fresh .895 / .971 / .938 / .600 / .882, sentences F1 .982 source .929;
    # then tuned on (bodies of a place, other countries' governments, kind words, legislators): floors a little under
    f = _english(lambda name: name.startswith("ru") and "-s17-" in name and "-aside-" not in name, "ru")
    _meets(f, (0.90, 0.95, 0.99, 0.75, 0.92))
    s = _sentences(lambda name: name.startswith("ru") and "-s17-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 29 and s["f1"] >= 0.97 and s["source"] >= 0.90


def test_eighteenth_session_russian_batch_floors() -> None:
    # the s18 Russian batch (ru175-ru178; ru179-ru180 are kept aside), every sentence and the headline annotated, answers
    # committed before the analyser ran on them; fresh .833 / .893 / 1.0 / .778 / .900, sentences F1 1.0 source .966;
    # then tuned on (a region's bodies named in full, heads of departments named with their place): floors a little under
    f = _english(lambda name: name.startswith("ru") and "-s18-" in name and "-aside-" not in name, "ru")
    _meets(f, (0.90, 0.93, 0.99, 0.85, 0.80))
    s = _sentences(lambda name: name.startswith("ru") and "-s18-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 29 and s["f1"] >= 0.97 and s["source"] >= 0.93


def test_nineteenth_session_russian_batch_floors() -> None:
    # the s19 Russian batch (ru181-ru183; ru184 is kept aside), every sentence and the headline annotated, answers committed
    # before the analyser ran on them; fresh .762 / .941 / 1.0 / 1.0 / .667, sentences F1 .897 source .923 (two "поручил"
    # sentences then relabelled to the tuned convention); then tuned on (a district's prosecutor's office): floors a little
    # under
    f = _english(lambda name: name.startswith("ru") and "-s19-" in name and "-aside-" not in name, "ru")
    _meets(f, (0.80, 0.95, 0.99, 0.99, 0.65))
    s = _sentences(lambda name: name.startswith("ru") and "-s19-" in name and "-aside-" not in name, "ru")
    assert s["sentences"] >= 16 and s["f1"] >= 0.95 and s["source"] >= 0.90


def test_eleventh_session_english_batch_floors() -> None:
    # the s11 English batch (en126-en131; en132-en133 are kept aside), answers written and committed before the analyser
    # ran on them; fresh 0.892 / 0.790 / 0.878 / 0.661 / 0.719, then tuned on; floors a little under what it reaches
    f = _english(lambda name: name.startswith("en") and "-s11-" in name)
    assert f["recall"] >= 0.91 and f["precision"] >= 0.78 and f["title"] >= 0.92
    assert f["affiliation"] >= 0.84 and f["alias"] >= 0.71


def test_twelfth_session_english_batch_floors() -> None:
    # the s12 English batch (en134-en139; en140-en141 are kept aside), answers written and committed before the analyser
    # ran on them; fresh 0.875 / 0.921 / 0.923 / 0.689 / 0.939, then tuned on (0.938 / 0.974 / 0.949 / 0.917 / 0.919);
    # floors a little under what it reaches
    f = _english(lambda name: name.startswith("en") and "-s12-" in name)
    _meets(f, (0.93, 0.96, 0.94, 0.91, 0.91))


def test_thirteenth_session_english_batch_floors() -> None:
    # the s13 English batch (en142-en147; en148-en149 are kept aside), answers written and committed before the analyser
    # ran on them; fresh 0.908 / 0.896 / 0.821 / 0.511 / 1.000, then tuned on (0.974 / 0.914 / 0.897 / 0.896 / 0.952);
    # floors a little under what it reaches (alias .94 -> .90 in the nineteenth session: en145's "Ministry of Housing,
    # Communities and Local Government", found whole since, brings an alias it misses, "the department")
    f = _english(lambda name: name.startswith("en") and "-s13-" in name)
    _meets(f, (0.96, 0.90, 0.88, 0.88, 0.90))


def test_fourteenth_session_english_batch_floors() -> None:
    # the s14 English batch (en150-en153; en154-en155 are kept aside), answers written and committed before the analyser
    # ran on them; fresh 0.942 / 0.915 / 0.923 / 0.706 / 0.885, then tuned on (0.971 / 0.971 / 0.975 / 0.981 / 0.857);
    # floors a little under what it reaches
    f = _english(lambda name: name.startswith("en") and "-s14-" in name and "-aside-" not in name)
    _meets(f, (0.95, 0.95, 0.95, 0.95, 0.84))


def _gold(name: str, *aliases: str, kind: str = "organization") -> dict[str, object]:
    return {"name": name, "kind": kind, "title": None, "affiliation": None, "aliases": list(aliases)}


def test_eighteenth_session_english_batch_floors() -> None:
    # the s18 English batch (en174-en177; en178-en179 are kept aside), answers written and committed before the analyser
    # ran on them; fresh 0.864 / 0.864 / 0.923 / 0.676 / 0.741 (the scorer before generic descriptions stopped pairing),
    # then tuned on (0.847 / 0.909 / 0.923 / 0.848 / 0.731 by today's scorer); floors a little under what it reaches
    f = _english(lambda name: name.startswith("en") and "-s18-" in name and "-aside-" not in name)
    _meets(f, (0.83, 0.89, 0.90, 0.83, 0.71))


def test_nineteenth_session_english_batch_floors() -> None:
    # the s19 English batch (en180-en182; en183-en184 are kept aside), answers written and committed before the analyser
    # ran on them; fresh .769 / .870 / .857 / .615 / .846, then tuned on (.863 / .936 / .909 / .778 / .882); floors a
    # little under what it reaches
    f = _english(lambda name: name.startswith("en") and "-s19-" in name and "-aside-" not in name)
    _meets(f, (0.84, 0.91, 0.88, 0.75, 0.85))


def test_an_affiliation_naming_the_gold_actor_in_another_form_is_right() -> None:
    """The scorer (sixteenth session, the coordinator's decision): a predicted affiliation that names the gold
    affiliation's actor in another of that actor's forms is right, read off the article's own actor tables (the
    gold one and the predicted one's aliases), never off a list of the world's names."""
    fbi = Actor("Federal Bureau of Investigation", kind="organization", aliases=["FBI", "the bureau"])
    golds = [_gold("FBI", "the bureau")]
    assert score._aff_right("FBI", "Federal Bureau of Investigation", golds, [fbi])  # the predicted alias gives it
    assert score._aff_right("FBI", "the FBI's", golds, [fbi])  # equal after normalising, as before
    # the gold table alone: the gold actor's alias is the predicted string
    assert score._aff_right("Государственный департамент США", "Госдепартамент",
                            [_gold("Государственный департамент США", "Госдепартамент")], [])
    # the predicted actor shares a key with the gold actor though neither string is the other's alias
    state = Actor("State Department", kind="organization", aliases=["the department", "DOS"])
    assert score._aff_right("Department of State", "State Department",
                            [_gold("Department of State", "the department", "DOS")], [state])
    # a generic description shared is no key (eighteenth session): "the department" alone ties nothing
    state = Actor("State Department", kind="organization", aliases=["the department"])
    assert not score._aff_right("Department of State", "State Department",
                                [_gold("Department of State", "the department")], [state])
    # nothing ties them: no world knowledge
    assert not score._aff_right("FBI", "Federal Bureau of Investigation", golds, [])
    assert not score._aff_right("FBI", None, golds, [fbi])


def test_a_different_actor_or_a_parent_body_stays_a_wrong_affiliation() -> None:
    fbi = Actor("Federal Bureau of Investigation", kind="organization", aliases=["FBI"])
    doj = Actor("Justice Department", kind="organization", aliases=["the department"])
    office = Actor("FBI's Houston field office", kind="organization")
    golds = [_gold("FBI", "the bureau"), _gold("Justice Department", "the department"),
             _gold("Houston field office", kind="organization")]
    assert not score._aff_right("FBI", "Justice Department", golds, [fbi, doj, office])  # another actor
    assert not score._aff_right("Houston field office", "Federal Bureau of Investigation", golds, [fbi, doj, office])  # the parent
    assert not score._aff_right("FBI", "FBI's Houston field office", golds, [fbi, doj, office])  # the child
    assert not score._aff_right("United States", "Federal Bureau of Investigation", golds + [_gold("United States", kind="country")],
                                [fbi])


def test_a_generic_description_pairs_no_actors() -> None:
    """The scorer (eighteenth session, the coordinator's decision): a generic description ("the company", "the
    agency", "the minister", "the Swiss company") is no key that pairs a predicted actor with a gold one; names,
    aliases that are names, acronyms, demonyms and capitals are."""
    for generic in ("the company", "The agency", "the minister", "parliament", "the Swiss company",
                    "the Florida carrier", "the U.N. nuclear watchdog", "the country's largest steelmaker"):
        assert not score.is_key(generic), generic
    for name in ("Harlow", "the Fed", "the Kremlin", "FDA", "Swiss", "Beijing", "the White House", "Turkey's defence ministry",
                 "U.S.", "ведомство", "회사 측"):
        assert score.is_key(name), name
    gold = _gold("Greenfield Foods Inc.", "Greenfield", "the company")
    assert not score._matches(gold, Actor("Harvest Table", kind="organization", aliases=["the company"]), loose=False)
    assert score._matches(gold, Actor("Greenfield", kind="organization", aliases=["the company"]), loose=False)
    assert score._matches(gold, Actor("Greenfield Foods", kind="organization", aliases=["Greenfield"]), loose=False)
    # an actor's own name pairs also when the text gives it in lower case
    assert score._matches(_gold("public safety committee", "the committee"),
                          Actor("public safety committee", kind="organization"), loose=False)
    assert not score._matches(_gold("public safety committee", "the committee"),
                              Actor("finance committee", kind="organization", aliases=["the committee"]), loose=False)
    # in scoring, the generic alias no longer takes the predicted actor the name would have paired later
    text = "Greenfield Foods Inc. said the company would recall its products."
    result = Analysis(actors=[Actor("Harvest Table", kind="organization", aliases=["the company"]),
                              Actor("Greenfield Foods Inc.", kind="organization")])
    c = score.score_doc(text, {"language": "en", "actors": [gold]}, result)
    assert c["matched"] == 1 and c["spurious"] == ["Harvest Table"]


def test_without_places_leaves_place_rows_out_on_both_sides() -> None:
    """--without-places (twenty-sixth session): countries and governments named as places go from gold and prediction
    alike; bodies stay."""
    for kind, name in (("country", "Norway"), ("government", "Harwick County"), ("government", "Eastport"),
                       ("government", "Пермь"), ("government", "Калужская область"), ("government", "수원시")):
        assert score.is_place(kind, name), name
    for kind, name in (("government", "Trump administration"), ("government", "правительство Узбекистана"),
                       ("organization", "Norway Post"), ("person", "Jordan Hale"), ("government", "Eastport City Council")):
        assert not score.is_place(kind, name), name
    text = "Norway said on Monday that Ann Berg of the Eastport City Council would lead the talks in Oslo."
    gold = {"language": "en", "actors": [
        {"name": "Norway", "kind": "country", "title": None, "affiliation": None, "aliases": []},
        {"name": "Ann Berg", "kind": "person", "title": None, "affiliation": "Eastport City Council", "aliases": []}]}
    result = Analysis(actors=[Actor("Ann Berg", kind="person", affiliation="Eastport City Council"),
                              Actor("Eastport", kind="government")])
    full = score.score_doc(text, gold, result)
    assert (full["gold"], full["pred"], full["matched"]) == (2, 2, 1)
    bare = score.score_doc(text, gold, result, without_places=True)
    assert (bare["gold"], bare["pred"], bare["matched"], bare["affs_ok"]) == (1, 1, 1, 1)
