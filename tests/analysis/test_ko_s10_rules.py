"""Korean actor rules of the tenth session (analysis/lang/ko_*.py), one test each, on short texts of their own:
coalitions named "...연합" and ordinary cities that act."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.core.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.name: a for a in analyse(text).actors}


def test_a_coalition_named_yeonhap_is_an_organisation() -> None:
    actors = _actors("녹색연합은 성명을 내고 \"갯벌 매립을 중단해야 한다\"고 주장했다.\n")
    assert actors["녹색연합"].kind == "organization"


def test_an_ordinary_city_that_acts_is_an_actor_and_its_council_is_its() -> None:
    text = ("경남 김해시가 버스 요금을 올린다.\n\n김해시는 연료비 상승으로 인상이 불가피하다고 3일 밝혔다.\n\n"
            "홍태용 김해시장은 \"시민 부담을 최소화하겠다\"고 말했다. 김해시의회 일부 의원들은 반대했다.\n")
    actors = _actors(text)
    assert actors["김해시"].kind == "government"
    assert actors["김해시의회"].affiliation == "김해시"


def test_a_city_that_is_only_a_place_is_no_actor() -> None:
    text = "경남 김해시 장유동에서 화재가 났다.\n\n소방서 관계자는 \"원인을 조사하고 있다\"고 말했다.\n"
    assert "김해시" not in _actors(text)
