"""Options stated with a modal: "Washington should impose ...", "Iran must not be allowed to ...",
"we cannot afford to ...", "This does not mean Seoul should abandon X" (X kept)."""
from __future__ import annotations

import re

from briefing_app.analysis.options.governing import governing_speaker
from briefing_app.analysis.options.doers import PREMISES, can_act
from briefing_app.analysis.options.hits import Hit
from briefing_app.analysis.options.modal_shape import ERGATIVE_VERBS, PRONOUNS, shape
from briefing_app.analysis.options.lexicon import (
    lowered,
    after_space,
    ABANDON_VERBS,
    AUXILIARIES,
    BAD_AGENTS,
    MODAL_RE,
    PERSONAL_AGENTS,
)
from briefing_app.analysis.subject_content import content_end, opens_subject
from briefing_app.analysis.trie import letter_gate
from briefing_app.analysis.options.phrases import (
    AVERSIVE_RE,
    action_end,
    decapitalised,
)

# words that cannot open a reported clause's subject after "said" ("said on Tuesday the tax ...", "said in a statement",
# "said earlier", "said it"): a bare noun after a verb of saying opens the clause ("Doe said refugees should ...")
NOT_A_SUBJECT = (r"(?:in|on|at|to|for|from|with|without|during|after|before|by|over|under|about|of|as|last|this|next|yesterday|"
                 r"today|tonight|earlier|later|again|also|only|then|there|once|twice|not|so|that|what|how|why|when|where|"
                 r"whether|if|but|and|or|is|was|were|are|has|had|have|would|will|should|must|could|can|may|might|\w+ly)\b")
# when or where it was said, between the verb and the reported clause: "said on Tuesday", "said in a statement"
SAID_WHEN = (r"(?:(?:on|last|this|late|early)\s+(?-i:[A-Z])\w+|yesterday|today|earlier|(?:in|on)\s+(?:an?|the)\s+"
             r"(?:statement|interview|speech|letter|post|tweet|radio|television|broadcast|briefing)|on\s+(?:Twitter|X|Facebook|"
             r"television|radio))")
CLAUSE_SUBJECT = r"(?:he|she|they|we|it|the|an?|(?-i:[A-Z])[\w.]*)\s"  # "said the tax ...", "argue that Britain ..."
# (the word branches' common "\b" is read once, before them: ~40% fewer instructions than a "\b" tried per branch at
# every position, and the same matches, the branches tried in the same order; then a case-sensitive class of their first
# letters as re.I reads them, "ſ" an "s", "İ" and "ı" an "i": most word starts fail at one test, not at each branch)
SUBJECT_START_RE = re.compile(r"(?:[,;:—–(]|\b(?=(?-i:[AaBbCcFfHhIiİıSsſTtWwYy]))(?:that\b|why\b|whether\b|if\b|(?:believe|believes|think|thinks|"
                              r"feel|feels|hope|hopes|suspect|suspects)\b|(?:(?:say|argue|insist|claim|claims|warn)\b(?=\s+" + CLAUSE_SUBJECT + r")|"
                              r"(?:said(?<!the\ssaid)|says|argued|argues|insisted|insists|warned|warns)(?:\s+" + SAID_WHEN + r")?\b"
                              r"(?=\s+(?:" + CLAUSE_SUBJECT + r"|(?!" + NOT_A_SUBJECT + r")(?-i:[a-z])[\w’'-]*\s)))|"
                              r"(?:and|but)(?=\s+(?:he|she|they|we)\s)|"
                              r"(?:but|yet)(?=\s+(?:the|a|an|this|these|those|its|their|our|his|her)\s)))\s*",
                              re.I)  # "... is shameful and he must accept", "X is fine but the analogy should": a new clause
LEAD_CONJ_RE = re.compile(r"^(?:(?:and|or|but|so|then|yet|nor|instead|also|in\s+short|in\s+the\s+end|"
                          r"on\s+the\s+(?:one|other)\s+hand)\b[\s,]*)+", re.I)  # "On the one hand X should": X
NOT_OBLIGED_RE = re.compile(letter_gate("cdmnsw’'") + r"(?:(?:\b(?:do|does|did)\s+not|n[’']t|[’']d|[’']ll)(?:\s+(?:after\s+all|really|"
                            r"actually|necessarily|even|always|just|yet))?\s*$|\b(?:should|must|would|will|may|might|could)"
                            r"(?:\s+not|\s+never)?\s+(?:\w+ly\s+)?$|\b(?:should|must|would|will)\s*$)", re.I)
# "caused the team to have to deal with": an obligation a cause brought about, described
CAUSED_TO_RE = re.compile(r"\b(?:caus|forc|oblig|requir|expect|allow|lead|led)\w*\s+(?:\S+\s+){0,6}?to\s*$", re.I)
ASIDE_RE = re.compile(r"(?:for\s+(?:its|their|his|her|our)\s+part|in\s+turn|however|meanwhile|for\s+example|too|though|"
                      r"of\s+course|in\s+fact|indeed|moreover|after\s+all|at\s+least|no\s+matter\s+[^,;]*)\W*$", re.I)
INNER_ASIDE_RE = re.compile(r",\s*(?:no\s+matter\s+[^,]*|for\s+(?:its|their|his|her|our)\s+part|however|meanwhile|"
                            r"for\s+example|too|though|of\s+course|in\s+fact|indeed|moreover|after\s+all|at\s+least)\s*(?:,|$)",
                            re.I)
# "If the EU is serious about human rights, it should ...": "it" is the agent the if-clause names
IF_SERIOUS_RE = re.compile(r"\s*(?:(?:But|And|So)\s+)?If\s+(?:(?:the|this|our)\s+(?!(?:it|they|we)\b)[\w.’'-]+|[A-Z][\w.’'-]*)"
                           r"(?:\s+[\w.’'-]+){0,4}?\s+(?:is|are|"
                           r"wants?|wishes|hopes?|intends?|means?)\b[^,;]*,\s*$")
NOT_ONLY_RE = re.compile(r"only\s+(?=[^.;]*\bbut\b)")
# a verb of saying right before "it" ("The council said (that) it should"; the governing body who said it: governing.py)
SAID_IT_RE = re.compile(r"\b(?:said|says|announced|announces|declared|declares|stated|states|argued|argues|insisted|insists)"
                        r"\s+(?:on\s+\w+\s+)?(?:that\s+)?$")
# "Israel has every right to defend itself, but it must also lift ...": "it" is the sentence's opening name
NAMED_OPENING_RE = re.compile(r"\s*(?:The\s+)?(?!(?:It|They|This|That|These|Those|He|She|We|I|There|What|If|When|As|But|And)\b)[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}\s+[a-z]")
# "Under the new rules, companies must publish ...", "By law, the budget must ...", "The treaty requires that both
# sides must ...": an obligation in force, described, not argued
# ("Under Indian law", "Under EU rules", "Under the Geneva Conventions", "Under the 1998 act": a name, an adjective of
# a country or a year before the law's noun)
IN_FORCE_RE = re.compile(r"\s*(?:(?:Under|By)\s+(?:the\s+|this\s+|a\s+|an\s+|its\s+|their\s+)?(?:new\s+|current\s+|existing\s+)?"
                         r"(?:(?:[A-Z][\w-]*|\d{4})\s+){0,2}"
                         r"(?:law|laws|rules?|agreement|deal|treaty|constitution|regulations?|terms|accord|contract|"
                         r"scheme|system|programme|program|[Cc]onventions?|act|statute|directive|code|charter)\b|By\s+law\b)[^;:]*$")
IN_FORCE_SAY_RE = re.compile(r"\b(?:law|laws|rules?|treaty|constitution|regulations?|agreement|code|charter)\s+(?:says?|states?|"
                             r"stipulates?|requires?|provides?|demands?)\s+that\s+[^;:]*$", re.I)
# "... due process: under Indian law there must be a referendum": a rule in force, wherever the clause starts
IN_FORCE_MID_RE = re.compile(r"[,:;]\s*(?:[Uu]nder|[Bb]y)\s+(?:the\s+|its\s+|[A-Z][\w-]+\s+)?(?:law|laws|rules|constitution|"
                             r"treaty|regulations)\b[^;:,]*$")
# "... is only asking that due process is followed: under Indian law there must be a referendum": what the rule in force
# requires is what the asker asks for (convention v2: a process step a named group calls for is a course)
ASKED_BEFORE_RE = re.compile(r"\b(?:ask|asks|asked|asking|demands?|demanded|demanding|insists?|insisted|insisting|urges?|urged|"
                             r"urging)\s+(?:only\s+)?that\b[^:;]*$")
ASKER_TAIL_RE = re.compile(r"(?:\s+(?:is|are|was|were|has|have|had|been|only|also|still|now|just|\w+ly))+$")  # "X is only"
PERMITTED_RE = re.compile(r"be\s+(?:allowed|permitted|free|entitled|given\s+the\s+right)\s+to\b")
BOTH_MODALS_RE = re.compile(r"\s+(?:can|could|will|would|must|may)\s+(?:and|or)$", re.I)
# verbs whose subject is the thing acted on, not a doer: "X should be banned", "the sanctions should stay in
# place", "the wage should rise", "free power has to end", "the plan must include X"
ERGATIVE_RE = re.compile(r"(?:" + "|".join(sorted(ERGATIVE_VERBS)) + r")\b", re.I)  # "the library should reopen"
ACTS_ON_SUBJECT_RE = re.compile(r"(?:be|stay|remain|rise|increase|fall|drop|include|" + "|".join(sorted(ABANDON_VERBS)) + r")\b", re.I)
# the key words of MODAL_RE: a substring test per plain word (a fast search each: about half the cost of one
# alternation of them all, which tries its branches at every letter they begin with) and a pattern opening with a
# literal for the rest ("has to", "had better" with any white space)
MODAL_WORDS = ("should", "must", "ought", "need", "afford")
MODAL_HAVE_RE = re.compile(r"ha(?:s|ve)\sto|had\sbetter")


def holds_modal(low: str) -> bool:
    """A modal's key word is in `low` (lower-cased)."""
    return any(map(low.__contains__, MODAL_WORDS)) or MODAL_HAVE_RE.search(low) is not None


# the words a MODAL_RE match starts with, lower-cased ("need" starts "needs", "can" "cannot", "can't" and "can ill")
MODAL_STARTS = ("should", "must", "ought", "need", "has", "have", "had", "shall", "can")


def modal_matches(text: str, s: int, e: int, low: str) -> list[re.Match[str]]:
    """The first MAX_MODALS matches of MODAL_RE.finditer(text, s, e), the pattern tried only where `low` (text[s:e]
    lower-cased) has a word a modal starts with: a substring search per word and a match at each place found, not the
    pattern's alternation (case-insensitive: each branch tried in full) at every word of the sentence. Where lower-casing
    moved the offsets ("İ" becomes two characters) or the text holds the long s ("ſ", which re.I reads as "s" and lower()
    keeps), the pattern is searched as before."""
    if len(low) != e - s or "ſ" in low:
        return list(MODAL_RE.finditer(text, s, e))[:MAX_MODALS]
    starts = []
    for word in MODAL_STARTS:
        at = low.find(word)
        while at != -1:
            starts.append(at)
            at = low.find(word, at + 1)
    found: list[re.Match[str]] = []
    end = 0  # (as finditer: the next match starts at or after the last one's end)
    for at in sorted(starts):
        if at >= end and (m := MODAL_RE.match(text, s + at, e)) is not None:
            found.append(m)
            if len(found) == MAX_MODALS:
                break
            end = m.end() - s
    return found
RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|who|which)\s*$")
# "He said that accord should guide ...": "that" after a verb of saying opens the clause; it is no relative pronoun
SAID_THAT_RE = re.compile(r"\b(?:said|says|say|argued|argues|argue|insisted|insists|believes|believe|thinks|think|warned|warns|"
                          r"noted|notes|added|claimed|claims|stressed|suggested|suggests|hoped|hopes)\s+that\s*$")
NOUN_NEED_RE = re.compile(r"\b(?:the|no|a|any|every)\s+$", re.I)  # "there is no need to X": the need names no doer
MAX_MODALS = 12  # per sentence; a sentence with more is not prose
NOBODY_RE = re.compile(r"\b(?i:not\s+something|nothing|no\s+one|nobody|none\s+of\s+us)\s+(?:that\s+)?(?:\w+\s+){0,3}$")
PARTICIPIAL_RE = re.compile(r"(?:\w+ing|who|which)\b(?!.*\b(?:and|but)\b)")  # "Netanyahu, running for a fourth term, is"
WORD_RE = re.compile(r"[\w’'-]+")
NEXT_SUBJECT_RE = after_space(r"and\s+(?P<np>(?:(?:the|its|their|our)\s+)?(?:[\w’'-]+\s+){1,3})$")
NO_REASON_RE = re.compile(r"\b(?:(?:don[’']t|do\s+not|cannot|can[’']t|fail\s+to)\s+see\s+why|(?:there\s+is\s+)?no\s+reason\s+"
                          r"(?:why|that))\s+(?:\S+\s+){0,5}$", re.I)
IF_CLAUSE_RE = re.compile(r"\b(?:if|unless|once|when|whenever)\s*$", re.I)
# "should they be captured", "nor should he": an inverted condition or a tag, not an obligation
INVERTED_RE = re.compile(r"(?:they|he|she|we|you|i|it)\b", re.I)
# "a "must" for the party": the modal quoted or held at arm's length, not argued
SCARE_QUOTED_RE = re.compile(r"[“\"‘']$")


VOTE_ON_RE = re.compile(r"\b(?:referendum|vote|plebiscite|ballot|poll|debate|question|decision)\s+(?:\w+\s+)?(?:on|over|about|of)\s+"
                        r"whether\s+(?:\S+\s+){0,8}$|"
                        # a question put to someone ("Asked whether Congress should X, Holt said no", "Reporters asked
                        # whether Britain should X", "The debate turned to whether"): no one's course weighed; an answer
                        # is its answerer's position (answered.py)
                        # ("Voters are asking whether", "Many wonder whether the state should X": the same, no one's course;
                        # not the writer's own "We must ask whether", "I wonder whether", "let us ask": a course weighed)
                        r"\b(?:asked|asks|turned\s+to|(?<!\bwe\s)(?<!\bI\s)(?<!\bus\s)(?<![’']s\s)(?<!\bmust\s)(?<!\bshould\s)"
                        r"(?<!\bto\s)(?<!\bwe\sare\s)(?<!\bI\sam\s)(?:ask|asking|wonder|wonders|wondered|wondering))\s+(?:[\w’'.-]+\s+){0,4}?whether\s+"
                        r"(?:\S+\s+){0,8}$", re.I)
OF_HEAD_RE = re.compile(r"\b(?:for|of|to|by)\s+(?:\w+\s+)?\S+$")  # "Free bus travel for students has to end": travel
THINKS_RE = re.compile(r"\b(?:thinks?|believes?|says?|said|argues?|argued|feels?|insists?|hopes?)$")
OPENING_MARKS = "“\"‘„«"  # '"No one’s right ... should be": the quotation's opening mark is no part of the subject


# a relative clause closing a subject, after its antecedent: "who" + anything, "that"/"which" + a finite verb ("Unions that
# backed the strike"; not "Critics of that plan", "the bill that")
RELATIVE_CLAUSE_RE = re.compile(r"(?<=\w)\s+(?:who\s|(?:that|which)\s+(?:\w+ly\s+)?(?:\w+(?:ed|s)|had|have|will|would|can|could)\b)")


# a finite verb and its object or preposition right after "that": a relative clause ("that backed the strike", "that makes
# the drug", "that had opposed"), not a clause of its own ("that taxes must rise")
THAT_RELATIVE_RE = re.compile(r"(?:\w+ly\s+)?(?:[a-z]+ed\s+(?:the|a|an|its|their|his|her|this|these|those|on|in|for|to|against|"
                              r"from|with|at|by)\b|[a-z]+s\s+(?:the|a|an|its|their|his|her|this|these|those)\b|(?:had|have|has)\s+"
                              r"[a-z]+ed\b)")


PREPOSITION_BEFORE_RE = re.compile(r"\b(?:of|for|in|on|with|about|against|from|by|at|to)\s+$", re.I)


def subject_span(text: str, sent_start: int, at: int) -> tuple[int, str]:
    """Where the clause of the modal at `at` starts, and its subject (the words before `at`)."""
    last = sent_start
    for m in SUBJECT_START_RE.finditer(text, sent_start, at):
        segment = text[m.end():at].strip()
        if segment and not ASIDE_RE.match(text, m.end(), at) and not PARTICIPIAL_RE.match(segment) and not (
                m.group(0)[:4].lower() == "that" and (THAT_RELATIVE_RE.match(segment) is not None or PREPOSITION_BEFORE_RE.search(
                    text, max(sent_start, m.start() - 9), m.start()) is not None)):  # "Unions that backed the strike
            last = m.end()  # want": a relative clause; "Critics of that plan urged": a determiner; no clause of its own
    joined = NEXT_SUBJECT_RE.search(text, last, at)
    if joined and MODAL_RE.search(text, last, joined.start()):  # "X needs to be examined and adjustments need ..."
        last = joined.start("np")
    words = LEAD_CONJ_RE.sub("", text[last:at].strip().lstrip(OPENING_MARKS).removeprefix("''")).split()  # (nor the two
    # ASCII marks of plain-text news: "''Workers have to be protected"; one is a scare quote's: "'Racist' paintings")
    return last, " ".join(words[-8:])


def antecedent(subject: str) -> str:
    """A subject without the relative clause that closes it: "Democrats who opposed the bill" (plan to ...), "Unions that
    backed the strike" (want ...): the antecedent, "Democrats", "Unions"."""
    if " who " in subject or " that " in subject or " which " in subject:
        relative = RELATIVE_CLAUSE_RE.search(subject)
        return subject[:relative.start()] if relative is not None else subject
    return subject


def subject_of(text: str, sent_start: int, at: int) -> str:
    """The words before a verb back to the clause start: its grammatical subject, roughly, without a relative clause
    that closes it (the one who acts: "Democrats who opposed the bill plan to")."""
    return antecedent(subject_span(text, sent_start, at)[1])


def _head(subj: str) -> str:
    """The subject's last word in lower case; an acronym keeps its case ("the US" is no "us")."""
    words: list[str] = WORD_RE.findall(subj)
    while words and words[-1].lower() in AUXILIARIES:
        words.pop()
    if not words:
        return ""
    return words[-1] if len(words[-1]) > 1 and words[-1].isupper() else words[-1].lower()


WHETHER_BEFORE_RE = re.compile(r"\bwhether\s+(?:\S+\s+){0,8}$", re.I)


ALL_RE = re.compile(r"\ball\b")


def modal_hits(text: str, s: int, e: int, *, it_is_agent: bool = False) -> list[Hit]:
    """it_is_agent: "it" may stand for the agent of the previous sentence's option."""
    out: list[Hit] = []
    low = lowered(text, s, e)
    if not holds_modal(low):
        return out
    found = modal_matches(text, s, e, low)
    acted: tuple[str, str] | None = None  # the last passive's subject in this sentence: what a later "they" may name
    for i, m in enumerate(found):
        before = text[s:m.start()]
        if _no_obligation(text, s, m, before):
            continue
        clause_start, subj = subject_span(text, s, m.start())
        subj = BOTH_MODALS_RE.sub("", subj)  # "Seoul can and should reopen": the subject is "Seoul"
        head = _head(subj)
        if text.startswith("be ", m.end()):
            if acted is not None and subj.lower() == head and _same_number(head, acted[1]):
                subj, head = acted  # "X said pensions should be cut, while Y said they should be raised": pensions
            elif head not in PRONOUNS:
                acted = subj, head
        if _not_argued(text, s, e, m, before, subj, head, clause_start, it_is_agent):
            continue
        whether = bool(WHETHER_BEFORE_RE.search(before))
        if whether and VOTE_ON_RE.search(before):
            continue  # "the referendum on whether Britain should exit the EU": the question put, no one's course argued
        limit = _clause_limit(text, s, e, m, found[i + 1] if i + 1 < len(found) else None)
        if text.startswith("that ", clause_start - 5) and opens_subject(text, s, clause_start):  # "The union's argument that the council
            main = content_end(text, clause_start, limit)  # should raise wages persuaded the panel": the course ends
            limit = main if main is not None else limit  # where the sentence's own verb starts
        vstart = m.end()
        if head in PERSONAL_AGENTS and not text.startswith("be ", vstart) and not OF_HEAD_RE.search(subj) or head == "we" and (
                ALL_RE.search(m.group(0)) or subj.lower().endswith(("we all", "all of us"))):
            continue  # "Drivers must slow down", "we should all give something": advice to people, not a policy
        not_only = (m.group("neg") or "").strip() == "not" and NOT_ONLY_RE.match(text, vstart, e)
        if not_only:  # "must not only rescue the girls but also address ...": both argued
            vstart = not_only.end()
        averse = AVERSIVE_RE.match(text[vstart:limit if limit > vstart else e])
        vend = action_end(text, vstart + (averse.end() if averse else 0), limit if limit > vstart else e)  # "think twice before X"
        stance = _stance(text, s, m, subj, before, bool(not_only))
        relative = RELATIVE_BEFORE_RE.search(text, s, clause_start) is not None and \
            SAID_THAT_RE.search(text, s, clause_start) is None  # "the newspaper that published it must"
        doer = text[s if before.rstrip().endswith(",") or relative else clause_start:m.start()]  # "X, which ..., should": X
        if not can_act(decapitalised(doer, text)) and not ACTS_ON_SUBJECT_RE.match(text, vstart, e) \
                and not NOUN_NEED_RE.search(before) and not (head in PREMISES and ERGATIVE_RE.match(text, vstart, e)):
            continue  # "The storm should reach the coast", "the talks must resume": a thing's "should" predicts; a place's
            # "should reopen" is a course done to it ("The library should reopen")
        subj = INNER_ASIDE_RE.sub("", subj).strip(" ,")  # "The generals, no matter their rank,": the generals
        if ("not " in before or "n't " in before or "n’t " in before or "never " in before) \
                and DENIED_SAYING_RE.search(before):
            continue  # "I am not saying we should X", "Lopez has never said the council should X": no one's position (the
            # convention of the seventeenth session, options README), not "This is not to say X should" (a concession)
        shaped = shape(decapitalised(subj, text), head, text[vstart:vend], stance, before)
        if shaped is None:
            continue
        stance, summ = shaped
        if whether:
            stance = "neutral"  # "whether those responsible should be sanctioned" is asked, not argued
        asked = _asked_in_force(text, s, m) if ":" in before else None  # the asker holds it, as a call of theirs
        who = ASKER_TAIL_RE.sub("", subject_of(text, s, asked.start())) or None if asked is not None else None
        out.append(Hit(stance, vstart, vend, summ, m.start(), who, author=head in ("we", "i")))
    return out


def _same_number(pronoun: str, head: str) -> bool:
    """A pronoun subject ("they", "it") that can stand for a noun phrase whose last word is `head`."""
    if pronoun == "they":
        return head.endswith("s") and not head.endswith("ss")
    return pronoun == "it" and head not in PRONOUNS and not head.endswith("s")


def _caused_to(before: str) -> bool:
    """'caused the team to have to': the words before the modal end in 'to' after a verb of cause (as NOT_OBLIGED_RE
    read it, case and spacing alike; the pattern is tried only after a final 'to', on the last 300 characters)."""
    return before.rstrip()[-2:].lower() == "to" and CAUSED_TO_RE.search(before, max(0, len(before) - 300)) is not None


# a result clause: "so much / so many / so strict ... that", "such a ... that" (what follows is told as a consequence)
RESULT_THAT_RE = re.compile(r"\b(?:so\s+(?:much|many|few|little|(?!(?:important|vital|essential|crucial|urgent|imperative|"
                            r"necessary|clear|obvious|plain|evident|bad|serious|grave|dire)\b)\w+)|"
                            r"such\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
                            r"(?:(?!that\b)[^,;:]){0,80}?\bthat\s+[^,;:]*$")


HAD_END_RE = re.compile(r"\bhad\s*$", re.I)


THE_ONLY_RE = re.compile(r"\W*the\s+", re.I)
ARTICLE_END_RE = re.compile(r"\b(?:the|a)\s+$")


def _no_obligation(text: str, s: int, m: re.Match[str], before: str) -> bool:
    """A modal that argues for nothing: a condition ("Should things go wrong"), a tag, scare quotes, "don't
    have to", "the need to" as a noun, an obligation in force ("Under the new rules, companies must")."""
    scare = SCARE_QUOTED_RE.search(before) and text[m.start() + len(m.group("modal")):][:1] in "\"”’'"
    if INVERTED_RE.match(text, m.end()) or scare or m.group(0)[:1].isupper():
        return True  # "Should things go wrong, ...": a condition (a question is read by question_hits)
    if NOT_OBLIGED_RE.search(before) or HAD_END_RE.search(before) or _caused_to(before) or (
            m.group("modal").lower().startswith("need") and THE_ONLY_RE.fullmatch(before)):
        return True  # "don't have to", "should have to", "the need to" as a noun, "had to"
    if m.group("modal").lower().startswith("need") and ARTICLE_END_RE.search(before) \
            and not re.search(r"\b(?:includes?|including|is|are|means|requires?|there\s+is|there[’']s)\s+(?:the|a)\s+$", before, re.I):
        return True  # "wake democracies up to the need to defend ...": a noun, not an argued step
    if IN_FORCE_RE.match(text, s, m.start()) or IN_FORCE_SAY_RE.search(text, s, m.start()):
        return True
    if " that " in before and RESULT_THAT_RE.search(before):
        return True  # "worries so much about corrupted cellphones that visitors must place their devices in lockers": a
        # practice told as a result, no course argued
    return IN_FORCE_MID_RE.search(text, s, m.start()) is not None and _asked_in_force(text, s, m) is None


def _asked_in_force(text: str, s: int, m: re.Match[str]) -> re.Match[str] | None:
    """'X is only asking that due process is followed: under Indian law there must be a referendum': the asking verb,
    when what a rule in force requires (after the colon) spells out what X asks for."""
    mid = IN_FORCE_MID_RE.search(text, s, m.start())
    return ASKED_BEFORE_RE.search(text, s, mid.start()) if mid is not None and text[mid.start()] == ":" else None


MY_RE = re.compile(r"\bmy\b", re.I)
QUESTION_WORD_BEFORE_RE = re.compile(r"\b(?:how|when|where|what|why)\s+(?:\S+\s+){0,6}$", re.I)


CONJUNCTION_END_RE = re.compile(r"\b(?:and|or|but)$")


def _not_argued(text: str, s: int, e: int, m: re.Match[str], before: str, subj: str, head: str, clause_start: int,
                it_is_agent: bool) -> bool:
    """A modal whose subject argues no course: an if-clause, a subject that is no agent, a description
    ("families still have to pay", "the seats they need to win"), an indirect question, the writer's feelings."""
    if IF_CLAUSE_RE.search(text, max(s, clause_start - 12), clause_start):
        return True  # "if they have to form a coalition, ...": a condition, not a course argued
    group = head == "people" and (len(subj.split()) > 1 or PERMITTED_RE.match(text, m.end(), e) is not None)
    # "younger people should pay ...", "people should be allowed to choose ...": a policy names a group
    serious = head in ("it", "they") and (IF_SERIOUS_RE.match(text, s, clause_start) is not None or (
        NAMED_OPENING_RE.match(text, s, clause_start) is not None
        and re.search(r"[,;]\s*(?:(?:but|and|yet)\s+)?$", text[s:clause_start]) is not None)) or head == "it" and (
        (said := SAID_IT_RE.search(text, max(s, clause_start - 40), clause_start)) is not None
        and governing_speaker(text, s, said.start()))  # "The council said it should ban cars": the council
    if not head or (head in BAD_AGENTS - {"there"} and not (head == "it" and it_is_agent) and not group and not serious):
        return True
    modal = m.group("modal").lower()
    if (modal in ("has to", "have to") and re.search(r"\b(?:still|often|usually|always|already|also|even|now)\s+$",
                                                      before, re.I)) or ("afford" in modal and head in PRONOUNS - {"we"}):
        return True  # "families still have to pay", "debts they can't afford to pay back": descriptions
    if head in PRONOUNS - {"we"} and len(subj.split()) > 1:
        return True  # "the seats they need to win": a relative clause describes, it does not argue
    if QUESTION_WORD_BEFORE_RE.search(before) and not re.search(r"[,;]", subj) \
            and not NO_REASON_RE.search(before) and not re.search(r"\b(?:is|was|are)\s+why\s+(?:\S+\s+){0,6}$", before):
        return True  # "when and how the words should be used": an indirect question
    # "my distaste should not ...": the writer's feelings, not a course of action
    # "emails that Clinton thinks should be made public": the modal belongs to a relative clause someone else's verb holds
    return bool(MY_RE.search(subj) or CONJUNCTION_END_RE.search(subj)
                or THINKS_RE.search(subj))


def _clause_limit(text: str, s: int, e: int, m: re.Match[str], nxt: re.Match[str] | None) -> int:
    """Where the modal's clause ends: the sentence's end, or where the next modal's clause starts."""
    limit = e
    if nxt is not None:  # the next modal's clause starts a new option
        limit = subject_span(text, s, nxt.start())[0]
        joined = NEXT_SUBJECT_RE.search(text, m.end(), nxt.start()) if limit <= m.end() else None
        if joined:  # "X needs to be examined and adjustments need to be made": two options
            limit = joined.start()
        while limit > m.end() and text[limit - 1] in " ,;":
            limit -= 1
    return limit


NO_START_RE = re.compile(r"(?:[Nn]o|[Nn]either)\s")
NO_END_RE = re.compile(r"\bno\s*$")


# a saying or call its speaker denies, before the reported clause's subject and its modal: "I am not saying", "I'm not
# saying", "Lopez did not say", "we are not suggesting that", "Critics have never argued", "I didn't say"; a person's or a
# group's, not "this"/"it" ("This is not to say", "It does not follow")
DENIED_SAYING_RE = re.compile(
    r"(?:^|[\s,;:“\"‘])(?!(?:this|that|it|which|what|nothing|none|there)\b)[\w.-]+(?:[’'](?:m|re|s)\s+not|\s+(?:(?:do|does|did|has|"
    r"have|had)\s+(?:not|never)|(?:do|does|did|has|have|had)n[’']t|(?:am|are|is|was|were)\s+not|(?:is|are|was|were)n[’']t|never))\s+"
    r"(?:\w+ly\s+|ever\s+)?(?:say|said|saying|suggest(?:ed|s|ing)?|argu(?:e|ed|es|ing)|claim(?:ed|s|ing)?|propos(?:e|ed|es|ing)|"
    r"urg(?:e|ed|es|ing))\s+(?:(?:that|whether|if)\s+)?(?:[\w’'.-]+\s+){1,6}$", re.I)  # and the clause's subject


def _stance(text: str, s: int, m: re.Match[str], subj: str, before: str, not_only: bool) -> str:
    """'support' or 'oppose': the modal's negation, a negated subject ("no one should"), "I don't see why",
    "cannot afford to"."""
    neg = (bool(m.group("neg") or m.group("neg0") or m.group("neg1")) and not not_only) != bool(
        NOBODY_RE.search(text, s, m.start()) or NO_START_RE.match(subj) or NO_END_RE.search(before))  # "no one should", "not something S should"
    if NO_REASON_RE.search(before):
        neg = not neg  # "I don't see why we should welcome him": the author rejects it
    afford = "afford" in m.group("modal").lower()
    return "oppose" if neg != afford else "support"
