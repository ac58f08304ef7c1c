"""Courses of action that are a person's own errand, not a body's: the writer's own request ("I asked the
district to provide me with a copy"), a person's vote for a candidate ("said she planned to caucus for Clinton"), a
politician's own moves as a candidate ("planning to withdraw from her reelection race and seek the nomination", "choose a
female running mate", "release his tax returns"), what a relative should do ("he wanted my grandmother to take Carlos to
hospital"), one's own body or appetites ("bleach her hair", "lose weight"), a guess at a past motive ("probably
wanted to keep it quiet"), and a course that only sits inside a proviso ("available to anyone, provided they are willing to
wade through it"). Read on the hit's summary and the few words before its action."""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit

# the writer as the one the act is for: "provide me with", "send me the files", "let me"
FOR_ME_RE = re.compile(r"(?<!\band\s)\b(?:me|myself)\b(?!\s+and\b)", re.I)  # not "me and my neighbours"
KIN = (r"(?:grand)?(?:mother|father|mom|mum|dad|parents?)|wife|husband|son|daughter|brother|sister|uncle|aunt|cousin|"
       r"nephew|niece|(?:boy|girl)friend|friend|fianc[ée]e?|kids|children|family|neighbou?r")
# a relative as the doer, right before the action: "my grandmother to", "her husband should", "our kids must"
KIN_DOER_RE = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:(?:late|own|elder|older|younger|little|big|best)\s+)?"
                         r"(?:" + KIN + r")\s+(?:(?:should|must|would|could|will|to|ought|needs?|had|has|have|better)\s+)"
                         r"{1,2}(?:\w+ly\s+)?(?:not\s+)?$", re.I)
KIN_KEYS = ("my ", "our ", "his ", "her ", "their ", "your ")
# the action inside a proviso: "provided they are willing to", "as long as the council agrees to"
PROVISO_RE = re.compile(r"\b(?:provided|providing|as\s+long\s+as|so\s+long\s+as)\s+(?:that\s+)?(?:\w+\s+){1,4}?"
                        r"(?:is|are|was|were|be)\s+(?:\w+\s+)?(?:willing|ready|prepared|able)\s+to\s+$", re.I)


# a person's own vote: "caucus for Clinton", "vote against Trump", also with the vote's when, where or as what ("vote for
# Sanders in the state's March 1 primary", "as a superdelegate at the convention", "on Election Day", "or were leaning
# toward doing so") and for an unnamed candidate ("vote for a candidate from the 1960s"); "vote Tuesday", "vote early".
# A vote on a bill or a measure stays a course ("vote for the bill", "vote for Keystone XL in the House", "vote for
# Proposition 8 in November")
_MEASURE_WORD = r"(?!(?:Act|Bill|Law|Amendment|Plan|Deal|Treaty|Proposition|Prop|Measure|Question|Initiative|Resolution|Budget)\b)"
_VOTED = (r"(?:" + _MEASURE_WORD + r"(?-i:[A-Z])[\w’'.-]+(?:\s+" + _MEASURE_WORD + r"(?-i:[A-Z])[\w’'.-]+)*"
          r"(?:\s+of\s+(?-i:[A-Z])[\w.]+(?:\s+(?-i:[A-Z])[\w.]+)?)?|him|her|them|(?:a|another|any|the)\s+(?:[\w-]+\s+)?candidate\b[^,;]*)")
_WHEN = (r"(?:primary|primaries|caucus(?:es)?|elections?|November|Election\s+Day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
         r"(?:super)?delegate|convention|polls|ballot\s+box|(?:January|February|March|April|May|June|July|August|September|"
         r"October|December)\s+\d)")
OWN_VOTE_RE = re.compile(r"^(?:not\s+)?(?:vote|caucus|campaign)\s+(?:for|against)\s+(?:either\s+|neither\s+)?" + _VOTED
                         + r"(?:\s+(?:or|nor|and)\s+" + _VOTED + r")?"
                         + r"(?:\s+(?:in|at|on|during|as|this|next)\b[^,;]*?\b" + _WHEN + r"\b[^,;]*|\s+or\b.*)?$|"
                         r"^vote\s+(?:early|today|tomorrow|(?:on\s+|this\s+|next\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                         r"in\s+November)$", re.I)


# a person's own moves as a candidate, not a course of a government or body (news reports tell them as plans and
# calls): entering, leaving or staying in a race, running for an office, seeking a nomination, making a bid, choosing a
# running mate, conceding, releasing one's own tax returns. The summary may open with its doer ("Trump tap Pence for
# vice president"). A vote for a candidate by voters ("Elect Buhari president") and a party's rules are not read here.
_DOER = r"^(?:(?-i:[A-Z])[\w.’'-]*\s+){0,4}?"
_OFFICE = (r"(?:re-?election|election|office|president|(?:the\s+)?presidency|governor|mayor|(?:the\s+)?(?:senate|house|congress|"
           r"white\s+house|nomination|seat|leadership)|a\s+(?:second|third|fourth)\s+term)\b")
_PERSONAL_RECORDS = r"(?:medical|health|tax|financial|military|service|school|college|academic|birth|personal)\b"
CANDIDACY_RE = re.compile(
    _DOER + r"(?:(?:enter|join|quit|leave|exit|stay\s+in|remain\s+in|get\s+(?:into|out\s+of)|drop\s+out\s+of|pull\s+out\s+of|"
    r"withdraw\s+(?:\w+\s+)?from|bow\s+out\s+of|sit\s+out|skip)\s+(?:[\w’'-]+\s+){0,4}?(?:(?<!arms\s)(?<!space\s)race\b(?!\s+to\b)|"
    r"contest|primary|primaries|caucus(?:es)?|running|ballot|election)\b|"
    # a campaign's schedule and tactics: "compete hard in the remaining primary states", "press on to the next primary",
    # "push for a contested convention", "press their case to the convention floor", "hold a fund-raiser for Mr. Trump"
    r"(?:compete|organi[sz]e|press\s+on|fight\s+on|campaign\s+hard)\s+(?:[\w’'-]+\s+){0,3}?(?:in|to|through)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:primary|primaries|caucus(?:es)?|(?:March|April|May|June|swing|battleground|early|primary)\s+states)\b|"
    r"\w+(?:\s+\w+)?\s+(?:[\w’'-]+\s+){0,4}?(?:(?:a|the)\s+(?:contested|brokered|open)\s+convention|(?:the\s+)?convention\s+floor)\b|"
    r"(?:hold|host|throw|attend)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+)?fund-?raiser\b|"
    r"endorse\s+(?:anyone|anybody|a\s+candidate|no\s+one|nobody)\b|"
    r"(?:pursue|seek|win|secure)\s+a\s+(?:slot|seat|spot|place)\s+as\s+(?:an?\s+)?(?:[\w’'-]+\s+)?delegate\b|"
    r"(?:run|stand)\s+(?:again\s+)?for\s+" + _OFFICE + r"|"
    # "seek the nomination" (not "take the nomination process away from the party bosses")
    r"(?:seek|pursue|win|secure|clinch|seal|lock\s+up|wrap\s+up)\s+(?:[\w’'-]+\s+){0,3}?nomination\b(?!\s+(?:process|rules|system|calendar))|"
    # "make a bid", "mount a bid for the presidency" (not "mount a bid to host the Games": a city's course)
    r"(?:make|launch|mount|abandon|suspend|quit|end|drop|give\s+up)\s+(?:a|an|her|his|their)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:bid|candidacy|run)\b"
    r"(?!\s+(?:to|for)\s+(?!" + _OFFICE + r"))|"
    r"(?:choose|pick|name|select|tap|consider|vet)\s+(?:[\w’'-]+\s+){0,5}?(?:running\s*-?mate|ticket-?mate|for\s+vice[\s-]president|"
    r"as\s+(?:his|her|their)\s+(?:vice[\s-]president|number\s+two))\b|"
    r"concede\s+(?:(?:the|her|his)\s+)?(?:race|nomination|election|primary|defeat)\b|"
    r"release\s+(?:his|her|their|my|our)\s+(?:own\s+)?(?:full\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:tax\s+)?returns?|taxes|tax\s+records|"
    r"medical\s+records)\b|"
    # one's own records made public: "make his medical health records available to the public", "release his records"
    # (a person's: "his", "her", or "their" with a person's kind of records - "release their records on shootings",
    # "publish their emissions records" are bodies' courses)
    r"(?:release|make\s+public|publish|disclose)\s+(?:his|her|their(?=\s+(?:own\s+)?" + _PERSONAL_RECORDS + r"))\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?records\b|"
    r"make\s+(?:his|her|their(?=\s+(?:own\s+)?" + _PERSONAL_RECORDS + r"))\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?records\s+(?:available|public)\b)", re.I)  # ("release his 2014 return Friday": a year's return is a tax return)
# the same for a campaign's other moves: backing a candidate or a re-election ("I fully support and endorse his
# re-election", "plans to support the Republican nominee"), beating a rival at the polls, a campaign's schedule
# ("spend nearly all his time in California", "campaign across Ohio"), turning out to vote, courting voters or
# delegates, leaving one's party, running as an independent or against a rival (not "support the campaign to free the
# hostages", "beat inflation", "persuade voters to back the reform", "leave the party's rules alone")
_NAME = r"(?:(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+)*|him|her|them)"
CAMPAIGN_RE = re.compile(
    _DOER + r"(?:(?:support|endorse|back)\s+(?:[\w’'-]+\s+){0,4}?(?:re-?election|candidacy|nominee|ticket|"
    r"campaign(?!\s+(?:to|for|against|of|on)\b))\b|"
    # a person's re-election whatever the verb the summary kept ("I fully support and endorse his re-election")
    r"[\w’'-]+\s+(?:and\s+[\w’'-]+\s+)?(?:the\s+re-?election\s+of\s+(?-i:[A-Z])|(?:his|her|their)\s+re-?election\b)|"
    r"(?:beat|unseat)\s+" + _NAME + r"(?:\s+(?:at\s+the\s+ballot\s+box|at\s+the\s+polls|in\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:primary|primaries|election|caucus(?:es)?|November|race)))?$|"
    r"have\s+a\s+(?:[\w’'-]+\s+)?(?:win|victory)\b|"
    r"(?:show\s+up|turn\s+out|go)\s+(?:to\s+vote|at\s+the\s+polls|to\s+the\s+polls)\b|"
    r"spend\s+(?:[\w’'-]+\s+){0,3}?(?:his|her|their)\s+time\s+in\s+(?-i:[A-Z])|"
    r"(?:campaign|stump)\s+(?:in|across)\s+(?-i:[A-Z])|"
    r"(?:bolt|quit|leave|switch)\s+(?:the|his|her|their)\s+part(?:y|ies)\b(?!\s*[’']s)|"
    r"run\s+(?:as\s+(?:an?\s+)?(?:independent|third-party)|against\s+)|"
    r"(?:persuade|convince)\s+(?:[\w’'-]+\s+){0,6}?(?:supporters|voters|delegates|superdelegates)\s+to\s+(?:back|support|vote\s+for)\s+"
    + _NAME + r"$|"
    r"(?:court|woo|win\s+over)\s+(?:[\w’'-]+\s+){0,4}?(?:supporters|voters|delegates|superdelegates)\b|"
    # a candidate's hold on his supporters ("rebuffed pressure to rein in his supporters", "asking them not to stage
    # protests" is read as any course): not "the union's supporters of the reform"
    r"(?:rein\s+in|restrain|calm|control|call\s+off|mobili[sz]e|energi[sz]e|fire\s+up)\s+(?:his|her)\s+supporters\b|"  # (not "Rebels should rein in their supporters")
    # rallying behind a candidate ("urges conservatives to unite behind him", "unite behind his candidacy"; not "unite
    # behind the ceasefire plan")
    r"(?:unite|unify|rally|coalesce|consolidate)\s+(?:behind|around)\s+(?:" + _NAME + r"|(?:his|her|their)\s+candidacy|"
    r"(?:the|a|their|our)\s+(?:presumptive\s+)?(?:nominee|front-?runner|candidate))\b)", re.I)
CAMPAIGN_KEYS = ("elect", "candida", "nominee", "ticket", "campaign", "beat", "unseat", " win", "victory", "polls", "vote",
                 "time in", "stump", "part", "run ", "supporters", "voters", "delegates", "behind", "around")  # (supporters:
# also the candidate's hold on them)
CANDIDACY_KEYS = ("race", "contest", "primar", "caucus", "states", "convention", "raiser", "endorse", "delegate", "running", "ballot", "run ", "stand ", "nomina", "bid", "candida",
                  "mate", "vice", "concede", "tax", "medical", "return", "records")
# "Trump should release them": one's own papers named only by a pronoun, the sentence naming tax returns
OWN_PAPERS_RE = re.compile(_DOER + r"release\s+(?:them|it)$", re.I)


# one's own body or appetites as the object: "bleach her hair", "lose weight", "repress some of our urges" (grooming,
# diet and self-control are a person's business, not a body's course; "throw its weight behind X" stays one)
BODILY_RE = re.compile(r"^\w+\s+(?:(?:some|all|many|most)\s+of\s+)?(?:her|his|their|your|my|our)\s+(?:own\s+|\w+\s+)?"
                       r"(?:hair|urges|appetites?|diet|waistline|make-?up|teeth|beard|moustache|mustache|nails)\b|"
                       r"^(?:lose|gain|shed|put\s+on)\s+(?:some\s+|the\s+|excess\s+|a\s+(?:lot|bit)\s+of\s+)?weight\b", re.I)
BODILY_KEYS = ("hair", "urge", "appetite", "diet", "waist", "make", "teeth", "beard", "stach", "nails", "weight")
# a guess at what someone wanted at the time: "both governments probably wanted to keep this air strike quiet"
SPECULATED_MOTIVE_RE = re.compile(r"\b(?:probably|presumably|perhaps|apparently|likely|doubtless|no\s+doubt)\s+"
                                  r"(?:wanted|wished|hoped|sought|preferred|intended|meant|tried)\s+to\s+$", re.I)


GUESS_KEYS = ("probably", "presumably", "perhaps", "apparently", "likely", "doubt")


def errand(text: str, s: int, hit: Hit, low: str) -> bool:
    """Whether the hit (in the sentence starting at `s`, lower-cased `low`) is a personal errand or a proviso,
    not a course of action argued for a body."""
    if " me" in low and FOR_ME_RE.search(hit.summary) or OWN_VOTE_RE.match(hit.summary):
        return True
    if any(k in low for k in CANDIDACY_KEYS) and (CANDIDACY_RE.match(hit.summary) or "tax" in low and OWN_PAPERS_RE.match(hit.summary)):
        return True
    if any(k in low for k in CAMPAIGN_KEYS) and CAMPAIGN_RE.match(hit.summary):
        return True
    if any(k in low for k in BODILY_KEYS) and BODILY_RE.search(hit.summary):
        return True
    if any(k in low for k in GUESS_KEYS) and SPECULATED_MOTIVE_RE.search(text, max(s, hit.start - 60), hit.start):
        return True
    before = text[max(s, hit.start - 80):hit.start]
    if any(k in low for k in KIN_KEYS) and KIN_DOER_RE.search(before):
        return True
    return ("provid" in low or "long as" in low) and PROVISO_RE.search(before) is not None
