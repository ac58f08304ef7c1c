"""A course that names only an aim: a verb of pursuit ("strengthen", "restore", "limit", "bring", "create", "stop")
whose object is a state of affairs or a quality, not a thing a body acts on: "strengthen the economy", "bring
accountability into government", "stop the outflow of American jobs", "limit the influence of big donors", "restore
stability", "reach a modus vivendi", "pursue a different strategy". Convention v2: a goal with no act is no option
("defeat extremism", "we need peace"). Read on a hit's summary whatever rule found it, like hollow.py. A means named
by "by", "through" or "via" ("strengthen the economy by cutting payroll taxes"), a figure ("grow the economy by 3%",
"limit growth to 2% a year") or a thing acted on ("restore the fuel subsidy", "stop the amnesty bill", "limit the
growth of student permits") keeps the course."""
from __future__ import annotations

import re

from briefing_app.analysis.options.heads import PREPARE_VERBS, WORD_RE, object_head, prepared

# verbs that pursue an end; "take on" ("take on special interests"), "transition to" read with their particle
PURSUIT_VERBS = frozenset("""strengthen improve boost bolster enhance preserve promote foster ensure secure restore create
    build bring achieve pursue diversify grow limit reduce stop end overcome defeat transition reach keep make win
    cherish deepen advance safeguard protect defend rebuild renew revive take lay""".split())
# a state of affairs or a quality ("the economy", "accountability", "stability", "a modus vivendi", "our future"):
# what a course aims at, not what it acts on
STATE_HEADS = frozenset("""economy economies accountability protection influence outflow interests divisiveness
    polarization polarisation vulgarity advance experiment future prosperity growth opportunity opportunities stability
    safety peace justice fairness equality transparency integrity competitiveness vivendi direction strategy strategies
    groundwork foundation foundations basis momentum strength order""".split())
# heads whose "of X" names what is acted on: "limit the growth of student permits", "cut the growth of spending"
OF_ACTED_ON = frozenset("growth".split())
# a clause with no "that" after the head: its subject (a name, or a determiner and a noun), then an auxiliary
# ("the divisiveness Trump has brought", "the divisiveness the mayor has brought")
CLAUSE_AUX = frozenset("has have had is are was were will would".split())
# "work to", "move to", "seek to", "strive to", "try to": the verb after it is the course's verb
LEAD_RE = re.compile(r"^(?:work|move|seek|strive|try|aim|continue|begin|start)\s+to\s+(?=\w)", re.I)
MEANS_RE = re.compile(r"\b(?:by|through|via)\b|\d|\$|£|€|%", re.I)
# verbs in a row on one object: "cherish, build and strengthen its multicultural experiment": the last verb acts on it
VERB_ROW_RE = re.compile(r"^[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+(?=[a-z]+\s)", re.I)
DETERMINERS = frozenset("the a an our their its his her this that these those your my".split())


def aims_only(summary: str) -> bool:
    """Whether the summary names an aim only: a pursuit verb on a state of affairs, no means and no figure."""
    lead = LEAD_RE.match(summary)
    phrase = summary[lead.end():] if lead else summary
    row = VERB_ROW_RE.match(phrase)
    if row is not None and phrase.split(None, 1)[0].rstrip(",").lower() in PURSUIT_VERBS:
        phrase = phrase[row.end():]  # "cherish, build and strengthen X": read "strengthen X"
    first = phrase.split(" ", 1)[0].lower()
    if first in PREPARE_VERBS:
        measure = prepared(phrase)
        if measure is not None:
            return not measure  # "lay the groundwork for a carbon tax": a course; "... for recovery": an aim
    if first not in PURSUIT_VERBS or MEANS_RE.search(phrase):
        return False
    words = [w.lower() for w in WORD_RE.findall(re.split(r"[,;:(—]", phrase, maxsplit=1)[0])]
    if first == "take" and (len(words) < 2 or words[1] != "on"):
        return False  # only "take on X"; "take the lead" and the rest are hollow.py's
    if len(words) < 2:
        return False
    head, at = object_head(words)
    if head not in STATE_HEADS:  # the first noun after a determiner, before a clause with no "that" ("overcome the
        near = words[2] if len(words) > 2 and words[1] in DETERMINERS else ""  # divisiveness and vulgarity Trump has brought")
        aux = words[5:6] if words[3:4] and words[3] in DETERMINERS else words[4:5]  # the clause's auxiliary, if any
        return near in STATE_HEADS and near not in OF_ACTED_ON and (len(words) == 3 or words[3] in ("and", "or")
                                                                    or bool(aux) and aux[0] in CLAUSE_AUX)
    return not (head in OF_ACTED_ON and at + 1 < len(words) and words[at + 1] == "of")
