"""A call or a side told in the pluperfect ("had urged", "had previously pledged", "had opposed"): over before the time
told, no option, except a call on others to act ("The senator had urged the Pentagon to close the base", "Critics had
called for a ban on the pesticide", "Farmers had lobbied the council to scrap the levy"): the caller's position, as a
call in the present perfect is, unless the sentence shows it overtaken (a contrast, "Obama had proposed X, but the
Republicans refused", "But watchdog groups had pressed for X") or dates it ("In 2010 the IMF had urged ...": history).
A person's own plan, promise or errand stays none ("had promised to visit", "had planned to attend", "had asked
Sullivan to send the memo"), as a side told as past does ("Rubio had opposed adding provisions")."""
from __future__ import annotations

import re

from briefing_app.analysis.options.lexicon import PAST_TIME_RE

PAST_CALL_RE = re.compile(r"(?:asked|proposed|urged|called|demanded|suggested|pressed|wanted|promised|pledged|vowed|threatened|"
                          r"planned|advocated|recommended|sought|insisted|lobbied|begged|argued|offered|opposed|rejected|"
                          r"supported|backed|favou?red|endorsed|blocked|thwarted|torpedoed|scuttled|derailed|stymied|foiled)\b")
HAD_RE = re.compile(r"\bhad\s+(?:(?:\w+ly|long|already|also|once|since)\s+)?$")  # ("had long blocked")
# the calls on others to act among them (not "asked": mostly an errand, "had asked Sullivan to send")
CALL_ON_OTHERS_RE = re.compile(r"(?:urged|called|demanded|pressed|lobbied|recommended|advocated|proposed|suggested|insisted|begged)\b")
CONTRAST_RE = re.compile(r"\b[Bb]ut\b")


def told_as_past(text: str, s: int, e: int, at: int) -> bool:
    """Whether the cue at `at` of the sentence text[s:e] is a call or a side in the pluperfect that is over (module doc)."""
    if not PAST_CALL_RE.match(text, at) or HAD_RE.search(text, max(s, at - 24), at) is None:
        return False
    return CALL_ON_OTHERS_RE.match(text, at) is None or CONTRAST_RE.search(text, s, e) is not None \
        or PAST_TIME_RE.search(text, s, e) is not None
