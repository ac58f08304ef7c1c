"""Korean rules of the seventh session one by one: foreign names whose family name has three
syllables, titles in apposition, bare titles and body + title as aliases of their one holder,
embassies, headline country letters, "현대차" for "현대자동차", bracketed bodies before a title."""
from __future__ import annotations

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_foreign_name_with_a_three_syllable_family_name_keeps_its_given_name() -> None:
    actors = _actors("조현 외교부 장관은 마르코 루비오 미국 국무장관과 통화했다.\n\n"
                     "루비오 장관은 \"공조에는 변함이 없다\"고 말했다.\n")
    rubio = actors["마르코 루비오"]
    assert rubio.title == "국무장관" and rubio.affiliation == "미국" and "루비오 장관" in rubio.aliases
    assert "루비오" not in actors


def test_a_foreign_country_a_few_words_before_makes_a_foreign_name() -> None:
    actors = _actors("일본 정부 대변인인 하야시 요시마사 관방장관은 기자회견에서 반박했다.\n")
    assert actors["하야시 요시마사"].title == "관방장관" and actors["하야시 요시마사"].affiliation == "일본"
    # a Korean name stays one word
    assert "김민수" in _actors("김민수 한국투자증권 연구원은 \"필요한 결정\"이라고 분석했다.\n")


def test_a_body_with_its_short_form_in_brackets_before_a_title() -> None:
    actors = _actors("카야 칼라스 유럽연합(EU) 외교안보 고위대표도 성명을 냈다.\n")
    kallas = actors["카야 칼라스"]
    assert kallas.title is not None and kallas.title.endswith("외교안보 고위대표") and kallas.affiliation == "유럽연합"
    assert "EU" in actors["유럽연합"].aliases and "외교안보" not in actors


def test_a_title_in_apposition_names_its_holder() -> None:
    actors = _actors("안토니우 구테흐스 유엔 사무총장의 대변인인 스테판 뒤자리크는 \"자제를 촉구한다\"고 말했다.\n")
    spokesman = actors["스테판 뒤자리크"]
    assert spokesman.title == "대변인" and spokesman.affiliation == "유엔"


def test_a_bare_title_stands_for_its_one_holder() -> None:
    text = ("우원식 국회의장 주재로 회동이 열렸다.\n\n관계자는 \"의장이 내일 다시 회동을 주재할 것\"이라고 전했다.\n")
    assert "의장" in _actors(text)["우원식"].aliases
    two = ("김병기 더불어민주당 원내대표와 송언석 국민의힘 원내대표가 만났다.\n\n원내대표는 말이 없었다.\n")
    assert all("원내대표" not in a.aliases for a in analyse(two).actors)


def test_a_body_and_title_stand_for_the_one_holder_there() -> None:
    text = ("조현 외교부 장관은 10일 통화했다.\n\n외교부 장관은 \"동맹을 강화하자\"고 말했다.\n")
    assert "외교부 장관" in _actors(text)["조현"].aliases


def test_an_embassy_is_its_countrys_and_a_ministers_rank_no_body() -> None:
    actors = _actors("외교부는 주한 일본대사관 총괄공사를 초치해 항의했다.\n")
    assert actors["주한 일본대사관"].affiliation == "일본"
    assert "총괄공사" not in actors


def test_headline_letters_for_countries_and_a_carmakers_short_name() -> None:
    actors = _actors("日 교과서 검정 통과\n\n일본 정부는 교과서를 검정 통과시켰다.\n")
    assert "日" in actors["일본"].aliases
    actors = _actors("현대자동차가 공장을 늘린다.\n\n현대차 관계자는 \"관세 부담을 줄이겠다\"고 말했다.\n")
    assert "현대차" in actors["현대자동차"].aliases and "현대차" not in actors


def test_a_chinese_name_after_a_modifier_stays_one_word() -> None:
    actors = _actors("회담한 시진핑 중국 국가주석은 \"협력하겠다\"고 말했다.\n")
    assert "시진핑" in actors and not any(" " in a.name for a in actors.values() if a.kind == "person")


def test_a_japanese_family_name_first_shortens_the_name() -> None:
    text = ("이시바 시게루 일본 총리는 회담했다.\n\n이시바 총리는 \"협력\"을 강조했다.\n\n"
            "일본 정부 대변인인 하야시 요시마사 관방장관은 반박했다.\n")
    actors = _actors(text)
    assert "이시바 총리" in actors["이시바 시게루"].aliases and "이시바" not in actors
    assert actors["하야시 요시마사"].aliases == []  # not "요시마사 관방장관", a piece of the full name


def test_a_foreign_family_name_alone_and_a_country_with_a_title() -> None:
    text = ("마르코 루비오 미국 국무장관은 10일 방한했다.\n\n루비오는 \"동맹\"을 강조했다. 미국 국무장관은 이어 도쿄로 갔다.\n")
    rubio = _actors(text)["마르코 루비오"]
    assert "루비오" in rubio.aliases and "미국 국무장관" in rubio.aliases


def test_a_union_branch_with_its_kind_in_brackets_and_its_head() -> None:
    text = ("전국금속노동조합 현대중공업지부(노조)가 12일 파업에 들어갔다.\n\n"
            "백호선 지부장은 \"교섭에 나서야 한다\"고 말했다. 노조는 인상을 요구하고 있다.\n")
    actors = _actors(text)
    assert "노조" in actors["현대중공업지부"].aliases
    assert actors["백호선"].affiliation == "현대중공업지부"


def test_a_company_without_its_latin_prefix_is_the_same_company() -> None:
    actors = _actors("울산 현대중공업 노조 파업\n\nHD현대중공업은 \"차질을 줄이겠다\"고 밝혔다.\n")
    assert "현대중공업" in actors["HD현대중공업"].aliases and "현대중공업" not in actors


def test_a_groups_company_with_latin_letters() -> None:
    actors = _actors("배터리\n\n최주선 삼성SDI 사장은 \"양산을 앞당기겠다\"고 밝혔다.\n")
    assert actors["최주선"].affiliation == "삼성SDI" and "삼성SDI" in actors


def test_a_verbs_form_opens_no_name_and_a_korean_body_without_hanguk() -> None:
    text = ("수출\n\n김정관 산업부 장관은 \"미국 관세 조치에 대응해 수출 시장 다변화를 추진하겠다\"고 말했다.\n\n"
            "한국무역협회는 수출이 늘 것으로 내다봤다. 정만기 무역협회 상근부회장은 \"환율이 변수\"라고 진단했다.\n")
    actors = _actors(text)
    assert [a.name for a in actors.values() if a.kind == "person"] == ["김정관", "정만기"]
    assert "무역협회" in actors["한국무역협회"].aliases and actors["정만기"].affiliation == "한국무역협회"


def test_japanese_ministers_and_a_foreign_ministry_beside_koreas_own() -> None:
    text = ("한중일 외교장관 회의\n\n조현 외교부 장관과 왕이 중국 외교부장, 이와야 다케시 일본 외무상은 23일 회의를 열었다.\n\n"
            "중국 외교부 대변인은 \"회의가 건설적이었다\"고 평가했다.\n")
    actors = _actors(text)
    assert actors["이와야 다케시"].title == "외무상" and actors["이와야 다케시"].affiliation == "일본"
    assert actors["왕이"].affiliation == "중국"
    assert actors["외교부"].affiliation == "한국" and actors["중국 외교부"].affiliation == "중국"
    # named first with its country (or its letter), a bare 외교부 later is the foreign one
    only = _actors("中 외교부 \"개입 말라\"\n\n중국 외교부는 22일 경고했다. 외교부 대변인은 말했다.\n")
    assert only["외교부"].affiliation == "중국" and "중국 외교부" not in only


INTERVIEW = ("[인터뷰] 조동철 KDI 원장 \"구조개혁 없이는 성장 어렵다\"\n\n"
             "조동철 한국개발연구원(KDI) 원장은 지난 10일 본지와 인터뷰를 했다.\n\n"
             "-올해 성장률을 어떻게 보나.\n\n1%대 후반으로 본다. 내수가 약하다.\n\n"
             "-정부의 재정 확대는 효과가 있을까.\n\n단기적으로는 도움이 된다.\n\n다만 재정 건전성도 함께 봐야 한다.\n\n"
             "한편 기획재정부는 다음 달 경제정책방향을 발표할 예정이다.\n")


def test_unquoted_interview_answers_are_the_interviewees() -> None:
    said = [(q.text, q.speaker) for q in analyse(INTERVIEW).quotes if q.kind == "direct"]
    assert ("1%대 후반으로 본다. 내수가 약하다.", "조동철") in said
    assert ("다만 재정 건전성도 함께 봐야 한다.", "조동철") in said  # an answer of two paragraphs
    assert not any(t.startswith("한편") for t, _ in said)  # the reporter again


def test_bullets_are_no_interview() -> None:
    text = ("수출 동향\n\n산업부는 1일 수출 실적을 발표했다.\n\n- 수출 7% 증가\n\n반도체가 이끌었다.\n\n"
            "- 수입 3% 감소\n\n에너지 가격이 내렸다.\n")
    assert [q for q in analyse(text).quotes if q.kind == "direct"] == []
