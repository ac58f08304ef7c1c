"""A list of measures a holder calls for in noun phrases or gerunds is one option per measure (convention v2;
`options/listed.py`): "calls for a carbon tax, a ban on fracking and a tax on share trades". A comma that opens an
apposition, a relative or a participle, a bare "and" inside one measure, and a list with no "and" before its last
item stay one option (or none). "that calls for" after a noun is a relative clause's call (a platform, a group), and
a call may open with a quotation ('calls for "a $15 minimum wage, ..."', 'advocates "decriminalisation" of X')."""
from __future__ import annotations

import pytest

from tests.analysis.option_helpers import one_option, options


def _summaries(text: str) -> list[str]:
    return [o.summary.lower() for o in options(text)]


@pytest.mark.parametrize("text, wanted", [
    ("Senator Hale called for a carbon tax, a ban on fracking, and a tax on Wall Street trades.",
     ["impose a carbon tax", "impose a ban on fracking", "impose a tax on wall street trades"]),
    ("The union called for a $15 minimum wage, paid sick leave and an end to zero-hours contracts.",
     ["adopt a $15 minimum wage", "end zero-hours contracts"]),
    ("Mr. Cardin has proposed a 10 percent value-added tax and a pared-down personal income tax for couples.",
     ["impose a 10 percent value-added tax", "impose a pared-down personal income tax for couples"]),
    ("The Greens are pushing for a moratorium on new coal mines and a windfall tax on energy companies.",
     ["impose a moratorium on new coal mines", "impose a windfall tax on energy companies"]),
    ("Greenpeace advocates breaking up the big banks, ending fracking and making public colleges and universities "
     "tuition-free.", ["break up the big banks", "end fracking", "make public colleges and universities tuition-free"]),
])
def test_a_list_of_measures_is_one_option_each(text: str, wanted: list[str]) -> None:
    found = _summaries(text)
    assert sorted(found) == sorted(wanted), found
    for option in options(text):
        assert option.positions and option.positions[0].stance == "support"


def test_a_quoted_platform_list_after_a_relative_call() -> None:
    text = ('Sanders said he wants a party platform that calls for "a $15-an-hour minimum wage, a Medicare-for-all '
            'health care system, breaking up Wall Street financial institutions, ending fracking in our country and '
            'passing a carbon tax."')
    found = _summaries(text)
    for wanted in ("adopt a $15-an-hour minimum wage", "break up wall street financial institutions",
                   "end fracking in our country", "pass a carbon tax"):
        assert wanted in found, found
    assert not any("platform" in f for f in found), found  # the platform is the vehicle; its measures are the courses
    assert all(p.actor == "Sanders" for o in options(text) for p in o.positions)


@pytest.mark.parametrize("text", [
    "Senator Hale called for a ban on the sale of rifles and the ammunition.",  # "the ammunition" is no measure
    "Senator Hale supports the national minimum wage, now $7.25 an hour, and wants it doubled.",  # an apposition
    "Senator Hale called for a ban on assault rifles, saying it was time to act.",  # a participle of saying
    "Senator Hale proposed a new tax on sugary drinks, which would fund school meals.",  # a relative clause
])
def test_no_list_stays_one_option_or_none(text: str) -> None:
    assert len(options(text)) <= 1, _summaries(text)


def test_a_participle_after_a_comma_is_no_item() -> None:
    text = "Senator Hale has backed legislation with and without rape exceptions, putting him on both sides of the debate."
    found = _summaries(text)
    assert len(found) <= 1 and not any(f.startswith("put") for f in found), found


def test_a_group_that_favors_a_course_holds_it() -> None:
    # (a measure: "limiting the influence of big donors" names an aim only, no option by options/aims.py)
    option = one_option("Rootstrikers, a group that favors capping donations to super PACs, backed the senator.")
    assert option.summary.lower().startswith("cap donations to super pacs")
    assert [p.actor for p in option.positions] == ["Rootstrikers"]


@pytest.mark.parametrize("text, summary", [
    ('Jane Smith advocates "decriminalisation" of drug use.', "decriminalise drug use"),
    ('Jane Smith advocates the "abolition" of tuition fees.', "abolish tuition fees"),
])
def test_a_scare_quoted_action_noun_names_the_course(text: str, summary: str) -> None:
    assert one_option(text).summary.lower() == summary


@pytest.mark.parametrize("text", [
    'Mr Hale supported "Grace\'s Law," a landmark anti-cyberbullying law passed in Maryland in 2013.',
    'Clinton said she opposes "accounting gimmicks like chained CPI" in the budget talks.',
])
def test_a_quoted_name_or_jibe_backed_or_opposed_is_no_call(text: str) -> None:
    assert options(text) == [], _summaries(text)


@pytest.mark.parametrize("text, wanted", [
    ("The protesters called for the resignation of the mayor, the police chief and the city manager.",
     ["carry out the resignation of the mayor, the police chief and the city manager"]),
    ("Residents demanded the resignation of the mayor, the police chief, and the city manager.",
     ["carry out the resignation of the mayor, the police chief, and the city manager"]),
    ("Activists called for a ban on the rifles, the magazines and the silencers.",
     ["impose a ban on the rifles, the magazines and the silencers"]),
    ("The union called for the release of the activists, the journalists or the lawyers.",
     ["release the activists, the journalists or the lawyers"]),
])
def test_further_objects_of_the_first_measure_are_one_course(text: str, wanted: list[str]) -> None:
    """Noun phrases after "the resignation of the mayor" that are no measures of their own are further objects of
    its "of": one course (the resignations), not the first alone."""
    assert _summaries(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("The protesters called for the resignation of the mayor, the closure of the jail and a review of the budget.",
     ["carry out the resignation of the mayor", "close the jail", "hold a review of the budget"]),
    ("Activists called for the resignation of the mayor, the police chief and more funding for schools.",
     ["carry out the resignation of the mayor", "adopt more funding for schools"]),
    ("The protesters called for the resignation of the mayor, the city's top official.",
     ["carry out the resignation of the mayor"]),
])
def test_a_measure_among_the_objects_keeps_its_own_option(text: str, wanted: list[str]) -> None:
    assert _summaries(text) == wanted
