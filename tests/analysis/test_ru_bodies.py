"""Russian names and bodies, one rule each (sixth session): Turkic family names that do not
decline, particles inside foreign names, "Кая" as a given name, a relative pronoun ends a title,
an adjective and a noun name a place, EU bodies, company forms before a name in guillemets,
federal agencies as state bodies, a dateline's agency credit, "МИД РФ", "Брюссель", parties in
guillemets, committees "по ...", "Его заместитель" and a city body with its city."""
from __future__ import annotations

from briefing_app.analysis.lang.ru_bodies import dateline_agency
from briefing_app.analysis.lang.ru_names import nominative
from tests.analysis.actor_helpers import actors_by_name as _actors


def test_a_turkic_family_name_does_not_decline() -> None:
    assert nominative(["Ферудуну Синирлиоглу"]) == "Ферудун Синирлиоглу"
    assert nominative(["Сергею Лаврову"]) == "Сергей Лавров"


def test_foreign_names_with_particles_and_eu_bodies() -> None:
    text = ("Санкции\n\nГлава Еврокомиссии Урсула фон дер Ляйен заявила, что пакет затронет банки. Верховный "
            "представитель ЕС по иностранным делам Кая Каллас добавила, что Евросоюз продолжит помогать.\n")
    actors = _actors(text)
    assert actors["Урсула фон дер Ляйен"].affiliation == "Еврокомиссия"
    assert actors["Еврокомиссия"].affiliation == "Евросоюз"
    assert "Кая Каллас" in actors and "ЕС" in actors["Евросоюз"].aliases


def test_a_relative_pronoun_ends_the_title_and_the_minister_is_russias() -> None:
    text = ("Письмо\n\nРоссия ответит. Она упомянула о письме, которое министр иностранных дел Сергей Лавров "
            "направил в ОБСЕ.\n")
    lavrov = _actors(text)["Сергей Лавров"]
    assert (lavrov.title, lavrov.affiliation) == ("министр иностранных дел", "Россия")


def test_an_adjective_and_a_noun_are_a_place_and_company_forms_are_no_bodies() -> None:
    text = ("Рейсы\n\n«Аэрофлот» сократит рейсы на Дальний Восток. Рейсы на Дальний Восток важны. Аналитик ФГ "
            "«Финам» Игорь Додонов считает, что решение верное. Полпред президента в ДФО недоволен.\n")
    actors = _actors(text)
    assert "Дальний Восток" not in actors and "ФГ" not in actors and "ДФО" not in actors
    assert actors["Игорь Додонов"].affiliation == "Финам"


def test_a_federal_agency_is_the_agency_of_its_head() -> None:
    text = ("Рейсы\n\nВ Росавиации подтвердили, что получили расписание. Руководитель ведомства Дмитрий Ядров "
            "ранее говорил, что отрасль справится.\n")
    assert _actors(text)["Дмитрий Ядров"].affiliation == "Росавиация"


def test_a_datelines_agency_is_no_actor_and_country_forms_are_aliases() -> None:
    text = ("Санкции\n\nМОСКВА, 12 ноября. /ТАСС/. Россия ответит ЕС, заявила официальный представитель МИД РФ "
            "Мария Захарова. Решение Брюсселя ошибочно, сказала она. Евросоюз молчит.\n")
    assert dateline_agency(text.split("\n\n", 1)[1]) == "ТАСС"
    actors = _actors(text)
    assert "ТАСС" not in actors and "МИД РФ" in actors["МИД"].aliases
    assert "Брюсселя" in actors["Евросоюз"].aliases


def test_a_party_in_guillemets_committees_and_deputies() -> None:
    text = ("Развязка\n\nПредседатель комитета по развитию транспортной инфраструктуры Сергей Харлашкин доложил о "
            "работах. Его заместитель Михаил Иванов добавил, что движение сохранится.\n\nДепутат Законодательного "
            "собрания от «Яблока» Борис Вишневский назвал сроки нереалистичными.\n\nПрокуратура Санкт-Петербурга "
            "начала проверку.\n")
    actors = _actors(text)
    committee = "Комитет по развитию транспортной инфраструктуры"
    assert actors["Сергей Харлашкин"].affiliation == committee and actors["Михаил Иванов"].affiliation == committee
    # (a legislator is the legislature's, the party an actor of its own: the tuned majority the sixteenth session's title
    # convention follows; this test had the party, as ru42 does, until the seventeenth session)
    assert actors["Борис Вишневский"].affiliation == "Законодательное собрание" and "Яблоко" in actors
    assert "Прокуратура Санкт-Петербурга" in actors


def test_a_committee_of_the_duma_named_in_its_paragraph() -> None:
    text = ("Врачи\n\nПредседатель Госдумы Вячеслав Володин поручил комитету подготовить поправки. Глава комитета "
            "по охране здоровья Сергей Леонов пообещал внести их.\n")
    actors = _actors(text)  # (the fourteenth session's convention: the committee, a body of the Duma; it was the Duma)
    assert actors["Сергей Леонов"].affiliation == "Комитет Госдумы по охране здоровья"
    assert actors["Комитет Госдумы по охране здоровья"].affiliation == "Госдума"


def test_short_forms_without_the_full_name_and_a_country_inside_a_banks_name() -> None:
    text = ("Ставка\n\nПредседатель Банка России Эльвира Набиуллина в интервью «Известиям» рассказала о планах "
            "регулятора. Совет директоров ЦБ сохранил ставку. Первый зампред ЦБ Владимир Чистюхин отметил риски.\n")
    actors = _actors(text)
    assert "ЦБ" in actors["Банк России"].aliases and "ЦБ" not in actors and "Россия" not in actors
    # (the outlet given the interview is no actor: the set's convention since held3 and s9, "told Vedomosti")
    assert actors["Владимир Чистюхин"].affiliation == "Банк России" and "Известия" not in actors


def test_a_party_in_brackets_a_lawyer_of_a_body_and_a_branch() -> None:
    text = ("Штраф\n\nВ Роскомнадзоре заявили, что компания игнорирует требования. Глава РКН Андрей Липов говорил о "
            "штрафах. Юрист «Роскомсвободы» Саркис Дарбинян не согласен. Депутат Госдумы Антон Горелкин («Единая "
            "Россия») предложил ограничения.\n\nПо данным ГУ МЧС по региону, подтоплены дома. Начальник главка "
            "Александр Кулаков добавил подробности. Прокуратура Оренбургской области начала проверку.\n")
    actors = _actors(text)
    assert "РКН" in actors["Роскомнадзор"].aliases and actors["Андрей Липов"].affiliation == "Роскомнадзор"
    assert actors["Саркис Дарбинян"].affiliation == "Роскомсвобода"
    assert actors["Антон Горелкин"].affiliation == "Единая Россия"
    assert actors["ГУ МЧС"].affiliation == "МЧС" and actors["Александр Кулаков"].affiliation == "ГУ МЧС"
    assert actors["Прокуратура Оренбургской области"].affiliation == "Оренбургская область"
    assert "ГУ" not in actors


def test_co_owners_and_ria_novosti() -> None:
    text = ("Сталь\n\nСовладелец ММК Виктор Рашников предупреждал о кризисе. Посол России в США Александр Дарчиев "
            "заявил РИА Новости, что Москва готова к диалогу.\n")
    actors = _actors(text)
    assert (actors["Виктор Рашников"].title, actors["Виктор Рашников"].affiliation) == ("совладелец", "ММК")
    assert "РИА Новости" in actors and "РИА" not in actors


def test_foreign_given_names_roles_that_look_like_bodies_treaties_and_us_bodies() -> None:
    text = ("ДСНВ\n\nРоссия не выйдет из ДСНВ, заявил Сергей Рябков. Москва направила ноту в Государственный департамент "
            "США. Генсек ООН Антониу Гутерриш призвал к сдержанности. Бывший советник Белого дома Джон Болтон назвал "
            "позицию шантажом. Политолог Фёдор Лукьянов, главный редактор журнала «Россия в глобальной политике», "
            "согласен.\n")
    actors = _actors(text)
    assert "Антониу Гутерриш" in actors and "Бывший советник" not in actors and "ДСНВ" not in actors
    assert actors["Госдепартамент"].affiliation == "США" and actors["Белый дом"].affiliation == "США"
    assert actors["Джон Болтон"].affiliation == "Белый дом"
    assert actors["Фёдор Лукьянов"].affiliation == "Россия в глобальной политике"
