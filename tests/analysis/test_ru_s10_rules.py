"""Russian actor rules of the tenth session (analysis/lang/ru_*.py), one test each, on short texts of their own:
a family name that ends like a patronymic, a region's everyday name for a body that speaks, the city of "глава
города", lower-case short forms of local bodies, and "Её руководитель" after a body."""
from __future__ import annotations

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_org_case import city_from_genitive
from briefing_app.core.model import Actor
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_family_name_in_evich_is_a_person_not_an_address() -> None:
    text = ("Председатель партии Сергей Лукашевич заявил, что инфляция замедлится.\n\n"
            "— Виктор Антонович, что будет с ценами?\n\n— Они вырастут.\n")
    actors = _actors(text)
    assert actors["Сергей Лукашевич"].title == "председатель партии"
    assert "Виктор Антонович" not in actors  # an address is still no person


def test_a_region_everyday_name_of_a_speaking_body_is_the_official_region() -> None:
    text = "В правительстве Кубани сообщили, что урожай соберут к октябрю.\n"
    body = next(a for a in analyse(text).actors if a.name.lower().startswith("правительство"))
    assert body.affiliation == "Краснодарский край"


def test_head_of_the_city_and_the_city_duma_take_the_one_city_in_the_nominative() -> None:
    text = ("Казанская городская дума приняла бюджет.\n\nГлава города Андрей Носков поддержал решение. "
            "В администрации Казани уточнили, что ремонт завершат к осени.\n")
    actors = _actors(text)
    assert actors["Андрей Носков"].affiliation == "Казань"
    assert actors["Казанская городская дума"].affiliation == "Казань"
    assert city_from_genitive("Перми") == "Пермь" and city_from_genitive("Сочи") == "Сочи"
    assert city_from_genitive("Москва") == "Москва"


def test_a_lower_case_short_form_names_the_local_body_in_full() -> None:
    text = ("Тульская областная дума утвердила закон о парковках.\n\n"
            "Председатель облдумы Николай Воробьёв пояснил, что закон вступит в силу летом.\n")
    actors = _actors(text)
    assert actors["Николай Воробьёв"].affiliation == "Тульская областная дума"
    assert "облдумы" in actors["Тульская областная дума"].aliases


def test_a_short_form_with_two_bodies_that_fit_names_neither() -> None:
    text = ("Тульская областная дума и Калужская областная дума провели совместное заседание.\n\n"
            "Председатель облдумы Николай Воробьёв пояснил, что закон вступит в силу летом.\n")
    assert _actors(text)["Николай Воробьёв"].affiliation is None


def test_her_head_after_a_body_is_that_body() -> None:
    text = ("Против выступила партия «Новые люди». Её лидер Алексей Нечаев заявил, что налог ударит по бизнесу.\n")
    assert _actors(text)["Алексей Нечаев"].affiliation == "Новые люди"
    text = ("Министр Павел Ершов выступил в Думе. Его помощник Игорь Ступин заявил, что доклад готов.\n")
    assert _actors(text)["Игорь Ступин"].affiliation != "Дума"  # a person named last: not a body's head


def test_a_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = ("Клуб расторг контракт с тренером Деяном Станковичем.\n\nСам Станкович назвал решение «ожидаемым».\n")
    coach = _actors(text)["Деян Станкович"]
    assert "Сам Станкович" not in coach.aliases and "Станкович" in coach.aliases


def test_an_embassy_that_speaks_is_a_body_not_its_country() -> None:
    text = "В посольстве Франции отметили, что Париж готов к переговорам.\n"
    quote = next(q for q in analyse(text).quotes if q.kind == "indirect")
    assert "посольство франции" in {a.name.lower() for a in analyse(text).actors}
    assert quote.mention is not None and quote.mention.text.startswith("посольстве")


def test_a_body_named_only_in_a_title_is_an_actor() -> None:
    text = "Лидер оппозиционной Партии зелёных и левых Борис Чанак потребовал отставки правительства.\n"
    actors = _actors(text)
    assert actors["Партия зелёных и левых"].kind == "organization"
    assert actors["Борис Чанак"].affiliation == "Партия зелёных и левых"


def test_a_legal_form_acronym_before_a_name_in_guillemets_is_no_body_of_its_own() -> None:
    text = "Аналитик ИА «Финмаркет» Иван Петров заявил, что цены вырастут.\n"
    actors = _actors(text)
    assert "ИА" not in actors and actors["Иван Петров"].affiliation == "Финмаркет"
    assert [text[m.start:m.end] for m in actors["Финмаркет"].mentions] == ["ИА «Финмаркет»"]


def _speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in analyse(text).quotes if words in q.text)


def test_a_parenthesis_between_the_subject_and_its_verb_is_set_aside() -> None:
    text = "Гендиректор «Северстали» Александр Шевелёв (компания выпускает сталь в Череповце) считает, что спрос упадёт.\n"
    assert _speaker_of(text, "спрос упадёт") == "Александр Шевелёв"


def test_a_short_foreign_family_name_tells_no_sex_so_the_diplomat_is_her() -> None:
    text = ("Официальный представитель МИД КНР Ван Лин подтвердила, что визит состоится. "
            "Стороны обсудят торговлю, уточнила дипломат.\n")
    assert _speaker_of(text, "Стороны обсудят торговлю") == "Ван Лин"


def test_the_mayor_and_the_specialist_stand_for_the_head_of_the_city_and_the_coach() -> None:
    text = ("Глава Екатеринбурга Алексей Орлов подписал постановление.\n\n«Другого выхода нет», — сказал мэр.\n")
    assert _speaker_of(text, "Другого выхода нет") == "Алексей Орлов"
    text = ("Клуб расторг контракт с главным тренером Деяном Станковичем. Станкович назвал решение «ожидаемым».\n\n"
            "«Мы сделали всё, что могли», — сказал сербский специалист.\n")
    assert _speaker_of(text, "Мы сделали всё") == "Деян Станкович"
    text = ("Глава Якутии Айсен Николаев подписал указ.\n\n«Другого выхода нет», — сказал мэр.\n")
    assert _speaker_of(text, "Другого выхода нет") != "Айсен Николаев"  # a republic's head is no mayor


def test_an_outlet_told_is_not_a_body_that_speaks_in_guillemets() -> None:
    text = "В «Магните» сообщили, что цены на молоко не изменятся.\n"
    quote = next(q for q in analyse(text).quotes if q.kind == "indirect")
    assert quote.speaker == "Магнит" and "Магнит" in _actors(text)


def test_about_this_with_an_outlet_in_guillemets_reports_the_sentence_before() -> None:
    text = "Суд арестовал чиновника. Об этом «Интерфаксу» сообщили в пресс-службе суда.\n"
    assert any(q.text.startswith("Суд арестовал чиновника") for q in analyse(text).quotes if q.kind == "indirect")


def test_short_names_of_the_eaeu_and_a_national_bank_with_its_country() -> None:
    text = ("Страны Евразийского экономического союза обсудили торговлю. Председатель Национального банка Казахстана "
            "Тимур Сулейменов заявил, что ЕАЭС нужна общая платёжная система. Глава Нацбанка не исключил, что решение примут "
            "в этом году.\n")
    actors = _actors(text)
    assert "ЕАЭС" in actors["Евразийский экономический союз"].aliases
    bank = actors["Национальный банк Казахстана"]
    assert bank.affiliation == "Казахстан" and "Нацбанк" in bank.aliases
    assert actors["Тимур Сулейменов"].affiliation == "Национальный банк Казахстана"


def test_three_adjectives_before_a_council_and_minsk_is_no_ministry() -> None:
    text = ("Заседание Высшего Евразийского экономического совета прошло в Астане. В Минске предложение пока не "
            "прокомментировали.\n")
    actors = _actors(text)
    assert "Высший Евразийский экономический совет" in actors and "Минск" not in actors


def test_a_capital_in_the_genitive_after_a_city_noun_is_the_city() -> None:
    text = ("Мещанский районный суд Москвы арестовал чиновника. Мэр Москвы Сергей Собянин поручил проверить контракты.\n")
    actors = _actors(text)
    assert "Россия" not in actors and actors["Сергей Собянин"].affiliation == "Москва"
    text = "Эксперт считает, что без участия Вашингтона договорённости не будут работать.\n"
    assert "США" in _actors(text)  # a capital whose part or stance is meant: the state


def test_a_body_phrase_before_the_verb_and_a_pronoun_after_it() -> None:
    text = ("Президент Казахстана Касым-Жомарт Токаев на заседании Высшего Евразийского экономического совета предложил "
            "перейти на расчёты в национальных валютах. По его словам, Астана готова подготовить дорожную карту.\n")
    quotes = [q for q in analyse(text).quotes if q.kind == "indirect"]
    assert {q.speaker for q in quotes} == {"Касым-Жомарт Токаев"} and len(quotes) == 2


def test_the_head_of_a_body_by_its_short_name_is_the_person() -> None:
    text = ("Председатель Национального банка Казахстана Тимур Сулейменов выступил на форуме. "
            "Глава Нацбанка не исключил, что ставку снизят.\n")
    assert _speaker_of(text, "ставку снизят") == "Тимур Сулейменов"


def test_a_company_by_its_kind_is_the_company_the_text_is_about() -> None:
    text = ("Ритейлер «Магнит» договорился о покупке сети у инвестиционного фонда Mubadala. Сумма сделки не раскрывается, "
            "сообщила компания. Другие компании от комментариев отказались.\n")
    magnit = _actors(text)["Магнит"]
    assert "компания" in magnit.aliases and _speaker_of(text, "Сумма сделки") == "Магнит"
    fund = next((a for a in analyse(text).actors if a.name.startswith("Mubadala")), None)
    assert fund is None or "компания" not in fund.aliases  # a fund is no company


def test_a_country_inside_a_body_name_is_no_actor() -> None:
    text = "Цены вырастут, следует из оценки Ассоциации туроператоров России (АТОР).\n"
    assert "Россия" not in _actors(text)


def test_a_coach_is_of_the_club_named_in_his_sentence_and_every_club_name_in_guillemets_is_a_mention() -> None:
    text = ("«Локомотив» сменил тренера\n\nМосковский «Локомотив» расторг контракт с главным тренером Михаилом Галактионовым. "
            "Об этом сообщила пресс-служба клуба.\n\nБывший защитник «Локомотива» Дмитрий Сенников считает решение ошибкой.\n")
    actors = _actors(text)
    assert actors["Михаил Галактионов"].affiliation == "Локомотив"
    assert len([m for m in actors["Локомотив"].mentions if text[m.start:m.end].startswith("Локомотив")]) == 3


def test_a_vice_mayor_is_of_the_city_whose_head_the_text_names() -> None:
    text = ("Глава Екатеринбурга Алексей Орлов подписал постановление. Вице-мэр по вопросам транспорта Павел Крекнин "
            "уточнил, что льготы сохранятся.\n")
    assert _actors(text)["Павел Крекнин"].affiliation == "Екатеринбург"


def test_a_preposition_ends_a_descriptions_qualifiers() -> None:
    text = ("Клуб расторг контракт с тренером Деяном Станковичем. Станкович назвал решение «ожидаемым».\n\n"
            "Болельщики поблагодарили сербского специалиста за работу.\n")
    assert not [a for a in _actors(text)["Деян Станкович"].aliases if a.endswith(" за")]


def test_a_lower_case_department_in_a_title_is_a_body_and_the_holders_affiliation() -> None:
    text = ("Мэр Новосибирска Максим Кудрявцев подписал постановление. Начальник департамента транспорта и "
            "дорожно-благоустроительного комплекса мэрии Константин Антонов пояснил, что тариф не менялся два года.\n")
    actors = _actors(text)
    dept = actors["департамент транспорта и дорожно-благоустроительного комплекса мэрии"]
    assert actors["Константин Антонов"].affiliation == dept.name and dept.affiliation == "Новосибирск"
    text = ("Суд арестовал заместителя руководителя департамента транспорта и развития дорожно-транспортной "
            "инфраструктуры столицы Олега Кирсанова.\n")
    assert "департамент транспорта и развития дорожно-транспортной инфраструктуры" in _actors(text)  # the place aside


def test_a_known_short_form_is_no_other_names_initials_and_a_bank_opens_no_name() -> None:
    text = ("Банк России сохранил ключевую ставку. Председатель ЦБ Эльвира Набиуллина пояснила, что инфляция замедляется. "
            "Главный аналитик «Цифра брокер» Наталья Мильчакова считает, что ставку снизят летом.\n")
    actors = _actors(text)
    assert "ЦБ" in actors["Банк России"].aliases and actors["Эльвира Набиуллина"].affiliation == "Банк России"
    assert "ЦБ" not in actors["Цифра брокер"].aliases


def test_a_capitalised_description_opening_a_sentence_is_an_alias() -> None:
    text = "Банк России сохранил ставку. Регулятор допускает её снижение летом, говорится в релизе.\n"
    assert [m for m in _actors(text)["Банк России"].mentions if text[m.start:m.end] == "Регулятор"]


def test_about_this_with_the_subject_before_the_verb() -> None:
    text = ("Президент Турции Реджеп Тайип Эрдоган предложил провести переговоры в Стамбуле. "
            "Об этом турецкий лидер заявил журналистам после заседания правительства.\n")
    quote = next(q for q in analyse(text).quotes if q.kind == "indirect" and q.text.startswith("Президент Турции"))
    assert quote.speaker == "Реджеп Тайип Эрдоган"


def test_petersburg_by_its_everyday_name_and_its_committees() -> None:
    text = ("Власти Петербурга перенесли ремонт. Распоряжение подписал губернатор Александр Беглов. Председатель комитета "
            "по благоустройству Игорь Григорьев уточнил, что тротуары отремонтируют летом.\n")
    actors = _actors(text)
    assert actors["Александр Беглов"].affiliation == "Санкт-Петербург"
    committee = next(a for a in analyse(text).actors if a.name.lower() == "комитет по благоустройству")
    assert committee.affiliation == "Санкт-Петербург"


def test_a_bodys_last_genitive_word_is_no_alias_of_it() -> None:
    text = ("Сопредседатель партии «Альтернатива для Германии» Алис Вайдель раскритиковала решение. "
            "Власти Германии пока не ответили. Представители Германии обещали ответ позже.\n")
    party = next(a for a in analyse(text).actors if a.name.startswith("Альтернатива"))
    assert "Германии" not in party.aliases


def test_descriptions_of_a_chief_doctor_a_diplomat_and_an_expert() -> None:
    text = ("Главный врач больницы Сергей Демченко признал, что здание старое. По словам главврача, ремонт займёт год.\n")
    assert _speaker_of(text, "ремонт займёт год") == "Сергей Демченко"
    text = ("Об этом заявила официальный представитель внешнеполитического ведомства Тэмми Брюс. "
            "По словам дипломата, решение примет Белый дом.\n")
    assert _speaker_of(text, "решение примет Белый дом") == "Тэмми Брюс"


def test_four_adjectives_before_a_hospital_and_no_state_for_a_public_service() -> None:
    text = ("Государственная областная детская клиническая больница закроется на ремонт. Главный врач больницы "
            "Сергей Демченко пояснил, что пациентов переведут. Губернатор Новосибирской области Андрей Травников "
            "поручил закончить работы к 2027 году.\n")
    actors = _actors(text)
    hospital = actors["Государственная областная детская клиническая больница"]
    assert hospital.affiliation != "Россия" and actors["Сергей Демченко"].affiliation == hospital.name


def test_an_adjective_before_oblastnaya_names_no_region() -> None:
    text = ("Государственная областная больница закрылась. Министр здравоохранения Новосибирской области Ирина Гребенкина "
            "пояснила, что пациентов переведут. Губернатор Андрей Травников поручил ускорить ремонт.\n")
    assert _actors(text)["Андрей Травников"].affiliation == "Новосибирская область"


def test_a_statement_made_that_is_speech() -> None:
    text = "Губернатор Игорь Руденя выступил с заявлением, что регион справится с паводком.\n"
    assert _speaker_of(text, "регион справится") == "Игорь Руденя"
    assert not [q for q in analyse("Губернатор Игорь Руденя выступил на форуме в Твери.\n").quotes if q.kind == "indirect"]


def test_names_the_given_name_list_does_not_know_after_a_title() -> None:
    text = "Казанская городская дума приняла бюджет.\n\nГлава города Ильсур Метшин поддержал решение.\n"
    assert _actors(text)["Ильсур Метшин"].title == "глава города"
    text = "Министр экономики Черногории Никола Милошевич заявил, что инфляция замедлится.\n"
    minister = _actors(text)["Никола Милошевич"]
    assert (minister.title, minister.affiliation) == ("министр экономики", "Черногория")
    text = "Жители города Сергиев Посад жалуются на запах со свалки.\n"
    assert not [a for a in analyse(text).actors if a.kind == "person"]  # a place after "жители города" stays one


def test_more_descriptions_stand_for_the_person_named_before() -> None:
    cases = [
        ("Генеральный директор компании «Северсталь» Александр Шевелёв заявил, что спрос упадёт. "
         "По словам топ-менеджера, цены снизятся.", "Александр Шевелёв"),
        ("Предприниматель Олег Тиньков заявил, что уезжает. По словам бизнесмена, решение окончательное.", "Олег Тиньков"),
        ("Правозащитница Ева Меркачёва заявила, что условия ухудшились. По словам правозащитницы, жалоб стало больше.",
         "Ева Меркачёва"),
        ("Режиссёр Константин Богомолов заявил, что спектакль перенесут. По словам постановщика, премьера будет весной.",
         "Константин Богомолов"),
        ("Профессор МГУ Андрей Зубов заявил, что реформа провалилась. По словам учёного, деньги потрачены впустую.",
         "Андрей Зубов"),
        ("Адвокат Мария Ветрова заявила, что обжалует арест. По словам защитницы, вины нет.", "Мария Ветрова"),
        ("Ректор МГУ Виктор Садовничий заявил, что набор увеличат. По словам главы вуза, мест станет больше.",
         "Виктор Садовничий"),
        ("Нападающий «Спартака» Манфред Угальде заявил, что останется. По словам футболиста, клуб ему нравится.",
         "Манфред Угальде"),
    ]
    for text, who in cases:
        later = [q for q in analyse(text).quotes if q.start > text.index("По словам")]
        assert later and later[0].speaker == who, text


def test_two_bodies_named_at_one_place_do_not_break_the_passes_that_sort_mentions() -> None:
    # a coach after a club, with two organisations whose mentions start at the same offset (a name and its short form):
    # the passes sorting mentions by their start must never compare the actors themselves
    text = ("Федеральное агентство по туризму (Ростуризм) сообщило, что сезон откроется в мае. Её руководитель Зарина "
            "Догузова заявила, что цены вырастут. Футбольный клуб «Зенит» объявил об уходе главного тренера Сергея Семака.\n")
    from briefing_app.analysis.lang import ru_company_words, ru_heads
    from briefing_app.core.model import Span
    a = Actor("Ростуризм", "organization", None, None, [], [Span(0, 10)])
    b = Actor("Федеральное агентство", "organization", None, None, [], [Span(0, 21)])
    coach = Actor("Сергей Семак", "person", "главный тренер", None, [], [Span(30, 42)])
    ru_company_words.team_people(text, [a, b, coach])
    ru_heads.heads_of_it(text, [a, b, coach])
    assert analyse(text).actors
