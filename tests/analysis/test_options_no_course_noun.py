"""A noun phrase given the verb "Adopt" must name a measure: not an amount of things or none ("There should be a
lot of forms, beyond the registers", "The answer is none of the above"), not a wish with no policy noun ("There has
to be some sort of signal"), and not a noun phrase run on into its own clause ("the group backing Mr. Doyle began April with
$3 million"). A measure after "there should be" stays ("a ban on ...", "a public inquiry", "devolution of powers")."""
from __future__ import annotations

from briefing_app.analysis.options.hollow import no_course_noun
from briefing_app.analysis.options.phrases import names_a_measure
from tests.analysis.option_helpers import options


def summaries(text: str) -> list[str]:
    return [o.summary for o in options(text)]


def test_there_should_be_things_is_no_course() -> None:
    assert summaries("“There should be a lot of forms, beyond the registers,” the clerk replied.") == []
    assert summaries("There has to be some sort of signal to the markets, the banker said.") == []
    assert summaries("There needs to be a sense of calm between the two parties, she said.") == []


def test_there_should_be_a_measure_stays() -> None:
    assert summaries("There should be a ban on fireworks in city parks, the mayor said.") == \
        ["Impose a ban on fireworks in city parks"]
    assert summaries("There must be a public inquiry into the canal flooding.") == ["Hold a public inquiry into the canal flooding"]
    assert names_a_measure("devolution of powers to the northern counties")
    assert names_a_measure("more investment in rural bus routes")
    assert names_a_measure("$40 million for the harbour")
    assert not names_a_measure("a lot of forms, beyond the registers")
    assert not names_a_measure("some sort of signal")


def test_amounts_and_run_ons_are_no_course() -> None:
    assert no_course_noun("Adopt none of the above")
    assert no_course_noun("Adopt some things we can agree on")
    assert no_course_noun("Adopt things based off whoever he met last")
    assert no_course_noun("Adopt Mr. Doyle began April with $3 million in the bank")
    assert no_course_noun("Adopt the old tariff regime is kinder to farmers than the new one")
    assert no_course_noun("Adopt and has campaigned for her rival in Ohio")


def test_measures_with_clauses_stay() -> None:
    assert not no_course_noun("Adopt policies that would lower rents")
    assert not no_course_noun("Adopt a levy on sugar that would fund school sports")
    assert not no_course_noun("Adopt equal pay for equal work and would change hiring rules")
    assert not no_course_noun("Adopt councils deciding whether the higher wage is right for them")
    assert not no_course_noun("Adopt a single-payer health system")
    assert not no_course_noun("Reach none of the deals")


def test_there_should_be_more_or_fewer_countable_things_stays() -> None:
    """'There should be more affordable homes / fewer cars in the centre': more or fewer of a countable thing a body
    provides or limits is a course (598c2509 dropped them with 'a lot of'); an abstract 'more kindness', 'more of
    that' and 'more than' stay none."""
    assert summaries("There should be more affordable homes in the city.") == ["Adopt more affordable homes in the city"]
    assert summaries("There should be fewer cars in the centre.") == ["Adopt fewer cars in the centre"]
    assert summaries("There should be more police on the streets.") == ["Adopt more police on the streets"]
    for text in ("There should be more kindness in the city.", "There should be more of that.",
                 "There should be more than one way."):
        assert summaries(text) == [], text


def test_noun_phrase_ends_before_its_subjects_next_verb() -> None:
    from briefing_app.analysis.options.phrases import summary
    assert summary("equal pay for care workers and would change the hiring rules", verb_first=False) == \
        "Adopt equal pay for care workers"
    assert summary("school choice and ranks it above the budget", verb_first=False) == "Adopt school choice"
    assert summary("a fuel duty and a ban on diesel cars", verb_first=False) == "Impose a fuel duty and a ban on diesel cars"
