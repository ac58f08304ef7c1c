"""Words and patterns the option rules share: modals, cue verbs, negation, conditions, vagueness."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.options.keys import forget as forget_words
from briefing_app.analysis.trie import letter_gate


@functools.lru_cache(maxsize=64)
def lowered(text: str, s: int, e: int) -> str:
    """text[s:e] lower-cased, once per sentence: every rule set tests its key words on it. find_options
    empties the cache when it is done (`forget_lowered`), so no analysed text stays referenced by its keys."""
    return text[s:e].lower()


def forget_lowered() -> None:
    """Drop the kept sentences and with them the references to their texts."""
    lowered.cache_clear()
    forget_words()


def after_space(pattern: str, flags: int = 0, first: str = "") -> re.Pattern[str]:
    r"""`pattern` after a run of white space, i.e. re.compile(r"\s+(?:" + pattern + ")", flags), written
    r"\s\s*": the same matches, but a pattern that opens with a character class lets a search jump from
    one space to the next instead of trying the pattern at every position (several times faster). `first`, a
    case-sensitive character class of every character a match of `pattern` can start with (as `flags` read them: under
    re.I the long s "ſ" is an "s", "İ" and "ı" are an "i", the Kelvin sign a "k"), is tested after the space first: most
    spaces then fail at one test instead of at each of the pattern's branches (tests/analysis/test_speed_equivalents.py
    checks each class)."""
    gate = "(?=(?-i:" + first + "))" if first else ""
    return re.compile(r"\s\s*" + gate + "(?:" + pattern + ")", flags)

# after "right" in "X is right": a place or a time ("is right now", "right behind the plan", "right here") or a
# compound ("right-wing", "right-hand") makes it no verdict on X
RIGHT_NOT_VERDICT = r"(?!-|\s+(?:now|away|here|there|behind|next|back|up|around|ahead|outside|beside|across)\b)"

# what may not follow "is considering / weighing / mulling / exploring" for the words after it to be the course weighed:
# "weighing in on the debate", "taking up", "considering whether / how": a comment or a question, no course
NOT_WEIGHED = r"(?:in|up|on|whether|how|what|why|if)\b"

ADVERBS = (r"(?:\s+(?:also|now|urgently|instead|immediately|seriously|finally|at\s+least|therefore|then|still|"
           r"really|first|clearly|surely|simply|rather|quickly|swiftly|certainly|probably|perhaps|definitely|always|"
           r"collectively|together|once\s+again|again|at\s+once|without\s+delay|jointly|all|both|nonetheless|nevertheless)"
           r"|,\s*(?:if\s+anything|however|in\s+turn|therefore|too|of\s+course|above\s+all|at\s+the\s+very\s+least|"
           r"at\s+least|instead),?)*")
NEG = r"(?P<neg>\s+(?:not|never|no\s+longer)|n[’']t)?"
MODAL_RE = re.compile(
    r"\b(?P<modal>should|must|ought(?:(?P<neg1>\s+not|n[’']t)|\s+(?:now|finally|also|instead|therefore|then|really|surely|rather|"
    r"at\s+last))?\s+to|need\s+to|needs\s+to|has\s+to|have\s+to|had\s+better|shall|"
    r"(?:cannot|can[’']t|can\s+ill)\s+afford\s+to)" + r"(?P<neg0>n[’']t)?" + ADVERBS + NEG + ADVERBS + r"\s+(?=\w)",
    re.I)
# what follows "should" when it is not a course of action: epistemic or past readings, cognition
NOT_ACTION = frozenset("""have has had been be become come arrive happen occur last expect prove seem
    realize realise recognize recognise understand know remember learn note notice see think believe feel hope
    wish wonder worry care agree bear inspire question count admit acknowledge reflect remain stay try get do go look tell say thank
    honour
    beware expect mean matter hear honour honor celebrate pray mourn salute applaud praise cherish embrace admire enjoy
    imagine harness ignore ignor overlook neglect forget wait read love hate like loathe relish dread fear remind fall rise
    decline climb revolve blame assume clap cheer boo laugh smile overtake outpoll best pretend win
    distract trust distrust mistrust
    attribute equate conflate underestimate overestimate exaggerate generalise generalize presume suppose stereotype
    demonise demonize romanticise romanticize""".split())  # (trust: an attitude to a person, "shouldn't be trusted with
# secrets"; attribute ... romanticise: a way of judging or explaining, "It is wrong to attribute the backlash to recent events")
DO_VAGUE_RE = re.compile(r"^(?:take\s+(?:note|notice|heed|stock)\b|choose\s+between\b|"
                         # "a lot of work needs to be put in to reassure voters": effort, not what it is spent on
                         r"put\s+(?:(?:a\s+lot\s+of|lots\s+of|more|some|real|serious|much\s+more)\s+)?(?:work|effort|energy|"
                         r"thought)\s+in(?:\s+to\b|\s*$)|"
                         # "give them the benefit of the doubt / of time": a judgement suspended, no act
                         r"give\s+(?:\S+\s+){0,4}?the\s+benefit\s+of\b|"
                         # "give credit to the woman who earned it", "give credit where it is due": praise, no act
                         r"give\s+(?:(?:full|due|more|some|the|proper)\s+)?credit\s+(?:to|where|for)\b|"
                         # "The figures must be treated with caution": how to read them, no act
                         r"(?:treat|take|read|view|see)\s+(?:\S+\s+){0,5}?with\s+(?:caution|care|scepticism|skepticism|a\s+(?:pinch|grain))\b|"
                         # "make her proposal at a campaign stop", "make it a major issue": which proposal or issue is said elsewhere
                         r"make\s+(?:her|his|their|its|a|the|our)\s+(?:\w+\s+)?(?:proposal|case|announcement|speech|pitch)\b|"
                         r"make\s+(?:it|this|that)\s+(?:a|an)\s+(?:\w+\s+)?(?:issue|theme|talking\s+point)\b|\w+\s+(?:(?:on|about|with|into)\s+)?(?:how|what|why|whether)\b|"
                         # "brace for how unpredictable this election could be", "prepare for whatever comes": no act named
                         r"(?:brace|prepare|get\s+ready)\s+(?:\w+\s+)?for\s+(?:how|what|whatever)\b|"
                         r"(?:establish|determine|ascertain|assess|ask|decide|know|learn|understand)\s+(?:\w+\s+)?(?:who|whom|which|"
                         r"where|when)\b|change\s+hands\b|"
                         r"accept\s+(?:that|we|they|there|it\s+is)\b|open\s+(?:their|our|its|his|her|your)\s+eyes\b|"
                         r"level\s+the\s+playing\s+field\b|bang\s+on\b|face\s+it\b|work\s+as\b|find\s+out\b|"
                         r"continue\s+to\s+(?:fall|rise|grow|decline|drop|climb|improve|increase|shrink)\b|"
                         r"stand\s+(?:up\s+)?(?:with|alongside|behind|by|together|firm|united|shoulder|tall|up\s+for)\b|"
                         r"consider\s+(?!\w+ing\b)|(?:stop|start|keep|continue|begin|cease|quit)\s+(?:believing|thinking|"
                         r"hoping|feeling|wondering|worrying|talking|dreaming|wishing)\b|pay\s+(?:close\s+|more\s+)?(?:attention|heed)\b|"
                         r"(?:decide|explain|consider|figure\s+out|work\s+out|think\s+about|clarify|reflect\s+on)\s+"
                         r"(?:what|why|how|whether|where|when|who)\b|(?:keep\s+)?(?:repeat|say|insist|claim|argu|stress|point\s+out)\w*\s+that\b|serve\s+as\b|take\s+(?:a\s+)?(?:lesson|page|leaf)\b|follow(?:s|ed)?\s+(?:the|their|its|his|her|this|that)\s+(?:\w+\s+)?(?:example|lead)\b|take\b.{0,60}\binto\s+account\b|(?:show|prove|demonstrate|signal|make\s+clear)\s+that\b|(?:show|prove|demonstrate|convince|persuade|reassure|remind|assure)\s+(?:[\w’'-]+\s+){1,6}?that\b|(?:address|acknowledge|accept|face|confront|recogni[sz]e)\s+the\s+fact\b|make\s+it\s+(?:impossible|possible|clear)\b|ask\s+(?:ourselves|themselves|himself|herself|itself|yourself|yourselves|why|whether|what|how)\b|make\s+(?:more|less)\s+than\b|do\s+(?:more|better|something|so|the\s+same|that|this|it|nothing|what|whatever|its|their|"
                         r"our|everything|all|anything|much|less)\b)", re.I)
VAGUE_WORDS = frozenset("""happen succeed partisanship consequences notion idea spirit principle principles values basics roots count choices wishes attitude
    attitudes mindset culture thinking war wars conflict fighting violence crisis suffering bloodshed peace deterrence stability justice security unity calm restraint end responsible future truth
    right thing things more better job part something anything everything situation lesson lessons way steps step
    action actions care attention responsibility leadership courage solution solutions progress change difference
    effort efforts best good bad ahead escalation ladder it this that them these those itself themselves ourselves
    same serious seriously account hard harder work together whatever needed necessary possible sure
    clear moment opportunity chance hope trust confidence dignity sanity normality faith matter matters issue issues problem problems question questions
    other ways well one ones resilience accountability too logic terminology reasoning hardly anywhere nowhere everywhere
    purpose soul illusion illusions breath conversation conversations threat threats reading sense own comfortably""".split())
TIME_WORDS = frozenset("soon quickly now today immediately swiftly promptly again early later year years month months week "
                       "weeks day days next first".split())
FUNCTION_WORDS = frozenset("""a an the to of in on at for with by from and or but as its their our his her your my
    this that these those it them us all any some no not be so up out into over than then there here which who
    what more most much many such very just also only even over under across through during within""".split())
NUMBER_RE = re.compile(r"^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                       r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:-\w+)?$", re.I)
ABANDON_VERBS = frozenset("abandon give drop end stop scrap abolish quit forsake renounce cease halt sever cut".split())
SINGLE_VERBS = frozenset("resign withdraw intervene negotiate retaliate compromise apologise apologize disarm default respond "
                         "abstain".split())
BAD_AGENTS = frozenset("i you one it this that which there everyone everybody people readers parents someone what nor "
                       "neither so why how where when who".split())
# heads of a subject whose own acts are personal advice ("Drivers must slow down", "Investors would be wise to
# keep cash"); a passive still names a policy ("foreign investors should be taxed")
PERSONAL_AGENTS = frozenset("drivers motorists cyclists investors savers visitors travellers travelers passengers tourists "
                            "consumers shoppers viewers listeners diners homeowners applicants recruits trainees pupils students".split())
# "should be ashamed / concerned / commended": a state of mind or a verdict on the subject, no course of action
STATE_PARTICIPLES = frozenset("""ashamed concerned worried alarmed embarrassed disappointed satisfied troubled interested
    pleased commended congratulated praised applauded shamed delighted surprised shocked frightened scared horrified
    appalled dismayed reassured relieved prepared tempted inspired amazed outraged angered saddened heartened
    excited thrilled disturbed offended insulted flattered convinced considered regarded viewed deemed perceived seen
    thought described labelled labeled guided driven motivated informed fooled deceived misled duped tired bored
    exhausted weary""".split())
# heads of a subject that cannot act, when the verb is active: "spending should follow a strategy",
# "our vision has to move along the path", "the youth need to find role models"
NON_AGENTS = frozenset("vision spending youth ideology narrative story conversation debate discussion rhetoric tone "
                       "victory win defeat loss showing result results outcome performance turnout poll polls survey numbers "
                       "findings "
                       "language coverage christmas easter thanksgiving ramadan hanukkah diwali halloween".split())  # a season
AUXILIARIES = frozenset("have has had also still repeatedly once again did does do will would recently now publicly "
                        "already long rightly correctly just only merely simply".split())  # ("The union just asked")

WRAPPER_RE = re.compile(
    letter_gate("adhinstw’'") + r"(?:\b(?:(?:does|do|did|should|would)\s+not|doesn[’']t|don[’']t|didn[’']t|is\s+not\s+to|isn[’']t\s+to|"
    r"nor\s+is\s+(?:this|it|that)\s+to|not\s+to|(?:this|that|it)\s+is\s+not\s+to|(?:am|are|is|[’']m|[’']re)\s+not|"
    r"(?:none|nothing)\s+(?:of\s+(?:this|that|it|these|the\s+above)\s+|here\s+)?(?:is\s+to)?)\s*"
    r"(?:means?|say|suggests?|implies|imply|argue|saying|suggesting|arguing)\b|\bdoes\s+not\s+follow\s+that\b|"
    # a saying denied in the perfect or with "never": "has never said", "had not suggested", "hasn't argued", "never claimed"
    r"(?:\bnever|\b(?:has|have|had)\s+(?:never|not)|\b(?:has|have|had)n[’']t)\s+(?:\w+ly\s+)?(?:said|suggested|argued|claimed|"
    r"says|suggests|argues|claims)\b)",
    re.I)
CONDITION_RE = re.compile(
    r"\b(?:only\s+if|only\s+when|only\s+after|only\s+once|as\s+long\s+as|so\s+long\s+as|provided\s+(?:that\s+)?|providing\s+that|"
    r"on\s+(?:the\s+)?condition\s+that|unless|if\s+and\s+only\s+if|until\s+and\s+unless)\b", re.I)
CONCESSION_RE = re.compile(r"\s*(?:(?:So|But|And|Yet)\s+)?(?:While|Although|Though|Even\s+though|Granted|Whereas|Even\s+if)\b[^,]*$")
CUE_SUBJECT = r"(?P<who>\b[\w.’'%-]+(?:\s+[\w.’'-]+){0,6}?)\s+(?:has\s+|have\s+|had\s+"  # who, before the verb of saying
# (a poll's share is a speaker too: "47% say the United States should")
REPORT_CUE_RE = re.compile(
    CUE_SUBJECT + r"|(?:is|are|was|were)\s+(?:reported|said|"
    r"understood|believed)\s+to\s+have\s+)?(?:(?:said|says|argued|insisted|warned|added)(?:\s+\w+){1,4}?\s+that\b|said|says|say|argued|argues|argue|"
    r"insisted|insists|insist|believes|believe|contends|contend|maintains|maintain|wrote|writes|told\s+\w+(?:\s+\w+)?|"
    r"warned|warns|added|suggested|suggests|suggest|stressed|declared|declares|thinks|think|claimed|claims|pointed\s+out|"
    r"points\s+out|noted|notes|observed|acknowledged|conceded|admitted|explained|recommended|recommends|"
    r"(?:is|are|was|were|seemed|seems|appeared|appears|seem|appear)\s+convinced)\s*(?:,|\s+that\b|"
    r"(?=\s+(?-i:the|a|an|he|she|they|it|we|[A-Z][\w’'.-]*|[a-z][\w’'-]*)(?:\s+[\w’'-]+){0,4}?(?:\s*$|\s+(?:should|must|ought|needs?\s+to|"
    r"has\s+to|have\s+to)\b)))",
    re.I)  # "The IMF believes Greece should ...": the clause without "that"
# every verb REPORT_CUE_RE can match holds one of these: a quick test (in the same case rules) before it,
# which tries each word of a stretch as the start of a speaker and is slow on a long one
REPORT_CUE_VERBS_RE = re.compile(trie_pattern(
    "said say argue insist believe contend maintain wrote writes told warn added suggest stressed declare think claim "
    "point note observed acknowledged conceded admitted explained recommend convinced".split()), re.I)


# a reported belief shared ("Republicans who agree that X should", "Most economists agreed that"): a pattern of its own,
# tried only where "agree" occurs, so that REPORT_CUE_RE's alternation (tried at every word) grows no branch; "disagree
# that", "do not agree that" (group "dis"): the holder rejects what the clause argues
AGREE_CUE_RE = re.compile(CUE_SUBJECT + r")?(?P<dis>dis|(?:do|does|did)\s+not\s+|(?:don|doesn|didn)[’']t\s+)?agree[sd]?\s+that\b",
                          re.I)


def report_cue(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first of REPORT_CUE_RE.search(text, start, end) and AGREE_CUE_RE's."""
    end = len(text) if end is None else end
    said = REPORT_CUE_RE.search(text, start, end) if REPORT_CUE_VERBS_RE.search(text, start, end) else None
    agreed = AGREE_CUE_RE.search(text, start, end) if text.find("agree", start, end) >= 0 else None
    return agreed if agreed is not None and (said is None or agreed.start() < said.start()) else said
# ", officials said.", ", sources told Reuters.", ", state media said on Tuesday.", ", critics warned.": a speaker of up to
# five words and a verb of saying (or urging: ", the mayor urged.") that end the sentence are no part of the action before them
URGED = r"(?:urged|urges|demanded|demands|pleaded|pleads|implored|implores|recommended|recommends|proposed|proposes|advised|appealed)\b"
URGED_AFTER = r"(?:\s+(?:on|in|at|last|this|earlier|later|late|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^,;:.!?\n]{0,25})?\s*(?:[.!?\"”]|$)"
SAID_TAIL = (r"(?:(?:[\w’'-]+\s+){1,5}?(?:said|says|say|told|tells|reported|reports|added|adds|stated|noted|wrote|warned|warns|"
             r"argued|argues|insisted|insists|complained|cautioned|contended|countered|claimed|tweeted|replied|responded|"
             r"conceded|admitted|acknowledged|predicted|maintained|retorted)\b"
             r"(?=[^,;:.!?\n]{0,30}(?:[.!?\"”]|$))|"
             # a verb of urging takes an object ("workers who demanded a $15 minimum wage."): only a time or a setting after it
             r"(?:[\w’'-]+\s+){1,5}?" + URGED + r"(?=" + URGED_AFTER + r"))")
# ", citing delays", ", saying prices had soared", ", warning of shortages": the speaker's reason, no part of the action
SPEAKER_GERUNDS = r"(?:citing|saying|arguing|noting|adding|warning|claiming|insisting|stressing|explaining)\b"
# a title's full stop ends no phrase: "ask Mr. Biden to lead the review" gave "Ask Mr"
TITLES = ("Mr", "Ms", "Dr", "St", "Jr", "Sr", "Lt", "Mrs", "Gov", "Sen", "Rep", "Gen", "Col", "Sgt", "Prof")
TITLE_STOPS = "".join(rf"(?<!\b{t}\.)" for t in TITLES)
# a past verb and what it takes ("attended the", "visited a", "met with", "went to"): lexicon.CLAUSE_CUT_RE's "and" + past verb;
# a regular -ed form not before "in" or "at" (after an adjective or participle joined to the one before: "help the poor
# and displaced in Gaza", "be open and staffed at all times"; a verb's own preposition ends the course: "and called for",
# "and called on", "and voted for", "and appealed to")
PAST_AND_OBJECT = (r"(?!(?:shed|embed)\b)(?:[a-z]+[^\We]ed(?!\s+(?:in|at)\b)|went|took|met|gave|made|held|left|told|wrote|spoke|sent|won|lost|"
                   r"became|came|saw|brought|began|sought|fought|bought|struck|drove|ran|stood|threw|kept|paid|sold|spent|taught)"
                   r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|our|my|us|me|to|with|against|on|in|at|"
                   r"for|from|into)\b")
CLAUSE_CUT_RE = re.compile(  # (tests/analysis/test_speed_equivalents.py holds the plain alternation it matches as)
    r"[,\s;:—–―(\[”\"\-.!?']"  # the first character of every branch below, which each reads after it (a lookbehind on it);
    # the branches that read a comma, and those that read white space, are tried as a group after one lookbehind (no
    # character is both, so the order of the branches that can match stays as it was), and those after white space only
    # where the next word may be one of theirs (its first letter, or a hyphen): most spaces fail at two tests
    r"(?:(?<=,)(?:\s*(?!including\b|according\b|notwithstanding\b)[a-z]+ing\s+(?:(?:up|out|off|down|back|in|on|aside|away)\s+)?(?:the|a|an|its|their|his|her|this|that|it|them|him|us|me|you)\b|"
    r"\s*(?:which|who|however|because|since|just\s+as|as|so\s+that|while|but|not\s+least|even|if|unless|lest|before|after|rather|"
    r"instead|given|especially|particularly|whether|when|where|although|though|thereby|thus|otherwise|or\s+else|"
    r"and\s+(?:then|thus|therefore|so|this|that|it|they|we|he|she|there|a|an|the|some|many|most|others)|for\s+(?:in|what|it|they|this|that|we)|let\s+alone|no\s+matter|say|said|says|argues|he|she|they|we|it|in\s+order|and\s+(?:also\s+)?to(?=\s+[a-z]*[a-rt-z]\b))\b"
    r"|\s*(?:the|a|an|this|these|those|its|their|our|his|her|we|they|it|he|she|i|there)\s"
    r"|\s*(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:would|will|has|had|is|was|can|could|says|said)\b"
    # a second actor's own call joined by ", and" ("called for a $15 minimum wage, and Clinton called for ...")
    r"|\s*and\s+(?-i:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:called|calls|urged|urges|wants|wanted|proposed|proposes|promised|promises|pledged|pledges|vowed|vows|demanded|demands|backs|backed|supports|supported|opposes|opposed|favou?rs|favou?red|seeks|sought|advocates|advocated|should|must|ought|insisted|insists|argued|argues)\b"
    r"|\s+(?:and\s+)?on\s+the\s+other\s+hand\b|\s*(?:and\s+)?(?:has|have|had|is|are|was|were)\b"
    r"|\s*" + SAID_TAIL + r"|\s*" + SPEAKER_GERUNDS + ")"
    # (the first letters of the words below, as re.I reads them: the long s is an "s", the dotted and dotless i an "i")
    r"|(?<=\s)(?=-|\s*(?-i:[AaBbIiLlOoPpRrSsUuWwſİı]))(?:\s*(?:because|since|so\s+that|in\s+order\s+to|lest|while|whereas|but|only\s+if|as\s+long\s+as|unless|provided|"
    r"rather\s+than|instead\s+of|if|(?:soon\s+|shortly\s+|long\s+|right\s+)?(?:(?<!\bgo\s)(?<!\bgoes\s)(?<!\bgoing\s)(?<!\blook\s)(?<!\blooks\s)after|before|once|until|when))\b|"
    r"-\s|\s*(?:and\s+)?on\s+the\s+other\s+hand\b"
    r"|\s*and\s+(?:said|says|added|told|insisted|argued|warned|(?:now\s+|also\s+)?(?:hopes|plans|wants|intends|expects|vows|promises|pledges|"
    r"aims|refuses|threatens)\s+to)\b"
    # a finite past verb with its object after "and" ends a course's object: "adopt the law and attended the signing
    # ceremony", "a ban on diesel cars and visited the school" (not after a past verb of its own: "be repealed and replaced
    # with"; not a noun, "cut taxes and spending", nor a base form, "raise and index the wage")
    r"|(?<!ed\s)\s*and\s+(?:also\s+|then\s+|later\s+)?" + PAST_AND_OBJECT + ")"
    r"|(?<=[;:—–―(\[”])|(?<=\")(?![\w‘'])|(?<=')(?='(?![\w‘']))|(?<=[a-z]-)\s|(?<=\.)(?<!\b[A-Z]\.)" + TITLE_STOPS + r"(?=\s|$)|(?<=[!?]))",
    re.I)
# (after the "\b", a case-sensitive class of the branches' first characters as re.I reads them, "ſ" an "s", "İ" and "ı" an
# "i": most word starts fail at one test, not at each branch of the case-insensitive alternation)
PAST_TIME_RE = re.compile(r"\b(?=(?-i:[12AaBbDdIiİıLlSsſWwYy]))(?:(?:in|during|since)\s+(?:the\s+)?(?:(?:19|20)\d\d(?:s\b)?|\d{4}\s+campaign)|(?:19|20)\d\d\s+campaign|"
                          r"last\s+(?:year|month|week)|years\s+ago|decades\s+ago|at\s+the\s+time|back\s+then|"
                          r"when\s+the\s+(?:\w+\s+)?(?:crisis|war|crash|pandemic|recession|revolution)\s+(?:broke|began|erupted|started|struck|hit))\b",
                          re.I)
# "His plan", "Holm's proposal", "The deal": a plan named before, judged here (find_options reads the verdict)
BACK_REFERENCE_RE = re.compile(r"(?:the|this|that|these|those|his|her|their|its|our|[\w.-]+[’']s?)\s+(?:new\s+|latest\s+|own\s+)?"
                               r"(?:plans?|proposals?|idea|scheme|polic(?:y|ies)|approach|strategy|solution|move|decision|bill|"
                               r"law|deal|measures?)$", re.I)
NOMINAL_CALL_RE = re.compile(r"\b(?:repeated|growing|renewed|mounting|recent|fresh|new|loud|louder|widespread|many|"
                             r"numerous|frequent|amid|despite)\s+(?:calls|demands)\s+for\b", re.I)
BY_AGENT_RE = after_space(r"by\s+(?:the\s+)?(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z\d][\w’'.-]*)*(?:\s+(?:government|"
                          r"administration|officials|leaders|ministers|authorities|parliament|congress|party))?)")
# verbs that, opening a sentence, command a course of action; not the ones that as often open a
# sentence as a noun or adjective with another sense ("Support for X rose", "Free speech", "Pay rises")
POLICY_VERBS = """lift end stop ban scrap release halt impose reform restore protect save fund repeal reject abolish
    reopen withdraw recognise recognize sanction punish prosecute arm disarm boycott suspend expel negotiate resume rebuild
    invest tax regulate legalise legalize decriminalise decriminalize criminalise criminalize outlaw ditch extend expand
    raise lower freeze cancel revoke ratify veto investigate enforce deploy tackle overhaul rethink reconsider pardon
    compensate deport welcome grant guarantee scrap curb cap shut close sack fire jail charge free drop dismantle
    renegotiate rescind overturn nationalise nationalize privatise privatize subsidise subsidize audit ground evacuate
    bail bomb invade remove build introduce create hire establish appoint replace train require provide plant demolish
    convert pass publish tie link give allow approve double triple sign""".split()
# a measure named by what it would do: "a bill that would ban X", "legislation which will repeal Y", "Holt's plan, which
# would cap rents": the course is its content (np_hit), not the measure ("Impose a bill that would ban X")
MEASURE_CONTENT_RE = re.compile(r"(?:[\w’'.-]+\s+){0,4}?(?i:bills?|legislation|measures?|proposals?|plans?|amendments?|"
                                r"initiatives?|ordinances?)[”\"’]?,?\s+(?:that|which)\s+(?:would|will)\s+(?:also\s+)?"
                                r"(?=(?:" + trie_pattern(POLICY_VERBS) + r")\b)")
PROPOSAL_TO_RE = re.compile(r"(?:[\w’'.-]+\s+){0,3}?(?:proposals?|plans?|calls?|demands?|bids?|efforts?|attempts?|moves?|will|"
                            r"courage|resolve|determination|"
                            r"threats?|pledges?|promises?|push|insistence|schemes?|decisions?)"
                            r"\s+to\s+(?=\w)", re.I)
# "measures were proposed", "is intended to": a passive before a cue verb, no one proposing
PASSIVE_BE_RE = re.compile(r"\b(?:is|are|was|were|been|be)\s+$")


def has_any(low: str, *keys: str) -> bool:
    """Whether the lower-cased text holds any of the key words (a plain loop of substring tests: cheaper
    than any(map(...)) for the few keys a rule has)."""
    for k in keys:
        if k in low:
            return True
    return False


# a noun naming a measure or a course a body can take ("sanctions", "a carbon tax", "talks", "a treaty", "$5 billion")
POLICY_NOUN_RE = re.compile(
    r"\b(?:sanctions?|ban|tax|taxes|tariffs?|cease-?fire|truce|talks|negotiations?|deal|agreement|inquiry|investigation|"
    r"referendum|reforms?|withdrawal|deployment|strikes?|intervention|aid|embargo|boycott|bills?|laws?|plans?|proposals?|"
    r"polic(?:y|ies)|military\s+action|"
    r"cuts?|increase|freeze|moratorium|treaty|elections?|resignation|release|closure|repeal|troops|funding|budget|"
    r"amnesty|recognition|summit|zone|tribunal|subsid(?:y|ies)|quota|cap|wall|visas?|asylum|regulations?|legislation|"
    r"measures|programme|program|scheme|vote|inspections?|exemption|settlements?|blockade|dialogue|"
    r"prosecution|trial|pardon|merger|takeover|expansion|membership|accession|loan|bailout|stimulus|wage|pension|probe|"
    r"audit|review|hearing|recount|debate|ransom|rescue|relief|constitution|overhaul|crackdown|orders|write-offs?|write-downs?|haircuts?|levy|levies|surcharges?|fees?|(?<!death\s)tolls?|(?<!in\s)charge|"
    r"single[-\s]payer|guarantee|control(?:" + "|".join(rf"(?<={w}\scontrol)" for w in (
        "rent", "price", "gun", "border", "capital", "export", "import", "arms", "emission", "emissions", "pollution",
        "currency")) + r")s?)\b|[$£€]\s?\d",  # "rent control", "price controls" (the literal first: a lookbehind per word after it)
    re.I)
