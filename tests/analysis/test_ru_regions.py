"""Russian regions, offices of federal services, interview labels, dateline credits, sides and the
nominative of bodies in oblique cases (eighth session): one rule per test."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang import ru  # noqa: F401  (loads the Russian rule set before ru_org_case)
from briefing_app.analysis.lang.ru_org_case import org_nominative


def _actors(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    return {a.name: (a.kind, a.affiliation, a.aliases) for a in analyse(text).actors}


def test_an_everyday_region_name_is_the_official_region() -> None:
    actors = _actors("Новости Подмосковья\n\nГубернатор Подмосковья Андрей Воробьёв заявил, что тарифы вырастут. "
                     "Министр транспорта региона Алексей Гержик уточнил, что автобусов станет больше.")
    assert actors["Андрей Воробьёв"][1] == "Московская область"
    assert actors["Алексей Гержик"][1] == "Московская область"


def test_a_regional_government_in_lower_case_and_a_regional_duma() -> None:
    actors = _actors("Тарифы\n\nТакое решение приняло правительство Московской области. Депутаты Мособлдумы выступили против.")
    assert actors["Правительство Московской области"][1] == "Московская область"
    assert actors["Мособлдума"][1] == "Московская область"


def test_an_office_of_a_federal_service_is_one_body_of_the_service() -> None:
    actors = _actors("Тарифы\n\nВ пресс-службе Управления Федеральной антимонопольной службы по Московской области "
                     "сообщили, что жалобы будут рассмотрены.")
    name = "Управление Федеральной антимонопольной службы по Московской области"
    assert actors[name][1] == "Федеральная антимонопольная служба"
    assert not any(n.startswith("Управления") or n == "Федеральная антимонопольная служба" for n in actors)


def test_the_interviewers_label_and_a_dateline_credit_are_no_actors() -> None:
    actors = _actors("Глава «Аэрофлота»: «Цены вырастут»\n\nБУДАПЕШТ, 4 декабря. /РИА Новости/. "
                     "Генеральный директор «Аэрофлота» Сергей Александровский в интервью РБК рассказал о ценах.\n\n"
                     "РБК: Будут ли расти цены?\n\nАлександровский: Резкого роста не будет.\n")
    assert "РБК" not in actors and "РИА Новости" not in actors


def test_a_country_as_a_side_in_lower_case() -> None:
    text = "Переговоры\n\nБудапешт ждёт ответа. Переговоры с венгерской стороной продолжаются."
    hungary = next(a for a in analyse(text).actors if a.name == "Венгрия")
    assert "венгерской стороной" in [text[m.start:m.end] for m in hungary.mentions]


def test_a_company_named_only_in_its_heads_title() -> None:
    actors = _actors("Водители\n\nГенеральный директор Мострансавто Андрей Петров признался, что водителей не хватает.")
    assert actors["Мострансавто"][0] == "organization" and actors["Андрей Петров"][1] == "Мострансавто"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Федеральной антимонопольной службе", "Федеральная антимонопольная служба"),
    ("Федеральной антимонопольной службой", "Федеральная антимонопольная служба"),
    ("Государственной думе", "Государственная дума"),
    ("Министерством иностранных дел", "Министерство иностранных дел"),
    ("Российской академией наук", "Российская академия наук"),
    ("Следственным комитетом", "Следственный комитет"),
    ("Законодательным собранием", "Законодательное собрание"),
    ("Городской суд", "Городской суд"),
])
def test_a_body_in_an_oblique_case_goes_to_the_nominative(phrase: str, name: str) -> None:
    assert org_nominative(phrase) == name


def test_a_regional_ministry_in_lower_case_with_its_field_and_region() -> None:
    actors = _actors("Авария\n\nГубернатор Кемеровской области Илья Середюк приехал на место. В региональном министерстве "
                     "жилищно-коммунального хозяйства причиной аварии назвали износ труб. Трубы не менялись, уточнили в ведомстве.")
    ministry = next(n for n in actors if n.startswith("Региональное министерство жилищно-коммунального хозяйства"))
    assert actors[ministry][1] == "Кемеровская область" and "ведомство" in actors[ministry][2]


def test_a_city_court_and_the_mayor_of_moscow_beside_new_moscow() -> None:
    actors = _actors("Суд\n\nАрбитражный суд Москвы признал банкротом застройщика комплекса в Новой Москве. "
                     "Мэр Москвы Сергей Собянин поручил держать объекты на контроле.")
    assert "Арбитражный суд Москвы" in actors and actors["Сергей Собянин"][1] == "Москва" and "Россия" not in actors


def test_a_named_district_court_keeps_its_short_name_and_a_disease_is_no_body() -> None:
    actors = _actors("Суд\n\nТверской районный суд Москвы оштрафовал блогера Игоря Смирнова. Заболеваемость ОРВИ выросла.\n\n"
                     "Заммэра Москвы по вопросам социального развития Анастасия Ракова сообщила, что откроют кабинеты.")
    assert "Тверской районный суд" in actors["Тверской районный суд Москвы"][2]
    assert "ОРВИ" not in actors and actors["Анастасия Ракова"][1] == "Москва"


def test_a_city_parliament_named_in_full_and_short_a_faction_and_a_hyphenated_chamber() -> None:
    actors = _actors("Бюджет\n\nЗаконодательное собрание Санкт-Петербурга приняло бюджет. Председатель комитета Законодательного "
                     "собрания Антон Соловьёв назвал бюджет хорошим. Фракция «Яблоко» голосовала против. Лидер фракции Борис "
                     "Вишневский заявил, что деньги распределены непрозрачно. Контрольно-счётная палата города указывала на риски.")
    assert actors["Законодательное собрание Санкт-Петербурга"][1] == "Санкт-Петербург"
    assert actors["Борис Вишневский"][1] == "Яблоко"
    assert any(n.startswith("Контрольно-счётная палата") for n in actors)


def test_retail_bodies_a_partner_and_an_exchange() -> None:
    actors = _actors("Сделка\n\nРитейлер «Магнит» договорился о покупке сети магазинов «Азбука вкуса» у бывшего владельца «Дикси». "
                     "Финансовый директор ритейлера Андрей Гусев уточнил детали. Партнёр компании INFOLine Михаил Бурмистров "
                     "оценил сделку в 25 млрд рублей. Акции выросли на Московской бирже.")
    assert {"Азбука вкуса", "Дикси", "Московская биржа"} <= set(actors)
    assert actors["Андрей Гусев"][1] == "Магнит" and "Михаил Бурмистров" in actors


def test_a_foreign_body_with_its_country_a_bloc_and_a_mission() -> None:
    actors = _actors("Выборы\n\nЦентральная избирательная комиссия Молдавии объявила итоги. Лидер оппозиционного Патриотического "
                     "блока Игорь Додон заявил, что будет протест. Миссия ОБСЕ в своём докладе отметила, что выборы были честными.")
    assert actors["Центральная избирательная комиссия Молдавии"][1] == "Молдавия"
    assert "Патриотический блок" in actors and "Миссия ОБСЕ" in actors["ОБСЕ"][2]
    assert not any(n.startswith("Миссия") for n in actors)
