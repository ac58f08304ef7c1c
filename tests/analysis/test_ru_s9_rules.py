"""Russian rules of the ninth session (issue 15), one test each."""
from __future__ import annotations

from briefing_app.analysis import analyse
from tests.analysis.actor_helpers import actors_by_name as _actors


FUND = "Территориальный фонд обязательного медицинского страхования Свердловской области"


def test_a_long_body_name_keeps_its_genitive_chain_and_region() -> None:
    text = ("Директор Территориального фонда обязательного медицинского страхования Свердловской области "
            "Лариса Карпова заверила, что финансирование будет увеличено.\n")
    actors = _actors(text)
    assert FUND in actors and actors[FUND].affiliation == "Свердловская область"
    assert actors["Лариса Карпова"].affiliation == FUND


def test_a_body_name_with_and_between_two_genitives() -> None:
    text = ("Ведущий научный сотрудник Института мировой экономики и международных отношений РАН "
            "Ирина Ковальчук считает, что обмен на этом не закончится.\n")
    name = "Институт мировой экономики и международных отношений РАН"
    actors = _actors(text)
    assert name in actors and actors["Ирина Ковальчук"].affiliation == name


def test_an_association_named_by_its_head_noun_and_its_president() -> None:
    text = ("По данным Ассоциации российских банков, приток средств составил 1 трлн рублей. "
            "Президент ассоциации Анатолий Аксаков пояснил, что граждане фиксируют ставки.\n")
    actors = _actors(text)
    assert "Ассоциация российских банков" in actors
    assert actors["Анатолий Аксаков"].affiliation == "Ассоциация российских банков"


def test_the_head_of_a_regional_ministry_is_the_regions() -> None:
    text = ("Губернатор Свердловской области Денис Паслер провёл совещание. "
            "Глава регионального минздрава Андрей Карлов пояснил, что ремонт оплатят из федеральной программы.\n")
    assert _actors(text)["Андрей Карлов"].affiliation == "Свердловская область"


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind in ("direct", "indirect")]


def test_a_body_named_by_a_common_noun_is_the_subject() -> None:
    text = "Эстонское внешнеполитическое ведомство уточнило, что дипломаты должны покинуть страну в течение пяти дней.\n"
    assert [m for _, m in _said(text)] == ["Эстонское внешнеполитическое ведомство"]


def test_a_long_phrase_between_the_subject_and_its_verb() -> None:
    text = ("Председатель Центробанка Эльвира Набиуллина на пресс-конференции после заседания совета директоров "
            "предупредила, что дальнейшее снижение ставки не гарантировано.\n")
    assert [s for s, _ in _said(text)] == ["Эльвира Набиуллина"]


def test_limited_himself_to_words_is_saying() -> None:
    text = "Пресс-секретарь президента Дмитрий Песков ограничился словами о том, что «все вопросы находятся в ведении МИД».\n"
    assert {s for s, _ in _said(text)} == {"Дмитрий Песков"}


def test_the_press_service_of_the_bank_is_the_bank_named_before() -> None:
    text = "Аналогичные шаги в ближайшие дни сделает и ВТБ, следует из сообщения пресс-службы банка.\n"
    assert [s for s, _ in _said(text)] == ["ВТБ"]


def test_a_foreign_given_name_in_another_case_after_a_sentence_opening_word() -> None:
    text = ("Высокий представитель Евросоюза Кая Каллас поддержала решение. "
            "Позицию Каи Каллас раскритиковал Леонид Слуцкий.\n")
    kallas = next(a for a in analyse(text).actors if a.name.endswith("Каллас"))
    assert kallas.name == "Кая Каллас"
    assert "Каи Каллас" in [text[m.start:m.end] for m in kallas.mentions]


def test_a_foreign_family_name_in_a_keeps_its_a_after_a_nominative_given_name() -> None:
    text = "Накануне министр иностранных дел Эстонии Маргус Цахкна объявил двух дипломатов персонами нон грата.\n"
    assert "Маргус Цахкна" in _actors(text)


def test_an_ambassador_in_the_accusative_is_a_title() -> None:
    text = "Посла России в Эстонии Владимира Липаева вызвали в министерство иностранных дел республики.\n"
    actors = _actors(text)
    assert "Посла России" not in actors
    assert actors["Владимир Липаев"].title == "посол" and actors["Владимир Липаев"].affiliation == "Россия"


def test_a_foreign_ministry_by_its_adjective_is_not_russias() -> None:
    text = ("Официальный представитель МИД России Мария Захарова выступила на брифинге. "
            "Эстонское внешнеполитическое ведомство уточнило, что дипломаты должны покинуть страну.\n")
    assert all(s != "МИД" for s, _ in _said(text))


def test_the_minister_is_the_head_of_the_regional_ministry() -> None:
    text = ("Глава регионального минздрава Андрей Карлов пояснил, что ремонт оплатят из федеральной программы. "
            "«Латать их дальше бессмысленно», — сказал министр на заседании.\n")
    assert [q.speaker for q in analyse(text).quotes if q.kind == "direct"] == ["Андрей Карлов"]


def test_a_state_department_is_the_state_department_and_a_ministry_named_in_full() -> None:
    text = ("Госдепартамент США приветствовал заявление. Как отметил официальный представитель ведомства Мэтью Миллер, "
            "Вашингтон готов принять церемонию. Официальный представитель МИД Азербайджана Айхан Гаджизаде напомнил, "
            "что требование остаётся. В Баку ответили, что Ереван должен изменить конституцию.\n")
    actors = _actors(text)
    assert "Госдеп" not in actors and actors["Мэтью Миллер"].affiliation == "Госдепартамент"
    assert actors["Айхан Гаджизаде"].affiliation == "МИД Азербайджана"
    assert "Баку" in actors["Азербайджан"].aliases


def test_a_given_name_in_ь_in_the_genitive_after_a_body() -> None:
    text = "Суд арестовал бывшего заместителя руководителя Росимущества Игоря Вавилова на два месяца.\n"
    actors = _actors(text)
    assert actors["Игорь Вавилов"].affiliation == "Росимущество"


def test_a_body_with_a_genitive_noun_and_a_union_of_a_plant() -> None:
    text = ("Председатель комитета Ассоциации европейского бизнеса Алексей Калицев полагает, что спрос упадёт. "
            "Профсоюз автозавода назвал эти гарантии недостаточными.\n")
    assert "Ассоциация европейского бизнеса" in _actors(text)
    assert [m for _, m in _said(text)][-1] == "Профсоюз автозавода"


def test_the_head_of_the_agency_is_the_federal_agency_named_before() -> None:
    text = ("Следователи Следственного комитета провели обыски. В Росимуществе от комментариев отказались. "
            "Ранее глава ведомства Вадим Яковенко заявлял, что агентство само выявило нарушения.\n")
    actors = _actors(text)
    assert actors["Вадим Яковенко"].affiliation == "Росимущество"
    at = text.index("ведомства")
    assert any(m.start == at for m in actors["Росимущество"].mentions)
    assert all(m.start != at for m in actors["Следственный комитет"].mentions)


def test_a_pronoun_after_an_inverted_verb_is_the_speaker_without_its_addressee() -> None:
    text = ("Адвокат Ольга Мельникова назвала арест необоснованным. «Мой подзащитный не собирался скрываться», — "
            "заявила она журналистам после заседания.\n")
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [(q.speaker, q.mention.text if q.mention else None) for q in direct] == [("Ольга Мельникова", "она")]


def test_a_country_named_only_as_a_place_is_no_actor() -> None:
    text = "Заболеваемость гриппом в России за неделю выросла на 12%, сообщили в Роспотребнадзоре.\n"
    assert "Россия" not in _actors(text)
    acting = "Россия примет ответные меры, заявила Мария Захарова.\n"
    assert "Россия" in _actors(acting)


def test_an_interviewee_named_after_a_bodys_name_and_the_outlet_told() -> None:
    text = ("«Искусственный интеллект не заменит врача»\n\n"
            "Директор Национального медицинского исследовательского центра имени Алмазова Евгений Шляхто рассказал "
            "«Известиям», как нейросети меняют диагностику.\n\n"
            "— Евгений Владимирович, насколько широко врачи используют ИИ?\n\n"
            "— В лучевой диагностике — почти везде.\n\n"
            "— Не боитесь, что пациенты перестанут доверять врачам?\n\n"
            "— Наоборот.\n\n"
            "Президент Российской академии наук Геннадий Красников при этом предупреждал, что такие планы невыполнимы.\n")
    result = analyse(text)
    direct = [q for q in result.quotes if q.kind == "direct" and q.cue == "интервью"]
    assert direct and {q.speaker for q in direct} == {"Евгений Шляхто"}
    assert not [q for q in result.quotes if q.text == "Известиям" and q.kind == "direct"]
    actors = {a.name: a for a in result.actors}
    center = "Национальный медицинский исследовательский центр имени Алмазова"
    assert center in actors and actors["Евгений Шляхто"].affiliation == center
    assert "Российская академия наук" in actors
    assert "Геннадий Красников" in {q.speaker for q in result.quotes if q.kind == "indirect"}


def test_football_roles_an_instrumental_adjective_and_an_outlet_spoken_to() -> None:
    text = ("Московский «Спартак» расторг контракт с главным тренером Деяном Станковичем. "
            "Сам Станкович в разговоре с сербским изданием Sportal признался, что ожидал такого решения. "
            "Исполняющим обязанности главного тренера назначен его ассистент Вадим Романов. "
            "Бывший полузащитник «Спартака» Егор Титов считает, что новому тренеру понадобится время.\n")
    actors = _actors(text)
    assert actors["Деян Станкович"].title == "главный тренер" and actors["Вадим Романов"].title == "ассистент"
    assert actors["Егор Титов"].affiliation == "Спартак" and "Sportal" not in actors
    assert "Деян Станкович" in {s for s, _ in _said(text)}


def test_a_first_deputy_after_the_verb_and_a_company_named_before() -> None:
    text = ("«Газпром нефть» увеличит добычу на 8%. Об этом сообщил первый заместитель генерального директора компании "
            "Вадим Яковлев. Партнёр консалтинговой компании RusEnergy Михаил Крутихин добавил, что спрос упадёт. "
            "Старший аналитик «Тинькофф Инвестиций» Кирилл Бахтин считает, что экспорт не вырастет.\n")
    actors = _actors(text)
    assert actors["Вадим Яковлев"].affiliation == "Газпром нефть"
    assert actors["Кирилл Бахтин"].affiliation == "Тинькофф Инвестиций" and "Тинькофф Инвестиций" not in [
        a.name for a in analyse(text).actors if a.kind == "person"]
    assert "Вадим Яковлев" in {s for s, _ in _said(text)}


def test_a_regional_emergency_office_in_the_prepositional_and_a_minister_of_a_federal_body() -> None:
    text = ("В Главном управлении МЧС по Оренбургской области сообщили, что эвакуированы две тысячи человек. "
            "Министр МЧС России Александр Куренков прилетел в регион. На совещании в штабе он потребовал ускорить "
            "строительство дамбы.\n")
    actors = _actors(text)
    assert actors["Главное управление МЧС по Оренбургской области"].affiliation == "МЧС"
    assert "Главная управления" not in actors and actors["Александр Куренков"].affiliation == "Россия"
    assert "Александр Куренков" in {s for s, _ in _said(text)}


def test_a_governor_in_a_text_of_one_region_and_a_minister_of_the_republic() -> None:
    text = ("В Оренбургской области ввели режим ЧС. Соответствующий указ подписал губернатор Денис Паслер.\n\n"
            "Иран готов вернуться к переговорам. Об этом заявил министр иностранных дел республики Аббас Аракчи. "
            "Премьер-министр Израиля Биньямин Нетаньяху назвал слова Аракчи «уловкой».\n")
    actors = _actors(text)
    assert actors["Денис Паслер"].affiliation == "Оренбургская область"
    assert actors["Аббас Аракчи"].affiliation == "Иран" and "Биньямин Нетаньяху" in actors


def test_refusing_and_agreeing_are_saying_and_the_head_of_a_foreign_ministry_is_its_minister() -> None:
    text = ("Пресс-секретарь Кремля Дмитрий Песков отверг обвинения, заявив, что Москва не вмешивалась в выборы. "
            "Глава МИД Сергей Лавров согласился, что переговоры зашли в тупик.\n")
    assert {s for s, _ in _said(text)} >= {"Дмитрий Песков", "Сергей Лавров"}
    text = ("Иран готов вернуться к переговорам. Об этом заявил министр иностранных дел республики Аббас Аракчи. "
            "«Мяч на стороне Европы», — сказал глава иранского МИД на пресс-конференции.\n")
    assert [q.speaker for q in analyse(text).quotes if q.kind == "direct"] == ["Аббас Аракчи"]


def test_heads_of_cities_and_republics_and_a_republics_parliament() -> None:
    text = ("Власти Татарстана построят пять школ. Об этом сообщил министр образования и науки республики Ильсур "
            "Хадиуллин. Мэр Казани Ильсур Метшин уточнил, что две школы откроются в следующем году. Депутат "
            "Государственного совета Татарстана от КПРФ Хафиз Миргалимов потребовал включить ещё две школы.\n")
    actors = _actors(text)
    assert actors["Ильсур Хадиуллин"].affiliation == "Татарстан" and actors["Ильсур Метшин"].affiliation == "Казань"
    council = "Государственный совет Татарстана"
    assert actors[council].affiliation == "Татарстан" and actors["Хафиз Миргалимов"].affiliation == council
    assert "Власти Татарстана" not in actors


def test_a_title_naming_an_outlet_with_a_full_stop_and_bodies_of_moscow_and_the_president() -> None:
    text = ("Он добавил, что обжалует решение в Мосгорсуде. Главный редактор издания «Новая газета. Европа» Кирилл "
            "Мартынов назвал преследование политическим. Совет при президенте по правам человека ранее обращал "
            "внимание на сроки, напомнил член совета Евгений Мысловский.\n")
    actors = _actors(text)
    assert actors["Мосгорсуд"].affiliation == "Москва"
    assert actors["Кирилл Мартынов"].title is not None and actors["Кирилл Мартынов"].title.startswith("главный редактор")
    assert actors["Евгений Мысловский"].affiliation == "Совет при президенте по правам человека"


def test_a_report_in_the_banks_accounts() -> None:
    text = "Чистая прибыль ВТБ по МСФО выросла на 15%. Об этом говорится в отчётности банка.\n"
    assert [s for s, _ in _said(text)] == ["ВТБ"] and "МСФО" not in _actors(text)


def test_a_description_after_the_verb_a_capital_that_reacts_and_a_regional_ministry() -> None:
    text = ("Официальный представитель МИД КНР Мао Нин подтвердила, что Пекин готовит программу. Китайская сторона "
            "рассчитывает обсудить расчёты в национальных валютах, уточнила дипломат. В Вашингтоне к предстоящей встрече "
            "относятся настороженно. Глава ведомства Максим Решетников ранее признавал, что крепкий рубль бьёт по "
            "экспортёрам. В региональном министерстве транспорта уточнили, что компенсации выплатят.\n")
    said = _said(text)
    assert (None, "дипломат") in said or ("Мао Нин", "дипломат") in said  # (found; its person is not yet tied)
    assert "Максим Решетников" in {s for s, _ in said}
    assert "Региональное министерство транспорта" in {s for s, _ in said}
    assert "США" in _actors(text)
    assert "Турция" not in _actors("Глава МИД провёл переговоры накануне визита в Анкару.\n")


def test_latin_companies_a_union_in_guillemets_and_a_founder() -> None:
    text = ("Маркетплейсы Wildberries и Ozon с февраля повысят комиссию. Основательница Wildberries Татьяна Ким "
            "объяснила решение ростом расходов. Представитель объединения предпринимателей «Опора России» Ирина "
            "Глазкова добавила, что часть продавцов уйдёт. Президент Ассоциации компаний интернет-торговли Артём "
            "Соколов считает, что повышение ударит по бизнесу. Управляющий партнёр Aviation Consulting Group Андрей "
            "Крамаренко добавил, что цены вырастут.\n")
    actors = _actors(text)
    assert {"Wildberries", "Ozon", "Опора России", "Ассоциация компаний интернет-торговли"} <= set(actors)
    assert actors["Татьяна Ким"].title == "основательница" and actors["Татьяна Ким"].affiliation == "Wildberries"
    assert actors["Андрей Крамаренко"].title == "управляющий партнёр"
    assert actors["Андрей Крамаренко"].affiliation == "Aviation Consulting Group"


def test_a_possessive_inside_a_title_and_the_verkhovna_rada() -> None:
    text = ("Выступая в Верховной раде, украинский лидер подчеркнул, что переговоры возможны. Глава его офиса Андрей "
            "Ермак уточнил, что список передан.\n")
    actors = _actors(text)
    assert "Верховная рада" in actors and actors["Андрей Ермак"].title == "глава офиса"


def test_the_frg_a_german_given_name_and_a_union_named_in_guillemets() -> None:
    text = ("Германия передаст Украине две системы. Об этом заявил федеральный канцлер ФРГ Фридрих Мерц. Исполнительный "
            "директор Союза «Национальная фармацевтическая палата» Елена Неволина предупредила, что аптеки не успеют.\n")
    actors = _actors(text)
    assert "ФРГ" in actors["Германия"].aliases and actors["Фридрих Мерц"].affiliation == "Германия"
    assert actors["Елена Неволина"].affiliation == "Национальная фармацевтическая палата"
