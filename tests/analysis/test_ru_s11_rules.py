"""Russian reported-speech and speaker rules of the eleventh session (analysis/lang/ru_*.py), one test each, on short
texts of their own: "Как считает X, ..." with a title before the name, an agency citing its sources, a verb of saying
with the topic in a phrase ("заявил о готовности", "высказался за"), a body in guillemets and a gerund, a bare title
after a quote when another holder of the title was only spoken with, and a foreign given name in the instrumental."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_names import nominative
from briefing_app.core.model import Quote


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text,speaker", [
    ("Как считает директор института Сергей Смирнов, властям придётся искать новые доходы.\n", "Сергей Смирнов"),
    ("Как полагает экономист Игорь Ветров, ставка снизится уже весной.\n", "Игорь Ветров"),
    ("Как признаёт глава компании Олег Ким, спрос на самолёты упал.\n", "Олег Ким"),
])
def test_as_the_source_says_opens_the_clause_and_is_no_subject(text: str, speaker: str) -> None:
    quotes = _speech(text)
    assert quotes and {q.speaker for q in quotes} == {speaker}
    assert all(not q.text.startswith(("директор", "экономист", "глава")) for q in quotes)


@pytest.mark.parametrize("text,speaker", [
    ("Ранее агентство Reuters со ссылкой на источники в турецком правительстве сообщило, что Анкара готова принять "
     "делегации.\n", "Reuters"),
    ("Газета Bild со ссылкой на источник в министерстве обороны ФРГ сообщила, что комплексы появятся в 2026 году.\n",
     "Bild"),
    ("ТАСС со ссылкой на собственные источники сообщает, что встреча состоится в пятницу.\n", "ТАСС"),
])
def test_an_outlet_citing_its_sources_is_the_source(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


@pytest.mark.parametrize("text,speaker,words", [
    ("Министр иностранных дел Турции Хакан Фидан ранее заявил о готовности страны выступить посредником.\n",
     "Хакан Фидан", "о готовности"),
    ("Сийярто, в свою очередь, высказался за возобновление диалога между Россией и Западом.\n", "Сийярто", "за возобновление"),
    ("Губернатор Ольга Иванова предупредила о сильных морозах в выходные.\n", "Ольга Иванова", "о сильных морозах"),
])
def test_a_verb_of_saying_with_its_topic_is_reported_speech(text: str, speaker: str, words: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker and quotes[0].text.startswith(words)


def test_telling_about_plans_is_a_quote_sentence() -> None:
    # Session 24 changed this expectation: by the broad reading (actors score.py notes) an interview's opening that
    # reports someone told about a thing is a quote sentence; until then it had to give no speech.
    quotes = _speech("Ректор МГУ Виктор Садовничий рассказал о планах университета.\n")
    assert [q.speaker for q in quotes] == ["Виктор Садовничий"]


@pytest.mark.parametrize("text", [
    "Министр Антон Силуанов выступил на форуме в Казани.\n",  # a talk, no stance ("выступили против решения" is a
    # stance stated: a quote sentence since the sixteenth session's convention, test_ru_speech_acts)
])
def test_telling_about_plans_and_a_talk_are_no_speech(text: str) -> None:
    assert _speech(text) == []


def test_said_about_that_stays_one_quote() -> None:
    quotes = _speech("Глава ведомства Игорь Белов заявил о том, что реформа продолжится.\n")
    assert len(quotes) == 1 and quotes[0].text == "реформа продолжится"


def test_a_body_in_guillemets_speaks_through_a_gerund_after_its_plural_verb() -> None:
    quotes = _speech("В «Победе» информацию подтвердили, уточнив, что пассажиров пересадят на другие даты.\n")
    assert [q.text for q in quotes] == ["пассажиров пересадят на другие даты"]
    assert quotes[0].mention is not None and quotes[0].mention.text == "Победе"


def test_a_bare_title_after_a_quote_is_not_the_holder_only_spoken_with() -> None:
    text = ("Россия примет ответные меры, заявил глава МИД России Сергей Лавров на пресс-конференции по итогам переговоров "
            "с министром иностранных дел Венгрии Петером Сийярто.\n\n"
            "«Мы не раз предупреждали, к чему ведёт такая политика», — подчеркнул министр.\n")
    direct = [q for q in _speech(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Сергей Лавров"]
    text = ("Глава МИД России Сергей Лавров провёл переговоры. Министр иностранных дел Венгрии Петер Сийярто прилетел в "
            "Москву.\n\n«Мы за диалог», — подчеркнул министр.\n")
    assert [q.speaker for q in _speech(text) if q.kind == "direct"] == ["Петер Сийярто"]  # named as a subject: him


def test_a_bare_title_no_name_went_with_is_the_latest_speaker() -> None:
    text = "«Мы готовы к диалогу», — сказала Ольга Петрова. «Решение за мэрией», — добавила депутат.\n"
    assert [q.speaker for q in _speech(text)] == ["Ольга Петрова", "Ольга Петрова"]
    text = "«Мы готовы к диалогу», — сказал Сергей Лавров. «Решение за Киевом», — добавил министр обороны Турции.\n"
    assert [q.speaker for q in _speech(text)][1] != "Сергей Лавров"  # a title with its qualifier: somebody else
    text = ("«Мы готовы к диалогу», — сказал Дмитрий Песков.\n\nСенатор Константин Косачев считает, что шансы есть. "
            "«Турция умеет быть посредником», — написал сенатор.\n")
    assert [q.speaker for q in _speech(text) if q.kind == "direct"][1] != "Дмитрий Песков"  # somebody named since


def test_a_foreign_given_name_in_the_instrumental_is_named_in_the_nominative() -> None:
    assert nominative(["Петером Сийярто", "Сийярто"]) == "Петер Сийярто"
    assert nominative(["Марко Рубио"]) == "Марко Рубио"
    assert nominative(["Жоау Перейра"]) == "Жоау Перейра"


@pytest.mark.parametrize("text,speaker", [
    ("«Это просто возмутительно», — возмутился депутат Игорь Лебедев.\n", "Игорь Лебедев"),
    ("«Денег на это нет», — вздохнул глава района Павел Орлов.\n", "Павел Орлов"),
    ("«Ремонт закончим к осени», — так прокомментировал ситуацию губернатор Павел Орлов.\n", "Павел Орлов"),
    ("«Цены растут каждый месяц», — сетует пенсионерка Анна Сухова.\n", "Анна Сухова"),
    ("«Мы справимся», — пошутил губернатор Павел Орлов.\n", "Павел Орлов"),
])
def test_any_verb_after_the_dash_attributes_the_quotation(text: str, speaker: str) -> None:
    assert [(q.kind, q.speaker) for q in _speech(text)] == [("direct", speaker)]


@pytest.mark.parametrize("text", [
    "Матч «Зенит» — «Спартак» перенесли на воскресенье.\n",
    "Проект «Мы справимся» — глава района Павел Орлов поддержал его.\n",  # a noun in -ла after the dash, no verb
])
def test_a_dash_after_guillemets_with_no_verb_is_no_attribution(text: str) -> None:
    assert [q for q in _speech(text) if q.kind == "direct"] == []


def test_a_verb_of_belief_before_a_colon_introduces_the_quotation() -> None:
    assert [(q.kind, q.speaker) for q in _speech("Губернатор Павел Орлов уверен: «Мы справимся».\n")] == [
        ("direct", "Павел Орлов")]


def test_a_body_speaks_through_a_negated_verb() -> None:
    quotes = _speech("В компании не исключают, что цены вырастут.\n")
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [("цены вырастут", "компании")]


@pytest.mark.parametrize("text,words", [
    ("Министр сообщил о росте поступлений в бюджет на 12%.\n", "о росте поступлений"),
    ("В Минобороны сообщили об уничтожении 20 беспилотников.\n", "об уничтожении"),
])
def test_reported_about_is_reported_speech(text: str, words: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].text.startswith(words)


def test_reported_about_this_is_not_the_words() -> None:
    text = "Ставка останется прежней. Сообщили об этом в пресс-службе банка.\n"
    assert not any(q.text.startswith("об этом") for q in _speech(text))


def test_an_agency_relaying_and_an_outlet_that_learnt_are_the_sources() -> None:
    quotes = _speech("Решение уже принято, передает РИА Новости со ссылкой на источник.\n")
    assert [(q.text, q.speaker) for q in quotes] == [("Решение уже принято", "РИА Новости")]
    quotes = _speech("Как стало известно «Коммерсанту», компания готовит сделку с китайским партнёром.\n")
    assert [q.speaker for q in quotes] == ["Коммерсант"] and quotes[0].text.startswith("компания готовит")


@pytest.mark.parametrize("text,branch,parent,person", [
    ("Руководитель Управления Роспотребнадзора по Свердловской области Дмитрий Козловских заявил, что вспышка "
     "локализована.\n", "Управление Роспотребнадзора по Свердловской области", "Роспотребнадзор", "Дмитрий Козловских"),
    ("Начальник ГУ МВД по Москве Олег Баранов заявил, что задержаны трое.\n", "ГУ МВД по Москве", "МВД", "Олег Баранов"),
    ("В Главном управлении МЧС России по Иркутской области сообщили, что уровень воды растёт.\n",
     "Главное управление МЧС России по Иркутской области", "МЧС России", None),
])
def test_a_territorial_branch_of_a_federal_body_is_named_in_full_under_its_parent(
        text: str, branch: str, parent: str, person: str | None) -> None:
    actors = analyse(text).actors
    by_name = {a.name: a for a in actors}
    assert by_name[branch].affiliation == parent
    if person:
        assert by_name[person].affiliation == branch


def test_a_body_of_the_region_is_the_one_region_the_text_names() -> None:
    text = ("В Иркутской области из-за паводка введён режим ЧС, сообщили в пресс-службе правительства региона.\n\n"
            "Губернатор Иркутской области Игорь Кобзев провёл заседание штаба.\n")
    body = next(a for a in analyse(text).actors if a.name.lower().startswith("правительство"))
    assert (body.name, body.affiliation) == ("Правительство Иркутской области", "Иркутская область")
    text = ("В Иркутской и Томской областях ввели режим ЧС. В Томской области ждут паводка, а в Иркутской области "
            "вода уже спадает, сообщили в правительстве региона.\n")
    body = next((a for a in analyse(text).actors if a.name.lower().startswith("правительство")), None)
    assert body is None or body.affiliation is None  # two regions named: none is taken


def test_a_pronoun_after_questions_and_answers_is_the_person_named_before_them() -> None:
    text = ("Губернатор Калужской области Владислав Шапша в интервью РБК рассказал о работе региона.\n\n"
            "— Сколько рабочих мест удалось сохранить?\n\n— Практически все.\n\n— Федеральный центр помогает?\n\n"
            "— Да, Минпромторг выделил субсидии.\n\n"
            "Он также отметил, что область ведёт переговоры с китайскими партнёрами.\n")
    said = next(q for q in _speech(text) if q.text.startswith("область ведёт"))
    assert said.speaker == "Владислав Шапша"
    text = "Он также отметил, что область ведёт переговоры.\n"  # nobody named: nobody invented
    assert all(q.speaker is None for q in _speech(text))


@pytest.mark.parametrize("text,speaker,mention", [
    ("Ставка останется на уровне 16%. Такие данные приводит Росстат.\n", "Росстат", "Росстат"),
    ("Рубль ослабнет к концу года. Такую оценку дал главный экономист банка Олег Ким.\n", "Олег Ким",
     "главный экономист банка Олег Ким"),
    ("Цены на водку вырастут на 15%. Такой прогноз дали аналитики.\n", None, "аналитики"),
])
def test_such_a_forecast_or_such_data_credit_the_sentence_before(text: str, speaker: str | None, mention: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker and quotes[0].mention is not None
    assert quotes[0].mention.text == mention and not quotes[0].text.startswith("Так")


def test_such_a_result_is_nobody_s_words() -> None:
    assert _speech("Такой вариант дал результат. Это мнение разделяют не все.\n") == []


def test_a_pronoun_before_a_colon_is_the_latest_speaker() -> None:
    quotes = _speech("Министр Павел Орлов заявил, что закон примут весной. При этом он подчеркнул: мигранты должны знать "
                     "язык.\n")
    assert {q.speaker for q in quotes} == {"Павел Орлов"} and len(quotes) == 2


@pytest.mark.parametrize("text,speaker,mention", [
    ("По оценкам участников рынка, цены вырастут на 10%.\n", None, "участников рынка"),
    ("По прогнозам аналитиков «Альфа-Банка», инфляция замедлится.\n", "Альфа-Банк", "аналитиков «Альфа-Банка»"),
    ("По расчётам Минэкономразвития, рост составит 2%.\n", "Минэкономразвития", "Минэкономразвития"),
    ("По подсчётам РБК, компания потеряла 5 млрд рублей.\n", "РБК", "РБК"),  # an outlet in the genitive is the source
    ("По данным ТАСС, встреча состоится в пятницу.\n", "ТАСС", "ТАСС"),
    ("По предварительным данным МЧС, пострадавших нет.\n", "МЧС", "МЧС"),
])
def test_according_to_estimates_forecasts_and_counts(text: str, speaker: str | None, mention: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker
    assert quotes[0].mention is not None and quotes[0].mention.text == mention


def test_an_outlet_told_after_as_is_still_no_source() -> None:
    quotes = _speech("Как рассказал «Известиям» депутат Олег Нилов, закон примут весной.\n")
    assert [q.speaker for q in quotes] == ["Олег Нилов"]


def test_market_participants_speak_unnamed() -> None:
    quotes = _speech("Участники рынка опасаются, что продажи упадут.\n")
    assert [(q.text, q.speaker, q.mention.text if q.mention else None) for q in quotes] == [
        ("продажи упадут", None, "Участники рынка")]


@pytest.mark.parametrize("text,speaker", [
    ("Как выяснил «Коммерсант», сделка сорвалась.\n", "Коммерсант"),
    ("Как узнал РБК, банк готовит допэмиссию.\n", "РБК"),  # the outlet found it out: no outlet told
    ("Как сообщают в МЧС, пожар потушен.\n", "МЧС"),
])
def test_as_an_outlet_found_out_and_as_a_body_says(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def test_as_they_claim_in_a_body_is_reported_speech() -> None:
    quotes = _speech("Как утверждают в компании, спрос растёт.\n")
    assert [(q.text, q.mention.text if q.mention else None) for q in quotes] == [("спрос растёт", "в компании")]


@pytest.mark.parametrize("text", [
    "«Мы готовы к переговорам», — рассказал «Известиям» депутат Олег Нилов.\n",
    "«Мы готовы к переговорам», — отметил в беседе с «Известиями» депутат Олег Нилов.\n",
    "Депутат Олег Нилов заявил:\n\n«Мы готовы к переговорам».\n",  # the quotation a paragraph of its own after a colon
])
def test_an_outlet_in_guillemets_before_the_source_and_a_colon_before_the_paragraph(text: str) -> None:
    assert [(q.kind, q.speaker) for q in _speech(text)] == [("direct", "Олег Нилов")]


def test_a_telegram_channel_says_like_a_document() -> None:
    quotes = _speech("Министерство транспорта предложило продлить льготы. «Мы поддержим перевозчиков», — говорится в "
                     "Telegram-канале министерства.\n")
    direct = [q for q in quotes if q.kind == "direct"]
    assert direct and direct[0].cue == "говорится" and direct[0].mention is not None


@pytest.mark.parametrize("text,speaker", [
    ("Заголовок\n\n«Мы готовы к переговорам». Так министр Павел Орлов прокомментировал предложение.\n", "Павел Орлов"),
    ("Рубль падает. Так глава Минфина Антон Силуанов ответил на вопрос о курсе.\n", "Антон Силуанов"),
])
def test_so_x_commented_credits_the_sentence_before(text: str, speaker: str) -> None:
    assert {q.speaker for q in _speech(text) if q.kind == "indirect"} == {speaker}  # (the words and the "Так" sentence)


@pytest.mark.parametrize("text", ["Цены растут. Так что покупатели уходят.\n", "Решение отложили. Так и не ответил никто.\n"])
def test_so_that_is_no_attribution(text: str) -> None:
    assert _speech(text) == []


@pytest.mark.parametrize("text,body,person", [
    ("Председатель Федерации независимых профсоюзов России Михаил Шмаков заявил, что зарплаты вырастут.\n",
     "Федерация независимых профсоюзов России", "Михаил Шмаков"),
    ("Глава Союза промышленников и предпринимателей России Александр Шохин заявил, что налоги вырастут.\n",
     "Союз промышленников и предпринимателей России", "Александр Шохин"),
])
def test_a_body_cut_short_inside_its_full_name_is_no_second_actor(text: str, body: str, person: str) -> None:
    actors = analyse(text).actors
    orgs = [a.name for a in actors if a.kind == "organization"]
    assert orgs == [body]
    assert next(a for a in actors if a.name == person).affiliation == body
