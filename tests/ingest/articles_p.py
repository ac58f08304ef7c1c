"""Six news articles written for web set P (session 28; fictional events, written for this project, answers = the
text itself: headline, byline, paragraphs). Some paragraphs open with words that site furniture also opens with
("Read together …", "Share prices …", "Follow-up inspections …", "Updated figures …", "Subscribers to …", "Sign-ups
…", "Related costs …", "Listen, she said …") and one is a single short sentence, so a reader that hides furniture by
its first word shows its mistake here. Which articles are kept aside is fixed in html_layouts_p.py (P_ASIDE_ARTICLES)."""
from __future__ import annotations

from tests.ingest.articles import Article

FERRY = Article(
    "Island ferry subsidy cut to be phased over three years after council backs down",
    "By Rhona MacAskill",
    [
        "KIRKWALL — The regional council on Thursday abandoned a plan to halve the subsidy for the northern isles "
        "ferry in a single year, agreeing instead to a reduction spread over three budgets after islanders packed "
        "the public gallery for a second week running.",
        "The original proposal would have raised the return fare for a car and two passengers from £38 to £61 from "
        "April. Under the compromise the fare will rise by no more than £6 a year, and residents of the smaller "
        "islands will keep a discount card that officials had proposed to scrap.",
        "“We heard very clearly that a single cliff-edge increase would empty the outer islands of young families,” "
        "said the council leader, Iain Rendall. “This is not the saving we wanted, but it is a saving people can "
        "plan around.”",
        "Share prices of the private operator that runs the route under contract barely moved on the news, and the "
        "company said in a statement that it would not seek to reopen the contract before its renewal in 2029.",
        "Read together with last month's audit of the harbour accounts, the decision leaves the council about "
        "£2.4 million short of its savings target for the coming year. Finance officers said the gap would be met "
        "from reserves rather than from other services.",
        "Not everyone was satisfied.",
        "Morag Flett, who runs a guest house on Sanday and spoke for a residents' group at the meeting, said the "
        "compromise only delayed the damage. “A slower squeeze is still a squeeze,” she said. “Ask any family "
        "deciding this winter whether to stay.”",
    ],
)

GRID = Article(
    "Regulator orders review of rural grid connection fees after complaints from farmers",
    "By Daniel Okafor",
    [
        "The national energy regulator has ordered a review of the fees charged to connect small solar and wind "
        "projects to the rural grid, after more than 300 farmers complained that quotes had tripled in two years "
        "without explanation.",
        "In a letter to the four network operators published on Monday, the regulator said it had found "
        "“significant and unexplained variation” in charges for connections of similar size and distance, and "
        "asked each operator to justify its methods by the end of February.",
        "Follow-up inspections of a sample of quotes will begin in March, the regulator said, and operators that "
        "cannot show how their charges were calculated could be made to refund the difference.",
        "Farmers' groups welcomed the review but said it came late. “Some of our members signed contracts worth "
        "tens of thousands of pounds because they had no other way onto the network,” said Helen Brandt, who chairs "
        "the rural energy committee of the farmers' union. “They deserve to know whether they were overcharged.”",
        "Updated figures released by the regulator alongside the letter show that the median quote for a 50 "
        "kilowatt connection rose from £9,800 in 2024 to £27,500 this year, while the median distance to the "
        "nearest substation was unchanged.",
        "The operators' trade association said the rise reflected the cost of reinforcing lines that were built "
        "for a few farmhouses and now carry power in both directions. It said it would cooperate fully with the "
        "review.",
    ],
)

CLINIC = Article(
    "Walk-in clinics to stay open on Sundays as health board reverses winter closures",
    "By Sofia Marchetti",
    [
        "The city's health board voted on Wednesday to keep its four walk-in clinics open on Sundays through the "
        "winter, reversing a decision taken in September to close them at weekends to save money on agency staff.",
        "The September plan would have saved about €1.1 million, according to board papers. Hospital doctors had "
        "warned that the closures would push hundreds of minor injuries a week into emergency departments that "
        "were already missing their waiting-time targets.",
        "Subscribers to the board's own text-message alert service, which tells patients which clinics have the "
        "shortest waits, rose by a third in October, a sign of how much the clinics are used, said the board's "
        "chief operating officer, Pieter Vos.",
        "“We got this wrong in September and we are putting it right,” Mr. Vos told the meeting. “The saving was "
        "real on paper and false in practice, because every patient we turned away turned up somewhere more "
        "expensive.”",
        "Related costs will be met by delaying the refurbishment of two administrative buildings, the board said.",
        "Unions representing clinic nurses said they would press for the Sunday shifts to be staffed by permanent "
        "employees rather than agency workers, which they said would be cheaper over a full year.",
    ],
)

LIBRARY = Article(
    "Opinion: A library card is the cheapest anti-poverty programme we have",
    "By Grace Adeyemi",
    [
        "Every budget season, someone proposes to close a branch library, and every budget season the argument is "
        "made as if the library were a room full of books that nobody reads. It is time to make the case on the "
        "terms the budget-cutters themselves use: cost and return.",
        "A library card gives a family free internet access, free printing for job applications, a warm room in "
        "winter, homework help after school and, yes, books. Replacing those services one by one would cost a "
        "household on a low income hundreds of pounds a year.",
        "Listen, she said, when I asked a librarian in my own town what changed after their opening hours were "
        "cut: the people who stopped coming were not the retired readers but the teenagers who had nowhere else "
        "to study.",
        "Sign-ups for new cards rose by 18 per cent nationally last year, according to the libraries' own "
        "association, the largest increase in a decade. Demand is not the problem. Funding is.",
        "Councils face impossible choices, and nobody pretends otherwise. But a service that costs a few pounds "
        "per resident a year and reaches the poorest households directly should be the last thing cut, not the "
        "first.",
        "Grace Adeyemi is a former school librarian and a trustee of a reading charity.",
    ],
)

TRAINS = Article(
    "Night trains to return between the capital and the coast under new franchise terms",
    "By Tomasz Wierzbicki",
    [
        "WARSAW — Overnight passenger trains between the capital and the Baltic coast will return next summer for "
        "the first time in six years, the transport ministry said on Friday, after the new operating contract "
        "made them a condition of the franchise.",
        "The service will run three nights a week from June to September, with sleeping cars and a car-carrying "
        "wagon, and the operator will be paid a fixed fee per journey rather than keeping the fares, a model the "
        "ministry said would protect the route from being cut in a poor season.",
        "“For years we were told that nobody wanted night trains any more,” the deputy transport minister, Ewa "
        "Sadowska, told reporters at the central station. “Then the operators in the rest of Europe brought them "
        "back and sold out.”",
        "Rail unions said the plan was welcome but warned that the ministry had not yet said where the sleeping "
        "cars would come from. The last ones in national service were sold abroad in 2021.",
        "The opposition's transport spokesman called the announcement “a press release in search of rolling "
        "stock” and said he would ask the ministry to publish the franchise terms in full.",
    ],
)

WATER = Article(
    "Drought plan lets towns buy water from farmers for the first time",
    "By Lucía Ferreyra",
    [
        "Towns in the southern valley will be allowed to buy irrigation water from farmers during droughts under "
        "a plan approved by the state water authority on Tuesday, ending a ban on such sales that dates back to "
        "the 1950s.",
        "Under the plan, a farmer may sell up to a quarter of a year's allocation to a town's water utility at a "
        "price set by auction, but only after the authority has declared a drought and only to towns within the "
        "same river basin.",
        "Supporters said the change would let water go where it is most needed in a dry year without building "
        "new reservoirs. “This is the cheapest new supply we will ever find,” said the authority's chair, Marta "
        "Quiroga.",
        "Critics, including two of the valley's largest irrigation cooperatives, said the plan would tempt "
        "struggling farmers to sell water they would need later in the season, and that small growers would be "
        "outbid by utilities with public budgets.",
        "The authority said it would review the first two years of sales before deciding whether to extend the "
        "plan to other basins.",
    ],
)

ARTICLES = [FERRY, GRID, CLINIC, LIBRARY, TRAINS, WATER]
