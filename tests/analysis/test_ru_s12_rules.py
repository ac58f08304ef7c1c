"""Russian and Korean reported-speech and source rules of the twelfth session (analysis/lang/ru_*.py, ko.py, common.py),
each tested on short texts of their own: a quotation running over paragraphs, words set off by commas between a body
and its verb, "называют" and a readiness put into words, an insistence on a thing, a plural group as the source ("Они
считают" after it), a letter's sender as the source of "В письме говорится", and a Korean view held ("…고 보고 있다")."""
from __future__ import annotations

import subprocess
import sys

import pytest

from briefing_app.analysis import analyse
from briefing_app.core.model import Quote


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text,speaker", [
    ("Президент союза Аркадий Злочевский выступил на съезде.\n\n«Мы уже видим, как хозяйства отказываются от озимых.\n\n"
     "«Правительство должно понять, что пошлина бьёт по хозяйствам», — сказал Злочевский.\n", "Аркадий Злочевский"),
    ("Губернатор Ольга Петрова провела совещание.\n\n«Сроки сорваны. Подрядчик заплатит штраф.\n\n«Мы не отступим. Работы "
     "завершат к маю.\n\n«Иначе контракт будет расторгнут», — заявила Петрова.\n", "Ольга Петрова"),
    ("[인터뷰] 김도윤 한빛조선 대표 \"인력난 푼다\"\n\n김도윤 한빛조선 대표는 10일 본지와 만나 전망을 설명했다.\n\n"
     "―올해 수주 실적은.\n\n\"목표를 이미 달성했다.\"\n\n―인력 부족이 심각하다.\n\n\"사실이다. 용접공만 800명이 모자란다.\n\n"
     "\"정부가 비자 발급을 늘리기로 한 만큼 내년에는 숨통이 트일 것으로 본다.\"\n", "김도윤"),
])
def test_a_quotation_running_over_paragraphs_is_one_speakers(text: str, speaker: str) -> None:
    direct = [q for q in _speech(text) if q.kind == "direct" and len(q.text) > 16]
    assert len(direct) >= 2 and {q.speaker for q in direct} == {speaker}


def test_a_closed_quotation_shares_no_speaker_with_the_next_paragraph() -> None:
    text = ("«Мы не отступим», — заявила губернатор Ольга Петрова.\n\n«Это катастрофа для всего района и для нас всех.»\n")
    last = [q for q in _speech(text) if q.text.startswith("Это")]
    assert last and last[0].speaker != "Ольга Петрова"


@pytest.mark.parametrize("text,mention", [
    ("В министерстве, в свою очередь, сообщили «Известиям», что вопрос будет рассмотрен до конца года.\n", "министерстве"),
    ("В Минфине, однако, заявили, что налоги не вырастут.\n", "Минфине"),
    ("В мэрии Казани, впрочем, считают, что строительство важнее.\n", "мэрии Казани"),
])
def test_words_set_off_by_commas_between_a_body_and_its_verb_are_aside(text: str, mention: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].mention is not None and quotes[0].mention.text == mention


@pytest.mark.parametrize("text,mention,words", [
    ("В самом министерстве эту цифру называют завышенной.\n", "самом министерстве", "завышенной"),
    ("Экономист Игорь Ветров называет реформу запоздалой.\n", "Игорь Ветров", "реформу запоздалой"),
    ("Мэр Ярославля Артём Молчанов выразил готовность встретиться с инициативной группой.\n", "Артём Молчанов",
     "встретиться с инициативной группой"),
    ("Компания выразила намерение обжаловать решение суда.\n", "Компания", "обжаловать решение суда"),
])
def test_naming_and_a_readiness_put_into_words_are_reported_speech(text: str, mention: str, words: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].mention is not None and quotes[0].mention.text == mention
    assert quotes[0].text == words


@pytest.mark.parametrize("text", [
    "Его называют отцом реформы.\n",  # he is named: nobody speaks
])
def test_being_named_is_no_speech(text: str) -> None:
    assert _speech(text) == []


def test_a_concern_expressed_is_a_quote_sentence() -> None:
    # Session 24 changed this expectation: by the broad reading (actors score.py notes) a stated concern is a quote
    # sentence; until then "выразил обеспокоенность" with no words had to give no speech.
    quotes = _speech("Генеральный секретарь ООН Антониу Гутерриш выразил обеспокоенность эскалацией.\n")
    assert [q.speaker for q in quotes] == ["Антониу Гутерриш"]


@pytest.mark.parametrize("text,speaker,words", [
    ("Профсоюз настаивает на индексации зарплат.\n", "Профсоюз", "на индексации зарплат"),
    ("Губернатор Ольга Петрова настаивала на переносе выборов.\n", "Ольга Петрова", "на переносе выборов"),
])
def test_an_insistence_on_a_thing_is_reported_speech(text: str, speaker: str, words: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].speaker == speaker and quotes[0].text == words


def test_an_insistence_that_stays_one_quote() -> None:
    quotes = _speech("Ректор Олег Ким настаивает на том, что реформа нужна.\n")
    assert len(quotes) == 1 and quotes[0].text == "реформа нужна"


@pytest.mark.parametrize("text,speakers", [
    ("Жители района собрали три тысячи подписей против застройки. Они считают, что парк должен остаться.\n",
     ["Жители"]),
    # session 24 changed this expectation: "настроены иначе" is a stated stance, a quote sentence of its own by the broad
    # reading (actors score.py notes), so the group speaks twice; until then only "Они считают" was a quote
    ("Учителя, с которыми я говорил, настроены иначе. Они считают, что реформа добавляет отчётов.\n",
     ["Учителя", "Учителя"]),
])
def test_they_after_a_sentence_opening_with_a_group_are_the_group(text: str, speakers: list[str]) -> None:
    quotes = _speech(text)
    assert [q.speaker for q in quotes] == speakers


def test_they_after_a_named_person_are_not_the_group() -> None:
    quotes = _speech("Министр Олег Ким заявил, что реформа нужна. Они считают, что это не так.\n")
    assert quotes[-1].speaker != "Жители" and quotes[-1].mention is not None and quotes[-1].mention.text == "Они"


@pytest.mark.parametrize("text,speaker", [
    ("Руководство ВГТРК направило открытое письмо канцлеру. В письме говорится, что корреспондент был аккредитован.\n",
     "ВГТРК"),
    ("Российский зерновой союз направил в правительство письмо с просьбой отменить пошлину.\n\nВ документе говорится, что "
     "аграрии теряют до 30% выручки.\n", "Российский зерновой союз"),
])
def test_a_document_naming_no_author_is_its_senders(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker, speaker]  # (sending a letter is a stance stated: a quote too)


def test_the_authors_of_a_letter_are_its_sender() -> None:
    quotes = _speech("Руководство ВГТРК направило открытое письмо канцлеру. В письме говорится, что корреспондент был "
                     "аккредитован. Авторы письма настаивают на его немедленном освобождении.\n")
    assert [q.speaker for q in quotes] == ["ВГТРК", "ВГТРК", "ВГТРК"]  # (the letter sent, what it says, what they insist on)
    quotes = _speech("Учёные направили президенту обращение. Авторы обращения считают, что реформа науки провалилась.\n")
    assert [q.speaker for q in quotes][-1:] == ["Учёные"]


@pytest.mark.parametrize("text,speaker", [
    ("전문가들은 양측이 한발씩 물러서야 한다고 보고 있다.\n", "전문가들"),
    ("증권가는 실적이 크게 개선될 것이라고 내다보고 있다.\n", "증권가"),
])
def test_a_korean_view_held_is_reported_speech(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


def _actors(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind, a.affiliation) for a in analyse(text).actors}


@pytest.mark.parametrize("text,body,parent", [
    ("Эксперты Института образования ВШЭ полагают, что проблема не в учебниках.\n", "Институт образования ВШЭ", "ВШЭ"),
    ("Директор Центра агропродовольственной политики РАНХиГС Наталья Шагайда считает, что пошлина вредна.\n",
     "Центр агропродовольственной политики РАНХиГС", "РАНХиГС"),
    ("Сотрудник Института востоковедения РАН Иван Петров считает, что сделка состоится.\n", "Институт востоковедения РАН", "РАН"),
])
def test_a_body_named_with_a_parents_acronym_belongs_to_that_parent(text: str, body: str, parent: str) -> None:
    found = _actors(text)
    assert found.get(body) == ("organization", parent) and found.get(parent, ("", ""))[0] == "organization"


def test_a_country_acronym_after_a_body_is_its_country_not_a_parent_body() -> None:
    found = _actors("Официальный представитель МИД КНР Мао Нин заявила, что Пекин против.\n")
    assert found.get("МИД КНР") == ("organization", "Китай") and "КНР" not in found


@pytest.mark.parametrize("text,person,body", [
    ("Российский зерновой союз направил письмо в правительство. Президент союза Аркадий Злочевский считает, что площади "
     "сократятся.\n", "Аркадий Злочевский", "Российский зерновой союз"),
    ("По данным профсоюза «Учитель», педагогов не хватает. Сопредседатель профсоюза Всеволод Луховицкий выразил надежду, "
     "что учебник не придётся покупать.\n", "Всеволод Луховицкий", "Учитель"),
])
def test_the_head_of_a_union_named_before_is_the_unions_not_the_states(text: str, person: str, body: str) -> None:
    assert _actors(text).get(person) == ("person", body)


@pytest.mark.parametrize("module", ["ru_speakers", "ru_said", "ru_reported", "ru_interview", "ru_stance", "ru_subject"])
def test_each_russian_module_imports_on_its_own(module: str) -> None:
    # these raised ImportError (a circular import through ru_actors -> ru_reported) unless the pipeline came first
    done = subprocess.run([sys.executable, "-c", f"import briefing_app.analysis.lang.{module}"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("text", [
    "В заявлении МИД говорится, что переговоры продолжатся. В письме сказано: всё решено заранее.\n",
    "Союз направил письмо. В документе говорится, что аграрии теряют выручку.\n\nВ сообщении пресс-службы суда "
    "отмечается, что заседание отложено. Это говорится в постановлении.\n",
    "В обращении говорится говорится, что это странно. Во заявлении указывается, что всё верно и понятно.\n",
])
def test_documents_read_at_their_verbs_find_what_a_whole_text_scan_finds(text: str) -> None:
    from briefing_app.analysis.lang import ru_said
    whole = [(m.start(), m.end(), m.group("cue")) for m in ru_said.IN_DOC_RE.finditer(text)]
    assert whole and [(m.start(), m.end(), m.group("cue")) for m in ru_said._in_documents(text)] == whole


def test_an_outlet_given_an_interview_is_no_actor_one_publishing_is() -> None:
    told = _actors("Глава ЦБ Эльвира Набиуллина в интервью «Известиям» рассказала, что ставка снизится.\n")
    assert "Известия" not in told
    assert "Ведомости" in _actors("Как пишут в газете «Ведомости», сделка сорвалась.\n")


@pytest.mark.parametrize("text,person,company", [
    ("김도윤 한빛조선 대표는 10일 울산 본사에서 본지와 만나 인력난과 수주 전망을 설명했다.\n", "김도윤", "한빛조선"),
    ("이민호 대한해운 사장은 \"운임이 오를 것\"이라고 말했다.\n", "이민호", "대한해운"),
    ("박철수 한성제철 대표는 \"감산은 없다\"고 밝혔다.\n", "박철수", "한성제철"),
])
def test_a_korean_company_named_by_its_trade_word_is_its_heads_employer(text: str, person: str, company: str) -> None:
    found = _actors(text)
    assert found.get(company, ("",))[0] == "organization" and found.get(person) == ("person", company)


def test_a_korean_companys_union_acting_is_an_actor_of_its_own() -> None:
    found = _actors("한빛조선은 임금 동결을 발표했다.\n\n한편 한빛조선 노조는 성명을 내고 \"회사가 성과를 독식하고 있다\"고 반발했다.\n")
    assert "한빛조선 노조" in found and "한빛조선" in found


@pytest.mark.parametrize("text,words", [
    ("В пояснительной записке к законопроекту говорится, что мигранты должны сдавать экзамен.\n", "мигранты должны"),
    ("В совместном заявлении сторон отмечается, что переговоры продолжатся.\n", "переговоры продолжатся"),
    ("Сделка будет закрыта к марту, говорится в официальном сообщении компании.\n", "Сделка будет закрыта"),
    ("«Мы готовы к диалогу», — говорится в совместном заявлении министерств.\n", "Мы готовы к диалогу"),
])
def test_a_document_with_an_adjective_before_it_says_its_words(text: str, words: str) -> None:
    quotes = _speech(text)
    assert len(quotes) == 1 and quotes[0].text.startswith(words) and quotes[0].mention is not None


@pytest.mark.parametrize("text,speaker", [
    ("Жители сетуют, что отопление так и не дали.\n", "Жители"),
    ("Аналитики думают, что ставка снизится весной.\n", "Аналитики"),
    ("Эксперты указывают, что спрос упал вдвое.\n", "Эксперты"),
])
def test_more_russian_verbs_of_saying_and_belief(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("재판부는 피고인의 죄질이 무겁다고 판시했다.\n", "재판부"),
    ("기상청은 주말까지 폭염이 이어지겠다고 예보했다.\n", "기상청"),
    ("노조는 회사에 성과급을 지급해 달라고 요청했다.\n", "노조"),
])
def test_a_korean_courts_reasoning_a_forecast_and_a_request_are_reported_speech(text: str, speaker: str) -> None:
    assert [q.speaker for q in _speech(text)] == [speaker]


@pytest.mark.parametrize("sentence,speaker,words", [
    ("Депутаты предлагают запретить продажу алкоголя после 22 часов.", "Депутаты", "запретить продажу"),
    ("Жители просят проверить качество воды.", "Жители", "проверить качество"),
    ("Ректор академии Иван Петров обвинил министерство в давлении на учёных.", "Иван Петров", "министерство в давлении"),
    ("Министр Олег Ким пригрозил отставкой.", "Олег Ким", "отставкой"),
])
def test_a_proposal_a_plea_an_accusation_and_a_threat_are_reported_speech(sentence: str, speaker: str, words: str) -> None:
    quotes = _speech("Заголовок\n\n" + sentence + "\n")
    assert len(quotes) == 1 and quotes[0].speaker == speaker and quotes[0].text.startswith(words)


@pytest.mark.parametrize("sentence", ["Компания предлагает скидки на билеты.", "Его обвиняют в мошенничестве."])
def test_an_offer_and_an_unnamed_charge_are_no_speech(sentence: str) -> None:
    assert _speech("Заголовок\n\n" + sentence + "\n") == []


@pytest.mark.parametrize("text,mention", [
    ("Заголовок\n\nРемонт завершат к маю. Это следует из ответа ведомства на запрос «Фонтанки».\n", "ведомства"),
    ("Заголовок\n\nИнфляция ускорилась до 9%. Это следует из данных Росстата.\n", "Росстата"),
])
def test_what_follows_from_a_document_is_its_authors(text: str, mention: str) -> None:
    quotes = [q for q in _speech(text) if q.kind == "indirect"]
    assert len(quotes) == 1 and quotes[0].mention is not None and quotes[0].mention.text == mention
    assert text[quotes[0].start:quotes[0].end].startswith(("Ремонт", "Инфляция"))


@pytest.mark.parametrize("sentence,person,title,body", [
    ("Директор по связям с общественностью компании «Северсталь» Иван Петров сообщил, что завод работает.", "Иван Петров",
     "директор по связям с общественностью", "Северсталь"),
    ("Как отметил доцент МГУ Иван Петров, выборы пройдут спокойно.", "Иван Петров", "доцент", "МГУ"),
    ("По мнению урбаниста Ивана Кузнецова, городу стоило заранее обсудить проект.", "Иван Кузнецов", "урбанист", None),
])
def test_titles_with_a_with_phrase_and_more_role_words(sentence: str, person: str, title: str, body: str | None) -> None:
    found = {a.name: (a.title, a.affiliation) for a in analyse("Заголовок\n\n" + sentence + "\n").actors}
    assert found.get(person) == (title, body)


def test_a_bare_role_takes_the_body_the_same_role_was_given_before() -> None:
    text = ("Заголовок\n\nМИД России направил ноту в связи с задержанием корреспондента ВГТРК в Берлине. В письме говорится, "
            "что корреспондент Андрей Ремизов находился в Берлине с аккредитацией.\n")
    assert _actors(text).get("Андрей Ремизов") == ("person", "ВГТРК")
    other = _actors("Заголовок\n\nВрач Иван Петров рассказал о болезни. Аналитик «Финама» Игорь Додонов считает, что цены "
                    "вырастут. Другой аналитик Ольга Ким не согласна.\n")
    assert other.get("Иван Петров") == ("person", None) and other.get("Ольга Ким") == ("person", None)


PARTY_TEXT = ("Депутат от «Яблока» Борис Вишневский и Антон Горелкин («Единая Россия») спорили. Лидер партии «Новые люди» и "
              "фракции  «ЛДПР» промолчали. Как пишут в газете «Ведомости», В издании «РБК» и ив газете «X» (партии «Y»).\n")


def test_parties_read_before_each_guillemet_find_what_a_whole_text_scan_finds() -> None:
    from briefing_app.analysis.lang import ru_bodies
    whole = [(m.start(), m.end(), m.group("name")) for m in ru_bodies.PARTY_QUOTED_RE.finditer(PARTY_TEXT)]
    assert len(whole) == 4 and [(m.start(), m.end(), m.group("name")) for m in ru_bodies._party_quoted(PARTY_TEXT)] == whole


def test_an_outlet_published_in_is_read_after_in_only() -> None:
    from briefing_app.analysis.lang import ru_bodies
    names = [m.group("name") for m in ru_bodies.MEDIA_RE.finditer(PARTY_TEXT)
             if ru_bodies.IN_BEFORE_RE.search(PARTY_TEXT, max(0, m.start() - 2), m.start())]
    assert names == ["Ведомости", "РБК"]


@pytest.mark.parametrize("sentence,mention,words", [
    ("Ранее сообщалось, что завод закроют к маю.", "Ранее сообщалось", "завод закроют"),
    ("Как сообщалось ранее, завод закроют к маю.", "Как сообщалось ранее", "завод закроют"),
    ("Согласно опросу ВЦИОМ, 60% россиян поддерживают меру.", "ВЦИОМ", "60% россиян"),
    ("Аналитики прогнозируют рост цен на 10%.", "Аналитики", "рост цен на 10%"),
    ("Министерство ожидает средний курс на уровне 96 рублей за доллар.", "Министерство", "средний курс"),
])
def test_reports_with_no_source_surveys_and_forecasts_of_an_amount(sentence: str, mention: str, words: str) -> None:
    quotes = _speech("Заголовок\n\n" + sentence + "\n")
    assert len(quotes) == 1 and quotes[0].mention is not None and quotes[0].mention.text == mention
    assert quotes[0].text.startswith(words)


@pytest.mark.parametrize("sentence", ["Аналитики ожидали такого шага.", "Рейс ожидает вылета уже 3 часа."])
def test_an_expectation_of_no_amount_is_no_speech(sentence: str) -> None:
    assert _speech("Заголовок\n\n" + sentence + "\n") == []
