"""Who holds an option: the speaker of the quotation or reported speech it sits in, the subject
of "X urged / called for / said", or the author (None)."""
from __future__ import annotations

import re
from bisect import bisect_right

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import REPORT_CUE_RE
from briefing_app.analysis.options.modals import subject_of
from briefing_app.core.model import Actor, Quote

AUTHOR_WORDS = frozenset("i we this newspaper this paper this editorial our".split())
PRONOUN_RE = re.compile(r"^(?:he|she|they|him|her)$", re.I)
DETERMINER_RE = re.compile(r"^(?:the|some|many|several|a|an|other|most|few|leading|prominent)\s+", re.I)
CALL_VERB_RE = re.compile(
    r"\b(?:urged|urges|urging|called|calls|calling|pressed|presses|pressing|asked|asks|encouraged|encourages|implored|"
    r"advised|advises|challenged|proposed|proposes|proposing|recommended|recommends|advocated|advocates|demanded|"
    r"demands|pushed|pushes|argued|argues|favou?r\w*|endorsed|endorses|opposed|opposes|opposing|rejected|rejects|"
    r"warned|warns|ruled|rules|objected|objects|vetoed)\b")


class Holders:
    """Quotation spans with their speakers and actor names, to say who holds each option."""

    def __init__(self, text: str, quotes: list[Quote], actors: list[Actor]) -> None:
        self.text = text
        spans = sorted((q.start, q.end, q.speaker) for q in quotes if q.kind in ("direct", "indirect"))
        self.starts = [s for s, _, _ in spans]
        self.spans = spans
        names: dict[str, str] = {}
        for a in actors:
            for alias in [a.name, *a.aliases]:
                if len(alias) > 2 and alias.lower() not in ("he", "she", "they", "him", "her"):
                    names.setdefault(alias.lower(), a.name)
        self.names = sorted(names.items(), key=lambda kv: -len(kv[0]))
        self.mentions = sorted((m.start, a.name) for a in actors for m in a.mentions)

    def holder(self, hit: Hit, sent_start: int) -> str | None | bool:
        """The actor holding the hit's option; None: the author; False: an unknown speaker."""
        i = bisect_right(self.starts, hit.at) - 1
        while i >= 0 and self.spans[i][0] > hit.at - 2000:
            start, end, speaker = self.spans[i]
            if start <= hit.at < end:
                return speaker if speaker else False
            i -= 1
        if hit.author:
            return None
        cue = CALL_VERB_RE.match(self.text, hit.at)
        who = subject_of(self.text, sent_start, hit.at) if cue else None
        if who is None:
            m = REPORT_CUE_RE.search(self.text[sent_start:hit.at])
            who = m.group("who") if m else None
        return self._resolve(who, sent_start) if who else None

    def _resolve(self, who: str, at: int) -> str | None:
        words = who.strip(" ,“”\"'").split()
        if not words or words[-1].lower() in AUTHOR_WORDS or " ".join(words[-2:]).lower() in AUTHOR_WORDS:
            return None
        low = " ".join(words).lower()
        for alias, name in self.names:
            if re.search(r"\b" + re.escape(alias) + r"\b", low):
                return name
        if PRONOUN_RE.match(words[-1]):
            i = bisect_right(self.mentions, (at, "")) - 1
            return self.mentions[i][1] if i >= 0 else None
        phrase = DETERMINER_RE.sub("", " ".join(words[-5:]))
        return phrase[:1].upper() + phrase[1:] if phrase else None
