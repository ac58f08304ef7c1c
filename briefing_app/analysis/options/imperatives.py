"""Options the author states as a command: a headline or subhead ("Lift the blockade on Gaza",
"Don't bomb Syria") or a sentence that opens with a policy verb and its object ("Scrap the
bedroom tax.", "Free the jailed journalists now.")."""
from __future__ import annotations

import re

from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.options.action_hits import vp_hit
from briefing_app.analysis.options.doers import can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.lexicon import POLICY_VERBS
from briefing_app.analysis.options.phrases import action_end, is_concrete, summary

DETERMINER = r"(?:the|a|an|all|this|these|those|our|their|its|his|her|any|every|more|no|some|each|both|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds|thousands|[A-Z][\w’'.]*(?!-))"
# "First, pass a bill ...", "Minister, stop bailing out Eskom ...": a list of steps, or a command to the one addressed
ORDINAL_LEADS = r"First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fifth|Next|Finally|Lastly|Above\s+all|Most\s+importantly"
VOCATIVE_LEADS = (r"(?:(?:Mr\.?|Madam|Mrs\.?|Ms\.?|Dear)\s+)?(?:Prime\s+Minister|Minister|President|Chancellor|Secretary|"
                  r"Governor|Mayor|Speaker|Senators?|Congressmen|Councillors|Commissioner)")
OPEN_RE = re.compile(r"\s*(?P<lead>To\s+(?:every|all|each|the)\s+[^:.;!?]{1,40}?:\s+|(?:(?:So|And|Now|Please),\s+)?(?:Better\s+(?:yet|still)|Instead|Rather|Simply\s+put|In\s+short|" + ORDINAL_LEADS + "|"
                     + VOCATIVE_LEADS + r"),\s+)?[“\"‘]?(?P<neg>(?:Don[’']t|Do\s+not|Never)\s+)?(?P<verb>(?i:" + trie_pattern(POLICY_VERBS) + r"))"
                     r"(?:\s+(?:up|out|off|down|back|in|on))?\s+(?=(?:" + DETERMINER + r")\b|[a-z]{3,}ing\s+[a-z])")  # "Stop selling arms"
HEADLINE_WORDS = 14
# "Remove the fence, plant trees, and you'd have a playground": the promised result, not advice to the reader
CONSEQUENCE_RE = re.compile(r",?\s+and\s+you(?:[’']d|[’']ll|\s+would|\s+will|\s+get|\s+have)\b.*$", re.I | re.S)
STOP_RE = re.compile(r"[.!]?\s*$")


def imperative_hit(text: str, s: int, e: int, headline: bool = False) -> Hit | None:
    """text[s:e], a sentence, as an option when it opens with a commanding policy verb; headline:
    the sentence is a whole headline or subhead, which may name its target ("Free Mandela")."""
    m = OPEN_RE.match(text, s, e)
    if m is None:
        return let_hit(text, s, e)
    if not m.group("verb")[:1].isupper() and not m.group("neg") and not m.group("lead"):
        return None
    after = text[m.end():e]
    if after[:1].isupper() and not headline:
        return None  # "Ban Ki-moon said", "Charge Nurse X": a name; a headline may name the target ("Free Mandela")
    if re.match(r"(?:of|for|to|is|was|are|were|has|had|will|would|and|or)\b", after):
        return None  # "Release of the prisoners ...": a noun, not a command
    sent = text[s:e].rstrip()
    if sent.endswith("?") or re.search(r"\b(?:I|we|you|he|she|they)\s+(?:\w+\s+)?(?:said|says|say|told|wrote)\b",
                                       text[m.end():e]):
        return None  # a question, or a command someone is reported giving
    if re.search(r"\b(?:you|your|yourself|yourselves)\b", CONSEQUENCE_RE.sub("", sent), re.I):
        return None  # "Save the stories about when you ...": advice to the reader, not a course of action
    return vp_hit(text, m.start("verb"), e, "oppose" if m.group("neg") else "support", m.start())


# "Let private generators sell their power to the mines": the author lets a named doer act (not "Let us", "Let me",
# "Let there be", "Let no one doubt": those are read elsewhere or argue nothing)
LET_RE = re.compile(r"\s*(?:(?:" + ORDINAL_LEADS + "|" + VOCATIVE_LEADS + r"|Instead|Rather|And|So),?\s+)?[“\"‘]?(?:Let|let)\s+"
                    r"(?!(?:us|me|him|her|them|it|there|no|nobody|none|everyone|anyone|everybody|anybody|this|that|"
                    r"these|those|'s|’s)\b)(?=[\w’'-]+\s)")
LET_WORD_RE = re.compile(r"[\w’'-]+")
LET_NP_WORDS = 4


def let_hit(text: str, s: int, e: int) -> Hit | None:
    """'Let NP VP' opening text[s:e], when NP can act and VP is a concrete course: the author's support."""
    m = LET_RE.match(text, s, e)
    if m is None:
        return None
    words = list(LET_WORD_RE.finditer(text, m.end(), min(e, m.end() + 200)))
    for k in range(1, min(LET_NP_WORDS, len(words) - 1) + 1):
        verb = words[k]
        gap = text[words[k - 1].end():verb.start()]
        if gap.strip() or not verb.group(0).islower() or not can_act(text[m.end():words[k - 1].end()]):
            continue  # a comma or a capital after the subject: no bare verb follows it
        vend = action_end(text, verb.start(), e)
        if vend > verb.end() and is_concrete(text[verb.start():vend]):
            return Hit("support", m.end() - 4 if text[m.end() - 4:m.end() - 1].lower() == "let" else m.start(), vend,
                       summary("let " + text[m.end():vend]), m.start())
        return None
    return None


# the words a command may open with (a command verb, or a lead before it): one set look-up per sentence before the patterns
LEAD_WORDS = frozenset("""So And Now Please Better Instead Rather Simply In First Firstly Second Secondly Third Thirdly Fourth
    Fifth Next Finally Lastly Above Most Mr Mr. Madam Mrs Mrs. Ms Ms. Dear Prime Minister President Chancellor Secretary
    Governor Mayor Speaker Senator Senators Congressmen Councillors Commissioner Let To""".split())


def opens_command(text: str, s: int, e: int) -> bool:
    """Whether the sentence text[s:e] opens as a command (OPEN_RE or LET_RE match it), with a set look-up first."""
    first = FIRST_WORD_RE.match(text, s, e)
    if first is None:
        return False
    word = first.group(1)
    if word not in COMMAND_WORDS and word.rstrip("’'") not in LEAD_WORDS and word.capitalize() not in COMMAND_WORDS \
            and word.capitalize() not in LEAD_WORDS:  # "SCRAP THE TAX": a headline in capitals
        return False
    return OPEN_RE.match(text, s, e) is not None or LET_RE.match(text, s, e) is not None


def headline_like(text: str, ps: int, pe: int) -> bool:
    """A paragraph as short as a headline or subhead, with no sentence stop inside it."""
    body = text[ps:pe].strip()
    return 0 < len(body.split()) <= HEADLINE_WORDS and not re.search(r"[.!?]\s+\S", body)


def may_open_with_command(text: str, ps: int, pe: int) -> bool:
    """Quick test for a paragraph that holds no other cue: does any of its sentences open with a policy verb?"""
    first = FIRST_WORD_RE.match(text, ps, pe)
    if first is not None and first.group(1) in COMMAND_WORDS:
        return True
    return any(m.group(1) in COMMAND_WORDS for m in SENTENCE_OPEN_RE.finditer(text, ps, pe))


# the first word of each sentence, looked up in a set: far cheaper than one pattern of every verb
COMMAND_WORDS = frozenset([v.capitalize() for v in POLICY_VERBS] + ["Don’t", "Don't", "Do", "Never"]
                          + "First Firstly Second Secondly Third Thirdly Fourth Fifth Next Finally Lastly Minister Let".split())
FIRST_WORD_RE = re.compile(r"\s*[“\"‘]?([A-Z][\w’']*)")
SENTENCE_OPEN_RE = re.compile(r"[.!?\n]\s*[“\"‘]?([A-Z][\w’']*)")
