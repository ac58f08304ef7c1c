"""Where the content of a speech verb starts and ends: past the recipient of "told" (TELL_RE),
manner phrases ("on Sunday", "in a statement": MANNER_RE), a far "that", and whether what
follows looks like a clause when there is no "that" (CLAUSE_START_RE); settings before the
speaker and after the verb, descriptions of an inverted source, subordinate clauses."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import inflect
from briefing_app.analysis.subject_content import PAST

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
# a time named by a determiner and a period ("that night", "the next day", "this morning")
TIME_NP = r"(?:that|this|the)\s+(?:same\s+|next\s+|following\s+|previous\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year)\b"
MANNER_RE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?" + DAYS + r"(?![’']s\b)(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\s+(?:in|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|"
    r"letter|post|tweet|op-ed|call|briefing|conference|appearance|release|email|report|hearing|rally|debate)s?\b"
    r"(?:\s+(?:on|with|to)\s+(?:[A-Z][\w’'.-]*\s*)+)?"
    r"|\s+at\s+the\s+time|\s+on\s+(?:Twitter|Facebook|X|Instagram)|\s+(?:last|this|next)\s+(?:week|month|year|night|\w+day)"
    # "reported that night that", "said the next day that", "said two weeks later that", "said later that day"
    # (not the subject of the clause: "said the day was a triumph")
    r"|\s+(?:(?:later|earlier)\s+)?" + TIME_NP + r"(?!\s+(?:was|is|were|are|has|had|will|would|could|should|can|may|"
    r"might|must|did|does|seemed|felt|marked|brought|began|ended)\b)"
    r"|\s+(?:(?:a|one|two|three|four|five|six|several|a\s+few|few|many|\d+)\s+)?(?:minutes|hours|days|weeks|months|years|"
    r"moments|decades)\s+(?:later|earlier|ago|afterward|afterwards)"
    r"|\s+(?:repeatedly|publicly|privately|again|later|earlier|recently|previously|often|also|separately|flatly))*"
)
TELL_RE = re.compile(r"\s+(?:(?:[A-Z][\w’'.&-]*(?:’s|'s)\s+)?[“\"][^”\"\n]{1,60}[”\"]|(?:the\s+|a\s+)?(?:[A-Z][\w’'.&-]*(?:’s|'s)?\s+(?:(?!that\b)[\w-]+\s+){0,2}?[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*)*|[A-Z][\w.&-]*|"
                     r"reporters|him|her|them|us|me|lawmakers|supporters|the crowd|the audience|[a-z]+))"
                     r"(?:\s+of\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})?")  # "The Star-Ledger of Newark"
THAT_RE = re.compile(r",?\s*(?:that\s+)?")
# finite verbs in the past that no ending shows: this module's own and subject_content's ("said the company hid the
# defects", "said the board met twice")
_IRREGULAR_PASTS = "|".join(sorted(PAST | frozenset(
    """saw knew thought found got made took gave came went felt kept left lost won ran told said put set let meant became
    began brought bought built held led paid sent spent stood understood wrote grew threw drew fell sold heard hit cut hurt
    quit""".split()), key=lambda w: (-len(w), w)))
# a complement without "that" must look like a clause: subject, then a finite verb within a few words
CLAUSE_START_RE = re.compile(
    r"(?!(?:at(?!\s+(?:least|most)\b)|in|on|after|before|when|while|during|of|for|with|by|from|"
    r"about(?!\s+(?:half|\d|a\s+(?:third|quarter|dozen)))|referring|"
    r"referencing|through|to|as|into|over|under)\b)"
    # a pronoun subject, after a question word too: 'explained why she forgave him', 'asked how they knew'
    r"(?:(?:(?:why|how|whether)\s+)?(?:he|she|they|we|I|you|it|there)(?:[’'](?:re|s|ll|d|ve|m))?\s+(?:\w+\s+){0,2}?[a-z]{2,}\b"
    # a plural subject and a verb in the present: 'said people misunderstand Trump', 'said voters want change'
    r"|(?:[\w’'.-]+\s+){0,3}?(?:[a-z]{3,}s|people|men|women|children|police|[A-Z][a-z]+s)\s+(?:(?:also|still|now|just|never|\w+ly)\s+)?"
    r"(?!(?:of|in|on|at|for|with|from|by|to|and|or|but|the|a|an|who|which|that|like|such|as|than|this|these|those|"
    r"their|his|her|its|our|said|say|says)\b)[a-z]{3,}(?<!ed)(?<!s)\b"
    # a few words, then a quotation: 'said the U.S. “clearly” needed ...' (a comma before it opens a direct quotation)
    r"|(?:[\w’'.$%,-]+\s+){0,10}?(?:[\w’'$%-]+|(?:[A-Z]\.)+)(?=\s+(?:[“\"«„•]|''))"
    r"|(?:[\w’'.$%,-]+\s+){0,11}?(?:is|are|was|were|will|would|could|should|can|has|have|had|does|did|do|may|"
    r"might|must|\w+n[’']t|[a-z]+ed|(?<!\bof )(?<!\bfor )(?<!\band )(?<!\bthe )(?<!\ban )(?<!\ba )[a-z]{3,}(?<!ss)s|"
    # a pronoun's contracted auxiliary ("says, win or lose in Tuesday's primary, he's staying"): a pronoun has no
    # possessive in 's, so "he's", "they're", "she'll" are its verb
    r"(?:he|she|it|they|we|I|you|there)[’'](?:s|re|ll|d|ve|m)|" + _IRREGULAR_PASTS + r")\b)"
)
FAR_THAT_RE = re.compile(r"\s*(?:(?:[^\s.;:!?“”\"•]+|(?:[“\"]|'')•[•\s]*(?:[”\"]|''))\s+){1,10}?(?P<that>that\s)"  # on ABC's “This Week” that
                         r"(?!is\b|was\b|would\b|will\b|has\b|had\b|could\b|can\b|may\b|might\b|should\b|must\b)"
                         # "said in a documentary that showed off ...", "told a crowd that spilled out onto ...": a verb in the
                         # past and its particle or object right after "that" make it a relative clause (not "that armed men")
                         r"(?![a-z]+ed\s+(?:off|out|up|down|on|in|into|onto|over|through|back|by|the|a|an|his|her|their|its)\b)")

# a setting before "X said, “Q”": "At a rally for Ted Cruz at the State Fair Grounds yesterday, Beck said, “...”"
SETTING_RE = re.compile(r"(?:In|On|At|During|After|Before|Since|For|By|From|Over|Earlier|Later|Then|While|"
                        r"Speaking|Holding|Standing|Addressing|Appearing|Referring|"
                        r"(?:Last|This)\s+(?:week|month|year|spring|summer|fall|winter|morning|afternoon|evening|\w+day))\b")

# "..., Wilkin said during his campaign speech.", "..., he told the court in his filing.": a setting, no clause
SETTING_AFTER_RE = re.compile(r"(?:in|on|(?!at\s+(?:least|most)\b)at|during|after|before|while|as|from|with|via|"
                              r"through|outside|following|amid|when|over|matter-of-factly|briefly|later|afterward|"
                              r"repeatedly|publicly|privately|recently|flatly|bluntly|angrily|calmly|quietly)\b"
                              r"(?![^•“”\"]*\bthat\b)[^,;:•“”\"]*$")

NOT_CONTENT_RE = re.compile(r"(?:Though|Although|As|If|When|While|Because|Since|Unless|Whether|But|And|Yet|So|Still|Even)\b")

# "..., said an American official who was briefed", "..., said former governor Ed Rendell, who ...": a
# description of the source after the verb, up to a relative pronoun or a comma, with no verb of its own
INVERTED_DESC_RE = re.compile(
    r"\s+(?P<np>(?:a|an|the|one|two|three|four|several|many|some|most|both|another|former|top|senior)\s"
    r"[^,;:•“”\"]{0,120}?)(?:,\s|\s+(?:who|whose|which)\s)"
    # "..., said several observers.": a few words of a counted source, then the end
    r"|\s+(?P<few>(?:one|two|three|four|several|many|some|most|both|other|multiple|numerous)\s[\w’'-]+(?:\s[\w’'-]+){0,3})"
    r"\s*[.!?]?\s*$")

NP_VERB_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|"
                        r"[a-z]+ed)\b")

# "maintains a wide lead", "declared victory", "predicted a Cruz win", "confirmed 68 nominees": without "that"
# these verbs mostly take a noun phrase; only a clause opening with a pronoun is their content
NP_OBJECT_FORMS = frozenset().union(*(inflect(lemma) for lemma in ("maintain", "declare", "predict", "confirm", "mention",
                                                                   "underscore")))

# what such a verb's complement must open with: a pronoun, or a name or a short noun phrase and a finite verb
# ("declared Trump was a threat", "predicted the race will tighten"; not "declared the need for strong will"); a
# name, a possessive or a determiner's noun phrase (with an "of" phrase) may go on to a verb in the past ("declared
# his survey of Republicans showed ...", "declared Clinton's deficit meant ..."); a verb in -ed only before its object
# or an adverb, not a participle before a noun, a preposition or a stop ("maintains a large pledged delegate lead",
# "confirmed the number of people killed in the attack")
_FINITE = r"(?:is|are|was|were|will|would|could|can|should|has|had|have|must|might|may|did|does|do|\w+n[’']t)\b"
_PAST = (r"(?:[a-z]{2,}(?<!e)ed(?=\s+(?:[A-Z0-9]|(?:the|a|an|his|her|their|its|this|that|these|those|to|as|more|less|no|\w+ly)\b))|agreed|meant|saw|felt|said|stood|" + "|".join(sorted(PAST, key=lambda w: (-len(w), w))) + r")\b")
_NOT_PREP = r"(?!(?:for|of|in|on|at|to|with|from|by|and|or|who|which|that)\b)"
PRONOUN_CLAUSE_RE = re.compile(r"(?:he|she|they|it|we|I|you|there)\s(?!(?:to|in|on|at|for|from|with|by|of|as|and|or)\b)"
                               r"|(?:[A-Z][\w’'.-]*\s+){1,3}(?:" + _NOT_PREP + r"[a-z][\w’'-]*\s+){0,3}(?:" + _PAST + "|" + _FINITE + r")"
                               r"|(?:the|a|an|his|her|their|its|this|that|these|those|some|most|all)\s+"
                               r"(?:(?:" + _NOT_PREP + r"[\w’'-]+\s+){0,3}" + _FINITE +
                               r"|(?:" + _NOT_PREP + r"[\w’'-]+\s+){1,3}(?:of\s+(?:" + _NOT_PREP + r"[\w’'-]+\s+){1,3})?(?:" + _FINITE + "|" + _PAST + ")"
                               # a noun with its infinitive or phrase, then an auxiliary: "claims the refusal to support
                               # more gun control is a form of jihad", "predicted the plan for new housing would fail"
                               # (not a noun among them: "declared the need for strong will, ambition and drive")
                               r"|(?:" + _NOT_PREP + r"[\w’'-]+\s+){1,2}(?:to|for|of|in|on|with|against)\s+(?:" + _NOT_PREP + r"[\w’'-]+\s+){1,5}?" + _FINITE
                               + r"(?!\s*[,.;:!?]|\s+(?:and|or)\b))"
                               # a bare noun phrase and a modal or auxiliary: "predicted lawsuits could be filed"
                               r"|(?:(?!(?:for|of|in|on|at|to|with|from|by|and|or|that|which|who|than|as)\b)[a-z0-9][\w’'-]*\s+){1,3}"
                               r"(?:will|would|could|can|should|must|might|may|is|are|was|were|has|have|had)\b")

SUBORDINATE_RE = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:While|Although|Though|Even\s+as|Even\s+though|As|When|"
                            r"If|Because|Since|Whereas|After|Before|Until|Just\s+as|Once|Unless)\s[^,;•“”\"]*$")


# a two-word clause after "that": a subject and its finite verb ("She said that prices rose.", "He said that talks
# failed.", "They said that everyone agreed."), not the demonstrative's object and a phrase of time or manner ("She said
# that last week.", "He said that many times.", "They said that as well.") nor "that" as a determiner ("said that plan
# failed": a singular common noun after it)
_PERSONS = r"(?:he|she|it|they|we|I|you|everyone|everybody|nobody|someone|somebody)"
_QUANTITY = r"(?:many|most|few|others|all|both|some)"
_TIME_PLURALS = r"(?:times|days|weeks|months|years|hours|minutes|nights|mornings|evenings|afternoons|decades|seconds)"
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
         r"August|September|October|November|December)")
_PAST_VERB = r"(?:[a-z]{2,}(?<![eo]e)(?<!need)ed|" + _IRREGULAR_PASTS + r")"
SHORT_CLAUSE_RE = re.compile(
    r"\s*(?:(?:" + _PERSONS + r"|(?!" + _WHEN + r"\b)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:" + _PAST_VERB + r"|[a-z]{2,}(?<!s)s)"
    r"|(?:" + _QUANTITY + r"|(?!" + _TIME_PLURALS + r"\b)[a-z]{2,}(?<!s)s)\s+" + _PAST_VERB + r")\b\s*[.!?]?\s*$")


def short_clause(masked: str, pos: int, end: int) -> bool:
    """masked[pos:end], after "that", is a clause of a subject and its verb alone ("prices rose", "it worked")."""
    return end - pos <= 40 and SHORT_CLAUSE_RE.match(masked, pos, end) is not None
