"""A course that names only an aim (options/aims.py): a verb of pursuit on a state of affairs or a quality, with no
means, is no option by convention v2 ("defeat extremism", "we need peace"); the largest kind of false options on the
tuned news reports and dev editorials (sixteenth session, README). A means, a figure or a thing acted on keeps it."""
from __future__ import annotations

import pytest

from briefing_app.analysis.options.aims import aims_only
from tests.analysis.option_helpers import one_option, options


@pytest.mark.parametrize("text", [
    "The government must strengthen the economy, the senator said.",
    '"We need to diversify our economy," the mayor said.',
    "Senator Warren said the Pentagon must bring accountability into its contracting.",
    "The candidate said he would stop the outflow of American jobs.",
    '"We must create an economy that works for all," Sanders said.',
    "The council should restore stability to the city's finances, the auditor said.",
    "Ministers must secure the future of the steel industry, the union said.",
    "The two governments need to reach a modus vivendi.",
    "Congress must limit the influence of big donors in politics, the group said.",
    "Critics urged the Fed to pursue a new strategy.",
    "The governor called for efforts to transition to a clean energy economy.",
    "The opposition urged the government to restore order in the capital.",
    "The president urged Congress to take on powerful special interests.",
    "The party should promote fairness and opportunity, its leader said.",
    "The minister said the country must work to strengthen its competitiveness.",
    "Europe needs to cherish, build and strengthen its multicultural experiment.",
    "The senator urged the White House to lay the groundwork for the next administration.",
    "The ministry should lay the foundations for lasting growth, the report said.",
    '"We must move to overcome the divisiveness and vulgarity Donald Trump has brought," Bush wrote.',
    "The union said the council should overcome the divisiveness the mayor has brought.",
    "The party must protect, defend and secure our future, its leader said.",
])
def test_an_aim_with_no_act_is_no_option(text: str) -> None:
    assert options(text) == [], [(o.summary, o.stance) for o in options(text)]


@pytest.mark.parametrize("text, summary", [
    ("The government must strengthen the economy by cutting payroll taxes.",
     "Strengthen the economy by cutting payroll taxes"),
    ("The government should restore the fuel subsidy, the union said.", "Restore the fuel subsidy"),
    ("Congress must stop the amnesty bill, the senator said.", "Stop the amnesty bill"),
    ("Ottawa should limit the growth of international student permits.",
     "Limit the growth of international student permits"),
    ("The council must keep the library open, residents said.", "Keep the library open"),
    ("The ministry should restore the full ration in the camps, aid groups said.", "Restore the full ration in the camps"),
])
def test_a_course_with_its_means_or_object_stays(text: str, summary: str) -> None:
    assert one_option(text).summary == summary


@pytest.mark.parametrize("summary, aim", [
    ("Strengthen our country's protection of national security information", True),
    ("Transition to a clean energy economy", True),
    ("Move to restore order", True),
    ("Grow the economy by 3% a year", False),
    ("Limit spending growth to 2% a year", False),
    ("Take the lead on climate", False),
    ("Protect civilians in Gaza", False),
    ("Secure the border first", False),
    ("Reduce the national debt", False),
    ("Cherish, build and strengthen its multicultural experiment", True),
    ("Lay the groundwork for talks", False),  # a course prepared (convention, seventeenth session): test_options_groundwork.py
    ("Lay the groundwork for peace", True),
    ("Lay new water pipes under the high street", False),
    ("Restore, repair and reopen the old bridge", False),
    ("Restore the peace process", False),
    # one state noun before a clause with no "that" (review: only "X and Y <clause>" was read)
    ("Overcome the divisiveness Smith has brought", True),
    ("Overcome the divisiveness the mayor has brought", True),
    ("Restore the subsidy the mayor has cut", False),  # a thing acted on
    ("Limit the growth the council has approved", False),  # (OF_ACTED_ON's head)
])
def test_aims_only_reads_the_summary(summary: str, aim: bool) -> None:
    assert aims_only(summary) is aim
