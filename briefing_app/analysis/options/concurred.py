"""The author's own word on a call just reported, in the first person or as a bare verdict: "Experts say big cities
should keep their property taxes, and I agree", "... - I believe that this process should start with the mansion tax",
"The mayor wants to close the library. We disagree.", "... . Rightly so.", "... , and rightly so" (support, or oppose for
"disagree").

Only in the author's voice: not inside quotation marks and not in a sentence that reports speech (`"I agree," said
Smith` is Smith's); in the call's own sentence only after a clause break (a dash, a comma or semicolon, "and" / "but"),
so "Those who agree with the mayor want X" is no verdict. A clause of the verdict that ran into the summary ("Keep their
property taxes, and I agree") is cut from it.
"""
from __future__ import annotations

import re

from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.judged import SPEECH_RE
from briefing_app.analysis.options.lexicon import SAID_TAIL
from briefing_app.core.model import Option

_SIDE = (r"(?:(?P<good>(?:(?:I|we|We)\s+(?:(?:fully|wholeheartedly|entirely|completely|strongly|heartily|certainly|"
         r"tend\s+to|do|would)\s+)?(?:agree|concur)(?!\s+(?:that|to|on|about)\b)|(?:I|we|We)\s+could(?:\s*n[’']t|\s+not)\s+agree\s+more|"
         r"(?:[Aa]nd\s+)?(?:(?:[Qq]uite\s+)?[Rr]ightly|[Cc]orrectly)\s+so|[Qq]uite\s+right(?:\s+too)?|"
         r"(?:I|we|We)\s+(?:believe|think)\s+(?:that\s+)?(?:this|that|it|such\s+an?\s+\w+|the\s+\w+)\s+(?:\w+\s+)?(?:should|must)\s+"
         r"(?:start|begin|go\s+further|be\s+extended|be\s+expanded|happen|go\s+ahead|be\s+adopted|be\s+welcomed|be\s+supported)))|"
         r"(?P<bad>(?:I|we|We)\s+(?:(?:strongly|respectfully|profoundly|entirely|completely)\s+)?(?:disagree|beg\s+to\s+differ)|"
         r"(?:I|we|We)\s+(?:do\s+not|don[’']t|cannot|can[’']t)\s+agree))\b")
# a verdict opening the sentence after the call ("I agree.", "Rightly so.", "We disagree with them.")
NEXT_RE = re.compile(r"\s*" + _SIDE + r"(?:\s+with\s+(?:him|her|them|that|this|it|the\s+\w+))?\s*[.!]")
# a verdict of a whole sentence on the call just reported: "That would be premature.", "Doing so would hand Moscow a
# victory.", "It is about time."
NEXT_VERDICT_RE = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?P<bad>(?:That|This|Doing\s+so|Such\s+an?\s+\w+)\s+(?:would|will|could)\s+(?:only\s+|simply\s+)?"
    r"(?:be\s+(?:premature|a\s+gift\s+to\b)|hand\s+(?:[\w’'-]+\s+){1,3}(?:a\s+)?(?:victory|win|gift)\b))|"
    r"(?P<good>(?:It\s+is|It[’']s)\s+(?:about|high)\s+time\b(?!\s+(?:for|that|to)\b)|About\s+time\b))[^.!?\"“”]{0,60}[.!]")
# the author's rhetorical question on the call just reported: "But who will pay for the schools then?", "Is that really
# the best use of public money?", "What could possibly go wrong?" (oppose); "Why not?", "Who could object?" (support)
QUESTION_RE = re.compile(
    r"\s*(?:(?P<bad>(?:But|Yet|And)\s+(?:who|why|how|what|where)\b[^.!?\"“”]*|(?:But\s+|And\s+)?(?:Is|Would|Will|Does)\s+"
    r"(?:that|this|it)\s+really\b[^.!?\"“”]*|What\s+could\s+(?:possibly\s+)?go\s+wrong)|"
    r"(?P<good>(?:And\s+|So\s+)?[Ww]hy\s+not|Who\s+could\s+(?:possibly\s+)?(?:object|argue\s+with\s+(?:that|this))|"
    r"What\s+(?:is|[’']s)\s+not\s+to\s+like))\s*\?")
ASKED_RE = re.compile(r"\b(?:ask(?:s|ed)?|wonder(?:s|ed)?|said|says|told)\b")
# the author's own course offered in place of the call just reported: "Instead, the council should cut ...", "The
# council should instead ...", "A better course would be to ..."
INSTEAD_RE = re.compile(r"\s*(?:(?:But|And)\s+)?(?:Instead|Rather),?\s|[^.!?]*?\b(?:should|must|ought\s+to|needs?\s+to)\s+"
                        r"instead\b|\s*(?:A|The)\s+(?:better|wiser|smarter)\s+(?:course|answer|approach|option|way)\b")
COURSE_MODAL_RE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|would\s+(?:do\s+better|be\s+"
                             r"(?:better|wiser|to))|better\s+(?:course|answer|approach|option|way))\b")
# someone else's words in that sentence: "Instead, critics urge ...", "Instead, she said, ..."
OTHERS_RE = re.compile(r"\b(?:urge[sd]?|wants?|wanted|propos\w+|suggest\w*|argue[sd]?|call(?:s|ed)?\s+for|according|said|says|"
                       r"told|insist\w*|claim\w*)\b")
# a speaker and a verb of saying closing the sentence (", business leaders warned.", ", critics argued."): the words are
# theirs, as a news report tells them, not the author's
CLOSING_SAID_RE = re.compile(r",\s*" + SAID_TAIL)
# a verdict joined to the call's own sentence after a clause break ("..., and I agree", "- I believe that this ...")
JOINED_RE = re.compile(r"(?:[,;]\s*(?:and\s+|but\s+)?|\s*[-—–]\s*|\s+(?:and|but)\s+)" + _SIDE)
KEYS = ("agree", "concur", "rightly", "right", "believe", "think", "differ")
QUOTE_MARKS = ('"', "“", "”")


def _side(m: re.Match[str]) -> str:
    return "support" if m.group("good") is not None else "oppose"


def concurred(text: str, hit: Hit, e: int, option: Option, low: str) -> None:
    """A reported option the author has taken no side on, with the author's verdict joined to its sentence after the
    call (JOINED_RE): the verdict's side; a verdict clause that ran into the summary is cut from it. `low`: the
    sentence lower-cased (a quick test for the verdict's words first)."""
    if not option.positions or not any(k in low for k in KEYS):
        return
    m = JOINED_RE.search(text, hit.at, e)
    if m is None or any(q in text[hit.at:e] for q in QUOTE_MARKS) or SPEECH_RE.search(text, m.end(), e) is not None:
        return
    if option.stance is None:
        option.stance = _side(m)
    if m.start() < hit.end:  # "Keep their property taxes, and I agree": the verdict's words out of the summary
        verdict = m.start("good") if m.group("good") is not None else m.start("bad")
        lead = (text[m.start():verdict] + text[verdict:e].split(None, 1)[0]).strip()
        cut = option.summary.rfind(lead)
        if cut > 0:
            option.summary = option.summary[:cut].rstrip(" ,;-—–")


def reported(text: str, s: int, e: int) -> bool:
    """The sentence text[s:e] tells someone's words (a verb of saying anywhere in it, or a speaker and such a verb closing
    it): a verdict or adjective in it is theirs, not the author's."""
    return SPEECH_RE.search(text, s, e) is not None or CLOSING_SAID_RE.search(text, s, e) is not None


def concurred_next(text: str, s: int, e: int, options: list[Option]) -> None:
    """Options of the sentence before (reported, no side of the author's yet), judged by a verdict opening this
    sentence (NEXT_RE) in the author's voice: the verdict's side."""
    if text[s:s + 3].lstrip()[:1] not in ("I", "W", "A", "R", "Q", "C", "T", "D", "S", "B", "Y"):  # (each pattern's openers)
        return
    m = NEXT_RE.match(text, s, e) or NEXT_VERDICT_RE.match(text, s, e)
    if m is None:
        m = QUESTION_RE.match(text, s, e)
        if m is not None and ASKED_RE.search(text, s, e) is not None:
            return  # "But how much would it cost, a reporter asked?": the reporter's question
    if m is None or any(q in text[s:e] for q in QUOTE_MARKS) or reported(text, s, e):
        return  # ("That would be premature, the chamber of commerce said.": the chamber's verdict, told)
    for option in options:
        if option.stance is None and option.positions:
            option.stance = _side(m)


def instead_next(text: str, s: int, e: int, options: list[Option]) -> None:
    """Options of the sentence before that others back (no side of the author's yet), answered by the author's own
    course offered in their place (INSTEAD_RE: "Instead, the council should ...", "... should instead ..."): the author
    opposes them. Not when the sentence quotes or reports someone ("Instead, critics urge ...")."""
    waiting = [o for o in options if o.stance is None and o.positions and all(p.stance == "support" for p in o.positions)]
    if not waiting or INSTEAD_RE.match(text, s, e) is None or any(q in text[s:e] for q in QUOTE_MARKS) \
            or OTHERS_RE.search(text, s, e) is not None or CLOSING_SAID_RE.search(text, s, e) is not None \
            or COURSE_MODAL_RE.search(text, s, e) is None:
        return  # ("Instead, the council voted to cut its hours": what happened, no course of the author's)
    for option in waiting:
        option.stance = "oppose"
