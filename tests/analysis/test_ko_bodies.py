"""Korean bodies and titles, one rule each (sixth session): short forms in brackets, a body's short
form between a name and a title, "정보위" of "정보위원회", an owner body known by its short form,
coordination is no ownership, Latin-led company names, the body's title over the headline's, a
party office after a party's person, a date's "일" and a word with its particle are no name."""
from __future__ import annotations

from briefing_app.analysis.lang.ko_brackets import short_forms
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_short_forms_in_brackets() -> None:
    text = ("국정원 보고\n\n국가정보원(국정원)은 북한이 추가 파병을 준비한다고 보고했다. 국정원은 또 밝혔다.\n\n"
            "미국 연방준비제도(연준·Fed)의 결정이 변수다. 제롬 파월 연준 의장은 \"확정된 것이 아니다\"라고 밝혔다.\n\n"
            "전국금속노동조합(금속노조) 포스코지회는 \"대책이 필요하다\"고 주장했다.\n")
    assert short_forms(text)["연방준비제도"] == ("미국", ["연준", "Fed"])
    actors = _actors(text)
    assert "국정원" in actors["국가정보원"].aliases and actors["국가정보원"].affiliation == "한국"
    assert actors["연방준비제도"].affiliation == "미국" and "연준" in actors["연방준비제도"].aliases
    assert actors["제롬 파월"].affiliation == "연방준비제도"
    assert "금속노조" not in actors and actors["포스코지회"].affiliation == "전국금속노동조합"


def test_a_banks_short_form_before_a_title_and_the_bank_as_an_actor() -> None:
    text = ("한은 동결\n\n한국은행 금융통화위원회는 기준금리를 유지했다.\n\n이창용 한은 총재는 \"변동성이 크다\"고 말했다.\n")
    actors = _actors(text)
    assert actors["이창용"].affiliation == "한국은행" and "한은" in actors["한국은행"].aliases
    assert actors["금융통화위원회"].affiliation == "한국은행"


def test_a_committees_short_form() -> None:
    text = "보고\n\n국정원은 국회 정보위원회에 출석했다. 정보위 여당 간사인 박선원 의원이 전했다.\n"
    assert "정보위" in _actors(text)["정보위원회"].aliases


def test_coordination_is_no_ownership_and_latin_led_companies() -> None:
    text = ("증시\n\n삼성전자와 SK하이닉스 등 대형주가 올랐다. 김지현 KB증권 연구원은 \"반영됐다\"고 평가했다.\n")
    actors = _actors(text)
    assert actors["SK하이닉스"].affiliation is None
    assert (actors["김지현"].title, actors["김지현"].affiliation) == ("KB증권 연구원", "KB증권")  # the body stays in the title


def test_the_bodys_title_over_the_headlines() -> None:
    text = ("여야 충돌…우원식 의장 \"합의 처리해야\"\n\n우원식 국회의장은 기자들과 만나 \"합의가 바람직하다\"고 밝혔다.\n")
    woo = _actors(text)["우원식"]
    assert (woo.title, woo.affiliation) == ("국회의장", "국회") and "우원식 의장" in woo.aliases


def test_a_party_office_after_a_person_of_the_party() -> None:
    text = ("특검법\n\n더불어민주당과 국민의힘이 충돌했다.\n\n"
            "정청래 민주당 대표는 \"처리하겠다\"고 말했다. 김병기 원내대표도 \"미룰 수 없다\"고 거들었다.\n")
    actors = _actors(text)
    assert actors["김병기"].affiliation == "더불어민주당" and actors["국민의힘"].affiliation == "한국"


def test_a_dates_day_and_a_word_with_its_particle_are_no_name() -> None:
    text = ("통화\n\n안규백 국방부 장관은 3일 피트 헤그세스 미국 국방장관과 통화했다.\n\n"
            "김지현 연구원은 \"금리 동결은 이미 시장에 반영됐다\"고 평가했다.\n")
    actors = _actors(text)
    assert "피트 헤그세스" in actors and not any("동결" in name for name in actors)


def test_a_withheld_name_and_an_association_with_its_short_form() -> None:
    text = ("구속\n\n법원은 A새마을금고 박모 이사장에 대해 구속영장을 발부했다.\n\n새마을금고중앙회는 \"강화하겠다\"고 "
            "밝혔다. 김인 새마을금고중앙회장은 사과했다. 관계자는 \"중앙회와 함께 점검하겠다\"고 말했다.\n")
    actors = _actors(text)
    assert "박모" not in actors and "중앙회" in actors["새마을금고중앙회"].aliases
    assert actors["김인"].affiliation == "새마을금고중앙회"


def test_companies_divisions_and_two_titles_in_a_row() -> None:
    text = ("실적\n\n삼성전자는 영업이익을 공시했다. 김재준 메모리사업부 부사장은 \"늘었다\"고 말했다. 곽노정 SK하이닉스 "
            "대표이사 사장은 \"완판됐다\"고 밝혔다. 엔비디아의 젠슨 황 최고경영자(CEO)는 \"서두르고 있다\"고 말했다. "
            "이종환 교수는 \"삼성이 반등할지가 관건\"이라고 분석했다.\n\n중국 관영 신화통신은 \"발전했다\"고 보도했다. "
            "한중 외교장관 회담이 열렸다.\n")
    actors = _actors(text)
    assert actors["김재준"].affiliation == "삼성전자" and "메모리사업부" not in actors
    assert "삼성" in actors["삼성전자"].aliases and "삼성" not in actors
    assert actors["곽노정"].title == "SK하이닉스 대표이사 사장"
    assert actors["젠슨 황"].affiliation == "엔비디아" and actors["엔비디아"].kind == "organization"
    assert actors["신화통신"].affiliation == "중국" and "한중" not in actors


def test_residents_acting_office_holders_and_a_regions_head() -> None:
    text = ("산불\n\n이재민 박영수(72)씨는 \"집이 다 탔다\"고 말했다. 주민 김모(65)씨도 대피했다.\n\n한덕수 대통령 권한대행은 "
            "\"총동원하라\"고 지시했다. 경상북도 이철우 지사는 안전을 당부했다.\n")
    actors = _actors(text)
    assert actors["박영수"].title == "이재민" and "김모" not in actors
    assert actors["한덕수"].title == "대통령 권한대행" and actors["이철우"].affiliation == "경상북도"


def test_heads_of_state_numbered_deputies_papers_and_latin_broadcasters() -> None:
    text = ("통화\n\n시진핑 중국 국가주석은 \"대화로 풀어야 한다\"고 말했다. 김태효 국가안보실 1차장은 \"협의하고 있다\"고 밝혔다. "
            "노동신문은 \"적대시 정책\"을 비난했다. KBS에 따르면 정부는 검토 중이다. 라파엘 그로시 국제원자력기구(IAEA) "
            "사무총장은 \"징후가 있다\"고 밝혔다. 밴스 미국 부통령은 \"굳건하다\"고 말했다.\n")
    actors = _actors(text)
    assert (actors["시진핑"].title, actors["시진핑"].affiliation) == ("국가주석", "중국")
    assert actors["김태효"].affiliation == "국가안보실" and actors["국가안보실"].affiliation == "한국"
    assert {"노동신문", "KBS"} <= set(actors) and actors["밴스"].title == "부통령"
    assert "International Atomic Energy Agency" not in actors and "IAEA" in actors["국제원자력기구"].aliases
