"""The site's words to its reader, set as plain paragraphs inside the story's container: a call to act through one of
the site's channels ("Download the free KVLY app to get alerts.", "Have a news tip? Email tips@…", "Sign up for our
daily briefing to get stories like this in your inbox.", "Send us your pictures and videos.") or a notice about the
page or the site's own ways ("Comments are closed for this article.", "We welcome letters from readers.", "The views
expressed are the author's own and do not necessarily reflect those of the institute."). An extractor keeps them:
they read as prose. They are hidden (never deleted).

A sentence is such a call when it names one of the site's channels (CHANNEL: its newsletter, app, inbox, podcast,
comments, tips, letters page, subscription, membership, social accounts, …), stands outside any quotation and
reports no one (no "said"), and speaks to the reader: it opens with a verb of acting on the site followed by what is
acted on ("Download the …", "Sign up", "Follow us", "Send us your …", "Subscribe to …"), asks the reader ("Have a news
tip?", "Want more local news?", "Know someone who …?"), or speaks as the site ("we", "our", "us") or of this page
("this article"). A paragraph is hidden when every sentence in it is such a call (a question to the reader followed
by its call counts as one); between the story's paragraphs only a paragraph that opens with a call to act or a
question to the reader is hidden, at the story's end also the site's notices. An article's own sentence that opens
with such a word ("Support groups welcomed …", "Download speeds for the map …") names no channel of the site's, or
takes no object after the verb, and stays.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefing_app.core.model import Span

# the site's channels, as a call or a notice names them
CHANNEL = re.compile(
    r"\b(?:newsletters?|inbox|e-?mail(?:s|ing)?|apps?|alerts|podcasts?|newscasts?|homepage|home page|website|channel|"
    r"newsroom|newsdesk|news desk|news team|news ?tips?|tip ?line|story tips?|tips@|footage|videos|pictures|photos|"
    r"comments|commenting|comment (?:section|policy|below)|community guidelines|subscri(?:be|bers?|ption|bing)|"
    r"(?:become|becoming|our|as) a member|members-only|membership|member-supported|"
    r"donat(?:e|ion|ions)|gift (?:link|this|it|articles?|up to)|"
    r"letters?|telegram|facebook|instagram|twitter|youtube|tiktok|whatsapp|roku|fire tv|apple tv|ios|android|"
    r"ctrl\s*\+\s*enter|print edition|obituar(?:y|ies)|family notices|bookmarks|republish|creative commons|"
    r"clipboard|streaming|news ?programmes?|news ?programs?|segment|broadcasts?)\b|\S+@\S+\.\w+", re.I)
# a verb of acting on the site, then what is acted on: an article, a pronoun or a particle ("Download the …", "Sign
# up", "Share this …"); a verb of writing or calling, the site itself ("Send us …", "Email the newsroom", "Let our
# newsroom know", "Email news@…", "Call 555-0140": "E-mail the council at …" is the article's service); following
# or liking, the site or a name ("Follow us on …", "Follow The Beacon on …": "Follow the debate on X and …" is none).
# A film's or a book's title that opens a sentence ("Get Out is streaming on …") takes no particle after its verb.
ACT = re.compile(
    r"(?:[^,:;.!?]{1,40}[,:]\s+)?(?i:please,? |now,? )?(?:"
    r"(?i:sign|subscribe|download|share|listen|watch|stream|get|become|support|donate|give|help|read|visit|browse|"
    r"search|place|join|hear|gift|stay|select|highlight|press|click|tap|find|check|register|log|learn|explore|"
    r"never miss|don't miss|look|receive)\s+(?:up|in|on|to|for|out|at|us|our|your|the|a|an|this|these|it|them|more|"
    r"now|today|here|free|informed)\b"
    r"|(?i:let)\s+(?:us|our [\w ]{1,30}?)\s+know\b"
    r"|(?i:send|e-?mail|contact|call|text|write to|message|tell)\s+(?:us\b|our\b|(?i:the (?:news\w*|editors?|"
    r"author|writer|reporter))\b|\S+@|\d)"
    r"|(?i:follow|like)\s+(?:us\b|our\b|@)|(?i:follow|like|visit|watch|stream|join|download|subscribe to)\s+[A-Z][\w'’]+)")
# a question to the reader
ASK = re.compile(
    r"(?i:have|got|do you|did you|want|know someone|found|noticed|see something|seen something|looking for|like this|"
    r"enjoy(?:ed)? this|missed|interested in|care about)\b[^?]{0,90}\?")
# the site speaking ("we", "our", "us": in lower case, or opening the sentence) or naming this page; the reader ("you",
# "your"; "Your" inside a sentence is a title's) is spoken to by calls, and by a writer too ("Follow the debate on X and
# you would think …"): it makes no notice
SITE_VOICE = re.compile(r"^(?:We|Our)\b|\b(?:we|our|us)\b|\bthis (?:article|story|page|site|website|post|piece)\b")
READER = re.compile(r"^(?:You|Your)\b|\b(?:you|your)\b")
DISCLAIMER = re.compile(r"\bviews (?:expressed|here)\b|\bdo(?:es)? not (?:necessarily )?(?:reflect|represent)\b", re.I)
QUOTED = re.compile(r"[“”\"«»]|\b(?:said|says|told|according to)\b", re.I)
SENTENCES = re.compile(r"\S.*?(?:[.!?…]+[\"'”’)]*(?=\s|$)|$)")
CALL_WORDS = 60  # words of a paragraph read as a call at the most


def _sentences(block: str) -> list[str]:
    return [s.strip() for s in SENTENCES.findall(block) if s.strip()]


def _call(sentence: str, tail: bool) -> bool:
    """Whether one sentence is the site's call (or, at the story's end, `tail`, also its notice)."""
    if QUOTED.search(sentence) or not CHANNEL.search(sentence):
        return False
    if ACT.match(sentence) or ASK.match(sentence):
        return True
    return tail and (SITE_VOICE.search(sentence) is not None or DISCLAIMER.search(sentence) is not None)


def is_call(block: str, tail: bool = False) -> bool:
    """Whether a paragraph is the site's words to its reader (see the module's docstring): one sentence of it a call
    (or, in the run at the story's end, `tail`, a notice), and each other a call, a question to the reader, or the
    site's own words (naming a channel, speaking as the site or asking "please") outside any quotation."""
    if len(block.split()) > CALL_WORDS:
        return False
    sentences = _sentences(block)
    if not sentences or not tail and not (ACT.match(sentences[0]) or ASK.match(sentences[0])):
        return False
    calls = [_call(s, tail) for s in sentences]
    # a question to the reader answered by a line that names a channel ("Know someone who would like this? Send them
    # a gift link.") is a call as a whole
    answered = ASK.match(sentences[0]) is not None and any(CHANNEL.search(s) for s in sentences[1:])
    return (any(calls) or answered) and all(
        call or not QUOTED.search(s) and (ASK.match(s) is not None or CHANNEL.search(s) is not None
                                          or SITE_VOICE.search(s) is not None or READER.search(s) is not None
                                          or s.lower().startswith("please"))
        for call, s in zip(calls, sentences))


def reader_calls(text: str, keep: Sequence[Span], hidden: Sequence[Span], headline: Span | None) -> list[Span]:
    """Spans of the shown paragraphs (inside `keep`, outside `hidden`) after the headline that are the site's calls:
    between the story's paragraphs those that call or ask, in the run at its end also the site's notices."""
    shown = bytearray(len(text))
    for s in keep:
        shown[s.start:s.end] = b"\x01" * (s.end - s.start)
    for s in hidden:
        shown[s.start:s.end] = bytes(s.end - s.start)
    start = headline.end if headline is not None else 0
    blocks = [(m.start(), m.end()) for m in re.finditer(r"\S[^\n]*(?:\n[^\n]+)*", text) if m.start() >= start]
    visible = [(a, b) for a, b in blocks if any(shown[a:b])]
    out: list[Span] = []
    tail = True
    for a, b in reversed(visible):
        block = " ".join(text[a:b].split())
        if is_call(block, tail):
            out.append(Span(a, b))
        else:
            tail = False
    return sorted(out, key=lambda s: s.start)
