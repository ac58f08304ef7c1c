"""Reported speech (PolNeAR conventions): "S said (that) CONTENT", "CONTENT, S said",
"according to S, CONTENT", "CONTENT, according to S", and ", warning that CONTENT"
participles that share the main clause's speaker. Content excludes the recipient
("told reporters"), manner phrases ("on Sunday", "in a statement") and the final stop.
"""
from __future__ import annotations

import re

from briefing_app.analysis.cues import CUE_RE, INDIRECT_RE
from briefing_app.analysis.mentions import np_after, subject_before
from briefing_app.analysis.speakers import clause_subject
from briefing_app.core.model import Mention, Quote

DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)"
MANNER_RE = re.compile(
    r"(?:\s+(?:on\s+|late\s+|early\s+)?" + DAYS + r"(?:\s+(?:night|morning|afternoon|evening))?"
    r"|\s+(?:in|on|during)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|speech|"
    r"letter|post|tweet|op-ed|call|briefing|conference|appearance|release|email|report|hearing|rally|debate)"
    r"(?:\s+(?:on|with|to)\s+(?:[A-Z][\w’'.-]*\s*)+)?"
    r"|\s+at\s+the\s+time|\s+on\s+(?:Twitter|Facebook|X|Instagram)|\s+(?:last|this|next)\s+(?:week|month|year|night|\w+day)"
    r"|\s+(?:repeatedly|publicly|privately|again|later|earlier|recently|previously|often|also|separately|flatly))*"
)
TELL_RE = re.compile(r"\s+(?:(?:[A-Z][\w’'.&-]*(?:’s|'s)\s+)?[“\"][^”\"\n]{1,60}[”\"]|(?:the\s+|a\s+)?(?:[A-Z][\w’'.&-]*(?:’s|'s)?\s+(?:(?!that\b)[\w-]+\s+){0,2}?[A-Z][\w.&-]*|[A-Z][\w.&-]*|"
                     r"reporters|him|her|them|us|me|lawmakers|supporters|the crowd|the audience|[a-z]+))")
THAT_RE = re.compile(r",?\s*(?:that\s+)?")
CUT_RE = re.compile(r",\s+(?:adding|saying|noting|arguing|insisting|warning|explaining|claiming|calling)\b")
PARTICIPLE_RE = re.compile(r",\s+(?P<cue>adding|saying|noting|arguing|insisting|warning|explaining|claiming)\s+(?!to\b|up\b)(?:that\s+)?")
TAIL_RE = re.compile(r"[\s.!?;:,\"”’'•]+$")
ACCORDING_START_RE = re.compile(r"According to\s+")
# a source NP may hold abbreviations and dotted names: "Ms. Epstein", "the F.A.A.", "Tchadinfos.com"
_NP = (r"(?:[^,.;]|\.(?=\w)|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\bJr)\.|"
       r"(?<=\b[A-Z])\.)+?")
ACCORDING_MID_RE = re.compile(r",\s+according to\s+(?P<np>" + _NP + r"),\s+(?=[a-z])")
ACCORDING_END_RE = re.compile(r",?\s+according to\s+(?P<np>" + _NP + r")\s*[.;]?\s*$")
WORD_RE = re.compile(r"\S+")
# a complement without "that" must look like a clause: subject, then a finite verb within a few words
CLAUSE_START_RE = re.compile(
    r"(?!(?:at|in|on|after|before|when|while|during|of|for|with|by|from|about|referring|"
    r"referencing|through|to|as|into|over|under)\b)"
    r"(?:(?:he|she|they|we|I|you|it|there)(?:[’'](?:re|s|ll|d|ve|m))?\s+(?:\w+\s+){0,2}?[a-z]{2,}"
    r"|(?:[\w’'.$%,-]+\s+){0,10}?[\w’'.$%,-]+(?=\s+[“\"«„•])"
    r"|(?:[\w’'.$%,-]+\s+){0,11}?(?:is|are|was|were|will|would|could|should|can|has|have|had|does|did|do|may|"
    r"might|must|\w+n[’']t|[a-z]+ed|(?<!\bof )(?<!\bfor )(?<!\band )(?<!\bthe )(?<!\ban )(?<!\ba )[a-z]{3,}(?<!ss)s|saw|knew|thought|found|got|made|took|gave|came|went|felt|"
    r"kept|left|lost|won|ran|told|said|put|set|let|meant|became|began|brought|bought|built|held|led|paid|"
    r"sent|spent|stood|understood|wrote|grew|threw|drew|fell|sold|heard|hit|cut|hurt|quit))\b"
)
PARENTHETICAL_RE = re.compile(r"(?:\s+(?:on\s+)?" + DAYS + r")?,\s+(?!and\b|but\b|who\b|which\b)")
INVERTED_TAIL_RE = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s*){1,4}?(?:,\s|[.!?]?\s*$)")
FAR_THAT_RE = re.compile(r"\s*(?:[^\s.;:!?“”\"•]+\s+){1,10}?(?P<that>that\s)(?!is\b|was\b|would\b|will\b|has\b|had\b)")
WHO_AND_RE = re.compile(r"(?P<np>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}),\s+who\s+[^,;•]{0,200}?\s+and\s+(?:also\s+)?$")
COORD_RE = re.compile(r"[\w’'”)],?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:has\s+|had\s+)?$")
ASKED_RE = re.compile(r"(?:When\s+)?[Aa]sked(?:\s+by\s+(?P<by>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|reporters|a\s+reporter))?"
                      r"(?:\s+(?:in|on|at|during|after)\s+[^,]{1,40}?|\s+" + DAYS + r"|\s+(?:again|later|recently|specifically|directly))*"
                      r"\s+(?P<q>(?:about|if|whether|what|how|why|who|whom|when|where|which)\b)")
INTRO_ONLY_RE = re.compile(r"(?:In|On|At|During|After|Before|Since|From|Over|Regarding|Speaking|Asked about)\b[^,;:.!?•“”\"]*$")
INTRO_PHRASE_RE = re.compile(r"(?:In|On|At|During|After|Before|Since|For|By|From|Over|Last|This|Earlier|Later|Then)\b")
RELATIVE_END_RE = re.compile(r",\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|did|had|was|is|has|will|would|could)\b)")
DET_BEFORE_RE = re.compile(r"\b(?:a|an|the|his|her|their|its|this|that|our|my|your|no|any)\s+$", re.I)


def _clip(text: str, s: int, e: int) -> tuple[int, int]:
    m = TAIL_RE.search(text, s, e)
    if m:
        e = m.start()
    while s < e and text[s].isspace():
        s += 1
    return s, e


def find(text: str, masked: str, paras, sents, spans, table) -> list[Quote]:
    from briefing_app.analysis.attribution import resolve

    direct = [(q.start, q.end) for q in spans if q.kind == "direct"]
    out: list[Quote] = []

    def emit(s: int, e: int, mention: tuple[int, int], cue: str) -> None:
        s, e = _clip(text, s, e)
        if len(WORD_RE.findall(text[s:e])) < 3:
            return
        if INTRO_ONLY_RE.match(text, s, e) and len(WORD_RE.findall(text[s:e])) <= 10:
            return  # "In a meeting with the editorial board, Trump said: ...": a setting, not content
        whole = (s, e)
        for a, b in direct:
            if a < e and s < b:
                if a - 1 <= s and b + 1 >= e:
                    return  # the content is one direct quotation; a mixed quote inside stays (PolNeAR)
        if len(WORD_RE.findall(text[s:e])) < 3:
            # 'Cruz says he is “effectively tied for second place”': a mixed quote, keep it whole
            s, e = whole
            if text[e:e + 1] in "”\"»’'" and text[e - 1:e] not in "”\"»’'":
                e += 1
            if len(WORD_RE.findall(text[s:e])) < 5:
                return
        body = text[s:e]
        if body.count("“") > body.count("”") or body.count('"') % 2:
            # keep a mixed quote's closing mark (and the comma inside it) with the content
            if text[e:e + 2] in (",”", ',"', ".”", '."'):
                e += 2
            elif text[e:e + 1] in ("”", '"'):
                e += 1
        if mention is None:  # "Asked whether ...": the asker is not named
            out.append(Quote(s, e, text[s:e], "indirect", None, None, cue, None))
            return
        ms, me = mention
        mt = text[ms:me]
        speaker = resolve(text, mt, ms, table, None, sents)
        out.append(Quote(s, e, text[s:e], "indirect", speaker, Mention(ms, me, mt), cue, None))

    for ss, se in sents.spans:
        sent = masked[ss:se]
        if "•" in sent and not re.search(r"[A-Za-z]{3}", sent.replace("•", "")):
            continue
        m = ASKED_RE.match(masked, ss, se)
        if m:
            # "Asked (by NP) whether CONTENT, X said ...": the question is an attribution of its own
            comma = masked.find(", ", m.end(), se)
            if comma != -1:
                by = m.group("by")
                emit(m.start("q"), comma, (m.start("by"), m.end("by")) if by else None, "asked")
        m = ACCORDING_START_RE.match(masked, ss, se)
        if m:
            cm = re.compile(r",\s*").search(masked, m.end(), se)
            if cm:
                emit(cm.end(), se, (m.end(), cm.start()), "according to")
            continue
        m = ACCORDING_MID_RE.search(masked, ss, se)
        if m and m.start() > ss:
            emit(ss, m.start(), (m.start("np"), m.end("np")), "according to")
            emit(m.end(), se, (m.start("np"), m.end("np")), "according to")
            continue
        m = ACCORDING_END_RE.search(masked, ss, se)
        if m:
            emit(ss, m.start(), (m.start("np"), m.end("np")), "according to")
            continue
        for c in INDIRECT_RE.finditer(masked, ss, se):
            if DET_BEFORE_RE.search(masked, ss, c.start()):
                continue  # "a warning", "the sharp remark": a noun, not a verb
            if re.search(r"[,;]\s*$", masked[ss:c.start()]) and c.group().endswith("ing"):
                # participle whose main clause has no speech cue: "He emailed donors, saying that ..."
                subj = clause_subject(masked, ss, c.start())
                if subj:
                    _participles(masked, c.start() - len(masked[ss:c.start()]) + len(masked[ss:c.start()].rstrip()) - 1,
                                 se, subj, emit)
                break
            subj = subject_before(masked, c.start(), ss)
            relative = False
            if subj is None:
                w = WHO_AND_RE.search(masked, max(ss, c.start() - 300), c.start())
                if w:  # "Sanders, who endorsed Canova and said he would campaign with him, ..."
                    subj, relative = (w.start("np"), w.end("np")), True
            if subj is None and COORD_RE.search(masked, ss, c.start()):
                # "Mr. Trump was forced into damage control and said that ...": the clause subject
                subj = clause_subject(masked, ss, c.start())
                if subj and subj[1] - subj[0] < 2:
                    subj = None
            if subj is None:
                continue
            par = PARENTHETICAL_RE.match(masked, c.end(), se)
            if par and re.search(r",\s*$", masked[ss:subj[0]]):
                # "CONTENT, Mr. Furman argued, CONTENT."
                head = masked[ss:subj[0]]
                if not (INTRO_PHRASE_RE.match(head) and len(head.split()) <= 6):  # "In the early 1990s, X said, ..."
                    emit(ss, ss + len(head.rstrip()) - 1, subj, c.group("cue"))
                emit(par.end(), se, subj, c.group("cue"))
                break
            pos = c.end()
            if c.group("cue").lower() in ("told", "tell", "tells", "telling"):
                t = TELL_RE.match(masked, pos, se)
                pos = t.end() if t else pos
            pos = MANNER_RE.match(masked, pos, se).end()
            far = FAR_THAT_RE.match(masked, pos, se)
            if far and not THAT_RE.match(masked, pos, se).group().strip() and (
                    c.group("cue").lower() in ("told", "tell", "tells", "telling")
                    or re.match(r"\s*(?:in|on|at|to|during|after|before|about|with|from|via|through)\s", masked[pos:se])):
                pos = far.start("that")  # "told a town hall in Salem on Monday that ...", "said in a memo to staff that"
            that = THAT_RE.match(masked, pos, se)
            has_that = "that" in that.group()
            pos = that.end()
            rest = masked[pos:se]
            before = masked[ss:subj[0]]
            if TAIL_RE.sub("", rest) == "" and re.search(r",[”\"’']*\s*$", before):
                # "CONTENT, S said." and 'The strategy is a "welcome tack," he said.' (comma inside the mark)
                emit(ss, ss + len(before.rstrip().rstrip("”\"’'")) - 1, subj, c.group("cue"))
                _participles(masked, c.end(), se, subj, emit)
                break
            if (rest[:1] in "“\"«„•:" or not rest[:1].isalnum()) and not (has_that and rest[:1] in "“\"«„"):
                continue
            if INVERTED_TAIL_RE.match(masked, c.end(), se) and re.search(r",\s*$", masked[ss:c.start()]):
                emit(ss, ss + len(masked[ss:c.start()].rstrip()) - 1, np_after(masked, c.end(), se) or subj, c.group("cue"))
                break
            if not has_that and "," in masked[c.end():pos] and re.match(r"[a-z]+ing\b", rest):
                # '"Q," he said, noting that ...' is a second attribution; '..., drawing gasps' is manner
                p2 = CUE_RE.match(masked, pos, se)
                if p2 and p2.group().endswith("ing"):
                    p3 = MANNER_RE.match(masked, p2.end(), se).end()
                    p3 = THAT_RE.match(masked, p3, se).end()
                    cut = CUT_RE.search(masked, p3, se)
                    emit(p3, cut.start() if cut else se, subj, p2.group("cue"))
                    _participles(masked, p3, se, subj, emit)
                break
            if not has_that and not CLAUSE_START_RE.match(rest):
                if re.search(r",\s*$", masked[ss:c.start()]) and masked[subj[0]:subj[1]].lower() not in ("who", "which"):
                    # "CONTENT, said the company's chief executive, John Doe."
                    emit(ss, ss + len(masked[ss:c.start()].rstrip()) - 1,
                         np_after(masked, c.end(), se) or subj, c.group("cue"))
                    break
                continue
            cut = CUT_RE.search(masked, pos, se)
            end = cut.start() if cut else se
            if relative or masked[subj[0]:subj[1]].lower() in ("who", "which"):
                # "Broaddrick, who said Clinton raped her in 1978, recounted ...": the relative clause ends
                rel = RELATIVE_END_RE.search(masked, pos, end)
                end = rel.start() if rel else end
            emit(pos, end, subj, c.group("cue"))
            _participles(masked, pos, se, subj, emit)
            break
    _calls(masked, sents, out, emit)
    _object_cues(masked, sents, out, emit)
    _speaker_lines(masked, paras, out, emit)
    return out


SPEAKER_LINE_RE = re.compile(
    r"(?:(?:EXCLUSIVE|BREAKING|WATCH|VIDEO)\s*[–—:-]\s*)?"
    r"(?P<src>(?:[A-Z][\w’'.&-]*|\d+[\w’'.-]*)(?:[ \t]+(?:[A-Z][\w’'.&()-]*|on|to|at|of|the|in|for|and)){0,6}?"
    r"(?<=[A-Za-z.)]))[ \t]*:[ \t]+(?=\S)"
)
LABELS = frozenset("""related photo photos update updated watch video note editor’s editor's source sources correction
credit caption tags tag read share click listen see subscribe follow advertisement sponsored image images
filed topics warning spoiler transcript background""".split())


def _speaker_lines(masked: str, paras, out: list[Quote], emit) -> None:
    """'Graham: Trump’s Rhetoric Destroying GOP’s Chance' headlines and 'TAPPER: Do you think ...'
    transcript lines: the name before the colon is the source, the rest of the paragraph its words."""
    done = [(q.start, q.end) for q in out]
    for ps, pe in paras:
        m = SPEAKER_LINE_RE.match(masked, ps, pe)
        if not m or pe - m.end() < 12:
            continue
        src = masked[m.start("src"):m.end("src")]
        words = src.replace("’s", "").replace("'s", "").lower().split()
        if not words or words[0] in LABELS or words[-1] in LABELS or "\n" in masked[ps:m.end()] \
                or not src.split()[-1][:1].isupper():
            continue
        if any(a < pe and m.end() < b for a, b in done):
            continue
        if words[0] in ("the", "a", "an") or len(words) > 5 or masked.count(",", m.end(), pe) >= 5:
            continue  # "The Latest: ...", section names, lists of names
        emit(m.end(), pe, (m.start("src"), m.end("src")), ":")


CALL_RE = re.compile(r"(?<![\w’'-])(?P<cue>call(?:s|ed|ing)?|describ(?:e|es|ed)|urg(?:e|es|ed))(?:\s+" + DAYS + r")?(?:\s+(?P<prep>for|on|upon))?\s+")
CALL_NOT_RE = re.compile(r"(?:it\s+quits|off|up|back|out|in\b|attention|into|him\s+back|her\s+back|to\s+(?:say|ask|tell|complain))\b")
CALL_OBJ_RE = re.compile(r"(?:the|a|an|him|her|them|it|his|their|its|this|that|these|those|both|all|[A-Z][\w’'.-]*)\b")
CALL_END_RE = re.compile(r",\s+(?:adding|saying|noting|arguing|[a-z]+ing)\b|\s+(?:and|but)\s+(?:[a-z]+ed|said|says)\b|"
                         r"\s+(?:following|during|at\s+a|in\s+a|in\s+an)\b")


OBJ_CUE_RE = re.compile(
    r"(?<![\w’'-])(?P<cue>asked|asks|asking|told|tells|telling|urged|urges|urging|begged|ordered|instructed|"
    r"encouraged|implored|invited|warned|challenged|pressed)\s+"
    r"(?P<obj>(?:(?!(?:to|if|whether|that)\b)[\w’'.&-]+\s+){1,7}?)"
    r"(?=(?:to\s+[a-z]+|if|whether|what|how|why|who|when|where|which)\b)")
WHEN_ASKED_RE = re.compile(r"(?<![\w’'-])(?:when|after|before|as)\s+(?P<cue>asked)\s+(?:by\s+[^,]{1,40}?\s+)?"
                           r"(?=(?:about|if|whether|what|how|why|who|when|where|which)\b)")


def _object_cues(masked: str, sents, out: list[Quote], emit) -> None:
    """'X asked the congregation to stand', 'X told Jeb Bush to quiet down', 'HuffPost asked him if ...',
    '..., Christie said when asked whether ...': the request or the question is the content."""
    done = [(q.start, q.end) for q in out]
    for ss, se in sents.spans:
        for c in OBJ_CUE_RE.finditer(masked, ss, se):
            if any(a <= c.start() < b or a <= c.end() < b for a, b in done) or "•" in c.group("obj"):
                continue
            subj = subject_before(masked, c.start(), ss)
            if subj is None:
                continue
            end = CALL_END_RE.search(masked, c.end(), se)
            emit(c.start("obj"), end.start() if end else se, subj, c.group("cue"))
            break
        for c in WHEN_ASKED_RE.finditer(masked, ss, se):
            if any(a <= c.end() < b for a, b in done):
                continue
            comma = masked.find(", ", c.end(), se)
            emit(c.end(), comma if comma != -1 else se, None, "asked")


NAME_BEFORE_RE = re.compile(r"[A-Z][\w’'.-]*[ \t]+[A-Z][\w’'-]+[ \t]+$")


def _calls(masked: str, sents, out: list[Quote], emit) -> None:
    """'X called for a ban on ...', 'X called on Y to resign', 'X called the plan "a disaster"':
    the demand or the characterisation is the content (PolNeAR counts both)."""
    done = [(q.start, q.end) for q in out]
    for ss, se in sents.spans:
        for c in CALL_RE.finditer(masked, ss, se):
            if any(a <= c.start() < b for a, b in done):
                continue
            if DET_BEFORE_RE.search(masked, ss, c.start()) or CALL_NOT_RE.match(masked, c.end(), se):
                continue
            participle = c.group("cue").endswith("ing")
            if participle and not re.search(r",\s*$", masked[ss:c.start()]):
                # "with Martin O’Malley calling Trump a fascist": a name right before the gerund
                named = NAME_BEFORE_RE.search(masked, max(ss, c.start() - 80), c.start())
                if not named:
                    continue
                participle = False
            if re.search(r"\b(?:was|were|is|are|be|been|being)\s+$|"
                                                            r"\bwhat\s+(?:[\w’'-]+\s+){0,3}$", masked[ss:c.start()]):
                continue  # participles, passives and naming ("he was called a liar", "what critics call X")
            if not c.group("prep") and not CALL_OBJ_RE.match(masked, c.end(), se) or \
                    c.group("prep") and not c.group("cue").startswith("call"):
                continue
            # "Trump defended the incident, calling the protester “a troublemaker”": the main clause's subject
            subj = clause_subject(masked, ss, c.start()) if participle else subject_before(masked, c.start(), ss)
            if subj is None or re.match(r"(?:an?|one|some|another)\s", masked[subj[0]:subj[1]], re.I) \
                    or masked[subj[0]:subj[1]].lower() in ("which", "that"):
                continue
            if c.group("cue").startswith("call") and not c.group("prep") and not re.search(r"[“\"«„•]", masked[c.end():se]):
                # bare "called X Y" needs a quoted or short characterisation
                words = masked[c.end():se].split()
                if len(words) > 8:
                    continue
            end = CALL_END_RE.search(masked, c.end(), se)
            emit(c.end(), end.start() if end else se, subj, c.group("cue") + (" " + c.group("prep") if c.group("prep") else ""))
            break


def _participles(masked: str, pos: int, end: int, subj, emit) -> None:
    for p in PARTICIPLE_RE.finditer(masked, pos, end):
        nxt = PARTICIPLE_RE.search(masked, p.end(), end)
        emit(p.start("cue"), nxt.start() if nxt else end, subj, p.group("cue"))


def upgrade_mixed(quotes: list[Quote], reported: list[Quote]) -> None:
    """A short quotation inside reported speech is the speaker's words: a mixed direct quote."""
    for q in quotes:
        if q.kind != "scare":
            continue
        for r in reported:
            if r.start <= q.start and q.end <= r.end + 1:
                q.kind, q.speaker, q.mention, q.cue = "direct", r.speaker, r.mention, r.cue
                break
