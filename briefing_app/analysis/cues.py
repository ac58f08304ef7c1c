"""Reporting-verb lexicon (a union in the spirit of textacy, GGT and CoreNLP say-verbs),
with inflections generated once at import, plus phrase cues ("according to").

`CUE_RE` finds any cue form; `INDIRECT_RE` only the verbs that introduce reported
speech in a complement ("said that ...", "warned ...").
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from briefing_app.analysis.trie import letter_gate, trie_pattern

# Verbs of speech and writing: good cues for direct quotes and reported speech.
SPEECH_LEMMAS = """
say tell add ask answer reply note state declare announce explain argue claim insist warn
caution urge suggest tweet write post report recall remark observe comment acknowledge admit
concede confirm deny assert contend maintain emphasize emphasise stress predict promise pledge
vow swear threaten complain lament protest charge accuse allege boast brag joke quip muse scoff
shout yell scream exclaim whisper mutter murmur sigh laugh snap retort counter interject
continue conclude describe question wonder speculate estimate agree disagree concur object
recount reveal disclose inform advise instruct order demand plead beg propose recommend offer
reiterate repeat reaffirm restate clarify elaborate specify testify affirm assure reassure
confide confess hint imply indicate mention underscore highlight blast slam criticize criticise
condemn praise applaud hail dismiss reject rebut refute dispute challenge defend summarize
summarise proclaim pronounce preach chant read text email message cry tout rail fume gush
marvel thunder bristle recommend signal acknowledge caution predict forecast conclude insist
bark boom beam echo interrupt holler snarl growl react press start crack
begin opine posit reason surmise theorize complain grumble gripe rant explain relate respond sing
""".split()
# Forms that are irregular or need consonant doubling.
IRREGULAR = {
    "say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "swear": ["swore", "sworn"],
    "read": ["read"], "begin": ["began", "begun"], "quip": ["quipped", "quipping"],
    "snap": ["snapped", "snapping"], "admit": ["admitted", "admitting"], "rebut": ["rebutted", "rebutting"],
    "refer": ["referred"], "forecast": ["forecast"], "spoke": [], "speak": ["spoke", "spoken"],
    "cry": ["cried", "cries"], "reply": ["replied", "replies"], "deny": ["denied", "denies"],
    "testify": ["testified", "testifies"], "clarify": ["clarified", "clarifies"],
    "specify": ["specified", "specifies"], "signal": ["signaled", "signalled"],
    "theorize": ["theorized"], "bark": ["barked", "barks", "barking"], "rail": ["railed"], "muse": ["mused"], "text": ["texted"],
    "sing": ["sang", "sung"],
}
# Verbs that are also common in non-reporting senses: only used directly beside a quote.
WEAK = frozenset("sing respond continue begin read question offer order charge challenge defend relate "
                 "message text post counter object reason cry laugh sigh signal highlight react press start crack".split())


def inflect(lemma: str) -> set[str]:
    forms = {lemma}
    forms.update(IRREGULAR.get(lemma, []))
    if lemma.endswith("e"):
        forms.update({lemma + "s", lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"})
    elif re.search(r"(s|sh|ch|x|z)$", lemma):
        forms.update({lemma + "es", lemma + "ed", lemma + "ing"})
    else:
        forms.update({lemma + "s", lemma + "ed", lemma + "ing"})
    if lemma in IRREGULAR and lemma in ("say", "tell", "write", "swear", "read", "begin", "speak", "sing"):
        forms.discard(lemma + "ed")
        forms.discard(lemma + "d")
    return forms


def _alternation(words: set[str]) -> str:
    """Any of the words, as a trie (analysis/trie.py); letters fold case as ASCII ("(?a:...)"): the
    words are plain English, and Unicode folding (long s for s, the Kelvin sign for k) doubles the
    time the pattern takes to compile under re.I."""
    return "(?a:" + trie_pattern(words) + ")"


STRONG_FORMS: set[str] = set()
WEAK_FORMS: set[str] = set()
for _lemma in SPEECH_LEMMAS + ["speak"]:
    (WEAK_FORMS if _lemma in WEAK else STRONG_FORMS).update(inflect(_lemma))
WEAK_FORMS -= STRONG_FORMS
# the past forms in -ed of the lexicon, as a trie: "acknowledged", "noted", "countered" (for tags: "X noted, adding")
PAST_CUE_ALT = _alternation({f for f in STRONG_FORMS | WEAK_FORMS if f.endswith("ed") and len(f) > 4})

# the participles of the lexicon, as a trie: "accusing", "threatening", "bragging" (for "..., and accusing him of")
PARTICIPLE_CUE_ALT = _alternation({f for f in STRONG_FORMS | WEAK_FORMS if f.endswith("ing")})

PHRASES = r"according\s+to|shot\s+back|fired\s+back|shoots?\s+back|put\s+it|puts\s+it|went\s+on|pointed\s+out|points?\s+out|pointing\s+out|spelled\s+out|summed\s+up|followed\s+up"
CUE_ALT = PHRASES + "|" + _alternation(STRONG_FORMS)
WEAK_ALT = _alternation(WEAK_FORMS)
# A cue: verb form (optionally with particle) or phrase. Group 'cue'.
# "(?<![\w’'-])" written as a word boundary before a letter: the same matches, but positions inside
# words fail at once (about a third faster over a text)
WORD_START = r"\b(?=[a-zA-Z])(?<![’'-])"
CUE_RE = re.compile(WORD_START + r"(?P<cue>" + PHRASES + "|" + _alternation(STRONG_FORMS) + r")(?![\w’'-])", re.I)
ANY_CUE_RE = re.compile(
    WORD_START + r"(?P<cue>" + PHRASES + "|" + _alternation(STRONG_FORMS | WEAK_FORMS) + r")(?![\w’'-])", re.I
)
# '“Q.” So said the mayor', '“Q,” came the reply from the mayor', '“Q.” That was the answer of X': a tag whose speaker
# follows a fronted verb or the noun of a reply
REPLY_FROM_RE = re.compile(r"\s*(?:(?:So|Thus)[ \t]+(?P<cue>said|says|wrote|writes|spoke|speaks)|(?:(?:That|This|Such|So|Then|And)[ \t]+)?"
                           r"(?:came|comes|was|is)[ \t]+(?:(?:the|a|an)[ \t]+(?:(?!from\b|of\b)[a-z]+[ \t]+){0,2}?)?"  # "came the swift reply from"
                           r"(?P<noun>reply|response|answer|retort|rejoinder|verdict|shouts?|cries|cry|chants?)[ \t]+(?:from|of))[ \t]+")

# Verbs whose complement is reported speech ("X said (that) ..."). Not "agree", "indicate", "reveal",
# "disclose", "hint", "pledge", "conclude": as often facts, deals or findings as acts of speech.
INDIRECT_LEMMAS = """say tell ask wonder add note state declare announce explain argue claim insist warn caution
suggest tweet write report acknowledge admit concede confirm deny assert contend maintain emphasize
stress predict promise vow complain allege boast reiterate testify assure
recall observe mention underscore""".split()
INDIRECT_FORMS: set[str] = set()
for _lemma in INDIRECT_LEMMAS:
    INDIRECT_FORMS.update(inflect(_lemma))
# bare forms that are more often nouns ("the state", "a report", "his claims")
INDIRECT_FORMS -= {"state", "states", "report", "reports", "promise", "promises", "claim", "claims", "hint",
                   "hints", "stress", "vow", "vows", "pledge", "pledges", "boast", "boasts", "tweet", "tweets",
                   "mention", "mentions", "complaint", "agree", "post", "posts", "warning", "promising",
                   "stating", "stressing", "disclosing", "reporting", "hinting", "reveal", "reveals"}
# "adds up", "notes down", "states that are": phrasal or noun uses, not speech
# forms that are more often nouns, but verbs before "that": "Sanders vows that ...", "CBS News reports that ..."
THAT_FORMS = frozenset(("claims", "claim", "vows", "vow", "promises", "promise", "pledges", "pledge", "boasts", "stress",
                        "reports", "report", "hints", "reveals", "reveal", "mentions", "stating", "stressing",
                        "warning"))  # ('..., warning that ...'; 'a warning that ...' stays a noun: reported.cue_rules.noun_cue)
# and before a clause that opens with a pronoun or a determiner ("The candidate claims his net worth is ...") or with a
# name and, within a few words, a finite verb ("The Washington Times reports Beck will endorse ...", "Reuters reports
# Clinton’s last press conference was held ...")
CLAUSE_FORMS = frozenset(("claims", "claim", "promises", "promise", "vows", "vow", "boasts", "reports"))
NAME_CLAUSE = (r"|\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:[’']s)?\s+(?:[a-z][\w’'-]*\s+){0,3}?"
               r"(?:is|are|was|were|will|would|could|should|can|has|had|have|did|does|may|might|must|[a-z]{2,}ed)\b")
# verbs that report speech only with a that-clause: "responded that ...", "replied that ..."
VERB_THAT_FORMS = frozenset(("responded", "responds", "replied", "replies", "retorted", "countered", "objected",
                             "reasoned"))  # not "answered that question"
# verbs of estimate, hint and pledge that report what someone said only before a that-clause, after at most a short
# setting: "forecast that prices would fall", "estimated in 2005 that ...", "signalled on Monday that ...", "posted on
# Truth Social that ..." (PolNeAR marks 14 of the 16 tuned cases as attributions; not "estimated 50,000 people",
# "pledged $5 million", "posted a video")
SETTING_THAT_FORMS = frozenset(("forecast", "forecasts", "forecasted", "estimated", "projected", "hinted", "signaled",
                                "signalled", "pledged", "posted"))
SETTING_THAT = r"(?=\s+(?:(?:on|in|to|at|last|this|earlier)\s+(?:[\w’'.-]+,?\s+){1,6}?)?that\s)"
# and, of those, the answers that need no "that": before a clause opening with a personal pronoun ("replied he
# would not"), at the end of the clause ("The plan is dead, Smith replied.") or before a setting ("countered on
# Tuesday", "replied in a statement"), never before an object or "to"
ANSWER_FORMS = frozenset(("replied", "replies", "retorted", "countered", "responded", "responds",
                          # and remarks in passing ("The plan is dead, Smith quipped.", "Smith remarked that ...")
                          "quipped", "quips", "remarked", "joked", "mused", "muses", "exclaimed", "scoffed", "deadpanned"))
# participles left out above as more often nouns or adjectives ("a stark warning", "a promising start", "stating the
# obvious") that are verbs of speech after a comma and before a clause: "..., stating there was a benefit", "...,
# warning the city would run out of money", "..., stating on Sunday that ..." (not "..., promising to ...", an
# infinitive, nor "..., reporting a loss": an object)
COMMA_PARTICIPLES = frozenset(("stating", "warning", "promising", "stressing", "boasting", "hinting"))
# phrases that report speech before a that-clause (or at the end of one: "..., he pointed out."): "pointed out that",
# "made (it) (very) clear on Tuesday that", "revealed that" (a product decision of session 20: analysts want them,
# though the shared scorer does not count them as speech); "pointed out the flaws", "made clear progress", "revealed a plan" are
# objects, not clauses; "reveals that" is a THAT_FORMS word
DISCLOSURE_AUX = r"(?:is|are|was|were|will|would|could|should|can|has|have|had|does|did|may|might|must|won[’']t)\b"
DISCLOSURE_WORDS = frozenset(("point", "points", "pointed", "pointing", "make", "makes", "made", "making", "revealed"))
DISCLOSURE_RE_PART = (r"(?:point|points|pointed|pointing)\s+out|(?:make|makes|made|making)\s+(?:it\s+)?"
                      r"(?:(?:very|abundantly|perfectly|quite|absolutely|crystal)\s+)?clear|revealed")
DISCLOSURE_AFTER = (r"(?=\s+(?:(?:on|in|at|over|during|to|last|this|earlier|again|also|repeatedly|[A-Z][a-z]+day)\b"
                    r"(?:\s+[\w’'-]+){0,3}?\s+)?that\s|\s*[.,;!?](?:\s|$)"
                    # a clause with no "that": "points out the council has overspent", "made clear he would run" (a
                    # subject and, within a few words, an auxiliary; not "pointed out the flaws", "revealed a phone")
                    r"|\s+(?:he|she|they|we|I|it|there)(?:[’'](?:s|re|ll|d|ve))?\s+(?:[a-z]+\s+){0,2}?" + DISCLOSURE_AUX +
                    r"|\s+(?:the|a|an|his|her|their|its|this|these|those|[A-Z][\w’'-]*)\s+(?:(?!(?:that|which|who|the|a|an|his|her|their|its)\b)"
                    r"[\w’'-]+\s+){0,4}?" + DISCLOSURE_AUX + r")")
INDIRECT_RE = re.compile(WORD_START + r"(?P<cue>(?:" + DISCLOSURE_RE_PART + r")" + DISCLOSURE_AFTER + r"|"
                         r"(?:(?<=,\s)|(?<=,[”\"’']\s))" + _alternation(set(COMMA_PARTICIPLES))
                         + r"(?=\s+(?:that|there|he|she|they|it|we|I|his|her|their|its|the|this|these|those|on|in|at|during)\s)|"
                         + _alternation(INDIRECT_FORMS) + r"|"
                         + _alternation(set(ANSWER_FORMS)) + r"(?=\s*[.,;!?]|\s+(?:that|he|she|they|we|I|the|his|her|their|its|on|in|at|during|last|this|\w+day)\b|\s+(?:[“\"]|'')•)|"
                         + _alternation(set(THAT_FORMS | VERB_THAT_FORMS)) + r"(?=\s+that\s)|" + _alternation(set(SETTING_THAT_FORMS)) + SETTING_THAT + "|" + _alternation(set(CLAUSE_FORMS))
                         + r"(?=\s+(?:he|she|they|it|we|I|his|her|their|its|the|a|an)\s" + NAME_CLAUSE + r"))(?![\w’'-])(?!\s+(?:up|down)\b(?!-))")

# INDIRECT_RE's match opens with one of these words, whole
INDIRECT_WORDS = frozenset(INDIRECT_FORMS | ANSWER_FORMS | THAT_FORMS | VERB_THAT_FORMS | SETTING_THAT_FORMS | CLAUSE_FORMS | COMMA_PARTICIPLES
                           | DISCLOSURE_WORDS)


def indirect_positions(text: str, words: Iterable[str]) -> list[int]:
    """Sorted offsets where INDIRECT_RE may match in `text`, given the words of the text (segment.LETTER_WORD_RE's):
    the occurrences of those of its words the text holds. A match opens after a character that is no letter or
    apostrophe and closes before one, so its word is one of the text's words."""
    return stem_positions(text, tuple(INDIRECT_WORDS.intersection(words)))


def indirect_matches(text: str, positions: list[int] | None, start: int, end: int) -> Iterator[re.Match[str]]:
    """INDIRECT_RE.finditer(text, start, end), the pattern tried only at `positions` (indirect_positions') and, where
    `end` cuts a word, at that word's start ("said" of "said’s" ends the range there): not at every position of
    every sentence (~2.5% of an English analysis). Without positions, the scan."""
    if positions is None:
        yield from INDIRECT_RE.finditer(text, start, end)
        return
    last = start
    for m in stem_matches(INDIRECT_RE, positions, text, start, end):
        last = m.end()
        yield m
    if start < end < len(text) and text[end] in WORD_LETTERS:
        cut = end
        while cut > last and text[cut - 1] in WORD_LETTERS:
            cut -= 1
        cut_match = INDIRECT_RE.match(text, cut, end) if text[cut:end] in INDIRECT_WORDS else None
        if cut_match is not None:
            yield cut_match


WORD_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz’'")  # segment.LETTER_WORD_RE's


# nouns in -ly, no adverbs: "A close Trump ally said", "The family said", "The state assembly said"
LY_NOUNS = "ally|family|assembly|rally|supply|monopoly|anomaly|reply|bully|folly|homily|belly|jelly|lily|melancholy"
# Auxiliaries and adverbs that may stand between a subject and its cue verb.
AUX_RE = re.compile(
    r"^(?:has|have|had|was|were|is|are|am|do|does|did|will|would|been|be|being|also|later|then|again|previously|once|"
    r"has also|had also|(?!(?:" + LY_NOUNS + r")$)\w+ly|not|never|\w+n[’']t|just|recently|earlier|first|further|"
    r"since|even|still|often|repeatedly|publicly|privately|reportedly|apparently|already|herself|himself|long|now|"
    r"afterwards?)$",
    re.I,
)


def stem_positions(text: str, stems: tuple[str, ...]) -> list[int]:
    """Sorted offsets where one of the literal stems occurs (str.find is fast)."""
    found = set()
    for stem in stems:
        i = text.find(stem)
        while i != -1:
            found.add(i)
            i = text.find(stem, i + 1)
    return sorted(found)


def stem_matches(pattern: re.Pattern[str], stems: tuple[str, ...] | list[int], text: str, start: int = 0,
                 end: int | None = None) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, start, end) for a pattern that starts with one of the literal stems:
    the stems (or their positions, from stem_positions, when a text is read in many ranges) are
    found with str.find and the pattern is tried only there."""
    end = len(text) if end is None else end
    positions = stem_positions(text, stems) if isinstance(stems, tuple) else stems
    last = start
    for i in positions[bisect.bisect_left(positions, start):bisect.bisect_left(positions, end)]:
        if i < last:
            continue
        m = pattern.match(text, i, end)
        if m:
            last = m.end()
            yield m


# a determiner and one adjective: "a blunt", "his famous", "this serious", "a baseless" (a word in -s only when it is
# an adjective's -ous or -ss: "the senators claim" is a plural subject and its verb)
DET_ADJ_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|these|those|our|my|your)\s+[a-z][\w-]*"
                               r"(?:(?<!s)|(?<=ous)|(?<=ss))\s+$", re.I)
# and for a plural cue word, an adjective by its ending only ("their various claims", "his repeated demands" is left:
# "the lawyer claims", "the union demands" are a subject and its verb)
DET_ADJ_PLURAL_BEFORE_RE = re.compile(r"\b(?:the|his|her|their|its|these|those|our|my|your)\s+[a-z][\w-]*"
                                      r"(?:ous|less|ful)\s+$", re.I)
OF_BEFORE_RE = re.compile(r"\bof\s+$")
NOUN_FORMS = frozenset("""message statement comment remark post tweet email text call answer reply question order offer
    charge challenge report response warning promise claim note letter demand""".split())
PLURAL_NOUN_FORMS = frozenset(w + "s" for w in NOUN_FORMS)


def det_adj_noun(text: str, word: str, start: int, floor: int) -> bool:
    """The cue word at `start` is a noun after a determiner and an adjective: "a blunt message", "his famous demand",
    "their various claims" (not "the senators claim", "the union demands")."""
    word = word.lower()
    if word in NOUN_FORMS:
        return DET_ADJ_BEFORE_RE.search(text, max(floor, start - 30), start) is not None
    return word in PLURAL_NOUN_FORMS and DET_ADJ_PLURAL_BEFORE_RE.search(text, max(floor, start - 30), start) is not None
NOUN_BEFORE_RE = re.compile(letter_gate("’'acdhilmnoprstwy") + r"(?:\b(?:a|an|the|his|her|their|its|this|that|these|those|our|my|your|no|any|"
                            r"another|latest|recent|new|written|sympathetic|"
                            # "after leaked emails showed ...": an adjective that only goes with the noun
                            r"leaked|hacked|stolen|deleted|private|personal|internal|classified|archived)|’s|'s)\s+$", re.I)


# verb forms that are never nouns: after "another" or "one" they have a pronoun subject ("Another said, “Q”")
NEVER_NOUNS = frozenset(("said", "says", "told", "tells", "wrote", "writes"))
PRONOUN_ONE_RE = re.compile(r"\b(?:[Aa]nother|[Oo]ne)\s+$")


# nouns a cue word can be the first word of: "press secretary", "email server", "text exchanges"
COMPOUND_HEADS = frozenset("""secretary secretaries office officer officers release releases aide aides conference
    conferences briefing briefings corps freedom team staff server servers account accounts chain exchange
    exchanges""".split())
COMPOUND_HEAD_RE = re.compile(r"[ \t]+(?:" + "|".join(sorted(COMPOUND_HEADS)) + r")\b")


def cue_is_noun(masked: str, cue: re.Match[str], floor: int) -> bool:
    """'a written statement', 'this tweet', 'Trump’s comments', 'the United States', 'a blunt
    message', 'secretary of state': not a verb."""
    word = cue.group("cue")
    start = cue.start("cue")
    if word[:1].isupper() and start > floor and not re.search(r"(?:^|[.!?:;“\"]\s*)$", masked[max(floor, start - 3):start]):
        return True
    if COMPOUND_HEAD_RE.match(masked, cue.end("cue")):
        return True  # "White House press secretary Josh Earnest", "an email server": the first word of a noun
    if det_adj_noun(masked, word, start, floor) or OF_BEFORE_RE.search(masked, max(floor, start - 4), start):
        return True  # "a blunt message", "secretary of state": a noun
    if word.lower() in NEVER_NOUNS and PRONOUN_ONE_RE.search(masked, max(floor, start - 9), start):
        return False  # "“Q,” another said": "another" is the subject, not a determiner
    return bool(NOUN_BEFORE_RE.search(masked, max(floor, start - 14), start))
