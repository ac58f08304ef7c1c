"""Russian rules of the fifteenth session, each tested on short texts of their own (several phrasings, none taken
from the actor set): a body named again by its kind alone is the body of that kind named before; a body "of the
city" is the one city's; nouns for a body made of a role word are no role."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_names import is_role
from briefing_app.core.model import Quote


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


def _speaker_of(text: str, words: str) -> str | None:
    """The speaker of the quote or reported speech that holds `words`."""
    at = text.index(words)
    return next(q.speaker for q in _speech(text) if q.start <= at < q.end)


@pytest.mark.parametrize("text,words,speaker", [
    ("Министерство энергетики Казахстана отказалось снижать цену. Вице-министр Ерлан Аккенженов провёл встречу с "
     "делегацией. В министерстве пообещали, что переговоры продолжатся в декабре.", "переговоры продолжатся",
     "Министерство энергетики Казахстана"),
    ("Депутат Виктор Петров направил запрос в областное министерство тарифного регулирования и энергетики. В министерстве "
     "пообещали рассмотреть обращение в течение месяца.", "рассмотреть обращение",
     "Областное министерство тарифного регулирования и энергетики"),
    ("Депутат Ольга Белова написала в региональное министерство труда и социальной защиты. В министерстве ответили, "
     "что выплаты начнутся в мае.", "выплаты начнутся", "Региональное министерство труда и социальной защиты"),
    ("Свежий прогноз опубликовал Центр макроэкономического анализа и краткосрочного прогнозирования (ЦМАКП). По оценке "
     "экспертов центра, инфляция замедлится к весне.", "инфляция замедлится", "ЦМАКП"),
    ("Ремонт сетей ведёт компания «Теплосеть». Предприятие обещает закончить работы досрочно.", "закончить работы",
     "Теплосеть"),
    ("По версии следствия, чиновник получил взятку в 5 млн рублей. Официальный представитель Следственного комитета "
     "Светлана Петренко уточнила, что обвиняемому грозит до 12 лет.", "чиновник получил", "Следственный комитет"),
])
def test_a_body_named_by_its_kind_alone_is_the_one_of_that_kind_named_before(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize("text,words", [
    # an adjective before the noun makes it a description of its own, no body named before
    ("Министерство энергетики Казахстана провело переговоры. Эстонское внешнеполитическое ведомство уточнило, что "
     "дипломаты покинут страну.", "дипломаты покинут"),
    # no body of that kind before: nothing is named ("компания" is no ministry)
    ("Компания «Теплосеть» начала ремонт. В министерстве пообещали проверить сроки работ.", "проверить сроки"),
])
def test_no_body_of_that_kind_named_before_gives_none(text: str, words: str) -> None:
    assert _speaker_of(text, words) not in ("Министерство энергетики Казахстана", "Теплосеть")


@pytest.mark.parametrize("text,words,speaker", [
    ("Глава Челябинска Алексей Громов провёл совещание. Как сообщили в пресс-службе администрации города, подачу тепла "
     "восстановят к вечеру.", "подачу тепла", "Администрация Челябинска"),
    ("Мэр Казани Илсур Метшин осмотрел дороги. В мэрии города заявили, что ремонт завершится в мае.", "ремонт завершится",
     "Мэрия Казани"),
    # "В мэрии" after the administration named in full: the same body
    ("Глава Челябинска Алексей Громов провёл совещание. Как сообщили в пресс-службе администрации города, подачу тепла "
     "восстановят к вечеру. В мэрии уточнили, что заявка поступила в августе.", "заявка поступила",
     "Администрация Челябинска"),
])
def test_a_body_of_the_city_is_the_one_citys(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_a_body_of_the_city_with_two_cities_keeps_its_words() -> None:
    text = ("Мэр Казани Илсур Метшин и мэр Перми Эдуард Соснин подписали соглашение. Как сообщили в пресс-службе "
            "администрации города, документ вступит в силу в мае.")
    assert _speaker_of(text, "документ вступит") == "Администрация города"


@pytest.mark.parametrize("word", ["мэрии", "мэрия", "посольстве", "Посольство", "секретариате", "экспертизы",
                                  "губернаторства", "представительстве"])
def test_a_body_made_of_a_role_word_is_no_role(word: str) -> None:
    assert not is_role(word)


@pytest.mark.parametrize("word", ["мэр", "мэра", "посол", "посла", "секретарь", "эксперт", "экспертов", "губернатора",
                                  "представитель"])
def test_the_role_words_stay_roles(word: str) -> None:
    assert is_role(word)


def _mention_of(text: str, words: str) -> str | None:
    at = text.index(words)
    return next((q.mention.text if q.mention else None) for q in _speech(text) if q.start <= at < q.end)


@pytest.mark.parametrize("text,words,speaker", [
    ("Стороны не договорились о цене. Об этом журналистам сообщил министр энергетики Киргизии Таалайбек Ибраев.",
     "не договорились", "Таалайбек Ибраев"),
    ("Тарифы вырастут на 9%. Об этом корреспонденту ТАСС рассказал глава компании Иван Петров.", "Тарифы вырастут",
     "Иван Петров"),
    ("Тарифы вырастут на 9%. Об этом «Известиям» сообщил депутат Олег Смолин.", "Тарифы вырастут", "Олег Смолин"),
])
def test_an_addressee_before_the_verb_is_no_source(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize("text,words,speaker", [
    ("Компания «Ростелеком» ведёт переговоры. «Мы не комментируем слухи», — сказал представитель «Ростелекома».",
     "не комментируем", "Ростелеком"),
    ("Авиакомпания «Аэрофлот» расширяет парк. Сделка одобрена, сообщил пресс-секретарь «Аэрофлота».", "Сделка одобрена",
     "Аэрофлот"),
    ("Сам «Ростелеком» в отчёте за третий квартал отмечал, что выручка выросла на 6%.", "выручка выросла", "Ростелеком"),
    ("«Газпром» в своём заявлении подчеркнул, что поставки продолжатся.", "поставки продолжатся", "Газпром"),
])
def test_a_body_in_guillemets_speaks_through_its_people_and_its_documents(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize("text,words,speaker", [
    ("Глава Минфина Антон Силуанов ранее отмечал, что бюджет сбалансирован.", "бюджет сбалансирован", "Антон Силуанов"),
    ("Эльвира Набиуллина не раз подчёркивала, что инфляция остаётся высокой.", "инфляция остаётся", "Эльвира Набиуллина"),
    ("Политолог Иван Петров ранее писал, что реформа затянется.", "реформа затянется", "Иван Петров"),
    ("Министр Сергей Кравцов напоминал, что экзамены пройдут в мае.", "экзамены пройдут", "Сергей Кравцов"),
])
def test_the_imperfective_past_of_a_verb_of_saying_reports(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize("text,words,mention", [
    ("Сумма сделки может составить около 12 млрд рублей, говорит один из собеседников «Ведомостей».", "Сумма сделки",
     "один из собеседников «Ведомостей»"),
    ("Решение уже принято, сообщил источник «Известий» в правительстве.", "Решение уже",
     "источник «Известий» в правительстве"),
    ("Компания ведёт переговоры о покупке. Об этом «Ведомостям» рассказали два источника в отрасли, знакомые с ходом "
     "переговоров.", "ведёт переговоры", "два источника в отрасли"),
])
def test_an_unnamed_source_keeps_its_outlet_and_drops_a_participle_after_it(text: str, words: str, mention: str) -> None:
    assert _mention_of(text, words) == mention


def test_an_outlet_told_after_a_title_is_no_part_of_it() -> None:
    text = "«Мы не будем повышать тарифы», — сказал министр «Известиям»."
    assert "Известиям" not in (_mention_of(text, "не будем") or "")


def _governments(text: str) -> list[str]:
    return [a.name for a in analyse(text).actors if a.name.startswith("Правительств")]


@pytest.mark.parametrize("text", [
    # many governments: no one body
    "Европейские правительства ввели санкции. Министр Сергей Лавров заявил, что Россия ответит.",
    "Западные правительства ввели санкции. Министр Сергей Лавров заявил, что Россия ответит.",
    "Правительства стран ЕС обсудят пошлины. Министр Сергей Лавров заявил, что Россия ответит.",
    "Правительства многих стран ввели пошлины на сталь. Министр финансов Антон Силуанов заявил, что Россия ответит.",
    # the place of a career, not a party of the text
    "Иван Петров, который восемь лет работал в правительстве, заявил, что реформа нужна.",
    "Андрей Белоусов пришёл в правительство в 2013 году. Он заявил, что бюджет сбалансирован.",
    "Алексей Кудрин ушёл из правительства в 2011 году. Он заявил, что реформа нужна.",
])
def test_many_governments_or_a_careers_place_are_no_government_actor(text: str) -> None:
    assert _governments(text) == []


@pytest.mark.parametrize("text", [
    "Решение правительства поддержал министр Антон Силуанов.",
    "Постановление правительства вступит в силу в мае, сообщил министр Антон Силуанов.",
    "Профсоюз требует от правительства повысить зарплаты учителям.",
    "Правительство поддержало законопроект, сообщил министр Антон Силуанов.",
])
def test_the_government_as_a_party_stays_an_actor(text: str) -> None:
    assert _governments(text) == ["Правительство России"]


@pytest.mark.parametrize("text,words,speaker", [
    ("Ташкент готов рассмотреть просьбу Бишкека, передаёт агентство «Дунё» со ссылкой на источник в правительстве.",
     "готов рассмотреть", "Дунё"),
    ("Цены на никель вырастут, сообщает агентство Bloomberg.", "Цены на никель", "Bloomberg"),
    ("Проект строительства отложен, пишет газета «Ведомости».", "Проект строительства", "Ведомости"),
    ("Россия, сообщает агентство Reuters, готова продлить сделку.", "готова продлить", "Reuters"),
])
def test_an_outlet_named_after_its_kind_is_the_source(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize("text,words,speaker", [
    ("Глава Минэнерго Сергей Цивилёв тоже считает, что отрасль справится.", "отрасль справится", "Сергей Цивилёв"),
    ("Министр Антон Силуанов, кстати, тоже считает, что бюджет выдержит.", "бюджет выдержит", "Антон Силуанов"),
    ("Минфин по-прежнему настаивает, что налоги не вырастут.", "налоги не вырастут", "Минфин"),
    ("Губернатор Денис Паслер прямо заявил, что дорогу достроят к осени.", "дорогу достроят", "Денис Паслер"),
])
def test_an_adverb_between_the_subject_and_its_verb_is_passed_over(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker


def test_someone_the_interviewee_reports_is_the_source_of_that_sentence() -> None:
    text = ("Глава «Российских железных дорог» Олег Белозёров рассказал РБК, когда вырастут тарифы.\n\n"
            "— Грузоотправители говорят, что рост тарифов ударит по углю. Что вы им отвечаете?\n\n"
            "— Угольщики получают скидки уже третий год. Глава Минэнерго Сергей Цивилёв, кстати, тоже считает, что "
            "отрасль справится без поддержки. Мы будем следить за ситуацией.\n")
    assert _speaker_of(text, "отрасль справится") == "Сергей Цивилёв"
    assert _speaker_of(text, "Угольщики получают") == "Олег Белозёров"
    assert _speaker_of(text, "будем следить") == "Олег Белозёров"


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    a = next(a for a in analyse(text).actors if a.name == name)
    return a.title, a.affiliation


@pytest.mark.parametrize("text,name,title", [
    ("Актриса Джейн Сеймур заявила, что фильм выйдет весной.", "Джейн Сеймур", "актриса"),
    ("Певец Сергей Лазарев заявил, что тур перенесён.", "Сергей Лазарев", "певец"),
    ("Художник Иван Петров заявил, что выставка откроется в мае.", "Иван Петров", "художник"),
])
def test_artists_titles_are_read(text: str, name: str, title: str) -> None:
    assert _person(text, name)[0] == title


def test_a_committee_title_over_twelve_words_is_read_to_its_role_word() -> None:
    text = ("Председатель комитета Государственной думы по развитию гражданского общества и вопросам общественных и "
            "религиозных объединений Яна Лантратова заявила, что закон примут.")
    title, affiliation = _person(text, "Яна Лантратова")
    assert title is not None and title.startswith("председатель комитета Государственной думы по развитию")
    assert affiliation is not None and affiliation.startswith("Комитет Госдумы")


def test_entrepreneurship_is_no_role_word() -> None:
    assert not is_role("предпринимательству") and not is_role("предпринимательства")
    assert is_role("предприниматель") and is_role("предпринимателя")


@pytest.mark.parametrize("text,alias", [
    ("Указом правительства новым главой агентства назначен Иван Петров.", "правительства"),
    ("Приказом правительства утверждён новый порядок выплат.", "правительства"),
    ("В российском правительстве решение поддержали, сообщил Дмитрий Песков.", "российском правительстве"),
    ("Федеральное правительство выделит средства, сообщил министр Антон Силуанов.", "Федеральное правительство"),
])
def test_a_noun_in_om_is_no_adjective_of_the_government(text: str, alias: str) -> None:
    government = next(a for a in analyse(text).actors if a.name == "Правительство России")
    assert alias in government.aliases


@pytest.mark.parametrize("text", [
    "Новое правительство Японии поддержало законопроект.",
    "В турецком правительстве решение поддержали, сообщил Хакан Фидан.",
    "Вопрос обсудили на заседании правительства, сообщил Дмитрий Песков.",
])
def test_another_or_a_meetings_government_is_still_no_federal_one(text: str) -> None:
    assert "Правительство России" not in [a.name for a in analyse(text).actors]
