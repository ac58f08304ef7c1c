"""Korean bodies and local governments (twenty-first session; sentences written for these tests)."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in analyse(text).actors}


@pytest.mark.parametrize("text, body, other", [
    ("감사원이 국토교통부를 감사했다.", "국토교통부", "감사원"),
    ("국방부가 외교부를 설득했다고 밝혔다.", "외교부", "국방부"),
    ("국회는 기획재정부에 자료를 요구했다.", "기획재정부", "국회"),
    ("삼성전자가 LG전자를 제치고 1위에 올랐다.", "LG전자", "삼성전자"),
    ("금융위원회도 금융감독원을 질타했다.", "금융감독원", "금융위원회"),
])
def test_a_body_beside_the_subject_is_not_its_part(text: str, body: str, other: str) -> None:
    """A body is another's part only when the text says so (bare compound or genitive), never because the sentence's
    subject or topic stands right before it."""
    affiliations = _affiliations(text)
    assert body in affiliations and affiliations[body] != other


@pytest.mark.parametrize("text, body, parent", [
    ("고용노동부 울산지청은 현장 점검에 나섰다고 밝혔다.", "울산지청", "고용노동부"),
    ("고용노동부의 울산지청이 현장 점검에 나섰다고 밝혔다.", "울산지청", "고용노동부"),
])
def test_a_body_named_as_anothers_part_stays_its_part(text: str, body: str, parent: str) -> None:
    assert _affiliations(text)[body] == parent


@pytest.mark.parametrize("text, governor, province", [
    ("김하늘 충북지사는 투자 유치를 약속했다.", "김하늘", "충청북도"),
    ("김하늘 경북지사는 산불 대책을 발표했다.", "김하늘", "경상북도"),
    ("전남도는 대책본부를 꾸렸다고 밝혔다. 김하늘 전남지사는 대피를 지시했다.", "김하늘", "전남도"),
])
def test_a_governor_by_the_short_province_name_belongs_to_the_province(text: str, governor: str, province: str) -> None:
    """The province as the text writes it, else its full name (no "충북도" the text never wrote)."""
    assert _affiliations(text)[governor] == province


@pytest.mark.parametrize("text, city", [
    ('공장 화재…포항시 "주민 피해 조사"\n\n이하늘 포항시장은 현장을 찾았다.', "포항시"),
    ('서울시 "버스 요금 동결"\n\n서울시는 내년 버스 요금을 올리지 않는다고 밝혔다.', "서울시"),
])
def test_a_city_before_its_quoted_words_acts(text: str, city: str) -> None:
    """'포항시 "주민 피해 조사"': a headline's city before its quoted words speaks, with no particle."""
    assert any(a.name == city and a.kind == "government" for a in analyse(text).actors)


def test_a_city_as_a_place_is_no_actor() -> None:
    assert not any(a.name == "포항시" for a in analyse("경북 포항시 남구의 공장에서 불이 났다.").actors)


def test_a_district_that_acts_is_an_actor_of_its_city() -> None:
    """'서울 중구는 ... 밝혔다' with '중구청장' in the text: the district acts (as a city does), Seoul's; a bare '구는',
    '구 관계자' later is the same district."""
    text = ("서울 중구는 주차 요금을 내년부터 올린다고 2일 밝혔다. 김하늘 중구청장은 \"주민 불편을 줄이겠다\"고 말했다.\n\n"
            "구는 이를 위해 예산을 편성했다.")
    district = next(a for a in analyse(text).actors if a.name == "중구")
    assert district.kind == "government" and district.affiliation == "서울" and "구" in district.aliases


def test_a_district_named_as_a_place_is_no_actor() -> None:
    assert not any(a.name == "중구" for a in analyse("서울 중구 명동에서 불이 났다. 소방서 관계자는 원인을 조사하고 있다고 말했다.").actors)
