"""Korean rules one by one (analysis/lang/ko*.py): reported speech, titles with departments,
organisations named as another's modifier, and speakers tied to actors by structure."""
from __future__ import annotations

from briefing_app.analysis import analyse


def _said(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(text).quotes if q.kind == kind]


def test_more_verbs_of_saying_and_a_subject_with_do() -> None:
    text = ("분석가들은 내년 성장률이 2%를 밑돌 것이라고 전망했다.\n\n"
            "중국 정부도 외교 경로를 통해 항의했다고 밝혔다.\n")
    speakers = [s for _, s in _said(text, "indirect")]
    assert speakers == ["분석가들", "중국"]  # "중국 정부": China's government, the actor China (issue 15)


def test_topic_is_preferred_over_an_embedded_subject() -> None:
    text = "통일부는 9일 북한이 연락채널을 복원해야 한다고 밝혔다.\n"
    assert [s for _, s in _said(text, "indirect")] == ["통일부"]


def test_department_between_name_and_title_stays_in_the_title() -> None:
    text = "박민수 고려대 경제학과 교수는 \"금리 인하는 이르다\"고 말했다.\n"
    result = analyse(text)
    park = next(a for a in result.actors if a.name == "박민수")
    assert park.title == "고려대 경제학과 교수" and park.affiliation == "고려대"
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["박민수"]


def test_organisation_only_modifying_another_is_its_affiliation() -> None:
    text = "장관은 국회 교육위원회에 출석했다. 교육위원회는 법안을 의결했다.\n"
    actors = {a.name: a for a in analyse(text).actors}
    assert "국회" not in actors
    assert actors["교육위원회"].affiliation == "국회" and "국회 교육위원회" in actors["교육위원회"].aliases


def test_title_far_from_the_name_goes_to_the_latest_holder() -> None:
    text = ("최민호 산업부 장관은 이날 업계 대표들과 만났다. 업계는 지원 확대를 요구했다.\n\n"
            "한편 장관은 \"규제를 풀겠다\"고 말했다.\n")
    assert [s for _, s in _said(text, "direct")] == ["최민호"]


def test_a_country_before_a_ministry_is_its_affiliation() -> None:
    text = "러시아 외무부는 10일 성명을 냈다. 러시아 외무부 대변인은 \"제재는 불법\"이라고 말했다.\n"
    ministry = next(a for a in analyse(text).actors if a.name == "외무부")
    assert ministry.affiliation == "러시아" and "러시아 외무부" in ministry.aliases


def test_title_naming_its_body_and_university_before_the_name() -> None:
    text = ("이장우 대전광역시장은 \"예산을 늘리겠다\"고 말했다.\n\n"
            "충남대 박지훈 교수(행정학)는 재정 부담이 크다고 조언했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["이장우"].affiliation == "대전광역시"
    assert actors["박지훈"].affiliation == "충남대"
    assert ("재정 부담이 크다고", "박지훈") in [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]


def test_two_syllable_surname_with_title_is_an_alias_not_a_person() -> None:
    text = ("왕원빈 중국 외교부 대변인은 \"협력을 원한다\"고 말했다.\n\n"
            "왕 대변인은 \"대화가 필요하다\"고 덧붙였다. 린젠 대변인도 회견에 참석했다.\n"
            "린 대변인은 \"입장에 변화가 없다\"고 말했다.\n")
    people = {a.name: a for a in analyse(text).actors if a.kind == "person"}
    assert "왕 대변인" in people["왕원빈"].aliases and "린" not in people


def test_nouns_ending_like_ministries_and_city_halls_are_not_organisations() -> None:
    text = "참여연대는 시청에서 \"일부 내용은 외부에 공개하라\"고 촉구했다.\n"
    names = {a.name for a in analyse(text).actors}
    assert "참여연대" in names and not names & {"시청", "일부", "외부"}


def test_agency_head_title_and_a_date_before_the_verb() -> None:
    text = "부산경찰청은 불법 행위가 있었다고 17일 밝혔다. 이상식 부산경찰청장은 \"엄정 대응하겠다\"고 말했다.\n"
    result = analyse(text)
    assert next(a for a in result.actors if a.name == "이상식").affiliation == "부산경찰청"
    assert ("불법 행위가 있었다", "부산경찰청") in [(q.text.rstrip("고"), q.speaker) for q in result.quotes
                                                   if q.kind == "indirect"]


def test_foreign_family_name_alias_ministries_in_seong_and_adnominal_verbs() -> None:
    text = ("마코 루비오 미국 국무장관은 \"목표는 같다\"고 말했다. 루비오 장관은 협력을 강화하겠다고 덧붙였다.\n\n"
            "북한 외무성 대변인은 기자의 질문에 답하는 형식으로 \"협상은 없다\"고 반박했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "루비오 장관" in actors["마코 루비오"].aliases and "루비오" not in actors
    assert actors["외무성"].kind == "organization" and actors["외무성"].affiliation == "북한"
    assert [q.speaker for q in result.quotes if q.kind == "direct"][-1] != "답하"


def test_markets_are_not_mayors_and_according_to_is_a_source() -> None:
    text = ("증시 반등\n\n한국거래소에 따르면 코스피는 1.2% 오른 2,612.35에 마감했다. 주식 시장 관계자들은 반등을 "
            "예상했다고 말했다. 부동산 시장도 회복세다. 이승헌 한국은행 부총재는 금융시장 점검회의에서 \"변동성이 크다\"고 "
            "말했다. 현대차 사측은 \"유감\"이라며 \"대화하겠다\"고 밝혔다.\n")
    result = analyse(text)
    names = {a.name for a in result.actors}
    assert not names & {"주식", "부동산", "부총재는"} and "이승헌" in names
    said = {(q.speaker, q.text[:5]) for q in result.quotes}
    assert ("한국거래소", "코스피는 ") in said
    assert "현대차" in [q.speaker for q in result.quotes if q.kind == "direct"]


def test_title_before_the_name_three_word_foreign_names_and_more_countries() -> None:
    text = ("대표팀 승리\n\n주장 김민재는 \"끝까지 집중했다\"고 말했다. 쿠웨이트 대표팀의 후안 안토니오 피치 감독은 "
            "\"한국은 강하다\"고 평가했다. 홍명보 감독은 만족한다고 밝혔다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["김민재"].title == "주장" and "후안 안토니오 피치" in actors and "쿠웨이트" in actors
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["김민재", "후안 안토니오 피치"]


def test_a_korean_name_is_one_word_and_courts_are_organisations() -> None:
    text = ("법원, 前 장관 영장 기각\n\n서울중앙지법 이정재 영장전담 부장판사는 혐의를 받는 윤성민 전 국토교통부 장관에 대한 "
            "영장을 기각했다. 이 부장판사는 \"도주 우려가 없다\"고 밝혔다. 윤 전 장관 측은 \"존중한다\"고 말했다.\n\n"
            "김하나 토스 대표는 \"해외로 가겠다\"고 말했다. 그는 \"협의 중\"이라고 설명했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["이정재"].affiliation == "서울중앙지법" and "윤성민" in actors and "법원" not in actors
    assert "윤 전 장관" in actors["윤성민"].aliases and actors["김하나"].title == "토스 대표"
    assert [q.speaker for q in result.quotes if q.kind == "direct"][-2:] == ["김하나", "김하나"]


def test_party_subject_of_the_sentence_before_and_concurrent_titles() -> None:
    text = ("예산안\n\n최상목 부총리 겸 기획재정부 장관은 \"재정을 지키겠다\"고 말했다.\n\n"
            "더불어민주당은 즉각 반발했다. 박찬대 원내대표는 \"민생을 외면한 예산\"이라고 비판했다. "
            "그는 \"수정하겠다\"고 강조했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert (actors["최상목"].title, actors["최상목"].affiliation) == ("부총리 겸 기획재정부 장관", "기획재정부")
    assert actors["박찬대"].affiliation == "더불어민주당" and "그" not in actors["박찬대"].aliases
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["최상목", "박찬대", "박찬대"]


def test_bracketed_brand_company_and_securities_firm_before_a_title() -> None:
    text = ("인터뷰\n\n김하나 비바리퍼블리카(토스) 대표는 해외 진출 계획을 밝혔다. "
            "이승우 유진투자증권 연구원은 \"가격이 오르고 있다\"고 분석했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "토스" not in actors and "토스" in actors["비바리퍼블리카"].aliases
    assert actors["김하나"].affiliation == "비바리퍼블리카"
    assert actors["이승우"].affiliation == "유진투자증권"
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["이승우"]


def test_common_nouns_and_associations_before_a_title_are_no_names() -> None:
    text = ("상권\n\n경기 평택 공장 인근 상인회 회장은 \"경기가 살아나고 있다\"고 말했다. "
            "야당은 반발했다. 박찬대 원내대표는 회의를 열었다.\n")
    names = {a.name for a in analyse(text).actors if a.kind == "person"}
    assert names == {"박찬대"}


def test_foreign_two_word_names_departments_home_president_and_national_teams() -> None:
    text = ("외교\n\n하야시 요시마사 일본 관방장관은 \"적절한 절차를 거쳤다\"고 반박했다. 서울대 국제대학원 박철희 교수는 "
            "\"관계가 냉각될 수 있다\"고 우려했다. 윤석열 대통령은 개선 의지를 재확인했다.\n\n"
            "쿠웨이트 대표팀의 후안 안토니오 피치 감독은 \"한국은 강팀\"이라고 평가했다.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert (actors["하야시 요시마사"].title, actors["하야시 요시마사"].affiliation) == ("관방장관", "일본")
    assert (actors["박철희"].title, actors["박철희"].affiliation) == ("국제대학원 교수", "서울대")
    assert actors["윤석열"].affiliation == "한국"
    assert actors["후안 안토니오 피치"].affiliation == "쿠웨이트 대표팀" and "대표팀" not in actors


def test_a_bracket_after_a_name_annotates_the_person() -> None:
    text = ("국회\n\n김기현(국민의힘) 의원은 \"법안을 처리해야 한다\"고 말했다. 박주민(더불어민주당) 의원도 \"동의한다\"고 "
            "밝혔다. 홍길동(45) 교수는 \"반대한다\"고 말했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["김기현"].kind == "person" and actors["김기현"].affiliation == "국민의힘"
    assert actors["박주민"].affiliation == "더불어민주당" and actors["홍길동"].title == "교수"
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["김기현", "박주민", "홍길동"]


def test_modifiers_places_and_generic_bodies_are_no_actors() -> None:
    text = ("폭우\n\n행정안전부는 관계부처와 함께 대책을 논의했다. 해당 의원은 \"협력하겠다\"고 말했다. 동남부 지역 주민들은 "
            "명동성당과 한식당에 대피했다. 당 지도부는 회의를 열었다. 신임 위원장은 아직 임명되지 않았다. "
            "고용노동부도 대책을 냈다.\n")
    result = analyse(text)
    assert {a.name for a in result.actors} == {"행정안전부", "고용노동부"}
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["의원"]


def test_an_institute_ending_in_a_title_word_is_an_organisation() -> None:
    text = "경제\n\n한국개발연구원은 올해 성장률을 2%로 전망했다. 이승우 유진투자증권 연구원은 동의했다.\n"
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["한국개발연구원"].kind == "organization" and actors["이승우"].title == "유진투자증권 연구원"


def test_ranks_in_brackets_researcher_titles_and_one_syllable_foreign_given_names() -> None:
    text = ("반도체\n\n경계현 삼성전자 DS부문장(사장)은 \"시장 상황을 고려했다\"고 설명했다. 김양팽 산업연구원 "
            "전문연구원은 \"영향이 있다\"고 말했다. 조 바이든 미국 대통령은 법에 서명했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert (actors["경계현"].title, actors["경계현"].affiliation) == ("삼성전자 DS부문장", "삼성전자")
    assert actors["김양팽"].affiliation == "산업연구원" and "전문연구원" not in actors
    assert actors["조 바이든"].affiliation == "미국"
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["경계현", "김양팽"]


def test_interview_answers_envoys_and_a_bank_governor_after_its_bank() -> None:
    text = ("[인터뷰] 주한 영국대사 \"협력 확대할 것\"\n\n콜린 크룩스 주한 영국대사는 본지와 인터뷰를 가졌다.\n\n"
            "―양국 관계를 어떻게 평가하나.\n\n\"지금이 역대 최고 수준이다.\"\n\n"
            "한국은행은 이날 기준금리를 연 3.5%로 동결했다. 이창용 총재는 \"긴축을 유지하겠다\"고 말했다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert (actors["콜린 크룩스"].title, actors["콜린 크룩스"].affiliation) == ("주한 영국대사", "영국")
    assert "주한" not in actors and actors["이창용"].affiliation == "한국은행"
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["콜린 크룩스", "콜린 크룩스", "이창용"]


def test_short_names_of_ministries_banks_and_parties_fold_into_the_full_name() -> None:
    text = ("예산\n\n기획재정부는 예산안을 발표했다. 기재부 관계자는 \"지키겠다\"고 말했다. 한국은행은 금리를 동결했다. "
            "한은은 전망을 유지했다. 더불어민주당은 반발했다. 민주당 박찬대 원내대표는 \"수정하겠다\"고 밝혔다.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert {"기재부", "한은", "민주당"}.isdisjoint(actors)
    assert "한은" in actors["한국은행"].aliases and "기재부" in actors["기획재정부"].aliases
    assert actors["박찬대"].affiliation == "더불어민주당"


def test_presidential_office_position_quotes_and_longest_title() -> None:
    text = ("대책\n\n최상목 경제부총리는 \"부채를 관리하겠다\"고 답했다. 이와 관련해 대통령실은 \"시장 불안을 좌시하지 "
            "않겠다\"는 입장을 밝혔다.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "경제부" not in actors and actors["최상목"].affiliation is None
    assert actors["대통령실"].affiliation == "한국" and "이와 관련해" not in actors
    assert [q.speaker for q in result.quotes if q.kind == "direct"] == ["최상목", "대통령실"]
