"""Lines a publishing system sets inside the article's body in a paragraph of their own, with no telling class
(bodylines.py via htmllines.py): word counts and reading times, desk lines, stamps, ad labels, picture credits,
podcast and newsletter promos, an opinion section's disclaimer; and a newsletter card whose last paragraph ends in a
link calling to sign up (htmlchrome._call_box). Sentences of the article that look like them stay text."""
from __future__ import annotations

from html import escape

import pytest

from briefing_app.ingest.bodylines import body_line
from tests.ingest.articles import TUNING
from tests.ingest.test_html_lines import hidden_texts

ARTICLE = TUNING[1]


def page(inserted: str) -> str:
    """An article page with `inserted` (markup) between its second and third paragraphs, no class anywhere."""
    ps = [f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs]
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(ARTICLE.headline)}</title></head><body>'
            f"<article><h1>{escape(ARTICLE.headline)}</h1><p>{escape(ARTICLE.byline)}</p>{''.join(ps[:2])}{inserted}"
            f"{''.join(ps[2:])}</article></body></html>")


FURNITURE = [
    # the story's length
    "2,310 words", "Word count: 1045", "812 words · 3 min read", "Время чтения: 6 минут", "5 мин на чтение",
    "읽는 데 4분", "약 2분 소요", "Tempo de leitura: 2 minutos", "Lesezeit: 3 Minuten", "4 Min. Lesedauer",
    "Temps de lecture : 4 min", "Tiempo de lectura: 8 minutos",
    # the desk
    "From: The Metro Desk", "From: Washington Bureau", "Desk: Foreign", "Department: Letters & Opinion",
    "Section: World / Europe", "Filed under Health, Schools and Budget", "Filed in: Courts", "Раздел: Общество",
    "Отдел: Экономика",
    # stamps
    "Updated 12 minutes ago", "Posted 9:15 a.m. CT · Updated 40 mins ago", "Published: 7.30 BST | Modified 1 hour ago",
    "Опубликовано 3 часа назад", "수정 2시간 전",
    # ad labels
    "ADVERTISING", "Ad", "Anzeige", "광고",
    # credits
    "Photo credit: Sam Ortiz", "Illustration: The Ledger; source photos by AP", "Credit: County of Marin",
    "Фото: пресс-служба мэрии", "(사진=뉴시스)", "[그래픽=김민지 기자]", "[시청 제공]",
    # podcast and newsletter promos
    "Subscribe to our politics podcast, Two Chambers, on Spotify.", "Podcast: The Weekly Brief",
    "Tune in: new episodes of Ledger Live every Thursday", "Слушайте наш подкаст «Итоги» в Apple Podcasts",
    "Join 40,000 readers who get the Capitol Letter newsletter.", "Sign up to get the morning headlines in your inbox.",
    "Подпишитесь на нашу рассылку", "매일 아침 뉴스레터를 무료로 구독하세요",
    # disclaimers
    "Opinions expressed in guest columns are those of the contributors.",
    "Any views expressed here are strictly the columnist's own.",
    "Позиция автора может не совпадать с мнением редакции.", "Редакция может не разделять мнение автора.",
    "외부 필자의 원고는 본지의 편집 방향과 일치하지 않을 수 있습니다.",
]

TEXT = [
    "Die Lesezeit: 3 Minuten, sagte die Autorin, sei für einen Bericht dieser Länge zu kurz.",
    "It took five minutes to read the ruling.",
    "From the metro desk to the mayor's office, nobody saw the vote coming.",
    "Filed under seal, the documents show the company knew of the leaks.",
    "Updated figures show the deficit grew by a third.",
    "Advertisement revenue fell by a third last year.",
    "Photo: a word the council used twice in its report, without a picture.",
    "Listen to the recording of the hearing before you decide.",
    "Get the facts right before you sign up for a newsletter, the regulator said.",
    "The views expressed in the report are those of the commission, the minister said.",
    "Word count limits were set at 1,000 for each submission.",
    "Section 230 shields platforms from most lawsuits.",
    "Мнение экспертов может не совпадать с позицией министерства.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_a_body_line_of_the_publishing_system_is_hidden(line: str) -> None:
    assert body_line(line)
    text, hidden = hidden_texts(page(f"<p>{escape(line)}</p>"))
    assert " ".join(line.split()) in hidden
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in text


@pytest.mark.parametrize("line", TEXT)
def test_a_sentence_that_looks_like_one_stays_text(line: str) -> None:
    assert not body_line(line)
    text, hidden = hidden_texts(page(f"<p>{escape(line)}</p>"))
    assert line in text and line not in hidden


@pytest.mark.parametrize("card", [
    '<div><h4>The Capitol Letter</h4><p>What lawmakers did this week, every Friday. <a href="/nl">Sign up for the Capitol '
    'Letter</a></p></div>',
    '<div><h3>Morning Brief</h3><p>The day\'s news before breakfast. <a href="/nl/brief">Subscribe to Morning Brief.</a>'
    '</p></div>',
    '<section><p><b>Before you go</b></p><p>Our best stories of the week, by email. <a href="/join">Get the weekend '
    'edition</a></p></section>',
])
def test_a_newsletter_card_ending_in_a_call_to_sign_up_is_hidden(card: str) -> None:
    text, hidden = hidden_texts(page(card))
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in text
    assert not any(w in text for w in ("Capitol Letter", "Morning Brief", "Before you go"))


def test_a_box_ending_in_another_link_stays_text() -> None:
    box = ('<div><h4>What the report found</h4><p>Four of the five bridges need repairs within two years. '
           '<a href="/report.pdf">Read the full report</a></p></div>')
    text, hidden = hidden_texts(page(box))
    assert "Four of the five bridges need repairs within two years." in text


@pytest.mark.parametrize("line", [
    'Opinion | <a href="/opinion/2026/12/04/x">Why the port strike matters to every renter</a>',
    '[관련기사] <a href="/view/2026120401">항만 파업 3주째, 물류 차질 이어져</a>',
    '➤ <a href="/news/ferry">Ferry fares to rise in spring, operator says</a>',
    '▶ <a href="/news/library">Council delays vote on library hours again</a>',
    'Politics » <a href="/p/1">Senate passes the budget after a late-night session</a>',
])
def test_a_label_or_arrow_and_one_link_to_another_story_is_hidden(line: str) -> None:
    text, hidden = hidden_texts(page(f"<p>{line}</p>"))
    assert not any(w in text for w in ("renter", "항만", "Ferry fares", "library hours", "late-night"))
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in text


@pytest.mark.parametrize("line", [
    "➤ The council voted 5-4 to delay the library's new hours.",
    'Votes were counted twice | <a href="/tally">the full tally</a> shows a margin of 41 across the county.',
])
def test_an_arrow_before_a_sentence_or_a_link_inside_one_stays_text(line: str) -> None:
    text, hidden = hidden_texts(page(f"<p>{line}</p>"))
    assert ("council voted" in text) or ("margin of 41" in text)


def top_page(meta_line: str) -> str:
    """An article page with `meta_line` (markup) under the headline in place of the byline."""
    ps = "".join(f"<p>{escape(p)}</p>" for p in ARTICLE.paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(ARTICLE.headline)}</title></head><body>'
            f"<article><h1>{escape(ARTICLE.headline)}</h1>{meta_line}{ps}</article></body></html>")


@pytest.mark.parametrize("line, parts", [
    ("By Ann Lee · December 5, 2026 · 3 min read", ["3 min read"]),
    ("Dec. 5, 2026 | 7 minute read | 1,650 words", ["7 minute read", "1,650 words"]),
    ("By Ann Lee • From: The Metro Desk", ["From: The Metro Desk"]),
    ("By Ann Lee, Opinion Desk · Updated 2 hours ago", ["Updated 2 hours ago"]),
    ("Published December 5, 2026 · Last updated 10:42 a.m. ET", ["Last updated 10:42 a.m. ET"]),
    ("Washington Bureau · Reading time: 4 minutes", ["Washington Bureau · Reading time: 4 minutes"]),
])
def test_a_part_of_a_byline_or_date_line_that_is_furniture_is_hidden(line: str, parts: list[str]) -> None:
    text, hidden = hidden_texts(top_page(f"<p>{escape(line)}</p>"))
    for part in parts:
        assert part not in text
    assert all(rest in text for rest in ("Ann Lee", "2026") if rest in line and rest not in " ".join(parts))


@pytest.mark.parametrize("line", ["Population 4,000 · Area 12 square miles · Founded 1851",
                                  "Open 9:15 a.m. to 5 p.m. | Closed on Sundays",
                                  "The vote was 5-4 · The mayor abstained"])
def test_a_line_of_parts_that_are_not_furniture_stays(line: str) -> None:
    text, hidden = hidden_texts(page(f"<p>{escape(line)}</p>"))
    assert all(part.strip() in text for part in line.replace("|", "·").split("·"))


@pytest.mark.parametrize("line", ["Opinion Desk", "The Washington Bureau", "Foreign Desk"])
def test_a_desk_name_alone_is_hidden(line: str) -> None:
    assert body_line(line)


def test_a_sentence_about_a_desk_stays() -> None:
    assert not body_line("She ran the Foreign Desk for a decade.")


SENTENCE = ARTICLE.paragraphs[2].split(". ")[0]


@pytest.mark.parametrize("quote", [
    SENTENCE.upper(),  # set in capitals
    SENTENCE[0].lower() + SENTENCE[1:],  # opening mid-sentence
    " ".join(SENTENCE.split()[:8]) + " …",  # cut short
    "…" + " ".join(SENTENCE.split()[3:]),
    f"“{SENTENCE}.” — The Editorial Board",  # with an attribution
])
def test_a_pull_quote_of_a_body_sentence_in_another_form_is_hidden_and_the_sentence_stays(quote: str) -> None:
    text, hidden = hidden_texts(page(f'<div class="callout"><p>{escape(quote)}</p></div>'))
    assert " ".join(quote.split()) in hidden
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in text


def test_a_quotation_with_an_attribution_that_the_body_does_not_hold_stays() -> None:
    quote = "“We will not sign off on a budget that leaves the harbours unguarded.” — Rep. Alana Whitfield"
    text, hidden = hidden_texts(page(f"<div><p>{escape(quote)}</p></div>"))
    assert quote in text


@pytest.mark.parametrize("line", ["Listen to this week's episode of The Docket.", "Hear the latest episode of Capitol Hours",
                                  "Advertisement - Scroll to continue", "ADVERTISEMENT · Continue reading below",
                                  "Реклама — scroll to continue", "Image courtesy of the Port Authority",
                                  "Photos courtesy Jane Roe", "Courtesy of the Harbor Museum"])
def test_more_body_lines_are_hidden(line: str) -> None:
    assert body_line(line)


@pytest.mark.parametrize("line", ["Courtesy of the mayor, the ribbon was cut at noon.",
                                  "Listen to the episode in which the mayor explains the budget, critics say, and decide.",
                                  "Advertisement spending - scroll down for the figures - rose again."])
def test_sentences_like_those_lines_stay(line: str) -> None:
    assert not body_line(line)


@pytest.mark.parametrize("box", [
    '<div><img src="court.jpg" alt=""><p>Crowds gather outside the court on Monday. (Jane Doe/The Ledger)</p></div>',
    '<div><a href="/photos/1"><img src="c.jpg" alt=""></a><span>The county building.</span><small>Sam Ortiz for The '
    'Ledger</small></div>',
    '<section><picture><img src="p.jpg" alt=""></picture><em>The harbour at dawn. Credit: Port Authority</em></section>',
])
def test_a_picture_and_its_short_caption_in_a_box_are_hidden(box: str) -> None:
    text, hidden = hidden_texts(page(box))
    assert not any(w in text for w in ("Crowds gather", "county building", "harbour at dawn"))
    for p in ARTICLE.paragraphs:
        assert " ".join(p.split()) in text


def test_a_picture_beside_a_paragraph_of_the_article_stays() -> None:
    para = ARTICLE.paragraphs[1]
    text, hidden = hidden_texts(page(f'<div><img src="icon.png" alt=""><p>{escape(para)}</p></div>').replace(
        f"<p>{escape(para)}</p><div>", "<div>", 1))
    assert " ".join(para.split()) in text
    icon = '<p><img src="i.png" alt=""> The council met twice.</p>'
    text, hidden = hidden_texts(page(icon))
    assert "The council met twice." in text


@pytest.mark.parametrize("line", [
    'Support local journalism: <a href="/subscribe">subscribe to The Ledger</a> today.',
    'Independent journalism needs readers like you. <a href="/give">Donate</a> now!',
])
def test_an_appeal_ending_in_its_call_and_a_word_is_hidden(line: str) -> None:
    text, hidden = hidden_texts(page(f"<p>{line}</p>"))
    assert "journalism" not in text


def test_an_appeal_whose_link_stands_inside_a_sentence_stays() -> None:
    line = ('Your support, the <a href="/report">annual report</a> says, paid for half the newsroom last year and '
            'more this year.')
    text, hidden = hidden_texts(page(f"<p>{line}</p>"))
    assert "annual report says" in " ".join(text.split()).replace(",", "")


@pytest.mark.parametrize("line", ["Updated Dec. 5, 10:42 a.m. ET", "Published 10:42 AM EST Dec. 5", "Updated: December 5 at 3:15 p.m.",
                                  "Last modified on Dec 5", "First published Thursday 5 December", "Posted Thursday, 10:42 AM",
                                  "Опубликовано: 5 декабря, 10:42", "업데이트 2시간 전", "수정 12월 5일 10:42",
                                  "Updated Jan. 3rd · Published Jan. 2nd"])
def test_a_stamp_with_a_date_is_hidden(line: str) -> None:
    assert body_line(line)


@pytest.mark.parametrize("line", ["Updated rules take effect on Dec. 5, officials said.",
                                  "Published 6:00 a.m. ET June 20, 2024", "Posted June 20, 2024",  # the story's date
                                  "Published in 1851, the paper is the city's oldest.", "Posted guards stood at the gate."])
def test_a_sentence_opening_with_a_stamps_word_stays(line: str) -> None:
    assert not body_line(line)


@pytest.mark.parametrize("line", ["[정치부]", "[국제부]", "경제부 = 김철수 기자", "Отдел политики", "Редакция сайта",
                                  "Читать 5 минут", "Читать за 3 мин", "Поделиться", "공유하기", "기사 공유 · 글자 크기",
                                  "Share · Print · Email", "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2Vtzq"])
def test_portal_lines_are_hidden(line: str) -> None:
    assert body_line(line)


@pytest.mark.parametrize("line", ["Отдел полиции сообщил о задержании двух человек.", "Реклама на остановках подорожала вдвое.",
                                  "정치부 기자들은 이날 국회에서 대기했다.", "Share prices fell by a third.", "Читать стоит всем."])
def test_portal_like_sentences_stay(line: str) -> None:
    assert not body_line(line)


def test_a_call_to_read_the_site_on_dzen_is_hidden() -> None:
    text, hidden = hidden_texts(page("<p>Читайте нас в Дзене и Telegram</p>"))
    assert "Читайте нас" not in text
