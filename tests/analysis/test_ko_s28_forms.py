"""Korean reported speech, twenty-eighth session (sentences written for these tests, none from the probe): the classes the
third written probe (tests/data/ru_probe, ko batch s28) missed — the polite and honorific styles of a verb of saying
("발표했습니다", "말씀하셨다") and the present of a view ("평가한다"), more verbs of saying ("회고했다", "반문했다",
"하소연했다", "적었다"), a group's words glossed after them ("…다는 게 농민들의 하소연이다", '“Q”는 게 주민들의 말이다'),
the owner of a quotation in the genitive ('박 장관의 “Q”라는 발언'), "…의 설명에 따르면" / "…의 말을 빌리면", a stance
held ("…겠다는 입장을 고수했다", "사퇴 의사를 밝혔다"), a side's apology ("학교 측은 … 사과했다": the school, not 측), the
honorific subject ("선생님께서는", "교수님은")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang import ko_endings, ko_words


def _speech(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _mentions(text: str) -> list[str | None]:
    return [q.mention.text if q.mention else None for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def test_styles_of_a_verb_of_saying() -> None:
    forms = ko_endings.styles(["밝혔다", "강조했다", "입을 모았다", "했다"])
    assert {"밝혔습니다", "밝히셨다", "강조하셨습니다", "강조한다", "강조합니다", "입을 모은다", "하셨다"} <= set(forms)
    assert "한다" not in forms  # "…다고 한다": the writer's hearsay
    assert ko_endings.polite("말한다") == "말합니다" and ko_endings.polite("보고 있다") == "보고 있습니다"
    assert ko_endings.polite("그렇지") is None and ko_endings.honorific("말") == []


@pytest.mark.parametrize("text, speaker", [
    ("보건당국은 마스크 착용 의무를 다음 달부터 해제한다고 발표했습니다.", "보건당국"),
    ("선생님께서는 숙제를 꼭 해 오라고 말씀하셨습니다.", "선생님"),
    ("평론가 이수진은 이 소설이 시대를 앞서갔다고 평가한다.", "이수진"),
    ("노동계는 최저임금 인상 폭이 너무 작다고 비판합니다.", "노동계"),
])
def test_polite_honorific_and_present_styles(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


@pytest.mark.parametrize("text", ["내일은 비가 올 것이라고 한다.", "그 결과 매출이 크게 늘었다고 한다."])
def test_hearsay_in_the_present_is_nobodys(text: str) -> None:
    assert _speech(text) == []


@pytest.mark.parametrize("text, speaker", [
    ("원로 배우 장미자는 무대에 처음 섰던 날이 가장 떨렸다고 회고했다.", "장미자"),
    ("가수 윤하람은 팬카페에 건강이 회복됐다고 적었다.", "윤하람"),
    ("자영업자 박민호 씨는 배달 수수료가 너무 올랐다고 하소연했다.", "박민호"),
])
def test_more_verbs_of_saying(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


def test_a_question_put_back() -> None:
    assert [k for k, _ in _speech("최 의원은 이것이 과연 공정한 절차냐고 반문했다.")] == ["indirect"]


@pytest.mark.parametrize("text, speaker", [
    ("금리가 당분간 오르지 않을 것이라는 게 투자자들의 공통된 의견이다.", "투자자"),
    ("수확량이 절반으로 줄었다는 게 농민들의 하소연이다.", "농민"),
])
def test_a_groups_words_glossed_after_them(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


@pytest.mark.parametrize("text", ["이 조치는 사실상 증세를 한다는 말이다.", "이번 사태의 책임이 누구에게 있느냐는 게 문제다."])
def test_a_gloss_with_no_source_is_the_writers(text: str) -> None:
    assert _speech(text) == []


def test_a_quotation_glossed_as_a_groups_words() -> None:
    assert _speech("“공사가 너무 늦어진다”는 게 인근 주민들의 말이다.") == [("direct", "인근 주민")]


def test_the_owner_of_a_quotation_in_the_genitive() -> None:
    assert _speech("박 장관의 “추가 규제는 없다”는 발언이 시장을 안정시켰다.") == [("direct", "박")]
    assert _mentions("박 장관의 “추가 규제는 없다”는 발언이 시장을 안정시켰다.") == ["박 장관"]


def test_a_slogan_has_no_owner_by_the_genitive() -> None:
    assert all(s != "회사" for _, s in _speech("시민들은 광장에 모였다.\n그 회사의 “혁신”이라는 구호는 공허하게 들렸다."))


@pytest.mark.parametrize("text, speaker", [
    ("업계 관계자의 설명에 따르면 공장은 다음 달 가동을 멈춘다.", "관계자"),
    ("시민단체의 주장에 따르면 예산의 절반이 쓰이지 않았다.", "시민단체"),
    ("경찰의 말을 빌리면 사고 차량은 시속 100km로 달렸다.", "경찰"),
])
def test_according_to_someones_words(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("야당은 특검을 반드시 관철하겠다는 입장을 고수했다.", "야당"),
    ("정부는 추가 감세는 없다는 뜻을 분명히 했다.", "정부"),
])
def test_a_stance_held_with_its_content(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


def test_an_intention_stated_on_a_noun() -> None:
    assert _mentions("박 회장은 이사회에서 회장직 사퇴 의사를 밝혔다.") == ["박 회장"]
    assert _speech("회사는 내년에 공장을 새로 지을 계획이다.") == []


@pytest.mark.parametrize("text, speaker", [
    ("학교 측은 피해 학생 가족에게 공식 사과했다.", "학교"),
    ("제조사 측은 결함을 인정하고 소비자들에게 사과했다.", "제조사"),
])
def test_a_sides_apology_is_the_sides(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


def test_honorific_topics() -> None:
    assert ko_words.plain_topic("할머니께서") == "할머니" and ko_words.plain_topic("교수님") == "교수"
    assert ko_words.plain_topic("선생님") == "선생님" and ko_words.plain_topic("손님") == "손님"
    assert _speech("할머니께서는 “전쟁 때는 먹을 게 없었다”고 말씀하셨다.") == [("direct", "할머니")]


def test_speaking_groups() -> None:
    assert ko_words.speaking_group("상인들") == "상인" and ko_words.speaking_group("외교관") == "외교관"
    assert ko_words.speaking_group("기업들") is None and ko_words.speaking_group("들") is None


@pytest.mark.parametrize("text, speaker", [
    ("정부는 국민들에게 방역 수칙 준수를 당부했습니다.", "정부"),
    ("야당은 즉각 반발했습니다.", "야당"),
    ("보건복지부는 확진자가 다음 달 줄어들 것으로 전망했습니다.", "보건복지부"),
    ("광주시는 수위가 오르고 있다며 주민들에게 대피를 권고했습니다.", "광주시"),
    ("금리가 오를 것이라고 한국은행이 밝혔습니다.", "한국은행"),
])
def test_polite_stances_forecasts_and_sources_after(text: str, speaker: str) -> None:
    assert _speech(text) == [("indirect", speaker)]


def test_a_fields_view_in_the_polite_style_is_nobodys() -> None:
    assert _speech("업계에서는 수요가 회복될 것으로 보고 있습니다.") == []


@pytest.mark.parametrize("text, speaker", [
    ("“장사가 안 돼요. 손님이 없어요.” 남대문시장에서 만난 상인 박정순 씨의 말이다.", "박정순"),
    ("“이제 좀 살 것 같다.” 회사원 김민지 씨의 말이다.", "김민지"),
])
def test_a_person_met_named_after_the_quotation(text: str, speaker: str) -> None:
    assert _speech(text)[0] == ("direct", speaker)


@pytest.mark.parametrize("text, speaker", [
    ("회의가 끝났다. 김하늘 교수는 이렇게 말했다. “위기는 기회다.”", "김하늘"),
    ("정부는 다음과 같이 밝혔습니다. “추가 대책은 없다.”", "정부"),
])
def test_a_sentence_announcing_the_quotation(text: str, speaker: str) -> None:
    assert _speech(text) == [("direct", speaker)]


def test_a_sentence_announcing_no_words_names_no_speaker() -> None:
    assert _speech("날씨가 이렇게 변했다. “놀랍다.”") == [("direct", None)]
