"""Options inside a news report's quotations: the speaker holds them, not the report's author (a
byline or credit), and not a bare pronoun naming no one; a passive with "No one's X" reads as the
course of action opposed, without the quotation's opening mark."""
from briefing_app.analysis import analyse
from tests.analysis.option_helpers import one_option, options

WIRE = "LONDON (Reuters) - The government will publish the figures on Monday.\n\n"


def test_a_quoted_speakers_option_is_not_the_authors():
    option = one_option(WIRE + 'Boswell said: "The right to refuge should be protected."\n')
    assert option.summary == "Protect the right to refuge"
    assert option.stance is None  # the report's author takes no side
    assert [(p.actor, p.stance) for p in option.positions] == [("Boswell", "support")]


def test_no_ones_right_reads_as_an_opposed_harm():
    option = one_option(WIRE + 'Boswell said: "No one’s right to refuge should be jeopardised because of a form."\n')
    assert option.summary == "Jeopardise anyone’s right to refuge"
    assert [(p.actor, p.stance) for p in option.positions] == [("Boswell", "oppose")]


def test_nobody_as_passive_subject():
    option = one_option("Nobody should be detained without a hearing.")
    assert option.summary.startswith("Detain anybody")
    assert option.stance == "oppose"


def test_a_bare_it_holds_nothing():
    text = ("The Guardian cited several examples.\n\nIt quoted critics: "
            '"The minister should scrap the questionnaire."\n')
    assert all(p.actor != "It" for o in options(text) for p in o.positions)


def test_with_name_participle_names_the_speaker():
    text = ("The Guardian cited several examples.\n\nIt quoted critics like barrister Colin Yeo, with Boswell stating: "
            '"The minister should scrap the questionnaire."\n')
    quote = next(q for q in analyse(text).quotes if q.kind == "direct")
    assert quote.mention is not None and quote.mention.text == "Boswell"
    option = one_option(text)
    assert [p.actor for p in option.positions] == ["Boswell"]
