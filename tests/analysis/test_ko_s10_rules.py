"""Korean actor rules of the tenth session (analysis/lang/ko_*.py), one test each, on short texts of their own:
coalitions named "...연합" and ordinary cities that act."""
from __future__ import annotations

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


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


def test_an_adnominal_verb_or_a_common_noun_before_a_title_is_no_name() -> None:
    text = "뇌물 혐의로 기소된 한국전력공사 전 사장 A씨에게 징역 3년이 선고됐다. 공기업 사장의 비리가 잇따르고 있다.\n"
    names = {a.name for a in analyse(text).actors if a.kind == "person"}
    assert not names & {"기소된", "공기업"}


def test_an_organisation_before_cheuk_is_that_organisation_speaking() -> None:
    text = ("한국철도공사(코레일)와 전국철도노동조합이 협상을 이어갔다.\n\n"
            "코레일 측은 \"임금 인상 폭을 조정할 수 있다\"고 밝혔다. 사측은 추가 협상을 제안했다.\n")
    actors = _actors(text)
    assert "코레일 측" in actors["한국철도공사"].aliases and "사측" in actors["한국철도공사"].aliases
    assert "사측" not in actors["전국철도노동조합"].aliases  # a union is no company side


def test_prosecutors_and_a_state_corporation_and_a_judge_of_a_bench() -> None:
    text = ("서울남부지법 형사11부(박정호 부장판사)는 한국토지주택공사 간부에게 실형을 선고했다.\n\n"
            "재판부는 \"죄질이 나쁘다\"고 판시했다. 서울남부지검은 항소를 검토하겠다고 밝혔다. 검찰은 징역 5년을 구형했었다.\n")
    actors = _actors(text)
    assert actors["박정호"].affiliation == "서울남부지법" and actors["박정호"].title == "부장판사"
    assert actors["한국토지주택공사"].affiliation == "한국"
    assert "검찰" in actors["서울남부지검"].aliases


def test_the_supreme_court_and_its_bench_before_a_high_court() -> None:
    text = ("대법원 3부(주심 노태악 대법관)는 원심을 파기하고 사건을 부산고법으로 돌려보냈다.\n\n"
            "재판부는 \"법리 오해가 있다\"고 판시했다.\n")
    actors = _actors(text)
    assert actors["노태악"].affiliation == "대법원" and "재판부" in actors["대법원"].aliases


def test_a_province_short_form_beside_its_full_name_is_one_province() -> None:
    text = ("경북도, 산불 피해 복구에 200억 투입\n\n경상북도가 산불 피해 복구에 200억원을 투입한다고 7일 밝혔다.\n\n"
            "이철우 경북지사는 \"주민들이 하루빨리 일상으로 돌아가도록 하겠다\"고 말했다.\n")
    actors = _actors(text)
    assert "경북도" not in actors and "경북도" in actors["경상북도"].aliases


def test_an_education_office_its_short_form_and_its_superintendent() -> None:
    text = ("서울교육청, 늘봄학교 확대\n\n서울시교육청은 늘봄학교를 확대한다고 4일 밝혔다.\n\n"
            "정근식 서울시교육감은 \"돌봄 공백을 없애겠다\"고 말했다. 전국교직원노동조합(전교조) 서울지부는 반대했다.\n")
    actors = _actors(text)
    office = actors["서울시교육청"]
    assert office.affiliation == "서울시" and "서울교육청" in office.aliases and "서울교육청" not in actors
    assert actors["정근식"].affiliation == "서울시교육청"
    assert actors["서울지부"].affiliation != "한국"  # a union's branch is no ministry ("...부")


def test_a_party_organ_between_the_party_and_a_title_is_the_party() -> None:
    text = "김여정 노동당 중앙위원회 부부장은 담화를 내고 \"대가를 치를 것\"이라고 밝혔다.\n"
    actors = _actors(text)
    assert actors["김여정"].affiliation == "노동당" and actors["노동당"].affiliation == "북한" and "중앙위원회" not in actors


def test_a_council_before_a_party_caucus_is_an_actor_of_its_own() -> None:
    text = "경기도의회 더불어민주당 의원들은 예산안을 따지겠다는 입장이다. 경기도의회는 다음 주 본회의를 연다.\n"
    assert "경기도의회" in _actors(text)


def test_a_place_title_before_its_holder_is_named_is_the_holder() -> None:
    text = ("부산시 예산안이 발표됐다.\n\n해운대구청장도 사업비가 빠졌다며 불만을 드러냈다. 김성수 해운대구청장은 "
            "\"교통 대책이 시급하다\"고 강조했다.\n")
    quote = next(q for q in analyse(text).quotes if "사업비가 빠졌다" in text[q.start:q.end] or "빠졌다" in q.text)
    assert quote.speaker == "김성수"


def test_a_commissions_chair_and_a_union_branch_head() -> None:
    text = "금융위원회(금융위)는 대출 한도를 낮춘다고 밝혔다. 이억원 금융위원장은 \"가계부채를 꺾겠다\"고 말했다.\n"
    assert _actors(text)["이억원"].affiliation == "금융위원회"
    text = ("전국금속노동조합 현대자동차지부(현대차 노조)가 파업에 들어갔다.\n\n"
            "문용문 현대차 노조 지부장은 \"끝까지 투쟁하겠다\"고 말했다. 사측은 \"생산 차질이 예상된다\"고 밝혔다.\n")
    assert _actors(text)["문용문"].affiliation == "현대자동차지부"


def test_more_verbs_of_saying_after_an_indirect_quotation() -> None:
    for verb in ("예고했다", "역설했다", "공언했다", "천명했다"):
        text = f"정부는 다음 달 추가 대책을 내놓겠다고 {verb}\n"
        assert [q for q in analyse(text).quotes if q.kind == "indirect" and q.speaker == "정부"], verb
