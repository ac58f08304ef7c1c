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
