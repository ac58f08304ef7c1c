"""Five news articles written for web set Q (session 29; fictional events, written for this project, answers = the
text itself: headline, byline, paragraphs). Some paragraphs open with words that closing furniture also opens with
("Support for …", "Contact between …", "Download speeds …", "Comments made …", "About a third …", "Copies of …")
or end like it, so a reader that hides closing furniture by its first words shows its mistake here. Which articles are
kept aside is fixed in html_layouts_q.py (Q_ASIDE_ARTICLES)."""
from __future__ import annotations

from tests.ingest.articles import Article

LIBRARY = Article(
    "Branch libraries to open on Sundays after volunteers agree to staff reading rooms",
    "By Harriet Oyelaran",
    [
        "Six branch libraries will open on Sunday afternoons from February, the city's culture committee decided on "
        "Wednesday, after a volunteers' association offered to staff the reading rooms alongside one paid librarian "
        "at each site.",
        "The committee had rejected Sunday opening twice in the past four years on cost grounds. The new plan costs "
        "about £140,000 a year, most of it for heating and security, and will be reviewed after twelve months.",
        "Support for the plan came from an unusual mix of councillors. “Students revising for exams and parents "
        "with small children have told us the same thing for years,” said the committee chair, Paul Ekwueme. "
        "“Saturday is not enough.”",
        "The library staff union said it was not opposed to Sunday hours but wanted every volunteer shift to be "
        "covered by a trained member of staff. Contact between the union and the volunteers' association began "
        "in October and will continue, both sides said.",
        "Copies of the committee's report show that visits to the six branches fell by a fifth between 2019 and "
        "2024, while use of their study desks rose.",
    ],
)

BRIDGE = Article(
    "Repairs to river bridge will close it to lorries for eight months, engineers say",
    "By Tomasz Wierzbicki",
    [
        "Heavy goods vehicles will be barred from the Old Mill bridge for eight months from March while engineers "
        "replace corroded bearings found during an inspection in the summer, the county highways department said "
        "on Monday.",
        "Cars and buses will still be able to cross in a single lane controlled by temporary lights. Lorries will "
        "be sent on a 14-mile diversion through the industrial estate, which hauliers say will add about half an "
        "hour to each trip.",
        "“The bridge is safe today, and we intend to keep it that way,” said the county's chief engineer, Rachel "
        "Amankwah. “If we wait another winter, the repair becomes a rebuild.”",
        "About a third of the lorries that use the bridge serve the two quarries north of the river. Their "
        "operators have asked for a temporary weight limit instead of a ban, which the county said it would "
        "consider.",
        "Download speeds for the county's live traffic map were also criticised at the meeting, where a haulier "
        "said drivers could not rely on it to plan the diversion.",
        "Work is expected to cost £3.8 million.",
    ],
)

CLINIC = Article(
    "Health board to publish waiting times for every clinic after patients' group wins appeal",
    "By Niamh Corrigan",
    [
        "The regional health board will publish monthly waiting times for each of its 41 outpatient clinics, after "
        "the information commissioner upheld an appeal by a patients' group that had been refused the figures.",
        "Until now the board has published a single average for each specialty, which the group, Patients First, "
        "said hid waits of more than a year at some sites and under three months at others.",
        "Comments made by the board's chief executive at a public meeting in June, when she said the clinic "
        "figures were “too volatile to be useful”, were quoted in the commissioner's decision, which found that "
        "volatility was not a reason to withhold them.",
        "“People choosing where to be treated have a right to know how long they will wait,” said Patients First's "
        "chair, Declan Moran. “The figures were always there. Now they will be public.”",
        "The board said it accepted the decision and would publish the first figures in March, with notes on how "
        "each clinic counts its list.",
    ],
)

WATER = Article(
    "Water company to freeze standing charge for low-income households as bills rise",
    "By Aled Pritchard",
    [
        "The regional water company will freeze its standing charge for about 60,000 households on low incomes "
        "next year, even as average bills rise by 7 per cent, under a settlement agreed with the industry "
        "regulator on Thursday.",
        "The standing charge, a fixed daily fee paid regardless of use, makes up almost a third of the average "
        "bill. Consumer groups have long argued that it weighs most heavily on single people and pensioners who "
        "use little water.",
        "“This is a fairer way to share the cost of the new treatment works,” the company's chief executive, Gwen "
        "Harries, said. “Those who can least afford the rise will not pay it.”",
        "The regulator said the company would have to show by the end of the year that eligible customers had been "
        "enrolled automatically, rather than left to apply.",
        "Support groups welcomed the freeze but said the eligibility rules, which rely on benefit records, would "
        "miss many working households on low pay.",
    ],
)

MEALS = Article(
    "Free breakfast pilot extended to 30 more primary schools after attendance rises",
    "By Priya Raman",
    [
        "A pilot offering free breakfasts to every pupil at 12 primary schools will be extended to 30 more from "
        "September, the education department said on Tuesday, after attendance at the first schools rose faster "
        "than elsewhere in the region.",
        "Attendance at the pilot schools rose by 1.8 percentage points over the school year, against 0.6 points at "
        "comparable schools. Head teachers also reported fewer pupils arriving late.",
        "“Children who have eaten are children who can learn,” said the education minister, Sarah Lindqvist. “The "
        "evidence from the first year is strong enough to act on.”",
        "The extension will cost about £2 million a year. The department has not said whether the scheme will "
        "become permanent, and the opposition said the money should have come with a guarantee beyond next year.",
        "About one in six pupils at the pilot schools had previously arrived without eating, according to a survey "
        "by the schools.",
    ],
)

ARTICLES = [LIBRARY, BRIDGE, CLINIC, WATER, MEALS]
