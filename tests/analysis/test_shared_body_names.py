"""A body's name many countries use ("the Supreme Court", "the Coast Guard") does not take the country
of the list of national bodies in a text of another country: a London ruling's Supreme Court was the
United States' (national_bodies.country_in); an American story keeps it without naming the country."""
from briefing_app.analysis import analyse
from briefing_app.analysis.national_bodies import country_in, country_of
from briefing_app.core.model import Actor


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


def test_an_american_story_that_never_names_the_country_keeps_it() -> None:
    text = "The Secret Service said a protester was removed from the rally, and Donald Trump thanked the agents."
    assert _affiliation(text, "Secret Service") == "United States"


def _country(name: str) -> Actor:
    return Actor(name=name, kind="country")


def test_names_of_one_country_keep_it_whatever_the_text() -> None:
    assert country_in("the Federal Trade Commission", [_country("India")], "") == "United States"
    assert country_in("Bundesbank", [], "") == "Germany"
    assert country_in("Coast Guard", [_country("Italy")], "The Coast Guard of Italy said.") is None
    assert country_in("Coast Guard", [_country("Italy"), _country("United States")], "") == "United States"
    assert country_in("Coast Guard", [], "") == country_of("Coast Guard") == "United States"
