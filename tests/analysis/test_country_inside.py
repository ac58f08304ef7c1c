"""One country rule for all languages (the coordinator's decision of the eighteenth session): a country named ONLY inside
another actor's name or title ("МИД России", "посол США X", "미국 국무부", "토니 블링컨 미국 국무장관") is no actor of its
own; a country that acts or is spoken of in its own right ("Москва заявила", "в России", "미국의 관세") is. English does
it in pipeline.keep_actors (tests/analysis/test_en_s17_actors.py); these are the Russian and Korean forms, on short texts
of their own (several phrasings, none taken from the actor set), with near misses."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _countries(text: str) -> set[str]:
    return {a.name for a in analyse(text).actors if a.kind == "country"}


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in analyse(text).actors}


@pytest.mark.parametrize("text,country", [
    ("Глава МИД России Сергей Лавров провёл переговоры с коллегами в Анкаре.", "Россия"),  # a body's name
    ("В Минсельхозе России уточнили, что первые партии зерна будут отправлены в январе.", "Россия"),
    ("Министерство финансов России предложило сократить расходы на субсидии.", "Россия"),
    ("Пресс-секретарь президента России Дмитрий Песков назвал решение ошибочным.", "Россия"),  # a title chain
    ("Посол России в Германии Сергей Нечаев заявил, что диалог пока невозможен.", "Россия"),
    ("Постоянный представитель России при международных организациях Михаил Ульянов назвал доклад предвзятым.", "Россия"),
    ("Вчера госсекретарь США Марко Рубио провёл телефонный разговор с коллегами из Европы.", "США"),
    ("Министр иностранных дел Турции Хакан Фидан предложил провести встречу в Стамбуле.", "Турция"),
])
def test_a_russian_country_named_only_inside_a_body_or_a_title_is_no_actor(text: str, country: str) -> None:
    assert country not in _countries(text)


def test_the_person_keeps_the_country_as_affiliation() -> None:
    found = _affiliations("Пресс-секретарь президента России Дмитрий Песков назвал решение ошибочным.")
    assert found.get("Дмитрий Песков") == "Россия" and "Россия" not in found


@pytest.mark.parametrize("text,country", [
    ("Глава МИД России Сергей Лавров заявил, что Россия не будет замораживать конфликт.", "Россия"),  # acts
    ("Москва готова к переговорам, заявил глава МИД России Сергей Лавров.", "Россия"),  # a capital as metonym
    ("Министр здравоохранения Михаил Мурашко заявил, что России не хватает врачей.", "Россия"),  # spoken of
    ("Министр финансов Антон Силуанов заявил, что экономика России растёт.", "Россия"),  # after a lower-case word
    ("Президент США Дональд Трамп заявил, что санкции против России не работают.", "Россия"),
    ("Президент Турции Реджеп Тайип Эрдоган предложил Анкару как место переговоров. Турция готова принять делегации.",
     "Турция"),
])
def test_a_russian_country_that_acts_or_is_spoken_of_stays_an_actor(text: str, country: str) -> None:
    assert country in _countries(text)


@pytest.mark.parametrize("text,country", [
    ("토니 블링컨 미국 국무장관은 북한의 도발을 규탄한다고 말했다.", "미국"),  # a title after the country
    ("세르게이 라브로프 러시아 외무장관은 모스크바에서 기자들과 만나 협력을 강조했다.", "러시아"),
    ("미국 국무부는 동맹과의 협의는 계속될 것이라고 밝혔다.", "미국"),  # a body after it
    ("일본 방위성도 미사일이 배타적경제수역 밖에 떨어진 것으로 추정된다고 밝혔다.", "일본"),
    ("시장에서는 미국 연방준비제도(연준)의 금리 결정이 변수라는 분석이 나온다.", "미국"),
    ("한국과 중국, 일본 외교장관이 7일 도쿄에서 만나 협력을 논의했다.", "중국"),  # a list before one title
    ("왕이 중국 공산당 중앙외사판공실 주임은 협력을 강조했다.", "중국"),
])
def test_a_korean_country_named_only_inside_a_body_or_a_title_is_no_actor(text: str, country: str) -> None:
    assert country not in _countries(text)


@pytest.mark.parametrize("text,country", [
    ("안덕근 장관은 \"미국의 관세 조치에 대비해 기업 지원을 강화하겠다\"고 말했다.", "미국"),  # spoken of
    ("피트 헤그세스 미국 국방장관은 \"미국의 방위 공약은 확고하다\"고 답했다.", "미국"),  # named in its own right too
    ("토니 블링컨 미국 국무장관은 북한이 도발을 멈춰야 한다고 말했다.", "북한"),
])
def test_a_korean_country_that_acts_or_is_spoken_of_stays_an_actor(text: str, country: str) -> None:
    assert country in _countries(text)


@pytest.mark.parametrize("text,country", [
    ("삼성전자는 미국 시장에서 판매를 늘렸다고 밝혔다.", "미국"),  # a market (was a near miss of the title rule: no mayor)
    ("현대차는 미국 조지아주 전기차 공장의 생산 능력을 늘리기로 했다.", "미국"),
    ("회사 측은 \"비비고 만두의 미국 판매가 두 배로 늘었다\"고 설명했다.", "미국"),
    ("국무부 대변인은 한국 언론의 질의에 \"훈련은 방어적 성격\"이라고 답했다.", "한국"),
    ("한화오션이 영국 조선사 인수를 추진하고 있다고 밝혔다.", "영국"),
    ("정부는 대만 문제에 대해 말을 아꼈다.", "대만"),
    ("이 회사는 베트남 법인을 연내 출범시킬 계획이라고 밝혔다.", "베트남"),
    ("미국과 중국 시장에서 판매가 줄었다고 회사는 밝혔다.", "중국"),  # a list before the noun
])
def test_a_korean_country_that_only_modifies_a_common_noun_is_no_actor(text: str, country: str) -> None:
    """As English names no country for "U.S. stockpiles" or "the largest U.S. steelmaker" (nineteenth session)."""
    assert country not in _countries(text)


@pytest.mark.parametrize("text,country", [
    ("하야시 관방장관은 \"한국 측의 항의는 받아들일 수 없다\"고 반박했다.", "한국"),  # its side acts
    ("중국 당국은 수출 통제를 강화하겠다고 밝혔다.", "중국"),  # its authorities
    ("쿠웨이트 축구대표팀은 한국에 졌다.", "쿠웨이트"),  # its national team (as ko19's answer reads)
    ("회사는 미국 내 공장을 늘리겠다고 밝혔다.", "미국"),  # a place
    ("정부는 미국 등 주요국과 협의하겠다고 밝혔다.", "미국"),  # a list word
    ("삼성전자는 미국 공장을 늘리고 미국의 보조금을 받겠다고 밝혔다.", "미국"),  # named in its own right too
    ("美, 반도체 관세 부과…업계 긴장", "미국"),  # a headline's comma: the country acts
])
def test_a_korean_country_before_its_side_a_place_or_in_its_own_right_stays(text: str, country: str) -> None:
    assert country in _countries(text)
