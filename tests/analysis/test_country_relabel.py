"""The mechanical relabelling of Russian and Korean answers by the one country rule (tests/data/actors/country_relabel.py):
a country entry is dropped when every place the text names it lies inside another answer actor's name or title."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

ACTORS = Path(__file__).parents[1] / "data" / "actors"
_spec = importlib.util.spec_from_file_location("country_relabel", ACTORS / "country_relabel.py")
assert _spec is not None and _spec.loader is not None
relabel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(relabel)


def _actor(name: str, kind: str, title: str | None = None, aliases: tuple[str, ...] = ()) -> dict[str, Any]:
    return {"name": name, "kind": kind, "title": title, "affiliation": None, "aliases": list(aliases)}


def _dropped(text: str, language: str, actors: list[dict[str, Any]],
             sentences: tuple[dict[str, Any], ...] = ()) -> list[str]:
    gold = {"language": language, "actors": actors, "sentences": list(sentences)}
    return [a["name"] for a, _ in relabel.dropped(text, gold)]


RUSSIA = _actor("Россия", "country", aliases=("Москва",))
USA = _actor("США", "country")


@pytest.mark.parametrize("text, others", [
    ("Глава МИД России Сергей Лавров провёл переговоры.",
     [_actor("Сергей Лавров", "person", "глава МИД России"), _actor("МИД", "organization")]),
    ("В МИД России пообещали дать ответ.", [_actor("МИД", "organization")]),
    ("Министерство финансов России предложило сократить расходы.",
     [_actor("Министерство финансов России", "government")]),
    ("Президент России Владимир Путин поручил правительству проверить данные.",
     [_actor("Владимир Путин", "person", "президент")]),
    ("Встреча прошла с президентом России Владимиром Путиным.",
     [_actor("Владимир Путин", "person", "президент", ("Владимиром Путиным",))]),
    ("Постоянный представитель России при ООН Василий Небензя выступил в Совбезе.",
     [_actor("Василий Небензя", "person", "постоянный представитель")]),
])
def test_a_russian_country_named_only_inside_a_name_or_a_title_is_dropped(text: str, others: list[dict[str, Any]]) -> None:
    assert _dropped(text, "ru", [RUSSIA, *others]) == ["Россия"]


def test_a_title_in_an_oblique_case_before_a_person_drops_the_country() -> None:
    text = "Лавров провёл телефонный разговор с госсекретарём США Марко Рубио."
    assert _dropped(text, "ru", [USA, _actor("Марко Рубио", "person", "госсекретарь")]) == ["США"]


@pytest.mark.parametrize("text", [
    "Глава МИД России Сергей Лавров заявил, что санкции против России не сработают.",  # an object
    "Глава МИД России Сергей Лавров провёл переговоры. Москва не намерена уступать.",  # a capital as metonym
    "Глава МИД России Сергей Лавров заявил, что в России Иван Петров известен всем.",  # a place before a name
    "Глава МИД России Сергей Лавров напомнил, что Россия не будет участвовать.",  # the subject
])
def test_a_russian_country_also_named_in_its_own_right_stays(text: str) -> None:
    actors = [RUSSIA, _actor("Сергей Лавров", "person", "глава МИД России"), _actor("МИД", "organization"),
              _actor("Иван Петров", "person")]
    assert _dropped(text, "ru", actors) == []


def test_a_country_that_is_the_source_of_a_quote_stays() -> None:
    text = "Глава МИД России Сергей Лавров провёл переговоры."
    actors = [RUSSIA, _actor("Сергей Лавров", "person", "глава МИД России")]
    assert _dropped(text, "ru", actors) == ["Россия"]
    assert _dropped(text, "ru", actors, ({"sentence": text, "quote": True, "source": "Россия"},)) == []


def test_a_country_the_text_never_names_is_kept() -> None:
    assert _dropped("Сергей Лавров провёл переговоры.", "ru", [RUSSIA, _actor("Сергей Лавров", "person")]) == []


@pytest.mark.parametrize("text, others, gone", [
    ("조태열 외교부 장관은 토니 블링컨 미국 국무장관과 통화했다.", [_actor("토니 블링컨", "person", "국무장관")], ["미국"]),
    ("한편 미국 국무부는 회담에 대해 논평했다.", [_actor("국무부", "organization")], ["미국"]),
    ("시장에서는 미국 연방준비제도(연준)의 결정이 변수다.", [_actor("미국 연방준비제도", "organization", aliases=("연준",))],
     ["미국"]),
    ("세르게이 라브로프 러시아 외무장관은 기자들과 만났다.", [_actor("세르게이 라브로프", "person", "외무장관")], ["러시아"]),
    ("현대차는 미국 조지아주 전기차 공장을 늘린다.", [_actor("현대차", "organization")], ["미국"]),  # a modifier (s19)
    ("대변인은 러시아 언론의 질의에 답했다.", [_actor("대변인", "person")], ["러시아"]),
])
def test_a_korean_country_before_a_title_or_a_body_is_dropped(text: str, others: list[dict[str, Any]],
                                                               gone: list[str]) -> None:
    countries = [_actor(name, "country") for name in ("미국", "러시아") if name in text]
    assert _dropped(text, "ko", [*countries, *others]) == gone


def test_a_korean_list_of_countries_before_one_title_is_dropped_whole() -> None:
    text = "한국과 중국, 일본 외교장관이 7일 도쿄에서 만났다."
    countries = [_actor(name, "country") for name in ("한국", "중국", "일본")]
    assert _dropped(text, "ko", countries) == ["한국", "중국", "일본"]


@pytest.mark.parametrize("text", [
    "미국의 관세 조치에 대해 토니 블링컨 미국 국무장관은 말을 아꼈다.",  # a particle: the country itself
    "토니 블링컨 미국 국무장관은 미국은 동맹을 지킨다고 말했다.",
    "미국 내 판매가 늘었다. 토니 블링컨 미국 국무장관이 방한했다.",  # a place
    "한편 미국 측은 논평하지 않았다. 토니 블링컨 미국 국무장관이 방한했다.",  # its side
])
def test_a_korean_country_also_named_in_its_own_right_stays(text: str) -> None:
    assert _dropped(text, "ko", [_actor("미국", "country"), _actor("토니 블링컨", "person", "국무장관")]) == []


def test_the_tuned_answers_follow_the_rule_but_one_judged_by_hand() -> None:
    """The eighteenth session relabelled the tuned answers by hand (b40b7317); the tool reproduces all 21 relabels and
    differs on one: ru114 keeps Serbia, named in its own right by "во внутренние дела республики", a description its
    answer does not list (the hand judgement stands). The nineteenth session's Korean modifiers were relabelled by the
    tool (ko22, ko100, ko122)."""
    drops = []
    for path, gold in relabel._answers(None):
        if gold["language"] in ("ru", "ko") and relabel.part_of(path.stem) == "tuned":
            text = (ACTORS / "articles" / gold["article"]).read_text(encoding="utf-8")
            drops += [(path.stem, a["name"]) for a, _ in relabel.dropped(text, gold)]
    assert drops == [("ru114-s10-wire-serbia", "Сербия")]
