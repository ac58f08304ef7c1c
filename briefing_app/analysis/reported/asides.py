"""Asides between a subject and its verb that attribute words to the subject: "Mr. Sanders, after initially
saying he would not advertise there, took to the airwaves"."""
from __future__ import annotations

import re

from briefing_app.analysis.reported.context import Context

# The participle is looked for once in the whole text, the name before it only near it.
ASIDE_CUE_RE = re.compile(r",[ \t]+(?:after|while|before|despite|since)[ \t]+(?:(?:first|initially|\w+ly)[ \t]+)?"
                          r"(?P<cue>saying|noting|arguing|insisting|warning|claiming|promising|suggesting|declaring)"
                          r"[ \t]+(?:that[ \t]+)?")
ASIDE_NAME_RE = re.compile(r"(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*)$")
ASIDE_END_RE = re.compile(r",[ \t]+(?:\w+ly[ \t]+)?(?:has[ \t]+|had[ \t]+|also[ \t]+)?(?:[a-z]{2,}ed|took|went|made|gave|said|told|"
                          r"wrote|is|was|has|will|would)\b")


def participle_asides(ctx: Context) -> None:
    """'Name, after saying CONTENT, VERB ...': the content is the named subject's."""
    masked = ctx.masked
    for m in ASIDE_CUE_RE.finditer(masked):
        ss, se = ctx.doc.sentences.of(m.start())
        name = ASIDE_NAME_RE.search(masked, max(ss, m.start() - 60), m.start())
        end = ASIDE_END_RE.search(masked, m.end(), se) if name else None
        if name and end:
            ctx.emit(m.end(), end.start(), (name.start("np"), name.end("np")), m.group("cue"))
