"""Run the speaker sieves over all quotations of a text, then the discourse sieves:
split-quote continuation, multi-paragraph chains and floating quote paragraphs; finally
map each mention to a canonical actor (names, pronouns, anonymous sources).
"""
from __future__ import annotations

import re

from briefing_app.analysis import sentence_before
from briefing_app.analysis.actors import ActorTable
from briefing_app.analysis.document import Document, Sentences
from briefing_app.analysis.kinds import is_title_case
from briefing_app.analysis.mentions import CUE_FORMS, PRONOUNS, Found
from briefing_app.analysis.quotes import QuoteSpan
from briefing_app.analysis.speaker_before import cue_before
from briefing_app.analysis.speakers import find_speaker, tag_before
from briefing_app.analysis.subjects import GROUP_NP_RE, PLAUSIBLE_NP_RE, clause_subject, verb_subject
from briefing_app.core.model import Mention

CONTINUATION_TOKENS = 14
TIE_RE = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*\s+){0,6}?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+"
    r"(?:made|delivered|issued|offered|gave)\s+(?:the|those|these|that|this|his|her)\b[^.]{0,30}?"
    r"\b(?:remarks?|comments?|statements?|warning|threat|assessment)\b"
)


def attribute(doc: Document) -> None:
    """Speaker mention, cue, venue and actor of every direct quote in doc.quotes."""
    text, masked, spans, sentences, paras = doc.text, doc.masked, doc.spans, doc.sentences, doc.paras
    table, quotes = doc.actor_table, doc.quotes
    found: list[Found | None] = [None] * len(spans)
    venues: list[str | None] = [None] * len(spans)
    prev_close = {}
    last_in_para: dict[int, int] = {}
    for i, q in enumerate(spans):
        prev_close[i] = spans[last_in_para[q.para]].close_at if q.para in last_in_para else 0
        if q.kind != "direct":
            continue
        last_in_para[q.para] = i
        s0, _ = sentences.of(q.open_at)
        _, e1 = sentences.of(max(q.close_at - 1, q.open_at))
        _, e2 = sentences.of(e1 + 1) if e1 < paras[q.para][1] else (0, e1)
        found[i], venues[i] = find_speaker(text, masked, q, s0, e1, prev_close[i], e2)
        if found[i] is None:
            found[i] = _relative_speaker(masked, q, s0)
        if found[i] is None and q.open_at == paras[q.para][0] and q.para:
            found[i] = _colon_paragraph(masked, paras[q.para - 1], sentences)
        if found[i] is None and s0 > paras[q.para][0]:
            found[i] = tag_before(masked, sentences.of(s0 - 1), q.open_at)
    for i, q in enumerate(spans):
        f = found[i]
        if q.kind == "direct" and (f is None or f.sieve in ("colon", "colon-name")):
            # 'Quote of the day: “Q” — Mayor Tom Brennan, at a town hall': a credit after the quotation beats a label
            found[i] = _dash_credit(masked, q, paras) or f
    direct = [i for i, q in enumerate(spans) if q.kind == "direct"]
    # split quotes and multi-paragraph chains: inherit forwards, then backwards
    for _ in range(2):
        for a, b in zip(direct, direct[1:]):
            qa, qb = spans[a], spans[b]
            fa = found[a]
            between = fa is not None and qa.close_at <= fa.mention[0] < qb.open_at
            linked = qb.prev_fragment == a or (qa.para == qb.para and (
                between or len(masked[qa.close_at:qb.open_at].split()) <= CONTINUATION_TOKENS))
            if not linked:
                continue
            fb = found[b]
            if fa is not None and (fb is None or between and (fb.cue or "").endswith("ing")
                                   and _sentence_goes_on(text, qa, qb, sentences)):
                found[b], venues[b] = fa, venues[a]
            elif found[a] is None and fb is not None and (qa.para == qb.para or _one_quotation(text, qa, qb, a)) \
                    and not _answers(masked, qa, fb):
                found[a], venues[a] = fb, venues[b]
    # floating quote paragraphs inherit the previous paragraph's last speaker
    for a, b in zip(direct, direct[1:]):
        qa, qb = spans[a], spans[b]
        if found[b] is not None or found[a] is None or qb.para != qa.para + 1:
            continue
        ps, pe = paras[qb.para]
        outside = masked[ps:qb.open_at]
        if outside.strip(" \"“”«„'`") == "":
            found[b], venues[b] = found[a], venues[a]
    for i in direct:  # last resort: the quotation is what the clause's subject did ("X welcomed “Q”"), or a sentence
        if found[i] is None:  # of its own after one that tells what a person did ("Warren took the stage. “Q”")
            found[i] = sentence_before.owned_words(masked, spans[i], sentences) or _object_of_clause(masked, spans[i], sentences) \
                or _after_cueless(doc, spans[i])
    last_speaker: tuple[int, str, int] | None = None
    for i in direct:
        f = found[i]
        if f is None:
            continue
        ms, me = f.mention
        mtext = text[ms:me]
        quotes[i].mention = Mention(ms, me, mtext)
        quotes[i].cue = f.cue
        quotes[i].venue = venues[i]
        if f.antecedent and text[f.antecedent[0]:f.antecedent[1]].lower() not in PRONOUNS:
            quotes[i].speaker = resolve(text, text[f.antecedent[0]:f.antecedent[1]], f.antecedent[0], table, last_speaker,
                                        sentences)
        else:
            quotes[i].speaker = resolve(text, mtext, ms, table, last_speaker, sentences, masked)
        speaker = quotes[i].speaker
        if speaker:
            last_speaker = (spans[i].para, speaker, spans[i].close_at)


def _after_cueless(doc: Document, q: QuoteSpan) -> Found | None:
    """A quotation that is a whole sentence, after another sentence of its paragraph: that sentence's subject
    (sentence_before.py)."""
    s0, e0 = doc.sentences.of(q.open_at)
    ps = doc.paras[q.para][0]
    if s0 <= ps or doc.masked[s0:q.open_at].strip() or re.search(r"\w", doc.masked[q.close_at:e0]):
        return None
    return sentence_before.subject_before(doc.text, doc.masked, doc.sentences.of(s0 - 1), doc.actor_table)


# a reply: "replied", "shot back", "writes back"
REPLY_RE = re.compile(r"(?:repl(?:y|ies|ied)|retort(?:s|ed)?|answer(?:s|ed)?|respond(?:s|ed)?|counter(?:s|ed)?|\w+\s+back)$"
                      r"|[ \t]+back\b", re.I)


def _one_quotation(text: str, qa: QuoteSpan, qb: QuoteSpan, a: int) -> bool:
    """'“We will win this fight. ¶ “We will win it in the courts,” she said.': a paragraph left open and the next
    paragraph's opening fragment in the same marks are one quotation (the open-quote-each-paragraph convention), so
    the tag of the later fragment is the earlier one's too. Marks of another kind ('"…' then '“…”') are an excerpt's
    own quotation, not its continuation."""
    return qb.prev_fragment == a and text[qa.open_at] == text[qb.open_at]


def _answers(masked: str, qa: QuoteSpan, fb: Found) -> bool:
    """'“Why now?” Mills then writes back, “You look cute.”': whoever replies to a question did not ask it."""
    return masked[qa.close_at - 2:qa.close_at].rstrip(" ”\"'’")[-1:] == "?" and fb.cue is not None \
        and qa.close_at <= fb.mention[0] and bool(REPLY_RE.match(fb.cue) or REPLY_RE.match(masked, fb.cue_end))


def _sentence_goes_on(text: str, qa: QuoteSpan, qb: QuoteSpan, sentences: Sentences) -> bool:
    """'“Q1,” Thiel wrote in a statement ... why he is speaking, “but most Q2”': the second fragment goes on with
    the first one's sentence (it ends at a comma, the next starts in lower case, no sentence ends between), so the
    tag between is its (over a participle inside the tag, not over a cue of its own: "after Clinton argued that")."""
    return text[qa.start:qa.end].rstrip().endswith(",") and text[qb.start:qb.start + 1].islower() \
        and sentences.of(qb.open_at)[0] <= qa.close_at


def _mentioned_since(table: ActorTable, name: str, last: tuple[int, str, int]) -> bool:
    """Is `name` mentioned (outside the last speaker's own quote) after that speaker's quote?"""
    return any(a >= last[2] for a, _ in table.people[name].mentions)


NOT_BLANK_DOT_RE = re.compile(r"[^ .]")
CREDIT_LINE_RE = re.compile(r"[ \t]*(?P<np>(?:[A-Z][\w’'.-]*[ \t]+|[a-z]+[ \t]+(?=[A-Z])){1,5}[A-Z][\w’'-]*)"
                            r"(?:,[ \t]*[A-Z][^“”\"\n]{1,80}?)?\.?[ \t]*[”\"][ \t]*$")
DASH_CREDIT_RE = re.compile(r"[ \t]*[-—–]+[ \t]*(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,4})(?:,[^“”\"\n]*)?\.?[ \t]*$")


# "At Brazile's direction, the DNC issued a statement apologizing to Sanders, which ..." + a quotation paragraph
STATEMENT_SENTENCE_RE = re.compile(r"\b(?:issued|released|put[ \t]+out|sent[ \t]+out)[ \t]+(?:a|an)[ \t]+"
                                   r"(?:[\w-]+[ \t]+){0,2}?(?:statement|letter|message)\b")


def _colon_paragraph(masked: str, prev: tuple[int, int], sentences: Sentences) -> Found | None:
    """'In a 1963 speech, he declared:' + a paragraph that is the quotation; or a last sentence in which
    the speaker issued a statement."""
    ps, pe = prev
    s0, _ = sentences.of(pe - 1)
    s0 = max(s0, ps)
    if not masked[ps:pe].rstrip().endswith(":"):
        st = STATEMENT_SENTENCE_RE.search(masked, s0, pe)
        subj = verb_subject(masked, st.start(), s0) if st and not QUOTE_MARK_RE.search(masked, s0, pe) else None
        return Found(subj, st.group(), st.end(), "statement-paragraph") if st and subj else None
    return cue_before(masked, s0, pe, adjacent_only=False)


QUOTE_MARK_RE = re.compile(r"[“”\"]|''")


def _relative_speaker(masked: str, q: QuoteSpan, s0: int) -> Found | None:
    """'She was joined by Sen. Mark Dorsey, who called the current system “Q”': the relative clause's antecedent
    speaks (the sentence's subject took it, or a speaker named before in the paragraph did)."""
    if ", who " not in masked[s0:q.open_at]:
        return None
    rel = RELATIVE_CUE_RE.search(masked, s0, q.open_at)
    return Found(rel.span("np"), rel.group("verb"), q.open_at, "relative-antecedent") if rel else None


def _object_of_clause(masked: str, q: QuoteSpan, sentences: Sentences) -> Found | None:
    """'Ted Nordhaus, co-founder of ..., welcomed “Q”', 'about 200 protesters ... chanting “Q”': with no cue
    found, a quotation inside a sentence is the words of the clause's subject (PolNeAR takes any verb as cue)."""
    s0, _ = sentences.of(q.open_at)
    if not masked[s0:q.open_at].strip() or is_title_case(masked[s0:q.open_at]):
        return None  # a headline
    dash = DASH_CLAUSE_RE.fullmatch(masked, s0, q.open_at)
    if dash:  # "When Trump finally wrapped up — “Q” — the balloons fell": the clause's subject, set off by the dash
        return Found(dash.span("np"), None, q.open_at, "dash-clause")
    subj = clause_subject(masked, s0, q.open_at)
    if subj is None or not _a_speaker_np(masked[subj[0]:subj[1]]) or DATELINE_AFTER_RE.match(masked, subj[1]):
        return None
    verb = _plural_verb(masked, subj, q.open_at) or FINITE_VERB_RE.search(masked, subj[1], q.open_at)
    if verb is None or len(masked[subj[1]:q.open_at].split()) > OBJECT_WORDS or THAT_RE.search(masked, verb.end(), q.open_at):
        return None  # "Pence blamed the media for ... Trump’s claim that Obama “founded ISIS”": a clause of its own
    if verb.group() in ("is", "are") and not NAME_SUBJECT_RE.match(masked, subj[0], subj[1]):
        return None  # "Okafor is “not worried at all”": a name's own words; not "The bill is “a disaster”"
    # the verb's own subject, with its title and appositive ("Seahawks president Chuck Arnold called", "Iran's
    # spokesman, Esmaeil Baghaei, called"), when it starts where the clause's subject does
    own = verb_subject(masked, verb.start(), s0)
    if own and own[0] <= subj[0] < own[1] and _a_speaker_np(masked[own[0]:own[1]]):
        subj = own
    # "... defended her plan, a week after council members called it “Q”": the subordinate clause's quotation
    sub = SUBORDINATE_CUE_RE.search(masked, subj[1], q.open_at)
    if sub and (sub.group("verb") in CALLED_FORMS and GROUP_NP_RE.fullmatch(sub.group("np"))
                or sub.group("verb") in CUE_FORMS and PLAUSIBLE_NP_RE.match(sub.group("np"))):
        return Found((sub.start("np"), sub.end("np")), sub.group("verb"), q.open_at, "object-of-subordinate")
    return Found(subj, None, q.open_at, "object-of-clause")


SUBORDINATE_CUE_RE = re.compile(r"\b(?:after|when|because|since|until|before|while)[ \t]+(?P<np>(?:(?!(?:and|or|but|as|that)\b)"
                                r"[\w’'-]+[ \t]+){0,4}?[\w’'-]+)[ \t]+(?:\w+ly[ \t]+)?(?P<verb>[a-z]{3,}ed|said|says|say|told|tells|tell|wrote|writes|calls|call)\b[^,;:.!?•]*$")
CALLED_FORMS = frozenset(("called", "call", "calls", "dubbed", "labeled", "labelled", "branded"))
# a name (a party and state after it: "Sen. Mark Dorsey, D-Vt.,") then ", who called/described ..." up to the quotation
RELATIVE_CUE_RE = re.compile(r"(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'.-]*)(?:,[ \t]+[RDI]-[A-Z][\w.]*)?,[ \t]+who[ \t]+"
                             r"(?:[a-z]+ly[ \t]+)?(?P<verb>called|dubbed|labell?ed|branded|described|said|told|wrote)\b"
                             r"[^,;:.!?“”\"]*$")


OBJECT_WORDS = 25
# a clause of time with a name or a pronoun as its subject, then a dash before the quotation
DASH_CLAUSE_RE = re.compile(r"(?:When|As|After|Once|While|Before|Until)[ \t]+(?P<np>(?:[A-Z][\w’'.-]*[ \t]+){0,3}[A-Z][\w’'.-]*|"
                            r"he|she|they)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}\b[^,;:“”\"—–]{0,60}?[ \t]+[—–-]+[ \t]*")
NAME_SUBJECT_RE = re.compile(r"(?!(?:The|A|An|This|That|These|Those|It|Its|Their|His|Her|Our|My|Your|What|Which)\b)[A-Z]")
# a noun's content clause ("Trump’s claim that Obama “founded ISIS”"): the quotation is that clause's, not an object
THAT_RE = re.compile(r"\b(?:claims?|assertions?|arguments?|notion|idea|suggestion|statements?|charges?|allegations?|"
                     r"belief|view|promises?|insistence|warnings?|remarks?|comments?)\s+that\b")
DATELINE_AFTER_RE = re.compile(r"\s*(?:\([\w .]+\)\s*)?[—–-]")
FINITE_VERB_RE = re.compile(r"\b(?:[a-z]{2,}(?:ed|s)|is|are|said|told|wrote|read|sang|made|gave|put|took|began|went|came|held|"
                            r"kept|left|ran|saw|sent|spoke|thought|won|lost|got|drew|threw|led|brought|heard|hit|set|"
                            # irregular pasts ("Trump cut in, “Q”", "broke in", "shot back", "swore"), modals ("can’t
                            # just point their fingers and cry “Q”")
                            r"cut|broke|shot|swore|struck|spat|fought|sought|stood|found|felt|meant|knew|chose|became|"
                            r"grew|wore|rang|quit|let|bit|can|could|will|would|should|must|may|might|do|did)\b")
PLURAL_NOUNS = frozenset("people police men women children clergy".split())
# a plural subject's verb in the present ("Democrats fear “Q”", "Liberal politicians fear ‘Q’", "Critics worry, “Q”"):
# the word right after a plural subject (an adverb between), when it is no preposition, article, conjunction, pronoun
# or "not", and does not end in a single -s (not "Trump thanks supporters")
PLURAL_VERB_RE = re.compile(r"[ \t]+(?:(?:still|just|now|often|also|only|even|[a-z]{2,}ly)[ \t]+)?"
                            r"(?!(?:in|on|at|of|for|from|with|without|by|to|into|about|over|under|near|outside|inside|"
                            r"across|around|behind|like|and|or|but|nor|the|an?|this|that|these|those|who|which|whose|"
                            r"where|when|as|than|not|them|him|her|it|us|you|me)\b)(?P<verb>[a-z]{3,})(?<![^s]s)\b")
WORD_RE = re.compile(r"[a-z]+")
# a plural noun of persons after the capitalised words of a subject ("Sanders supporters", "Local residents", "Many
# voters", "White House officials"), not a verb of the lexicon ("Trump insists", "Trump wonders")
PERSONS_AFTER_RE = re.compile(r"[ \t]+(?P<noun>[a-z][\w’'-]*(?:ers|ors|ists|ans|ents|ants|ics|als|ats|ites|ives|ees|ates|"
                              r"people|police|men|women|children))\b")


def _plural_verb(masked: str, subj: tuple[int, int], limit: int) -> re.Match[str] | None:
    """The verb of a plural subject in the present ("Democrats fear", "Sanders supporters fear", "Police fear"): the
    word right after the subject, or after a plural noun of persons that goes on the subject's capitalised words."""
    tail = PERSONS_AFTER_RE.match(masked, subj[1], limit)
    m = None
    if tail and tail.group("noun") not in CUE_FORMS:
        m = PLURAL_VERB_RE.match(masked, tail.end(), limit)
    else:
        last = masked[subj[0]:subj[1]].rsplit(None, 1)[-1].lower()
        if last.endswith("s") and not last.endswith(("’s", "'s")) or last in PLURAL_NOUNS:
            m = PLURAL_VERB_RE.match(masked, subj[1], limit)
    return WORD_RE.match(masked, m.start("verb")) if m else None  # (the verb alone: "are" is tested below)


FUNCTION_WORDS = frozenset("""the a an or and but just do in on at it it’s it's its first two three good you another
    her his their this that these those there here when while if as so then now also even""".split())


def _a_speaker_np(np: str) -> bool:
    """A subject that can speak: not a lone function word ("The", "Or", "Just"), not a dateline in capitals."""
    words = np.split()
    if len(words) == 1 and words[0].lower() in FUNCTION_WORDS:
        return False
    return not (len(words) >= 1 and all(w.isupper() and len(w) > 1 for w in words) and len(np) > 5)


def _dash_credit(masked: str, q: QuoteSpan, paras: list[tuple[int, int]]) -> Found | None:
    """'“Q.” — Sanders' on the same line, or a next paragraph that is only '- Bernie Sanders.'"""
    ps, pe = paras[q.para]
    m = DASH_CREDIT_RE.match(masked, q.close_at, pe)
    if not m and not NOT_BLANK_DOT_RE.search(masked, q.close_at, pe) and q.para + 1 < len(paras):
        ns, ne = paras[q.para + 1]
        m = DASH_CREDIT_RE.match(masked, ns, ne)
    if not m and not q.closed and q.para + 1 < len(paras):
        # '"I worry that ... tax cuts.\nDean Baker, Center for Economic and Policy Research."': a quotation set
        # as a block, its credit on the next line inside the marks
        ns, ne = paras[q.para + 1]
        m = CREDIT_LINE_RE.match(masked, ns, ne)
    if not m:
        return None
    return Found((m.start("np"), m.end("np")), "—", m.start("np"), "dash")


def _sentence_subject(masked: str, pos: int, pronoun: str, table: ActorTable, sentences: Sentences) -> str | None:
    """'Reid said both Rubio and Cruz are ..., but he gave the Texan a compliment': a pronoun after its sentence's
    subject, a name, is that person (Hobbs: the same sentence first, its subject before the nouns inside), when the
    gender does not rule it out. masked: the text with quotations blanked."""
    s0, _ = sentences.of(pos)
    subj = clause_subject(masked, s0, pos) if pos > s0 else None
    if subj is None or subj[1] > pos or not NAME_START_RE.match(masked, subj[0]):
        return None
    canon = table.resolve(masked[subj[0]:subj[1]], subj[0])
    person = table.people.get(canon) if canon else None
    if person is None or person.gender not in (None, {"he": "m", "she": "f"}[pronoun]):
        return None
    return canon


NAME_START_RE = re.compile(r"(?!(?:The|A|An|He|She|They|It|We|I|His|Her|Their|Its|This|That)\b)[A-Z]")


INDEFINITE_RE = re.compile(r"(?:a|an|one)\s")


def resolve(text: str, mtext: str, pos: int, table: ActorTable, last: tuple[int, str, int] | None,
            sentences: Sentences, masked: str | None = None) -> str | None:
    """The actor a speaker mention names; masked (the text with quotations blanked) lets a pronoun take its
    sentence's named subject."""
    low = mtext.lower()
    if low in PRONOUNS:
        if low not in ("he", "she"):
            return None
        own = _sentence_subject(masked, pos, low, table, sentences) if masked else None
        if own:
            return own
        near = table.nearest_person(pos, low, floor=sentences.of(pos)[0] - 400, masked=masked,
                                    sentence_start=lambda p: sentences.of(p)[0])
        if last and last[1] in table.people:
            g = table.people[last[1]].gender
            if (g is None or g == {"he": "m", "she": "f"}[low]) and (near is None or near == last[1] or not _mentioned_since(table, near, last)):
                return last[1]
        return near
    canon = table.resolve(mtext, pos)
    if canon is None and mtext.isupper() and len(mtext) > 3:
        canon = table.resolve(mtext.title(), pos)  # "TAPPER:" (a transcript's label) is Jake Tapper
    if canon is None and INDEFINITE_RE.match(low):
        # "a top Kremlin official said ... . Deputy Foreign Minister X made the sharp remark"
        _, e = sentences.of(pos)
        m = TIE_RE.match(text, e)
        if m:
            canon = table.canonical(m.group("name"), m.start("name"))
    return canon
