"""A course about the electoral contest itself is a campaign's own move, no course of a government or body (news
decisions of news-s13: a politician's moves as a candidate, backing a candidate, courting voters). Read on the
summary: it names the contest (candidates, a primary or caucus, delegates, voters, votes, a party's nominee, an
opponent or rival, a campaign, the race, the polls, the front-runner, the stump, the ballot, the Electoral College)
and neither a state or party act on it ("end the caucuses", "reform the primary system", "fire his campaign manager",
"investigate the campaign", "disqualify the candidate", "call an early election and let the voters settle it", "agree on a single candidate") nor a policy ("the rules", "the law", "campaign finance").
"Over-perform in the primaries", "continue spending time and money on the primary", "support the Democratic candidate
who got the most votes", "endorse his opponent", "drop her party's volatile nominee", "reboot his campaign",
"knock the governors out of the race" are no options; "let its candidates debate often", "take ballot measures to legalize marijuana", "pressure Ukraine
to release a political rival", "back the will of voters at the convention", "choose the nominee" (a court's) stay.
A bloc's vote ("vie for the Latino vote"), turnout ("get them to turn out") and the office as the prize ("prevent a
Republican from becoming president", "a man we should elect as president", "win the nomination") name the contest too;
"elect a new president of the board", "turn out the lights" do not. So does a candidate's exit ("call on Mr. Sanders
to withdraw", "those calling for Sanders' withdrawal", "muscle him out", "drop out of the race"), where a withdrawal of
troops or from a treaty ("withdraw the marines", "Russia's withdrawal from Syria") stays. So do a share of the vote
("needs to garner 52 percent") and out-performing ("outperform current projections in other large states"); a cut or
a rise by a percentage ("cut taxes by 20 percent") stays."""
from __future__ import annotations

import re

CONTEST_RE = re.compile(
    r"\b(?:(?<!vaccine\s)(?<!drug\s)(?<!teacher\s)(?<!job\s)(?<!asylum\s)(?<!doctoral\s)(?<!PhD\s)candidates?|candidacy|"
    r"primar(?:y|ies)|caucus(?:es)?|(?:super)?delegates(?!\s+to\b)|voters|votes|"
    r"(?:party[’']s|presidential|Republican|Democratic|GOP|eventual|presumptive|likely)\s+(?:\w+\s+)?nominee|"
    r"(?:his|her|their|my|our|(?-i:Republican|Democratic|GOP))\s+(?:[\w-]+\s+)?(?:opponents?|rivals?|challengers?)|"
    r"(?:opponents?|rivals?|challengers?)(?=\s+(?-i:[A-Z]))|"
    r"(?:presidential|election|re-?election|primary|his|her)\s+campaign|"
    r"campaign\s+trail|campaigning|(?:the|this|that|a|presidential|primary|Senate|House|mayoral|gubernatorial|leadership)"
    r"\s+race\b(?!\s+(?:to|relations))|polls(?!\s+open)|front-?runner|stump|"
    r"electoral\s+college|ballot(?!\s+(?:measure|question|initiative|proposition)s?)|"
    r"(?:Latino|Hispanic|black|white|evangelical|youth|young|women[’']s|female|male|suburban|rural|urban|working-class|"
    r"Jewish|Muslim|Catholic|union|labor|independent|conservative|progressive|millennial|senior|minority|"
    r"African[- ]American|Asian[- ]American|Democratic|Republican|GOP)\s+(?:\w+\s+)?vote|"
    r"turnout|turn(?:s|ed|ing)?\s+out(?!\s+(?:to\s+be|that|the|a|an|of)\b)|"
    r"(?:become|becomes|becoming|elect|elected|electing|win|wins|winning|seek|seeks|seeking|clinch|clinching)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:the\s+)?(?:next\s+)?president(?!\s+(?:of\s+the\s+)?(?:board|council|bank|union|college|"
    r"university|association|court|commission|committee|club))|the\s+presidency|the\s+White\s+House|the\s+(?:\w+\s+)?nomination)|"
    r"(?:\bto\s+|^)withdraw(?=\s*$|\s+from\s+the\s+(?:race|contest|primar))|[’']s?\s+withdrawal(?!\s+(?:of|from)\s+(?!the\s+(?:race|"
    r"contest|primar)))|drop(?:s|ped|ping)?\s+out(?!\s+of\s+(?!the\s+(?:race|contest|primar)))|bow(?:s|ed|ing)?\s+out|"
    r"(?:muscle|push|force|drive|shove)\s+(?:him|her)\s+out|"
    r"(?:garner|win|get|take|capture|secure|earn|reach|hit)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?"
    r"\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)|(?:out|over-?|under-?)perform\w*)\b", re.I)
# (a rival or opponent counts only as someone's own or before a name: "endorse his opponent", "rival Sen. Sanders", not "arm the opponents of Assad", "deter
# rivals such as China", "confront its rivals"; a race only as a contest named: "out of the race", not "data on race";
# candidates not for a vaccine, a job or a teaching post; delegates not sent to talks; polls not kept open; giving votes, or voters a say, a right or a choice, is the state's act; not "give voters serious pause")
# a state's, a party's or a court's act on the contest: a course
ACT_ON_IT_RE = re.compile(r"^(?:end|abolish|reform|change|open|close|ban|scrap|eliminate|require|allow|limit|cap|restrict|stop|"
                          r"repeal|overhaul|fix|expand|extend|investigate|prosecute|indict|fine|disqualify|bar|protect|register|"
                          r"count|audit|recount|hold|fire|sack|hire|suspend|boycott|release|free|pressure|sanction|punish|let|call(?!\s+on\b)|schedule|postpone|delay|cancel|agree|field|nominate|concede|"
                          r"consult|enfranchise|(?:give|grant|hand)\s+(?:[\w-]+\s+){0,2}?(?:votes|voters\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?"
                          r"(?:say|right|vote|choice|voice|referendum|option)s?))\b", re.I)
POLICY_RE = re.compile(r"\b(?:law|laws|bill|rules?|system|process|tax|taxes|reform|finance|funding|donations|disclosure|"
                       r"lobby\w*|ID|will\s+of|referendum|plebiscite)\b", re.I)
CONTEST_KEYS = ("candida", "primar", "caucus", "delegate", "vote", "nominee", "opponent", "rival", "challenger", "campaign",
                "race", "polls", "front", "stump", "electoral", "ballot", "turn", "presiden", "white house", "nomination",
                "withdraw", "drop", "bow", "muscle", "push", "force", "drive", "shove", "percent", "%", "perform")


def names_the_contest(low: str) -> bool:
    """A cheap pre-check on the lower-cased sentence: whether any word of the contest may be in it."""
    return any(k in low for k in CONTEST_KEYS)


def about_the_contest(summary: str) -> bool:
    """Whether the summary is a move in the electoral contest rather than a course of a government or body."""
    return CONTEST_RE.search(summary) is not None and not ACT_ON_IT_RE.match(summary) and not POLICY_RE.search(summary)
