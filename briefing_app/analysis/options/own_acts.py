"""Acts a doer decides and carries out alone, needing no one else's consent (convention: tests/data/options/README.md,
"Announced plans (sixteenth session)", rule a): its office's appeal or lawsuit, a hearing or a press conference it will
hold, its own records released, stepping down, a visit or an appearance, its own review or inquiry, a campaign's or a
company's own business (its ads, its factories), giving back donations. Announced as decided ("said his office would
appeal the decision", "plans to step down", "vowed to sue", "will not attend the convention"), nothing is argued: no
option. A measure that needs others to act or agree (a bill, a budget, a sanction, a government policy not yet in force,
a candidate's pledge of what the government will do) is the announcer's position and is not read here; nor is a call on
someone else to do one of these acts ("urged the attorney general to appeal": an entry), nor a threat ("threatened to
sue": not yet decided, a position). Held under a condition, an act of the doer's own person or office stays no option
("announced he will step down from the foundation if his wife wins", "would sue if the rule took effect": coordinator's
decision, session 17); a course needing others held under one stays a conditional position ("will impose tariffs if").

Read on the summary of a hit that an announcing rule marked `decided` (`announced.py`, the plan verbs of `phrasal`).

Also rule c's exception: a call the text itself says was not meant ("Trump jokingly urged Russia to hack X", "said in
jest that Russia should find X") is no entry; a call others mock or call a joke stays the caller's (`in_jest`)."""
from __future__ import annotations

import re

_OWN = r"(?:his|her|its|their|our|my)\s+(?:own\s+)?"
# one row per kind of act; each row has tests in several phrasings and near misses (tests/analysis/test_options_own_acts.py)
OWN_ACT_RE = re.compile(
    # a court step of its own: an appeal, a lawsuit, a complaint or motion filed, a case taken to court
    r"(?:appeal\s+(?:(?:the|this|that|a|an|its|his|her|their|it)\b(?!\s+to\s+(?:voters|supporters|the\s+public))|to\s+(?:the\s+)?"
    r"(?:[\w.-]+\s+){0,3}?(?:court|circuit)\b)|"
    r"sue\b|countersue\b|"
    r"(?:file|lodge|bring|launch|mount|pursue)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:(?:law)?suits?|"
    r"complaints?|appeal|motion|petition|(?:legal|court)\s+challenge)\b|"
    r"take\s+(?:[\w’'.-]+\s+){1,6}?to\s+court\b|challenge\s+(?:[\w’'.-]+\s+){1,8}?in\s+court\b|"
    # an event of its own: a hearing, a press conference, a rally, a vigil
    r"(?:hold|convene|schedule|host|call|stage|organi[sz]e)\s+(?:(?:a|an|its|his|her|their|the|no|any|more|public)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:hearings?|(?:press|news)\s+conferences?|town[\s-]halls?|rall(?:y|ies)|briefings?|vigils?)\b|"
    # its own records made public
    r"(?:release|publish|make\s+public|disclose|post|hand\s+over|turn\s+over)\s+(?:all\s+(?:of\s+)?)?" + _OWN +
    r"(?:[\w-]+\s+){0,2}?(?:records?|reports?|findings|e-?mails|documents|papers|files|transcripts?|(?:tax\s+)?returns?|"
    r"data|results|correspondence|schedule)\b|"
    # leaving an office, an appearance of its own
    r"(?:step|stand)\s+down\b|resign\b|retire\b|"
    # running or not running: its own campaign or candidacy begun, suspended or ended
    r"(?:suspend|end|halt|drop|quit|launch|announce|formally\s+launch)\s+" + _OWN + r"(?:[\w-]+\s+){0,2}?(?:campaigns?|"
    r"candidac(?:y|ies)|bids?)\b|drop\s+out\b|run\s+for\b|seek\s+(?:re-?election|(?:a\s+)?(?:second|third)\s+term)\b|"
    r"(?:attend|visit|skip)\b|(?:speak|appear)\s+at\b|testify\b|show\s+up\s+(?:at|to|for)\b|"
    # its own review or inquiry
    r"(?:review|investigate|examine|audit|probe|look\s+into)\b|"
    r"(?:open|launch|begin|start|conduct)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:investigation|inquiry|probe|review|audit)\b|"
    # a campaign's or a company's own business: its ads, its factories and offices
    r"(?:air|run|launch|release|buy|reprint|roll\s+out|unveil)\s+(?:(?:a|an|its|his|her|their|the|new|more)\s+)?(?:[\w’'-]+\s+){0,5}?"
    r"(?:ads?|advertisements?|commercials?|mailers?|editorials?)\b|"
    r"(?:open|build|move|relocate)\s+(?:(?:a|an|its|his|her|their|the)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:plants?|factory|factories|"
    r"stores?|headquarters|offices?)\b|"
    # its own money given back or away
    r"(?:return|donate|give\s+(?:back|away)|refund|redirect)\s+(?:(?:the|his|her|its|their|all|any|that)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:money|donations?|contributions?|proceeds|salary|fees)\b|"
    # advice, cooperation, symbolic acts of its own
    r"advise\b|(?:comply|cooperate)\s+(?:fully\s+)?with\b|abide\s+by\b|"
    r"light\s+(?:up\s+)?(?:[\w-]+\s+){0,3}?(?:landmarks?|buildings?|bridges?|towers?|monuments?)\b|"
    r"(?:lower|fly)\s+(?:[\w-]+\s+){0,3}?flags?\b)", re.I)


def own_act(summary: str) -> bool:
    """Whether the course an actor announces (its summary: "Appeal the ruling") is an act it decides and does alone."""
    return OWN_ACT_RE.match(summary) is not None


# the text's own word that a call was not meant, before its cue ("jokingly urged", "said in jest that ... should")
JEST_RE = re.compile(r"\b(?:(?:half-)?jokingly|sarcastically|facetiously|in\s+jest|tongue[\s-]in[\s-]cheek)\b", re.I)
JEST_KEYS = ("jok", "jest", "sarcas", "facetious", "cheek")


def in_jest(text: str, s: int, at: int, low: str) -> bool:
    """Whether the sentence (from `s`, lower-cased `low`) says, within 60 characters before the cue at `at`, that the call
    was not meant."""
    return any(k in low for k in JEST_KEYS) and JEST_RE.search(text, max(s, at - 60), at) is not None
