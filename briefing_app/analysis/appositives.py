"""Titles and affiliations the text gives around a name rather than before it:
appositives ("Podesta, Clinton's campaign chairman, said"; "the nominee, Rep. Waltz, said"),
"X of Y" / "X at Y" ("president of Concerned Women for America"), relative clauses
("X, who heads Y"; "X, who served as Y" -> "former Y"), fronted descriptions ("Its chairman, X,").
The title and affiliation of a description are read in role_phrase.py; author bios are in bios.py."""
from __future__ import annotations

import re

from briefing_app.analysis import gazetteer
from briefing_app.analysis.bios import split_roles
from briefing_app.analysis.role_phrase import DESC_WORDS, describe, named_actor
from briefing_app.analysis.roles import ORG_HEADS, ROLE_WORDS, US_STATE_NAMES, Role
from briefing_app.analysis.segment import ends_in_comma

# a description's characters: no clause punctuation, but the stops of "Mr.", "Lt. Gen.", "U.S." and a company's "Corp.",
# "Inc.", "Co.", "Ltd." are kept ("Jane Doe, chief executive of Acme Corp., said")
C = r"(?:[^,.;:\n“”\"()]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bLt)\.|(?<=\bGen)\.|(?<=\bCol)\.|(?<=\b[A-Z])\.|" \
    r"(?<=\bCorp)\.|(?<=\bInc)\.|(?<=\bCo)\.|(?<=\bLtd)\.|(?<=\bCos)\.|(?<=\bBros)\.)"
CLAUSE_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|by|which|that|who|will|would)\b")
# "Prime Minister Shigeru Ishiba met China's premier, Li Qiang": a name, its verb and the object that owns the title
# ("President Joe Biden called the French president, ..."): a clause, not a description of the name after it
NAME_VERB_RE = re.compile(r"[A-Z][\w.-]*\s+(?:met|told|phoned|visited|thanked|[a-z]{2,}ed)\s+(?:the\s|his\s|her\s|its\s|their\s|[A-Z])")
# what may sit between a name and its appositive: "Sen. Jack Reed of Rhode Island, the panel's top Democrat"
# "Staunovo of UBS said", "Mayor Ann Lee of Springfield,", "Moudon at the University of Washington said", "Judge Amy Lee of
# the 9th U.S. Circuit Court of Appeals": an organisation or a place the person is of
OF_NAME_RE = re.compile(r"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?P<org>(?:(?:[1-9]|1[0-9])(?:st|nd|rd|th)[ \t]+(?=[A-Z])(?:U\.S\.[ \t]+)?)?"
                        r"(?:[A-Z]\.[ \t]+(?=[A-Z]))?[A-Z](?:[\w&-]|\.(?=\S)|[’'](?=s[ \t]+[A-Z]))*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?"
                        r"[A-Z](?:[\w&-]|\.(?=\S)|[’'](?=s[ \t]+[A-Z]))*){0,5}"  # (not across a sentence's stop: "of Minnesota. Senator")
                        # (a name in "'s" before the verb: "Ellen Marsh of McDonald's said", not "of Acme's board")
                        r"(?:[’']s(?=[,.;:]|[ \t]+(?:said|says|told|added|noted|wrote|declined|did|does|is|was|has|had|who)\b))?)"
                        r"(?=[,.;:]|[ \t]+[a-z(])")
# "Sara Lind, from Oxfam, said", "Mark Hale, of the libertarian Cato Institute, said", "Jo Reed, from the charity
# Shelter,": a body in commas after the name (a body's noun, an acronym, a known body or a kind noun before it; not a
# resident's "of Springfield")
KIND_RE = re.compile(DESC_WORDS)
FROM_BODY_RE = re.compile(r",[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?(?:(?P<kind>[a-z][\w-]*)[ \t]+)?(?P<org>[A-Z][\w&.’'-]*"
                          r"(?:[ \t]+(?:(?:of|for|and|on|the)[ \t]+)*[A-Z][\w&.’'-]*){0,6})(?=,|\.|[ \t]+(?:said|says|told)\b)")
# "McCaul, R-Texas, chairman of ...", "Sen. Alex Padilla (D-Calif.) wrote": a member's party and state (a senator's
# or representative's affiliation is that state unless a role says more: us_officials.member_state)
PARTY_STATE_RE = re.compile(r",[ \t]+[RDI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?(?=,)|[ \t]+\([RDI]-[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?\)")
PLACE_OF_RE = re.compile(r"\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=,)")
# "Peter Grant, 81, who founded ...", "Ann Lee, 54, the charity's chief executive": an age between the name and its appositive
AGE_RE = re.compile(r",[ \t]+(?:aged[ \t]+)?[1-9][0-9]?(?=,)")
# "Helen Croft KC, for the defence", "Ann Lee MP, the committee's chair": letters after the name (names.POST_NOMINALS)
POST_NOMINAL_RE = re.compile(r",?[ \t]+(?:KC|QC|MP|MEP|MSP|MLA|MPP|OBE|MBE|CBE|KBE|DBE)(?=[,.;:]|[ \t])")
AFTER_RE = re.compile(  # (no reporting verb opens one: "Acme's chief executive, Jane Roe, said the company ... the chairman.")
    r",\s+(?!(?:said|says|told|tells|added|wrote|argued|warned|noted|stated|insisted|explained|announced|declared|who)\b)"
    r"(?P<d>(?:(?:the|a|an)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+)?" + C + r"{2,120}?)"
    r"(?=,|(?<!\b[A-Z])\.\s|\.$|;|\s+(?:said|says|told|added|wrote|argued|warned|noted|who)\b|\s+\([A-Z][A-Za-z&.-]{1,11}\)"
    r"(?:[ \t]+in[ \t]+[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)?)?[,.;]|\s+[—–]\s)")  # ("at the German Institute for
# Economic Research (DIW) in Berlin,": the acronym and the body's city)  # "(CDU),"; a dash ends it ("the former chairman of the Council of Economic Advisers — were ...")
# ("Paul Offit, a vaccine expert at Children's Hospital of Philadelphia who sits on ...": the description before "who")
APPOS_HEADS_RE = re.compile(r",\s+(?P<d>(?:the|a|an)\s+[^,;.\n]{2,60}?)\s+who\s+(?:heads|leads|chairs|runs|directs)\s+(?:the\s+)?"
                            r"(?P<org>[^,.;\n]{3,80})")
# ("Kaye runs Kaye Advisory, a firm ...": a later sentence's verb, its object a name that ends the clause)
RELATIVE_HEAD_RE = re.compile(r"(?:,\s+who|(?=[ \t]+(?:runs|heads|chairs|directs|founded|co-founded)[ \t]+(?:the[ \t]+)?[A-Z][^,.;\n]{2,80}?"
                              r"(?:[,;]|\.\s|\.$|$)))\s+(?P<has>(?:has|have)\s+(?:(?:long|since|also)\s+)?)?(?P<verb>heads|leads|chairs|runs|"
                              r"directs|founded|co-founded|led|headed|chaired|ran|run|directed|joined)\s+(?:the\s+)?"
                              r"(?P<org>[^,.;\n]{3,80})")
# a later clause of the same "who" that tells a post held before ("who runs Threadline and was previously a policy
# manager at Google", "who heads the Rivers Trust and previously worked at the Environment Agency"): no part of the body
PAST_CLAUSE_RE = re.compile(r"\s+(?:and|but)\s+(?:(?:was|had|has|is)\s+)?(?:previously|formerly|once|earlier|before\s+that|"
                            r"used\s+to|was|were|had\s+been|spent|worked|served)\b")
# "the polling firm Buckeye Insights", "the think tank Chatham House": a lower-case kind of body, then its name
KIND_NAMED_RE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z&][\w.&’'-]*){0,5})")


# a panel of members after an owner's possessive ("finance committee", "audit panel", "ethics board")
PANEL_AFTER_OWNER_RE = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?:committee|panel|commission|board|subcommittee)")


def present_part(org: str) -> str:
    """The words of a "who heads ..." object before a coordinated clause of a post held before."""
    past = PAST_CLAUSE_RE.search(org)
    return org[:past.start()] if past else org


# "Jane Doe, who sits on the Mesa school board,", "X, who serves on the city council": a member of that body
RELATIVE_SITS_RE = re.compile(r",\s+who\s+(?:now\s+|also\s+|still\s+)?(?:sits|serves)\s+on\s+(?:the\s+)?"
                              r"(?P<org>(?:[A-Z][\w.&’'-]*\s+){0,4}(?:[a-z]+\s+)?(?:[Bb]oard|[Cc]ouncil|[Cc]ommittee|[Cc]ommission|"
                              r"Board\s+of\s+[A-Z][\w]*(?:\s+[A-Z][\w]*)?))(?=[,.;]|\s+(?:and|since|until|in|for)\b)")
AS_ITS_RE = re.compile(r"[ \t]+as[ \t]+(?:its|their)[ \t]+(?P<title>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})$")
# "Coastal" of "who founded Coastal in 1994 and owns ...", "who led the National Union of Mineworkers through the
# strikes": a name, then a clause's words (any lower-case word that does not join a name's words)
# (a number is a name's word after its first: "Teamsters Local 100", "who has led Teamsters Local 100 since 2019")
NAME_WORDS = r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*[A-Z][\w.&’'-]*|\s+\d[\w-]*)*"
CAPITALISED_RE = re.compile(NAME_WORDS + r"(?=\s+[a-z])")
WHOLE_NAME_RE = re.compile(NAME_WORDS)
# what a lower-case object of "who heads/led" must hold to be a body ("its supply chain unit", "the committee")
BODY_WORD_RE = re.compile(r"\b(?:committee|panel|unit|division|department|agency|office|board|council|commission|group|team|"
                          r"party|union|bureau|service|ministry|company|firm|bank|fund|campaign|institute|center|centre|"
                          r"program|programme|project|association|foundation|coalition|caucus|delegation|branch|lab|"
                          r"laboratory|school|university|hospital|church|court|network|organi[sz]ation|administration|"
                          r"operations|practice|desk|section|directorate|authority|regulator|watchdog|body|business)\b")
PARTY_WORDS = frozenset(("republican", "democrat", "independent", "conservative", "liberal", "socialist"))
BODY_TAIL_RE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}?" + BODY_WORD_RE.pattern)
HAS_VERBS = {"led": "leader", "headed": "head", "chaired": "chair", "run": "head", "directed": "director", "joined": None}
HEAD_VERBS = {"chairs": "chair", "leads": "leader", "directs": "director", "founded": "founder", "co-founded": "co-founder",
              "led": "former leader", "headed": "former head", "chaired": "former chair", "ran": "former head",
              "directed": "former director"}
# " who now leads the Institute of Public Finance": a body led now, after a description of a post held before
NOW_HEADS_RE = re.compile(r"\s+who\s+(?:now|currently|today)\s+(?P<verb>heads|leads|chairs|runs|directs)\s+(?:the\s+)?"
                          r"(?:[a-z][\w-]*\s+){0,3}?(?P<org>" + NAME_WORDS + r")(?=[,.;]|\s+(?:in|since|and|as|at|for)\b|$)")


def now_heads(text: str, at: int, limit: int) -> Role | None:
    """The post and body of " who now leads Y" at `at`, or None."""
    m = NOW_HEADS_RE.match(text, at, limit)
    if m is None or m.group("org") in US_STATE_NAMES:
        return None
    return Role(HEAD_VERBS.get(m.group("verb"), "head"), named_actor(_stopless(m.group("org"))))


# "X has joined the consulting firm Larch & Pine as a principal", "X left Corvalis Pharma to join Tessellate Bio as chief
# operating officer", "X will join Acme Corp. as its finance chief": the body joined and the post taken there
BODY_NAME = r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w.&’'-]*)*"
JOINED_RE = re.compile(r"\s+(?:(?:has|have|had|will|is|was)\s+)?(?:(?:left|quit)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?" + BODY_NAME
                       + r"\s+to\s+)?(?:joined|joins|join|joining)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<org>" + BODY_NAME
                       + r")\s+as\s+(?:(?:its|their|the|a|an)\s+)?(?:(?:new|next|interim|incoming|acting)\s+)?"
                       r"(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)(?=[,.;]|\s+(?:on|in|from|after|replacing|succeeding|and|at|"
                       r"for|with|of|next|this|last)\b)")
JOIN_WORDS = (" has joined ", " joined ", " joins ", " will join ", " is joining ", " has left ", " left ", " quit ",
              " has quit ", " is leaving ", " will leave ")


ABBREVIATED_END_RE = re.compile(r"\b(?:Corp|Inc|Co|Ltd|Bros|Jr|Sr|[A-Z])\.$")


def _stopless(name: str) -> str:
    """A body's name without the full stop of the sentence it ends ("the Institute of Public Finance."; not "Acme Corp.")."""
    return name[:-1] if name.endswith(".") and not ABBREVIATED_END_RE.search(name) else name


def joined(text: str, at: int, limit: int) -> Role | None:
    """The post and body a person joins, told right at `at` (" has joined Y as Z"), or None."""
    if not text.startswith(JOIN_WORDS, at):
        return None
    m = JOINED_RE.match(text, at, limit)
    if m is None or m.group("org") in US_STATE_NAMES:
        return None
    role = describe(m.group("d"))
    if m.group("d").split()[-1] == "principal":  # (a firm's partner; no role word: "Principal Financial Group")
        role = Role(m.group("d"))
    if not role.title or role.title.split()[-1].lower() not in ROLE_WORDS | {"principal"}:
        return None
    return Role(role.title, named_actor(_stopless(m.group("org"))))


def joined_after_clause(text: str, name_end: int, limit: int) -> Role | None:
    """'X, who ran Rhode Island's Medicaid office until last spring, has joined Larch & Pine as a principal': the post
    joined after the relative clause of a post held before."""
    if not text.startswith(", who ", name_end):
        return None
    stop = text.find(". ", name_end, limit)
    close = text.find(", ", name_end + 6, stop if stop != -1 else limit)
    return joined(text, close + 1, limit) if close != -1 else None


# "Ellie Tran, who works as an aviation analyst for Morgans Financial", "X, a former Partizan striker who now works as a
# television analyst for Arena Sport": the role and the employer of the work (a former one before it is no title)
RELATIVE_WORKS_RE = re.compile(r",\s+(?:(?:the|a|an)\s+[^,;.\n]{2,60}?\s+)?who\s+(?:now\s+|also\s+|currently\s+)?works\s+as\s+"
                               r"(?P<d>(?:a|an|the)\s+" + C + r"{3,90}?)(?=[,;]|\.\s|\.$|$|\s+(?:and|since|until)\b)")
# "Lisa Chen, who works for the Red Cross", "X, who has worked at Acme since 2010": whom one works for
# ("X, an epidemiologist who now works at the University of Bern", "X, a former official who now teaches economics at Y":
# a description before "who" is the title; "X, who studies heat and health at Lund University")
RELATIVE_WORKS_FOR_RE = re.compile(r",\s+(?:(?P<desc>(?:the|a|an)\s+[^,;.\n]{2,60}?)\s+)?who\s+"
                                   r"(?:now\s+|also\s+|currently\s+|still\s+|previously\s+|once\s+|later\s+)?"
                                   r"(?:works|worked|has\s+worked|had\s+worked|used\s+to\s+work|volunteers|volunteered|"
                                   r"(?:teaches|taught|lectures|researches|studies)(?:\s+[a-z]+){0,4}?(?=\s+at\s))\s+"
                                   r"(?:for|at|with)\s+(?:the\s+)?(?!(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b)(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*"
                                   r"[A-Z][\w&.’'-]*){0,5})(?=[,.;]|\s+(?:in|as|since|for|and|on)\b)")
EMPLOYER_RE = re.compile(r"\s(?:for|at|with)\s+(?:the\s+)?(?P<who>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})$")
RELATIVE_WAS_RE = re.compile(r",\s+who\s+(?:served|was|worked|(?:was|had\s+been)\s+(?:serving|working))\s+as\s+(?P<d>" + C + r"{3,100}?)"
                             r"(?=\s+(?:during|in|under|from|until|for|between|when)\b|[,.;]|$)")
# "for thirty years", "for more than a decade": how long a post was held, no part of the body
TENURE = r"|\s+for\s+(?:[\w-]+\s+){0,3}?(?:years|decades|months|weeks|a\s+decade)\b"
# "X, who was the president of the NAACP", "who was then chief executive of Acme": a post held before (not "who was fatally
# shot", "who was arrested": a past participle or an adverb is no post)
RELATIVE_WAS_THE_RE = re.compile(r",\s+who\s+(?:was|had\s+been)\s+(?:then\s+)?(?P<d>(?:(?:the|a|an)\s|(?![a-z]+(?:ed|ly|ing)\b)[a-z]"
                                 r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s|(?<=s)’|(?<=s)')\s+[a-z])" + C
                                 + r"{3,100}?)(?=\s+(?:during|in|under|from|until|between|when|and|but)\b" + TENURE + r"|[,.;]|$)")
# "named Lena Hoffmann as its next chief executive": the role she is appointed to
APPOINTED_AS_RE = re.compile(r"\s+as\s+(?:its|their|the)\s+(?:new\s+|next\s+|interim\s+|incoming\s+|acting\s+)?"
                             r"(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=[,.;]|\s+(?:on|in|from|after|to|replacing|succeeding)\b)")
# "Halden Bank appointed Lena Ortiz as chief executive": "as" and a bare title after a name an appointing verb opens (not
# "defended Bernie Sanders as a mainstream candidate", "stop Hillary Clinton as president")
APPOINTER_RE = re.compile(r"\b(?:appointed|appoints|named|names|hired|hires|chose|picked|tapped|nominated|installed|retain|"
                          r"retained|promoted|elected)[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*$")
APPOINTED_BARE_RE = re.compile(r"\s+(?:as\s+(?!(?:a|an|the|its|their)\s)|(?:its|their)\s+|(?=(?!as\s)[a-z]))"  # (or no word: "named
                               r"(?:(?:new|next|interim|incoming|acting)\s+)?"  # X chief executive")
                               r"(?P<d>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
                               r"(?=[,.;]|\s+(?:on|in|from|after|to|replacing|succeeding|of|at|for|with|and)\b)")
# "chose X as chief executive of Halden Bank": the body after the post the appointment names
APPOINTED_OF_RE = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,5}"
                             r"(?=[,.;]|\s+(?:on|in|from|after|replacing|succeeding|last|this|next|when)\b)")
# "Gibbs is a metals analyst at KeyBanc.", "MacGuineas is president of the Committee ...": a role a later sentence gives
IS_RE = re.compile(r" is[ \t]+(?:(?:also|now|currently)[ \t]+)?(?P<d>(?:(?:the|a|an)[ \t]+)?" + C
                   + r"{3,90}?)(?=[,;]|\.\s|\.$|$)")
RELATIVE_IS_RE = re.compile(r",\s+who\s+(?:is|serves\s+as|now\s+is)\s+(?:(?:also|now|currently|still)\s+)?"
                            r"(?P<d>(?:(?:the|a|an)\s+|(?=(?:[a-z-]+\s+){1,3}(?:of|at|for|with)\s))" + C
                            + r"{3,90}?)(?=[,.;]|$)")  # ("who is head of research at Oxfam", "who is also executive director of")
# "General X, who was sworn in as transitional president on Thursday", "X, who became chief executive in 2019": a post
# taken up (the "who" clauses are no appositive of AFTER_RE's)
RELATIVE_BECAME_RE = re.compile(r",\s+who\s+(?:(?:was|has\s+been)\s+(?:sworn\s+in|named|appointed|elected|installed)(?:\s+as)?|"
                                r"became|has\s+become|took\s+over\s+as|takes\s+over\s+as)\s+(?P<d>" + C
                                + r"{3,90}?)(?=\s+(?:on|in|last|this|after|from|since|when|and|but)\b" + TENURE + r"|[,.;]|$)")
# "Lena Ortiz was appointed chief executive of Halden Bank on Monday", "X has been named music director of Y": a post given
NAMED_TO_RE = re.compile(r" (?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:appointed|named|elected|promoted[ \t]+to|confirmed[ \t]+as|"
                         r"installed[ \t]+as|sworn[ \t]+in[ \t]+as)[ \t]+(?:as[ \t]+)?(?P<d>" + C + r"{3,90}?)"
                         r"(?=[ \t]+(?:on|in|last|this|after|from|since|when|and|but|by|to|for|with)\b" + TENURE + r"|[,;]|\.\s|\.$|$)")
FRONTED_RE = re.compile(r"(?:^|(?<=[.;:!?—]\s)|(?<=[.!?][”\"]\s)|(?<=\n))(?P<d>" + C + r"{3,100}),\s+$")
# "Kell Mining's Vice President, Investor Relations, Dana Poe said": a post, then its field in capitals between commas
FIELD_RE = re.compile(r"(?:[A-Z][\w&-]*\s+(?:(?:and|&|of)\s+)?){0,3}[A-Z][\w&-]*")
# ", and its chair, Jerome Powell", "with Egypt's intelligence chief, Hassan Rashad": inside a sentence
NEAR_FRONTED_RE = re.compile(r"(?<=[\s,])(?P<d>(?:(?:and|but)\s+)?(?:its|his|her|their|whose)\s+[\w\s-]{2,40}?"
                             r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+[a-z][\w\s-]{1,40}?"
                             r"|the\s+[a-z]+(?:’s|'s)\s+[a-z][\w\s-]{1,40}?"
                             r"|(?:a|an)\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:spokes(?:man|woman|person)|official|analyst|"
                             r"economist|lawyer|adviser|aide|researcher)"  # "according to a Pentagon spokesman, Sean Parnell"
                             r"|(?:a|an)\s+(?:[A-Z][\w.&-]*\s+){0,2}[a-z][\w-]*\s+spokes(?:man|woman|person)"  # "..., a hospital spokeswoman, Erin Pope,
                             # said", "a Cypriot government spokesman, X, said"
                             r"|(?:a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:for|at)\s+(?:the\s+)?"  # "a spokeswoman for the regulator"
                             r"(?:[a-z][\w-]*|[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})"
                             r"|the\s+(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}),\s+$")  # "confirmed that the chancellor, Rachel Reeves,"


def role_after(text: str, name_end: int, limit: int, titled: bool = False) -> Role:
    """An appositive or a relative clause right after the name (or after its "of <place>"); with
    neither, the organisation or country of "X of Y" ("Giovanni Staunovo of UBS said"), and for a name with a title
    before it the US state of "Sen. Ted Cruz of Texas said" (not a voter's "Cory James of Texas")."""
    return role_and_end_after(text, name_end, limit, titled)[0]


def role_and_end_after(text: str, name_end: int, limit: int, titled: bool = False) -> tuple[Role, int]:
    """role_after, and where the name's words end: after the letters and age after it, its "of <place>" or its
    party-state tag ("Rand Paul of Kentucky, said"), read once for both."""
    name_end = _past_letters_and_age(text, name_end, limit)
    next_char = text[name_end + 1:name_end + 2]
    if next_char and next_char not in "oa(" and text.startswith(" ", name_end) and not next_char.isspace():
        of = place_of = skip = None  # ("X said": a blank, then no "of", "at" or "(": none of the three patterns can match)
    else:
        of = OF_NAME_RE.match(text, name_end, limit)
        place_of = PLACE_OF_RE.match(text, name_end, limit)
        skip = place_of or PARTY_STATE_RE.match(text, name_end, limit)
    if skip:
        name_end = skip.end()
    return _role_after(text, name_end, limit, titled, of, place_of), name_end


def _role_after(text: str, name_end: int, limit: int, titled: bool, of: re.Match[str] | None,
                place_of: re.Match[str] | None) -> Role:
    role = _appositive(text, name_end, limit)
    if not role.title and not role.affiliation and text.startswith((", of ", ", from "), name_end):
        role = _from_body(text, name_end, limit)
    state = place_of.group().split(" of ", 1)[-1].strip() if place_of else None
    if state in US_STATE_NAMES and not role.affiliation:
        role.affiliation = state  # "Gov. Mike DeWine of Ohio, a Republican": the state he is of
    if role.title or role.affiliation or of is None:
        return role
    if of.group("org") in US_STATE_NAMES:
        return Role(None, of.group("org")) if titled else role
    return Role(None, named_actor(of.group("org")))


def _from_body(text: str, name_end: int, limit: int) -> Role:
    m = FROM_BODY_RE.match(text, name_end, limit)
    if m is None:
        return Role()
    org, kind = m.group("org"), m.group("kind")
    known = gazetteer.lookup(org)
    if known is not None:
        return Role(None, known[0]) if known[1] == "organization" else Role()
    if kind and KIND_RE.fullmatch(kind) or org.isupper() and len(org) > 1 \
            or any(w.lower() in ORG_HEADS or BODY_WORD_RE.fullmatch(w.lower()) for w in org.split()):
        return Role(None, named_actor(org))
    return Role()


def _titled_name(org: str) -> bool:
    """Does a capitalised run hold a title ("Wisconsin Gov. Scott Walker", "Wisconsin Gov"): a person's, no body's?"""
    words = org.split()
    return any(w.lower().rstrip(".") in ROLE_WORDS and (w.endswith(".") or k == len(words) - 1) for k, w in enumerate(words))


def _past_letters_and_age(text: str, name_end: int, limit: int) -> int:
    """Past the letters after a name and an age in commas ("Helen Croft KC", "Peter Grant, 81,")."""
    first, second = text[name_end + 1:name_end + 2], text[name_end + 2:name_end + 3]
    if first and first in "KQMOCD" or first == " " and second and second in "KQMOCD \t":  # (the letters' first: "KC",
        # "QC", "MP", "OBE", "CBE", "DBE"; after a comma or more blanks: ", KC")
        post = POST_NOMINAL_RE.match(text, name_end, limit)
        if post:
            name_end = post.end()
            first, second = text[name_end + 1:name_end + 2], text[name_end + 2:name_end + 3]
    if first == " " and (second.isdigit() or text.startswith(", aged ", name_end)):
        age = AGE_RE.match(text, name_end, limit)
        return age.end() if age else name_end
    return name_end


# the patterns tried after the relative clauses of sitting and working, and whether each opens with a comma (the others
# open with a space; RELATIVE_HEAD_RE with either): only those that can match at the name's end are tried (a compiled
# pattern's hash reads its whole code, so no set of patterns is looked up)
AFTER_NAME_PATTERNS = ((RELATIVE_HEAD_RE, None), (APPOS_HEADS_RE, True), (RELATIVE_WAS_RE, True), (RELATIVE_WAS_THE_RE, True),
                       (RELATIVE_IS_RE, True), (RELATIVE_BECAME_RE, True), (AFTER_RE, True), (APPOINTED_AS_RE, False), (IS_RE, False))


def _role_next(text: str, name_end: int) -> bool:
    """Does a role word (or its modifier) follow the name after a blank ("named Lena Ortiz chief executive")?"""
    if text[name_end:name_end + 1] != " " or not text[name_end + 1:name_end + 2].islower():
        return False
    word = text[name_end + 1:name_end + 40].split(" ", 1)[0].rstrip(",.;")
    return word in ROLE_WORDS or word in ("new", "interim", "acting", "chief", "deputy", "senior", "executive", "general",
                                          "managing")


def _appositive(text: str, name_end: int, limit: int) -> Role:
    now = joined(text, name_end, limit) or joined_after_clause(text, name_end, limit)
    if now:
        return now  # the post taken up now, before any post held before
    is_next = text.startswith(" is ", name_end)  # (IS_RE tried only then: a match call at every name costs)
    if (text.startswith((" as ", " its ", " their "), name_end) or _role_next(text, name_end)) \
            and APPOINTER_RE.search(text, max(0, name_end - 60), name_end):
        bare = APPOINTED_BARE_RE.match(text, name_end, limit)
        role = describe(bare.group("d")) if bare else Role()
        if bare and role.title and role.title.split()[-1] in ROLE_WORDS:
            of = APPOINTED_OF_RE.match(text, bare.end(), limit) if text.startswith((" of ", " at "), bare.end()) else None
            return describe(bare.group("d") + of.group()) if of else Role(role.title)  # whose: the body "of" names,
            # else the organisation doing the naming (org_parents, org_coref)
    if text.startswith((" was ", " has been ", " had been "), name_end):
        given = NAMED_TO_RE.match(text, name_end, limit)
        role = describe(given.group("d")) if given else Role()
        if role.title and role.title.split()[-1].lower() in ROLE_WORDS:
            return role
    if text.startswith(",", name_end) and text.find(" works as ", name_end, name_end + 90) != -1:
        works = RELATIVE_WORKS_RE.match(text, name_end, limit)
        role = describe(works.group("d")) if works else Role()
        if role.title and role.title.split()[-1].lower() in ROLE_WORDS:
            employer = EMPLOYER_RE.search(works.group("d")) if works and not role.affiliation else None
            if employer:  # ("for Morgans Financial": whom one works for is a body, whatever its words)
                role.affiliation = named_actor(employer.group("who"))
            return role
    works_for = RELATIVE_WORKS_FOR_RE.match(text, name_end, limit) if text.startswith(", ", name_end) \
        and text.find(" who ", name_end, name_end + 70) != -1 else None
    if works_for and not _titled_name(works_for.group("org")):  # (not "who worked for Wisconsin Gov. Scott Walker")
        return Role(describe(works_for.group("desc")).title if works_for.group("desc") else None,
                    named_actor(works_for.group("org")))
    sits = RELATIVE_SITS_RE.match(text, name_end, limit) if text.startswith(", who s", name_end) else None
    if sits and sits.group("org")[:1].isupper():  # (not "who sits on the board": which board is org_coref's to say)
        return Role("member", named_actor(sits.group("org")))
    comma = text.startswith(",", name_end)
    was_next = comma and text.startswith((", who was ", ", who had been "), name_end)
    for rx, comma_first in AFTER_NAME_PATTERNS:
        if rx is IS_RE and not is_next:
            break
        if comma_first is not None and comma_first != comma or rx is RELATIVE_WAS_THE_RE and not was_next:
            continue
        m = rx.match(text, name_end, limit)
        if not m:
            continue
        if rx is APPOS_HEADS_RE:  # "Wicker, the Mississippi Republican who chairs the committee": the committee; a role
            org = m.group("org")  # noun before "who" is the title ("the assistant attorney general who leads ...")
            title = describe(m.group("d")).title
            party = title is not None and title.split()[-1].lower() in ("republican", "democrat", "independent")
            return Role(None if party else title, named_actor(org))
        if rx is RELATIVE_HEAD_RE:  # ("the Pandemic Center at Brown University's ...": the centre)
            as_its = AS_ITS_RE.search(m.group("org"))  # "who heads RTD as its general manager": that title
            if as_its and as_its.group("title").split()[-1] in ROLE_WORDS:
                return Role(as_its.group("title"), named_actor(m.group("org")[:as_its.start()]))
            org = present_part(m.group("org"))
            parts = re.split(r"\s+(?:at|in)\s+(?=[A-Z]|the\s+[A-Z])", org, maxsplit=1)
            described = len(parts) > 1 and (not re.search(r"[A-Z]", parts[0]) or parts[0].split()[-1].islower())
            org = parts[1] if described else parts[0]  # ("the Turkey programme at the Hellenic Foundation": a unit
            # described, not named, so the foundation; "the policy team at the
            # Brookings Institution": the institution; "the Pandemic Center at Brown University": the centre)
            org = re.sub(r"^the\s+", "", org)
            if org[:1].islower() and not BODY_WORD_RE.search(org) and not re.match(r"[\w-]+(?:’s|'s)\s", org) \
                    and not KIND_NAMED_RE.fullmatch(org):
                continue  # "who led the negotiations": a task, not a body ("the bloc's trade policy": the bloc's)
            org = re.split(r"\s+under\s+(?=[A-Z])", org, maxsplit=1)[0]  # "who chaired the FTC under President Biden"
            owner = re.match(r"((?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*)(?:’s|'s)\s+[a-z]", org)
            panel = PANEL_AFTER_OWNER_RE.fullmatch(org, owner.end() - 1) if owner else None
            if panel:  # "who chairs the National Assembly's finance committee": the committee (a panel of members is
                org = panel.group()  # an actor of its own, no sub-unit: the actor set's convention)
            elif owner:  # "who leads the Sierra Club's climate program": the Sierra Club
                org = owner.group(1)
            named = None if WHOLE_NAME_RE.fullmatch(org) else CAPITALISED_RE.match(org)  # ("the Hellenic Foundation for
            # European and Foreign Policy": a name to its end keeps its "and")
            if named and BODY_TAIL_RE.match(org, named.end()):
                named = None  # "who chairs the Harris campaign", "the Senate blue ribbon committee": the body's noun
                # goes with the name
            org = named.group() if named else org  # "who founded Coastal in 1994 and owns ...": Coastal
            kind_named = KIND_NAMED_RE.fullmatch(org) if org[:1].islower() else None
            if kind_named:  # "who runs the polling firm Buckeye Insights": the name after its kind
                org = kind_named.group("name")
            if org[:1].islower():  # "who co-founded the company in 1993": the company
                org = re.split(r"\s+(?:in|on|at|since|from|with|after|before|during|until|last|this|and)\b", org, maxsplit=1)[0]
            verb = m.group("verb")
            if m.group("has") and verb in HAS_VERBS:  # "who has chaired the board since 2019": the post held now
                return Role(HAS_VERBS[verb], named_actor(org))
            if verb == "run":
                continue  # ("who have run ...": no "has" form read here)
            return Role(None if verb == "joined" else HEAD_VERBS.get(verb, "head"), named_actor(org))
        role = describe(m.group("d"))
        if rx is AFTER_RE and text.startswith(" who ", m.end()):
            now = now_heads(text, m.end(), limit)  # "X, a former budget officer at the Treasury who now leads the
            if now:  # Institute of Public Finance": the body led now, the post held before after its title
                return Role("; ".join(t for t in (now.title, role.title) if t), now.affiliation)
        if role.title and (rx is RELATIVE_WAS_RE or rx is RELATIVE_WAS_THE_RE):
            if role.title.split()[-1].lower() in PARTY_WORDS:
                continue  # "who was a Republican": a party, no post held
            role.title = "former " + role.title
        if rx is APPOINTED_AS_RE:
            if role.title and role.title.split()[-1] in ROLE_WORDS:
                return Role(role.title)  # whose: the organisation doing the naming (org_coref)
            continue
        if rx is IS_RE:
            if role.title and not role.affiliation and " and " in m.group("d"):  # "Godwin is a retired executive in
                role.affiliation = next((r.affiliation for part in split_roles(m.group("d"))[1:]  # Tucson and a fellow
                                         if (r := describe(part)).affiliation), None)  # with the OpEd Project": the body
            if role.title and (role.title.split()[-1].lower() in ROLE_WORDS or role.affiliation):  # (or "a nurse at Y")
                return role  # (not "X is a threat to ...": a role word heads the description)
            continue
        if rx is AFTER_RE and role.title and not role.affiliation and not role.possessor \
                and m.group("d")[:4].lower() == "its ":
            role.affiliation = "its " + role.title  # "Paul Chaplin, its chief executive,": whose (org_affiliations)
        if role.title or role.affiliation and rx is AFTER_RE:
            return role
    return Role()


# a time or place that opens the sentence before its fronted description ("In 2023 a federal judge, X")
LEADING_TIME_RE = re.compile(r"^(?:In|On|At|Last|Earlier|Later|By|During|Since|From)\s+[^,]{1,30}?\s+(?=(?:a|an|the)\s)")
# a dateline before the sentence's fronted description ("LONDON — ", "WASHINGTON, Dec 10 (Reuters) - ")
DATELINE_LEAD_RE = re.compile(r"^[A-Z]{2,}[A-Z .'’-]*(?:,[^—–\n]{1,30}?)?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:—|–|-)[ \t]*")
PRONOUN_CLAUSE_RE = re.compile(r"(?:I|We|He|She|They|You)\s+(?:[a-z]+\s+){1,4}?(?=the\s)")


CONJUNCTION_START_RE = re.compile(r"^(?:and|but)\s+")


def role_fronted(text: str, chain_start: int, floor: int) -> Role:
    """'Mr. Trump's nominee for national security adviser, Rep. Michael Waltz, said': the clause
    before the name, when it ends in a role noun."""
    if not ends_in_comma(text, max(floor, chain_start - 120), chain_start):
        return Role()  # (both patterns end in ",\s+$")
    role = field_fronted(text, chain_start, floor)
    if role.title:
        return role
    for rx in (FRONTED_RE, NEAR_FRONTED_RE):
        m = rx.search(text, max(floor, chain_start - 120), chain_start)
        if m and rx is FRONTED_RE and (CLAUSE_RE.search(m.group("d")) or NAME_VERB_RE.search(m.group("d"))):
            continue  # "The audit was carried out by the city's inspector general, Marcus Lee": a clause
        d = CONJUNCTION_START_RE.sub("", m.group("d")) if m else ""
        d = LEADING_TIME_RE.sub("", d)  # "In 2023 a federal judge, Jacqueline Scott Corley, refused"
        if "—" in d or "–" in d or " - " in d:
            d = DATELINE_LEAD_RE.sub("", d)  # "BISSAU — The ousted president, X": the dateline is no part of it
        said = PRONOUN_CLAUSE_RE.match(d)
        if said:  # "I spoke to the prime minister's trade minister, Dominic LeBlanc": the object, not the clause
            d = d[said.end():]
        role = describe(d) if m else Role()
        if role.title:
            return role
    return Role()


def field_fronted(text: str, chain_start: int, floor: int) -> Role:
    """'Kell Mining's Vice President, Investor Relations, Dana Poe said': a post before the name, then its field in
    capitals between commas (no role word at its end), with the post's body or possessor; Role() when the words are not
    so. (Read by string search back from the name, not by a pattern tried at each offset of the window.)"""
    if not text.endswith(", ", floor, chain_start):
        return Role()
    comma = text.rfind(",", max(floor, chain_start - 60), chain_start - 2)
    field = text[comma + 1:chain_start - 2].strip() if comma != -1 else ""
    if not field or not FIELD_RE.fullmatch(field) or field.split()[-1].lower() in ROLE_WORDS:  # (not "..., Chief Economist, X")
        return Role()
    start = max(text.rfind(". ", floor, comma) + 2, text.rfind("; ", floor, comma) + 2, text.rfind("\n", floor, comma) + 1,
                text.rfind("— ", floor, comma) + 2, floor)
    d = text[start:comma]
    if not 3 <= len(d) <= 80 or not re.fullmatch(C + "+", d):
        return Role()
    role = describe(d)
    if role.title:
        role.title = f"{role.title}, {field}"
    if role.title and role.possessor and not role.affiliation:  # (a post with a department's field is a body's, no
        role = Role(role.title, named_actor(role.possessor))  # person's staff: "Kell Mining" is the affiliation)
    return role


# "Its chairman, Robert Feld, who founded ...", "The agency's chairman, Andrew Ferguson, a former ...": a description
# that names whose officer the person is goes before what an appositive or relative clause after the name says
OWNER_FRONTED_RE = re.compile(r"(?<![\w’'-])(?:[Ii]ts|[Tt]he\s+[a-z]+(?:’s|'s)|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s))"
                              r"\s+[a-z][\w\s-]{1,40}?,\s+$")


def owner_fronted(text: str, chain_start: int, floor: int) -> bool:
    return ends_in_comma(text, max(floor, chain_start - 60), chain_start) \
        and OWNER_FRONTED_RE.search(text, max(floor, chain_start - 60), chain_start) is not None


__all__ = ["field_fronted", "owner_fronted", "role_after", "role_and_end_after", "role_fronted"]
