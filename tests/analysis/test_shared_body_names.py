"""A body's name many countries use ("the Supreme Court", "the Coast Guard") takes the country of the
list of national bodies only in a text of that country: a London ruling's Supreme Court was the
United States' (national_bodies.country_in)."""
from briefing_app.analysis import analyse
from briefing_app.analysis.national_bodies import country_in, country_of


def _affiliation(text: str, name: str) -> str | None:
    return next(a.affiliation for a in analyse(text).actors if a.name == name)


def test_a_british_supreme_court_is_not_american() -> None:
    text = ("LONDON — The Supreme Court ruled on Wednesday that the government acted unlawfully. Lord Reed, "
            "president of the Supreme Court, said the prorogation was void. Prime Minister Boris Johnson said he disagreed.")
    assert _affiliation(text, "Supreme Court") is None


def test_an_american_supreme_court_stays_american() -> None:
    text = ("WASHINGTON — The Supreme Court on Monday struck down the rule, and Sen. Chuck Schumer (D-N.Y.) "
            "said Congress would act.")
    assert _affiliation(text, "Supreme Court") == "United States"


def test_names_of_one_country_keep_it_without_context() -> None:
    assert country_in("the Federal Trade Commission", (), "") == "United States"
    assert country_in("Bundesbank", (), "") == "Germany"
    assert country_in("Coast Guard", ("Italy",), "The Coast Guard of Italy said.") is None
    assert country_in("Coast Guard", ("United States",), "") == country_of("Coast Guard") == "United States"
