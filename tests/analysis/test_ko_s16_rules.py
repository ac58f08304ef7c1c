"""Korean people of the sixteenth session (short texts of their own, none from the actor set): an NGO's activist or
secretary-general is a title ("환경운동연합 활동가", "참여연대 사무처장"); a body no list knows, between a Korean name and
its title, stays in the title and, named again in the text, is the person's affiliation ("장하나 정치하는엄마들 활동가")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {a.name: (a.title, a.affiliation) for a in analyse(text).actors if a.kind == "person"}


@pytest.mark.parametrize("text,name,title,affiliation", [
    ("이지현 환경운동연합 활동가는 \"규제를 강화해야 한다\"고 주장했다.\n", "이지현", "환경운동연합 활동가", "환경운동연합"),
    ("김민수 참여연대 사무처장은 \"정부가 책임져야 한다\"고 밝혔다.\n", "김민수", "참여연대 사무처장", "참여연대"),
    ("학부모 단체인 정치하는엄마들은 환영 입장을 밝혔다. 장하나 정치하는엄마들 활동가는 \"아이들의 안전이 먼저\"라고 "
     "말했다.\n", "장하나", "정치하는엄마들 활동가", "정치하는엄마들"),
    ("시민단체 기후솔루션모임은 성명을 냈다. 박서윤 기후솔루션모임 활동가는 \"석탄 발전을 멈춰야 한다\"고 말했다.\n", "박서윤",
     "기후솔루션모임 활동가", "기후솔루션모임"),
])
def test_an_activist_is_titled_with_the_body_before_the_title(text: str, name: str, title: str, affiliation: str) -> None:
    assert _people(text)[name] == (title, affiliation)


@pytest.mark.parametrize("text,name,title", [
    ("이정재 영장전담 부장판사는 \"도주 우려가 있다\"고 밝혔다.\n", "이정재", "영장전담 부장판사"),  # part of the title, once
    ("장하나 정치하는엄마들 활동가는 \"아이들의 안전이 먼저\"라고 말했다.\n", "장하나", "정치하는엄마들 활동가"),  # named once
])
def test_a_word_named_once_between_name_and_title_is_no_affiliation(text: str, name: str, title: str) -> None:
    assert _people(text)[name] == (title, None)


def test_the_activists_words_are_hers() -> None:
    text = "장하나 정치하는엄마들 활동가는 \"아이들의 안전이 먼저\"라고 말했다.\n"
    assert [q.speaker for q in analyse(text).quotes if q.kind == "direct"] == ["장하나"]


@pytest.mark.parametrize("text,name,title,affiliation", [
    ("김은주 서울시 재난안전관리실장은 \"어르신은 한낮 활동을 피해 달라\"고 당부했다.\n", "김은주", "서울시 재난안전관리실장", "서울시"),
    ("김은주 서울시 대변인은 \"준비하겠다\"고 말했다.\n", "김은주", "서울시 대변인", "서울시"),
    ("이영훈 경기도 대변인은 \"버스 노선을 늘리겠다\"고 밝혔다.\n", "이영훈", "경기도 대변인", "경기도"),
    ("박형준 부산시장은 \"예산을 늘리겠다\"고 말했다.\n", "박형준", "부산시장", "부산시"),
])
def test_a_city_or_province_by_its_short_name_is_no_persons_name(text: str, name: str, title: str, affiliation: str) -> None:
    people = _people(text)
    assert people[name] == (title, affiliation) and "서울시" not in people and "경기도" not in people
