"""Courses that name no act, read on a hit's summary whatever rule found it: a campaign slogan ("make America great
again", "make Britain strong again"), an effort with no content ("take bold action", "take the necessary
measures", "make significant changes") and a goal of unity or a direction ("unify the party", "work together with
X", "move towards being compassionate"). Convention v2: vague wishes and goals without an act are no options. Each stays a course when it names its
means, its target or its kind: "make America richer by abolishing most regulations", "make Mexico pay for the wall",
"take military action", "take decisive action against the cartels". (A turn of attention, "focus more on what is
important", is read on the action phrase: heads.vague_object.)"""
from __future__ import annotations

import re

from briefing_app.analysis.options.aims import aims_only

# "make America great again", "make our country safe again", "make America 'win' again": praise of a place, no act;
# not "make America richer by abolishing most regulations" (a means), "make Mexico pay for the wall" (an act)
SLOGAN_RE = re.compile(r"^make\s+(?:(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?|(?:our|the|this)\s+(?:country|nation|city|state))\s+"
                       r"[‘'\"“]?(?:great|greater|strong|stronger|safe|safer|whole|proud|win|rich|wealthy|first|better|"
                       r"healthy|prosperous|united|free|work)(?:er)?[’'\"”]?(?!\s+(?:again\s+)?(?:by|through|with)\b)(?:\s+again)?"
                       r"(?:\s*$|\s*[,;]|\s+(?:and|for\s+(?:everyone|all|us))\b)", re.I)
# "take bold action", "take the necessary measures": an effort, no act; a kind of action ("military", "legal",
# "executive", "disciplinary") or a target ("against the cartels", "to ban X", "on guns") makes it one
EFFORT_RE = re.compile(r"^take\s+(?:the\s+|some\s+|any\s+)?(?:(?:bold|decisive|swift|urgent|immediate|strong|stronger|real|"
                       r"meaningful|concrete|serious|tough|tougher|firm|firmer|quick|prompt|appropriate|necessary|further|"
                       r"additional|more|drastic|radical|dramatic|robust|effective|concerted|collective|"
                       r"every\s+possible|all\s+(?:the\s+)?necessary)\s+(?:and\s+\w+\s+)?)?(?:action|actions|measures|steps)\b"
                       r"(?:\s+to\s+(?:protect|defend|safeguard|help|keep)\s+(?:ourselves|themselves|itself|us|them|everyone|"
                       r"(?:our|the)\s+(?:country|nation|people|public|citizens|allies))\b|"
                       r"(?!\s+(?:against|on|over|to|in|at|for|toward|towards|that|which|aimed|targeting|including)\b))", re.I)
# "make some changes", "make significant changes": which changes is not said ("make changes to the tax code", "political
# changes that must be introduced" name them)
CHANGES_RE = re.compile(r"^make\s+(?:(?:some|significant|major|real|big|meaningful|serious|sweeping|fundamental|drastic|"
                        r"radical|(?:the\s+)?necessary|many|more|a\s+few|few|important|needed|the)\s+){0,2}changes?\b"
                        r"(?!\s+(?:to|in|at|on|of)\b)", re.I)
# "unify the party", "unite the country", "heal the nation": a goal, no act ("unite the party behind the budget deal"
# is read the same: the deal would be the course)
UNITY_RE = re.compile(r"^(?:unify|unite|reunite|heal|bring\s+together)\s+(?:the|our|this|a\s+divided|his|her|their)\s+"
                      r"(?:\w+\s+)?(?:party|parties|country|nation|GOP|conference|base|movement|people)\b", re.I)
# "work together with people of the Muslim faith", "work towards unity as a nation", "move towards being compassionate":
# a direction, no act; "work together to pass the bill" names one
TOWARD_RE = re.compile(r"^(?:work|move|strive|come)\s+(?:together(?!\s+(?:to|on)\b)|(?:together\s+)?towards?\s+"
                       r"(?:being|becoming|unity|peace|healing|reconciliation|understanding|compassion|a\s+better\b|"
                       r"a\s+more\s+\w+\s+(?:society|nation|country|world|future)))", re.I)
OPENERS = frozenset("unify unite reunite heal bring work move strive come".split())  # UNITY_RE and TOWARD_RE open so
# an exhortation of faith ("fast and pray and approach the Lord with humility", "keep the gates of heaven open over the
# nations", "expose the unfruitful works of darkness"): devotion, no course of a body; a rule on it ("allow prayer in
# public schools", "ban worship in state buildings") is a course
DEVOTION = (r"\b(?:pray|prays|praying|repent\w*|worship|the\s+Lord|(?:His|Thy)\s+(?:forgiveness|protection|grace|mercy|will)|"
            r"gates\s+of\s+(?:heaven|hell)|heaven|works\s+of\s+darkness|salvation|sins|sinners)\b")
DEVOTION_RULE = (r"\b(?:schools?|public|ban|bans|allow|permit|law|laws|government|federal|state|tax|fund\w*|military|prisons?|"
                 r"courts?|rule|rules|right|rights|freedom)\b")


# compiled with the rules (at import: from the compiled-pattern cache), not at each process's first hit
_DEVOTION_RE, _DEVOTION_RULE_RE = re.compile(DEVOTION, re.I), re.compile(DEVOTION_RULE, re.I)


def devotion(summary: str) -> bool:
    """Whether the summary is an exhortation of faith, no rule about worship."""
    return _DEVOTION_RE.search(summary) is not None and _DEVOTION_RULE_RE.search(summary) is None


# "Adopt" put before a noun phrase that names an amount of things or none, not a measure: "Adopt none of the above",
# "Adopt a lot of systems", "Adopt things based off ...", "Adopt some things we come together on"
QUANTITY_NP_RE = re.compile(r"^adopt\s+(?:none\s+of|(?:a\s+)?lots?\s+of|some\s+things|things|something|anything|nothing|"
                            r"everything|all\s+of|any\s+of|more\s+than|one\s+side|both\s+sides)\b", re.I)
# "Adopt" put before a clause's rest: a verb or a conjunction ("Adopt believe it would be easy ...", "Adopt and has
# fundraised for ..."), or a noun phrase run on into its own finite verb ("Adopt Mr. Cruz began March with ...",
# "Adopt one side over the other would hamper ..."); not after a relative or a subordinator ("Adopt policies that would
# strengthen the economy", "Adopt localities deciding whether the wage is right") or a conjunction ("... and would change")
RUN_ON_RE = re.compile(r"^adopt\s+(?:(?:and|or|but|believe|think|say|said|is|are|was|were)\b|"
                       r"(?:(?!(?:that|which|who|whom|whose|what|whether|if|when|where|how|because|as|than|it|they|"
                       r"he|she|we|you|i|there|this|these|those)\b)[\w$.’'\"“”-]+\s+){1,8}?"
                       r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\band\s)(?<!\bor\s)"
                       r"(?:is|are|was|were|has|have|had|would|will|began|paid|says|said)\s)", re.I)


def no_course_noun(summary: str) -> bool:
    """Whether an "Adopt ..." summary names an amount of things or none, or runs on into a clause: no course."""
    return summary[:6] == "Adopt " and (QUANTITY_NP_RE.match(summary) is not None or RUN_ON_RE.match(summary) is not None)


def hollow(summary: str) -> bool:
    """Whether the hit's summary names no act (a slogan, an effort with no content, unity, a direction). Read on the
    summary, not the sentence: "Some changes need to be made" gives "Make some changes". An aim with no act
    ("strengthen the economy", "bring accountability into government") is aims.py's; an exhortation of faith
    ("fast and pray", "approach the Lord") names no course either."""
    if aims_only(summary) or devotion(summary) or no_course_noun(summary):
        return True
    head = summary[:5].lower()
    if head == "make ":
        return SLOGAN_RE.match(summary) is not None or CHANGES_RE.match(summary) is not None
    if head == "take ":
        return EFFORT_RE.match(summary) is not None
    if summary.partition(" ")[0].lower() not in OPENERS:
        return False
    return UNITY_RE.match(summary) is not None or TOWARD_RE.match(summary) is not None
