"""Articles 17-34 of the evaluation set: op-ed, transcript-heavy, Russian and Korean, and
news copy with descriptions and pronouns to resolve. Invented for this project."""

ARTICLES = [
("17-oped-housing", """Opinion | We Can Build Our Way Out of the Housing Crisis

By Miriam Okonkwo

Every mayor in America says housing is too expensive. Few are willing to do the one thing that would help: let people build.

Zoning rules written in the 1950s still forbid anything but detached houses on most residential land. The economist Harold Feig has called these rules "a wall around the middle class," and he is right.

Critics warn that denser neighborhoods will strain schools and roads. That is a reason to invest in schools and roads, not to ban apartments.

As one council member in Minneapolis told me, "We stopped asking whether to grow and started asking how."
""", [
 ("indirect", "housing is too expensive", "Every mayor in America"),
 ("direct", "a wall around the middle class,", "Harold Feig"),
 ("indirect", "denser neighborhoods will strain schools and roads", "Critics"),
 ("direct", "We stopped asking whether to grow and started asking how.", None),
]),
("18-oped-scare", """The 'Peace Dividend' That Never Came

By Walter Brandt

When the Cold War ended, politicians promised a "peace dividend." Three decades later, defense spending is higher than ever, adjusted for inflation.

Part of the problem is that Congress treats the Pentagon budget as a jobs program. Senator Tom Reyes admitted as much last year: "If a base closes in my state, I lose my seat. It's that simple."

The so-called "readiness gap" is real, but it will not be closed by buying ships the Navy did not ask for.
""", [
 ("scare", "peace dividend.", None),
 ("direct", "If a base closes in my state, I lose my seat. It's that simple.", "Tom Reyes"),
 ("scare", "readiness gap", None),
]),
("19-oped-editorial", """Editorial: The Council Should Reject the Stadium Deal

The team's owners say a new stadium will bring 5,000 jobs and a revitalized waterfront. We have heard this before.

Study after study has found that publicly financed stadiums return less than they cost. The city's own budget office estimated that the subsidy would cost taxpayers $600 million over 30 years.

Councilwoman Aisha Grant put it well at last week's hearing: "If this deal is so good, why do the owners need our money?"

The council should say no.
""", [
 ("indirect", "a new stadium will bring 5,000 jobs and a revitalized waterfront", "The team's owners"),
 ("indirect", "publicly financed stadiums return less than they cost", "Study after study"),
 ("direct", "If this deal is so good, why do the owners need our money?", "Aisha Grant"),
]),
("20-transcript-interview", """Transcript: Governor Lyle Hammond on the budget standoff

The following interview has been edited for length.

Q: Will you sign the budget if it includes the tax increase?

HAMMOND: No. I have been clear about that from day one. We balance this budget by cutting waste, not by raising taxes on families.

Q: Your own party's leaders say the cuts will close rural hospitals.

HAMMOND: They are wrong. Not a single hospital will close because of this budget.
""", [
 ("direct", "Will you sign the budget if it includes the tax increase?", None),
 ("direct", "No. I have been clear about that from day one. We balance this budget by cutting waste, not by raising taxes on families.", "Lyle Hammond"),
 ("direct", "Your own party's leaders say the cuts will close rural hospitals.", None),
 ("direct", "They are wrong. Not a single hospital will close because of this budget.", "Lyle Hammond"),
]),
("21-transcript-hearing", """Senators grill airline chief over holiday meltdown

The chief executive of Meridian Airlines, Carl Ostrowski, apologized to senators on Tuesday for the cancellation of 16,000 flights over the holidays.

"We failed our customers, and I take full responsibility," Ostrowski said in his opening statement.

Sen. Patricia Nwosu was unmoved. "You took $5 billion in pandemic aid," she said. "What did you do with it?"

"We invested in our fleet," Ostrowski replied.

"You invested in stock buybacks," Nwosu shot back.
""", [
 ("direct", "We failed our customers, and I take full responsibility,", "Carl Ostrowski"),
 ("direct", "You took $5 billion in pandemic aid,", "Patricia Nwosu"),
 ("direct", "What did you do with it?", "Patricia Nwosu"),
 ("direct", "We invested in our fleet,", "Carl Ostrowski"),
 ("direct", "You invested in stock buybacks,", "Patricia Nwosu"),
]),
("22-transcript-debate", """Debate night: sharp exchanges on crime and taxes

The two candidates for governor clashed repeatedly on Thursday in their only televised debate.

Republican Mark Stoltz accused his opponent of "coddling criminals." "Under her watch, car thefts doubled," Stoltz said.

Democrat Linda Farrow responded that crime had fallen in her last two years as attorney general. "He is quoting numbers from 2021 because the new ones don't help him," she said.

Asked whether he would raise taxes, Stoltz said no.
""", [
 ("direct", "coddling criminals.", "Mark Stoltz"),
 ("direct", "Under her watch, car thefts doubled,", "Mark Stoltz"),
 ("indirect", "crime had fallen in her last two years as attorney general", "Linda Farrow"),
 ("direct", "He is quoting numbers from 2021 because the new ones don't help him,", "Linda Farrow"),
 ("indirect", "whether he would raise taxes", None),
]),
("23-ru-wire", """Песков: Кремль не получал предложений о переговорах

МОСКВА, 12 марта. Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль не получал официальных предложений о переговорах.

«Никаких предложений по официальным каналам не поступало», — сказал Песков журналистам.

Он добавил, что Москва «открыта для диалога», но не на условиях Запада.
""", [
 ("indirect", "Кремль не получал предложений о переговорах", "Дмитрий Песков"),
 ("indirect", "Кремль не получал официальных предложений о переговорах", "Дмитрий Песков"),
 ("direct", "Никаких предложений по официальным каналам не поступало", "Дмитрий Песков"),
 ("indirect", "Москва «открыта для диалога», но не на условиях Запада", "Дмитрий Песков"),
 ("direct", "открыта для диалога", "Дмитрий Песков"),
]),
("24-ru-interview", """Министр: цены на бензин стабилизируются к лету

Министр энергетики Олег Гринев пообещал, что рост цен на топливо остановится к лету.

«Мы видим, что ситуация выравнивается. Резких скачков больше не будет», — отметил министр в интервью «Российской газете».

По словам экономиста Анны Климовой, прогноз слишком оптимистичен. «Пока налоговая нагрузка растёт, цены будут расти», — считает она.
""", [
 ("indirect", "цены на бензин стабилизируются к лету", "Олег Гринев"),
 ("indirect", "рост цен на топливо остановится к лету", "Олег Гринев"),
 ("direct", "Мы видим, что ситуация выравнивается. Резких скачков больше не будет", "Олег Гринев"),
 ("title", "Российской газете", None),
 ("indirect", "прогноз слишком оптимистичен", "Анна Климова"),
 ("direct", "Пока налоговая нагрузка растёт, цены будут расти", "Анна Климова"),
]),
("25-ru-nested", """Депутат Сергей Лавренов назвал законопроект «опасным»

Депутат Госдумы Сергей Лавренов раскритиковал законопроект о платформах.

«Этот документ, который авторы называют „защитой пользователей“, на деле даёт чиновникам право блокировать что угодно», — заявил Лавренов.

В Минцифры ответили, что законопроект прошёл общественное обсуждение.
""", [
 ("direct", "опасным", "Сергей Лавренов"),
 ("direct", "Этот документ, который авторы называют „защитой пользователей“, на деле даёт чиновникам право блокировать что угодно", "Сергей Лавренов"),
 ("indirect", "законопроект прошёл общественное обсуждение", "Минцифры"),
 # session 25, the broad reading (tests/data/actors/score.py): a stated stance on a noun is speech; its span is the
 # stance as reported, the verb with its object or complement
 ("indirect", "раскритиковал законопроект о платформах", "Сергей Лавренов"),
]),
("26-ru-split", """Губернатор: мост откроют в срок

Губернатор области Виктор Захарченко осмотрел строительство моста через Волгу.

«Работы идут по графику, — сказал губернатор. — Движение откроем в декабре, как и обещали».

Жители соседнего посёлка, впрочем, настроены скептически. «Мы это слышим уже третий год», — говорит пенсионерка Галина Сорокина.
""", [
 ("indirect", "мост откроют в срок", "Виктор Захарченко"),
 ("direct", "Работы идут по графику,", "Виктор Захарченко"),
 ("direct", "Движение откроем в декабре, как и обещали", "Виктор Захарченко"),
 ("direct", "Мы это слышим уже третий год", "Галина Сорокина"),
 ("indirect", "настроены скептически", "Жители соседнего посёлка"),  # (a group's stated stance, session 25)
]),
("27-ko-wire", """정부 "반도체 지원 확대"…업계 "환영"

산업통상자원부는 12일 반도체 산업에 대한 세제 지원을 확대하겠다고 밝혔다.

김민수 장관은 이날 기자간담회에서 “글로벌 경쟁에서 뒤처지지 않도록 모든 수단을 동원하겠다”고 말했다.

업계는 즉각 환영의 뜻을 밝혔다. 한국반도체협회 박지훈 회장은 “투자 불확실성이 크게 줄어들 것”이라고 말했다.
""", [
 ("direct", "반도체 지원 확대", "정부"),
 ("indirect", "반도체 산업에 대한 세제 지원을 확대하겠다", "산업통상자원부"),
 ("direct", "환영", "업계"),
 ("indirect", "즉각 환영의 뜻을 밝혔다", "업계"),  # (a stance with no words quoted, the broad reading, session 25)
 ("direct", "글로벌 경쟁에서 뒤처지지 않도록 모든 수단을 동원하겠다", "김민수"),
 ("direct", "투자 불확실성이 크게 줄어들 것", "박지훈"),
]),
("28-ko-corner", """여야, 예산안 처리 두고 공방

국회 예산결산특별위원회는 10일 전체회의를 열었지만 합의에 이르지 못했다.

여당 원내대표 이정훈 의원은 「야당이 발목을 잡고 있다」고 비판했다.

야당 최수진 대변인은 논평에서 「정부가 부자 감세를 고집하고 있다」며 「서민 예산부터 챙겨야 한다」고 반박했다.
""", [
 ("direct", "야당이 발목을 잡고 있다", "이정훈"),
 ("direct", "정부가 부자 감세를 고집하고 있다", "최수진"),
 ("direct", "서민 예산부터 챙겨야 한다", "최수진"),
]),
("29-ko-interview", """[인터뷰] 소설가 한여름 “문학은 느린 저항”

신작 장편 『바다의 문법』을 낸 소설가 한여름은 “빠른 세상에서 문학은 느린 저항”이라고 말했다.

그는 “독자가 책장을 넘기는 속도만큼만 세상이 움직였으면 좋겠다”며 웃었다.

출판사 측은 초판 3만 부가 일주일 만에 모두 팔렸다고 전했다.
""", [
 ("direct", "문학은 느린 저항", "한여름"),
 ("title", "바다의 문법", None),
 ("direct", "빠른 세상에서 문학은 느린 저항", "한여름"),
 ("direct", "독자가 책장을 넘기는 속도만큼만 세상이 움직였으면 좋겠다", "한여름"),
 ("indirect", "초판 3만 부가 일주일 만에 모두 팔렸다", "출판사 측"),
]),
("30-news-pronouns", """Labor secretary pushes for overtime rule

Labor Secretary Angela Whitfield made her case for a new overtime rule in Detroit on Monday.

"A manager who earns $40,000 a year and works 60 hours a week is not an executive," the secretary told a union audience. "She is being cheated."

Business groups oppose the rule. The U.S. Chamber of Commerce said it would cost employers $2 billion a year.

Ms. Whitfield was undeterred. "We have heard that argument every time the minimum wage went up," she said.
""", [
 ("direct", "A manager who earns $40,000 a year and works 60 hours a week is not an executive,", "Angela Whitfield"),
 ("direct", "She is being cheated.", "Angela Whitfield"),
 ("indirect", "it would cost employers $2 billion a year", "The U.S. Chamber of Commerce"),
 ("direct", "We have heard that argument every time the minimum wage went up,", "Angela Whitfield"),
]),
("31-news-floating", """Small towns brace for hospital closure

ELKTON, Ky. — When Trigg County Hospital closes its doors next month, the nearest emergency room will be 45 minutes away.

"People are going to die in the back of pickup trucks," said Dr. Samuel Ortiz, who has worked in the emergency room for 19 years.

"I don't say that to be dramatic. I say it because I have seen it happen."

The hospital's owner, Bluegrass Health, said in a statement that the closure followed years of losses.
""", [
 ("direct", "People are going to die in the back of pickup trucks,", "Samuel Ortiz"),
 ("direct", "I don't say that to be dramatic. I say it because I have seen it happen.", "Samuel Ortiz"),
 ("indirect", "the closure followed years of losses", "Bluegrass Health"),
]),
("32-news-inverted", """School board bans phones in class

The Fairview school board voted 5-2 on Tuesday to ban cellphones during class time starting in the fall.

"Kids can't learn when they're checking Snapchat every thirty seconds," said board president Leah Donnelly.

Not everyone agreed. "Parents want to be able to reach their children in an emergency," said trustee Omar Haddad, who voted against the measure.

Teachers largely welcomed the ban, said Beth Carver, president of the local teachers union.
""", [
 ("direct", "Kids can't learn when they're checking Snapchat every thirty seconds,", "Leah Donnelly"),
 ("direct", "Parents want to be able to reach their children in an emergency,", "Omar Haddad"),
 ("indirect", "Teachers largely welcomed the ban", "Beth Carver"),
]),
("33-news-warned", """Health officials warn of early flu season

State health officials warned Friday that flu cases were rising weeks earlier than usual and urged residents to get vaccinated.

Dr. Priya Raman, the state epidemiologist, said hospital admissions had tripled since September. "We are seeing children hospitalized at rates we usually don't see until January," she said.

Pharmacies reported long lines for shots. CVS said it had shipped extra doses to the region.
""", [
 ("indirect", "flu cases were rising weeks earlier than usual", "State health officials"),
 ("indirect", "hospital admissions had tripled since September", "Priya Raman"),
 ("direct", "We are seeing children hospitalized at rates we usually don't see until January,", "Priya Raman"),
 ("indirect", "it had shipped extra doses to the region", "CVS"),
]),
("34-news-roundup", """Morning Briefing

Council passes budget, 7-6 — The city council narrowly approved the $4.1 billion budget late Tuesday. "It's not the budget I wanted, but it's a budget we can live with," Council President Rosa Ibarra said after the vote.

Transit fares to rise — Fares will rise by 25 cents in July, the transit authority announced.

Quote of the day: "I have never seen a pothole fix itself." — Mayor Tom Brennan, at a town hall in Ward 9.
""", [
 ("direct", "It's not the budget I wanted, but it's a budget we can live with,", "Rosa Ibarra"),
 ("indirect", "Fares will rise by 25 cents in July", "the transit authority"),
 ("direct", "I have never seen a pothole fix itself.", "Tom Brennan"),
]),
]
