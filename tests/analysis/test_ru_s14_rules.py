"""Russian and Korean rules of the fourteenth session, each tested on short texts of their own: no-break spaces
(Russian typography puts one before a dash and after short words) read as spaces, while every quote's text and its
speaker mention stay the source's own characters."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse
from briefing_app.analysis.lang.ru_countries import country
from briefing_app.core.model import Actor, Quote

NBSP = "\u00a0"


def _speech(text: str) -> list[Quote]:
    return [q for q in analyse(text).quotes if q.kind in ("direct", "indirect")]


@pytest.mark.parametrize("text,speaker", [
    (f"«Мы не оставим ни одну семью без помощи»,{NBSP}— сказал губернатор Денис Паслер.", "Денис Паслер"),
    (f"«Энергетики работают круглосуточно»,{NBSP}— написала Анна Гринчук в{NBSP}Telegram.", "Анна Гринчук"),
    (f"—{NBSP}Это первый проект такого масштаба,{NBSP}— сказал министр Николай Шульгин журналистам.",
     "Николай Шульгин"),
    (f"Министр финансов Антон Силуанов заявил, что бюджет останется сбалансированным, даже если цены на{NBSP}нефть "
     f"снизятся.", "Антон Силуанов"),
    (f"По{NBSP}словам главы ведомства Сергея Кравцова, школы перейдут на{NBSP}новый график.", "Сергей Кравцов"),
])
def test_a_no_break_space_reads_as_a_space(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker
    assert [(q.start, q.end, q.speaker) for q in found] == [
        (q.start, q.end, q.speaker) for q in _speech(text.replace(NBSP, " "))]


@pytest.mark.parametrize("space", [NBSP, "\u202f"])
def test_quote_and_mention_texts_keep_the_sources_characters(space: str) -> None:
    text = f"«Решение примут до{space}конца года»,{space}— сказал глава{space}ведомства Иван Петров."
    found = _speech(text)
    assert found and found[0].speaker == "Иван Петров"
    for q in analyse(text).quotes:
        assert text[q.start:q.end] == q.text
        if q.mention is not None:
            assert text[q.mention.start:q.mention.end] == q.mention.text


def test_an_english_text_is_read_as_written() -> None:
    text = f"“We will not back down,”{NBSP}said Maria Hale, the union's president."
    found = _speech(text)
    assert found and found[0].speaker == "Maria Hale" and found[0].text == text[found[0].start:found[0].end]


@pytest.mark.parametrize("text,mention", [
    ("Встреча продлилась более трёх часов, сообщил источник в делегации.", "источник в делегации"),
    ("Лоукостер «Победа» сократит число рейсов на 15%, сообщил «Коммерсанту» источник в отрасли.", "источник в отрасли"),
    ("Проект уже разослан в министерства, рассказал собеседник в аппарате правительства.",
     "собеседник в аппарате правительства"),
    ("Сделка может быть закрыта до конца года, сообщили два источника в банковских кругах.",
     "два источника в банковских кругах"),
])
def test_an_unnamed_source_keeps_the_place_it_is_in(text: str, mention: str) -> None:
    found = _speech(text)
    assert found and found[0].mention is not None and found[0].mention.text == mention


@pytest.mark.parametrize("text", [
    "Встреча продлилась более трёх часов, сообщил источник в понедельник.",
    "Встреча продлилась более трёх часов, рассказал источник в беседе с журналистами.",
])
def test_a_time_or_a_venue_after_an_unnamed_source_is_no_part_of_it(text: str) -> None:
    found = _speech(text)
    assert found and found[0].mention is not None and found[0].mention.text == "источник"


@pytest.mark.parametrize("outlet", ["ТАСС", "РИА Новости", "Интерфаксу", "«Известиям»"])
def test_the_outlet_told_before_an_unnamed_source_is_not_the_source(outlet: str) -> None:
    found = _speech(f"Встреча продлилась более трёх часов, сообщил {outlet} источник в делегации.")
    assert found and found[0].speaker is None and found[0].mention is not None \
        and found[0].mention.text == "источник в делегации"


@pytest.mark.parametrize("text,speaker", [
    ("Глава российской делегации, заместитель министра сельского хозяйства Максим Увайдов, подтвердил, что стороны "
     "обсудили строительство элеватора.", "Максим Увайдов"),
    ("Его заместитель, Олег Петров, сообщил, что завод закроют.", "Олег Петров"),
    ("Генеральный директор компании, Анна Крылова, уверена, что продажи вырастут.", "Анна Крылова"),
    ("Иван Смирнов, политолог из МГИМО, считает, что санкции не сработают.", "Иван Смирнов"),  # (the name before)
])
def test_a_name_set_off_by_commas_before_the_verb_is_its_subject(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker


def _government(text: str) -> list[str]:
    return [a.name for a in analyse(text).actors if a.name.lower().startswith("правительство")]


@pytest.mark.parametrize("text", [
    "Президент России Владимир Путин поручил правительству продлить программу семейной ипотеки до 2030 года.",
    "Российский зерновой союз направил в правительство письмо с просьбой отменить пошлину.",
    "Вице-премьер Александр Новак сообщил журналистам, что правительство поддержит проект налоговыми льготами.",
    "Поправки подготовлены с учётом замечаний правительства, пояснил председатель комитета Геннадий Семигин.",
    "В отзыве кабмина отмечается, что возраст покупателя придётся проверять по документам.",
    "Президент поручил правительству РФ подготовить законопроект до 1 июня.",  # Russia's own qualifier: federal
    "Министр заявил, что правительство России поддержит инициативу.",
    "Проект направлен в правительство Российской Федерации.",
    "Министр иностранных дел Франции заявил, что правительство России готово к переговорам.",  # abroad, named
])
def test_the_federal_government_named_in_lower_case_is_a_party(text: str) -> None:
    assert _government(text) == ["Правительство России"]


def test_the_federal_government_after_another_named_in_full_is_a_party_too() -> None:
    # (the German one, a party as well, is an actor of its own since the seventeenth session: test_ru_s17_rules)
    text = "Канцлер Германии заявил, что правительство Германии поддержит проект. Позже правительство России ответило отказом."
    assert sorted(_government(text)) == ["Правительство России", "правительство Германии"]


@pytest.mark.parametrize("text", [
    "«Бюджет должен оставаться сбалансированным», — подчеркнул министр финансов Антон Силуанов на заседании правительства.",
    "Церемония прошла в Доме правительства, сообщил посол России Игорь Громов.",
    "Председатель правительства Михаил Мишустин провёл совещание с вице-премьерами.",
    "Лидер оппозиции Драган Джилас потребовал сформировать переходное правительство.",
    "Глава армянского правительства Никол Пашинян заявил, что договор готов.",
])
def test_a_meeting_a_building_a_title_or_another_government_is_no_federal_party(text: str) -> None:
    assert "Правительство России" not in _government(text)


def test_the_federal_qualifier_is_part_of_the_mention() -> None:
    text = "Президент поручил правительству РФ подготовить законопроект до 1 июня."
    actor = next(a for a in analyse(text).actors if a.name == "Правительство России")
    assert [text[m.start:m.end] for m in actor.mentions] == ["правительству РФ"]


def test_a_government_that_speaks_is_the_same_actor_as_the_one_addressed() -> None:
    text = ("Союз направил в правительство письмо с просьбой отменить пошлину. В правительстве сообщили, что письмо "
            "получили.")
    result = analyse(text)
    assert _government(text) == ["Правительство России"]
    assert [q.speaker for q in result.quotes if q.kind == "indirect" and q.speaker != "Союз"] == ["Правительство России"]


@pytest.mark.parametrize("text,speaker", [
    ('다만 이은애 재판관은 "표현의 자유를 지나치게 제한한다"며 반대 의견을 냈다.', "이은애"),
    ('김형두 부장판사는 "증거가 부족하다"고 말했다.', "김형두"),
    ('노정희 대법관은 "원심 판단에 잘못이 없다"고 밝혔다.', "노정희"),
])
def test_a_korean_judge_is_named_before_the_title(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("앞서 전국공무원노동조합(전공노)은 이 조항이 기본권을 침해한다며 헌법소원을 청구했다.", "전국공무원노동조합"),
    ("한국노동조합총연맹(한국노총)은 정부가 약속을 어겼다며 소송을 제기했다.", "한국노동조합총연맹"),
])
def test_a_korean_body_with_its_short_name_in_brackets_says_what_comes_before_mye(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("전공노는 국제노동기구(ILO)에 제소하는 방안도 검토하고 있다고 밝혔다.", "전공노"),
    ("회사는 공장을 매각하는 계획도 세우고 있다고 밝혔다.", "회사"),
    ("통일부는 장관도 회의에 참석할 것이라고 밝혔다.", "통일부"),
])
def test_a_later_word_with_do_is_no_speaker_after_the_topic(text: str, speaker: str) -> None:
    found = _speech(text)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("베네수엘라는 미국의 제재가 불법이라고 주장했다.", "베네수엘라"),
    ("우간다는 국경을 다시 열겠다고 밝혔다.", "우간다"),
    ("과테말라는 이민자 송환 협정을 거부한다고 밝혔다.", "과테말라"),
])
def test_a_korean_name_ending_in_da_or_ra_before_neun_is_a_topic_not_a_verb(text: str, speaker: str) -> None:
    """VERB_ADNOMINAL_RE's 다는/라는 are a verb's only after a verb's syllable ("부당하다는", "불법이라는")."""
    found = _speech(text)
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Комитет одобрил законопроект. Документ внесла группа депутатов во главе с первым заместителем председателя "
     "комитета Алексеем Куринным.\n\nКак говорится в пояснительной записке, энергетики вредны подросткам. «Мы защищаем "
     "детей», — заявил Куринный.", "Алексей Куринный"),
    ("Законопроект подготовили депутаты во главе с председателем комитета Сергеем Леоновым. Как говорится в "
     "пояснительной записке, запрет снизит число отравлений.", "Сергей Леонов"),
    ("Законопроект внесла в Думу группа депутатов во главе с Ярославом Ниловым. В пояснительной записке говорится, что "
     "система сократит число нелегальных работников.", "Ярослав Нилов"),
])
def test_a_bills_note_is_its_authors_named_with_their_title_or_after_the_document(text: str, speaker: str) -> None:
    found = [q for q in _speech(text) if q.kind == "indirect"]
    assert found and found[0].speaker == speaker


@pytest.mark.parametrize("text", [
    "Правительство дало отзыв на законопроект. В отзыве кабмина отмечается, что возраст покупателя придётся проверять.",
    "Эксперты изучили проект. В заключении комиссии говорится, что проект требует доработки.",
])
def test_a_review_or_a_conclusion_says_what_it_says(text: str) -> None:
    assert _speech(text)


def _actor(text: str, name: str) -> Actor | None:
    return next((a for a in analyse(text).actors if a.name == name), None)


@pytest.mark.parametrize("text,person,committee", [
    ("Позицию Каллас раскритиковал председатель комитета Госдумы по международным делам Леонид Слуцкий.",
     "Леонид Слуцкий", "Комитет Госдумы по международным делам"),
    ("Глава комитета Госдумы по финансовому рынку Анатолий Аксаков, напротив, уверен, что ставку пора снижать.",
     "Анатолий Аксаков", "Комитет Госдумы по финансовому рынку"),
    ("Законопроект внесли в Госдуму. Глава комитета по охране здоровья Сергей Леонов пообещал внести поправки.",
     "Сергей Леонов", "Комитет Госдумы по охране здоровья"),
    ("Комитет Госдумы по делам национальностей одобрил законопроект. Как пояснил председатель комитета Геннадий "
     "Семигин, поправки учли замечания.", "Геннадий Семигин", "Комитет Госдумы по делам национальностей"),
])
def test_a_committee_member_belongs_to_the_committee(text: str, person: str, committee: str) -> None:
    member, body = _actor(text, person), _actor(text, committee)
    assert member is not None and member.affiliation == committee
    assert body is not None and body.kind == "organization" and body.affiliation == "Госдума"


def test_a_committee_named_as_a_subject_ends_before_its_verb() -> None:
    text = "Комитет Госдумы по просвещению вернётся к законопроекту осенью, сообщил депутат Иван Петров."
    assert _actor(text, "Комитет Госдумы по просвещению") is not None


def test_a_bare_committee_title_is_the_one_committee_when_there_are_two_no_guess() -> None:
    text = ("Комитет Госдумы по бюджету и комитет Госдумы по труду обсудили поправки. Председатель комитета Иван Петров "
            "заявил, что поправки примут.")
    petrov = _actor(text, "Иван Петров")
    assert petrov is not None and (petrov.affiliation or "").startswith("Комитет") is False



@pytest.mark.parametrize("text,person", [
    ("Официальный представитель Следственного комитета Светлана Петренко заявила, что дело возбуждено.\n\n"
     "Комитет Госдумы по безопасности одобрил законопроект во вторник.", "Светлана Петренко"),
    ("Член оргкомитета форума Иван Петров заявил, что форум пройдёт в июне. Комитет Госдумы по туризму одобрил проект.",
     "Иван Петров"),
    ("Председатель Олимпийского комитета России Станислав Поздняков заявил, что спортсмены поедут.\n\n"
     "Глава комитета Госдумы по физической культуре и спорту Олег Матыцин поддержал решение.", "Станислав Поздняков"),
    ("Председатель комитета Совета Федерации по международным делам Григорий Карасин заявил, что ответ будет.\n\n"
     "Комитет Госдумы по международным делам поддержал заявление.", "Григорий Карасин"),
])
def test_a_committee_with_a_name_or_a_body_of_its_own_is_not_the_duma_committee_the_text_names(
        text: str, person: str) -> None:
    member = _actor(text, person)
    assert member is not None and "Госдумы" not in (member.affiliation or "")


@pytest.mark.parametrize("text,body", [
    ("Депутаты Госдумы обсудили санкции. Председатель комитета по иностранным делам Сената США Боб Менендес заявил, что "
     "санкции будут.", "Сената"),
    ("Депутаты Госдумы обсудили поправки. Комитет по аудиту совета директоров компании одобрил отчёт.", "совета"),
    ("Депутаты Госдумы обсудили визит. Комитет по иностранным делам парламента Грузии осудил заявление.", "парламента"),
])
def test_another_bodys_committee_in_a_duma_paragraph_is_no_duma_committee(text: str, body: str) -> None:
    assert not [a.name for a in analyse(text).actors if a.name.startswith("Комитет Госдумы")]


@pytest.mark.parametrize("text", [
    "Канцлер Германии Олаф Шольц заявил, что правительство Германии поддержит Украину.\n\nПо его словам, правительство "
    "выделит ещё два миллиарда евро.",
    "Глава турецкого МИД заявил, что в турецком правительстве обсуждают сделку. Правительство примет решение до конца "
    "месяца.",
    "Губернатор сообщил, что правительство области выделит средства. Позже правительство утвердило программу.",
])
def test_a_bare_government_after_another_one_is_that_one_again(text: str) -> None:
    assert "Правительство России" not in _government(text)



@pytest.mark.parametrize("text", [
    "Министр иностранных дел Франции заявил, что правительство готово к переговорам.",
    "Премьер-министр Италии Джорджа Мелони сообщила, что правительство одобрило бюджет.",
    "В Нигере военные захватили власть. Правительство пообещало провести выборы через три года.",
    "Протесты в Армении продолжаются третью неделю. Оппозиция требует, чтобы правительство ушло в отставку.",
])
def test_a_bare_government_in_a_paragraph_of_another_country_is_not_russias(text: str) -> None:
    assert "Правительство России" not in _government(text)


@pytest.mark.parametrize("text", [
    "Председатель правительства Михаил Мишустин доложил, что цены растут медленнее. По словам премьера, правительство "
    "продолжит поддерживать малый бизнес.",
    "Экспорт зерна в Египет вырос. Российский зерновой союз направил в правительство письмо.",
])
def test_a_title_naming_its_holder_or_a_russian_paragraph_leaves_the_government_federal(text: str) -> None:
    assert "Правительство России" in _government(text)


@pytest.mark.parametrize("text,name", [
    ("Комитет по бюджету и налогам Госдумы рекомендовал принять законопроект.", "Комитет Госдумы по бюджету и налогам"),
    ("Комитет по иностранным делам Государственной думы единогласно поддержал заявление.",
     "Комитет Госдумы по иностранным делам"),
])
def test_a_committee_with_the_duma_after_its_field_is_the_dumas(text: str, name: str) -> None:
    body = _actor(text, name)
    assert body is not None and body.affiliation in ("Госдума", "Государственная дума")


@pytest.mark.parametrize("text", [
    "Базельский комитет по банковскому надзору опубликовал новые правила, заявил глава ЦБ.",
    "Международный комитет по правам человека осудил приговор, сообщили журналисты.",
])
def test_a_committee_with_a_name_of_its_own_is_not_cut_to_its_field(text: str) -> None:
    assert not [a.name for a in analyse(text).actors if a.name.startswith("Комитет по")]


def test_a_committee_with_its_legislature_after_its_field_is_the_legislatures() -> None:
    text = ("Депутаты приняли бюджет города.\n\nПредседатель комитета по бюджетно-финансовой политике Законодательного "
            "собрания Санкт-Петербурга Антон Соловьёв назвал его сбалансированным.")
    body = _actor(text, "Комитет по бюджетно-финансовой политике")
    assert body is not None and body.affiliation == "Законодательное собрание Санкт-Петербурга"


@pytest.mark.parametrize("text,name", [
    ("В Петербурге начались отключения горячей воды.\n\nВ комитете по энергетике и инженерному обеспечению уточнили, что "
     "перерасчёт сделают в сентябре.", "Комитет по энергетике и инженерному обеспечению"),
    ("Губернатор Петербурга Александр Беглов поручил проверить дворы. Комитет по благоустройству проверит их до осени, "
     "сообщил председатель комитета Иван Сидоров.", "Комитет по благоустройству"),
])
def test_a_committee_of_a_city_with_committees_is_the_citys(text: str, name: str) -> None:
    body = _actor(text, name)
    assert body is not None and body.affiliation == "Санкт-Петербург"


@pytest.mark.parametrize("text,person,committee", [
    ("Глава комитета Госдумы по физической культуре и спорту Олег Матыцин поддержал решение.", "Олег Матыцин",
     "Комитет Госдумы по физической культуре и спорту"),
    ("Законопроект обсудили в Госдуме. Председатель комитета по экономической политике и предпринимательству Максим Топилин "
     "заявил, что поправки готовы.", "Максим Топилин", "Комитет Госдумы по экономической политике и предпринимательству"),
])
def test_a_long_committee_title_with_an_and_in_its_field_is_the_persons(text: str, person: str, committee: str) -> None:
    member = _actor(text, person)
    assert member is not None and member.affiliation == committee and (member.title or "").endswith(committee[-12:])


@pytest.mark.parametrize("text", [
    "Комитет Госдумы по энергетике одобрил поправки. Заседание комитета кредиторов компании пройдёт в пятницу.",
    "Комитет Госдумы по обороне одобрил поправки. Представители комитета солдатских матерей выступили против.",
])
def test_a_bare_committee_with_a_genitive_of_its_own_is_not_the_duma_committee(text: str) -> None:
    body = next(a for a in analyse(text).actors if a.name.startswith("Комитет Госдумы"))
    assert not [sp for sp in body.mentions if text.find(". ") < sp.start]

def test_the_federal_government_named_with_its_country_leaves_later_bare_ones_federal() -> None:
    text = ("Правительство России утвердило программу. Позже вице-премьер Александр Новак сообщил, что правительство "
            "поддержит проект.")
    assert "Правительство России" in _government(text)

@pytest.mark.parametrize("word,name", [
    ("Нигера", "Нигер"), ("Нигерии", "Нигерия"), ("нигерийский", "Нигерия"), ("Мали", "Мали"), ("малийский", "Мали"),
    ("Эфиопии", "Эфиопия"), ("Ирака", "Ирак"), ("иракских", "Ирак"), ("Мексике", "Мексика"), ("Австралии", "Австралия"),
    ("австрийский", "Австрия"), ("Бельгии", "Бельгия"), ("Ливии", "Ливия"), ("Ливана", "Ливан"), ("ЮАР", "ЮАР"),
])
def test_more_countries_by_stem(word: str, name: str) -> None:
    assert country(word) == name


@pytest.mark.parametrize("word", ["малина", "Ливитт", "Ираклий", "Кубань", "того", "юаров"])
def test_words_that_open_like_a_country_are_none(word: str) -> None:
    assert country(word) is None


def test_a_foreign_minister_in_the_genitive_names_his_country() -> None:
    text = ("Россия поставит Нигеру пшеницу. Об этом сообщил министр сельского хозяйства Нигера Абдулайе Маига по "
            "итогам переговоров в Ниамее.")
    assert _actor(text, "Нигер") is not None


@pytest.mark.parametrize("text,name,alias", [
    ("В Минсельхозе России уточнили, что поставки пойдут на коммерческой основе.", "Минсельхоз", "Минсельхозе России"),
    ("Минфин РФ предложил повысить акцизы, сообщил источник.", "Минфин", "Минфин РФ"),
])
def test_a_ministrys_short_name_with_the_country_is_its_alias(text: str, name: str, alias: str) -> None:
    body = _actor(text, name)
    assert body is not None and alias in body.aliases


@pytest.mark.parametrize("text,body", [
    ("Эксперты Института Африки РАН полагают, что соглашение укрепит позиции России.", "Институт Африки РАН"),
    ("Директор Института Латинской Америки РАН Дмитрий Розенталь считает, что визит важен.",
     "Институт Латинской Америки РАН"),
    ("Эксперт Института США и Канады РАН Павел Кошкин уверен, что санкции не снимут.", "Институт США и Канады РАН"),
])
def test_an_institute_of_a_place_with_its_academy_is_a_body_not_a_person(text: str, body: str) -> None:
    result = analyse(text)
    found = _actor(text, body)
    assert found is not None and found.kind == "organization" and found.affiliation == "РАН"
    assert all(not a.name.startswith("Института") for a in result.actors)
    assert all(q.speaker is None or not q.speaker.startswith("Института") for q in result.quotes)


@pytest.mark.parametrize("text,person,affiliation", [
    ("«Мы будем расширять ассортимент», — заявил директор по маркетингу и продажам компании «Ромашка» Иван Петров.",
     "Иван Петров", "Ромашка"),
    ("Генеральный директор авиакомпании «Победа» Андрей Калмыков заявил, что рейсы сохранятся.", "Андрей Калмыков", "Победа"),
    ("Главный редактор газеты «Правда» Борис Комоцкий заявил, что тираж вырос.", "Борис Комоцкий", "Правда"),
    ("Иван Петров, директор компании «Ромашка», заявил, что продажи растут.", "Иван Петров", "Ромашка"),
    ("Глава «Роснефти» Игорь Сечин заявил, что добыча растёт.", "Игорь Сечин", "Роснефть"),  # (no kind: inflected)
    ("Председатель правления «Сбербанка» Герман Греф заявил, что ставки снизятся.", "Герман Греф", "Сбербанк"),
])
def test_a_name_in_guillemets_after_its_kind_stays_as_written(text: str, person: str, affiliation: str) -> None:
    found = {a.name: a for a in analyse(text).actors}
    assert found[person].affiliation == affiliation


@pytest.mark.parametrize("text,person,affiliation", [
    ("«Мы будем развивать порты», — заявил министр по развитию Дальнего Востока и Арктики Алексей Чекунков.",
     "Алексей Чекунков", "Россия"),
    ("Вице-премьер по вопросам Дальнего Востока Юрий Трутнев заявил, что порты будут развиваться.", "Юрий Трутнев", "Россия"),
    ("«Работы завершат в срок», — сказал министр по делам Северного Кавказа Иван Петров.", "Иван Петров", "Россия"),
    # (a body after the portfolio is the person's)
    ("Директор по развитию Российского фонда прямых инвестиций Иван Петров заявил, что сделка закрыта.", "Иван Петров",
     "Российский фонд прямых инвестиций"),
    ("Директор по развитию Сбербанка Иван Петров заявил, что сделка закрыта.", "Иван Петров", "Сбербанк"),
])
def test_the_place_of_a_portfolio_is_no_affiliation(text: str, person: str, affiliation: str) -> None:
    found = {a.name: a for a in analyse(text).actors}
    assert found[person].affiliation == affiliation


@pytest.mark.parametrize("text", [
    "Глава комитета Сената США Боб Менендес заявил, что санкции будут введены.",
    "«Мы против санкций», — заявил председатель комитета Сената США Боб Менендес.",
    "Представитель Сената США заявил, что санкции будут введены.",
    "Член Конгресса США Боб Менендес заявил, что санкции будут введены.",
    "Депутат Бундестага ФРГ Иван Петров заявил, что санкции будут введены.",
])
def test_an_acronyms_first_letter_is_no_name(text: str) -> None:
    people = [a.name for a in analyse(text).actors if a.kind == "person"]
    assert all(" " in n and not n.split()[-1].isupper() and len(n.split()[-1]) > 1 for n in people), people


@pytest.mark.parametrize("body,affiliation", [
    ("Сената", "Сенат"), ("Конгресса", "Конгресс"), ("Кнессета", "Кнессет"), ("Сейма", "Сейм"), ("Меджлиса", "Меджлис"),
])
def test_a_legislature_before_a_name_is_the_title_s_body(body: str, affiliation: str) -> None:
    found = {a.name: a for a in analyse(f"Член {body} Боб Менендес заявил, что санкции будут введены.").actors}
    assert found["Боб Менендес"].affiliation == affiliation


def test_a_name_that_opens_like_a_legislature_stays_a_name() -> None:
    assert "Сеймур Херш" in {a.name for a in analyse("Сеймур Херш заявил, что опубликует расследование осенью.").actors}


@pytest.mark.parametrize("text,person,title,affiliation", [
    ("Глава комитета Сената США Боб Менендес заявил, что санкции будут введены.", "Боб Менендес",
     "глава комитета", "Сенат США"),
    ("Председатель Сената Италии Иньяцио Ла Русса заявил, что закон примут.", "Иньяцио Ла Русса",
     "председатель", "Сенат Италии"),
    ("Сенатор США Боб Менендес заявил, что санкции будут введены.", "Боб Менендес", "сенатор", "США"),  # (a role)
])
def test_a_senate_is_a_body_its_country_completes(text: str, person: str, title: str, affiliation: str) -> None:
    found = {a.name: a for a in analyse(text).actors}
    assert (found[person].title, found[person].affiliation) == (title, affiliation)
