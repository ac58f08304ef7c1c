"""An organisation's name takes two "of"/"for" tails ("Joint Council for the Welfare of Immigrants"),
and the last word of such a tail is no short name of it ("Immigrants campaigner" is no alias)."""
from briefing_app.analysis import analyse


def test_two_tails_and_no_tail_word_alias():
    text = ("It quoted Joint Council for the Welfare of Immigrants campaigner Caitlin Boswell, with Boswell stating: "
            '"This latest move from government is clumsy."\n')
    result = analyse(text)
    council = next(a for a in result.actors if a.kind == "organization" and "Welfare" in a.name)
    assert council.name == "Joint Council for the Welfare of Immigrants"
    assert "Immigrants" not in council.aliases
    boswell = next(a for a in result.actors if a.name == "Caitlin Boswell")
    assert boswell.affiliation == "Joint Council for the Welfare of Immigrants"
