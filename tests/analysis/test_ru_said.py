"""Russian reported speech by documents, belief verbs, colons and 'Об этом' with the source before the
verb (eighth session, ru_said and the verb table of ru_speakers): one construction per test."""
from __future__ import annotations

from briefing_app.analysis import analyse

LEAD = "Заголовок новости\n\nМОСКВА, 4 декабря. "


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyse(LEAD + text).quotes if q.kind in ("direct", "indirect")]


def test_a_document_that_says_something_is_its_authors_words() -> None:
    said = _said("В заявлении украинского МИД говорится, что любые уступки ослабят единство Европы.")
    assert ("любые уступки ослабят единство Европы", "МИД") in said


def test_as_a_document_says_opens_the_sentence() -> None:
    said = _said("Как говорится в сообщении пресс-службы губернатора, работы завершатся в мае.")
    assert [t for t, _ in said] == ["работы завершатся в мае"]


def test_according_to_a_forecast_but_not_to_a_law() -> None:
    said = _said("Согласно прогнозу Минэкономразвития, ВВП вырастет на 1%. Согласно закону, выборы пройдут в сентябре.")
    assert said == [("ВВП вырастет на 1%", "Минэкономразвития")]


def test_a_quotation_said_in_a_partys_statement_is_the_partys() -> None:
    said = _said("«Мы будем добиваться справедливости», — говорится в заявлении партии «Новые люди».")
    assert said == [("Мы будем добиваться справедливости", "Новые люди")]


def test_a_verb_and_a_colon_without_quotation_marks() -> None:
    said = _said("Председатель ЦБ Эльвира Набиуллина выступила на форуме. Набиуллина подчеркнула: ставка останется высокой.")
    assert ("ставка останется высокой", "Эльвира Набиуллина") in said


def test_belief_verbs_take_their_content_and_not_is_no_subject() -> None:
    said = _said("Министр финансов Антон Силуанов не исключил, что ставку снизят. "
                 "Экономист Игорь Николаев допускает, что курс рубля ослабнет. В Кремле надеются, что переговоры продолжатся.")
    assert ("ставку снизят", "Антон Силуанов") in said
    assert ("курс рубля ослабнет", "Игорь Николаев") in said
    assert any(t == "переговоры продолжатся" for t, _ in said)


def test_about_this_with_the_source_before_the_verb_or_a_body_after_it() -> None:
    said = _said("Губернатор Курской области Александр Хинштейн объявил о новых выплатах семьям. "
                 "Об этом губернатор Александр Хинштейн сообщил журналистам.\n\n"
                 "Цены на бензин выросли на 5%. Об этом Интерфаксу сообщили в Минэнерго.")
    assert ("Губернатор Курской области Александр Хинштейн объявил о новых выплатах семьям", "Александр Хинштейн") in said
    assert ("Цены на бензин выросли на 5%", "Минэнерго") in said


def test_an_outlet_told_is_no_part_of_the_source_of_as_told() -> None:
    result = analyse(LEAD + "Как рассказал «Известиям» депутат Госдумы Андрей Исаев, законопроект внесут весной.")
    q = next(q for q in result.quotes if q.text == "законопроект внесут весной")
    assert q.speaker == "Андрей Исаев" and q.mention is not None and not q.mention.text.startswith("«")
    assert not any("Известиям" in alias for a in result.actors for alias in a.aliases)


def test_a_pronoun_takes_the_name_after_a_title_and_a_title_is_no_given_name() -> None:
    said = _said("Глава Минэкономразвития Максим Решетников обратил внимание на то, что спрос остаётся высоким. "
                 "Он также напомнил, что безработица находится на минимуме.\n\n"
                 "Пресс-секретарь Кремля Дмитрий Песков отказался от комментариев. В Кремле считают, что пауза полезна.")
    assert ("спрос остаётся высоким", "Максим Решетников") in said
    assert ("безработица находится на минимуме", "Максим Решетников") in said
    assert not any(s == "Пресс-секретарь Кремля" for _, s in said)


def test_a_verb_inside_a_quotation_is_the_quoted_speakers() -> None:
    result = analyse(LEAD + "Министр иностранных дел Турции Хакан Фидан выступил на пресс-конференции. "
                            "«Мы убеждены, что у дипломатии нет альтернативы», — сказал министр.")
    assert not any(q.speaker == "Мы" or (q.mention and q.mention.text == "Мы") for q in result.quotes)


def test_a_second_verb_of_the_subject_a_request_and_a_diplomat() -> None:
    said = _said("Губернатор Кузбасса Илья Середюк приехал на место аварии и потребовал восстановить подачу тепла. "
                 "Мэр Новокузнецка Сергей Кузнецов сообщил, что выехали бригады. Градоначальник попросил жителей не "
                 "пользоваться обогревателями.\n\nЗаместитель главы МИД России Сергей Рябков заявил, что Москва изучит "
                 "предложение. При этом дипломат подчеркнул, что Россия не согласится на условия.")
    assert ("восстановить подачу тепла", "Илья Середюк") in said
    assert ("жителей не пользоваться обогревателями", "Сергей Кузнецов") in said
    assert ("Россия не согласится на условия", "Сергей Рябков") in said


def test_such_a_proposal_and_a_hope_with_an_infinitive() -> None:
    said = _said("Турция готова принять новый раунд переговоров. С таким предложением выступил министр иностранных дел "
                 "Турции Хакан Фидан.\n\nВ Еврокомиссии рассчитывают согласовать пакет до конца года. "
                 "Компания рассчитывает на поддержку государства.")
    assert ("Турция готова принять новый раунд переговоров", "Хакан Фидан") in said
    assert any(t == "согласовать пакет до конца года" for t, _ in said)
    assert not any("поддержку" in t for t, _ in said)


def test_a_fund_named_in_full_and_then_as_the_fund() -> None:
    said = _said("В Фонде развития территорий сообщили, что готовы рассмотреть вопрос. "
                 "Решение будет принято позже, уточнили в фонде.")
    assert ("готовы рассмотреть вопрос", "Фонд развития территорий") in said
    assert ("Решение будет принято позже", "Фонд развития территорий") in said


def test_a_line_of_dialogue_opened_by_a_dash_is_a_direct_quote() -> None:
    result = analyse("Тарифы\n\nГубернатор Тульской области Дмитрий Миляев провёл совещание.\n\n"
                     "— Мы не будем повышать тарифы в этом году, — заявил губернатор журналистам. — Решение окончательное.\n")
    said = [(q.text, q.kind, q.speaker) for q in result.quotes]
    assert ("Мы не будем повышать тарифы в этом году", "direct", "Дмитрий Миляев") in said
    assert ("Решение окончательное", "direct", "Дмитрий Миляев") in said


def test_a_venue_before_that_as_they_believe_in_a_bank_and_quoted_by_an_agency() -> None:
    said = _said("Депутат Госдумы Анатолий Аксаков заявил в эфире телеканала «Россия 24», что ставка может быть снижена. "
                 "Как считают в «Альфа-Банке», снижение начнётся не раньше весны.\n\n"
                 "«Мы видим снижение спроса», — цитирует директора компании Ивана Петрова агентство ТАСС.")
    assert ("ставка может быть снижена", "Анатолий Аксаков") in said
    assert ("снижение начнётся не раньше весны", "Альфа-Банк") in said
    assert ("Мы видим снижение спроса", "Иван Петров") in said
