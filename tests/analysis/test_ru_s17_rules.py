"""Russian actors of the seventeenth session, each kind tested on short texts of its own (several phrasings, none
taken from the actor set, with near misses): a city's or a republic's body named with the place in the genitive
("Мэрия Казани", "Правительство Якутии": the place, and no person made of the two words), a region's own body named
with no place in a text naming one region ("Законодательное собрание", "Контрольно-счётная палата", "Избирательная
комиссия") and a body named by an acronym and a region's everyday name ("ТЭК СПб")."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.affiliation) for a in analyse(text).actors}


@pytest.mark.parametrize("text,body,place", [
    ("Мэрия Новосибирска потребует от подрядчика неустойку. Об этом заявил мэр города Максим Кудрявцев.",
     "Мэрия Новосибирска", "Новосибирск"),
    ("Мэрия Казани отказалась комментировать решение суда, заявил депутат Иван Петров.", "Мэрия Казани", "Казань"),
    ("Мэрия Твери объявила конкурс на ремонт дорог. Об этом сообщил мэр города Алексей Огоньков.", "Мэрия Твери", "Тверь"),
    ("Правительство Якутии выделит деньги на ремонт, сообщил глава региона Айсен Николаев.", "Правительство Якутии",
     "Якутия"),
    ("Правительство Чувашии выделит 100 млн рублей школам, заявил глава республики Олег Николаев.",
     "Правительство Чувашии", "Чувашия"),
])
def test_a_body_named_with_its_city_or_republic_in_the_genitive_is_that_places(text: str, body: str, place: str) -> None:
    found = _actors(text)
    assert found.get(body) == ("organization", place)
    assert not [name for name, (kind, _) in found.items() if kind == "person" and name.startswith(body.split()[0])]


def test_the_mayor_of_a_city_hall_named_with_its_city_is_the_citys() -> None:
    found = _actors("Мэрия Новосибирска потребует от подрядчика неустойку. Об этом заявил мэр города Максим Кудрявцев.")
    assert found.get("Максим Кудрявцев") == ("person", "Новосибирск")


@pytest.mark.parametrize("text,name,place", [
    ("Правительство Мишустина ушло в отставку, заявил Песков.", "Правительство", "Россия"),  # a premier's, no place
    ("Правительство Медведева ушло в отставку.", "Правительство", "Россия"),
    ("Правительство Германии поддержит санкции, заявил Олаф Шольц.", "Правительство Германии", "Германия"),
    ("Мэрия пообещала, что дороги отремонтируют.", "Мэрия", None),  # no place named
])
def test_near_misses_of_bodies_named_with_a_place(text: str, name: str, place: str | None) -> None:
    found = _actors(text)
    assert found.get(name) == ("organization", place)
    assert not any(aff in ("Мишустин", "Медведев") for _, aff in found.values())


@pytest.mark.parametrize("text,body,place", [
    ("Законодательное собрание приняло закон о парковках. Депутаты Петербурга спорили два часа, рассказал спикер "
     "Александр Бельский.", "Законодательное собрание", "Санкт-Петербург"),
    ("Избирательная комиссия зарегистрировала кандидатов на выборы губернатора Свердловской области, сообщил "
     "председатель Алексей Рыжов.", "Избирательная комиссия", "Свердловская область"),
    ("Контрольно-счётная палата нашла нарушения в Петербурге, сообщил председатель палаты Андрей Бабушкин.",
     "Контрольно-счётная палата", "Санкт-Петербург"),
    ("Государственная областная больница закупит томографы, сообщили в министерстве здравоохранения Иркутской области.",
     "Государственная областная больница", "Иркутская область"),
])
def test_a_regions_own_body_named_without_a_place_is_the_one_regions(text: str, body: str, place: str) -> None:
    assert _actors(text).get(body) == ("organization", place)


def test_a_regions_own_body_is_no_ones_when_the_text_names_two_regions() -> None:
    found = _actors("Законодательное собрание одобрило бюджет. Споры о бюджете Свердловской области и Пермского края "
                    "продолжаются.")
    assert found.get("Законодательное собрание") == ("organization", None)


def test_a_body_named_by_an_acronym_and_a_regions_everyday_name_is_that_regions() -> None:
    found = _actors("Горячей воды не будет до пятницы. В ГУП «ТЭК СПб» пообещали дать тепло к выходным.")
    assert found.get("ТЭК СПб") == ("organization", "Санкт-Петербург")


def _governments(text: str) -> dict[str, tuple[str | None, list[str]]]:
    return {a.name: (a.affiliation, a.aliases) for a in analyse(text).actors if a.kind == "organization" and "равительств" in a.name}


@pytest.mark.parametrize("text,name,country,alias", [
    ("В правительстве Германии эти заявления пока не комментируют, сообщил источник.", "правительство Германии", "Германия",
     "правительстве Германии"),
    ("Депутат Бундестага Йохан Вадефуль призвал правительство Германии ускорить поставки.", "правительство Германии",
     "Германия", None),
    ("Агентство Reuters со ссылкой на источники в турецком правительстве сообщило, что Анкара готова к переговорам.",
     "турецкое правительство", "Турция", "турецком правительстве"),
    ("Об этом передаёт агентство «Дунё» со ссылкой на источник в узбекском правительстве.", "узбекское правительство",
     "Узбекистан", "узбекском правительстве"),
    ("Ранее президент Казахстана Касым-Жомарт Токаев поручил правительству увеличить транзит.", "правительство Казахстана",
     "Казахстан", "правительству"),
])
def test_another_countrys_government_named_in_lower_case_is_an_actor_of_that_country(text: str, name: str, country: str,
                                                                                      alias: str | None) -> None:
    found = _governments(text)
    assert name in found and found[name][0] == country
    assert alias is None or alias in found[name][1]
    assert "Правительство России" not in found


def test_a_bare_government_after_another_countrys_is_that_one_again() -> None:
    text = ("Канцлер Германии Фридрих Мерц заявил, что правительство Германии поддержит программу. "
            "По его словам, правительство выделит на неё 5 млрд евро.")
    found = [a for a in analyse(text).actors if a.name == "правительство Германии"]
    assert found and len(found[0].mentions) == 2
    assert "Правительство России" not in _governments(text)


@pytest.mark.parametrize("text,federal", [
    ("«Мы ждём только политического решения», — сказал глава армянского правительства Никол Пашинян.", False),
    ("Председатель правительства Германии Олаф Шольц заявил, что санкции продлят.", False),
    ("Европейские правительства обсудили санкции, сообщил дипломат.", False),
    ("Премьер-министр Михаил Мишустин поручил правительству подготовить предложения.", True),
])
def test_near_misses_of_another_countrys_government(text: str, federal: bool) -> None:
    found = _governments(text)
    assert set(found) == ({"Правительство России"} if federal else set())


def _mentions(text: str, name: str) -> list[str]:
    found = [a for a in analyse(text).actors if a.name == name]
    assert found, name  # (the body itself is found: a near miss tests its mentions, not a missing actor)
    return [text[m.start:m.end] for m in found[0].mentions]


@pytest.mark.parametrize("text,body,word", [
    ("Российский зерновой союз направил письмо в Минсельхоз. Президент союза Аркадий Злочевский считает, что пошлину надо "
     "отменить.", "Российский зерновой союз", "союза"),
    ("По данным профсоюза «Учитель», учителей не хватает. Сопредседатель профсоюза Всеволод Луховицкий назвал цифры "
     "заниженными.", "Учитель", "профсоюза"),
    ("Ассоциация российских банков подготовила доклад. Президент ассоциации Анатолий Аксаков пояснил, что ставки снизятся.",
     "Ассоциация российских банков", "ассоциации"),
    ("РАН выступила против новых отчётов. Вице-президент академии Ольга Мельникова убеждена, что отчёты вредят науке.",
     "РАН", "академии"),
    ("Мэрия Новосибирска потребует неустойку, заявил мэр Максим Кудрявцев. Депутат Сергей Бондаренко потребовал от мэрии "
     "опубликовать документы.", "Мэрия Новосибирска", "мэрии"),
])
def test_a_bodys_kind_word_stands_for_the_latest_body_of_that_kind(text: str, body: str, word: str) -> None:
    assert word in _mentions(text, body)


@pytest.mark.parametrize("text,body,word", [
    # the kind word heads a name of its own (guillemets, a capital after it): no back-reference
    ("Ассоциация российских банков подготовила доклад. Его поддержала и ассоциация «Русская сталь», сообщил Иван Петров.",
     "Ассоциация российских банков", "ассоциация"),
    ("Российский зерновой союз направил письмо. Его поддержал и союз «Зерновые экспортёры», сообщил Иван Петров.",
     "Российский зерновой союз", "союз"),
    # no body of that kind named before: nothing (not the union named before for a hospital)
    ("Профсоюз «Учитель» провёл опрос. Главный врач больницы Сергей Демченко признал, что врачей не хватает.",
     "Учитель", "больницы"),
    # a body named only with an adjective of the place is another one ("в областной больнице")
    ("Городская больница № 2 закрылась на ремонт, сообщил Иван Петров. Пациентов перевели в областной больнице.",
     "Городская больница", "больнице"),
])
def test_near_misses_of_a_bodys_kind_word(text: str, body: str, word: str) -> None:
    assert word not in _mentions(text, body)


def test_a_union_kind_word_is_not_the_government_a_union_wrote_to() -> None:
    text = ("Российский зерновой союз направил в правительство письмо. В Минсельхозе заявили, что рассмотрят обращение "
            "союза.")
    assert "союза" in _mentions(text, "Российский зерновой союз")
    assert "союза" not in _mentions(text, "Правительство России")


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    found = [a for a in analyse(text).actors if a.name == name]
    assert found, name
    return found[0].title, found[0].affiliation


@pytest.mark.parametrize("text,name,title,body", [
    ("Член Совета Федерации по Москве Владимир Кожин заявил, что закон примут.", "Владимир Кожин", "член",
     "Совет Федерации"),
    ("Член Совета Федерации от Новосибирской области Александр Варфоломеев попросил губернатора взять ремонт под контроль.",
     "Александр Варфоломеев", "член", "Совет Федерации"),
    ("Депутат Законодательного собрания Свердловской области от «Справедливой России» Андрей Кузнецов потребовал "
     "опубликовать данные.", "Андрей Кузнецов", "депутат", "Законодательное собрание Свердловской области"),
    ("Депутат Законодательного собрания Петербурга от «Яблока» Борис Вишневский назвал решение незаконным.",
     "Борис Вишневский", "депутат Законодательного собрания Петербурга", "Законодательное собрание Петербурга"),
])
def test_a_legislator_is_the_legislatures_and_the_place_or_party_stood_for_leaves_the_title(text: str, name: str, title: str,
                                                                                             body: str) -> None:
    assert _person(text, name) == (title, body)
    assert not [a.name for a in analyse(text).actors if a.kind == "person" and a.name.startswith("Совет")]


@pytest.mark.parametrize("text,name,title,body", [
    ("Член комитета Совета Федерации по обороне Виктор Бондарев заявил журналистам, что армия готова.", "Виктор Бондарев",
     "член комитета Совета Федерации по обороне", "Совет Федерации"),  # the committee's field stays
    ("Сенатор от Курской области Алексей Кондратьев заявил, что ситуация под контролем.", "Алексей Кондратьев", "сенатор",
     "Курская область"),  # no legislature named
    ("Лидер партии «Яблоко» Николай Рыбаков заявил, что партия пойдёт на выборы.", "Николай Рыбаков", "лидер", "Яблоко"),
    ("Посол России по особым поручениям Иван Петров заявил, что переговоры продолжатся.", "Иван Петров",
     "посол по особым поручениям", "Россия"),
])
def test_near_misses_of_a_legislators_place(text: str, name: str, title: str, body: str) -> None:
    assert _person(text, name) == (title, body)


@pytest.mark.parametrize("text,name,body", [
    ("Депутат городской думы Виктор Петров заявил, что трубы изношены.", "Виктор Петров", "городская дума"),
    ("Депутат гордумы Екатеринбурга Татьяна Вотинцева считает, что проблема носит системный характер.", "Татьяна Вотинцева",
     "гордума Екатеринбурга"),
    ("Депутат горсовета Сергей Бондаренко потребовал опубликовать документы.", "Сергей Бондаренко", "горсовет"),
    # a region's legislature named in lower case, as a city's
    ("Депутат областной думы Иван Соколов заявил, что бюджет сократят.", "Иван Соколов", "областная дума"),
    ("Председатель краевой думы Мария Иванова заявила, что тарифы вырастут.", "Мария Иванова", "краевая дума"),
    ("Депутат законодательного собрания Олег Смирнов потребовал проверки.", "Олег Смирнов", "законодательное собрание"),
])
def test_a_member_of_a_city_legislature_named_in_lower_case_is_its(text: str, name: str, body: str) -> None:
    # (the English rule for a lower-case affiliation word, "the committee", dropped these names: it reads English words only)
    assert _person(text, name)[1] == body


def test_near_miss_a_city_legislature_is_not_a_mayors() -> None:
    text = "Мэрия Новосибирска потребует неустойку. Об этом заявил мэр города Максим Кудрявцев."
    assert _person(text, "Максим Кудрявцев")[1] == "Новосибирск"


def test_a_legislature_named_in_full_before_is_the_members() -> None:
    text = "Екатеринбургская городская дума приняла бюджет. Депутат гордумы Иван Петров заявил, что мост откроют в мае.\n"
    assert _person(text, "Иван Петров")[1] == "Екатеринбургская городская дума"
