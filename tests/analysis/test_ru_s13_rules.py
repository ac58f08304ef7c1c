"""Russian and Korean reported-speech and source rules of the thirteenth session (analysis/lang/ru_*.py, ko_said.py),
each tested on short texts of their own: an interviewer's dashed remark between answers, an adverb between "Как" and its
verb, documents the words "следует из", "Как пишет X со ссылкой на Y", beliefs and reasoning before a colon, a demand
with an infinitive, a pronoun after a dialogue line, a place in an oblique case is no person, a body named with its
genitive words before its verb, and the Korean "…다는 설명이다" / "…다는 게 X의 분석이다"."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.model import Quote


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _covering(text: str, words: str) -> list[Quote]:
    at = text.index(words)
    return [q for q in _speech(text) if q.start <= at + 2 and at + len(words) - 2 <= q.end]


INTERVIEW = ("Директор завода Иван Петров рассказал РБК о планах предприятия.\n\n"
             "— Выпуск в этом году снизился. Почему?\n\n"
             "— Не хватает металла. Поставщики срывают сроки.\n\n"
             "— В министерстве говорят, что металла на рынке достаточно.\n\n"
             "— {answer}\n\n"
             "— А что будет с зарплатами?\n\n"
             "— Мы их проиндексируем с января.\n")


@pytest.mark.parametrize("answer", ["Я с этим не согласен. Склады поставщиков пусты.",
                                    "Это не так. Мы закупаем металл втрое дороже, чем год назад."])
def test_an_interviewers_dashed_remark_is_answered_by_the_next_turn(answer: str) -> None:
    text = INTERVIEW.format(answer=answer)
    found = _covering(text, answer.split(".")[0])
    assert found and found[0].speaker == "Иван Петров"
    remark = _covering(text, "металла на рынке достаточно")
    assert remark and all(q.speaker != "Иван Петров" for q in remark)  # the ministry's words, not the interviewee's


@pytest.mark.parametrize("sentence,speaker", [
    ("Как однажды заметил министр финансов Антон Силуанов, бюджет не резиновый.", "Антон Силуанов"),
    ("Как уже сообщал губернатор Олег Котов, мост откроют в мае.", "Олег Котов"),
    ("Как справедливо отмечает экономист Мария Львова, цены растут быстрее зарплат.", "Мария Львова"),
])
def test_an_adverb_may_stand_between_kak_and_its_verb(sentence: str, speaker: str) -> None:
    found = _speech(sentence)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("sentence", [
    "Минимальная цена на водку с января вырастет до 349 рублей, следует из приказа Минфина.",
    "Школы перейдут на новый график с сентября, следует из распоряжения правительства области.",
    "Контракт с подрядчиком расторгнут, следует из постановления администрации города.",
])
def test_an_order_or_a_decree_says_what_follows_from_it(sentence: str) -> None:
    assert _speech(sentence)


@pytest.mark.parametrize("sentence,speaker", [
    ("Как пишет «Коммерсант» со ссылкой на участников рынка, производители ожидали более мягкого повышения.", "Коммерсант"),
    ("Как сообщает ТАСС со ссылкой на источник в правительстве, решение уже принято.", "ТАСС"),
])
def test_the_outlet_citing_others_is_the_source(sentence: str, speaker: str) -> None:
    found = _speech(sentence)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("sentence,source", [
    ("Правозащитники убеждены: новые требования ударят прежде всего по мигрантам.", "Правозащитники"),
    ("Чиновники рассуждают просто: нет статей — нет и денег.", "Чиновники"),
    ("Экологи убеждены, что свалку нужно закрыть немедленно.", "Экологи"),
])
def test_a_belief_or_reasoning_before_a_colon_or_that_is_reported(sentence: str, source: str) -> None:
    found = _speech(sentence)
    assert found and found[0].mention is not None and found[0].mention.text == source


@pytest.mark.parametrize("sentence,content", [
    ("Профсоюз требует повысить зарплаты учителям.", "повысить зарплаты"),
    ("Министерство науки и высшего образования вновь требует от институтов ежеквартально отчитываться о публикациях.",
     "отчитываться о публикациях"),
    ("Жители требуют от администрации района вернуть автобусный маршрут.", "вернуть автобусный маршрут"),
])
def test_a_demand_with_an_infinitive_is_reported(sentence: str, content: str) -> None:
    assert any(content in q.text for q in _speech(sentence))


def test_a_noun_in_st_is_no_infinitive_of_a_demand() -> None:
    assert not _speech("Область требует часть средств на дороги.")


def test_his_words_after_a_dialogue_line_are_its_speakers() -> None:
    text = ("Соглашение подписали министр энергетики Николай Шульгин и министр энергетики Мали Мусса Диарра.\n\n"
            "— Это первый проект такого масштаба в Западной Африке, — сказал Шульгин журналистам.\n\n"
            "По его словам, строительство займёт около двух лет.\n")
    found = _covering(text, "строительство займёт")
    assert found and found[0].speaker == "Николай Шульгин"


def test_a_place_in_an_oblique_case_is_no_person_a_pronoun_stands_for() -> None:
    text = ("Министр Олег Котов провёл совещание. Речь шла о проектах в Западной Африке.\n\n"
            "По его словам, строительство займёт около двух лет.\n")
    found = _covering(text, "строительство займёт")
    assert found and found[0].speaker == "Олег Котов"


@pytest.mark.parametrize("text,speaker", [
    ("산업통상자원부는 1일 반도체 수출이 18% 늘었다고 발표했다. 메모리 가격이 오르면서 수출액이 커졌다는 설명이다.\n",
     "산업통상자원부"),
    ("구 관계자는 \"신청자가 많으면 소득 기준으로 선정할 계획\"이라고 말했다. 지원 기간은 최대 12개월이라는 설명이다.\n", "관계자"),
    ("중국 수출은 4% 줄었다. 미국의 대중 수출 규제가 영향을 미쳤다는 게 업계의 분석이다.\n", "업계"),
    ("공장 가동률은 60%에 그쳤다. 원자재 가격이 오른 탓이라는 것이 회사 측 설명이다.\n", "회사 측"),
])
def test_a_korean_gloss_of_words_takes_its_source(text: str, speaker: str) -> None:
    glossed = [q for q in _speech(text) if q.cue in ("설명", "분석")]
    assert glossed and glossed[0].speaker == speaker


def test_a_korean_gloss_with_nobody_before_invents_no_source() -> None:
    text = "날씨가 추워졌다. 올겨울은 길어질 것이라는 분석이다.\n"
    assert not [q for q in _speech(text) if q.cue == "분석"]


@pytest.mark.parametrize("text,speaker", [
    ("«Спартак» расторг контракт с главным тренером Деяном Станковичем. Решение принято по итогам сезона.\n\n"
     "По словам тренера, команде не хватило стабильности.\n", "Деян Станкович"),
    ("Совет директоров расстался с генеральным директором Игорем Сечкиным. Акции компании выросли.\n\n"
     "По словам директора, он узнал о решении из новостей.\n", "Игорь Сечкин"),
])
def test_a_title_given_only_in_an_oblique_case_still_names_its_holder(text: str, speaker: str) -> None:
    found = [q for q in _speech(text) if q.kind == "indirect"]
    assert found and found[-1].speaker == speaker


def test_a_counterparts_oblique_title_is_no_source_when_another_use_names_one() -> None:
    text = ("Министр Сергей Лавров провёл переговоры с министром Венгрии Петером Сийярто.\n\n"
            "По словам министра, переговоры прошли успешно.\n")
    found = [q for q in _speech(text) if q.kind == "indirect"]
    assert found and found[-1].speaker == "Сергей Лавров"


@pytest.mark.parametrize("text,speaker", [
    ("Заместитель председателя Совета Федерации Константин Косачев поддержал инициативу. «Турция умеет быть честным "
     "посредником», — написал сенатор в своём Telegram-канале.\n", "Константин Косачев"),
    ("Председатель комитета Ольга Ким выступила против поправок. «Мы не будем это поддерживать», — заявила депутат.\n",
     "Ольга Ким"),
])
def test_a_description_after_a_quotation_is_the_person_the_paragraph_named(text: str, speaker: str) -> None:
    found = [q for q in _speech(text) if q.kind == "direct"]
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Законопроект внесла в Думу группа депутатов во главе с Ярославом Ниловым. В пояснительной записке говорится, что "
     "новая система позволит сократить число нелегальных работников.\n", "Ярослав Нилов"),
    ("Минстрой направил в правительство проект постановления о льготной ипотеке. Как говорится в пояснительной записке, "
     "ставка не превысит 6% годовых.\n", "Минстрой"),
])
def test_a_document_with_no_author_named_is_its_senders(text: str, speaker: str) -> None:
    found = [q for q in _speech(text) if q.kind == "indirect"]
    assert found and found[-1].speaker == speaker


@pytest.mark.parametrize("sentence,speaker,content", [
    ("Губернатор Пермского края Дмитрий Махонин поручил министерству транспорта региона подготовить предложения до марта.",
     "Дмитрий Махонин", "подготовить предложения"),
    ("Мэр Москвы Сергей Собянин ранее поручил проверить все контракты ведомства.", "Сергей Собянин", "проверить все контракты"),
    ("Президент Владимир Путин поручил правительству продлить программу до 2030 года.", "Владимир Путин", "продлить программу"),
])
def test_an_order_given_is_its_givers_words(sentence: str, speaker: str, content: str) -> None:
    found = [q for q in _speech(sentence) if content in q.text]
    assert found and found[0].speaker == speaker


def test_an_order_needs_an_infinitive() -> None:
    assert not _speech("Губернатор поручил это дело своему заместителю.")


@pytest.mark.parametrize("text,speaker,content", [
    ("독감 환자가 늘면서 방역 당국이 고위험군의 예방접종을 당부했다.\n", "방역 당국", "고위험군의 예방접종"),
    ("대한응급의학회 이형민 회장은 \"인력은 그대로\"라고 밝혔다. 이 회장은 정부에 야간 진료 수가 인상을 요구했다.\n", "이형민",
     "야간 진료 수가 인상"),
    ("보건복지부는 의료계에 집단행동 중단을 촉구했다.\n", "보건복지부", "집단행동 중단"),
])
def test_a_korean_demand_put_as_an_object_is_its_subjects_words(text: str, speaker: str, content: str) -> None:
    found = [q for q in _speech(text) if q.text == content]
    assert found and found[0].speaker == speaker


def test_a_korean_object_of_nobody_who_speaks_is_no_demand() -> None:
    assert not _speech("시민들이 공원에서 더 많은 쓰레기통 설치를 요구했다.\n")


def test_the_russian_foreign_ministry_is_named_as_the_text_names_it_with_the_country() -> None:
    text = "Глава МИД России Сергей Лавров провёл переговоры. В МИД заявили, что встреча прошла хорошо.\n"
    actors = {a.name: a for a in analyse(text).actors}
    assert "МИД России" in actors and "МИД" in actors["МИД России"].aliases
    assert actors["Сергей Лавров"].affiliation == "МИД России"


def test_the_foreign_ministry_named_without_a_country_keeps_its_short_name() -> None:
    text = "Глава МИД Сергей Лавров провёл переговоры. В МИД заявили, что встреча прошла хорошо.\n"
    assert "МИД" in {a.name for a in analyse(text).actors}


@pytest.mark.parametrize("text", [
    "Водка подорожает\n\nМинимальная розничная цена на водку вырастет до 349 рублей.\n",
    "Пожар\n\nМинувшей ночью в Перми загорелся склад.\n",
    "Рынок\n\nМиноритарии компании обратились в суд.\n",
    "Рынок\n\nМинералы дорожают, считают эксперты.\n",  # what no ministry's short name opens with
    "Урожай\n\nМиндаль подорожал на 20%, сообщает агентство.\n",
    "ДТП\n\nМинивэн врезался в ограждение, сообщила полиция.\n",
])
def test_a_word_opening_with_min_is_no_ministry(text: str) -> None:
    assert not [a for a in analyse(text).actors if a.name.startswith("Мин")]


def test_a_body_named_by_an_adjective_is_still_found() -> None:
    assert "Конституционный суд" in {a.name for a in analyse("Жалоба\n\nКонституционный суд рассмотрит жалобу.\n").actors}


def test_ministries_by_their_short_names_are_still_found() -> None:
    text = "Пожар\n\nМинтранс и Минобороны заявили, что угрозы нет. Минюст проверит документы.\n"
    assert {"Минтранс", "Минобороны", "Минюст"} <= {a.name for a in analyse(text).actors}
    text = "Школы\n\nМинпросвещения и Минцифры заявили, что правила готовы. Минимущество области продало здание.\n"
    assert {"Минпросвещения", "Минцифры", "Минимущество"} <= {a.name for a in analyse(text).actors}


@pytest.mark.parametrize("text", [
    "Колонка | Зачем академикам отчитываться за каждую статью\n\nАвтор считает иначе.\n",
    "Жалоба\n\nЗатем комиссия рассмотрела жалобу жителей.\n",
    "Жалоба\n\nКакой комитет рассмотрит жалобу, пока неясно.\n",  # a pronoun before the body's kind
    "Жалоба\n\nКаждый суд рассмотрит жалобу жителей.\n",
    "Жалоба\n\nЭтой комиссии предстоит рассмотреть жалобу.\n",
    "Жалоба\n\nЛюбой комитет рассмотрит жалобу жителей.\n",
])
def test_a_function_word_opens_no_bodys_name(text: str) -> None:
    assert not [a for a in analyse(text).actors if a.kind == "organization"]


@pytest.mark.parametrize("text,name,affiliation", [
    ("Аналитик из «Альфа-Банка» Борис Красноженов считает, что рынок уже вырос.\n", "Борис Красноженов", "Альфа-Банк"),
    ("Её коллега из «Финама» Ольга Белова полагает, что ставка снизится.\n", "Ольга Белова", "Финам"),
    ("Экономист из ВШЭ Иван Петров считает, что инфляция замедлится.\n", "Иван Петров", "ВШЭ"),
    ("Аналитик из Сбербанка Иван Петров считает, что ставка снизится.\n", "Иван Петров", "Сбербанк"),
    ("По словам экономиста из Газпромбанка Марии Орловой, рынок растёт.\n", "Мария Орлова", "Газпромбанк"),
    ("Старший аналитик из Райффайзенбанка Денис Попов полагает, что рубль ослабнет.\n", "Денис Попов", "Райффайзенбанк"),
])
def test_a_title_from_a_body_in_guillemets_or_an_acronym_gives_the_body(text: str, name: str, affiliation: str) -> None:
    people = {a.name: a for a in analyse(text).actors if a.kind == "person"}
    assert people[name].affiliation == affiliation


def test_a_title_from_a_city_gives_no_affiliation() -> None:
    people = {a.name: a for a in analyse("Политолог из Москвы Иван Петров считает, что выборы пройдут спокойно.\n").actors
              if a.kind == "person"}
    assert people["Иван Петров"].affiliation is None


@pytest.mark.parametrize("text,name,title", [
    ("Политолог из Москвы Иван Петров считает, что выборы пройдут спокойно.\n", "Иван Петров", "политолог"),
    ("По мнению политолога из Санкт-Петербурга Олега Смирнова, выборы пройдут спокойно.\n", "Олег Смирнов", "политолог"),
    ("Учительница математики из Балашихи Ирина Соколова призналась, что устала.\n", "Ирина Соколова", "учительница математики"),
    ("Врач из Казани Анна Литвина рассказала, что больниц не хватает.\n", "Анна Литвина", "врач"),
])
def test_a_title_from_a_place_keeps_the_role_without_the_place(text: str, name: str, title: str) -> None:
    people = {a.name: a for a in analyse(text).actors if a.kind == "person"}
    assert (people[name].title, people[name].affiliation) == (title, None)


@pytest.mark.parametrize("text,firm,form", [
    ("Суд признал банкротом компанию «Стройгарант». Адвокат застройщика просил отложить заседание.\n", "Стройгарант",
     "застройщик"),
    ("Компания «Самолёт» отчиталась о продажах. Выручка девелопера выросла на 20%.\n", "Самолёт", "девелопер"),
])
def test_a_developer_named_by_its_kind_is_the_company_named_before(text: str, firm: str, form: str) -> None:
    actors = {a.name: a for a in analyse(text).actors}
    assert form in actors[firm].aliases


@pytest.mark.parametrize("text,words", [
    ("Директор поручил охраннику закрыть ворота, сообщил очевидец.\n", "закрыть ворота"),
    ("Профсоюз требует повысить зарплаты, сообщил его лидер Иван Петров.\n", "повысить зарплаты"),
])
def test_an_order_or_a_demand_ends_before_a_tag_of_saying_after_it(text: str, words: str) -> None:
    """'поручил ... закрыть ворота, сообщил очевидец': the order's words end at the comma (they took the tag in)."""
    assert words in [q.text for q in analyse(text).quotes]


@pytest.mark.parametrize("text,speaker,content", [
    ("노조는 정부가 약속한 임금 인상을 요구했다.\n", "노조", "정부가 약속한 임금 인상"),
    ("민주당은 정부가 내놓은 대책의 철회를 촉구했다.\n", "민주당", "정부가 내놓은 대책의 철회"),
    ("대한의사협회는 장관이 발표한 증원 계획의 철회를 요구했다.\n", "대한의사협회", "장관이 발표한 증원 계획의 철회"),
])
def test_a_korean_subject_inside_a_clause_before_the_demand_is_not_its_speaker(text: str, speaker: str,
                                                                              content: str) -> None:
    """'노조는 정부가 약속한 임금 인상을 요구했다': '정부가 약속한' is a clause describing the demand (a subject before a
    verb's adnominal form), so the speaker is the topic before it, and the clause is part of the words."""
    found = [q for q in _speech(text) if q.text == content]
    assert found and found[0].speaker == speaker
    assert not [q for q in _speech(text) if q.speaker == text.split()[1][:-1]]
