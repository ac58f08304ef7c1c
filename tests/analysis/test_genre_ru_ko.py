"""Genre of Russian and Korean text: rubrics and author's notes decide, else the author's argument
against reporting (analysis/genre_ru_ko.py), and the tuned part of the hand-written set."""
import importlib.util
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_app.analysis import analyse
from briefing_app.analysis.genre import guess
from briefing_app.analysis.genre_ru_ko import language

SET = Path(__file__).parents[1] / "data" / "genre"
RU_REPORT = ("Правительство в пятницу утвердило проект бюджета на следующий год, сообщили в пресс-службе кабмина. "
             "Документ внесут в Государственную думу до 1 октября.")
KO_REPORT = "정부는 5일 내년도 예산안을 확정했다고 밝혔다. 예산안은 다음 달 국회에 제출된다."


def _genre(text: str) -> str:
    return analyse(text).metadata.genre


def test_language_by_letters():
    assert language(RU_REPORT) == "ru" and language(KO_REPORT) == "ko"
    assert language("The budget passed on Friday.") is None
    assert language("The ministry said «Бюджет принят» on Friday, after a long debate in the house.") is None


@pytest.mark.parametrize("rubric", ["Мнение | Бюджет не решает главного", "Колонка. Бюджет не решает главного",
                                    "Точка зрения: бюджет не решает главного", "Редакционная статья",
                                    "[사설] 예산안, 이대로는 안 된다", "[시론] 예산안의 빈자리", "오피니언 | 예산안의 빈자리",
                                    "독자 투고: 예산안의 빈자리"])
def test_a_rubric_decides(rubric):
    report = KO_REPORT if any("가" <= c <= "힣" for c in rubric) else RU_REPORT
    assert _genre(report) == "news"
    assert _genre(rubric + "\n\n" + report) == "opinion"


@pytest.mark.parametrize("note", ["Автор — профессор экономики МГУ.", "Мнение автора может не совпадать с позицией редакции.",
                                  "(필자는 서울의 한 대학 교수다.)", "외부 기고는 본지의 편집 방향과 다를 수 있습니다."])
def test_an_authors_note_decides(note):
    report = KO_REPORT if any("가" <= c <= "힣" for c in note) else RU_REPORT
    assert _genre(report + "\n\n" + note) == "opinion"


def test_news_words_in_a_menu_line_are_not_a_rubric():
    assert _genre("Комментарий пресс-службы\n\n" + RU_REPORT) == "news"  # no separator after the word


def test_the_authors_argument_makes_opinion():
    ru = ("Я считаю, что бюджет на следующий год ошибочно урезает расходы на школы. Правительству следует "
          "пересмотреть его, а депутатам необходимо настоять на этом. Разве можно экономить на детях?")
    ko = "나는 이번 예산안이 잘못됐다고 본다. 정부는 교육 예산을 다시 늘려야 한다. 아이들에게서 아끼는 것이 옳은가."
    assert _genre(ru) == "opinion" and _genre(ko) == "opinion"


def test_korean_deontic_before_the_quotative_is_reported():
    own = "정부는 교육 예산을 늘려야 한다. 지금이 그 시기다."
    reported = "장관은 정부가 교육 예산을 늘려야 한다고 밝혔다. 지금이 그 시기라고 덧붙였다."
    assert guess(own, own).cues["deontic"] > 0
    assert guess(reported, reported).cues["deontic"] == 0
    views = "교육 예산을 늘려야 한다는 지적이 나온다. 지원이 필요하다는 목소리도 커지고 있다."
    assert guess(views, views).cues["deontic"] == 0


def test_a_russian_sentence_with_a_verb_of_saying_is_not_the_authors():
    text = "Депутат заявил, что государство должно было сделать это давно. Закон вступит в силу в январе."
    assert guess(text, text).cues["deontic"] == 0
    own = "Государство должно было сделать это давно. Закон вступит в силу в январе."
    assert guess(own, own).cues["deontic"] > 0


@pytest.mark.parametrize("line", ["МОСКВА, 5 дек — РИА Новости. Банк России сохранил ставку.",
                                  "(서울=연합뉴스) 김민수 기자 = 한국은행이 5일 기준금리를 동결했다."])
def test_agency_datelines_count_for_a_report(line):
    assert guess(line, line).cues["agency"] > 0


def test_rhetorical_question_endings_count_without_a_question_mark():
    text = "그 비용은 누가 내는가. 결국 납세자다."
    assert guess(text, text).cues["question"] > 0


RU_ARGUMENT = ("Бесплатная парковка в центре — не благо. Плата за стоянку имеет смысл там, где у водителя есть "
               "выбор: удобный автобус, выделенная полоса, нормальное расписание. Где выбора нет, плата превращается "
               "в ещё один сбор, а пробки остаются на месте. Деньги от парковок стоит тратить на транспорт и "
               "отчитываться о них публично. Иначе горожане перестают верить любым обещаниям, и это понятно. Город "
               "без удобного транспорта наказывает водителей за то, в чём они не виноваты.")
RU_EVENTS = ("Власти города в пятницу ввели плату за парковку в центре. Решение приняли депутаты городской думы, "
             "проект поддержали 30 из 35 человек. Мэр пояснил, что деньги направят на ремонт дорог. Жители "
             "собрали подписи против платы и передали их в администрацию. Первые штрафы водители получили уже "
             "в субботу, когда камеры начали работать в тестовом режиме. Вечером у мэрии собрались недовольные "
             "водители, полиция никого не задержала.")
KO_ARGUMENT = ("공공 와이파이는 편리하다. 그러나 암호화가 없는 망은 위험하다. 설치 대수보다 보안 기준이 먼저다. "
               "행정이 그 점을 기억할 필요가 있다.")
KO_EVENTS = ("시는 정류장에 와이파이를 설치했다. 설치 비용은 10억 원이 들었다. 시민들은 새 망을 이용하기 시작했다. "
             "시는 내년에 설치 지역을 넓히기로 했다.")


@pytest.mark.parametrize("argument, events", [(RU_ARGUMENT, RU_EVENTS), (KO_ARGUMENT, KO_EVENTS)])
def test_tense_present_argues_past_reports(argument, events):
    said = guess(argument, argument).cues
    told = guess(events, events).cues
    assert said["present"] > 0 and said["past"] == 0
    assert told["past"] > 0 and told["present"] == 0
    assert guess(argument, argument).score > guess(events, events).score


def test_tense_needs_enough_text_and_skips_nouns_that_look_past():
    short = "Мэр ввёл плату. Жители собрали подписи."
    assert guess(short, short).cues["past"] == guess(short, short).cues["present"] == 0
    nouns = " ".join(["Школа и дело, сила и правило, начало и тело — это материал и сигнал."] * 8)
    assert guess(nouns, nouns).cues["past"] == 0


def test_a_dialogue_dash_interview_is_the_speakers():
    turns = "\n\n".join(["— Будет ли сокращение мест?", "— Нет. Мы считаем, что должны добавить места, и я уверен в этом.",
                         "— А что со студентами?", "— Мы должны принять больше, я думаю."])
    text = "Ректор рассказал о планах университета в интервью во вторник.\n\n" + turns
    assert _genre(text) == "news"


def _part(stem: str) -> str:
    """The set's split (README.md), as its scorer has it."""
    spec = importlib.util.spec_from_file_location("genre_set_score", SET / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.part(stem)


@pytest.mark.parametrize("path", [p for p in sorted((SET / "articles").glob("*.txt")) if _part(p.stem) == "tuned"],
                         ids=lambda p: p.stem)
def test_tuned_part_of_the_set(path):
    """The tuned part only (README.md gives the split); the held parts are scored by score.py."""
    assert _genre(path.read_text(encoding="utf-8")) == ("opinion" if "-op-" in path.stem else "news")


ALPHABET = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЫЭЮЯ"
            "가나다라마바사아자차카타파하는고다요 \n.,!?:;—–-«»“”\"'()[]|=0123456789")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=3000))
def test_fuzz_genre_of_cyrillic_and_hangul_text(text):
    got = guess(text, text)
    assert got.genre in ("opinion", "news") and all(v == v and v >= 0 for v in got.cues.values())


def test_a_long_hostile_text_is_quick():
    import time
    text = ("— " + "МОСКВА, " * 2000 + "(서울=" * 2000 + "[사설 " * 2000 + "\n") * 5
    guess("МОСКВА, 5 дек. (서울=", "")  # loads the rule sets outside the timing
    start = time.process_time()  # CPU time: a loaded machine must not fail it (about 0.02 s)
    guess(text, text)
    assert time.process_time() - start < 2.0
