"""Genre: opinion vs news report from the text, and from what a web page declares."""
from pathlib import Path

import pytest
from lxml import html

from briefing_app.analysis import analyse
from briefing_app.ingest.htmlmeta import page_metadata

DATA = Path(__file__).parents[1] / "data"
NEWS = sorted(p for p in (DATA / "eval" / "articles").glob("*.txt") if "oped" not in p.name and "interview" not in p.name)
# the options set's own pieces are op-eds, editorials, columns and letters, except these news reports (dev-6 to -9, written as
# the kind of text whose quoted speakers' plans are still options)
OWN_NEWS = {line for line in (DATA / "options" / "own_news.txt").read_text().split("\n") if line and line[0] != "#"}
OPINION = sorted((DATA / "eval" / "articles").glob("*oped*.txt")) + sorted(
    p for p in (DATA / "options" / "articles").glob("own-*.txt") if p.stem not in OWN_NEWS)
NEWS += sorted(p for p in (DATA / "options" / "articles").glob("own-*.txt") if p.stem in OWN_NEWS)


@pytest.mark.parametrize("path", NEWS, ids=lambda p: p.stem)
def test_news_reports_are_news(path):
    assert analyse(path.read_text(encoding="utf-8")).metadata.genre == "news"


# Known genre misses among the options tuner's ninth-session pieces (tests/data/options, dev-4 to dev-8), kept
# visible: writing with no call and no first person (news analysis: predictions and figures; a history essay).
# Strict, so a fix shows. (Session 9's genre work fixed three others: kickerless editorials with "We urge", "It is
# high time" and with "should", "it is time to", and an obituary by its opening formula; session 10 a football
# column whose match narrative ("On Saturday ...") weighed as a report, by its headline's call.)
GENRE_MISSES = {"own-indonesia-outlook": "news analysis with no argument in the author's voice",
                "own-markets-outlook": "a markets analysis column: predictions and figures, no first person",
                "own-marshall-history": "a history essay: past events and past calls, no first person"}
OPINION = [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=GENRE_MISSES[p.stem]))
           if p.stem in GENRE_MISSES else p for p in OPINION]


@pytest.mark.parametrize("path", OPINION, ids=lambda p: getattr(p, "stem", None))
def test_opinion_pieces_are_opinion(path):
    assert analyse(path.read_text(encoding="utf-8")).metadata.genre == "opinion"


@pytest.mark.parametrize("first_line", ["Opinion | The grid is the bottleneck", "Editorial: Kenya needs its creditors",
                                        "The Guardian view on rail fares: a fair deal for commuters",
                                        "News Analysis: Why the port deal matters", "NEWS ANALYSIS | The port deal"])
def test_kicker_alone_decides(first_line):
    report = ("Officials said on Tuesday that the budget would be published next week, according to a "
              "statement from the ministry. The finance minister told reporters the figures were final.")
    assert analyse(report).metadata.genre == "news"
    assert analyse(first_line + "\n" + report).metadata.genre == "opinion"


@pytest.mark.parametrize("menu", ["Home | Politics | World | Business | Opinion | Subscribe", "News Opinion Sport Life",
                                  "Lakeside Observer · City · Region · Opinion"])
def test_a_menu_line_in_pasted_text_is_no_genre(menu):
    """A site's menu pasted with the text is clutter: its section words say nothing of this piece."""
    report = ("Officials said on Tuesday that the budget would be published next week, according to a "
              "statement from the ministry. The finance minister told reporters the figures were final.")
    assert analyse(menu + "\n\n" + report).metadata.genre == "news"
    assert analyse("Opinion\n\n" + report).metadata.genre == "opinion"  # the piece's own section label


def test_author_bio_decides():
    text = ("The port deal was signed on Monday.\nThe minister said it would create jobs.\n"
            "Ana Costa is a senior fellow at the Lisbon Institute for Trade.")
    assert analyse(text).metadata.genre == "opinion"


REPORT = ("The port deal was signed on Monday, officials said.\nThe minister told reporters on Tuesday that it would "
          "create jobs, according to a statement.")


@pytest.mark.parametrize("bio", [
    "Dr  Jane Roe is a psychiatrist and member of the paper's medical team.",
    "John R  Lott, Jr  is a columnist for the paper. He is an economist.",
    "Howard Kurtz is a Fox News analyst and the host of a weekly show.",
    "Ana Costa is the host of a weekly programme on consumer issues.",
    "o Sarah Boseley is the author of The Shape We're In.",
    "Ana Costa's new book, Ports and Power, is published by Faber.",
    "[Editor's note: The author advised the ministry on the deal, unpaid.]",
])
def test_more_bio_forms_decide(bio):
    assert analyse(REPORT).metadata.genre == "news"
    assert analyse(REPORT + "\n" + bio).metadata.genre == "opinion"


@pytest.mark.parametrize("line", [
    "Ana Costa is a staff writer for the paper.",  # a reporter's credit
    "Ana Costa is a reporter based in Lisbon.",
    "Lisbon Port Authority\nAna Costa is expected to sign the deal next week.",
])
def test_credits_and_news_lines_are_no_bio(line):
    assert analyse(REPORT + "\n" + line).metadata.genre == "news"


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><p>Text.</p></body></html>"


@pytest.mark.parametrize("head, genre", [
    ('<script type="application/ld+json">{"@type": "OpinionNewsArticle", "headline": "H"}</script>', "opinion"),
    ('<script type="application/ld+json">{"@type": "ReportageNewsArticle", "headline": "H"}</script>', "news"),
    ('<meta property="article:section" content="Opinion">', "opinion"),
    ('<link rel="canonical" href="https://www.theguardian.com/commentisfree/2015/jan/10/x">', "opinion"),
    ('<meta property="og:url" content="https://example.com/opinion/2024/06/21/grid">', "opinion"),
    ('<meta property="og:type" content="article">', None),  # says nothing of the genre: the text decides
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H"}</script>', None),
    ('<script type="application/ld+json">{"@type": ["NewsArticle", "OpinionNewsArticle"], "headline": "H"}</script>',
     "opinion"),  # a list of types: the one that tells the genre counts, wherever it stands
    ('<script type="application/ld+json">{"@type": ["Article", "ReportageNewsArticle"], "headline": "H"}</script>',
     "news"),
])
def test_page_metadata_genre(head, genre):
    assert page_metadata(html.fromstring(_page(head))).metadata.genre == genre


def test_a_headline_giving_the_floor_to_a_speaker_is_a_report():
    from briefing_app.analysis.genre import guess
    body = ("We think the court matters. I believe voters see that, and we should say so. Why not? "
            "It is simply the right thing, and our party must not forget it.")
    plain = "Cruz, Trump Would Put Liberals On Court\n" + body  # the same words, no colon and quote mark
    headed = "Cruz: ‘Trump Would Put Liberals On Court’\n" + body
    from briefing_app.analysis.genre import WEIGHTS
    assert WEIGHTS["speaker_headline"] < 0
    assert guess(headed, headed).cues["speaker_headline"] == 1.0
    assert guess(plain, plain).cues["speaker_headline"] == 0.0
    kicker = "Opinion: ‘We must act’\n" + body
    assert guess(kicker, kicker).genre == "opinion"


def test_reporting_weighs_less_against_a_writer_who_speaks_in_the_first_person():
    from briefing_app.analysis.genre import guess
    said = ("The mayor said the fire chief was dismissed for poor judgment. The chief told reporters he had "
            "done nothing wrong, and his lawyer said the city had broken its own rules. ")
    column = said + "I have read the book. We can disagree with it, and you may dislike it, but it harms no one."
    report = said + "The city has 30 days to answer the complaint, according to the filing."
    assert guess(report, report).cues["first_said"] == 0
    assert guess(column, column).cues["first_said"] > 0
    assert guess(report, report).genre == "news" and guess(column, column).genre == "opinion"


@pytest.mark.parametrize("line", ["Aa, " * 3000, "Dr " + "Aa Bb, " * 2000 + "is a", "o " + "Aa’s " * 3000,
                                  ("Aa " * 5 + "is a Bb Cc Dd Ee " * 3 + "\n") * 400, "[Editor's note: " * 2000])
def test_bio_forms_stay_quick_on_hostile_lines(line):
    import time

    from briefing_app.analysis.genre import guess
    guess("x", "x")  # loads the rules outside the timing
    text = line + "\n\n" + REPORT + "\n\n" + line
    start = time.process_time()  # CPU time: a loaded machine must not fail it (a few ms)
    assert guess(text, text).genre in ("news", "opinion")
    assert time.process_time() - start < 2.0


def test_an_obituarys_opening_formula_decides_and_a_death_in_a_report_does_not():
    life = ("Mary Okonjo, who taught a generation to read the sky\n\n"
            "Mary Okonjo, who has died aged 84, spent forty years measuring the rain. Born in Enugu in 1940, "
            "she studied physics in Ibadan and Reading.")
    report = ("Court blocks the rule\n\nThe judges, without Antonin Scalia, who died in February, split 4-4 on "
              "Tuesday, officials said. The senator, who has died aged 84 according to his office, voted no.")
    assert analyse(life).metadata.genre == "opinion"
    assert analyse(report).metadata.genre == "news"


@pytest.mark.parametrize("headline, argues", [
    ("The manager should have trusted his bench", True), ("Armenia can't count on Russia any more", True),
    ("It is time to end the fare freeze", True), ("Europe must not blink", True),
    ("Council approves the new bus lanes", False), ("Minister says the budget is final", False),
    ("The port should open in May. " + "Officials gave no date for the second phase of the works. " * 3, False),
])
def test_a_headline_with_a_call_or_verdict_argues(headline, argues):
    """A call or verdict in modal form in the headline leans to opinion; in a long first line it is a paragraph."""
    from briefing_app.analysis.genre import WEIGHTS, guess
    text = headline + "\n\nThe club played on Saturday. The second half was goalless."
    assert WEIGHTS["headline_modal"] > 0
    assert guess(text, text).cues["headline_modal"] == float(argues)
    assert guess("\n\n" + text, "\n\n" + text).cues["headline_modal"] == float(argues)  # blank lines before it


def test_a_report_opens_in_its_own_words_and_an_argument_on_what_others_said():
    """The same paragraphs in another order: given how much of the text is the writer's own, a lede wholly in
    the writer's voice (the news lede: what happened) leans to a report, a lede that cites others (an argument's
    peg) to opinion; a quotation in a lede paragraph is others' words, as a verb of saying is."""
    from briefing_app.analysis.genre import WEIGHTS, guess
    own = ["The port of Mombasa will be run by a private operator for thirty years under a deal signed in Nairobi.",
           "The operator will pay the state a fixed fee each year and keep the charges paid by shipping lines."]
    others = ["The transport minister said the deal would bring new cranes and told reporters the fees were fair.",
              "Officials of the dock workers' union said their members had not been consulted about the deal."]
    report = "\n\n".join(["Port deal signed", *own, *others])
    argued = "\n\n".join(["Port deal signed", *others, *own])
    assert WEIGHTS["lede_own"] < 0
    assert guess(report, report).cues["lede_own"] == 1.0 and guess(argued, argued).cues["lede_own"] == 0.0
    assert guess(report, report).score < guess(argued, argued).score
    quoted = "\n\n".join(["Port deal signed", "“We will build new cranes,” the minister promised at the signing.", *own])
    masked = quoted.replace("“We will build new cranes,”", " " * len("“We will build new cranes,”"))
    assert guess(quoted, masked).cues["lede_own"] == 0.5


def test_saying_and_the_first_person_weigh_by_the_square_root_of_their_rate():
    """The first few "said"s (or "I"s) tell more than the next ones: a report of one long statement is no more a
    report for its tenth "said", a column no more a column for its tenth "I"; first_said is reckoned from the rates."""
    from briefing_app.analysis.genre import guess
    words = ["The", "board", "met", "in", "the", "town", "hall", "to", "weigh", "the", "plan"] * 4 + ["again"] * 4
    one = " ".join(words[:46] + ["said", "said", "I", "I"]) + "."  # 50 words: each cue at 4 per 100
    two = " ".join(words[:42] + ["said"] * 4 + ["I"] * 4) + "."  # each at 8 per 100
    low, high = guess(one, one).cues, guess(two, two).cues
    assert low["said"] == pytest.approx(2.0) and high["said"] == pytest.approx(8 ** 0.5)
    assert high["first"] / low["first"] == pytest.approx(2 ** 0.5, rel=0.01)
    assert low["first_said"] == pytest.approx(low["first"] ** 2 * low["said"] ** 2 / 3)  # below its cap of 4
