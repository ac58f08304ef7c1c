"""Kinds of site furniture found by dev web set O (tests/ingest/html_layouts_o.py), each in several wordings written
here, with near misses (the article's own sentences and headings that look like furniture stay visible): a live
blog's short posts with their tool buttons, a comment section's heads, a lead-in label standing in an element of its
own above a link, a newsroom's appeal for money with no link, a wire's credit line of several roles."""
from __future__ import annotations

import lxml.html
import pytest

from briefing_app.ingest.html import read_html
from tests.ingest.articles import TUNING

ARTICLE = TUNING[1]


def _read(body: str) -> tuple[str, list[str]]:
    page = f"<html><head><title>{ARTICLE.headline}</title></head><body><article><h1>{ARTICLE.headline}</h1>{body}" \
           "</article></body></html>"
    text, _meta, spans = read_html(page, "page")
    return text, [" ".join(text[s.start:s.end].split()) for s in spans]


def _visible(text: str, hidden_spans: list[str], line: str) -> bool:
    return line in text and not any(line in h for h in hidden_spans)


def _paras(ps: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


def _divs(ps: list[str]) -> str:
    """Paragraphs as an agency's or a portal's page sets them: <div class="article__text">, no <p>."""
    return "".join(f"<div class='article__text'>{p}</div>" for p in ps)


# --- a live blog's posts: short paragraphs under a stamp, with share/copy buttons below them

@pytest.mark.parametrize("tools", ["<button>Share</button><button>Copy link</button>",
                                   "<div class='post-actions'><button>Like</button> <button>Reply</button></div>",
                                   "<footer><button aria-label='Share this post'>Share</button></footer>"])
@pytest.mark.parametrize("post", ["Abysmal failure.", "The vote is now expected on Thursday.",
                                  "Officials have not said when the bridge will reopen."])
def test_a_short_live_post_with_tool_buttons_stays_text(tools, post):
    posts = [post, *ARTICLE.paragraphs[:3]]
    body = "".join(f"<div class='liveblog-post'><time>10:{k}5 GMT</time><div class='post-body'><p>{p}</p></div>{tools}"
                   "</div>" for k, p in enumerate(posts))
    text, hidden = _read(body)
    assert all(_visible(text, hidden, p) for p in posts)


@pytest.mark.parametrize("form, line", [
    ("<div class='signup'><p>Get the morning briefing</p><input type='email'><button>Go</button></div>",
     "Get the morning briefing"),
    ("<div><label>Include the list of links</label> <input type='checkbox'></div>", "Include the list of links"),
    ("<div class='poll'><p>Was this article useful?</p><select><option>Yes</option></select></div>",
     "Was this article useful?")])
def test_a_short_line_with_an_input_or_a_list_is_still_a_form(form, line):
    text, hidden = _read(_paras(ARTICLE.paragraphs[:2]) + form + _paras(ARTICLE.paragraphs[2:4]))
    assert any(line in h for h in hidden)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


# --- a comment section's heads

@pytest.mark.parametrize("head, rest", [
    ("Discussion about this post", "<p>Responses (14)</p>"),
    ("Join the conversation", "<p>Be the first to comment.</p>"),
    ("Responses (58)", "<p>Sort by: Newest</p>"),
    ("Reader comments", "<p>Sign in to join the debate.</p>"),
    ("12 replies", "<p>Sort by: Top</p>"),
    ("Comments (1.2k)", "<p>Show all</p>"),
])
def test_a_comment_sections_head_hides_its_box(head, rest):
    text, hidden = _read(_paras(ARTICLE.paragraphs[:4]) + f"<div class='thread'><h4>{head}</h4>{rest}</div>")
    assert any(head in h for h in hidden)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


@pytest.mark.parametrize("head", ["Responses to the plan", "Discussion", "Reader responses to the budget were mixed"])
def test_an_articles_heading_like_a_comment_head_stays(head):
    text, hidden = _read(_paras(ARTICLE.paragraphs[:2]) + f"<div><h3>{head}</h3>{_paras(ARTICLE.paragraphs[2:4])}</div>")
    assert _visible(text, hidden, head)


# --- a lead-in label in an element of its own above a link to another story

@pytest.mark.parametrize("label", ["Читайте также", "Смотрите также", "Read more", "See also", "관련기사", "Related"])
@pytest.mark.parametrize("shape", ["<div class='inject'><div class='t'>{label}</div><a href='/x'>{link}</a></div>",
                                   "<div><span>{label}</span> <a href='/x'>{link}</a></div>"])
def test_a_label_alone_above_a_link_is_furniture(label, shape):
    link = "Rail union sets date for second walkout"
    box = shape.format(label=label, link=link)
    text, hidden = _read(_divs(ARTICLE.paragraphs[:2]) + box + _divs(ARTICLE.paragraphs[2:4]))
    assert any(label in h for h in hidden) and any(link in h for h in hidden)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


def test_a_label_word_over_the_articles_own_text_stays():
    """"More" over a paragraph that holds a link inside its sentence: the text is not all links."""
    para = "More than 40 councils have <a href='/r'>published the figures</a>, and the rest will follow by March."
    text, hidden = _read(_divs(ARTICLE.paragraphs[:2]) + f"<div><div>More</div><p>{para}</p></div>")
    assert _visible(text, hidden, "and the rest will follow by March.")


# --- a newsroom's appeal for money with no link

@pytest.mark.parametrize("appeal", [
    "Редакция работает благодаря читателям. Поддержите нас — оформите ежемесячное пожертвование.",
    "Нам нужна ваша помощь. Поддержите независимую журналистику — это займет минуту.",
    "Мы существуем благодаря вашей поддержке. Пожалуйста, сделайте пожертвование.",
    "Our newsroom is funded by readers like you. Please consider a donation.",
    "Independent journalism costs money. Support us with a monthly gift.",
    "이 매체는 독자 여러분의 후원으로 운영됩니다. 후원하기",
])
def test_an_appeal_for_money_with_no_link_is_furniture(appeal):
    text, hidden = _read(_divs(ARTICLE.paragraphs[:2]) + f"<div class='block'><span>{appeal}</span></div>"
                         + _divs(ARTICLE.paragraphs[2:4]))
    assert any(appeal in h for h in hidden)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


@pytest.mark.parametrize("sentence", [
    "Independent journalism is under pressure across the region, and the council's new rules will not help.",
    "“Support us, or we close in March,” the editor said of the paper, which relies on readers like you.",
    "Support for the measure grew after the nonprofit published its audit of the port.",
    "Поддержите инициативу, призвал депутат, отметив, что ваша помощь важна.",
])
def test_an_articles_sentence_about_support_stays(sentence):
    text, hidden = _read(_divs(ARTICLE.paragraphs[:2]) + f"<div class='block'><span>{sentence}</span></div>"
                         + _divs(ARTICLE.paragraphs[2:4]))
    assert _visible(text, hidden, sentence)


# --- a wire's credit line naming several roles (the analysis's boilerplate rules, every format)

@pytest.mark.parametrize("line", [
    "Reporting by Andrea Shalal and David Lawder; Writing by Ros Krasny; Editing by Leslie Adler and Chizu Nomiyama",
    "Reporting by Kate Holton in London; Editing by Alison Williams",
    "Additional reporting by Sarah N. Lynch; Editing by Daniel Wallis",
    "Reporting by Jonathan Landay; Writing by Simon Lewis; Graphics by Han Huang",
])
def test_a_wire_credit_line_of_several_roles_is_boilerplate(line):
    from briefing_app.analysis.boilerplate import find

    prose = "Reporting by the Herald showed that editing by hand slowed the count; officials disputed it."
    text = f"{line}\n\n{prose}"
    assert [text[s.start:s.end] for s in find(text)] == [line]


# --- a source line and a notice of the outlet's rights (bodylines: every reader)

@pytest.mark.parametrize("line", ["Источник: The Guardian", "Источник: редакция", "Source: Al Jazeera", "출처: 한빛통신",
                                  "Sources: Reuters, AP"])
def test_a_source_line_is_furniture(line):
    from briefing_app.ingest.bodylines import body_line

    assert body_line(line)


@pytest.mark.parametrize("line", [
    "<저작권자 ⓒ 한빛통신 무단전재 및 재배포 금지>", "ⓒ 한빛통신. 무단 전재-재배포 금지",
    "<저작권자(c) 한빛통신, 무단 전재-재배포, AI 학습 및 활용 금지>", "© 2026 Новая Полоса. Все права защищены.",
    "Перепечатка материалов без письменного разрешения редакции запрещена.",
    "При использовании материалов ссылка на агентство обязательна.",
])
def test_a_rights_notice_is_furniture(line):
    from briefing_app.ingest.bodylines import body_line

    assert body_line(line)


@pytest.mark.parametrize("line", [
    "Source: a senior official told us the plan is dead before the vote on Friday.",
    "Source: officials said the plan was dead",
    "정부는 무단 전재를 금지하는 법안을 냈다.",
    "Все права защищены законом, заявил министр.",
    "(c) the minister shall publish the register every year.",
    "Sources close to the talks say no deal is near.",
])
def test_sentences_like_source_or_rights_lines_stay(line):
    from briefing_app.ingest.bodylines import body_line

    assert not body_line(line)


def test_rights_and_source_lines_are_hidden_in_a_page():
    tail = "<p>Источник: The Guardian</p><p class='copy'>ⓒ 한빛통신. 무단 전재-재배포 금지</p>"
    text, hidden = _read(_paras(ARTICLE.paragraphs[:4]) + tail)
    assert any("Источник: The Guardian" in h for h in hidden) and any("무단 전재" in h for h in hidden)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


# --- a paywall's box and a subscription offer inside the body

@pytest.mark.parametrize("box, lines", [
    ("<div class='gate'><h3>Premium content</h3><p>Continue reading with a subscription</p><p>Special offer: $1 for 6 "
     "months. Cancel anytime.</p></div>", ["Premium content", "Special offer"]),
    ("<div class='x1'><strong>Subscribers only</strong><p>Get full access for $2 a month.</p></div>",
     ["Subscribers only", "Get full access"]),
    ("<section><h4>Keep reading: subscribe today</h4><p>Limited time: 99¢ a week for a year.</p></section>",
     ["Keep reading", "Limited time"]),
    ("<div><p>Subscribe to continue reading</p><p>Already have an account? <a href='/l'>Sign in</a></p></div>",
     ["Subscribe to continue reading"]),
])
def test_a_paywall_box_in_the_body_is_furniture(box, lines):
    text, hidden = _read(_paras(ARTICLE.paragraphs[:2]) + box + _paras(ARTICLE.paragraphs[2:4]))
    assert all(any(line in h for h in hidden) for line in lines)
    assert all(_visible(text, hidden, p) for p in ARTICLE.paragraphs[:4])


@pytest.mark.parametrize("sentence", [
    "Subscribers will pay $5 a month more from January, the company said in a filing.",
    "The plan would cost households $2 a month, a price the council called fair.",
    "Premium content, the company argued, is what readers will pay for.",
])
def test_a_sentence_about_prices_or_subscribers_stays(sentence):
    text, hidden = _read(_paras(ARTICLE.paragraphs[:2]) + f"<div class='note'><p>{sentence}</p></div>"
                         + _paras(ARTICLE.paragraphs[2:4]))
    assert _visible(text, hidden, sentence)


# --- a lead-in label and its link closing a paragraph of the article

@pytest.mark.parametrize("label", ["READ MORE:", "Read more:", "RELATED:", "WATCH:", "Читайте также:", "See also:"])
def test_a_lead_in_and_its_link_closing_a_paragraph_are_hidden_the_paragraph_shown(label):
    para = ARTICLE.paragraphs[1]
    link = "Ferry fares to rise in spring"
    body = (_paras(ARTICLE.paragraphs[:1]) + f"<p>{para} {label} <a href='/story/ferry'>{link}</a></p>"
            + _paras(ARTICLE.paragraphs[2:4]))
    text, hidden = _read(body)
    shown = "".join(ch for ch, h in zip(text, _mask(text, body)) if not h)
    assert " ".join(para.split()) in " ".join(shown.split())
    assert any(link in h and label in h for h in hidden)
    assert not any(para[:40] in h for h in hidden)


def _mask(text: str, body: str) -> list[bool]:
    page = f"<html><head><title>{ARTICLE.headline}</title></head><body><article><h1>{ARTICLE.headline}</h1>{body}" \
           "</article></body></html>"
    _text, _meta, spans = read_html(page, "page")
    hidden = [False] * len(text)
    for s in spans:
        hidden[s.start:s.end] = [True] * (s.end - s.start)
    return hidden


@pytest.mark.parametrize("tail", ["Officials urged residents to read: <a href='/g'>the flood guidance</a>",
                                  "Residents who want the details can read more: <a href='/b'>the council's guidance</a>",
                                  "The ruling is online at <a href='/r'>the court's site</a>"])
def test_a_paragraph_ending_in_a_link_of_its_own_stays_whole(tail):
    body = _paras(ARTICLE.paragraphs[:2]) + f"<p>{tail}</p>" + _paras(ARTICLE.paragraphs[2:4])
    text, hidden = _read(body)
    line = " ".join(lxml.html.fromstring(f"<p>{tail}</p>").text_content().split())
    assert _visible(text, hidden, line)
