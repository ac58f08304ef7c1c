"""Articles 01-16 of the evaluation set (English: wire, broadsheet, tabloid). Written for this
project; names, places and events are invented. Each entry: (slug, text, annotations), where an
annotation is (kind, exact substring of the text, speaker or None[, occurrence]).
Direct quotes are the words inside the marks; indirect ones the reported content without the
cue, the recipient or the final stop (PolNeAR conventions)."""

ARTICLES = [
("01-wire-budget", """Senate panel delays vote on farm bill

WASHINGTON (AP) — The Senate Agriculture Committee postponed a vote on the farm bill Tuesday after two Republicans objected to cuts in crop insurance.

"We are not going to rush a bill that farmers have to live with for five years," said Sen. Margaret Ohlsen, the committee's chairwoman.

Sen. Dale Fortner of Kansas said the cuts would fall hardest on small growers. "This bill balances the budget on the backs of the people who feed us," he told reporters.

A vote could come as early as next week, according to committee aides.
""", [
 ("direct", "We are not going to rush a bill that farmers have to live with for five years,", "Margaret Ohlsen"),
 ("indirect", "the cuts would fall hardest on small growers", "Dale Fortner"),
 ("direct", "This bill balances the budget on the backs of the people who feed us,", "Dale Fortner"),
 ("indirect", "A vote could come as early as next week", "committee aides"),
]),
("02-wire-storm", """Governor declares emergency as river crests

BATON ROUGE, La. (AP) — Louisiana Gov. Curtis Delamare declared a state of emergency on Sunday as the Amite River rose above flood stage.

"Do not drive through standing water. It only takes six inches to sweep a car off the road," Delamare said at a news conference.

The National Weather Service warned that more rain was expected through Wednesday.

Residents in low-lying parishes were told to leave. "We've been through this before, and we'll get through it again," said Irma Bourque, 71, as she loaded sandbags into a pickup truck.
""", [
 ("direct", "Do not drive through standing water. It only takes six inches to sweep a car off the road,", "Curtis Delamare"),
 ("indirect", "more rain was expected through Wednesday", "The National Weather Service"),
 ("direct", "We've been through this before, and we'll get through it again,", "Irma Bourque"),
]),
("03-wire-trade", """U.S., Mexico reach deal on steel tariffs

MEXICO CITY (Reuters) - The United States and Mexico agreed on Friday to lift tariffs on steel and aluminum, ending a dispute that had strained trade talks for a year.

"This is a good day for workers on both sides of the border," U.S. Trade Representative Alan Whitcomb said in a statement.

Mexico's economy minister, Lucia Arrieta, told a radio station that the deal would protect 40,000 jobs in the northern states.

Analysts said the agreement removed a major obstacle to ratifying the broader trade pact. "It clears the runway," said Tomas Berg, an economist at Banco Pacifico.
""", [
 ("direct", "This is a good day for workers on both sides of the border,", "Alan Whitcomb"),
 ("indirect", "the deal would protect 40,000 jobs in the northern states", "Lucia Arrieta"),
 ("indirect", "the agreement removed a major obstacle to ratifying the broader trade pact", "Analysts"),
 ("direct", "It clears the runway,", "Tomas Berg"),
]),
("04-wire-split", """Mayor defends police budget

CHICAGO (AP) — Mayor Denise Okafor on Thursday defended her plan to add 300 officers, a week after council members called it "a step backward."

"Safety is not a luxury," Okafor said. "Every neighborhood in this city deserves to have officers who know the block."

Alderman Ray Kowalczyk, who leads the council's progressive caucus, argued that the money should go to mental health responders. He said the caucus would offer an amendment next month.
""", [
 ("direct", "a step backward.", "council members"),
 ("direct", "Safety is not a luxury,", "Denise Okafor"),
 ("direct", "Every neighborhood in this city deserves to have officers who know the block.", "Denise Okafor"),
 ("indirect", "the money should go to mental health responders", "Ray Kowalczyk"),
 ("indirect", "the caucus would offer an amendment next month", "Ray Kowalczyk"),
]),
("05-broadsheet-senate", """Freshman Senator Bucks Party on Surveillance Bill

By ELLEN MARCHETTI

WASHINGTON — For a senator who has been in office barely eight months, Nora Lindqvist of Minnesota has developed an unusual habit of voting against her own party.

On Wednesday she did it again, joining Republicans to block a renewal of the government's surveillance powers. ''I did not come here to hand the executive branch a blank check,'' Ms. Lindqvist said in an interview in her office. ''Not this president, not the next one.''

Party leaders were less charitable. Senator Harold Vance, the majority whip, said Ms. Lindqvist had ''misread the moment'' and warned that the lapse would leave investigators blind.

The White House declined to comment.
""", [
 ("direct", "I did not come here to hand the executive branch a blank check,", "Nora Lindqvist"),
 ("direct", "Not this president, not the next one.", "Nora Lindqvist"),
 ("indirect", "Ms. Lindqvist had ''misread the moment''", "Harold Vance"),
 ("indirect", "the lapse would leave investigators blind", "Harold Vance"),
]),
("06-broadsheet-court", """Justices Appear Skeptical of State's Voting Map

By THEO RANDALL

The Supreme Court on Monday seemed inclined to strike down a congressional map that critics say dilutes the votes of Black residents in the state's Delta region.

Several justices questioned whether lawmakers had relied too heavily on race. "If race is the predominant factor, the state has to give us a compelling reason," Justice Miriam Castellanos said during the argument.

The state's solicitor general, Paul Deaver, insisted that the lines followed county borders. "Geography drew this map, not race," he said.

A ruling is expected by June.
""", [
 ("indirect", "dilutes the votes of Black residents in the state's Delta region", "critics"),
 ("direct", "If race is the predominant factor, the state has to give us a compelling reason,", "Miriam Castellanos"),
 ("indirect", "the lines followed county borders", "Paul Deaver"),
 ("direct", "Geography drew this map, not race,", "Paul Deaver"),
]),
("07-broadsheet-multipara", """A Town Divided Over a Wind Farm

HARLAN FALLS, Iowa — The turbines have not been built yet, but they already cast a long shadow over this town of 2,400.

Gary Tjaden, a third-generation farmer who signed a lease for four turbines, said he had no regrets.

"The checks will keep this farm in the family," he said. "My father lost half of it in the eighties. I am not going to be the one who loses the rest.

"People say the turbines are ugly. So is bankruptcy."

His neighbor, Janet Moeller, sees it differently. She said the county had approved the project without listening to residents. "Nobody asked us," she said.
""", [
 ("indirect", "he had no regrets", "Gary Tjaden"),
 ("direct", "The checks will keep this farm in the family,", "Gary Tjaden"),
 ("direct", "My father lost half of it in the eighties. I am not going to be the one who loses the rest.", "Gary Tjaden"),
 ("direct", "People say the turbines are ugly. So is bankruptcy.", "Gary Tjaden"),
 ("indirect", "the county had approved the project without listening to residents", "Janet Moeller"),
 ("direct", "Nobody asked us,", "Janet Moeller"),
]),
("08-broadsheet-titles", """A Director Returns to the Stage

Lena Sorvino, whose film "The Quiet Harbor" won the top prize at Cannes, is directing her first play in a decade, a revival of "Long Day's Journey Into Night."

"Film made me patient. Theater makes me brave," Ms. Sorvino said over coffee near the theater. She described the production as "stripped to the bone."

The producer, Abe Lindgren, said the run was nearly sold out. Critics have already dubbed it the "comeback of the season."
""", [
 ("title", "The Quiet Harbor", None),
 ("title", "Long Day's Journey Into Night", None),
 ("direct", "Film made me patient. Theater makes me brave,", "Lena Sorvino"),
 ("direct", "stripped to the bone.", "Lena Sorvino"),
 ("indirect", "the run was nearly sold out", "Abe Lindgren"),
 ("scare", "comeback of the season", None),
]),
("09-broadsheet-according", """Pentagon Weighs Cutting Base Budgets

The Pentagon is considering closing as many as a dozen stateside bases, according to two officials familiar with the planning.

Defense Secretary Raymond Ashby told a House panel last month that the department was "carrying more real estate than it needs." He did not name specific bases.

According to a draft memo, the review would be completed by spring. Representative Carla Mendes, whose district includes Fort Tanner, called the plan "reckless and short-sighted" and vowed to fight it.
""", [
 ("indirect", "The Pentagon is considering closing as many as a dozen stateside bases", "two officials familiar with the planning"),
 ("indirect", "the department was \"carrying more real estate than it needs.\"", "Raymond Ashby"),
 ("direct", "carrying more real estate than it needs.", "Raymond Ashby"),
 ("indirect", "the review would be completed by spring", "a draft memo"),
 ("direct", "reckless and short-sighted", "Carla Mendes"),
]),
("10-broadsheet-anon", """Talks on Hostage Release Stall

Negotiations to free three aid workers held in the Sahel have stalled over the kidnappers' demand for a prisoner exchange, officials said Saturday.

"They keep moving the goalposts," said a senior European diplomat involved in the talks, who spoke on condition of anonymity because he was not authorized to discuss them.

A spokeswoman for the aid group, Hanna Berglund, said the organization remained "cautiously hopeful." She added that the families had been briefed.
""", [
 ("indirect", "Negotiations to free three aid workers held in the Sahel have stalled over the kidnappers' demand for a prisoner exchange", "officials"),
 ("direct", "They keep moving the goalposts,", None),
 ("indirect", "the organization remained \"cautiously hopeful.\"", "Hanna Berglund"),
 ("direct", "cautiously hopeful.", "Hanna Berglund"),
 ("indirect", "the families had been briefed", "Hanna Berglund"),
]),
("11-tabloid-celebrity", """POP STAR'S SECRET WEDDING SHOCKER

Chart-topper Kayla Voss has secretly tied the knot with her bodyguard, the Daily Star can reveal.

"It was tiny, just us and the dog," Kayla told pals. "No cameras, no drama."

A source close to the singer said: "Her management had no idea. They found out from Instagram like everyone else."

Kayla's rep, Marcus Dunn, refused to confirm the news. "Kayla's private life is private," he snapped.
""", [
 ("direct", "It was tiny, just us and the dog,", "Kayla Voss"),
 ("direct", "No cameras, no drama.", "Kayla Voss"),
 ("direct", "Her management had no idea. They found out from Instagram like everyone else.", None),
 ("direct", "Kayla's private life is private,", "Marcus Dunn"),
]),
("12-tabloid-football", """BOSS BLASTS REF AFTER 'DISGRACEFUL' PENALTY

Furious United manager Steve Harker blasted referee Alan Pike last night, calling a late penalty "the worst decision I've seen in thirty years."

Harker fumed: "He bottled it. Plain and simple. We were robbed in front of sixty thousand people."

Pike's bosses at the referees' body backed him. A spokesman said the official had "a clear view of the incident."

Skipper Danny Rhodes added: "We'll go again Saturday. The lads are gutted but we'll be ready."
""", [
 ("direct", "the worst decision I've seen in thirty years.", "Steve Harker"),
 ("direct", "He bottled it. Plain and simple. We were robbed in front of sixty thousand people.", "Steve Harker"),
 ("indirect", "the official had \"a clear view of the incident.\"", None),
 ("direct", "a clear view of the incident.", None),
 ("direct", "We'll go again Saturday. The lads are gutted but we'll be ready.", "Danny Rhodes"),
]),
("13-tabloid-politics", """MINISTER'S £40K JUNKET

Transport Minister Gillian Ashcroft flew business class to a conference in Singapore at taxpayers' expense, documents show.

Campaigners were furious. "This is an insult to every commuter stuck on a cancelled train," said Rob Tanner of the Taxpayers' Alliance.

A Department for Transport spokesman insisted the trip was "value for money" and said the minister had met investors.

Labour MP Sunita Rao said she would table questions in the Commons.
""", [
 ("direct", "This is an insult to every commuter stuck on a cancelled train,", "Rob Tanner"),
 ("indirect", "the trip was \"value for money\"", None),
 ("indirect", "the minister had met investors", None),
 ("indirect", "she would table questions in the Commons", "Sunita Rao"),
]),
("14-tabloid-crime", """HERO GRAN FOILS RAID

A 78-year-old grandmother fought off a knife-wielding robber with her walking stick, police said yesterday.

Edna Pollard was behind the counter of her corner shop when the masked man burst in. "I just saw red," Edna said. "Nobody takes my till."

Detective Sergeant Mark Chalmers praised her courage but said people should not tackle armed robbers. "Property can be replaced. People can't," he warned.
""", [
 ("indirect", "A 78-year-old grandmother fought off a knife-wielding robber with her walking stick", "police"),
 ("direct", "I just saw red,", "Edna Pollard"),
 ("direct", "Nobody takes my till.", "Edna Pollard"),
 ("indirect", "people should not tackle armed robbers", "Mark Chalmers"),
 ("direct", "Property can be replaced. People can't,", "Mark Chalmers"),
]),
("15-wire-curly", """Central bank holds rates, signals patience

FRANKFURT (Reuters) – The European Central Bank left interest rates unchanged on Thursday and said it would keep them there until inflation is firmly back at target.

“We are not in a hurry,” ECB President Karin Almqvist told a news conference. “The last mile of disinflation is the hardest.”

Markets had priced in a cut by June. Economists at Deutsche Handelsbank said the message pushed that back to September at the earliest.

“She could not have been clearer,” said Pietro Salvi, chief economist at Banca Lombarda.
""", [
 ("indirect", "it would keep them there until inflation is firmly back at target", "The European Central Bank"),
 ("direct", "We are not in a hurry,", "Karin Almqvist"),
 ("direct", "The last mile of disinflation is the hardest.", "Karin Almqvist"),
 ("indirect", "the message pushed that back to September at the earliest", "Economists at Deutsche Handelsbank"),
 ("direct", "She could not have been clearer,", "Pietro Salvi"),
]),
("16-wire-colon", """Union calls off strike at ports

LONG BEACH, Calif. (AP) — Dockworkers called off a planned strike at West Coast ports late Monday after a tentative deal on automation.

Union president Frank Delgado put it bluntly: “Nobody is going to replace our members with robots without a fight, and this contract says so.”

The shippers’ association said in a statement that the agreement “protects jobs and keeps cargo moving.”

The deal still needs a ratification vote. Delgado said he expected it to pass “by a wide margin.”
""", [
 ("direct", "Nobody is going to replace our members with robots without a fight, and this contract says so.", "Frank Delgado"),
 ("indirect", "the agreement “protects jobs and keeps cargo moving.”", "The shippers’ association"),
 ("direct", "protects jobs and keeps cargo moving.", "The shippers’ association"),
 ("indirect", "he expected it to pass “by a wide margin.”", "Frank Delgado"),
 ("direct", "by a wide margin.", "Frank Delgado"),
]),
]
