"""A governing body (a government, council, parliament, ministry, or a country named) as the subject of a verb of saying:
its "it" after the verb is the body itself ("The government said it would raise taxes", "The council said it should ban
cars"), unlike a company's or a thing's "it" ("said it would cost employers $2 billion")."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import lookup

# a body that governs, whose "it" after "said" is itself: its announced policy needs others (rule b), unlike a company's
# own business act or a thing's outcome ("said it would cost employers $2 billion")
GOVERNING = frozenset("""government administration ministry council parliament congress senate assembly legislature cabinet
    state city county commission authority authorities regime junta department""".split())
SPEAKER_RE = re.compile(r"(?P<head>[\w’'.-]+)\s+(?:(?:also|then|later|now|previously|earlier)\s+)?$")


def governing_speaker(text: str, s: int, at: int) -> bool:
    """The subject of the verb of saying at `at` is a governing body ("The government said it would", "France
    announced it would"), so "it" after the verb is that body."""
    m = SPEAKER_RE.search(text, max(s, at - 60), at)
    if m is None:
        return False
    head = re.sub(r"[’']s?$", "", m.group("head"))
    if head.lower() in GOVERNING:
        return True
    place = lookup(head) if head[:1].isupper() else None
    return place is not None and place[1] == "country"
