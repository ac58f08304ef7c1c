"""'It was announced on Monday that the plant would close': a passive cue with an empty "it" names no speaker; the
words are still reported, their source unknown (not a speaker called "It")."""
from __future__ import annotations

import re

from briefing_app.core.model import Quote

# after "It": a passive of the cue verb ("was announced", "has been reported", "is said", "had been widely expected")
PASSIVE_AFTER_IT_RE = re.compile(r"[ \t\u00a0]+(?:was|is|were|are|has[ \t\u00a0]+been|have[ \t\u00a0]+been|had[ \t\u00a0]+been|"
                                 r"will[ \t\u00a0]+be|would[ \t\u00a0]+be|could[ \t\u00a0]+be|may[ \t\u00a0]+be|might[ \t\u00a0]+be)"
                                 r"(?:[ \t\u00a0]+\w+ly)?[ \t\u00a0]+(?:[a-z]+ed|said|told|written|known|understood|thought)\b")


# a mention that is only auxiliaries ("It has been said that": "has been") names no one
AUX_ONLY_RE = re.compile(r"(?i:(?:has|have|had|been|was|were|is|are|be|will|would)(?:[ \t\u00a0]+|$))+")


def drop_empty_it(text: str, reported: list[Quote]) -> None:
    """Reported speech whose speaker mention is an "it" before a passive cue (or only the passive's auxiliaries)
    keeps its words and loses the mention."""
    for r in reported:
        m = r.mention
        if m is not None and (m.text in ("It", "it") and PASSIVE_AFTER_IT_RE.match(text, m.end)
                              or AUX_ONLY_RE.fullmatch(m.text)):
            r.mention, r.speaker = None, None
