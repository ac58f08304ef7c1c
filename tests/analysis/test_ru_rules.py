"""Russian rules one by one (analysis/lang/ru*.py): reported speech, colon quotes, sources,
names, titles and organisations in oblique cases."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_names import nominative
from briefing_app.analysis.lang.ru_org_case import org_nominative
from briefing_app.core.model import Actor


def _said(text: str, kind: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(text).quotes if q.kind == kind]


def _person(text: str, name: str) -> Actor:
    return next(a for a in analyse(text).actors if a.name == name)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    # a sentence ending in a verb of saying and its source (title words up to the full name)
    ("Ремонт моста продлится до осени, сообщил министр транспорта региона Олег Петров.",
     "Ремонт моста продлится до осени", "Олег Петров"),
    # "Как сообщает агентство X, ..."
    ("Как сообщает агентство Reuters, переговоры отложены до весны.", "переговоры отложены до весны", "Reuters"),
    # a verb of saying added to the list
    ("Глава компании Иван Сидоров подтвердил, что завод закроют.", "завод закроют", "Иван Сидоров"),
    # a feminine pronoun source ("По её словам") is the woman named before
    ("Пресс-секретарь Кремля Дмитрий Песков сказал, что Москва ответит.\n\n"
     "Министр обороны Эстонии Анна Ланг поблагодарила союзников. По её словам, батальон прибудет весной.\n",
     "батальон прибудет весной", "Анна Ланг"),
])
def test_russian_reported_rules(text: str, content: str, speaker: str) -> None:
    assert (content, speaker) in _said(text, "indirect")


@pytest.mark.parametrize(("text", "kind", "said"), [
    pytest.param("Цены выросли на пять процентов, сообщил вчера рынок.", "indirect", [],
                 id="inverted-end-needs-a-source-not-any-words"),
    pytest.param("Депутат Андрей Климов выразил сомнение в сроках: «Денег на это пока нет».", "direct",
                 [("Денег на это пока нет", "Андрей Климов")], id="colon-quote-after-a-clause-is-its-subjects"),
    pytest.param("Новая программа называется так: «Чистый воздух».", "direct", [],
                 id="colon-without-a-verb-is-not-speech"),
])
def test_all_that_was_said(text: str, kind: str, said: list[tuple[str, str]]) -> None:
    assert _said(text, kind) == said


def test_genitive_name_before_a_given_name_belongs_to_the_title() -> None:
    text = "Адвокат Смирнова Олег Кузьмин заявил, что защита обжалует приговор.\n"
    assert _said(text, "indirect") == [("защита обжалует приговор", "Олег Кузьмин")]
    lawyer = _person(text, "Олег Кузьмин")
    assert lawyer.title == "адвокат Смирнова" and lawyer.affiliation is None


def test_oblique_title_goes_to_the_nominative() -> None:
    text = "Суд арестовал бывшего заместителя министра обороны Тимура Иванова.\n"
    assert _person(text, "Тимур Иванов").title == "бывший заместитель министра обороны"


def test_woman_with_an_indeclinable_family_name() -> None:
    assert nominative(["Светлана Петренко"]) == "Светлана Петренко"
    assert nominative(["Светланы Петренко"]) == "Светлана Петренко"


@pytest.mark.parametrize(("phrase", "name"), [
    ("Законодательного собрания", "Законодательное собрание"),
    ("Следственного комитета", "Следственный комитет"),
    ("Следственном комитете", "Следственный комитет"),
    ("Высшей школы экономики", "Высшая школа экономики"),
    ("Государственной Думы", "Государственная Дума"),
    ("Банка России", "Банк России"),
])
def test_organisation_nominative_agrees_in_gender(phrase: str, name: str) -> None:
    assert org_nominative(phrase) == name


def test_source_by_an_organisation_is_named_in_the_nominative_and_its_agency_is_the_affiliation() -> None:
    text = ("По данным Следственного комитета, чиновник получил взятку. Официальный представитель ведомства "
            "Анна Белова уточнила, что расследование продолжается.\n")
    result = analyse(text)
    assert ("чиновник получил взятку", "Следственный комитет") in [(q.text, q.speaker) for q in result.quotes]
    assert next(a for a in result.actors if a.name == "Анна Белова").affiliation == "Следственный комитет"


def test_city_body_and_regional_minister_are_not_the_country() -> None:
    text = ("Басманный суд Москвы продлил арест.\n\nМинистр здравоохранения региона Ирина Котова заявила, "
            "что больница откроется весной.\n")
    result = analyse(text)
    assert "Россия" not in [a.name for a in result.actors]
    assert next(a for a in result.actors if a.name == "Ирина Котова").affiliation is None


def test_regional_title_takes_the_one_region_the_text_names() -> None:
    text = ("Губернатор Краснодарского края Вениамин Кондратьев открыл школу.\n\n"
            "Министр образования региона Елена Воробьёва заявила, что школ станет больше.\n")
    assert next(a for a in analyse(text).actors if a.name == "Елена Воробьёва").affiliation == "Краснодарский край"


def test_organisation_speaking_through_a_plural_verb_and_naming_as_speech() -> None:
    text = ("Ремонт моста отложили\n\nВ Министерстве транспорта Тверской области пояснили, что ремонт начнётся в мае.\n\n"
            "В Госдуме назвали это решение ошибкой.\n")
    said = analyse(text)
    found = [(q.text, q.speaker) for q in said.quotes if q.kind == "indirect"]
    assert ("ремонт начнётся в мае", "Министерство транспорта Тверской области") in found  # (named with its region)
    assert any(t == "это решение ошибкой" for t, _ in found)
    ministry = next(a for a in said.actors if a.name == "Министерство транспорта Тверской области")
    assert ministry.affiliation == "Тверская область"


def test_interview_answers_are_the_interviewees() -> None:
    text = ("Ректор СПбГУ Николай Кропачёв рассказал о планах университета.\n\n"
            "— Николай Михайлович, будут ли новые факультеты?\n\n— Да. Мы откроем два факультета.\n\n"
            "— Когда?\n\n— В следующем году.\n")
    said = _said(text, "direct")
    assert said == [("Да. Мы откроем два факультета.", "Николай Кропачёв"), ("В следующем году.", "Николай Кропачёв")]


def test_countries_title_with_and_org_with_po_and_foreign_names() -> None:
    text = ("Министр науки и высшего образования Валерий Фальков выступил в Литве. "
            "Эксперт Российского совета по международным делам Иван Тимофеев и посол Литвы Довиле Шакалене "
            "обсудили визы. Альянс молчит.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Валерий Фальков"].title == "министр науки и высшего образования"
    assert actors["Иван Тимофеев"].affiliation == "Российский совет по международным делам"
    assert actors["Довиле Шакалене"].affiliation == "Литва" and "Литва" in actors
    assert "Литвинов" not in [a.name for a in analyse("Литвинов заявил, что устал.").actors if a.kind == "country"]


def test_alliance_is_an_alias_of_nato_and_a_place_is_not_a_person() -> None:
    text = ("Генсек НАТО Марк Рютте заявил, что альянс усилит флот.\n\n"
            "Жители Сергиева Посада жалуются на шум.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert "альянс" in actors["НАТО"].aliases
    assert "Сергиев Посад" not in actors and "Сергиева Посада" not in actors


def test_naming_with_a_quotation_is_left_to_the_direct_quote() -> None:
    text = "Заголовок\n\nДепутат Сергей Лавренов назвал законопроект «опасным».\n"
    assert _said(text, "indirect") == [] and _said(text, "direct") == [("опасным", "Сергей Лавренов")]


def test_prosecutors_office_alone_is_an_organisation() -> None:
    text = "Свалка горит\n\nПрокуратура начала проверку. Полиции поручено найти виновных.\n"
    names = {a.name for a in analyse(text).actors if a.kind == "organization"}
    assert {"Прокуратура", "Полиция"} <= names


def test_company_in_guillemets_after_a_role_and_as_subject() -> None:
    text = ("«Лукойл» сократит добычу\n\n«Лукойл» объявил о сокращении добычи. Глава «Лукойла» Вагит Алекперов "
            "сообщил журналистам, что решение временное. По данным агентства Bloomberg, спрос падает.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "Лукойл" in actors and "Bloomberg" in actors and "Лукойла" not in actors
    assert (actors["Вагит Алекперов"].title, actors["Вагит Алекперов"].affiliation) == ("глава", "Лукойл")
    assert ("решение временное", "Вагит Алекперов") in [(q.text, q.speaker) for q in result.quotes]


def test_genitive_masculine_name_title_with_ot_and_city_mayor() -> None:
    text = ("Бюджет принят\n\nПо мнению политолога Ильдара Гафурова, дискуссия была формальной. "
            "Депутат от ЛДПР Ольга Сорокина голосовала против. Мэр Москвы Сергей Собянин поблагодарил депутатов. "
            "Московская городская дума приняла бюджет.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert "Ильдар Гафуров" in actors and "Ильдара Гафурова" not in actors
    assert actors["Ольга Сорокина"].title == "депутат"  # the party in its own field
    assert actors["Сергей Собянин"].affiliation == "Москва"
    assert "Московская городская дума" in actors


def test_party_anaphor_appositive_title_and_one_word_agencies() -> None:
    text = ("Выборы\n\nПартия «Новые люди» утвердила список. Об этом сообщил секретарь генсовета партии Иван Орехов. "
            "Пётр Белов, политолог из МГИМО, считает, что явка будет низкой. Роскомнадзор и Центризбирком "
            "промолчали. Президент Владимир Зеленский призвал партнёров ускорить поставки ПВО.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["Иван Орехов"].affiliation == "Новые люди"
    assert (actors["Пётр Белов"].title, actors["Пётр Белов"].affiliation) == ("политолог", "МГИМО")
    assert {"Роскомнадзор", "Центризбирком"} <= set(actors) and "ПВО" not in actors
    said = [(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"]
    assert ("явка будет низкой", "Пётр Белов") in said
    assert any(s == "Владимир Зеленский" and t.startswith("партнёров") for t, s in said)


def test_club_theatre_and_union_names_with_their_people() -> None:
    text = ("Новый сезон\n\nФутбольный клуб «Спартак» объявил об уходе главного тренера Деяна Станковича. "
            "Генеральный директор клуба Олег Малышев поблагодарил тренера. Президент Российского футбольного союза "
            "Александр Дюков заявил, что уважает решение. По информации «Спорт-Экспресса», контракт расторгнут.\n\n"
            "Директор Мариинского театра Валерий Гергиев в беседе с «Известиями» признался, что гастролей не будет.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "Футбольный клуб" not in actors and "Россия" not in actors and "Спорт-Экспресс" in actors
    assert actors["Олег Малышев"].affiliation == "Спартак"
    assert actors["Александр Дюков"].affiliation == "Российский футбольный союз"
    assert actors["Деян Станкович"].title == "главный тренер"
    assert actors["Валерий Гергиев"].affiliation == "Мариинский театр"
    assert ("гастролей не будет", "Валерий Гергиев") in [(q.text, q.speaker) for q in result.quotes]


def test_family_name_alone_after_a_title_and_named_institutes() -> None:
    text = ("Переговоры\n\nГлава МИД России Лавров провёл разговор с госсекретарём США Марко Рубио, сообщили в "
            "министерстве. Рубио, в свою очередь, написал в соцсети X, что разговор был полезным. С Лавровым связался "
            "министр иностранных дел Турции Хакан Фидан. Фидан предложил встретиться в Стамбуле.\n\n"
            "Заведующая лабораторией НИИ гриппа имени Смородинцева Ирина Колобухина считает, что пик придётся на "
            "январь. Об этом говорится в сообщении ведомства.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["Лавров"].title == "глава" and len(actors["Лавров"].mentions) == 2
    assert (actors["Марко Рубио"].title, actors["Марко Рубио"].affiliation) == ("госсекретарь", "США")
    assert "НИИ гриппа имени Смородинцева" in actors and "Смородинцева" not in actors
    said = {(q.speaker, q.text[:10]) for q in result.quotes if q.kind == "indirect"}
    assert ("Марко Рубио", "разговор б") in said and ("Хакан Фидан", "встретитьс") in said


def test_given_name_opens_the_name_inside_a_chain_and_full_names_are_kept() -> None:
    text = ("Саммит\n\nВстреча Владимира Путина прошла в Кремле. Председатель Банка России Эльвира Набиуллина "
            "заявила, что ставка не изменится.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "Владимир Путин" in actors and "Встреча Владимира Путина" not in actors
    assert actors["Эльвира Набиуллина"].title == "председатель"
    assert ("ставка не изменится", "Эльвира Набиуллина") in [(q.text, q.speaker) for q in result.quotes]


def test_instrumental_family_name_country_adjective_reflexive_verb_and_adverb() -> None:
    text = ("Переговоры\n\nЛавров встретился с турецким министром иностранных дел Хаканом Фиданом. "
            "С губернатором встретился министр здравоохранения России Михаил Мурашко. "
            "Ранее официальный представитель МИД Мария Захарова назвала заявления провокацией.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Хакан Фидан"].affiliation == "Турция"
    assert actors["Михаил Мурашко"].title == "министр здравоохранения"
    assert actors["Мария Захарова"].title == "официальный представитель"
    assert nominative(["Сергеем Лавровым"]) == "Сергей Лавров"


def test_patronymic_address_is_the_person_with_that_given_name() -> None:
    text = ("Интервью\n\nЛидер КПРФ Геннадий Андреевич Зюганов и ректор МГУ Виктор Садовничий выступили на форуме.\n\n"
            "— Виктор Антонович, что будет с бюджетом?\n\n— Он вырастет.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert "Виктор Антонович" not in actors and "Виктор Антонович" in actors["Виктор Садовничий"].aliases
    assert "Геннадий Андреевич Зюганов" in actors["Геннадий Зюганов"].aliases


def test_acronyms_and_short_names_fold_into_the_full_name() -> None:
    text = ("ФСБ задержала диверсантов\n\nДиректор ФСБ Александр Бортников рассказал о задержании. По данным "
            "Федеральной службы безопасности, задержанные действовали по заданию спецслужб.\n\n"
            "Председатель Мосгордумы Алексей Шапошников поблагодарил коллег. Московская городская дума приняла бюджет. "
            "Госдума одобрила закон, внесённый в Государственную думу весной.\n")
    actors = {a.name: a for a in analyse(text).actors}
    fsb = actors["Федеральная служба безопасности"]
    assert "ФСБ" in fsb.aliases and "ФСБ" not in actors and len(fsb.mentions) == 3
    assert actors["Александр Бортников"].affiliation == "Федеральная служба безопасности"
    assert actors["Алексей Шапошников"].affiliation == "Московская городская дума"
    assert "Госдума" in actors["Государственная дума"].aliases and "Госдума" not in actors


def test_descriptions_by_synonym_gender_and_qualifier() -> None:
    text = ("МИД\n\nГлава МИД России Сергей Лавров провёл переговоры. Официальный представитель МИД Мария Захарова "
            "выступила на брифинге. Председатель СК Александр Бастрыкин поручил проверку.\n\n"
            "Дипломат подчеркнула, что ответ будет. Министр сообщил, что визит состоится. "
            "Председатель КНР, в свою очередь, промолчал.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "дипломат" in actors["Мария Захарова"].aliases and "дипломат" not in actors["Сергей Лавров"].aliases
    assert "министр" in actors["Сергей Лавров"].aliases
    assert not any(x.lower() == "председатель" for x in actors["Александр Бастрыкин"].aliases)
    said = {(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"}
    assert ("ответ будет", "Мария Захарова") in said and ("визит состоится", "Сергей Лавров") in said


def test_organisation_inside_a_speaker_mention_is_the_source() -> None:
    text = "Дело\n\nКак сообщила пресс-служба Следственного комитета, возбуждено уголовное дело.\n"
    assert ("возбуждено уголовное дело", "Следственный комитет") in _said(text, "indirect")


def test_credit_lines_name_no_actors_and_no_speakers() -> None:
    text = ("Переговоры\n\nАвтор: Иван Петров\n\nГлава МИД России Сергей Лавров провёл переговоры.\n\n"
            "Фото: Михаил Климентьев/ТАСС\n")
    result = analyse(text)
    assert {a.name for a in result.actors} == {"Сергей Лавров", "МИД России"}  # (Россия only inside the body: no actor)
    assert [q for q in result.quotes if q.kind == "indirect"] == []


def test_names_in_guillemets_are_no_quotes_and_carrier_and_expert_descriptions() -> None:
    text = ("Рейсы\n\nАвиакомпания «Аэрофлот» увеличит число рейсов. Об этом сообщил генеральный директор перевозчика "
            "Сергей Александровский. «Мы видим высокий спрос», — отметил глава «Аэрофлота».\n\n"
            "Аналитик компании «Цифра брокер» Дмитрий Баранов считает, что спрос сохранится. По мнению эксперта, "
            "цены вырастут. Как пояснили «Коммерсанту» в Росавиации, заявки рассматриваются.\n\n"
            "Президент Казахстана Касым-Жомарт Токаев обсудил авиасообщение.\n")
    result = analyse(text)
    assert [q.text for q in result.quotes if q.kind == "direct"] == ["Мы видим высокий спрос"]
    actors = {a.name: a for a in result.actors}
    assert actors["Сергей Александровский"].affiliation == "Аэрофлот"
    assert (actors["Касым-Жомарт Токаев"].title, actors["Касым-Жомарт Токаев"].affiliation) == ("президент", "Казахстан")
    said = {(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"}
    assert ("цены вырастут", "Дмитрий Баранов") in said
    assert not any("его" in alias for a in actors.values() for alias in a.aliases)


def test_court_report_titles_affiliations_and_adjectival_family_names() -> None:
    text = ("Суд\n\nМещанский суд Москвы арестовал бывшего заместителя министра энергетики Анатолия Яновского. Об этом "
            "сообщила пресс-секретарь суда Ульяна Солопова. Адвокат обвиняемого Олег Сухов заявил, что защита обжалует "
            "решение. По словам защитника, вину он не признаёт.\n\n"
            "Лидер фракции «Справедливая Россия» в Госдуме Сергей Миронов назвал дело показательным. Экономист Игорь "
            "Николаев, директор Института стратегического анализа ФБК, согласен с ним.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert "Анатолий Яновский" in actors
    # (the court as the text names it, its city included, as "Мещанский районный суд Москвы" is named: session 28)
    assert actors["Ульяна Солопова"].affiliation == "Мещанский суд Москвы"
    assert "Мещанский суд" in actors["Мещанский суд Москвы"].aliases
    assert actors["Сергей Миронов"].affiliation == "Справедливая Россия"
    assert actors["Игорь Николаев"].affiliation == "Институт стратегического анализа ФБК"
    assert ("вину он не признаёт", "Олег Сухов") in [(q.text, q.speaker) for q in result.quotes]


@pytest.mark.parametrize(("forms", "name"), [
    (["Анатолия Яновского"], "Анатолий Яновский"),
    (["Марии Белинской"], "Мария Белинская"),
    (["Андрей Трубецкой"], "Андрей Трубецкой"),
    (["Жоау Перейра"], "Жоау Перейра"),  # a foreign name whose parts show no common case
])
def test_nominative_of_adjectival_and_foreign_names(forms: list[str], name: str) -> None:
    assert nominative(forms) == name


def test_upper_house_short_names_venue_and_foreign_bodies() -> None:
    text = ("Атака\n\nОфициальный представитель Пентагона Пэт Райдер отказался от комментариев. Госсекретарь США "
            "Марко Рубио в интервью CNN заявил, что Вашингтон следит за событиями.\n\n"
            "Спикер Совета Федерации Валентина Матвиенко назвала атаку терактом. По мнению председателя Совфеда, "
            "ответ должен быть жёстким. Как сообщили в пресс-службе губернатора, службы работают.\n")
    result = analyse(text)
    actors = {a.name: a for a in result.actors}
    assert actors["Пэт Райдер"].affiliation == "Пентагон" and actors["Пентагон"].affiliation == "США"
    matvienko = actors["Валентина Матвиенко"]
    assert matvienko.affiliation == "Совет Федерации" and "Совфед" in actors["Совет Федерации"].aliases
    said = {(q.text, q.speaker) for q in result.quotes if q.kind == "indirect"}
    assert ("Вашингтон следит за событиями", "Марко Рубио") in said
    assert ("ответ должен быть жёстким", "Валентина Матвиенко") in said
    assert not any(alias.startswith("в ") for a in actors.values() for alias in a.aliases)


def test_names_things_are_named_after_are_no_actors() -> None:
    text = ("Новости\n\nНа улице Льва Толстого открыли сквер. Лауреатом премии имени Андрея Сахарова стал журналист. "
            "Мэр Москвы Сергей Собянин открыл памятник Александру Пушкину. Росатом построит станцию.\n")
    assert {a.name for a in analyse(text).actors} == {"Сергей Собянин", "Росатом"}


def test_diplomats_deputies_and_the_government_first_deputy() -> None:
    text = ("Дипломаты\n\nПосол России в США Александр Дарчиев вручил грамоты. Постпред России при ООН Василий Небензя "
            "выступил. Депутат Госдумы от Москвы Мария Иванова поддержала закон. Первый заместитель председателя "
            "правительства Денис Мантуров провёл совещание.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert (actors["Александр Дарчиев"].title, actors["Александр Дарчиев"].affiliation) == ("посол", "Россия")
    assert "Василий Небензя" in actors and actors["Мария Иванова"].title == "депутат"
    assert actors["Денис Мантуров"].affiliation == "Россия"


def test_head_of_state_and_leader_descriptions() -> None:
    text = ("Визит\n\nПрезидент Казахстана Касым-Жомарт Токаев прибыл в Москву. Глава государства проведёт переговоры. "
            "Казахстанский лидер заявил, что рассчитывает на новые соглашения.\n")
    result = analyse(text)
    tokayev = next(a for a in result.actors if a.name == "Касым-Жомарт Токаев")
    assert {"глава государства", "лидер"} <= set(tokayev.aliases)
    assert [q.speaker for q in result.quotes if q.kind == "indirect"] == ["Касым-Жомарт Токаев"]


def test_one_word_banks_and_utilities_in_any_case() -> None:
    text = ("Банки\n\nГазпромбанк и Совкомбанк повысили ставки. Председатель правления Совкомбанка Дмитрий Гусев "
            "заявил, что спрос высок. Мосэнерго отчиталось о прибыли.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert {"Газпромбанк", "Совкомбанк", "Мосэнерго"} <= set(actors) and "Совкомбанка" not in actors
    assert len(actors["Совкомбанк"].mentions) == 2 and actors["Дмитрий Гусев"].affiliation == "Совкомбанк"
