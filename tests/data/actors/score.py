"""Score the analyser's actors (and Russian quote detection) on the hand-checked actor set here.

    .venv/bin/python tests/data/actors/score.py [--show] [--part tuned|held|held2|...|held12|all] [--without-places]

75 short articles written for this set (29 English, 24 Russian, 22 Korean; wire, broadsheet,
tabloid, local, op-ed, transcript, interview, official-statement and regional styles). Held
aside (17): articles numbered 4, 8 and 12 in each language (en04, en08, en12, ru04, ru12,
ko04, ko12) and en15-en16, ru07-ru10, ko06-ko09 (all written with their answers before the
analyser was run on them). Rules are tuned on the others only and --show prints nothing for
held articles.

Tuned batch en40-en45 (fifth session): six English wire, business, foreign-affairs and local
articles, answers written before the analyser ran on them, for affiliations the text gives away
from the name (a state named once, "General Motors' chief executive", "the department's
spokesman", "Its president", US officials with another country named near them).

Held batch "held2" (18 more: 6 English, 6 Russian, 6 Korean, named xxNN-held2-*): written in the
fifth session by a helper who tunes no rule, in styles the set had little of (a TASS-style wire,
a Kommersant-style business piece, a ministry statement, a court report, an interview in Q/A form;
a Yonhap-style wire, a spokesperson's briefing, a central-bank story, an ambassador interview;
English shipping wire, state politics, county government, a merger, a summit, a TV transcript),
each answer written before the analyser ever ran on its text. It is for measurement only:
--part held2 prints its aggregate figures, --show prints nothing for it, "tuned" and "held" leave
it out and "all" takes it in. No test asserts figures on it.

Tuned batch "s6" (21: en46-en49, en60-en62, ru40-ru43, ru60-ru62, ko40-ko43, ko60-ko62, named
xxNN-s6-*; the second part, en60 on, a bird-flu wire, a football fine, a court ruling, a central-bank
interview, a court fine, a regional flood, a Korean court, an earnings story and a foreign-minister
meeting): written in the sixth
session by the actors engineer for general coverage (a Reuters asylum story with "Chief executive of
the Refugee Council Enver Solomon", a Phoenix council story, a chipmaker wire, a governor's debate
with "the Democratic/Republican nominee"; a TASS wire, a Kommersant airline story, a St Petersburg
regional piece, a Duma hearing; a Yonhap defence wire, a rate decision, party leaders, a regional
fire), answers written before the analyser ran on them. They are tuned data: rules are fitted on them.

Tuned batch "s7" (12: ru44-ru49, ko44-ko49, named xxNN-s7-*): written in the seventh session by the
Russian/Korean actors engineer in the styles the held figures were weak on (an RBC-style interview
whose questions carry no dash, a Kremlin pool report, a regional governor story, a ministry briefing
with collective and unnamed sources; a Yonhap foreign-affairs wire with foreign names, a ministry
spokesperson's briefing, a corporate story, a National Assembly story; then, after the first round
of rules, an Interfax-style court report, a Vedomosti-style business piece, a regional strike and a
Korean Q&A interview, scored fresh before their own round), answers committed before the analyser
ran on them, then tuned on.

The s7 batch also holds 15 English articles (en70-en84, named enNN-s7-*: an FTC suit wire, a UK rail-regulator
story, a trucking merger, a state-house insulin bill, a foreign-desk drone incursion, a city flood story and an
EU drug-approval wire; then, written after the first round of rules, a shipping wire, a ceasefire summit, a
Sunday-show transcript, a county budget and a UK competition ruling; then, after the third round, a port strike
wire, a school-board story and an airline order): written in the seventh session by the
affiliation engineer, rich in affiliations given by back-reference ("Its chairman", "the union's president",
"a spokesman for the commission"), bodies whose country is never written beside them (the White House, the
Pentagon, the FTC), lower-case bodies ("the city's public works department") and people named once in full
without a title; answers written and committed before the analyser ran on them. They are tuned data.

Tuned batch "s7b" (4 English: en90-en93, named en9N-s7b-*): written in the seventh session by the actors
engineer for English precision and known misses (advisers and companies named with no cue word: Goldman Sachs,
Lazard, "Northern"; "van den" names; "Prime Minister X's trade minister"; a Belgian dateline where Belgium acts
beside "Brussels" as the EU; "Rep. Jim Jordan" beside the country Jordan; bodies such as the Suez Canal
Authority; events, products, laws, headings and a game that are no actors); answers committed before the
analyser ran on them, scored once fresh (recall 0.653, precision 0.780, title 0.750, affiliation 0.526, alias 0.737),
then tuned on (0.837 / 0.932 / 0.857 / 0.667 / 0.810).

Tuned batch "s8" (17 English: en94-en99, then en69 and en85-en89, then en63-en67, named enNN-s8-*): written in the
eighth session by the English actors engineer for fresh-text precision and affiliations (a Reuters measles wire
with a title-case headline and "told Reuters", a German coalition story with party acronyms and "who heads", a
Seattle council story with "X at Y" and pre-modified spokesmen, a chip IPO with products and events, a
Pentagon/Ukraine wire with the Kremlin and a parent company, a British op-ed with a bio and "the minister");
answers committed before the analyser ran on them, scored once fresh, then tuned on. Its second part (en69,
en85-en89: a search antitrust ruling, a FIFA/UEFA ruling, a Saudi-Iran foreign wire, a Nippon Steel deal, a
California insulin bill, a WFP Darfur report) was written after the first round of rules, committed before the
analyser ran on it, scored once fresh, then tuned on. One correction after the second part's fresh run, from re-
reading against the title convention above ("head; full title"), not from output: four long titles whose last word
is no role noun got their head first (en85 Walker, en87 Zhai, en94 Wells, en99 Marsh). Its third part (en63-en67:
an FAA grounding wire, a UK welfare rebellion, an OPEC+ wire, an Oakland police resignation, an EU fine on Meta)
was written near the session's end, committed before the analyser ran on it and scored once fresh, as the last
fresh-text figure.

The s8 batch also holds 6 Russian and Korean articles (ru80-ru82, ko80-ko82, named xxNN-s8-*): written in the eighth session by the
Russian/Korean engineer with every sentence annotated, in the styles named weak: a regional story with
"Подмосковье" for Московская область, names by case (Гержика, Кузнецову) and a long body in the genitive
("Управления Федеральной антимонопольной службы по ..."); an RBC interview with "РБК:" and "Александровский:"
labels; an RIA foreign wire ("Как отметил словацкий премьер", "В заявлении ... говорится", "Брюсселю" for the
EU); a Korean strike story with a parent union before its branch, a company story with "회사 측은" and a
Yonhap wire whose headline names the minister as "외교장관". Answers committed before the analyser ran on them.
After the first round of rules a second part (ru83-ru85, ko83-ko85), longer (300-400 words in Russian), scored
once fresh before its own round: an Interfax court report ("Как следует из материалов дела", "Дольщики
опасаются"), a Kuzbass heating story ("Градоначальник", a regional ministry in lower case), a TASS foreign
story ("как пишет газета Hürriyet", "По данным агентства Bloomberg"); a Gyeonggi story ("도 관계자"), a North
Korean statement relayed by KCNA and a battery business story ("업계에 따르면"). A third part (ru86-ru88, ko86-ko88),
written after the second round and scored once fresh before its own: a football club story (a dialogue line, "приводит
слова ... сайт клуба"), an Interfax economy wire ("следует из данных Росстата"), a first-person column on schools; a
baseball final, a science-ministry announcement and a mayor's Q&A interview. A fourth part (ru89-ru91, ko89-ko91),
after the third round, scored once fresh: a Kremlin meeting ("Соответствующее заявление ... сделал"), a flu story
("сообщили в Роспотребнадзоре", a Telegram post), a blogger's trial (a last word after a dash); a court ruling
("재판부는 ... 판시했다"), a presidential-office briefing with a Japanese minister, a police story ("경찰에 따르면"). A fifth
part (ru92-ru94, ko92-ko94), rich in bodies, after the fourth round, scored once fresh: a retail deal, a city
parliament's budget, a Moldovan election; a shipbuilding deal, a National Assembly committee, a factory fire.

Tuned batch "s9" (English: en36-en39, en56-en57, named enNN-s9-*): written in the ninth session by the English
actors engineer for the forms named weak on fresh text (people named only as "President Trump" / "Mr. Trump" /
"Vice President Vance", appositive titles "Peter Welch, a Democratic senator from Vermont" with "the Vermont senator"
later, "X, a spokesman for Y", "Y's X", "X of Y", "X at Y", "X, who heads Y", pre-modifiers, a UK story with "the
chancellor" and "Downing Street", a Sudan wire with capitals and demonyms, a bank merger, a county clinic story);
answers committed before the analyser ran on them, scored once fresh, then tuned on. Its second part "s9b" (en58,
en59, en68, en100: a Canadian tariff story with premiers and "Queen's Park", an EU antitrust wire on a chipmaker, an
mpox wire with the WHO and Africa CDC, a Japan-China coast-guard story with two foreign ministries) was written after
the first rounds of rules, committed before the analyser ran on it, scored once fresh, then tuned on.

The s9 batch also holds 6 Russian and Korean articles (ru37-ru39, ko37-ko39, named xxNN-s9-*), written in the ninth
session by the Russian/Korean engineer with every sentence annotated, in styles the held figures were weak on: a
TASS wire on expelled diplomats (a foreign woman's name in -а by case, "Каи Каллас"; a ministry named only as
"внешнеполитическое ведомство"; an embassy and a think tank with a long genitive name), a Sverdlovsk regional story
("Средний Урал", a regional ministry, a long fund name in the genitive, an unnamed pensioner), a rate-cut business
story (ЦБ / Банк России / Центробанк / "регулятор", analysts of companies); a Yonhap car recall ("회사 측은", a foreign
CEO, "관계자"), a health-ministry briefing ("방역 당국", "의료계는", an unnamed professor) and a trilateral foreign ministers'
meeting (Japanese and Chinese names and titles). Answers committed before the analyser ran on them.
After the first round of Russian/Korean rules a second part (ru76-ru78, ko76-ko78, named xxNN-s9-*), scored once
fresh before its own round: an Interfax court report (a deputy head of Росимущество in the accusative, "Адвокат
Вавилова", an unnamed state prosecutor, "глава ведомства"), a TASS foreign wire (Baku and Yerevan as metonyms,
spokespeople of two foreign ministries, the State Department as "ведомство", a news agency as the source), an
AvtoVAZ business story (a ministry's head, a governor, a union, analysts of an agency and an association); a Korean
court verdict (재판부, a withheld name, a prosecutors' office), a railway strike (a union and a corporation with their
short forms in brackets, "코레일 측은") and a tariff-talks wire (presidential office, a trade envoy, the US commerce
secretary, the White House, a business lobby). Answers committed before the analyser ran on them.
A third part (ru59, ru69, ru79, ko57-ko59, named xxNN-s9-*), written after the second round and scored once fresh
before its own: a Yekaterinburg city-hall story (the city duma, a faction leader, a vice-mayor, a mayoralty
department in lower case, a regional branch of a movement), an Izvestia Q&A interview with dash answers and an
address by name and patronymic, a football club's coach sacked (a club's press service, a coach in the
instrumental, a foreign outlet that only receives a comment); a Busan budget story (시장, 시의회, 구청장 with no name
first), a shipping order (공시, "업계에 따르면", an analyst) and a National Assembly clash (원내대표, 국회의장, "우 의장", a party
official). Answers committed before the analyser ran on them.
A fourth part (ru100-ru102, ko69, ko79, named xxNN-s9-*; the Russian numbers below 100 were all taken), written
after the third round and scored once fresh before its own: a Kommersant-style oil story (a first deputy CEO,
analysts of companies named in Latin letters and guillemets, "Источник в ведомстве сообщил «Коммерсанту»", a
governor as "Глава региона"), an Orenburg flood (a regional EMERCOM office in the prepositional, a town head, a
minister, residents), an RIA foreign wire (Iran's minister as "глава иранского МИД", Brussels for the EU, the IAEA
as "агентство", "Москва, по словам ..."); a Gwangju/Jeonnam flood (도 재난안전대책본부, 지사, 시장, 광주시는 ... 며) and a China wire
(a Chinese spokesman beside Korea's ministry, "전문가들은"). Answers committed before the analyser ran on them.
A fifth part (ru103-ru105, ko100, ko101, named xxNN-s9-*), written after the fourth round and scored once fresh
before its own, rich in affiliations: a bank's results (a first deputy of "президента — председателя правления", a
board member who is a deputy minister, analysts "из «Альфа-Банка»"), a treason case (a court's spokeswoman told
"«Интерфаксу»", the FSB as "ведомство", an exiled outlet's editor, the presidential human-rights council), a Kazan
schools story (a republic's minister, a mayor as "градоначальник", a republic's parliament); a battery maker's
delay ("LG엔솔", "회사 측은 ... 설명했다", "증권가는 ... 봤다") and a National Assembly hearing (a committee's short form in
brackets, a CEO as "유 대표"). Answers committed before the analyser ran on them.
A sixth part (ru106-ru108, ko102, ko103, named xxNN-s9-*), written after the fifth round and scored once fresh
before its own: a TASS Beijing wire (the SCO by name and acronym, a Chinese spokeswoman as "дипломат", the White
House's press secretary, Moscow and Beijing as metonyms), a Novosibirsk fares story (a mayoralty department's head
as "чиновник", a city council's commission, a regional ministry in lower case, a passenger), an RBC interview with
labels ("Исаков:", the regulator, a ministry's head as "Глава ведомства"); a Japan wire (이시바 총리, a presidential
spokeswoman, 일본 외무성 관계자, an acting party leader) and a food maker's US plant (a US governor, "식품업계에 따르면"). Answers
committed before the analyser ran on them.
A seventh part (ru109, ru110, ko104, ko105, named xxNN-s9-*), written after the sixth round and scored once fresh
before its own: an RIA Kyiv wire ("украинский лидер", "Глава его офиса", Kyiv, Washington and the Kremlin as
metonyms, NATO's head, a political scientist speaking to «Известиям»), a marketplaces story (companies in Latin
letters, an association and a business union in guillemets, the antimonopoly service as "Ведомство"); a Trump/North
Korea wire (트럼프 대통령, KCNA, 통일부 대변인, 국가안보실장) and a Suwon water-rates story (시장, 시의회, a ministry official). Answers
committed before the analyser ran on them.
An eighth part (ru111, ru112, ko106, ko107, named xxNN-s9-*), written after the seventh round and scored once fresh
before its own: a health-ministry rule ("сообщили в пресс-службе ведомства", a union named in guillemets after
"Союза", a deputy with two titles), a Berlin wire (the chancellor, the defence minister, a party in guillemets, the
Russian ambassador, "В МИД России пообещали"); a Supreme Court ruling (a justice in brackets, 재판부, a prosecutors'
stance) and a minimum-wage decision (a commission and its chair, 민주노총 by its short form only, 경총 in brackets).
Answers committed before the analyser ran on them.

Tuned batch "s10" (English: en114-en119, named en1NN-s10-*): written in the tenth session by the English actors
engineer for affiliations and aliases on fresh text (a Senate letter to ICE with "(D-Calif.)", a DHS official, "the
Senate" and "Congress" acting; a UK by-election with "the prime minister" before the name, "the Conservative MP X",
party leaders; an airline merger with "X at Y", "X of Y", "who heads"; a Nile-dam wire with demonyms, capitals and
"His successor"; a county school-board story with local officials; an FDA vaccine story with agency officials and
"who chairs"); answers committed before the analyser ran on them, scored once fresh (.854/.871/.750/.548/.720), then tuned
on. One correction after that run, from re-reading against the tuned answers' convention (en02 writes "Senator" for
"Sen. Roger Wicker"), not from output: the four titles written "Sen." are "Senator" (en114, en119). Its second part
"s10b" (en120-en125: a Canadian budget vote with party leaders and "Ottawa", an FTC merger suit with "the software
giant" and a union's president, an EU summit with capitals, "the bloc" and "who chairs the European Council", a
Minneapolis police story with a chief, a mayor, a council member, a county attorney and a police union, an English
doctors' strike with the BMA, NHS England and "the health secretary" before the name, a Supreme Court tariff hearing with
justices, the solicitor general and "the administration") was written after the first rounds of rules, committed before
the analyser ran on it, scored once fresh (.902/.939/.896/.734/.864), then tuned on.

Tuned batch "s10" (ru113-ru124, ko108-ko119, named xxNN-s10-*): written in the tenth session by the Russian/Korean
engineer with every sentence annotated, in four parts of three Russian and three Korean articles, each part's answers
committed before the analyser ran on it and scored once fresh before the rules it led to: (1) a Perm city-duma story
(гордума, Прикамье, "Её руководитель"), a TASS Belgrade wire (an ambassador as "дипломат", "В посольстве России
отметили", a party named only in a title), a Vedomosti ports story (Росморречфлот, ИАА «ПортНьюс», a parenthesis before
the verb); an SK hynix investment, a housing story with two mayors, an election-body row (선관위, 행안위); (2) an Interfax
arrest (a Moscow department in lower case, "Мэр Москвы"), an RIA Astana wire (ЕАЭС, Нацбанк, "Глава Нацбанка"), a
Kommersant tourism story ("В «Аэрофлоте» сообщили", "компании", "перевозчика"); a court verdict (a bench in brackets,
검찰, "가스공사 측"), a Japan/Dokdo row, a Gyeongnam story (경남도 / 경상남도); (3) a Fontanka Petersburg story, a TASS
Ankara wire, an RBC rate story (ЦБ beside «Цифра брокер»); an export story (산업부, 무역협회), a Seoul education office
(서울교육청, 교육감, a union branch), a KCNA statement (노동당 중앙위원회); (4) a Novosibirsk hospital, a Gazprom story, a
TASS Washington wire (Госдеп); a financial regulator (금융위원장), a health agency, a union strike ("현대차 노조
지부장"). Three corrections after a part's fresh run, from the set's conventions and said in their commits: ru116's
"Об этом ... сообщили" pair and its press service, ko113's "...겠다는 입장이다". They are tuned data.

Tuned batch "s11" (ru125-ru130, ko120-ko123, named xxNNN-s11-*): written in the eleventh session by the Russian/Korean
engineer with every sentence annotated, answers committed before the analyser ran on them, scored once fresh, then tuned
on: a TASS Kremlin wire ("Как отметил Песков", "со ссылкой на источники", "заявил о готовности", "По данным ...
ведомства", a senator's Telegram post), an RBC governor's interview with dash answers, an Irkutsk flood ("сообщили в
пресс-службе правительства региона", "Глава региона", "представитель ведомства"), an op-ed on pensions ("по мнению
экономистов", "Как считает", "настаивает на том, что", "Согласно данным"), an RIA Lavrov wire ("высказался за", Bild
"со ссылкой на источник"), a Kommersant airline story ("сообщил «Коммерсанту» источник в отрасли", "В «Победе» ...
подтвердили"); a Dokdo wire ("외교부에 따르면", "일본 외무성 관계자는"), a growth-forecast briefing ("기재부 관계자"), a Hyundai
plant story ("회사 측은", "업계에 따르면", a US governor) and a Busan fares story ("시 관계자", a city councillor, a union).
Its own part kept aside, "aside" (ru131, ru132, ko124, named xxNNN-s11-aside-*: a Basmanny court arrest, a TASS Beijing
wire, a Seoul court verdict), written with the batch and the same way: --part aside prints its aggregate figures, --show
prints nothing for it, no other part but "all" takes it in, and nobody tunes on it.

The s11 batch also holds 8 English articles (en126-en133, named en1NN-s11-*), written in the eleventh session by the
English actors engineer for affiliations as the text gives them (a Reuters grain wire with "X of Y", "Its head of ...",
"a spokesman for the Commission", "Egypt's supply minister, X"; a Capitol Hill stopgap story with "(R-La.)",
"(D-Conn.), the top Democrat on ...", "who chairs", "a spokeswoman for the Office of ...", "A department spokesman, X",
an employer named in the next sentence; a steel-mill story with "Its mayor", "international president of", "the
department's secretary", "X is a metals analyst at Y"; a Denver transit-board story with "who heads RTD as its general
manager", "a spokeswoman for the city"; a Thames Water fine with "Cllr X (Con, Ward), leader of ...", "Lib Dem MP X", a
parent company; a Kenya/Somalia AFP wire with "Its spokesman", "a spokeswoman for the Kenya Defence Forces", "known as
AUSSOM"), answers committed before the analyser ran on them, scored once fresh (en126-en131: .892 / .790 / .878 / .661 /
.719), then tuned on. Two of them (en132, en133, named en1NN-s11-aside-*: a Tokyo banks story and a Texas court story)
are in the "aside" part (fresh .926 / .926 / .909 / .769 / .875), never tuned on nor listed by --show.

The s12 batch holds 8 English articles (en134-en141, named en1NN-s12-*), written in the twelfth session by the English
actors engineer for affiliations in the forms held figures are weakest on (a Reuters Aegean wire with "Turkish Foreign
Minister X", "Turkey's defence ministry" and "a spokesman for the ministry", "who heads the Turkey programme at Y", "the
European Union's foreign policy chief, X", "a Cypriot government spokesman"; a Capitol Hill tariff story with "(D-Wis.)",
"chairman of the House Ways and Means Committee", "The committee's ranking member", "Americans for Free Trade" and "Its
spokeswoman"; a snack-maker merger with "Harbor's chief executive, X", "Crisp Chief Executive X", "an analyst at Y", an
employer named in the next sentence; a Texas app-store ruling with "the group's chief of staff", "A Google spokesman, X",
"X, internet policy counsel at Y"; a Columbus zoning vote with councilmembers, "the city's assistant director of ...",
"Its chair"; a Serbian derby fine with "Serbia's football federation", "The federation's disciplinary commission",
"Partizan's president, X", "a television analyst for Y"), answers committed before the analyser ran on them, scored
once fresh, then tuned on. Two of them (en140, en141, named en1NN-s12-aside-*: a WHO cholera wire and an Ofgem price-cap
story) are in the "aside" part, never tuned on nor listed by --show.

The s12 batch also holds 7 Russian and Korean tuned articles (ru133-ru137, ko125, ko126, named xxNNN-s12-*), written
in the twelfth session by the Russian/Korean engineer with every sentence annotated, answers committed before the
analyser ran on them, scored once fresh, then tuned on, in the styles
the set had least of: an Izvestia-style Q/A interview whose answers run on into paragraphs without a
dash, an op-ed with reported opinions and plural sources ("Они считают", "Эксперты ... полагают", "как признают в самом
ведомстве"), a ministry statement and an open letter ("В заявлении министерства отмечается", "В письме говорится",
"выразила обеспокоенность тем, что", "выразила надежду, что"), a regional row with collective sources ("В мэрии ...
уверены", "Эксперты полагают", "выразил готовность"), a grain-export story with a quote running over two paragraphs and
an acronym parent ("Центра ... РАНХиГС"); a Korean Q&A interview with an answer over two paragraphs and a doctors'
statement ("성명에서", "입장문에서", "전문가들은 ... 보고 있다"). Its own part kept aside, in "aside" (ru138, ko127, named
xxNNN-s12-aside-*: an OPEC+ wire with "Аналитики Goldman Sachs ... полагают" and a letter, a Korean tariff-talks wire).

The s13 batch holds 9 Russian and Korean articles (ru139-ru144, ko128-ko130, named xxNNN-s13-*), written in the
thirteenth session by the Russian/Korean engineer with every sentence annotated, answers committed before the analyser
ran on them, scored once fresh, then tuned on, in the kinds of quote sentence the held recall suggested are missed:
an RBC-style port interview whose answers run on over several sentences after a dash (and a question reporting
another's claim, "В РЖД говорят, что"), a Duma bill with an explanatory note sent by its authors ("внесла в Думу группа
депутатов во главе с X", "В пояснительной записке говорится"), "Правозащитники убеждены: ..." and media citations
("Как сообщает «Парламентская газета»"), a Vedomosti-style price story ("следует из приказа Минфина", "Как пишет
«Коммерсант» со ссылкой на", "X, по оценке Y, ..."), a column with opinions and rhetorical speech ("Чиновники
рассуждают просто: ...", "видят в этом", "требует от ... отчитываться", "Как однажды заметил один из моих коллег"), a
TASS Mali wire (a dash line, "выразил уверенность, что", "Как передает корреспондент РИА Новости", "X, по данным агентства
Reuters, ...", "отметил: ..."); a Korean chip-export story ("…다는 설명이다", "…다는 게 업계의 분석이다", a market forecast with
no source marked none as in ko17) and a district rent-aid story ("…라는 설명이다" after an official). Its own part kept
aside, in "aside" (ru144, ko130, named xxNNN-s13-aside-*: a Fontanka-style hot-water outage, a Korean wire on Japanese
seafood with "…다는 입장이다"). Fresh: ru actors .800 / .848 / 1.0 / .722 / .500, sentences F1 .897 (recall .814) source
.914; ko .875 / .778 / 1.0 / .600 / 1.0, F1 .842 (recall .727); aside ru .875 / .875 / .333 / .500 / 1.0, F1 .769 (recall
.625) source 1.0, ko .800 / .667 / 0 / 1.0 / .750, F1 1.0. After the session's rules: ru .800 / .903 / 1.0 / .722 / .500,
F1 .988 source 1.0; ko F1 1.0; aside ru F1 .857 (recall .750), the rest unchanged. Convention noted after the fresh run,
answers left as committed: ru140 gives the Duma committee's chair and member the committee as affiliation, where the
older answers (ru02, ru37, ru43, ru87, ru111) give a Duma committee's members "Госдума".

The s13 batch holds 8 English articles (en142-en149, named en1NN-s13-*), written in the thirteenth session by the
English actors engineer in the kinds the set had least of (a Commons planning-bill rebellion with "X, a Conservative",
"the Labour MP for ...", "Liberal Democrat housing spokesman X" and "Downing Street"; an Ontario fraud sentencing with
"Justice X of the ... Court", "X of Y LLP", a securities commission and a farmers' body; an Australian airline's results
with its chairman, a successor "who runs the airline's loyalty business", "who works as an aviation analyst for Y", the
ACCC as "the watchdog" and a union's national secretary; a Birmingham council no-confidence vote with "Cllr X (Lab,
Ward)", a party group leader and a department of state; a Manila/Beijing foreign wire with "President X's national
security adviser, Y", two foreign ministries, the US ambassador and capitals as metonyms; an IAEA board vote with
"the U.N. nuclear watchdog", ambassadors to the agency and many countries), answers committed before the analyser
ran on them, scored once fresh, then tuned on. Two of them (en148, en149, named en1NN-s13-aside-*: a Minnesota mine
with the United Steelworkers as "USW" and a parent company, a New Zealand nurses' strike with Health New Zealand's
Maori name) are in the "aside" part, never tuned on nor listed by --show.

The s14 batch holds 6 English articles (en150-en155, named en1NN-s14-*), written in the fourteenth session by the
English actors engineer in the kinds the set had least of, local government first (a Washoe County commission vote
on opioid money with "Commission Chair X", "County Manager X", "the county's behavioral health director, X", a
sheriff and "a spokeswoman for the sheriff's office", a mayor and a city councilmember of another city, a nonprofit
and an employees' association; a Sacramento school district's layoffs with a superintendent, "the district's Board
of Education", its president and a trustee, a teachers' union, a state agency named with its acronym, a county
superintendent of schools and a state department's spokeswoman; a Tulsa police chief's retirement with a deputy
chief, an elected city auditor, a councilor, a police lodge, a state bureau and "Its director" of a city office; a
dairy takeover with "Pinecrest Foods Inc" / "Marlow Dairy Co" suffixes, officers named with the company, "Its
chairman", a union and its local, analysts "at Y" and "Y analyst X", advisers named with no cue word and a city's
mayor), answers committed before the analyser ran on them, scored once fresh, then tuned on. Two of them (en154,
en155, named en1NN-s14-aside-*: an Ohio measles order with a state health director, a city and a county health
commissioner, a school superintendent and a state representative; a Sheffield bin strike with Unite, council
cabinet posts, a party group leader, a contractor, a regional mayor and the Local Government Association) are in
the "aside" part, never tuned on nor listed by --show. Fresh (the session's start code): tuned .942 / .915 / .923 / .706
/ .885, aside .857 / .923 / .938 / .524 / 1.000; after the session's rules tuned .971 / .971 / .975 / .981 / .857,
aside .893 / .926 / 1.000 / .545 / .800 (en153's two companies renamed after its fresh run, see below).

Tuned batch "s15" (6 English: en156-en161, named en1NN-s15-*): written in the fifteenth session by the English actors
engineer in the kinds the held batches' descriptions name (a Reuters Fed decision with the FOMC, "Kansas City Fed
President X", "a Fed governor", "the Frankfurt-based institution's president"; an AFP Addis Ababa coup wire with the
AU's Peace and Security Council, the AU Commission, UN agencies named by description, "Senegal's ambassador to the AU",
"met the Senegalese president"; a Westminster benefits rebellion with parties given only in a later description ("The
Labour MP said", "The Conservative shadow work and pensions secretary said") and "Nigel Farage, whose Reform UK party";
a local-TV school-bus crash with the Ohio State Highway Patrol, "Fire Chief X of the Y Fire Department", a county
sheriff, a school-board member named by district), answers committed before the analyser ran on them, scored once
fresh, then tuned on. Two of them (en160, en161, named en1NN-s15-aside-*: an Indian airline story with "Tata-owned",
"owned by Japan's Orix Corp", "the Adani Group's X", "the Moody's affiliate", a French ambassador; an SCMP-style
cross-strait sanctions story with parties named after two legislators, "Its chairwoman ... may meet the Chinese
premier", a US ambassador, Beijing/Taipei/Washington/Tokyo as metonyms) are in the "aside" part, never tuned on nor
listed by --show. Conventions as above: a central bank or regulator takes its country, a regional Fed president the
regional bank as the text names it ("Kansas City Fed"), an ambassador the country he represents, a party's member
named with the party only in a later description the party. Fresh (main at the batch's commit, with the council rule
of the same session): tuned .955 / .808 / .853 / .625 / .538, aside .974 / .841 / .929 / .524 / .733; after the
session's rules tuned .955 / .863 / .971 / .854 / .615, aside unchanged. The aside is less independent for one kind:
while checking an "X-owned" rule the engineer ran the analyser on four sentences copied from en160 (owned and run-by
parents, "Dublin-based AerCap"); nothing from them landed.

Tuned batch "s16" (6 English: en162-en167, named en1NN-s16-*): written in the sixteenth session by the English
actors engineer for affiliations the held figures are weakest on: bodies whose country the text never writes beside
them, owned parents and elected board members (an AP Houston wire with "a member of the Fort Bend school board", FBI
agents and "the special agent in charge of the FBI's Houston field office", a U.S. attorney and a magistrate judge, a
state agency's spokesman, a governor and a state senator named without their state; a Reuters Cairo wire with "the
head of the Suez Canal Authority", "Finance Minister X" with no country beside him, the Central Bank of Egypt, shipping
lines, "the U.N. Conference on Trade and Development" and "The U.S. Navy's Fifth Fleet"; a Mumbai airline story with
"its owner, the Tata Group", "Its low-cost arm, Air India Express", "IndiGo, run by InterGlobe Aviation" and Air New
Zealand, which takes no country; a Fresno County groundwater vote with "District 5 Supervisor X", "Board Chairman X",
"Supervisor X, who represents District 3", a groundwater agency, two state bodies, "a trustee of the Fresno Unified
School District" and "a director of the Kings River Conservation District"), answers committed before the analyser
ran on them, scored once fresh, then tuned on. Two of them (en166, en167, named en1NN-s16-aside-*: a Sydney cocaine
seizure with Australian Border Force, "Customs officers", "The force's commissioner", the AFP and New South Wales
Police; a Churchill Falls power deal with "Hydro-Québec, Quebec's state-owned utility", "the province's Crown
corporation" and "The province's Public Utilities Board") are in the "aside" part, never tuned on nor listed by --show.
Conventions as above: a body of government takes its country, state or province also when the text never writes it
beside the body (as the held batches' convention reads: "a body of government takes its country (or parent body)");
an owned company its owner when the text names one ("its owner, the Tata Group"; "Air New Zealand" names no owner);
an elected board's member or chair the board (a county supervisor the county, as before).

Tuned batch "s17" (6 English: en168-en173, named en1NN-s17-*): written in the seventeenth session by the English
actors engineer in outlets and places the set had little of, US and not, local and national, business and politics
(a Reuters Manila wire on "ghost" flood-control projects with "Public Works Secretary X", "A spokeswoman for the
Ombudsman said", "Marcos's executive secretary, X", "whose Lakas-CMD party", "an analyst at Y in Quezon City", "The
World Bank's country director for the Philippines, X"; a Chicago business story on a food recall with "the U.S.
Department of Agriculture's Food Safety and Inspection Service", "A spokeswoman for the FDA said" with no name, "Y's
chief executive, X", "a food analyst at Y", a union and its local, "Illinois Gov. X" and "the state's Department of
Public Health"; a Milwaukee council story on police drones with aldermen, a committee chair, a mayor's spokesman, a
county executive, a sheriff's office and a city commission's director; an ABC Canberra story on a housing bill with
"Treasurer X", party spokespeople, "an independent senator for the ACT", the Coalition's shadow treasurer, the Reserve
Bank's governor and "the Prime Minister" / "Mr Albanese"), answers committed before the analyser ran on them, scored
once fresh, then tuned on. Two of them (en172, en173, named en1NN-s17-aside-*: an AFP Berlin pension deal with parties
named with their acronyms, "head of the Junge Union, the CDU's youth wing", "Labour Minister X, a Social Democrat" and
Brussels for the Commission; a BBC regional sewage fine with a Crown Court judge, "Its area director for Wessex, X", an
owned water company, a council leader, "The local MP, X, a Liberal Democrat" and "X, of the Angling Trust") are in the
"aside" part, never tuned on nor listed by --show. Conventions as above; a president's or mayor's aide named by the
office holder ("Marcos's executive secretary") takes the country, as en146 does; a spokesman of a person ("Her
spokesman") that person, as en157 does; a US agency named only inside another's name ("the U.S. Department of
Agriculture's Food Safety and Inspection Service", like "The U.S. Navy's Fifth Fleet") is the named body's
affiliation, no actor of its own. Fresh (main at 1540b473, the session's start): tuned .904 / .904 / .853 / .592 / .778,
aside 1.000 / .882 / .833 / .571 / .833. One correction after that run, from re-reading against the tuned answers' convention (every
national minister or secretary of the set, en146's "Foreign Affairs Secretary" of the Department of Foreign Affairs
too, takes the country), not from output: en168's "Public Works Secretary" takes the Philippines, not his department.
After the session's rules (main at its end): tuned .932 / .932 / .882 / .714 / .926, aside 1.000 / .882 / .833 / .619 / .917
(the aside's affiliation and alias gains came with the company short-name rule, probed once on a sentence copied from
en173: not an independent figure for that rule).

Tuned batch "s18" (6 English: en174-en179, named en1NN-s18-*): written in the eighteenth session by the English
actors engineer in outlets and kinds of story the set had little of, US and not, local and national (a Bloomberg-style
store-closure story with "The company's chief executive, X", "Chief Financial Officer X", "Y founder X", "A spokeswoman
for Y, X", a union named with commas and "Its president", a bio with a present and a former post; an AP New Orleans
appeals-court story with a circuit panel, "Writing for the panel, Circuit Judge X", a state attorney general, a bureau
of a federal department, "Rep. X (R-La.)" and "X, a law professor at Y and a former Z lawyer"; a Reuters Jakarta
diplomacy wire with two foreign ministers, "Indonesia's maritime security agency, Bakamla", a ministry's spokesman, a
party with its acronym, an embassy, ASEAN's secretary-general, "who heads ... at Y" and capitals as metonyms; a CBC
Winnipeg council story with "Coun. X (Ward)", a transit director, a union local's president and a provincial
minister), answers committed before the analyser ran on them, scored once fresh, then tuned on. Two of them (en178,
en179, named en1NN-s18-aside-*: a Johannesburg Competition Tribunal fine with two companies, "Competition Commissioner
X" and "The Democratic Alliance's economic development spokesman, X"; a Tucson water-rates story with a utility's
director, councilmembers, "Its general manager" and "State Sen. X (D-Tucson)") are in the "aside" part, never tuned on
nor listed by --show. Conventions as above (a US senator or representative with "(R-La.)" takes the state, as en114; a
federal district judge the United States, as en162; "who heads ... at Y" gives Y and no title, as en134). Fresh (main at
4aa30c3d, the session's start): tuned .864 / .864 / .923 / .676 / .741, aside .857 / .857 / .923 / .722 / .857.
After the session's rules (and the scorer's generic-description change of the same session, which unpaired en175's
appeals court and en176's Bakamla, paired before only by "the court" / "the agency"; a rule found the court again):
tuned .847 / .909 / .923 / .848 / .731, aside .857 / .857 / .923 / .722 / .857 (unchanged). Constructed probes of the
session reused forms of the aside texts for four lines ("Competition Commissioner X", "Tucson Water Director X", "Its
general manager, X", "The Democratic Alliance's economic development spokesman, X"); no rule was written from those
probe lines, and the aside did not move.

Tuned batch "s19" (5 English: en180-en184, named en1NN-s19-*): written in the nineteenth session by the English
actors engineer in outlets and countries the set had little of: a Bristol council-tax story (a Green leader of the
council, "Cllr X (Con, Ward), who leads the Conservative group", "Labour's finance spokesperson, Cllr X", a UK minister
with no country written, a ministry named with commas, a union's branch secretary, "Its chair"); an Ontario legislature
story (Opposition Leader, a party's critic, "Liberal Leader X", the Premier, a provincial agency, an auditor general); a
Reuters NATO Brussels wire (defence ministers by demonym and by possessive, a parent company, EU bodies, "Its foreign
minister", an ambassador to NATO, the Kremlin); answers committed before the analyser ran on them, scored once fresh,
then tuned on. Two of them (en183, en184, named en1NN-s19-aside-*: a Delhi Supreme Court bike-taxi story and an
Arizona Corporation Commission refund story) are in the "aside" part, never tuned on nor listed by --show. Conventions
as above (a UK party group's leader takes the party, as en145). Fresh (main at 3cc91ecb, the session's start): tuned
.769 / .870 / .857 / .615 / .846, aside .788 / .929 / .929 / .619 / .200. One correction after that run, from re-reading
against the tuned answers' convention (en14, en74, en78, en98, en126): en182's Kremlin is an alias of Russia and Peskov
Russia's. After the session's rules: tuned .863 / .936 / .909 / .778 / .882, aside unchanged (.788 / .929 / .929 / .619 /
.200).

The s14 batch holds 7 Russian and Korean articles (ru145-ru149, ko131, ko132, named xxNNN-s14-*), written in the
fourteenth session by the Russian/Korean engineer with every sentence annotated, answers committed before the analyser
ran on them, in the styles held9's description names and at its lengths (140-155 words in Russian, 80-90 in Korean): a
TASS Niger wire with a minister whose name ends in -а ("Маига", "Маигой"), "Об этом сообщил", "сообщил ТАСС источник",
"как пишет газета"; a Fontanka-style hot-water outage (a utility in guillemets, a resident's post, a city committee, a
deputy's inquiry, "по словам местных жителей"); a Duma bill ("Законопроект предусматривает", "Как говорится в
пояснительной записке", the cabinet's review, a lobby "выступил против"); an RBC-style grain-terminal interview whose
questions and answers are plain paragraphs with no dash or label; a Constitutional Court ruling (재판부, a dissenting
justice, a union's "…는 입장을 냈다", "…라는 관측이 나온다"). Its own part kept aside, in "aside" (ru149, ko132, named
xxNNN-s14-aside-*: an academy/ministry row, a Seoul subway fare rise with "오 시장"). Sentences are annotated by the
tuned convention (a quote sentence holds words, a belief or a claim someone is said to hold; the sentence that only
names the source of the one before, "Об этом сообщил X", a stance on a noun, "X поддержал решение", "выступил против",
and a lede that only says what an interview is about are not). Where a broader reading (any sentence that reports
someone's speech act or stance) would differ, the sentence carries "broad": true; score.py ignores it, so that figure
can be read apart. Fresh (rules at the session start): ru actors .758 / .893 / .889 / .733 / .812, sentences P .971 R
.971 source .824 (recall under the broad reading .829); ko .600 / 1.0 / 0 / 1.0 / 1.0, F1 .857 source .500; aside ru
sentences R .857 source .667 (broad .600), ko 1.0. Held9's own description names no convention but "every sentence
annotated" by the helper who wrote held7 (F1 .909): on texts of its styles the analyser reaches .97 recall by the tuned
convention and .60-.83 by the broad one, near held9's .653, so a broader reading of what a quote sentence is (not a
kind of text the rules miss) is the likelier cause of held9's recall; nothing was tuned towards it. The twenty-fourth session
measured it so and made the broad reading the convention (below, after the seventeenth session's kinds).

Conventions settled in the thirteenth session (for what an analyst's actor table needs: the body a person or body
answers to, as the text gives it; the tuned answers that disagreed were changed in the same commit, held answers
never): a legislative committee takes its chamber when its name or the text gives it ("Senate Armed Services
Committee" -> Senate, "House Ways and Means Committee" -> House of Representatives), else its country or state
("Treasury Committee" in a UK story -> United Kingdom); the chamber is written "Senate" / "House of Representatives".
"Downing Street" is an organisation (the prime minister's office) of the United Kingdom, not an alias of the
country. An international body takes a parent only when the text names one ("the U.N. nuclear watchdog" ->
United Nations; "UNICEF, the United Nations children's agency"); the WHO named alone takes none. A party's
member named with the party ("X, a Conservative", "the Conservative shadow housing secretary", "Cllr X (Lab,
Ward)" with no other post) belongs to the party, written as the party's usual full name (Conservative Party,
Liberal Democrats, Labour); a post the text names with the person (leader of the council, chief executive of Y)
comes before the party. A title abbreviation is written spelled out, as "Sen." has been "Senator" since
the tenth session: "Rep." is "Representative", "State Rep." "State Representative" (en92, en127, en135, en137
changed to agree with en73).

Local government, settled in the fifteenth session by the coordinator (replacing the fourteenth session's reading,
which gave such members the city): a council member named by that office alone ("Councilmember X", "Council member
X", "City Council Member X", "Councilwoman X", "Councilor X", "Alderman X") belongs to the COUNCIL, as the tuned
answers written before the fourteenth session had it four times to two and the held results favour (with the city
rule switched off held read .810 / held6 .650, with it .762 / .617), and as an analyst's table says more with it;
also when the member chairs one of the council's committees. The council is the one the text names for that city or
county ("the Columbus City Council", a bare "the Town Council" in Springfield's story -> "Springfield Town Council",
"King County Council"); a title that names it is enough ("Reno City Councilmember X" -> "Reno City Council", with no
actor of its own); a council the text never names leaves the member the city's or county's (en66, "the council's
public safety committee" only). A post of the council itself takes the council too (its president or leader, a
council cabinet member). Near misses, unchanged: a mayor takes the city; a county supervisor or commissioner takes
the county, also when the text names the board (en39, en44, en80, en83, en150); a member of another place's council
("Tempe Councilmember X" in a Phoenix story) is not the story's council's; a British "Cllr X (Lab, Ward)" with no
post keeps the party, and a party group's leader the party (thirteenth session). Members of a single-purpose elected
body (a school board's trustees) take the body; an appointed official takes the department or office the text names
with them (a police chief the police department, a superintendent the school district), else the city or county (a
county manager, "the county's budget director", "the sheriff's chief deputy"). A city's or county's own bodies take
the city or county. Answers changed to this convention in the fifteenth session (from the texts, not from output):
en47 Guardado, en96 Morales, en123 Wonsley, en138 Day-Achauer and Dorans, en152 Bellamy (the council the text
names), en150 Oyelaran ("Reno City Councilmember": Reno City Council).
A company is named as the text first gives it, legal suffix included, as most
answers have it (en38 "Meridian Financial Corp.", en48 "... Manufacturing Co", en98 "RTX Corp"), the form without it
an alias where the text uses it: en136 (Harbor Foods -> "Harbor Foods Inc." with the alias "Harbor Foods") and en153
(Pinecrest Foods, Marlow Dairy, written to the other reading) changed after en153's fresh run, from this check of
the answers, not from output.

Russian conventions settled in the fourteenth session (tuned answers changed in the same commit, held answers never): an
unnamed source's sentence keeps its description as the source, the noun with the place it is in ("Источник в
Минэнерго", "источник в отрасли", "два источника в банковских кругах", "представитель министерства"), as held3/held4
say for unnamed speakers; four tuned answers had the bare noun "источник" (ru100, ru123, ru130, ru145) and now agree.
A government named in lower case is an actor whenever the text makes it a party (an analyst's table lists who acts,
decides, is asked or is addressed): it acts or speaks ("правительство поддержит", "В правительстве сообщили", "Источник в
правительстве"), decisions are up to it ("решение за правительством"), it is asked or told ("поручил правительству",
"направил в правительство письмо", "с учётом замечаний правительства"); it is none when it is only a meeting's, a
building's or a title's complement ("на заседании правительства", "в Доме правительства", "Председатель правительства").
The federal one is "Правительство России" (affiliation Россия) with the forms the text writes ("правительству",
"кабмина") as aliases; another is named with its country or region ("правительство Германии", "правительство Турции"
for "турецком правительстве", "правительство Иркутской области"). ru17, ru125, ru128, ru130 and ru137 left such a
government out and now list it (ru44, ru45, ru89, ru140 already did; ru129 did for Germany).
A member of a legislative committee takes the committee, as the held batches' README says ("the body the text ties
them to (... committee named with their title)") and ru140 did: "председатель комитета Госдумы по международным делам
X", "Глава комитета по охране здоровья X" in a Duma story, "первый зампред комитета по охране здоровья X" -> "Комитет
Госдумы по ...", an organisation of its own whose parent is the Duma (or the regional legislature its paragraph
names); a bare "председатель комитета" takes the one committee the text names. ru02, ru37, ru43, ru87 and ru111 gave
such members "Госдума" (the thirteenth session noted it) and now give the committee, listed as an actor.
Checked in the fifteenth session, after held3's precision fell with these two rules (.891 -> .857; affiliation .692 ->
.662): the held batches' convention text names the committee ("the body the text ties them to (the agency, company,
party, union or committee named with their title)"), so the committee rule stays; it is silent on a government named
in lower case, so the choice is by what an analyst's table needs: a government that acts, decides, is asked or told is
a party to the story and is listed (kept). Faults of the rule shown on constructed text were mended instead
(tests/analysis/test_ru_s15_rules.py): many governments ("Европейские правительства", "Правительства стран ЕС",
"Правительства многих стран") and the place of a career ("работал в правительстве", "пришёл в правительство", "ушёл из
правительства") had given "Правительство России"; they give no actor now. No held answer was read.

Russian titles settled in the sixteenth session by the coordinator: as in English ("Russian Foreign Minister" -> title
"Foreign Minister", affiliation Russia), a title does not repeat the words that name its affiliation when the
affiliation is given in its own field: "аналитик Института Африки РАН" -> title "аналитик", affiliation "Институт
Африки РАН"; "председатель Счётной палаты", "глава «Роснефти»", "аналитик компании «Финам»" -> "председатель", "глава",
"аналитик". Words that are the office itself stay: a portfolio ("министр иностранных дел"), a committee's or a
specialist's field ("глава комитета Госдумы по бюджету", "специалист Минздрава по инфекционным болезням"). Legislatures
follow the majority of the tuned answers, which give a legislature's members the legislature as affiliation ("депутат
Госдумы" -> Госдума: ru88, ru160; the Законодательное собрание: ru38, ru46, ru119, ru146, ru157 against one party,
ru42): title "депутат", affiliation Госдума. The older answers write full titles ("председатель Счётной палаты"); they
stay, as a title is scored right by its head and a predicted title without the body's words holds no word the gold
one lacks; answers whose title is the bare role ("аналитик", ru166 and others) were already this convention.

The s15 batch holds 4 Russian articles (ru150-ru153, named ru15N-s15-*), written in the fifteenth session by the
Russian/Korean engineer with every sentence annotated (the tuned convention and "broad" as in s14), answers committed
before the analyser ran on them, in the styles held3's and held7's descriptions name and at their lengths (190-270
words): a Vedomosti-style telecom deal (two unnamed industry sources, "говорит один из собеседников «Ведомостей»", a
company's spokesman, the antimonopoly service as "регулятор", an analyst and an agency director, "добавил он", a
ministry's head as "Глава ведомства", an association by name and acronym, "По её оценке"); a TASS Astana wire on a
Central Asian power dispute (two ministers and a vice-minister, "Казахстанский чиновник", capitals as metonyms, a
state holding company, "передаёт агентство ... со ссылкой на источник в узбекском правительстве"); a Chelyabinsk
heating outage (a city administration's press service, the mayor as "глава Челябинска" and "Градоначальник", a utility
by name and acronym and as "Предприятие", "В мэрии", residents, a city-duma deputy as "Он", a regional ministry as
"В министерстве"). Its own part kept aside, in "aside" (ru153, named ru153-s15-aside-*: an Interfax Yekaterinburg
bribery arrest with "По версии следствия", a regional investigative directorate as "ведомства", a governor as "глава
региона", "Собеседник агентства в областном правительстве"). A second part (ru154, ru155), written after the first round of rules
in the two held3 styles the first part lacked and scored once fresh before its own round: an RBC-style interview with
the head of Russian Railways (dash questions and answers, a question reporting what shippers say, a minister as "Глава
Минэнерго", "В Минэкономразвития РБК сообщили", the government as "правительство" and "кабинетом министров"), a TASS
Vienna wire on the IAEA (its head as "главы агентства" and "Гросси", Iran's foreign-ministry spokesman as "дипломат",
Russia's envoy writing in Telegram, "Как сообщил источник в одной из европейских делегаций").
Fresh (rules at the session start): ru150-ru152 actors .778 / .875 / .917 / .875 / .789, sentences P .967 R .879 F1
.921 source .793; ru154-ru155 (after the first round) .889 / .800 / .800 / 1.0 / .889, F1 .974 source .947; aside ru153
.643 / .750 / .833 / .500 / .750, F1 1.0 source .500. After the session's rules: ru150-ru152 .778 / .875 / .917 / .875 /
.895, F1 .970 source 1.0; ru154-ru155 F1 .974 source 1.0; aside ru153 unchanged (.643 / .750 / .833 / .500 / .750, source
.500). One correction after ru151's fresh run, from re-reading the tuned convention (an agency citing a source is the
source: ru125 Reuters, ru129 Bild, ru141 Коммерсант), not from output: its «Дунё» sentence's source is the agency.

The s16 batch holds 8 Russian articles (ru156-ru163, named ru1NN-s16-*), written in the sixteenth session by the
Russian/Korean engineer from held9's description alone (its kinds of text and lengths; no held text or answer read),
every sentence annotated, the HEADLINE too (marked "headline": true; the older batches leave headlines out), answers
committed before the analyser ran on them: a TASS Conakry wire (a Guinean minister whose name ends in -а, "Министр
Гвинеи: «...»" as the headline, "Об этом ТАСС сообщил", "призвал", "по данным агентства Bloomberg"), a Fontanka-style lifts
outage ("якобы", "с этим не согласны: там считают", a deputy's inquiry, a district administration), a Duma marketplaces
bill (a committee chair in the instrumental, "как отмечают авторы в пояснительной записке", "назвали преждевременной",
"По мнению"), a Vedomosti-style coffee-price story ("предупредили о повышении", "говорит один из собеседников", "мол,
..., иронизирует он", "напоминает"), a column on school reports ("объясняют это", "считают иначе", "с требованием
отменить", "В письме говорится"), an RBC-style airport interview with dash answers and a "Глава X: «...»" headline. Its
own part kept aside, in "aside" (ru162, ru163, named ru16N-s16-aside-*: an RIA Nairobi wire, an Omsk bus-fare rise).
Sentences by the tuned convention, "broad" as in s14. Outlets that only receive a comment ("рассказала «Фонтанке»",
"заявил «Парламентской газете»", "рассказал РБК") are no actors, as the held README says.
Fresh (main at d88715e): ru156-ru161 actors .870 / .909 / .875 / .808 / .829, sentences P 1.0 R .878 F1 .935 source
.907 (broad recall .768); aside .688 / .786 / .571 / .333 / 1.0, sentences R .800 F1 .889 source 1.0. Corrections after
the fresh run: two aliases not in the texts dropped (the set's own test); three sentences set to no quote ("broad")
where the fresh run showed them missed and the older tuned answers settle the kind the other way: "X объясняют это
Y-instr" (ru80, ru107, ru110, ru119 no quote; ru152 one), "жалуются на + noun" (ru05, ru84 no; ru15 one), "письмо с
требованием / с просьбой" (ru88, ru136, ru137 no).

A second part "s16b" (ru164-ru167, named ru16N-s16b-*), written after the first round of the session's rules, in the same
styles and to the same convention, answers committed before the analyser ran on it, scored once fresh: an Interfax
Maputo wire (a request for help, a minister "заявил агентству", "В РЖД ... подтвердили", an envoy, "Западные дипломаты
... опасаются"), an E1-style Yekaterinburg rubbish story (residents, a regional operator, a city department's order, a
city-duma deputy), a Kommersant-style steel-excise letter ("Авторы обращения указывают", "По оценке ассоциации", "В
Минфине “Ъ” сообщили", a source in the ministry), an Izvestia-style port interview with plain question paragraphs and
a "Глава порта X: «...»" headline. Its aside: ru168 (ru168-s16b-aside-*, a Duma pets bill).

The s16 batch also holds 3 Korean articles (ko133, ko134, named ko13N-s16-*; aside ko135, ko135-s16-aside-*), written
late in the sixteenth session by the Russian/Korean engineer from held9's description (a heat-wave alert, an
exam-difficulty story; aside a residents' committee's demands), every sentence and the headline annotated, answers
committed before the analyser ran on them.

Russian quote-sentence convention settled in the sixteenth session (the coordinator's decision; it replaces the parts of
the s14 convention above that said otherwise; tuned and aside answers changed in the same commit, held answers never):
- A sentence that attributes reported content to a source by an anaphor IS a quote sentence, its source the one named
  in it (the speech act is in it, its content named by the anaphor): "Об этом сообщил X", "Об этом заявили в X", "Об
  этом говорится в сообщении X", "Как сообщил X, ...", "Это подтвердили в X", "Такое мнение высказал X", "С таким
  предложением выступил X", "Соответствующее заявление сделал X". Its source is the same as that of the sentence it
  points to. Not: a thing that shows something, no speaker ("Об этом говорит рост цен", "Это подтверждают данные").
- A speaker's stated stance as an act of speech IS a quote sentence, its source the actor: "выступил против X",
  "высказался за X", "Против инициативы выступил союз X", "направил запрос в прокуратуру", "направил письмо /
  обращение с требованием (с просьбой, с предложением) ...", "направило открытое письмо канцлеру", "обратилось к X с
  просьбой ...", "призвал к X". Not: a talk with no stance ("выступил на форуме"), a player's team ("выступил за
  сборную"), an unanswered request ("на запрос не ответили"), an order or a case sent ("направил предписание", "направил
  дело в суд"), a bill tabled ("внесла законопроект").
- A document's own content: "В докладе (письме, заявлении) говорится / указывается, что ..." IS a quote sentence (a
  source speaks through it: the body that wrote or sent it when named, as before); "Законопроект предусматривает X"
  ("Законопроектом предусматривается") is NOT (a provision, not speech).
- An interviewer's question in a Q&A interview is NOT a quote sentence (the outlet's own text), unchanged; so is an
  interview's lede ("X рассказал РБК о ..."), undecided kinds (a stance on a noun: "поддержал решение"; "объясняют это
  Y-instr"; "жалуются на + noun"; "попросили отсрочку") keep their "broad" flag and their tuned reading.
Answers changed to it (quote false -> true, the source as written after the arrow; a "broad" flag dropped where there
was one), all found by one listing of the tuned and aside Russian answers for these wordings:
"Об этом ..." ru02 (Антон Силуанов), ru100 (Вадим Яковлев), ru102 (Аббас Аракчи), ru103 ("говорится в отчётности
банка": ВТБ), ru105 (Ильсур Хадиуллин), ru106 (Юрий Ушаков), ru110 (пресс-службы компаний), ru112 (Фридрих Мерц), ru116
and ru91 (the courts' joint press service), ru120 (Реджеп Тайип Эрдоган), ru122 (министерство здравоохранения
Новосибирской области), ru124 (Тэмми Брюс), ru145 (Абдулайе Маига), ru15 (Ольга Смирнова), ru150 (два источника в
отрасли), ru151 (Таалайбек Ибраев), ru156 (Бунту Кейта), ru159 (три участника рынка), ru19 (Владимир Якушев), ru24
("говорится в сообщении ведомства": Министерство здравоохранения), ru37-s9 and ru47 (Мария Захарова), ru76 (Мещанский
районный суд Москвы), ru77 (Никол Пашинян), ru79 and ru86 (Спартак), ru82 (Петер Сийярто); "С таким предложением
выступил" ru85 (Хакан Фидан); "Соответствующее заявление ... сделал" ru89 (Владимир Путин); stances ru107 and ru136
(КПРФ: "выступили против решения", "обратились в прокуратуру с просьбой"), ru135 (ВГТРК, an open letter), ru137
(Российский зерновой союз, a letter with a request), ru146 (Ирина Фетисова), ru152 (Виктор Петров) and ru157 (Ольга
Ерёменко) (a deputy's inquiry), ru147 (Союз производителей безалкогольных напитков), ru88 and ru160 (Учитель, a letter
/ an appeal with a demand), ru164 (Правительство Мозамбика), ru166 (металлургические компании); aside, by the same
listing: ru132 (Линь Цзянь), ru149 (Российская академия наук), ru153 (Анна Кузнецова). 45 sentences (42 tuned, 3
aside). Figures before -> after (the rules of tests/analysis/test_ru_speech_acts.py; the same main): older tuned
sentences (before s16) by the old answers P .991 R .993 F1 .992 source .984 (698) -> by the new answers .992 / .993 /
.993 / .982 (734; main's rules on the new answers: R .944); s16 narrow F1 .989 -> .990 (46 -> 50 sentences), broad
.891 -> .933; s16b narrow .982 -> .984 (28 -> 30), broad .935 -> .969; aside (aggregate) narrow .937 -> .931 (59 -> 62),
broad .860 -> .871; actors identical.

The s17 batch holds 6 Russian articles (ru169-ru172, named ru1NN-s17-*; aside ru173-ru174, named ru17N-s17-aside-*),
written in the seventeenth session by the Russian/Korean engineer, every sentence and the headline annotated, answers
committed before the analyser ran on them: an Interfax Astana wire on grain transit (a Kazakh minister and a Russian
deputy minister named by country, a national company with a subsidiary it names, "В Минсельхозе России уточнили", a
president's "поручил правительству"), a Kommersant-style retail deal (a founder and an owner, "подтвердил “Ъ”
переговоры", a press service of "ведомства", a board's "поддержал решение", an analyst), a Novosibirsk bridge repair
("Об этом ... заявил мэр", "градоначальник", a department of the city hall, a city-council deputy's demand, a regional
prosecutor's office, a Federation Council member "от Новосибирской области" asking the governor), an RBC-style interview
with the head of a tour operators' association (dash questions, "рассказала РБК о том, как ...", "попросили отсрочку",
"поручил министерству проработать"); aside an op-ed on mortgages and an arbitration-court report (a holding's airport,
an owner, "Как следует из материалов дела").
Fresh (main at 1540b473): ru169-ru172 actors .895 / .971 / .938 / .600 / .882, sentences P 1.0 R .966 F1 .982 source
.929; aside ru173-ru174 .867 / .684 / .833 / .727 / 1.0, sentences P .889 R 1.0 F1 .941 source 1.0. After the session's rules
(and its convention's answers): ru169-ru172 .921 / .972 / 1.0 / .769 / .944, sentences F1 .982 source .929; aside
.867 / .684 / 1.0 / .727 / 1.0, sentences unchanged.

Russian quote-sentence kinds the sixteenth session left undecided, decided in the seventeenth by the Russian/Korean
engineer with the convention above and the majority of the tuned answers (tuned and aside answers changed in the same
commit, held answers never; each change listed here):
- "X поручил (кому) + infinitive" IS a quote sentence, its source X: an instruction stated is a directive act of speech,
  as "потребовал + infinitive" (5 of 5 tuned answers) and "призвал" are; the tuned answers had it 6:4 (now 8 with s17).
  Not: "по поручению X" (no act in the sentence), "направил предписание" (a document sent), as above.
  Changed: ru46 (Денис Паслер), ru83 (Сергей Собянин), ru89 "Глава государства поручил ему" (Владимир Путин), ru152
  "Градоначальник также поручил" (Алексей Громов); broad flags dropped in ru169 and ru172 (already quote sentences).
- A request for a thing, "X попросил(и) отсрочку / помощи", IS a quote sentence, as "обратилось к X с просьбой" and "X
  попросил Y + infinitive" (ru84, ru164) are. Changed: ru166's headline "Металлурги попросили отсрочку" (Металлурги).
- Reported speech in an interviewer's paragraph ("— В Минтрансе говорят, что ...", "— Минэкономразвития предлагает X.
  Вас это устраивает?") IS a quote sentence, its source the body named (ru161 had it so); the question itself is not.
  Changed: ru154 (Минэкономразвития).
- Unchanged: an interview's lede ("X рассказал РБК о том, как ...", tuned 7 of 7 no quote) is NOT, as the sixteenth
  session's text says; "X поддержал решение / инициативу" (a vote or an agreement, tuned 2 of 2 no quote) is NOT; both
  keep a "broad" flag where they had one.
Figures (rules of main at this commit): tuned Russian sentences P .992 R .992 F1 .992 source .980 (843) -> P .999 R .992
F1 .995 source .979 (849); aside unchanged (no aside answer changed: P .984 R .886 F1 .932 source .855).

Russian and Korean quote sentences by the broad reading, the convention from the twenty-fourth session (the
coordinator's decision; tuned answers changed by hand in the same commit, held and aside answers never). The session's
Russian helper measured that held9 is annotated by it: rules that add a stated stance or a speech act on a noun raised
held9 ru F1 .814 -> .879 and ko .880 -> .923, and every sentence they added there was a quote sentence. An analyst's
table of who said what should list a stated stance too. So a sentence that reports an identified source's speech act
or stated stance IS a quote sentence, its source that holder: "X поддержал решение / приветствовал инициативу /
раскритиковал / поблагодарил / выразил обеспокоенность / объяснил решение ростом цен / указал на / пожаловался на /
усомнился в", "Жители недовольны / обеспокоены" (the group as source), an interview's lede ("X рассказал РБК о ...",
the interviewee), a committee's recommendation; Korean "…는 반발했다 / 환영 입장을 냈다 / 유감을 표명했다 /
우려했다 / 촉구했다 / 약속했다 / 신중한 입장이다". This replaces the sixteenth and seventeenth sessions' "not" for a
stance on a noun, a thank-you, a welcome and an interview's lede; "broad" flags are gone from the tuned answers (the
flagged sentences became quote sentences: a document's content "Законопроект предусматривает", source the bill; an
order sent "направил предписание"; a sentence continuing a source's words). Still not: a procedural act with no
stance ("внесла законопроект", ru158, its flag kept), a thing as the subject, a refusal to comment.
Changed: 91 tuned sentences no quote -> quote (66 Russian, 25 Korean; 58 + 23 the new rules find, 8 + 2
broad-flagged ones they do not), one broad flag dropped from a quote sentence (ru170), one left (ru158's bill). Figures, tuned
sentences: main's rules on the old answers ru P .999 R .994 F1 .997 source .982, ko .997 / 1.0 / .999 / .994; main's
rules on the new answers ru P 1.0 R .927 F1 .962 source .981 (960), ko 1.0 / .938 / .968 / .994 (386); the broad rules
on the new answers ru P 1.0 R .990 F1 .995 source .982, ko 1.0 / .995 / .997 / .995. Actors unchanged.
Three of those relabels checked in the twenty-fifth session against the convention's own text (a speech act or a stated
stance of an identified source) by the Russian/Korean engineer, and set back: "Законопроект предусматривает, что ..."
(ru147, ru158) is NOT a quote sentence (a bill's provision, a thing as the subject, no one speaks; as ru140's
"Законопроектом предусматривается" already had it), and "Городской департамент ЖКХ направил компании предписание"
(ru165) is NOT (an order sent with no content stated is an administrative act, as "направил дело в суд" and ru158's
"внесла законопроект"; the session-24 text replaced the older "not" for stances, thank-yous, welcomes and ledes only,
never for an order sent). A document's content that a named body speaks through ("В докладе говорится", "как отмечают
авторы в пояснительной записке") stays a quote sentence. All three keep "broad": true; no rule marks any of them.
Tuned ru sentences (main's rules) P 1.0 R .990 F1 .995 source .982 (960) -> P 1.0 R .993 F1 .996 source .982 (957).

Russian heads of bodies and countries inside a body's name, decided in the seventeenth session by the coordinator
(tuned answers changed in the same commit, held and aside answers never; each change listed here):
- A head of a body named by the body's name ("Глава Минэкономразвития X", "руководитель Росавиации X", "глава МИД России
  X", "глава «Газпрома» X", "Глава Министерства иностранных дел Украины X") takes that BODY as affiliation, title
  "глава" / "руководитель" (the older full titles such as "глава МИД России" stay: a title is scored by its head); so
  does a head named by a word standing for a body the text names ("Глава ведомства X" after "В Минпромторге", "Глава
  регионального минздрава X" where the answer lists that form as the ministry's alias), as 8 of 9 tuned "глава
  ведомства" answers had it. An office word with no body name keeps the country or region, as before: "министр
  финансов X", "премьер-министр X", "Министр обороны Германии X" (Германия), "министр здравоохранения Новосибирской
  области X" (the region). Deputies and ministers named with a body ("Заместитель главы МИД России X", "Министр МЧС
  России X") were not part of the decision and keep their answers. Changed: ru172 Решетников (Россия ->
  Минэкономразвития), ru78 Алиханов (Россия -> Минпромторг), ru82 Сибига (Украина -> МИД Украины), ru38 Карлов
  (Свердловская область -> Министерство здравоохранения Свердловской области).
- A country named only inside a body's name ("МИД России", "Госдепартамент США", "Министерство обороны Германии") stays
  an actor of its own (a country actor), as 4 of 7 tuned answers list it and the existing tests assume: no change, and
  a labeller lists such a country. (Replaced in the eighteenth session by the one country rule below.)
Figures (tuned ru actors, recall / precision / title / affiliation / alias): main's rules on the old answers .928 /
.959 / .986 / .938 / .932; on the new answers .928 / .959 / .986 / .940 / .932 (the measurement change); with the
rule of the same commit (a foreign ministry named in full, "Министерства иностранных дел Украины", is named in the
nominative and the person right after it is its head) .941; with a head named by a ministry's lower-case short form
("Глава регионального минздрава X", "руководитель областного минфина X" -> the one ministry of that field the text names
in full for the person's region or country) .943. Aside unchanged (.761 / .761 / .829 / .636 / .893).

One country rule for all three languages, decided in the eighteenth session by the coordinator (it replaces the
seventeenth session's "a country named only inside a body's name stays a Russian country actor"; tuned answers changed
in the same commit, held and aside answers never; each change listed here):
- A country named ONLY inside another actor's name or title is no actor of its own: a body's name ("МИД России",
  "Министерство финансов России", "В Минсельхозе России", "the Bank of Japan", "미국 국무부", "일본 방위성", "미국
  연방준비제도"), a person's title ("Глава МЧС России X", "Президент России X", "Посол России в Германии X", "госсекретарь
  США X", "U.S. Attorney X", "토니 블링컨 미국 국무장관", "세르게이 라브로프 러시아 외무장관"), a list of countries before one
  title ("한국과 중국, 일본 외교장관이"). The person or body keeps the country as its affiliation (the string).
- A country that acts or is spoken of in its own right anywhere in the text IS an actor: a subject or object ("Россия не
  будет", "санкции против России", "미국의 관세 조치"), a place ("в России", "в Литве"), a capital or a seat as metonym
  ("Москва заявила", "В Кремле считают", "решение Вашингтона"), its own words in a quotation. A dateline's city is neither
  (it makes no actor). A demonym ("россиянам") names no country.
- English did this since the seventeenth session (actors bb3258b3, dd33e1b1: 47 spurious countries in the tuned English
  answers had shown the convention); no English answer changed.
Changed (the country removed from the tuned answer): Russian ru02 Россия ("Министерство финансов России"), ru05 Россия
("Глава МЧС России"), ru23 Россия, США, Турция ("Глава МИД России", "Помощник президента России", "госсекретарём США",
"министр иностранных дел Турции"), ru24 Россия ("Министерство здравоохранения России"), ru62 Россия ("Глава МЧС России"),
ru89 Россия ("Президент России"), ru102 Израиль ("Премьер-министр Израиля"), ru112 Россия ("Посол России в Германии",
"В МИД России"), ru120 Россия ("президентом России", "президента РФ"), ru155 Россия ("Постоянный представитель России при
международных организациях"); Korean ko01 미국 ("미국 국무장관"), ko39 한국 and 중국 ("한국과 중국, 일본 외교장관이", "중국
공산당 중앙외사판공실 주임"), ko40 일본 ("일본 방위성"), ko41 미국 and ko49 미국 ("미국 연방준비제도"), ko44 미국 and 러시아 ("미국
국무장관", "러시아 외무장관"), ko62 미국 ("미국 국무부"). 21 answers in 17 files (12 Russian, 9 Korean), found by one listing
of every country of the tuned Russian and Korean answers with each place the text names it. Kept, by the second point:
ru114 Сербия ("во внутренние дела республики"), ko116 북한 ("북한 김여정", a country before a name, like "Slovakia's
Robert Fico"), and every country also named in its own right.
Figures (tuned, recall / precision / title / affiliation / alias): main's rules on the old answers ru .928 / .959 / .986 /
.943 / .932, ko .984 / .960 / .995 / .966 / .975; on the new answers (the measurement change) ru .928 / .948 / .986 /
.941 / .932, ko .984 / .944 / .995 / .966 / .975; with the rule of the same commit (analysis/country_inside.py) ru .928 /
.964 / .986 / .941 / .932, ko .984 / .959 / .995 / .966 / .975. Aside (not relabelled): ru .761 / .761 / .829 / .636 /
.893 -> .750 / .786 / .829 / .636 / .893 (one aside answer lists a country the rule now drops), ko unchanged.
Aside and held answers relabelled by the same rule in the nineteenth session, mechanically (a measurement change): the
tool country_relabel.py (here) decides from the answer file and the text alone: a country entry goes when every place
the text names it by its name or an alias (Russian: every case form, by stem) lies inside another answer actor's name,
alias or person's title, right after a body's name ("МИД России"), in a Russian title chain ending at a person's name
("госсекретарём США Марко Рубио"), or before a Korean title word or actor's name (also at the head of a list of
countries); a country that is the source of a quoted sentence stays. On the tuned answers as they were before the hand
relabelling (b40b7317^) it drops exactly the 21 hand-relabelled entries and one more, ru114 Сербия, which the hand
judgement kept for "во внутренние дела республики" (a description of Serbia its answer does not list; the tool cannot see
it; the hand judgement stands, and tuned answers are not rewritten by the tool). Dropped (entries, no other change): aside
ru 2 (of 10 country entries), held2 ko 1, held4 ru 2, held5 ru 1, held6 ko 1, held11 ko 1; none in held, held3, held7,
held9, aside ko. Held and aside figures by labels alone (same code, one run): see the CHANGELOG.
A Korean country that only modifies a common noun is no actor either (decided in the nineteenth session by the
Russian/Korean engineer, as the tuned English answers name no country for "a review of U.S. stockpiles", "the largest
U.S. steelmaker", "American companies", and as 6 of 9 such tuned Korean answers did): "미국 공장", "미국 판매가", "한국
언론의 질의에", "영국 조선사", "대만 문제", "미국 조지아주 전기차 공장", "베트남 법인". Its side, government, authorities or
officials ("한국 측은", "미국 정부", "중국 당국"), its national team ("쿠웨이트 대표팀의", as ko19 reads), a place word
("미국 내") or a list word ("미국 등") keep it, and so does a
person's name right after it ("북한 김여정", as before). Changed (the country removed from the tuned answer, by
country_relabel.py): ko22 베트남 ("베트남 법인을"), ko100 미국 ("美 공장", "미국 애리조나 공장", "미국 공장 투자"), ko122 미국 ("美
조지아 공장", "미국 조지아주 전기차 공장"); the six that already left such a country out: ko39 대만, ko46 미국, ko84 한국, ko92
영국, ko103 미국, ko128 중국.
The s19 batch holds 4 Russian articles (ru181-ru183, named ru1NN-s19-*; aside ru184, named ru184-s19-aside-*), written in
the nineteenth session by the Russian/Korean engineer, every sentence and the headline annotated, answers committed
before the analyser ran on them (93a87182): a TASS Tashkent gas wire (two ministers joined by "и", each with a country),
an Omsk city story (a city hall's department, a member of "Омского городского совета", a district prosecutor's office, a
regional ministry in lower case), a fertiliser business piece (a board of directors as a body, an analyst of a
Latin-named firm); aside an Interfax Kazan court report. Regions and cities named only in names or titles are not listed
(as most tuned answers); a city council a member's title names is (as ru152). Fresh (main 93a87182, scored once): tuned
recall .762, precision .941, title 1.000, affiliation 1.000, alias .667, sentences P .867 R .929 F1 .897 source .923;
aside .667 / .667 / 1.000 / 1.000 / 1.000, sentences F1 1.000 source 1.000.

The same relabelling of the aside and held Korean answers by country_relabel.py (end of the nineteenth session; nothing
printed of them but counts): held ko 2, held5 ko 1, held6 ko 1 (4 entries); none elsewhere.

Russian regions and cities, decided by the coordinator in the twentieth session (tuned answers changed by hand in the
same commit, aside and held answers only mechanically by region_relabel.py here): a region or city is an actor when it
acts or is acted on as a polity: the subject or object of a verb ("Подмосковье поднимет цены", "город должен был
предусмотреть объезд", "просило у города 120 млн рублей", "городу стоило обсудить"), its authorities or its budget
("Власти Татарстана построят", "Московские власти ввели", "бюджет города"); a place of events ("в Томской области", "в
Тулуне"), a name inside another actor's name or title ("Губернатор Иркутской области", "В правительстве Прикамья",
"Мэр Тулуна", "комитет ... Смольного") or a modifier of a common noun ("больниц Свердловской области", "жители
Подмосковья") is not. Countries keep the one country rule (states are actors also as places). The form that speaks for
the polity is listed as an alias when it is a description or an adjective ("города", "Пермские власти").
Changed by hand (tuned): dropped ru113 Пермский край (only "В правительстве Прикамья", a governor's title, "министерству
транспорта региона"), ru122 Новосибирская область (a place, a minister's title), ru127 Иркутская область and Тулун
(places, titles, "правительства региона"), ru146 Санкт-Петербург (a place, "комитете ... Смольного", a deputy's body);
added ru105 Татарстан ("Власти Татарстана"), ru113 Пермь ("Пермские власти", the headline), ru18 Москва ("бюджет
столицы", "бюджет города"), ru46 Свердловская область ("Свердловские власти"), ru93 Санкт-Петербург ("бюджет города");
aliases added: ru38 Свердловская область "уральских властей" ("планы уральских властей"), ru152 Челябинск "города"
("просило у города"). Kept: ru119, ru126, ru136, ru152, ru38, ru42, ru80, ru90 (each acts somewhere). The tool,
validated on the tuned answers as they were before (main f746f1ea): it drops the five hand drops and two more, ru38 and
ru152, whose acting mention the answer did not list as an alias (the two aliases above); on the new answers it drops
none. Applied to aside and held (counts only; the tool only drops, it never adds a region an answer leaves out): aside
ru 3 of 3 region entries, held2 1 of 4, held3 1 of 4, held4 2 of 4, held5 4 of 5, held6 1 of 2, held7 2 of 2, held9 1
of 1; none in held, held11. Tuned figures by the relabelling alone: ru .930 / .973 / .986 / .946 / .933 -> .930 / .973 /
.986 / .946 / .931 (five missed regions dropped, five missed ones added, the alias "города" of ru152 missed).

The s18 batch holds 6 Russian articles (ru175-ru178, named ru1NN-s18-*; aside ru179-ru180, named ru1NN-s18-aside-*),
written in the eighteenth session by the Russian/Korean engineer, every sentence and the headline annotated, answers
committed before the analyser ran on them: an Interfax-Kazakhstan central-bank wire (a chairman and his deputy named with
"Нацбанка Казахстана", a bare "Министр финансов" of Kazakhstan, an analyst of a Latin-named firm), a Kommersant-style
steel deal cleared by the competition service (its deputy head "Заместитель руководителя ФАС", guillemet names in
oblique cases, "Глава Минфина X"), a Tomsk fare story (a regional administration, legislature and department named
with the region, the governor), an RBC-style grain-union interview (dash questions, "В Минсельхозе говорят" in a
question); aside an op-ed on regional debt and a TASS Baku wire ("заместителем главы МИД России X"). A deputy of a head
named by the body's name takes the body, as the head does ("Заместитель руководителя ФАС X", "Заместитель председателя
Нацбанка Казахстана X"); an office word with only its field keeps the country ("заместитель министра сельского
хозяйства России X", as ru169).
Fresh (main at b40b7317): ru175-ru178 actors .833 / .893 / 1.0 / .778 / .900, sentences P 1.0 R 1.0 F1 1.0 source .966;
aside 1.0 / 1.0 / 1.0 / 1.0 / 1.0, sentences R .889 F1 .941 source 1.0. One tuned answer changed after the fresh run, by
the convention every other tuned answer follows (a region's ministry is named with its region, as the text names it):
ru15 "Министерство экологии" -> "Министерство экологии Московской области".

Deputies named with a body, decided in the eighteenth session by the Russian/Korean engineer with the seventeenth
session's head-of-body convention and the tuned majority (tuned answers changed in the same commit, held and aside
answers never): a deputy of a head named by the body's name takes that BODY, as the head does ("Заместитель
руководителя ФАС X" -> ФАС, ru170; "заместитель председателя Совета Федерации X" -> Совет Федерации, ru125;
"заместитель руководителя Росимущества X" -> Росимущество, ru76; three of four tuned answers); an office word with
only its field keeps the country ("заместитель министра сельского хозяйства России X" -> Россия, ru169; "замминистра
иностранных дел России X"), and so does a minister named with his ministry's acronym ("Министр МЧС России X" -> Россия,
ru101: "министр" is the office, the acronym its portfolio, as in "министр финансов"). Changed: ru85 Рябков
("Заместитель главы МИД России": Россия -> МИД России).

Held batch "held3" (18 more: 6 English, 6 Russian, 6 Korean, named xxNN-held3-*; en50-en55,
ru31-ru36, ko29-ko34): written in the sixth session by a helper who tunes no rule, 300-480 words
in English and Russian, 210-250 in Korean (a commodities wire, a metro-desk broadsheet, a local
hospital story, an FT-style merger piece, a foreign-desk Sahel report, a Q&A interview; an
Interfax-style wire, a Vedomosti-style business piece, a regional city-hall story, an RBC-style
interview, a court report, a foreign-desk IAEA story; a Yonhap-style trade wire, a housing story,
a regional strike story, a battery-industry business piece, a foreign-ministers' meeting, a Q&A
interview). Every answer was written and committed before the analyser ever ran on its text. It is
MEASUREMENT-ONLY: nobody may tune on it or look at the analyser's output on it; --part held3 prints
aggregate figures only, --show prints nothing for it, "tuned", "held" and "held2" leave it out, "all"
takes it in, and no test asserts figures on it. Its answers follow the conventions of the tuned part:
a person's affiliation is the body the text ties them to (the agency, company, party, union or
committee named with their title), but the country for national leaders, ministers and other national
officials named by country (Russian ministers too; Korean ministers take their ministry, as in the
tuned part), and the state, county or city for elected state and local officials; a body of
government takes its country (or parent body); companies, NGOs and countries take none unless the
text names a parent ("Frontier's parent, Frontier Group Holdings"). Bylines,
agencies in datelines and outlets that only receive a comment ("told Vedomosti") are not actors.
Aliases are forms the text uses (inflected Russian forms only where the stem rule would miss them).
Title heads: a long title is written "head; full title" so that either form counts. One correction
after the first (baseline) run, from re-reading against these conventions, not from output: two
Russian aliases given with "господин" are the surnames as the text has them (ru35).

Held batch "held4" (18 more: 6 English, 6 Russian, 6 Korean, named xxNN-held4-*; en70-en75,
ru70-ru75, ko70-ko75): written in the seventh session by a helper who tunes no rule, in the same
lengths and to the same conventions as held3, in styles the set had little of (a parliamentary
committee hearing, an NGO report launch, a sports-governance ruling, a tech-regulation fine, a
provincial budget, an obituary with many affiliations; a governor's press conference, a sports
federation story, an RIA-style foreign report, a Rosstat wire, a church/museum story, an appeal
court ruling; a National Assembly audit hearing, a chaebol earnings story, a North Korean statement
relayed by KCNA, a local election, a science-ministry announcement, a baseball final), with titles
and affiliations given in varied ways (appositives, "X of Y", "Y's X", "Its chair", "the
committee's chair", acronyms, capitals as metonyms, back-references). Every answer was written and
committed before the analyser ever ran on its text. MEASUREMENT-ONLY like held3: --part held4 prints
aggregate figures only, --show prints nothing for it, "tuned", "held", "held2" and "held3" leave it
out, "all" takes it in, and no test asserts figures on it. Unnamed speakers ("a spokesman for the
department", "외무성 대변인") are no actors; their sentences keep the description as the source.

Held batch "held5" (18 more: 6 English, 6 Russian, 6 Korean, named xxNN-held5-*; en94-en99,
ru94-ru99, ko94-ko99): written in the eighth session by a helper who tunes no rule and never looks
at the analyser's misses, to the same conventions as held3/held4, in styles and outlets the set had
little of (a state-election live blog with timestamps, a science-journal study, a South African
corruption sentencing, a corporate press release with boilerplate and contacts, a coroner's inquest,
a Lagos central-bank wire; an Izvestia-style education story, a theatre premiere row, an arbitration
court bankruptcy, a regional emergency story, an Astana foreign-desk energy deal, a hospital probe;
a Korean court verdict, an entertainment-agency contract dispute, a hospital-union strike, a typhoon
wire, an education-office story, a police-desk fraud arrest); 370-415 words in English, 240-290 in
Russian, 150-190 in Korean. Every answer was written and committed before the analyser ever ran on
its text. MEASUREMENT-ONLY like held3/held4: --part held5 prints aggregate figures only, --show
prints nothing for it, "tuned", "held", "held2", "held3" and "held4" leave it out, "all" takes it in,
and no test asserts figures on it.

Held batch "held6" (18 more, named xxNN-held6-*; en30-en35, ru50-ru55, ko50-ko55): written in the
eighth session by the same helper right after held5, the same way (answers committed before the
analyser ever ran on any text; no output looked at), in further styles (a state supreme court ruling
with a bench of named justices, a Mumbai market-regulator order, a football transfer, a Doha mediation
wire with many countries, a city-council rezoning vote, a climate-summit story with negotiating blocs;
a hockey coach's sacking, an oil company's results, a Minsk-Vilnius border deal, a space-launch delay,
a blogger's libel appeal, a regional grain-export ban; a budget stand-off in the National Assembly, a
won/dollar wire, a defector-aid reform, a car-plant strike, a national-coach appointment, a privacy
fine on an AI start-up); 360-405 words in English, 195-240 in Russian, 135-155 in Korean.
MEASUREMENT-ONLY like held5: --part held6 prints aggregate figures only, --show prints nothing for it,
every other part but "all" leaves it out, and no test asserts figures on it.

Held batch "held7" (18 more, named xxNN-held7-*; en36-en39, en56-en57, ru63-ru68, ko63-ko68): written in the
ninth session by a helper who tunes no rule and never looks at the analyser's misses, the same way (answers
committed before the analyser ever ran on any text), in outlets and styles the set had little of (a Capitol Hill
confirmation story, an Australian state/federal royalty row, a Kenyan central-bank rule, a Canadian port lockout,
a magazine profile with bios, a Brussels policy story; a Duma committee bill, a Novosibirsk city-hall story, an
Interfax arrest, a Central Asian water dispute, a football disciplinary fine, a Dagestan blackout; a National
Assembly committee, a Busan council story, a prosecutors' warrant, a tariff-diplomacy wire, an insurance
regulator, a sports-budget row), rich in people named in full and later by surname or title alone ("the
senator", "the Premier", "박 시장"), appositive titles and bio affiliations, acronyms, capitals as metonyms and
long Russian body names in oblique cases; 395-425 words in English, 195-230 in Russian, 95-110 in Korean.
MEASUREMENT-ONLY like held5/held6: --part held7 prints aggregate figures only, --show prints nothing for it,
every other part but "all" leaves it out, and no test asserts figures on it.

Held batch "held8" (8 English only, named en1NN-held8-*; en100-en107, three digits because the two-digit
English numbers were used up): written in the ninth session right after held7 by the same helper, the same
way (answers committed before the analyser ever ran on any text; no output looked at), in further outlets (an
Indian state-bureau story with "the Chief Minister", the Dáil with "the Taoiseach", a Reuters Mexico City wire, a
local TV school-board story, a Crown Court fraud sentencing, a Manila Senate probe with "Malacañang", a
stadium bidding war between two states, an AP health wire); 395-425 words. MEASUREMENT-ONLY like held7.

Held batch "held9" (12 more, Russian and Korean: ru37-ru39, ru56-ru58, ko35-ko39, ko56, named xxNN-held9-*):
written in the ninth session right after held8 by the same helper, the same way (answers committed before the
analyser ever ran on any text; no output looked at), every sentence annotated, in further styles (a TASS Africa
deal with a Malian minister whose name ends in -а, a Fontanka-style city utilities story, a Duma migrant law
with long committee names in oblique cases, a Vedomosti-style alcohol-price story, an academy/ministry row, an
RBC-style port interview; a Constitutional Court ruling, a Seoul subway fare rise with "오 시장", a heat-wave
alert, a Samsung reshuffle with "회사 측", a residents' union's demands, an exam-difficulty story); 140-190 words
in Russian, 85-100 in Korean. MEASUREMENT-ONLY like held7.

Held batch "held10" (6 English: en108-en113, named en1NN-held10-*): written in the ninth session right after
held9 by the same helper, the same way, in further outlets (a Bloomberg-style ECB markets story with "the
Frankfurt-based institution", a UK hospital-trust inspection, a Tokyo party-leadership story, a Cairo
ceasefire-talks wire with unnamed officials, a startup funding round with bios, a college-coach firing);
360-385 words. MEASUREMENT-ONLY like held7.

Held batch "held11" (18 more: en200-en205, ru200-ru205, ko200-ko205, named xxNNN-held11-*; numbers from 200 on so
that no tuned batch of the same session can take them): written in the tenth session by a helper who tunes no rule
and never looks at the analyser's misses, the same way (answers committed before the analyser ever ran on any
text; every Russian and Korean sentence annotated for quotes), in outlets the set had little of (an Ottawa
parliamentary-bureau story with the Bloc and the RCMP, a New Zealand public-broadcaster health story, a Pakistani
daily's power-tariff story, a legal trade-press ruling with a counsel list, a biotech trade-press advisory vote, a
Malaysia/Singapore checkpoint story with Malay honorifics; an Interfax-Ural nationalisation suit, a Primorye ferry
story, a Belgrade gas wire, an Olympic-committee appeal, a Chita hospital probe, a Kommersant airport closure; a
JCS drone briefing, a fair-trade fine on a delivery app, a Gyeongnam shipyard-wage story, a sports-ministry audit,
a State Department briefing relayed from Washington, a financial-supervisor warning); 375-460 words in English,
140-170 in Russian, 70-85 in Korean. MEASUREMENT-ONLY like held7. One correction after its first (baseline) run,
mechanical and blind to output: 15 aliases that normalise to the actor's name or another alias were dropped, and
the headline's "IMF" was added to the Fund's aliases (en202).

Held batch "held12" (12 English: en206-en217, named en2NN-held12-*): written in the tenth session right after held11
by the same helper, the same way, for English titles and affiliations given in many forms ("X, a spokesman for Y",
"Y's X", "Its chairman, X", "X, who chairs Y", "Y chief executive X", "X of Y", "X at Y", "Sen. X (D-Ore.)",
"Cllr X (Lab, Ward)", bios with a former post and a present one) in further outlets (a Roll Call-style
appropriations story, an Economic Times-style lender story, a Holyrood ferries row, an AFP Addis Ababa coup
wire, a council no-confidence vote, a tech-site DMA story, a cricket-boards deal, an OPEC+ trade-press story,
a university-cuts story, an NTSB hearing, an SCMP-style cross-strait sanctions story, a Buenos Aires IMF
wire); 378-415 words. MEASUREMENT-ONLY like held7.

Tuned batch "s27" (24 English: en500-en529 but the six below, named en5NN-s27-*): written in the twenty-seventh
session by the English affiliation engineer as a held-like probe for issue 15 (held English affiliation .46-.68 while
the tuned part reads ~.96), 170-245 words each, in outlets and forms of any news text rather than one batch's: a
Reuters Senate-committee wire ("GOP senators", "Sen. X, who chairs the committee", "Its president, X", "X, its chief
executive"), an English council's library cuts ("Cllr X (Lab, Ward), the council's cabinet member for ...",
"Opposition Liberal Democrats tabled ...", "Their group leader", "Friends of Northfield Libraries", "Branch secretary
X"), an AFP Nairobi wire ("Amnesty International Kenya's executive director, X", "Interior Cabinet Secretary X"), a
Kyodo yen wire, a Raleigh veto story (a governor and legislators with no state written beside them), an AP court
story, a Politico Europe story (MEPs by party family and committee), an Indian state-bureau story ("the Chief
Minister", "the Centre", "Union ... Minister"), an obituary (a present and a former post), a corporate press release
(boilerplate, contacts), a science-desk study ("lead author X, an ... who now works at Y"), a Lagos central-bank
wire, a state-election live blog with timestamps, a Premier League fine, a Victorian budget, a campaign story
("Clinton top aide X", "Former Obama economic adviser X", "A spokesman for her, X"), a Transnet sentencing, an Ofcom
fine, an NTSB meeting, a UN report launch, a local-TV school-board story, a Rotterdam port strike, a Senate border-bill
story ("Sen. Ted Cruz" with no state or party, "President Obama" with no country) and a Sacramento bond vote (an
affiliation given in a later sentence: "X led ... The former banker now chairs Y"). Answers committed before the
analyser ran on them; scored once fresh (main at a43a3264): .888 / .875 / .914 / .656 / .811 (affiliation 120 of 183),
then tuned on. Two entries were added after that run, from re-reading the twenty-sixth session's place convention (a
possessive before the state's own body or office holder makes it an actor), not from output: Nigeria in en514
("Nigeria's central bank") and Ethiopia in en524 ("Ethiopia's agriculture minister"). Conventions as above; a senator
named with no state or party ("Sen. Ted Cruz") is given no affiliation (the text ties none), a president named with
none ("President Obama") the country as every tuned answer has it; an aide or adviser named by a person who holds no
office in the text ("Clinton top aide X", "Former Obama economic adviser X") takes that person, as a person's
spokesman does (en157). Its own part kept aside, in "aside" (en503, en509, en513, en519, en523, en528, named
en5NN-s27-aside-*: a London insurer merger, a Dáil housing exchange, a Yorkshire inquest, an Alberta bill, a Hong
Kong security-law sentencing, a Yonhap chip wire), written with the batch and the same way: never tuned on nor listed
by --show; fresh .900 / .887 / .833 / .600 / .778 (affiliation 24 of 40).

Tuned batch "s28" (12: en530-en535, ru185-ru187, ko136-ko138, named xxNNN-s28-*): written in the twenty-eighth session
by the actors engineer for the classes of fresh-text errors issue 15 names (a place, title, byline or product taken as
an actor; generic national bodies, "Russia's navy", "South Korea's military", "군 당국"; two people of one family name,
Ray and Dan Ortiz, Игорь and Артём Соколов; descriptions and metonyms as aliases, "the Democratic nominee", "the U.S.
chip designer", "Seoul", "the North", "Pyongyang", "Москва", "Анкара", "북측"; a UN agency named with the prefix; bylines,
"Фото:", a reporter's line; a venue, an electoral district, smartphone and chip models), 90-210 words each: a Seoul
missile wire, a New Mexico primary, a chip maker's job cuts, a UK defence-levy story, a Kyiv port strike, a Madison
bike-lane vote; a Peskov wire, a Yekaterinburg fares story, a Moscow court arrest; a JCS missile wire, a Hyundai
Georgia plant story, a Busan bus-fare story. Every Russian and Korean sentence annotated. Answers committed (89e0fc22)
before the analyser ran on them. Its own part kept aside by a rule fixed before the analyser first ran: in
each language the articles with the smallest CRC-32 of "<number>-<slug>" (2 of 6 English, 1 of 3 Russian, 1 of 3
Korean: en530, en533, ru185, ko138, named xxNNN-s28-aside-*), in "aside", never tuned on nor listed by --show. Fresh
(main at c14af161): tuned en .895 / .872 / .889 / .783 / .706, ru .750 / .750 / 1.0 / .833 / .571 (sentences F1 .909
source .900), ko .857 / .923 / 1.0 / .625 / .833 (F1 .957 source 1.0); aside, aggregate, en .840 / 1.0 / 1.0 / .692 /
.857, ru .750 / .857 / 1.0 / 1.0 / 1.0 (F1 .909), ko 1.0 / .833 / .500 / 1.0 / 0 (F1 1.0). After the session's rules
(b699ac04): tuned en .974 / .974 / .889 / .808 / .706, ru .923 / .923 / 1.0 / .750 / .667 (with ru187's Россия, added
after the fresh run from re-reading the Russian one-country rule: a place counts there), ko .857 / .923 / 1.0 / .625 /
1.0; aside en .880 / 1.0 / 1.0 / .714 / .933, ru and ko unchanged.

Tuned batch "s28a" (15 English: en560-en574, named en5NN-s28a-*; written as en530-en544 "s28" and renumbered before
landing, when another helper's batch of the same session took those numbers and that name): written in the
twenty-eighth session by the English affiliation engineer as a second held-like probe for issue 15, 130-190 words each,
in styles the set had little of: an investor-call mining wire ("Halvorsen's Vice President, Investor Relations, X said",
"Despite its earlier assurances ..., X said"), a Canadian vaccine-committee story ("Its National Advisory Committee on
Immunization"), a books-page memoir review ("Clinton and senior policy adviser X", "Clinton campaign chairman X"), an
AP-style Senate hearing ("Sen. X, R-N.C.,", "GOP-led"), a police blotter ("Sgt. X of the Y Police Department", "the
parish's pastor"), a science-desk study ("who studies ... at Y"), a football transfer, a UK tech-policy newsletter
("Meta's Director of Public Policy for the UK, X"), a State Department readout, a Missouri rate hearing, a Church of
Scotland assembly, a federal bribery sentencing ("Gaines' lawyer, X"), a Canberra Senate-estimates story ("Greens
senator X", "Liberal senator for Tasmania X"), a Malawi cholera wire and an AGM pay revolt. Answers committed before the
analyser ran on them. Conventions as above; an Australian senator named with a party and no state takes the party,
with a state the state. One correction after the fresh run, from re-reading the set's convention, not from output:
en571's "Gaines' lawyer, X" had been given the client as affiliation; the tuned answers give a client's lawyer none
(en162 "Quintanilla's lawyer, Tom Gervais", en520 "His lawyer, Mike Hellens SC"), so it has none. One mechanical
correction, blind to output: an alias "the committee" in en563 that the text does not write (it writes "The GOP-led
committee") was dropped, as the set's answers-agree-with-texts test requires. Its own part kept aside, in "aside": the
third of the batch with the smallest CRC-32 of its first name (zlib.crc32 of "en5NN-s28-slug", chosen before the first
run: en561, en563, en564, en569, en573, named en5NN-s28a-aside-*), never tuned on nor listed by --show. Fresh (main at
c14af161, on the corrected answers): tuned .833 / .949 / .725 / .420 / .760 (affiliation 21 of 50), aside .909 / .952 /
.864 / .679 / .846 (19 of 28); after the session's rules: tuned .856 / .951 / .800 / .660 / .769 (33 of 50), aside
unchanged.

Tuned batch "s29a" (12 English: en600-en611, named en6NN-s29a-*): written in the twenty-ninth session by the English
affiliation engineer as a third held-like probe for issue 15, 110-170 words each, in countries and styles the set had
little of: a Nairobi business daily on a mobile-money levy ("Treasury Cabinet Secretary X", "a former budget officer at
the Treasury who now leads Y"), a New Zealand public-radio council story, a Reuters-style Brasilia wire, a Straits
Times-style transport story ("Workers' Party MP for Aljunied X"), a DW-style hydrogen-steel story ("an energy economist
at the German Institute for Economic Research (DIW) in Berlin"), a Dawn-style Lahore smog story, a trade-press
people-moves column ("has hired X as", "has left Y to join Z as", "who ran ... until last spring, has joined ... as a
principal"), a Cardiff university press release ("Lead author X", "the Welsh Government's Cabinet Secretary for
Finance"), a Mexico City wire, a Bloomberg-style Accra cocoa wire ("head of the company's trading unit"), a Columbus
campaign-aides story ("who was Benton's campaign manager") and a PTI-style Kerala borrowing story ("Kerala's Finance
Minister X", "Leader of the Opposition X of the Congress"). Fictional people and companies, real places and public
bodies. Answers committed (cc515c61) before the analyser ran on them. Conventions as above; a campaign's staff take the
candidate (as en157, en562); a senator "for" a state the state; a seat's member (MP for a constituency) with a party
the party. Its own part kept aside, in "aside": the third of the batch with the smallest CRC-32 of its first name
(zlib.crc32 of "en6NN-s29a-slug", the rule fixed before the first run: en601, en602, en605, en610, named
en6NN-s29a-aside-*), never tuned on nor listed by --show. Fresh (main at 4cca0ac7): tuned .895 / .895 / .829 / .568 /
.917 (affiliation 25 of 44), aside .889 / .941 / .900 / .429 / 1.000 (affiliation 9 of 21). One slip, said here: while
checking a rule on a sentence of my own, one sentence of an aside article (en602's lede, which I had written) was run
through the analyser by itself; no rule was written for its form. After the session's first rules (fa62e388): tuned .921 / .933
/ .944 / .705 / .917 (31 of 44), aside .889 / .941 / .950 / .476 / 1.000 (10 of 21); after its second (dec2c2bf): tuned
.921 / .933 / .972 / .773 / .917 (34 of 44), aside unchanged (the aside part scored fresh, after the first rules and
after the second, aggregate only).

Tuned batch "s29" (14: en640-en647, ru220-ru222, ko220-ko222, named xxNNN-s29-*): written in the twenty-ninth session
by the actors engineer for the conventions that session decided (below, "Conventions decided ... twenty-ninth
session") and the fresh-text classes the twenty-eighth session left weak, each in wordings of its own: parties that act
as a group ("Senate Republicans blocked", "Democrats said", "the GOP would not", "The Tories voted as a bloc", "Labour
said", "Депутаты ЛДПР голосовали против", "국민의힘은 논평을 내고") beside parties named only as an affiliation or an
adjective ("a Republican strategist", "Reform UK councillor X", "Член фракции «Новые люди»", "민주당 김용민 의원");
universities and institutes named as a workplace (in all three languages); national ministries named with their
country and later as "the ministry" ("Japan's foreign ministry", "South Korea's unification ministry", "Thailand's
commerce ministry", "Министерство иностранных дел Японии ... японское внешнеполитическое ведомство ... В министерстве")
beside one named without it ("the food ministry said" with India in the same sentence) and one inside a title only
("Chinese foreign ministry spokesman X", "Официальный представитель МИД России"); the UN as a venue ("come up at the
U.N. Security Council") beside a UN report that speaks; company descriptions tied to one company ("the Dutch chip
equipment maker", "The world's biggest supplier of lithography machines", "the Taiwanese contract chipmaker", "The
battery maker"); a firm named like a person ("Hartley Lewis"); "Kestrel Chemical Corp." and "Kestrel Chemical"; "Its
Scientific Advisory Panel on Water Quality"; "Friends of the Ohio River"; a father and son of one family name ("The
elder Keller", "Keller has raised" for the son named first); "Мэрия Новосибирска" with "администрации города"; Korean
"보건 당국"/"기상 당국"; "현대모비스 북미법인 마이클 존슨 법인장". 80-200 words each: a Senate tariff vote, an English
council budget, a Tokyo protest wire, a chip-tool maker's outlook, a suburban mayoral race, a river-permit lawsuit, an
Indian rice-export wire, a Korean battery plant delay; a Novosibirsk parking story, a Duma first reading, a Tokyo-Moscow
protest wire; a Korean heat-wave story, a Hyundai Mobis plant, a National Assembly committee vote. Every Russian and
Korean sentence annotated. Answers committed before the analyser ran on them. Its own part kept aside by a rule fixed
before the analyser first ran: in each language the ceil(n/3) articles with the smallest zlib.crc32 of
"<language><number>-<slug>" ("en642-tokyo-survey-ship"): en640, en642, en645, ru221, ko220, named xxNNN-s29-aside-*,
in "aside", never tuned on nor listed by --show. Fresh (main at 1a65ba27, the relabelled answers): tuned en .875 / .854
/ .938 / .611 / .562, ru .727 / .615 / 1.0 / .833 / .714 (sentences F1 .889 source 1.0), ko .727 / .800 / 1.0 / .750 /
1.0 (F1 1.0 source .714); aside, aggregate, en .724 / .840 / 1.0 / .769 / 1.0, ru .875 / .875 / 1.0 / 1.0 / 1.0 (F1
.889), ko .333 / 1.0 / 0 / 1.0 / 0 (F1 .909 source .800). After the session's rules: tuned en .900 / .878 / .938 /
.684 / .875, ru .727 / .667 / 1.0 / .833 / .857, ko unchanged; aside en .862 / .926 / 1.0 / .867 / 1.0, ru and ko
unchanged. The aside was written by the same hand as the rules, for the same classes: it is less independent than a
held part (the held parts' figures are in the session's commits).

Places are no actors by themselves, decided by the coordinator in the twenty-sixth session for English (it replaces, for
English, the words "a place ("в России", "в Литве")" of the one country rule above; the Russian region rule of the
twentieth session says the same of Russian regions and cities): a state, city or region is an actor when the text has it
act, speak, decide, hold a position or a stance, be addressed, be the target or a party of a policy or a dispute
("sanctions on Iran", "talks with Seoul", "war funding for Ukraine", "12 states led by Oregon"), or stand for its
government ("Moscow said", "Britain's government", "the city would pay"); a mention only as a location ("a factory in
France", "flights to Paris", "born in Ohio", "the Texas town of ...", "Russia's war in Ukraine", "on the U.S. West
Coast", "Germany's largest container line"), only as an adjective before a common noun ("Chinese steel", "The Danish
shipping group") or only inside another actor's name or title (the one country rule) does not make it one. A possessive
before the state's own body or office holder ("Britain's Competition and Markets Authority", "Egypt's finance minister")
still makes it an actor, as the English answers have read since the seventeenth session. Newer English batches were
written so; the tuned English answers were re-read by hand in the same session: every country and government entry of
the 130 tuned English answers with each place the text names it, 13 entries dropped, none added (the reading started
from the answers, not from the analyser's output): places only en22 Ukraine ("Russia's war in Ukraine"), en72 United
States ("on the U.S. West Coast"), en76 Germany ("launch the drug in Germany"), en77 Yemen ("came under fire near
Yemen"), en79 United States ("steel made in America"), en81 Finland ("founded in Helsinki", "stay in Finland"); an
adjective or a place only en76 Denmark ("Danish drugmaker", "shares rose 9% in Copenhagen"), en77 Denmark ("The Danish
shipping group"), en77 Germany ("Hapag-Lloyd, Germany's largest container line"), en79 China ("Chinese steel"); inside
a title only (the one country rule, which these answers had not followed) en07 Saudi Arabia ("Saudi Energy Minister
X"), en168 Philippines ("country director for the Philippines", "The Philippine Senate"), en182 Lithuania ("Lithuanian
Defence Minister X"). The affiliations naming them stay. Kept, each acting somewhere: en02 Ukraine ("war funding for
Ukraine"), en77 Israel ("ships linked to Israel would remain targets"), en77 Egypt ("Egypt was losing $800 million"),
en78 Ukraine ("send troops to Ukraine"), en82 Belgium ("the government would not intervene"), en84 India ("India's
aviation regulator"), en125 Oregon, and every city or county whose "the city"/"the county" acts. Tuned English by the
relabelling alone (main's code): .957 / .950 / .979 / .957 / .920 -> .960 / .945 / .979 / .957 / .920. Held and aside
answers are not re-read: --without-places prints every figure also with the place actors (kind "country", or kind
"government" with a place's name: no body word such as council, department or administration in it; Korean a name in
시/도/군/구) left out on both sides, so that a held part can be read with and without the rows the two conventions
disagree on.

Sub-units of a body, decided by the coordinator in the twenty-seventh session for English: a generic lower-case
sub-unit of a body ("the Justice Department's antitrust division", "its vaccine division", "the department's press
office", "the company's sales unit") is no actor of its own but part of its body: the body is the actor, the people of
the sub-unit take the body as affiliation ("A spokesman for the division, X" -> the Justice Department), and the
sub-unit's mention is an alias of the body only where the text uses it for the body. A sub-unit with a proper name that
acts on its own ("the Federal Bureau of Investigation", "the Antitrust Division said", "the Office of Inspector
General", "Air India Express, the unit") is an actor. A committee, board, council, commission or panel of a body (a
body of members that votes or rules: "the council's public safety committee", "the federation's disciplinary
commission", "The agency's human medicines committee") is not a sub-unit in this sense: the thirteenth and fifteenth
sessions' committee conventions stand; nor is a body of government owned by a place ("the city's public works
department", "Missouri's health department", "Sudan's irrigation ministry"). The tuned English answers disagreed (en72
listed "antitrust division", en85, en119 and en121 did not list theirs); re-read by hand in the same session: every
tuned English organisation named in lower case or with a sub-unit's noun (division, office, unit, bureau, department,
branch, desk, team, section, directorate), and every lower-case affiliation: one entry dropped (en72 "antitrust
division", with its alias "the division", which the text uses for the division only) and one affiliation changed (en72
Mark Delaney, "A spokesman for the division": antitrust division -> Justice Department); none added. Held and aside
answers are not re-read. Tuned English by the relabelling alone (main's code): .959 / .957 / .979 / .957 / .920 ->
.959 / .957 / .979 / .956 / .920.

Conventions decided by the coordinator in the twenty-ninth session (the questions the twenty-eighth session found the
tuned answers answering two ways), applied to every tuned answer that disagreed (by hand, from the texts, before any
rule of that session; held and aside answers never):
1. A party whose members act or speak as a group ("Democrats said", "Republicans blocked the bill", "the Tories voted",
   "her party would back the bill only if ...") is an actor (kind organization, the party). A party named only as a
   person's affiliation or in an adjective ("Democratic Sen. X", "a Republican strategist", "60 Labour MPs signed",
   "leader of Reform UK", "his Progressive Conservative government") is not an actor by that mention. Added: en02
   Democratic Party and Republican Party ("after Democrats and Republicans settled a dispute"), en36 both ("22
   Republicans joining Democrats", "urge House Republicans to pass it"), en49 Democratic Party ("voted with Washington
   Democrats"), en73, en92 and en114 Republican Party ("Republicans said", "Republicans were chasing", "Republicans on
   the committee were cooler"), en142 Liberal Democrats ("said his party would table amendments"), en158 Conservative
   Party ("said her party would back the bill"). Dropped: en46 Reform UK, Conservative Party and Labour, en64 Labour,
   en130 Liberal Democrats, en142 Labour, en158 Labour, en176 Indonesian Democratic Party of Struggle, en180 Green
   Party and Conservative Party, en181 Progressive Conservative Party, en501 Conservative Party, en504 Constitutional
   Democratic Party of Japan, en508 Indian National Congress ("the Congress government"), en515 Republican Party ("GOP
   Chairman X"), en567 Labour Party, en572 Australian Greens and Liberal Party. Not added: en89 ("Republicans were
   split": no act as a group), en127's "two Republicans" (two people), en09 ("said the party was united").
2. A university or institute named as a person's workplace ("Jane Roe, a professor at Yale University") is an actor
   (organization), as the older batches list it. Added: en06 George Mason University, en500 Stanford University, en510
   Loyola University Chicago and Northwestern University ("taught at"; not DePaul, where she studied), en511 Johns
   Hopkins University School of Medicine, en512 Open University, en515 University of Virginia Center for Politics,
   en516 University of Liverpool.
3. A Korean parent union named only inside its branch's name ("금속노조 현대차지부") is no separate actor; the branch is
   the actor, the parent its affiliation. Dropped: ko48 and ko119 전국금속노동조합.
4. A national ministry named with its country ("the Japanese foreign ministry", "Japan's foreign ministry") is one actor
   whose name keeps the country; "the ministry"/"the foreign ministry" later in the text is its alias. Renamed (the
   affiliations naming them with them): en117 Egypt's foreign ministry, en126 Russia's defence ministry, en131
   Somalia's foreign ministry, en134 Greek foreign ministry and Turkey's defence ministry, en37 Khartoum's foreign
   ministry, en65 Kazakhstan's energy ministry, en74 Estonia's defence ministry, en90 Dutch economy ministry. Added:
   en146 Japan's foreign ministry ("Japan's foreign ministry also expressed concern"). A ministry named only inside a
   title ("Iran's foreign ministry spokesman, X") stays no actor; one named without its country ("the agriculture
   ministry") keeps its lower-case name.
5. An international body named only as a venue ("at the UN", "told a meeting at NATO headquarters") is no actor, like a
   country named only as a place; one whose report or statement speaks ("a UN report said") acts. No tuned English
   answer disagreed.

  actor recall      gold actors matched by a predicted actor (one to one): a match shares a name or
                    alias (case, "the", honorifics and possessives aside; Russian words compared by
                    stem), or, failing that, for people the family name; a generic description ("the
                    company", "the agency", "the minister", "the Swiss company") pairs nothing: from the
                    eighteenth session on only names, aliases that are names, acronyms, demonyms and
                    capitals do (is_key; Latin-script forms only)
  actor precision   predicted actors that match a gold actor
  title             matched gold people with a title whose predicted title holds the gold title's head
                    word (of its first part: the last word, the first in Russian) and at most two words
                    the gold title lacks
  affiliation       matched gold actors with an affiliation whose predicted affiliation names the same
                    thing (equal after normalising, or a name/alias of the same gold actor, or a name of a
                    predicted actor that shares a name/alias with it: "Federal Bureau of Investigation"
                    with alias "FBI" for gold "FBI"; counted so from the sixteenth session on; from the
                    eighteenth, the other forms must be keys: "the department" ties nothing)
  alias recall      gold aliases of matched actors that the prediction has as its name, an alias or
                    the text of one of its mentions
  ru/ko sentences   Russian and Korean gold sentences: has the sentence a quote or reported speech
                    (any predicted direct/indirect quote overlapping it); P/R/F1, and the source right
                    (speaker's family name, by stem; the last word) for the sentences found
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from briefing_app.analysis import analyse  # noqa: E402
from briefing_app.core.model import Actor, Analysis  # noqa: E402

HELD = re.compile(r"^(?:(?:en|ru|ko)(?:04|08|12)|en1[56]|ru(?:0[7-9]|10)|ko0[6-9])-")
HELD2 = re.compile(r"^(?:en|ru|ko)\d{2,3}-held(\d+)-")
ASIDE = re.compile(r"^(?:en|ru|ko)\d{2,3}-s\d+[a-z]?-aside-")  # a tuned batch's own part kept aside ("ru131-s11-aside-...")
PARTS = ("tuned", "held", "held2", "held3", "held4", "held5", "held6", "held7", "held8", "held9", "held10", "held11",
         "held12", "aside", "all")


def part_of(stem: str) -> str:
    """The part an article belongs to: "held", "held2", ..., "held12", "aside" or "tuned"."""
    if ASIDE.match(stem):
        return "aside"
    later = HELD2.match(stem)  # "held2", and any later batch ("held3", ...) stays out of "tuned"
    return f"held{later.group(1)}" if later else "held" if HELD.match(stem) else "tuned"
HONORIFIC_RE = re.compile(r"^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?)\s+")
CYR_RE = re.compile(r"[а-яё]")


def load(part: str = "all") -> list[tuple[str, str, dict[str, Any]]]:
    if part not in PARTS:
        raise ValueError(f"unknown part {part!r}; one of {', '.join(PARTS)}")
    docs = []
    for ans in sorted((HERE / "answers").glob("*.json")):
        if part != "all" and part_of(ans.stem) != part:
            continue
        gold = json.loads(ans.read_text(encoding="utf-8"))
        text = (HERE / "articles" / gold["article"]).read_text(encoding="utf-8")
        docs.append((ans.stem, text, gold))
    return docs


def norm(s: str | None) -> str:
    s = (s or "").strip().lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = HONORIFIC_RE.sub("", s)
    words = [w[:max(4, len(w) - 2)] if CYR_RE.search(w) and len(w) > 4 else w for w in re.findall(r"[\w.+-]+", s)]
    return " ".join(words).strip(".")


def _forms(names: list[str]) -> set[str]:
    return {norm(n) for n in names if n}


def _pred_forms(a: Actor, text: str) -> set[str]:
    return _forms([a.name, *a.aliases, *(text[m.start:m.end] for m in a.mentions)])


ARTICLE_RE = re.compile(r"^(?:the|The|THE)\s+")
CASED_WORD_RE = re.compile(r"[^\W\d_][\w'’.&-]*")


def is_key(form: str) -> bool:
    """Can this alias pair a predicted actor with a gold one (an actor's own name always can)? Names, aliases that are names, acronyms,
    demonyms and capitals can; a generic description cannot (the coordinator's decision, eighteenth session):
    one whose words are all lower case after its article ("the company", "the agency", "the minister",
    "parliament") or that opens with "the" and ends in a lower-case head ("the Swiss company", "the
    Florida carrier", "the U.N. nuclear watchdog"). Judged in Latin script only: a Korean form has no case, and a
    Russian demonym is written in lower case ("турецкое правительство"), so the case cannot tell a description
    from a name there; those forms stay keys as before."""
    if CYR_RE.search(form.lower()):
        return True
    bare = ARTICLE_RE.sub("", form.strip())
    words = CASED_WORD_RE.findall(bare)
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    if not cased:
        return True
    if not any(w[0].isupper() for w in cased):
        return False
    return not (bare != form.strip() and cased[-1][0].islower())


def _keys(name: str, aliases: list[str]) -> set[str]:
    """The forms that pair an actor: its name (as the text names it, "public safety committee" too) and the aliases
    that are keys."""
    return ({norm(name)} | {norm(n) for n in aliases if n and is_key(n)}) - {""}


def _matches(g: dict[str, Any], a: Actor, loose: bool) -> bool:
    if _keys(g["name"], g["aliases"]) & _keys(a.name, a.aliases):
        return True
    if loose and g["kind"] == "person" and a.kind == "person":
        return norm(g["name"]).split()[-1:] == norm(a.name).split()[-1:]
    return False


def _title_right(gold: str, pred: str | None, language: str) -> bool:
    if not pred:
        return False
    gw = norm(gold.split(";")[0]).split()
    pw = set(norm(pred.replace(";", " ")).split())
    allw = set(norm(gold.replace(";", " ")).split())
    head = gw[0] if language == "ru" else gw[-1]  # "председатель КНР" / "foreign minister", "외교부 대변인"
    return bool(gw) and head in pw and len(pw - allw) <= 2


def _aff_right(gold: str, pred: str | None, golds: list[dict[str, Any]], preds: list[Actor] | tuple[()] = ()) -> bool:
    """Does the predicted affiliation name the same actor as the gold one? Equal after normalising, or the
    two strings are names of actors that are one: a gold actor of the article holding the gold string and a
    predicted actor holding the predicted string (name or alias) share a form ("Federal Bureau of
    Investigation" with alias "FBI" against gold "FBI"). Only the article's two actor tables: no world list."""
    if not pred:
        return False
    want, got = norm(gold), norm(pred)
    same = {want}
    for g in golds:
        if want in _forms([g["name"], *g["aliases"]]):
            same |= _keys(g["name"], g["aliases"])
    if got in same:
        return True
    for a in preds:
        if got in _forms([a.name, *a.aliases]) and _keys(a.name, a.aliases) & same:
            return True
    return False


# words of a body's name: a "government" entry holding one is a body, not a place ("Trump administration", "правительство
# Узбекистана"); Russian regions keep their lower-case kind words ("Московская область")
BODY_WORDS = frozenset("administration government council department ministry office commission board authority agency "
                       "assembly parliament senate house congress court cabinet executive legislature police "
                       "правительство министерство администрация мэрия дума".split())
REGION_WORDS = frozenset("область край округ республика".split())
KO_PLACE_ENDS = ("시", "도", "군", "구")


def is_place(kind: str, name: str) -> bool:
    """Is this entry a place actor (--without-places leaves it out on both sides): a country, or a "government" named as
    a place ("Milwaukee County", "Winnipeg", "Пермь", "Московская область", "수원시"), not as a body?"""
    if kind == "country":
        return True
    if kind != "government" or not name.strip():
        return False
    words = name.split()
    if BODY_WORDS & {w.lower() for w in words}:
        return False
    if re.search(r"[가-힣]", name):
        return len(words) == 1 and name.endswith(KO_PLACE_ENDS)
    return all(w[:1].isupper() or w.lower() in REGION_WORDS for w in words)


def score_doc(text: str, gold: dict[str, Any], result: Analysis, without_places: bool = False) -> dict[str, Any]:
    preds = list(result.actors)
    if without_places:  # (the affiliations keep naming places: only the place rows go)
        preds = [a for a in preds if not is_place(a.kind, a.name)]
        gold = {**gold, "actors": [g for g in gold["actors"] if not is_place(g["kind"], g["name"])]}
    used: set[int] = set()
    paired: dict[int, Actor] = {}
    for loose in (False, True):  # names and aliases first, then family names
        for gi, g in enumerate(gold["actors"]):
            if gi in paired:
                continue
            for i, a in enumerate(preds):
                if i not in used and _matches(g, a, loose):
                    used.add(i)
                    paired[gi] = a
                    break
    pairs = [(g, paired.get(gi)) for gi, g in enumerate(gold["actors"])]
    c: dict[str, Any] = {"gold": len(gold["actors"]), "pred": len(preds), "matched": len(used),
                         "titles": 0, "titles_ok": 0, "affs": 0, "affs_ok": 0, "aliases": 0, "aliases_ok": 0,
                         "missed": [], "spurious": [], "wrong": []}
    c["spurious"] = [a.name for i, a in enumerate(preds) if i not in used]
    for g, a in pairs:
        if a is None:
            c["missed"].append(g["name"])
            continue
        if g["kind"] == "person" and g.get("title"):
            c["titles"] += 1
            ok = _title_right(g["title"], a.title, gold["language"])
            c["titles_ok"] += ok
            if not ok:
                c["wrong"].append(f"title of {g['name']}: {a.title!r}, want {g['title']!r}")
        if g.get("affiliation"):
            c["affs"] += 1
            ok = _aff_right(g["affiliation"], a.affiliation, gold["actors"], preds)
            c["affs_ok"] += ok
            if not ok:
                c["wrong"].append(f"affiliation of {g['name']}: {a.affiliation!r}, want {g['affiliation']!r}")
        forms = _pred_forms(a, text)
        for alias in g["aliases"]:
            c["aliases"] += 1
            ok = norm(alias) in forms
            c["aliases_ok"] += ok
            if not ok:
                c["wrong"].append(f"alias of {g['name']}: {alias!r}")
    return c


def score_sentences(text: str, gold: dict[str, Any], result: Analysis, misses: list[str] | None = None) -> dict[str, int]:
    c = {"gold": 0, "pred": 0, "both": 0, "source_ok": 0}
    misses = [] if misses is None else misses
    quotes = [q for q in result.quotes if q.kind in ("direct", "indirect")]
    for s in gold.get("sentences", []):
        start = text.find(s["sentence"])
        assert start != -1, s["sentence"]
        end = start + len(s["sentence"])
        hits = [q for q in quotes if q.start < end and start < q.end]
        c["gold"] += s["quote"]
        c["pred"] += bool(hits)
        if s["quote"] != bool(hits):
            misses.append(f"{'missed' if s['quote'] else 'spurious'} sentence: {s['sentence']}")
        if s["quote"] and hits:
            c["both"] += 1
            best = max(hits, key=lambda q: min(q.end, end) - max(q.start, start))
            want = norm(s["source"]).split()[-1:]
            got = [norm(x).split()[-1:] for x in (best.speaker, best.mention.text if best.mention else None) if x]
            c["source_ok"] += want in got
            if want not in got:
                misses.append(f"source {best.speaker!r} (mention {best.mention.text if best.mention else None!r}), "
                              f"want {s['source']!r}: {s['sentence']}")
    return c


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def scores(part: str = "all", show: bool = False, without_places: bool = False) -> dict[str, dict[str, float]]:
    """The figures per language and "all"; with without_places also the actor figures with the place actors left out on
    both sides, under the same keys with " without places" added (one analysis per article for both)."""
    totals: dict[str, dict[str, int]] = {}
    sents = {lang: {"gold": 0, "pred": 0, "both": 0, "source_ok": 0} for lang in ("ru", "ko")}
    for name, text, gold in load(part):
        result = analyse(text)
        c = score_doc(text, gold, result)
        counted = [("", c)] + ([(" without places", score_doc(text, gold, result, True))] if without_places else [])
        for suffix, counts in counted:
            for key in (gold["language"], "all"):
                t = totals.setdefault(key + suffix, {})
                for k, v in counts.items():
                    if isinstance(v, int):
                        t[k] = t.get(k, 0) + v
        if gold["language"] in sents:
            for k, v in score_sentences(text, gold, result, c["wrong"]).items():
                sents[gold["language"]][k] += v
        if show and part_of(name) == "tuned" and (c["missed"] or c["spurious"] or c["wrong"]):
            print(f"== {name}")
            for m in c["missed"]:
                print("  missed  ", m)
            for m in c["spurious"]:
                print("  spurious", m)
            for m in c["wrong"]:
                print("  wrong   ", m)
    out = {}
    for key, t in totals.items():
        out[key] = {"recall": _ratio(t["matched"], t["gold"]), "precision": _ratio(t["matched"], t["pred"]),
                    "title": _ratio(t["titles_ok"], t["titles"]), "affiliation": _ratio(t["affs_ok"], t["affs"]),
                    "alias": _ratio(t["aliases_ok"], t["aliases"]), "actors": t["gold"]}
    for lang, sent in sents.items():
        r, p = _ratio(sent["both"], sent["gold"]), _ratio(sent["both"], sent["pred"])
        out[f"{lang}-sentences"] = {"recall": r, "precision": p, "f1": 2 * r * p / (r + p) if r + p else 0.0,
                                    "source": _ratio(sent["source_ok"], sent["both"]), "sentences": sent["gold"]}
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse  # the usage is the module docstring: --help must print it, never score (it once scored "all")

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list misses (never for held parts)")
    parser.add_argument("--part", default="all", help="tuned, aside, held, held2 ... held12 or all (default)")
    parser.add_argument("--without-places", action="store_true",
                        help="print the actor figures also with place actors (countries, cities, regions) left out on both sides")
    args = parser.parse_args(argv)
    show, part = args.show, args.part
    figures = scores(part, show, args.without_places)
    print(f"part: {part} ({len(load(part))} articles)")
    _print_figures({k: f for k, f in figures.items() if not k.endswith(" without places")})
    if args.without_places:
        print("without places (country and place-named government actors left out on both sides):")
        _print_figures({k.split()[0]: f for k, f in figures.items() if k.endswith(" without places")})
    return 0


def _print_figures(figures: dict[str, dict[str, float]]) -> None:
    for key, f in figures.items():
        if key.endswith("-sentences"):
            if not f["sentences"]:  # a part with no article in that language (held8 is English only)
                continue
            print(f"{key[:2]} sentences ({f['sentences']:.0f} with quotes): precision {f['precision']:.3f} recall {f['recall']:.3f} "
                  f"F1 {f['f1']:.3f}  source {f['source']:.3f}")
        else:
            print(f"{key:4s} actors {f['actors']:3.0f}: recall {f['recall']:.3f} precision {f['precision']:.3f} "
                  f"title {f['title']:.3f} affiliation {f['affiliation']:.3f} alias recall {f['alias']:.3f}")


if __name__ == "__main__":
    sys.exit(main())
