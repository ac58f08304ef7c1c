"""Rules that decide whether a quotation is somebody's words, a scare quote or a title."""
from __future__ import annotations

import pytest

from briefing_app.analysis.pipeline import analyse


def kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in analyse(text).quotes if q.kind != "indirect"}


def test_short_quote_right_after_a_speech_verb_is_what_was_said() -> None:
    text = ('On Monday, Governor Jeb Bush said "local forces" must lead the way. '
            'In a two-minute answer, Senator Ted Cruz said "CNN" five times.')
    # the clause goes on after the quoted words: one mixed direct quote, marks kept (PolNeAR's content)
    assert kinds(text) == {'"local forces" must lead the way': "direct", '"CNN" five times': "direct"}
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.mention.text if q.mention else None for q in quotes] == ["Governor Jeb Bush", "Senator Ted Cruz"]


def test_opening_glyph_glued_to_the_words_closes_the_quotation() -> None:
    text = "“It's unusual,“ said Larry Noble, an attorney. “It's a hard thing to do.”"
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert [q.text for q in quotes] == ["It's unusual,", "It's a hard thing to do."]
    assert all(q.speaker == "Larry Noble" for q in quotes)


def test_straight_mark_before_a_curly_opener_does_not_close_it() -> None:
    text = '"“You don’t win the nomination by how many states you win,” Rubio said on Fox News.'
    quotes = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert len(quotes) == 1 and quotes[0].text.startswith("“You don’t win")


def test_triple_nyt_mark_holds_a_nested_single_quote() -> None:
    text = ("''Stories say - 'Oh, white union men won't vote for Obama,''' Steve Rosenthal said. "
            "'''College Bowl,''' he replied.")
    quotes = analyse(text).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.text for q in direct] == ["Stories say - 'Oh, white union men won't vote for Obama,"]
    assert direct[0].speaker == "Steve Rosenthal"
    assert [q.text for q in quotes if q.kind == "title"] == ["College Bowl"]


def test_headline_quotes_in_single_marks() -> None:
    text = ("Sarah Silverman heckles Sanders supporters: 'You're being ridiculous.'\n\n"
            "Comedian Sarah Silverman was booed at the convention on Monday. The plan's critics' worries grew.")
    quotes = [q for q in analyse(text).quotes if q.kind in ("direct", "scare", "title")]
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [("direct", "You're being ridiculous.", "Sarah Silverman")]


def test_a_straight_mark_right_after_a_colon_opens() -> None:
    """'Rep. Trey Gowdy (R-S.C.):"I have not heard ..."': the mark glued to the colon opens the quotation."""
    from briefing_app.analysis.quotes import find_quotes
    text = 'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure."'
    spans = find_quotes(text, [(0, len(text))])
    assert [text[q.start:q.end] for q in spans] == ["I have not heard anyone other than you ever cite that figure."]


@pytest.mark.parametrize("space", [" ", "\u00a0"])
def test_a_spaced_straight_mark_before_a_space_closes(space: str) -> None:
    """'... be \'above the president,\' " said Khin Zaw Win': after a nested quotation's closing mark and a blank,
    a straight mark followed by a space closes the quotation; a no-break space (common in web copy) is a space."""
    from briefing_app.analysis.quotes import find_quotes
    text = f"\"She said she'll be 'above the president,' \"{space}said Khin Zaw Win. \"That is not responsible.\""
    spans = find_quotes(text, [(0, len(text))])
    assert [text[q.start:q.end] for q in spans] == ["She said she'll be 'above the president,'", "That is not responsible."]


@pytest.mark.parametrize("text, expected", [
    pytest.param('The minister dismissed the “local forces” idea. Critics said the plan was “dead on arrival” and moved on.',
                 {"local forces": "scare"}, id="short-quote-after-a-noun-or-that-stays-a-scare-quote"),
    pytest.param('NOW OPEN—"Pop-up art show strives to confront South Bronx gentrification," by DNAinfo\'s Eddie Small: '
                 '"Curators of a pop-up art show in the South Bronx are determined to confront the fears."\n\n'
                 '"It is a good day for all of us," said Mark Levine, the council member.',
                 {"Pop-up art show strives to confront South Bronx gentrification": "title",
                  "Curators of a pop-up art show in the South Bronx are determined to confront the fears": "title",
                  "It is a good day for all of us,": "direct"}, id="link-roundup-headlines-and-excerpts-are-titles"),
    pytest.param('The emails used the words “ambassador,” “attack,” and “Benghazi,” twice. '
                 'He published “Crippled America: How to Make America Great Again,” a best seller.',
                 {"ambassador": "scare", "attack": "scare", "Crippled America: How to Make America Great Again": "title"},
                 id="listed-words-and-subtitled-titles-are-not-direct-quotes"),
    pytest.param("Chancellor Angela Merkel condemned ''such a murderous attack'' on Monday. He admitted “one or two "
                 "instances” of error. Trump had promised to \"rip up\" the deal. The crowd answered with chants of "
                 "“Feel the Bern” all night. The minister dismissed the “local forces” idea.",
                 {"such a murderous attack": "direct", "“one or two instances” of error": "direct", "rip up": "direct",
                  "Feel the Bern": "direct", "local forces": "scare"},
                 id="short-quote-after-condemn-admit-promise-to-or-chants-of-is-direct"),
])
def test_kinds_of_these_quotations(text: str, expected: dict[str, str]) -> None:
    got = kinds(text)
    assert {quoted: got[quoted] for quoted in expected} == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param("“No,” Senator Jane Doe said. “Exactly,” replied the senator. He said: “Billions.”",
                 {"No,": "direct", "Exactly,": "direct", "Billions.": "direct"},
                 id="one-word-answer-before-a-speech-verb-stays-direct"),
    pytest.param('Seattle can go higher, she said.\n\n"Related:"\n\nGOP Candidates Resoundingly Reject The Idea.',
                 {"Related": "title"}, id="a-quoted-label-is-nobodys-words"),  # titles lose their trailing stop
])
def test_kinds_of_all_quotations(text: str, expected: dict[str, str]) -> None:
    assert kinds(text) == expected


def test_a_work_named_after_its_kind_is_a_title() -> None:
    """'the hit Broadway play, “Eclipsed.”', 'the film “Avatar”', 'her memoir “Out of Nowhere”': the name of a
    work (a single capitalised word too); a quotation after 'In the film, she says' stays her words."""
    assert kinds("Gurira also wrote the hit Broadway play, “Eclipsed.” It ran for months.")["Eclipsed"] == "title"
    assert kinds("He starred in the film “Avatar” in 2009.") == {"Avatar": "title"}
    assert kinds("Her memoir “Out of Nowhere” sold well.") == {"Out of Nowhere": "title"}
    assert kinds("In the film, she says “I am not afraid of anything.” It worked.") == {
        "I am not afraid of anything.": "direct"}


@pytest.mark.parametrize(("text", "title"), [
    ("“Orange is the New Black” star Dascha Polanco opened up about her body image.", "Orange is the New Black"),
    ("The former “Bachelor” host Chris Harrison will return next year.", "Bachelor"),
    ("Fans of the “Keeping Up with the Kardashians” alum were thrilled.", "Keeping Up with the Kardashians"),
    ("The “Empire” co-star has been cast in a new film.", "Empire"),
])
def test_a_works_name_before_a_role_in_it_is_a_title(text: str, title: str) -> None:
    """'the “Avatar” star': the name of a show or film before the role of someone in it is nobody's words."""
    got = [(q.kind, q.text) for q in analyse(text).quotes]
    assert ("title", title) in got, got


@pytest.mark.parametrize(("text", "quoted"), [
    ("“It was a disaster,” star Dascha Polanco said.", "It was a disaster,"),  # a quotation, then the speaker
    ("“We were robbed tonight and everyone knows it” host Ann Roe told the crowd.",
     "We were robbed tonight and everyone knows it"),  # a speech verb follows: her words
])
def test_a_role_before_a_speech_verb_is_still_a_speaker(text: str, quoted: str) -> None:
    got = [(q.kind, q.text) for q in analyse(text).quotes]
    assert ("direct", quoted) in got, got
