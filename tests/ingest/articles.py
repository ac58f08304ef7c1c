"""Eight news articles written for the ingest tests and the ingest evaluation (fictional
events, written for this project). Each is (headline, byline, paragraphs). The first four are
the tuning set; the last four are kept aside for `benchmarks/bench_ingest_fidelity.py`."""
from __future__ import annotations

from typing import NamedTuple


class Article(NamedTuple):
    headline: str
    byline: str
    paragraphs: list[str]


LEDGER = Article(
    "Lawmakers clash over the future of the coastal defence budget as deadline nears",
    "By Miriam Ostrowski",
    [
        "WASHINGTON — Senior members of the House Armed Services Committee traded sharp words on "
        "Tuesday over a proposal to move nearly $4 billion from coastal defence programmes into "
        "long-range missile research, a shift that supporters called overdue and critics described "
        "as a gamble with the safety of ports along the Atlantic seaboard.",
        "“We are being asked to bet the harbours of this country on technology that does not yet "
        "exist,” said Representative Alana Whitfield, a Democrat from Virginia whose district "
        "includes one of the largest naval shipyards in the world. “I will not sign off on that, "
        "and I do not believe a majority of this committee will either.”",
        "The chairman of the committee, Representative Douglas Harte, a Republican from Texas, "
        "defended the plan as a necessary response to what he called a rapidly changing threat "
        "environment. He told reporters after the hearing that the administration had briefed "
        "members in detail and that the reallocation would be phased over five years rather than "
        "imposed at once.",
        "“Nobody is abandoning the coast,” Mr. Harte said. “What we are doing is recognising that "
        "the most serious dangers of the next decade will come from much further away, and that "
        "our investments have to follow the threat rather than the habits of the last budget "
        "cycle.”",
        "The dispute reflects a broader disagreement in Congress about how to balance spending "
        "between visible, local projects — dredging, sea walls, radar stations — and programmes "
        "whose benefits are harder to explain to voters. Several members noted privately that "
        "the coastal accounts fund jobs in more than thirty districts.",
        "Budget analysts at the Congressional Research Service estimated in a report released "
        "last month that the proposed shift would delay the replacement of eleven radar sites by "
        "at least three years. The report also found that maintenance backlogs at four of the "
        "largest installations had grown by roughly a quarter since 2021.",
        "Retired Admiral Pauline Verhoeven, who commanded the Atlantic fleet until last year, "
        "said in an interview that both sides had a point but that the timing was poor. “You can "
        "modernise and still keep the lights on at home,” she said. “What you cannot do is tell "
        "the people who run these stations to wait another budget cycle for parts they needed "
        "yesterday, and then expect them to be ready when something actually happens.”",
        "The administration has not publicly commented on the committee’s exchange. A spokesman "
        "for the Pentagon said only that the department “continues to work closely with Congress "
        "on a budget that meets the full range of national security requirements.”",
        "Committee aides said a compromise was being drafted that would cap the transfer at "
        "$2.5 billion and require a progress report from the Navy after eighteen months. Whether "
        "that will satisfy critics is unclear. Ms. Whitfield said she had not seen the text and "
        "would reserve judgment until she had.",
        "The full committee is scheduled to vote on its version of the defence authorisation "
        "bill next week. Leaders in both parties have said they want the measure on the House "
        "floor before the August recess, though several previous deadlines have slipped amid "
        "disagreements over unrelated provisions on procurement and personnel.",
        "For communities along the coast, the outcome matters in concrete ways. In Norfolk, the "
        "mayor’s office has warned that delays to the harbour radar upgrade would postpone a "
        "planned expansion of the container terminal, which city officials say could bring "
        "several hundred jobs to the area over the next decade.",
        "“People here understand national security better than most,” the mayor, Theodore Banks, "
        "said in a statement. “They also understand when promises made to them are being quietly "
        "rewritten in a committee room hundreds of miles away.”",
    ],
)

GRAIN = Article(
    "Ministers agree to extend grain corridor for another six months",
    "By Elena Marchetti and Tomasz Wieczorek",
    [
        "BRUSSELS — Agriculture ministers from the European Union agreed on Monday to extend a "
        "system of tariff-free corridors for grain exports from the Black Sea region for a further "
        "six months, despite objections from farmers’ groups in three member states.",
        "The decision followed eleven hours of talks. “This was not an easy conversation, and it "
        "should not have been,” said the Danish minister, Karin Holm, who chaired the meeting. "
        "“Farmers have real concerns, and we have built in a review after ninety days.”",
        "Under the agreement, import volumes will be monitored weekly and an emergency brake can "
        "be applied if prices in a neighbouring market fall by more than fifteen per cent in a "
        "single month. Critics said the threshold was set too high to be of practical use.",
        "“By the time the brake works, our members will already have sold at a loss,” said "
        "Jakub Nowicki, a spokesman for a national farmers’ federation. He said protests planned "
        "for later this month would go ahead.",
        "Officials in Kyiv welcomed the extension, which they said would keep an important source "
        "of export revenue open through the winter. Shipping data show that more than 40 million "
        "tonnes of grain have moved through the corridors since they were opened.",
    ],
)

CYBER = Article(
    "City hospitals restore systems after weekend cyber-attack",
    "By Daniel Achterberg",
    [
        "Three public hospitals in the city returned to normal operations on Wednesday after a "
        "ransomware attack over the weekend forced staff to switch to paper records and divert "
        "ambulances to neighbouring districts for nearly two days.",
        "The health authority said no patient data appeared to have been taken, but cautioned "
        "that the forensic review was not complete. “We are confident in what we know so far, "
        "but we will not say more than the evidence supports,” its chief executive, Sandra "
        "Oyelaran, told a news conference.",
        "Investigators believe the attackers gained access through a contractor’s remote-"
        "maintenance account that had not been protected with a second factor. The authority "
        "said it had since disabled all such accounts pending a security audit.",
        "Nurses’ representatives criticised the response. “Our members were told to improvise "
        "for forty hours with printed forms and whiteboards,” said Kwame Asante of the nurses’ "
        "union. “They did it, and they did it well, but nobody should pretend this was a plan.”",
        "The city council will hold a special session on the incident next week.",
    ],
)

RAIL = Article(
    "Regional rail strike called off after late-night pay deal",
    "By Hannah Lindqvist",
    [
        "A strike that would have halted regional trains across the north of the country was "
        "called off early on Friday after the operator and the drivers’ union reached a "
        "provisional agreement on pay and rest periods.",
        "The deal, which still has to be approved by union members, includes a raise of 6.5 per "
        "cent over two years and a guaranteed minimum rest of twelve hours between shifts. "
        "“This is a fair settlement, and I will recommend it to our members,” the union’s "
        "general secretary, Olav Brekke, said outside the talks venue.",
        "The operator’s chief executive, Ingrid Sæther, said the company had moved further than "
        "it had wanted to. “We have stretched ourselves, but a strike would have cost "
        "passengers and the company far more,” she said.",
        "Commuter groups said they were relieved but warned that services had already been "
        "unreliable for months because of staff shortages and ageing rolling stock.",
    ],
)

# Kept aside: never looked at while tuning the readers.
HARBOUR = Article(
    "Port authority approves expansion despite fishermen’s protest",
    "By Ruairí Gallagher",
    [
        "The port authority board voted six to two on Thursday to approve a €300 million "
        "expansion of the container terminal, overriding objections from local fishermen who "
        "say dredging will destroy spawning grounds in the bay.",
        "“We were consulted, and then we were ignored,” said Siobhán Keane, who chairs the "
        "fishermen’s co-operative. “The board has chosen cranes over people who have worked "
        "these waters for generations.”",
        "The authority’s chair, Brendan Moloney, said the plan included a compensation fund and "
        "a monitoring programme run by the marine institute. “We listened carefully and changed "
        "the design in three important ways,” he said.",
        "Environmental groups have said they will seek a judicial review of the decision.",
    ],
)

WATER = Article(
    "Drought forces water restrictions in four southern provinces",
    "By Lucía Fernández",
    [
        "Regional governments in four southern provinces announced restrictions on Tuesday on "
        "watering gardens, filling pools and washing cars, after reservoir levels fell below a "
        "quarter of capacity for the first time in a decade.",
        "“These measures are uncomfortable, but they are necessary if we want water in the taps "
        "in September,” said the regional environment minister, Jorge Salvat. Farmers will face "
        "cuts of up to forty per cent in irrigation allowances.",
        "Farm organisations said the cuts would threaten the harvest of citrus and olives. "
        "“Without water there is no crop, and without a crop there is no village,” said Pilar "
        "Ortega, who grows oranges near the coast.",
        "Meteorologists expect little rain before the autumn.",
    ],
)

SCHOOL = Article(
    "Parliament passes bill to phase out mobile phones in classrooms",
    "By Annika Vestergaard",
    [
        "Parliament approved a bill on Wednesday requiring primary and lower-secondary schools "
        "to keep pupils’ mobile phones locked away during lessons from the next school year, "
        "after a debate that split both the governing coalition and the opposition.",
        "The education minister, Mikkel Rask, said the law answered years of complaints from "
        "teachers. “Children deserve classrooms where they can concentrate, and teachers deserve "
        "support instead of another guideline,” he said.",
        "Opponents argued that schools should decide for themselves. “This is a national rule "
        "for a problem that every school already handles in its own way,” said Louise Dahl, an "
        "opposition member who voted against it.",
        "The law allows exceptions for pupils who need a phone for medical reasons.",
    ],
)

SPACE = Article(
    "Space agency delays lunar lander test after engine anomaly",
    "By Priya Raghunathan",
    [
        "The national space agency postponed a key test of its lunar lander on Monday after "
        "engineers detected an unexpected pressure drop in one of the descent engines during a "
        "routine ground firing.",
        "“We would rather lose a few weeks now than lose a vehicle later,” the programme "
        "manager, Farid Haddad, told reporters. He said the problem appeared to lie in a valve "
        "supplied by an outside contractor.",
        "The delay is the third this year for the programme, which has faced questions from "
        "lawmakers about rising costs. “Every delay has an explanation, but together they tell "
        "a story,” said Senator Grace Whitcombe, who sits on the science committee.",
        "The agency said a new test date would be set once the valve had been inspected.",
    ],
)

TUNING = [LEDGER, GRAIN, CYBER, RAIL]
HELD_OUT = [HARBOUR, WATER, SCHOOL, SPACE]
