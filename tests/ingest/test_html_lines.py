"""Furniture read from the page's blocks of text whatever elements hold them (htmllines.py), the
headline found from the parts of <title>, text above the headline, audio-player lines and lines
holding a form control (htmlchrome.py)."""
from __future__ import annotations

import pytest

from briefing_app.ingest.html import read_html
from tests.ingest.articles import TUNING

ARTICLE = TUNING[0]


def hidden_texts(page: str) -> tuple[str, list[str]]:
    """(the visible text, with each hidden span as a blank line; the hidden spans' texts)."""
    text, _meta, spans = read_html(page, "page")
    shown = list(text)
    for s in spans:
        shown[s.start:s.end] = ["\n\n"] + [""] * (s.end - s.start - 1)
    return "".join(shown), [" ".join(text[s.start:s.end].split()) for s in spans]


def br_page(extra_after: str = "", extra_between: str = "", head: str = "") -> str:
    """An old CMS's page: the story as text runs split by <br><br> in a <font>, no <p>."""
    ps = ARTICLE.paragraphs
    body = "<br><br>".join(ps[:2]) + ("<br><br>" + extra_between if extra_between else "") + "<br><br>" + \
        "<br><br>".join(ps[2:])
    return (f"<html><head><title>{ARTICLE.headline} - The Valley Herald</title></head><body>{head}"
            f"<font size=5><b>{ARTICLE.headline}</b></font><br><br><font size=3>{body}"
            f"{'<br><br>' + extra_after if extra_after else ''}</font></body></html>")


def assert_article_visible(text: str, hidden: list[str]) -> None:
    """Every paragraph and the headline a visible paragraph of its own (`text`: as hidden_texts gives it)."""
    blocks = {" ".join(b.split()) for b in text.split("\n\n")}
    for p in (ARTICLE.headline, *ARTICLE.paragraphs):
        assert " ".join(p.split()) in blocks


@pytest.mark.parametrize("line", ["(END)", "###", "-30-", "(editorial@valleyherald.example.com)",
                                  "Contact the writer: jdoe@valleyherald.example.com",
                                  "https://www.valleyherald.example.com/opinion/2024/06/20/4411"])
def test_end_marks_addresses_and_contact_lines_between_br_are_hidden(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_after=line))
    assert line in hidden
    assert_article_visible(text, hidden)


def test_a_sentence_with_an_address_in_it_stays_text() -> None:
    line = ("Readers who saw the crash can write to the inquiry at witness@inquiry.example.org before "
            "the end of the month, officials said.")
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


def test_a_run_of_links_between_br_is_hidden_and_a_sentence_with_links_is_not() -> None:
    tools = '[ <a href="print.asp">Print</a> ] [ <a href="email.asp">E-mail</a> ] [ <a href="c.asp">Comment</a> ]'
    sentence = ('The <a href="/r">report</a> was published by the <a href="/c">committee</a> on Monday after a '
                'year of hearings in three cities.')
    text, hidden = hidden_texts(br_page(extra_after=tools, extra_between=sentence))
    assert "[ Print ] [ E-mail ] [ Comment ]" in hidden
    assert not any("committee" in h for h in hidden)


def test_a_link_into_the_page_alone_is_hidden_and_a_short_link_elsewhere_is_not() -> None:
    text, hidden = hidden_texts(br_page(extra_after='<a href="#top">Back to top</a>'))
    assert "Back to top" in hidden
    text, hidden = hidden_texts(br_page(extra_between='<a href="/vote">Vote tally</a>'))
    assert "Vote tally" not in hidden


def test_a_label_and_one_link_is_hidden_but_not_a_sentence_with_a_link_after_a_colon() -> None:
    label = 'Our Standards: <a href="/trust">The Wire Service Trust Principles.</a>'
    sentence = 'The ruling was plain: <a href="/r">the court</a> said the law could not stand as written.'
    text, hidden = hidden_texts(br_page(extra_after=label, extra_between=sentence))
    assert "Our Standards: The Wire Service Trust Principles." in hidden
    assert not any("ruling" in h for h in hidden)


def test_a_label_above_hidden_furniture_is_hidden_but_not_a_colon_above_article_text() -> None:
    page = br_page(extra_after="Find this article at:<br><br>https://www.valleyherald.example.com/story/4411")
    text, hidden = hidden_texts(page)
    assert "Find this article at:" in hidden
    page = br_page(extra_between="The mayor put it this way:")
    text, hidden = hidden_texts(page)
    assert "The mayor put it this way:" not in hidden


def test_the_headline_is_found_from_a_part_of_the_title_and_a_tagline_above_it_is_hidden() -> None:
    head = "<font size=1>Serving the valley since 1887</font><br><br>"
    text, hidden = hidden_texts(br_page(head=head))
    assert "Serving the valley since 1887" in hidden
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", ["NEW You can now listen to Fox News articles!", "Listen to this article 5 min",
                                  "Hear this story"])
def test_audio_player_lines_are_hidden_and_sentences_about_listening_are_not(line: str) -> None:
    sentence = "You can now listen to the council's debates online, the clerk said, though few residents do."
    ps = ARTICLE.paragraphs
    page = (f"<html><body><article><h1>{ARTICLE.headline}</h1><div class='body'><p>{line}</p>"
            + "".join(f"<p>{p}</p>" for p in ps[:2]) + f"<p>{sentence}</p>" + "".join(f"<p>{p}</p>" for p in ps[2:])
            + "</div></article></body></html>")
    text, hidden = hidden_texts(page)
    assert line in hidden and sentence not in hidden


def test_a_line_that_holds_a_form_control_is_hidden() -> None:
    line = "Check the box to include the list of links referenced in the article."
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    page = (f"<html><body><h1>{ARTICLE.headline}</h1>{body}<div><p><input type='checkbox'> {line}</p></div>"
            "</body></html>")
    text, hidden = hidden_texts(page)
    assert line in hidden
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", [
    "Subscribe to our Telegram channel for the latest updates",
    "Follow us on X and Facebook",
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о главных новостях.",
    "A version of this article appears in print on June 20, 2024, Section A, Page 22 of the New York edition with "
    "the headline: Council delays vote.",
    "This article appeared in the Sunday print edition.",
    "This essay is from the spring 2027 issue of The Harbour Quarterly."])
def test_calls_to_follow_the_site_and_print_edition_notes_are_hidden(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_after=line))
    assert line in hidden
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", [
    "Follow the money, the inspector said, and you will find the contractors who wrote the rules.",
    "Officials said this article of the treaty appears in print for the first time since 1990.",
    "The council said this story is from the same issue of the budget papers that was leaked in June.",
    "Подписывайтесь под каждым словом этого письма, говорят депутаты."])
def test_sentences_about_following_or_print_stay_text(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


@pytest.mark.parametrize("line", ["You are receiving this email because you opted in via our website.",
                                  "Our mailing address is: Policy Letter, 12 Quay Street, Port Ellis",
                                  "You can update your preferences or unsubscribe from this list.", "5-7 minutes"])
def test_mailing_list_lines_and_reading_times_are_hidden_also_as_one_line_of_a_block(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_after=f"Copyright © 2024 Policy Letter<br>{line}"))
    assert line in hidden
    assert_article_visible(text, hidden)


def test_a_sentence_about_unsubscribing_stays_text() -> None:
    line = "Customers who unsubscribe from this list of offers still get letters, the regulator found in its review."
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


OTHER = ["Officials in the county school district said on Wednesday that they would study a four-day week for "
         "the coming year, after fuel and driver costs rose faster than any other part of the budget.",
         "The proposal would keep the same number of teaching hours by lengthening each school day by about "
         "seventy minutes, district staff told a meeting of parents that ran late into the evening."]


@pytest.mark.parametrize("opening", ["<h1>County weighs a four-day school week</h1>",
                                     "<h2>County weighs a four-day school week</h2><p>By Priya Natarajan</p>",
                                     "<h2>County weighs a four-day school week</h2><time>June 19, 2024</time>"])
def test_a_story_loaded_below_the_article_is_hidden(opening: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE.paragraphs)
    page = (f"<html><body><div class='stream'><div class='story'><h1>{ARTICLE.headline}</h1>{body}</div>"
            f"<div class='next'>Up next</div><div class='story'>{opening}"
            + "".join(f"<p>{p}</p>" for p in OTHER) + "</div></div></body></html>")
    text, hidden = hidden_texts(page)
    assert all(" ".join(p.split()) in hidden for p in OTHER) and "Up next" in hidden
    assert_article_visible(text, hidden)


def test_a_later_part_of_the_article_under_a_subhead_stays_text() -> None:
    ps = ARTICLE.paragraphs
    page = (f"<html><body><div class='stream'><div class='part'><h1>{ARTICLE.headline}</h1>"
            + "".join(f"<p>{p}</p>" for p in ps[:2]) + "</div><div class='part'><h2>What comes next</h2>"
            + "".join(f"<p>{p}</p>" for p in ps[2:]) + "</div></div></body></html>")
    text, hidden = hidden_texts(page)
    assert_article_visible(text, hidden)


def p_page(body: str, head: str | None = None) -> str:
    return (f"<html><head><title>{ARTICLE.headline} | The Record</title></head><body>"
            f"{head if head is not None else f'<h1>{ARTICLE.headline}</h1>'}{body}</body></html>")


def ps(paragraphs: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paragraphs)


@pytest.mark.parametrize("head", [f"<h1><span>Opinion</span> {ARTICLE.headline}</h1>",
                                  f"<h1>{ARTICLE.headline} <small>Analysis</small></h1>",
                                  f"<h1>OPINION | {ARTICLE.headline}</h1>"])
def test_a_label_in_the_headlines_line_is_hidden_and_the_headline_stays(head: str) -> None:
    text, hidden = hidden_texts(p_page(ps(ARTICLE.paragraphs), head))
    assert any(h in ("Opinion", "Analysis", "OPINION |") for h in hidden)
    assert_article_visible(text, hidden)


def test_the_headline_is_a_paragraph_of_its_own_when_one_br_sets_the_byline_under_it() -> None:
    head = f"<div><b>{ARTICLE.headline}</b><br><span>By Jane Doe</span></div>"
    text, hidden = hidden_texts(p_page(ps(ARTICLE.paragraphs), head))
    assert_article_visible(text, hidden)


def test_cells_of_running_text_are_paragraphs_and_short_cells_stay_on_their_row() -> None:
    ps_ = ARTICLE.paragraphs
    body = (f"<table><tr><td>Vote</td><td>Yes</td><td>No</td></tr><tr><td>{'<br><br>'.join(ps_[:2])}</td>"
            f"<td>{'<br><br>'.join(ps_[2:])}</td></tr></table>")
    text, hidden = hidden_texts(p_page(body))
    assert "Vote Yes No" in [b.strip() for b in text.split("\n\n")]
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("box", ["<div class='x'><p>“{s}”</p></div>", "<div>{s}</div>",
                                 "<figure><p>{s}</p><figcaption>The Editorial Board</figcaption></figure>"])
def test_a_sentence_of_the_article_set_again_in_a_box_is_hidden(box: str) -> None:
    ps_ = ARTICLE.paragraphs
    said = ps_[4].split(". ")[0] + "."
    text, hidden = hidden_texts(p_page(ps(ps_[:2]) + box.format(s=said) + ps(ps_[2:])))
    assert any(said in h for h in hidden)
    assert "The Editorial Board" not in text or any("The Editorial Board" in h for h in hidden)
    assert_article_visible(text, hidden)


def test_a_dek_that_repeats_the_ledes_first_sentence_is_hidden() -> None:
    ps_ = ARTICLE.paragraphs[1:]
    dek = ps_[0].split(". ")[0] + "."
    text, hidden = hidden_texts(p_page(f"<p class='dek'>{dek}</p>" + ps(ps_)))
    assert dek in hidden
    assert all(" ".join(p.split()) in {" ".join(b.split()) for b in text.split("\n\n")} for p in ps_)


def test_paragraphs_repeated_whole_stay_text() -> None:
    ps_ = ARTICLE.paragraphs
    text, hidden = hidden_texts(p_page(ps(ps_) + ps(ps_[-1:])))
    assert text.count(ps_[-1]) == 2


def test_the_site_name_in_the_title_is_no_headline_though_it_is_longer() -> None:
    head = ("<meta property='og:site_name' content='The Daily Ledger of Record'></head><body>"
            "<div class='logo'>The Daily Ledger of Record</div><h1>Peace on Earth?</h1>")
    page = ("<html><head><title>Peace on Earth? | The Daily Ledger of Record</title>" + head
            + ps(ARTICLE.paragraphs) + "</body></html>")
    text, hidden = hidden_texts(page)
    assert "Peace on Earth?" in [" ".join(b.split()) for b in text.split("\n\n")]


def test_a_headline_with_the_titles_separator_in_it_stays_whole() -> None:
    page = (f"<html><head><title>Mosul - a city on death row - The Record</title></head><body>"
            f"<font size=5><b>Mosul - a city on death row</b></font><br><br>{'<br><br>'.join(ARTICLE.paragraphs)}"
            "</body></html>")
    text, hidden = hidden_texts(page)
    assert "Mosul - a city on death row" in [" ".join(b.split()) for b in text.split("\n\n")]
    assert "Mosul -" not in hidden


def test_a_quoted_paragraph_set_again_in_quotation_marks_is_hidden_and_the_paragraph_stays() -> None:
    said = '"They are telling me mine is not acceptable," he said.'
    ps_ = ARTICLE.paragraphs
    text, hidden = hidden_texts(p_page(ps(ps_[:3]) + f"<div class='hl'><p>“{said}”</p></div>" + ps(ps_[3:5]) +
                                       f"<p>{said}</p>" + ps(ps_[5:])))
    assert f"“{said}”" in hidden and said in [" ".join(b.split()) for b in text.split("\n\n")]


def test_a_paragraph_in_a_box_of_its_own_with_an_empty_paragraph_is_no_repeat() -> None:
    # each paragraph wrapped in a box of its own (no paragraph set straight in their parent), the first box with an
    # empty <p/> after its paragraph: the box holds its own paragraph, not the paragraph set again elsewhere
    ps_ = ARTICLE.paragraphs
    boxes = f"<div class='text'><p>{ps_[0]}</p><p></p></div>" + "".join(f"<div class='text'><p>{p}</p></div>"
                                                                         for p in ps_[1:])
    text, hidden = hidden_texts(p_page(f"<div class='story'>{boxes}</div>"))
    assert not any(ps_[0] in h for h in hidden)
    assert_article_visible(text, hidden)


def test_a_dek_that_repeats_a_one_sentence_lede_whole_is_hidden_and_the_lede_stays() -> None:
    lede = "Uruguay is the second Latin American country to accept detainees from the camp."
    body = "<div class='body'>" + ps([lede, *ARTICLE.paragraphs]) + "</div>"
    text, hidden = hidden_texts(p_page(f"<p class='dek'>{lede}</p>{body}"))
    assert lede in hidden and text.count(lede) == 1


@pytest.mark.parametrize("line", ["Reading time: 4 minutes", "4 minute read", "12 Comments", "1.2K shares",
                                  "By continuing to use this site, you agree to our use of cookies.",
                                  "We value your privacy"])
def test_reading_times_counts_and_cookie_notices_are_hidden(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_after=line))
    assert line in hidden
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", ["12 comments were filed against the plan before the deadline, officials said.",
                                  "We use cookies from the bakery on Main Street as a reward, the principal said."])
def test_sentences_about_comments_or_cookies_stay_text(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


def test_a_cookie_notice_that_says_what_cookies_do_is_hidden() -> None:
    line = "We use cookies to improve your experience on our site and to show you relevant advertising."
    text, hidden = hidden_texts(br_page(extra_after=line))
    assert line in hidden


def test_bullets_of_running_text_among_the_paragraphs_stay_text_and_a_list_of_short_facts_does_not_count() -> None:
    ps_ = ARTICLE.paragraphs
    items = "".join(f"<li><b>{' '.join(p.split()[:3])}</b> {' '.join(p.split()[3:])}</li>" for p in ps_[3:6])
    facts = "<ul><li>Vote: Tuesday, 7 p.m.</li><li>Budget: $4.2 million</li></ul>"
    page = p_page("<div class='story'><h1>" + ARTICLE.headline + "</h1><p class='by'>By Jane Doe</p>" + facts +
                  ps(ps_[:3]) + f"<ul>{items}</ul>" + ps(ps_[6:]) + "</div>", head="")
    text, hidden = hidden_texts(page)
    assert_article_visible(text, hidden)
    from tests.ingest.html_layouts_i5 import bold_bullets  # where trafilatura drops the list

    text, hidden = hidden_texts(bold_bullets(ARTICLE)[0])
    assert_article_visible(text, hidden)
    page = p_page("<div class='story'>" + facts + ps(ps_) + "</div>")
    text, hidden = hidden_texts(page)
    assert_article_visible(text, hidden)


def test_a_box_of_bare_divs_ending_in_a_sign_up_link_is_hidden_but_not_a_post_with_a_share_link() -> None:
    ps_ = ARTICLE.paragraphs
    box = ("<div><div>The Morning Briefing</div><div>Start your day with the stories that matter, in your inbox every "
           "weekday.</div><div><a href='#'>Sign up</a></div></div>")
    text, hidden = hidden_texts(p_page("<div>" + "".join(f"<div>{p}</div>" for p in ps_[:3]) + box +
                                       "".join(f"<div>{p}</div>" for p in ps_[3:]) + "</div>"))
    assert "The Morning Briefing" in hidden and "Sign up" in hidden
    post = f"<div class='post'><time>10:42</time><p>{ps_[0][:140]}</p><div><a href='#'>Share</a></div></div>"
    text, hidden = hidden_texts(p_page(post + ps(ps_[1:])))
    assert ps_[0][:140] not in hidden


def test_a_headline_repeated_in_a_sticky_bar_and_quoted_in_the_text_stays_visible() -> None:
    """The bar's copy is hidden as a repeat of the paragraph that quotes the headline: the headline is the
    copy outside the furniture (the h1), not the first line that reads as the title."""
    quoting = f"{ARTICLE.headline}, as one member put it on Tuesday, and the committee agreed."
    page = (f"<html><head><title>{ARTICLE.headline} | The Record</title></head><body><div class='bar'>"
            f"<div><a href='/'>The Record</a></div><div class='bar-title'>{ARTICLE.headline}</div></div>"
            f"<h1>{ARTICLE.headline}</h1>" + ps([*ARTICLE.paragraphs[:3], quoting, *ARTICLE.paragraphs[3:]]) +
            "</body></html>")
    text, hidden = hidden_texts(page)
    assert_article_visible(text, hidden)
    assert quoting in text and quoting not in hidden


@pytest.mark.parametrize("line", ["You've read 3 of your 5 free stories this month. Subscribe for $1 for 6 months",
                                  "This is your 2nd of 4 free articles this month.",
                                  "You have 1 free article remaining. Subscribe now",
                                  "Thanks for reading! You have two free articles left this month.",
                                  "You've reached your monthly limit of free articles. Log in or subscribe.",
                                  "You have reached your free article limit. Subscribe to keep reading."])
def test_metered_paywall_notes_are_hidden_between_paragraphs(line: str) -> None:
    ps_ = ARTICLE.paragraphs
    text, hidden = hidden_texts(p_page(ps(ps_[:2]) + f"<div class='m'><p>{line}</p></div>" + ps(ps_[2:])))
    assert line in hidden
    assert_article_visible(text, hidden)


def test_a_sentence_about_free_articles_stays_text() -> None:
    line = ("The paper said it would keep 10 free articles a month for students, and that readers who have read "
            "their free stories can still see the council notices.")
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


@pytest.mark.parametrize("line", [
    "Under the new rules, you have read 3 free articles before the paywall comes down, the paper said.",
    "The Herald says readers have 5 free articles left each month once they register.",
    "Its owners argue that once you've read two free stories a month you are likely to subscribe.",
    "Most of its readers have no free articles left by the middle of the month, the survey found."])
def test_a_sentence_of_the_article_telling_of_a_meter_stays_text(line: str) -> None:
    """A meter's words inside a sentence (not opening it) tell of a paywall: text, not the page's note."""
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


def test_a_reader_poll_question_above_its_answer_links_is_hidden_and_a_question_in_the_text_is_not() -> None:
    ps_ = ARTICLE.paragraphs
    poll = ("<div><p>What did you think of this edition?</p><div><a href='/p/1'>Loved it</a> <a href='/p/2'>It was "
            "fine</a> <a href='/p/3'>Not for me</a></div></div>")
    asked = "So what would you do?"
    ad = "<div class='slot'><span>Advertisement</span></div>"
    text, hidden = hidden_texts(p_page(ps(ps_[:2]) + f"<p>{asked}</p>" + ad + ps(ps_[2:]) + poll))
    assert "What did you think of this edition?" in hidden
    assert asked in text and asked not in hidden
    assert_article_visible(text, hidden)


def test_the_headline_is_the_h1_copy_when_a_bar_above_repeats_it_and_the_bar_is_hidden() -> None:
    page = (f"<html><head><title>{ARTICLE.headline} | The Record</title></head><body><div class='bar'>"
            f"<div>{ARTICLE.headline}</div></div><div class='k'>Our winter offer: half price for a year</div>"
            f"<h1>{ARTICLE.headline}</h1>" + ps(ARTICLE.paragraphs) + "</body></html>")
    text, hidden = hidden_texts(page)
    assert_article_visible(text, hidden)
    assert ARTICLE.headline in hidden and "Our winter offer: half price for a year" in hidden
    raw, _meta, spans = read_html(page, "page")
    shown = [not any(s.start <= k < s.end for s in spans) for k in range(len(raw))]
    bar, h1 = raw.index(ARTICLE.headline), raw.rindex(ARTICLE.headline)
    assert not shown[bar] and shown[h1]


def test_a_page_repeating_its_title_line_in_furniture_many_times_reads_in_linear_time() -> None:
    """Each copy's place is counted in one pass over the text (counting from the start for each copy took 16 s
    CPU for these 5,000 copies, and grows with their square)."""
    import time

    copies = "".join(f"<nav>{ARTICLE.headline}</nav>" for _ in range(5_000))
    page = (f"<html><head><title>{ARTICLE.headline}</title></head><body><div>{copies}</div>"
            f"<h1>{ARTICLE.headline}</h1>" + ps(ARTICLE.paragraphs) + "</body></html>")
    began = time.process_time()
    text, hidden = hidden_texts(page)
    assert time.process_time() - began < 6
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", ["Source: Al Jazeera and news agencies", "(With inputs from agencies)",
                                  "Sources: agencies", "With wire services", "--", "(NWS) 051942 GMT DEC 26",
                                  "Article content", "(With inputs from PTI)", "(With inputs from Reuters and AFP)",
                                  "With agency inputs"])
def test_source_lines_wire_codes_signature_marks_and_part_labels_are_hidden(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_after=line))
    assert line in hidden
    assert_article_visible(text, hidden)


@pytest.mark.parametrize("line", ["Source: the council's own figures, published on Monday, show a deficit.",
                                  "With agencies now stretched, the council said it would hire more staff.",
                                  "-- and that, the mayor said, is the point.",
                                  "With inputs from farmers rising, the council cut the fee."])
def test_sentences_about_sources_or_with_dashes_stay_text(line: str) -> None:
    text, hidden = hidden_texts(br_page(extra_between=line))
    assert line not in hidden and line in text


@pytest.mark.parametrize("appeal", [
    "<p><em>The Prairie Post is a nonprofit newsroom. Readers like you make our work possible. "
    "<a href='/donate'>Donate today.</a></em></p>",
    "<p>Your support keeps local reporting free for everyone. <a href='/join'>Become a member</a></p>"])
def test_a_short_appeal_for_money_ending_in_its_call_link_is_hidden(appeal: str) -> None:
    ps_ = ARTICLE.paragraphs
    text, hidden = hidden_texts(p_page("<div class='body'>" + ps(ps_[:3]) + appeal + ps(ps_[3:]) + "</div>"))
    assert any("Donate today" in h or "Become a member" in h for h in hidden)
    assert not any("make our work" in b or "Your support" in b for b in text.split("\n\n"))
    assert_article_visible(text, hidden)


def test_a_paragraph_asking_readers_to_give_without_a_call_link_stays_text() -> None:
    line = ("Readers like you can help: the food bank says donations of tinned goods are needed before the "
            "holidays, and <a href='/foodbank'>its website</a> lists drop-off points.")
    ps_ = ARTICLE.paragraphs
    text, hidden = hidden_texts(p_page(ps(ps_[:3]) + f"<p>{line}</p>" + ps(ps_[3:])))
    assert not any("food bank" in h for h in hidden)


@pytest.mark.parametrize("head", ["Peace on Earth?", "Turkey's red line."])
def test_a_site_name_in_the_title_set_above_the_h1_is_no_headline_without_site_metadata(head: str) -> None:
    """No og:site_name to leave the site's part of <title> out: the title set in the h1 is the headline, whether
    the site's name is longer than it or as long ("Turkey's red line." and "The Eastfield Post": a set's order
    picked one of them)."""
    site = "The Eastfield Evening Post" if head.startswith("Peace") else "The Eastfield Post"
    page = (f"<html><head><title>{head} | {site}</title></head><body><div class='top'><a href='/'>{site}</a></div>"
            f"<h1>{head}</h1>" + ps(ARTICLE.paragraphs) + "</body></html>")
    text, hidden = hidden_texts(page)
    assert head in [" ".join(b.split()) for b in text.split("\n\n")]


def test_a_one_sentence_paragraph_set_again_a_little_longer_in_a_figure_stays_and_the_figure_goes() -> None:
    said = 'So there will be no presents this year, as she writes on her blog, "There is a good reason."'
    ps_ = ARTICLE.paragraphs
    fig = f"<figure class='pq'><p>{said}.</p><figcaption>— The Editorial Board</figcaption></figure>"
    text, hidden = hidden_texts(p_page(ps(ps_[:2]) + f"<p>{said}</p>" + ps(ps_[2:4]) + fig + ps(ps_[4:])))
    assert said in [" ".join(b.split()) for b in text.split("\n\n")]
    assert any(said + "." in h for h in hidden)


def test_a_page_of_one_paragraph_repeated_deep_in_the_tree_walks_up_from_each_paragraph_once(monkeypatch) -> None:
    """Whether a paragraph is set apart (in a figure, blockquote or aside) is a walk up the tree: asked once a
    paragraph, and only when it would hold the repeat (asked for every place a paragraph's words stand again,
    200 levels deep, 800 copies of one paragraph took 320,000 walks; 3,000 copies 21 s CPU)."""
    from briefing_app.ingest import htmlquotes
    from briefing_app.ingest.html import parse

    walks = []
    set_apart = htmlquotes._set_apart
    monkeypatch.setattr(htmlquotes, "_set_apart", lambda el: walks.append(el) or set_apart(el))
    para = ARTICLE.paragraphs[0]
    copies = "".join(f"<p>{para}</p>" for _ in range(800))
    root = parse(f"<html><body><h1>{ARTICLE.headline}</h1>{'<div>' * 200}{copies}{'</div>' * 200}"
                 f"<figure><p>{para} More.</p></figure></body></html>", "page")
    htmlquotes.repeats(root, set())
    assert len(walks) == len(set(walks)) <= 801


@pytest.mark.parametrize("href", ["/", "https://www.eastfieldpost.com/", "/index.html"])
def test_a_logo_set_in_an_h1_linking_home_is_no_headline(href: str) -> None:
    """'<h1><a href="/">The Eastfield Post</a></h1>' above the story's headline in an h2, the <title> 'Headline |
    The Eastfield Post': the site's name matches a title and stands in an h1, but a link to the home page is a
    logo, so the headline is the h2's and the logo above it is the site's."""
    page = (f"<html><head><title>{ARTICLE.headline} | The Eastfield Post</title></head><body><h1><a href='{href}'>The "
            f"Eastfield Post</a></h1><div class='story'><h2 class='title'>{ARTICLE.headline}</h2>{ps(ARTICLE.paragraphs)}"
            "</div></body></html>")
    text, hidden = hidden_texts(page)
    assert "The Eastfield Post" in hidden
    assert_article_visible(text, hidden)


def test_many_copies_of_one_paragraph_are_searched_once_not_once_a_copy(monkeypatch) -> None:
    """1,500 copies of one paragraph, each in a block of its own: the places holding its words are searched once for
    all the copies (each copy searched them all again: 2.8 s CPU, growing with the square of the copies), and the
    answer is the same: no copy is a repeat of another (none stands among more paragraphs)."""
    from briefing_app.ingest import htmlquotes
    from briefing_app.ingest.html import parse

    searched = []
    holders = htmlquotes._Holders
    monkeypatch.setattr(htmlquotes, "_Holders", lambda *a: searched.append(a[3]) or holders(*a))
    para = ARTICLE.paragraphs[0]
    root = parse(f"<html><body><h1>{ARTICLE.headline}</h1>" + "".join(f"<div><p>{para}</p></div>" for _ in range(1_500))
                 + "</body></html>", "page")
    assert htmlquotes.repeats(root, set()) == []
    assert len(searched) == 1


@pytest.mark.parametrize("title, want", [
    (f"{ARTICLE.headline} | The Eastfield Post", ARTICLE.headline),  # the headline, not the logo trafilatura gives
    ("The Eastfield Post", None),  # only the site's name: none (the analysis guesses one, marked so)
])
def test_a_page_without_a_declared_title_takes_its_headline_never_the_logo(title: str, want: str | None) -> None:
    from briefing_app.ingest.html import read_html

    page = (f"<html><head><title>{title}</title></head><body><h1><a href='/'>The Eastfield Post</a></h1><div "
            f"class='story'><h2 class='title'>{ARTICLE.headline}</h2>{ps(ARTICLE.paragraphs)}</div></body></html>")
    assert read_html(page, "page")[1].title == want


def test_a_declared_title_stays() -> None:
    from briefing_app.ingest.html import read_html

    page = (f"<html><head><meta property='og:title' content='Coastal budget: the vote'><title>x</title></head><body>"
            f"<h1><a href='/'>The Eastfield Post</a></h1><h2>{ARTICLE.headline}</h2>{ps(ARTICLE.paragraphs)}</body></html>")
    assert read_html(page, "page")[1].title == "Coastal budget: the vote"
