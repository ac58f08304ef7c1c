"""Korean bodies by their kind, parent unions, city halls, 'X 소속' members, known companies, '회사 측은'
sides, headline title forms and disclosure verbs (eighth session): one rule per test."""
from __future__ import annotations

from briefing_app.analysis import analyse


def _actors(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    return {a.name: (a.kind, a.affiliation, a.aliases) for a in analyse(text).actors}


def test_a_parent_union_before_its_branch_is_an_actor_and_the_union_is_the_branch() -> None:
    actors = _actors("노조 파업\n\n전국공공운수노조 서울교통공사노조가 6일 총파업에 들어간다고 밝혔다. "
                     "서울교통공사는 \"노조와 끝까지 대화하겠다\"고 밝혔다.\n")
    assert "전국공공운수노조" in actors
    assert actors["서울교통공사노조"][1] == "전국공공운수노조" and "노조" in actors["서울교통공사노조"][2]


def test_a_city_hall_is_the_city_the_text_names() -> None:
    actors = _actors("서울시 \"비상수송 대책 가동\"\n\n노조는 서울시청 앞에서 기자회견을 열었다. "
                     "오세훈 서울시장은 \"파업은 받아들이기 어렵다\"고 말했다.\n")
    assert "서울시" in actors and "서울시청" not in actors


def test_the_company_side_is_the_company_the_article_is_about() -> None:
    text = ("삼성전자 실적 개선\n\n삼성전자가 4분기 영업이익이 8조 원으로 잠정 집계됐다고 8일 공시했다.\n\n"
            "회사 측은 \"HBM 판매가 늘었다\"고 설명했다. 회사 측은 생산 차질은 없다고 밝혔다.\n")
    result = analyse(text)
    samsung = next(a for a in result.actors if a.name == "삼성전자")
    assert "회사 측" in samsung.aliases
    said = [(q.text, q.speaker) for q in result.quotes if q.kind in ("direct", "indirect")]
    assert any(t.startswith("4분기 영업이익이") for t, _ in said)  # "…다고 공시했다": a disclosure is speech
    assert any(t.startswith("생산 차질은 없다") and s in ("회사 측", "삼성전자") for t, s in said)


def test_a_member_of_a_party_and_forces_stationed_abroad() -> None:
    actors = _actors("국회\n\n국민의힘 소속 김기현 의원도 \"일정표를 제출하라\"고 요구했다. "
                     "조 장관은 주한미군 규모 조정 가능성에 대해 \"논의된 바 없다\"고 말했다.\n")
    assert actors["김기현"][1] == "국민의힘"
    assert actors["주한미군"][1] == "미국"


def test_a_known_company_in_hangul_without_a_company_ending() -> None:
    actors = _actors("반도체\n\n김재준 삼성전자 부사장은 엔비디아와의 공급 협상에 대해 \"언급하기 어렵다\"고 했다. "
                     "파인애플 수입은 늘었다.\n")
    assert "엔비디아" in actors and "애플" not in actors and "파인애플" not in actors


def test_a_headline_body_and_title_is_an_alias() -> None:
    actors = _actors("[인터뷰] 이창용 한은 총재 \"금리 인하 서두르지 않겠다\"\n\n"
                     "이창용 한국은행 총재는 5일 한은 본관에서 통화정책 방향을 설명했다.\n")
    assert "한은 총재" in actors["이창용"][2]


def test_a_two_syllable_name_ending_like_a_particle_before_a_long_title() -> None:
    actors = _actors("왕이 \"대화 지속\"\n\n왕이 중국 공산당 중앙외사공작위원회 판공실 주임은 3일 \"중국은 대화를 원한다\"고 말했다.\n")
    assert "왕이" in actors and "판공실" not in [n for n, (k, _, _) in actors.items() if k == "person"]


def test_a_later_topic_that_names_nobody_leaves_the_speaker_first() -> None:
    said = [(q.text, q.speaker) for q in analyse(
        "제목\n\n김 지사는 서울시와의 협의도 이어가겠다고 덧붙였다.\n\n"
        "합동참모본부(합참)는 북한군의 특이 동향은 아직 없다고 설명했다.\n").quotes if q.kind == "indirect"]
    # ("김 지사는": the surname before the title, as the direct path names a titled speaker; twenty-ninth session)
    assert said == [("서울시와의 협의도 이어가겠다고", "김"), ("북한군의 특이 동향은 아직 없다고", "합동참모본부")]


def test_a_province_that_speaks_and_its_assembly() -> None:
    actors = _actors("경기도 \"정기권 도입\"…도의회 \"검토 필요\"\n\n경기도가 내년부터 정기권을 도입하겠다고 5일 밝혔다. "
                     "김 지사는 서울시와의 협의도 이어가겠다고 덧붙였다. 경기도의회는 신중한 입장이다. "
                     "노조는 서울시 강남구에서 집회를 열었다.\n")
    assert actors["경기도"][0] == "government" and "서울시" in actors
    assert actors["경기도의회"][1] == "경기도" and "도의회" in actors["경기도의회"][2]


def test_this_body_and_north_koreas_own_bodies_and_drills_are_no_bodies() -> None:
    actors = _actors("제목\n\n시민단체인 경기교통연대는 환영 입장을 냈다. 이 단체 박정수 사무국장은 \"도움이 될 것\"이라고 평가했다.\n\n"
                     "김여정은 \"한미 연합훈련이 계속되면 대응하겠다\"고 밝혔다고 조선중앙통신이 보도했다.\n")
    assert actors["박정수"][1] == "경기교통연대"
    assert actors["조선중앙통신"][1] == "북한" and "연합훈련" not in actors


def test_a_speaker_after_the_quotation_and_a_sentence_carrying_on_the_last_speakers_words() -> None:
    said = [(q.text, q.speaker) for q in analyse(
        "제목\n\n김민석 국무총리는 5일 \"민생 안정이 최우선\"이라고 말했다. 그러면서 \"각 부처는 물가 관리에 힘써달라\"고 당부했다.\n\n"
        "\"수출 회복세가 이어지고 있다\"고 최상목 부총리는 설명했다.\n").quotes if q.kind == "direct"]
    assert ("각 부처는 물가 관리에 힘써달라", "김민석") in said
    assert ("수출 회복세가 이어지고 있다", "최상목") in said


def test_a_forecast_and_a_stance_are_reported_speech() -> None:
    said = [(q.text, q.speaker) for q in analyse(
        "제목\n\n전문가들은 금리 인하 시점이 늦춰질 것으로 전망했다. 업계는 규제 완화가 필요하다는 입장이다.\n").quotes
        if q.kind == "indirect"]
    assert ("금리 인하 시점이 늦춰질", "전문가들") in said and ("규제 완화가 필요하다", "업계") in said


def test_a_team_by_sponsor_and_nickname_a_verb_ending_in_do_and_a_city_hall_as_a_place() -> None:
    text = ("LG 트윈스 우승\n\n김경문 한화 감독은 \"상대가 더 잘했다\"며 패배를 인정했다. LG는 한화 이글스를 4-2로 꺾었다.\n\n"
            "업계는 정부 지원을 환영하면서도 규모가 충분하지 않다고 평가했다.\n\n박형준 부산시장은 부산시청에서 본지와 만났다.\n")
    result = analyse(text)
    actors = {a.name: (a.kind, a.affiliation, a.aliases) for a in result.actors}
    assert "한화 이글스" in actors and "한화" not in actors and actors["김경문"][1] == "한화 이글스"
    assert "부산시청" not in actors and "부산시" not in actors
    assert ("정부 지원을 환영하면서도 규모가 충분하지 않다고", "업계") in [(q.text, q.speaker) for q in result.quotes]


def test_a_police_unit_under_its_agency_the_police_and_a_courts_panel() -> None:
    actors = _actors("보이스피싱 검거\n\n경기남부경찰청 형사기동대는 5일 조직원 32명을 검거했다고 밝혔다. 경찰에 따르면 이들은 "
                     "50억 원을 가로챘다. 김정훈 형사기동대장은 \"총책을 추적하고 있다\"고 말했다.\n\n서울중앙지법 민사합의부는 "
                     "원고 일부 승소 판결을 내렸다. 재판부는 \"부당한 조건을 강요했다\"고 판시했다.\n")
    assert actors["형사기동대"][1] == "경기남부경찰청" and "경찰" in actors["경기남부경찰청"][2]
    assert actors["김정훈"][1] == "형사기동대"
    assert "민사합의부" not in actors and "재판부" in actors["서울중앙지법"][2]


def test_company_endings_a_chamber_a_committee_short_name_and_a_role_in_apposition() -> None:
    actors = _actors("조선\n\n김희철 한화오션 대표이사는 \"교두보가 될 것\"이라고 밝혔다. "
                     "HD한국조선해양 관계자는 \"주시하고 있다\"고 말했다.\n\n"
                     "국회 법제사법위원회는 개정안을 의결했다. 법사위는 이날 표결했다. 국민의힘 간사인 유상범 의원은 \"위축시킬 수 "
                     "있다\"고 말했다. 대한상공회의소는 \"부담이 커질 것\"이라고 우려했다. 기후동행카드 판매가 늘었다.\n")
    assert actors["김희철"][1] == "한화오션" and "HD한국조선해양" in actors and "대한상공회의소" in actors
    assert "법사위" in actors["법제사법위원회"][2] and actors["유상범"][1] == "국민의힘"
    assert "기후동행카드" not in actors


def test_thus_said_after_the_quotation_and_a_quotation_paragraph_after_its_speakers_sentence() -> None:
    said = [(q.text, q.speaker) for q in analyse(
        "제목\n\n\"올해 안에 법안을 처리하겠다.\" 김병기 더불어민주당 원내대표는 5일 기자간담회에서 이같이 말했다.\n\n"
        "이재명 대통령은 국무회의를 주재했다.\n\n\"경제 회복이 최우선 과제다. 모든 부처가 힘을 모아야 한다.\"\n\n"
        "정부는 대책을 발표했다.\n\n\"효과가 있을 것이다. 물가가 잡힐 것이다.\"\n").quotes if q.kind == "direct"]
    assert ("올해 안에 법안을 처리하겠다.", "김병기") in said
    assert ("경제 회복이 최우선 과제다. 모든 부처가 힘을 모아야 한다.", "이재명") in said
    assert not any(s == "정부" for _, s in said)
