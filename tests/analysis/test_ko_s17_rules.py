"""Korean actors of the seventeenth session (several phrasings, none taken from the actor set, with near misses): a body
between a Korean name and an institution's title ("이만기 유웨이 소장", "임성호 종로학원 대표") is the person's affiliation
and an actor of its own, though the body's name could be read as a name ("유웨이" opens with a surname)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {a.name: (a.kind, a.title, a.affiliation) for a in analyse(text).actors}


@pytest.mark.parametrize("text,person,title,body", [
    ('이만기 유웨이 소장은 "올해 수능은 작년보다 어려웠다"고 말했다.', "이만기", "유웨이 소장", "유웨이"),
    ('하지만 평가는 달랐다. 이만기 유웨이 교육평가연구소장은 "수학이 쉬웠다"고 말했다.', "이만기", "유웨이 교육평가연구소장",
     "유웨이"),
    ('임성호 종로학원 대표는 "국어가 어려웠다"고 분석했다.', "임성호", "종로학원 대표", "종로학원"),
    ('김하나 토스 대표는 "상장을 준비한다"고 밝혔다.', "김하나", "토스 대표", "토스"),
])
def test_a_body_between_a_name_and_an_institutions_title_is_the_persons(text: str, person: str, title: str, body: str) -> None:
    found = _actors(text)
    assert found.get(person) == ("person", title, body)
    assert found.get(body) == ("organization", None, None)


@pytest.mark.parametrize("text,person,title,body", [
    ('전남대 김현수 교수는 "대책이 필요하다"고 조언했다.', "김현수", "교수", "전남대"),  # a university before the name
    ('이정재 영장전담 부장판사는 "도주 우려가 있다"고 밝혔다.', "이정재", "영장전담 부장판사", None),  # no institution's title
])
def test_near_misses_of_a_body_between_a_name_and_a_title(text: str, person: str, title: str, body: str | None) -> None:
    found = _actors(text)
    assert found.get(person) == ("person", title, body)
    assert not [name for name, (kind, _, _) in found.items() if kind == "person" and name != person]


@pytest.mark.parametrize("text,person,place", [
    ('김영수 서울 대표는 "경기가 나빠졌다"고 말했다.', "김영수", "서울"),
    ('박민지 부산 대표는 "협상이 끝났다"고 밝혔다.', "박민지", "부산"),
    ('최수진 경기 회장은 "지원을 늘리겠다"고 말했다.', "최수진", "경기"),
])
def test_a_city_or_province_between_a_name_and_a_title_is_no_body(text: str, person: str, place: str) -> None:
    actors = _actors(text)
    assert place not in actors and actors[person][2] != place
