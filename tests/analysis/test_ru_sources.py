"""Russian sources one rule at a time (seventh session): interview answers without dashes,
collective and unnamed sources, descriptions tied to the one person holding the role."""
from __future__ import annotations

from briefing_app.analysis import analyse


def _said(text: str, kind: str | None = None) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(text).quotes if kind is None or q.kind == kind]


# --- ru_interview: questions as paragraphs of their own, answers after them ---

PLAIN_INTERVIEW = ("Глава агентства: «Сбоев не будет»\n\n"
                   "Руководитель агентства Андрей Лаушкин рассказал РБК о навигации.\n\n"
                   "Каким будет северный завоз?\n\n"
                   "Мы начали готовиться зимой. Сбоев не будет.\n\n"
                   "Хватает ли судов?\n\n"
                   "Флот стареет, это правда.\n\n"
                   "Но верфи сдали 32 новых судна.\n\n"
                   "А экипажи?\n\n"
                   "Нам не хватает механиков.\n\n"
                   "Ранее министр транспорта Андрей Никитин заявил, что реформа завершится к 2027 году.\n")


def test_plain_questions_make_an_interview_and_answers_run_on_to_the_next_question() -> None:
    said = _said(PLAIN_INTERVIEW, "direct")
    assert ("Мы начали готовиться зимой. Сбоев не будет.", "Андрей Лаушкин") in said
    # an answer of two paragraphs: both are the interviewee's
    assert ("Флот стареет, это правда.", "Андрей Лаушкин") in said
    assert ("Но верфи сдали 32 новых судна.", "Андрей Лаушкин") in said
    assert ("Нам не хватает механиков.", "Андрей Лаушкин") in said


def test_after_the_last_answer_the_reporter_speaks_again() -> None:
    said = _said(PLAIN_INTERVIEW)
    assert not any(t.startswith("Ранее министр") and s == "Андрей Лаушкин" for t, s in said)
    assert ("реформа завершится к 2027 году", "Андрей Никитин") in said


def test_one_question_in_a_news_story_is_no_interview() -> None:
    text = ("Мэр Орска Василий Козупица провёл совещание.\n\n"
            "Что будет с дамбой?\n\n"
            "Дамбу отремонтируют к лету.\n")
    assert _said(text, "direct") == []


def test_a_quoted_question_is_no_interviewer_turn() -> None:
    text = ("Депутат Иван Петров выступил в Думе.\n\n«Кто за это ответит?»\n\nЗал промолчал.\n\n"
            "«А кто заплатит?»\n\nОтвета не было.\n")
    assert not any(t in ("Зал промолчал.", "Ответа не было.") for t, _ in _said(text))


def test_dashed_answers_run_on_over_paragraphs() -> None:
    text = ("Ректор СПбГУ Николай Кропачёв рассказал о планах университета.\n\n"
            "— Николай Михайлович, будут ли новые факультеты?\n\n— Да. Мы откроем два факультета.\n\n"
            "Один из них будет инженерным.\n\n— Когда?\n\n— В следующем году.\n")
    said = _said(text, "direct")
    assert ("Один из них будет инженерным.", "Николай Кропачёв") in said


# --- collective and unnamed sources: the body speaks ---

def test_a_body_speaks_through_a_plural_present_verb() -> None:
    said = _said("Совещание прошло.\n\nВ Кремле считают, что санкции не остановили рост экономики.")
    # (session 25: the actor "Кремль" stands for, as for "Кремль считает", no longer the prepositional "Кремле")
    assert [(t, s) for t, s in said] == [("санкции не остановили рост экономики", "Россия")]


def test_a_body_named_in_lower_case_speaks_and_is_an_actor() -> None:
    text = "Ремонт идёт.\n\nВ областной прокуратуре сообщили, что проверяют качество ремонта.\n"
    assert _said(text) == [("проверяют качество ремонта", "Областная прокуратура")]
    body = next(a for a in analyse(text).actors if a.name == "Областная прокуратура")
    assert body.kind == "organization" and body.aliases == ["областной прокуратуре"]
    text = "Ремонт идёт.\n\nВ мэрии Екатеринбурга заявили, что улицы отремонтируют.\n"
    assert _said(text) == [("улицы отремонтируют", "Мэрия Екатеринбурга")]
    assert next(a for a in analyse(text).actors if a.name == "Мэрия Екатеринбурга").affiliation == "Екатеринбург"


def test_a_bare_ministry_is_the_one_named_before_and_a_press_service_no_new_body() -> None:
    text = "Глава МИД России Сергей Лавров провёл переговоры, сообщили в министерстве.\n"
    assert "Министерство" not in [a.name for a in analyse(text).actors]
    text = "Суд арестовал Иванова.\n\nОфициальный представитель ведомства Светлана Петренко уточнила, что следствие идёт.\n"
    assert "Ведомство" not in [a.name for a in analyse(text).actors]


def test_an_unnamed_source_speaks_for_the_body_it_sits_in() -> None:
    text = "Совещание прошло.\n\nИсточник в правительстве рассказал, что проект уже разослан в министерства."
    q = next(q for q in analyse(text).quotes if q.kind == "indirect")
    assert q.text == "проект уже разослан в министерства" and q.mention is not None
    assert q.mention.text == "Источник в правительстве" and q.speaker == "Правительство России"  # (the federal one, s14 convention)
    assert q.speaker in [a.name for a in analyse(text).actors]


def test_an_outlet_after_the_verb_does_not_hide_the_content() -> None:
    said = _said("Переговоры идут.\n\nИсточник в дипломатических кругах сообщил ТАСС, что раунд пройдёт в Стамбуле.")
    assert said and said[0][0] == "раунд пройдёт в Стамбуле"


def test_a_body_speaker_is_named_in_the_nominative() -> None:
    text = "Министерство молчит. Минтранс готовит закон.\n\nВ Минтрансе пояснили, что закон уже готов.\n"
    assert ("закон уже готов", "Минтранс") in _said(text)


# --- descriptions tied to the one person holding the role ---

def test_the_head_of_a_ministry_is_its_minister() -> None:
    text = ("Министр финансов Антон Силуанов заверил, что бюджет исполняется.\n\n"
            "Глава Минфина добавил, что дефицит не превысит плана.\n")
    assert ("дефицит не превысит плана", "Антон Силуанов") in _said(text)
    siluanov = next(a for a in analyse(text).actors if a.name == "Антон Силуанов")
    assert "Глава Минфина" in siluanov.aliases
    assert "Минфина" not in [a.name for a in analyse(text).actors if a.kind == "person"]


def test_a_title_with_its_genitive_is_a_source() -> None:
    text = ("Президент России Владимир Путин провёл совещание.\n\n"
            "Глава государства потребовал от кабинета представить план.\n")
    assert ("от кабинета представить план", "Владимир Путин") in _said(text)


def test_premier_and_parliamentarian_stand_for_the_one_holding_the_role() -> None:
    text = ("Председатель правительства Михаил Мишустин доложил, что цены растут медленнее.\n\n"
            "По словам премьера, бизнес получит поддержку.\n\n"
            "Депутат Законодательного собрания Дмитрий Ионин усомнился в сроках. "
            "«Подрядчики не успеют», — сказал парламентарий.\n")
    said = _said(text)
    assert ("цены растут медленнее", "Михаил Мишустин") in said
    assert ("бизнес получит поддержку", "Михаил Мишустин") in said
    assert ("Подрядчики не успеют", "Дмитрий Ионин") in said


def test_a_country_adjective_belongs_to_the_description_and_an_adjective_is_no_description() -> None:
    text = ("Государственный секретарь США Марко Рубио заявил, что ждёт шагов.\n\n"
            "Американский дипломат не уточнил, о каких шагах речь. "
            "Источник в дипломатических кругах сообщил, что встреча будет.\n")
    rubio = next(a for a in analyse(text).actors if a.name == "Марко Рубио")
    assert "Американский дипломат" in rubio.aliases
    assert not any(a.startswith("дипломатическ") for a in rubio.aliases)


def test_about_this_with_words_before_the_verb_and_promises() -> None:
    text = ("Москва не примет условия США.\n\nОб этом на брифинге заявила официальный представитель МИД "
            "Мария Захарова.\n\nГлава города Алексей Орлов ранее обещал закончить работы до осени.\n")
    said = _said(text)
    assert ("Москва не примет условия США.\n\nОб этом на брифинге заявила официальный представитель МИД Мария Захарова",
            "Мария Захарова") in said
    assert any(s == "Алексей Орлов" and t.startswith("закончить работы") for t, s in said)


# --- titles and bodies ---


def test_a_short_form_in_brackets_is_the_body_and_its_heads_affiliation() -> None:
    text = ("Глава Росморречфлота: «Сбоев не будет»\n\n"
            "Руководитель Федерального агентства морского и речного транспорта (Росморречфлот) Андрей Лаушкин "
            "рассказал о навигации.\n")
    actors = {a.name: a for a in analyse(text).actors}
    body = actors["Росморречфлот"]
    assert "Федерального агентства морского и речного транспорта" in body.aliases
    assert "Федеральное агентство" not in actors
    head = actors["Андрей Лаушкин"]
    assert head.title == "руководитель"  # the agency in its own field
    assert head.affiliation == "Росморречфлот"
    assert "Глава Росморречфлота" in head.aliases  # the headline's description, the one holding the role


def test_a_place_in_the_genitive_ends_the_title_not_opens_the_name() -> None:
    actors = {a.name: a for a in analyse("Глава Якутии Айсен Николаев пожаловался на задержки.\n").actors}
    assert actors["Айсен Николаев"].title == "глава" and actors["Айсен Николаев"].affiliation == "Якутия"


def test_a_countrys_envoy_to_a_body_is_the_countrys() -> None:
    actors = {a.name: a for a in analyse("Постоянный представитель России при ООН Василий Небензя выступил.\n").actors}
    assert actors["Василий Небензя"].affiliation == "Россия"


def test_a_regional_legislature_keeps_its_region() -> None:
    text = "Депутат Законодательного собрания Свердловской области Дмитрий Ионин усомнился в сроках.\n"
    actors = {a.name: a for a in analyse(text).actors}
    assert "Законодательное собрание Свердловской области" in actors
    assert actors["Дмитрий Ионин"].affiliation == "Законодательное собрание Свердловской области"


def test_an_outlet_that_is_only_told_things_is_no_actor() -> None:
    text = ("МОСКВА, 3 июня. /ТАСС/. Переговоры продолжатся.\n\n"
            "Источник сообщил ТАСС, что раунд пройдёт в Стамбуле. Глава агентства Андрей Лаушкин рассказал РБК "
            "о навигации. В Минтрансе РБК пояснили, что закон готов.\n")
    names = [a.name for a in analyse(text).actors]
    assert "ТАСС" not in names and "РБК" not in names
    assert "РБК" in [a.name for a in analyse("РБК опубликовал расследование о закупках.\n").actors]


def test_an_unqualified_federal_body_that_speaks_is_russias() -> None:
    text = "Совещание прошло.\n\nИсточник в правительстве рассказал, что проект уже разослан.\n"
    government = next(a for a in analyse(text).actors if a.name == "Правительство России")  # (s14: the federal one by name)
    assert government.affiliation == "Россия"


def test_a_capitalised_body_is_left_to_the_organisation_rules() -> None:
    text = "Ремонт идёт.\n\nВ Правительстве Москвы заявили, что улицы отремонтируют.\n"
    assert _said(text) and _said(text)[0][0] == "улицы отремонтируют"


# --- second fresh batch: court and business copy ---

def test_version_of_the_investigation_and_a_press_service_with_its_body() -> None:
    text = ("Суд арестовал чиновника.\n\nРайонный суд арестовал Олега Суханова, сообщила пресс-служба суда.\n\n"
            "По версии следствия, Суханов получил взятку.\n")
    quotes = {q.text: q for q in analyse(text).quotes}
    assert quotes["Суханов получил взятку"].mention is not None
    assert quotes["Суханов получил взятку"].mention.text == "следствия"
    press = quotes["Районный суд арестовал Олега Суханова"].mention
    assert press is not None and press.text == "пресс-служба суда"


def test_an_outlet_told_and_a_time_phrase_are_no_part_of_the_source() -> None:
    text = ("Сделка готовится.\n\nВ правительстве Подмосковья Интерфаксу сообщили, что чиновник уволен.\n\n"
            "Президент компании Михаил Осеевский в марте говорил инвесторам, что компания растёт.\n")
    said = _said(text)
    assert ("чиновник уволен", "Правительство Подмосковья") in said
    assert ("компания растёт", "Михаил Осеевский") in said
    assert "Подмосковья Интерфакс" not in [a.name for a in analyse(text).actors]


def test_unnamed_sources_after_the_verb_and_an_opinion_of_a_thing() -> None:
    text = ("Сделка готовится.\n\nПровайдер «Ростелеком» ведёт переговоры о покупке операторов, рассказали «Ведомостям» два "
            "источника, знакомых с ходом сделки.\n\nАналитик «Цифра брокер» Леонид Делицын считает сделку логичной.\n")
    said = _said(text)
    assert any(t.startswith("Провайдер «Ростелеком» ведёт переговоры") for t, _ in said)
    assert ("сделку логичной", "Леонид Делицын") in said


def test_the_president_of_a_company_is_the_companys() -> None:
    text = ("Связь\n\nПредставитель «Ростелекома» отказался от комментариев. Президент компании Михаил Осеевский "
            "говорил, что компания растёт.\n")
    assert next(a for a in analyse(text).actors if a.name == "Михаил Осеевский").affiliation == "Ростелеком"


# --- a foreign-desk wire ---

WIRE = ("МАГАТЭ направит миссию\n\n"
        "ВЕНА, 4 марта. Генеральный директор Международного агентства по атомной энергии (МАГАТЭ) Рафаэль Гросси "
        "заявил, что миссия прибудет на станцию.\n\n"
        "Постпред России при международных организациях в Вене Михаил Ульянов назвал доклад агентства "
        "«сбалансированным». Российская сторона, отметил дипломат, готова обеспечить безопасность инспекторов.\n\n"
        "Гендиректор «Росатома» Алексей Лихачёв ранее говорил, что рассчитывает на диалог.\n\n"
        "На Украине заявление Гросси раскритиковали. Министр энергетики Украины Герман Галущенко потребовал "
        "вывести военных.\n")


def test_a_foreign_desk_wire_names_its_people_and_bodies() -> None:
    actors = {a.name: a for a in analyse(WIRE).actors}
    assert "Международного агентства по атомной энергии" in actors["МАГАТЭ"].aliases
    assert actors["Михаил Ульянов"].affiliation == "Россия"  # Russia's envoy in Vienna
    assert actors["Алексей Лихачёв"].title == "гендиректор" and actors["Алексей Лихачёв"].aliases == []
    assert actors["Герман Галущенко"].affiliation == "Украина"
    assert "ВЕНА" not in actors and not any(name.startswith("На ") for name in actors)


def test_a_verb_set_off_by_commas_and_a_lower_case_word_in_guillemets() -> None:
    said = _said(WIRE)
    assert any(t.startswith("Российская сторона") and s == "Михаил Ульянов" for t, s in said)
    assert ("сбалансированным", "Михаил Ульянов") in said


def test_a_judge_a_mayors_deputy_and_a_courts_press_service() -> None:
    text = ("Суд оштрафовал подрядчика\n\nАрбитражный суд Новосибирской области взыскал с компании «СибДорСтрой» "
            "45 млн рублей. Решение вынесла судья Анна Ковалёва.\n\nМэр Новосибирска Максим Кудрявцев заявил, что "
            "город расторгнет контракт. Заместитель мэра по транспорту Андрей Гончаров добавил, что подрядчика "
            "выберут до июня.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Анна Ковалёва"].affiliation == "Арбитражный суд Новосибирской области"  # the court with its region
    assert actors["Андрей Гончаров"].affiliation == "Новосибирск"
    text = "Суд\n\nБасманный суд Москвы арестовал Тимура Иванова, сообщила пресс-служба суда.\n"
    # (the court with its city, as the arbitration court above with its region: session 28)
    assert ("Басманный суд Москвы арестовал Тимура Иванова", "Басманный суд Москвы") in _said(text)


def test_a_foreign_womans_name_in_the_nominative_and_a_politician_by_the_verbs_gender() -> None:
    text = ("Кишинёв\n\nПрезидент Молдавии Майя Санду поддержала решение.\n\n"
            "Лидер оппозиционной Партии социалистов Игорь Додон раскритиковал власти. «Санду ведёт страну к "
            "конфликту», — написал политик в Telegram.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert "Майя Санду" in actors and "Майя Санда" not in actors
    assert ("Санду ведёт страну к конфликту", "Игорь Додон") in _said(text)
    assert "политик" in actors["Игорь Додон"].aliases


def test_a_foreign_ministry_is_not_russias() -> None:
    text = ("Кишинёв выслал дипломата\n\nМинистерство иностранных дел Молдавии объявило персоной нон грата "
            "сотрудника посольства России. Об этом сообщили в пресс-службе молдавского МИД.\n\n"
            "Официальный представитель МИД РФ Мария Захарова пообещала, что Москва ответит.\n")
    actors = {a.name: a for a in analyse(text).actors}
    moldovan = actors["Министерство иностранных дел Молдавии"]
    assert moldovan.affiliation == "Молдавия" and len(moldovan.mentions) == 2  # and "молдавского МИД"
    russian = next(a for a in actors.values() if "МИД" in (a.name, *a.aliases) and a is not moldovan)
    assert russian.affiliation == "Россия"


def test_an_answer_stops_where_the_reporter_writes_again_before_the_next_question() -> None:
    text = ("Ректор\n\nРектор СПбГУ Николай Кропачёв рассказал о планах.\n\n"
            "— Будут ли новые факультеты?\n\n— Да, два.\n\nМинистр науки Валерий Фальков поддержал планы.\n\n"
            "Новый корпус\n\nСтроительство начнётся весной.\n\n— А общежития?\n\n— Тоже построим.\n")
    said = _said(text, "direct")
    assert ("Да, два.", "Николай Кропачёв") in said and ("Тоже построим.", "Николай Кропачёв") in said
    assert not any(t.startswith(("Министр науки", "Новый корпус", "Строительство")) for t, _ in said)


def test_a_counterpart_of_a_country_and_the_city_of_a_city_head() -> None:
    text = ("Переговоры\n\nГлава МИД Сергей Лавров обсудит тему со своим турецким коллегой Хаканом Фиданом.\n")
    fidan = {a.name: a for a in analyse(text).actors}["Хакан Фидан"]
    assert (fidan.title, fidan.affiliation) == ("коллега", "Турция")
    text = ("Ремонт\n\nВ мэрии Екатеринбурга заявили, что улицы отремонтируют. Глава города Алексей Орлов обещал "
            "закончить работы до осени. Прокуратура Екатеринбурга начала проверку.\n")
    actors = {a.name: a for a in analyse(text).actors}
    assert actors["Алексей Орлов"].affiliation == "Екатеринбург"
    assert actors["Прокуратура Екатеринбурга"].affiliation == "Екатеринбург"
