"""Rules that read the whole document after the sentence rules, each skipping what is
already taken (calls are in call_rules.py): "X asked / told / urged Y to ...",
"..., when asked whether ...", and "Name: words" speaker lines (headlines, transcripts)."""
from __future__ import annotations

import re

from briefing_app.analysis.cues import WORD_START, stem_matches, stem_positions
from briefing_app.analysis.kinds import is_title_case
from briefing_app.analysis.mentions import subject_before
from briefing_app.analysis.reported.call_rules import CALL_END_RE, PROGRESSIVE_RE, clause_end
from briefing_app.analysis.reported.clauses import DAYS, TIME_NP
from briefing_app.analysis.reported.context import Context, det_before
from briefing_app.analysis.spans import SpanReach
from briefing_app.analysis.subjects import clause_subject
from briefing_app.core.model import Quote

SPEAKER_LINE_RE = re.compile(
    r"(?:(?:EXCLUSIVE|BREAKING|WATCH|VIDEO)\s*[–—:-]\s*)?"
    r"(?P<src>(?:[A-Z][\w’'.&-]*|\d+[\w’'.-]*)(?:[ \t]+(?:[A-Z][\w’'.&()-]*|on|to|at|of|the|in|for|and)){0,6}?"
    r"(?<=[A-Za-z.)]))[ \t]*:[ \t]+(?=\S)"
)
LABELS = frozenset("""related photo photos update updated watch video note editor’s editor's source sources correction
credit caption tags tag read share click listen see subscribe follow advertisement sponsored image images
filed topics warning spoiler transcript background contributing contributors notice name so email daily
podcast nerdcast stat abstract
wow boom look breaking revealed just leaked bombshell busted alert developing shocking
opinion editorial review factcheck explainer live exclusive
interview analysis commentary column perspective viewpoint essay profile obituary feature dispatch letters q&a
more list editor""".split())  # headline kickers ("Wow: ...", "Breaking: ..."), rubrics ("Interview: The EU's trade
# chief on tariffs", "Analysis: ..."); link lists' "MORE: ...", "FULL LIST: ..."; letters' "EDITOR: ..."


SINGLE_QUOTED_RE = re.compile(r"[‘'](?P<body>[^‘\n]{2,}?[.!?]?)[’'][.!?]?[ \t]*")


def _quoted_headline(ctx: Context, q: Quote) -> None:
    """'Marco Rubio: ‘You Don’t Win The Nomination By How Many States You Win.’' is the speaker's
    own words in single marks (a headline convention): a direct quote, marks excluded."""
    end = ctx.text.find("\n", q.start)
    m = SINGLE_QUOTED_RE.fullmatch(ctx.text, q.start, len(ctx.text) if end == -1 else end)
    if m is None:
        return
    s, e = m.start("body"), m.end("body")
    q.start, q.end, q.text, q.kind = s, e, ctx.text[s:e], "direct"


TURN_LETTERS = ("Q", "A")
# a transcript's speaker label in capitals ("TAPPER", "JAKE TAPPER", "SEN. TIM KAINE"), not an acronym alone ("NATO")
TURN_LABEL_RE = re.compile(r"(?:[A-Z]+\.?[ \t]+){1,3}[A-Z][A-Z’'-]+|[A-Z][A-Z’'-]{3,}")
DOUBLE_OPEN_RE = re.compile(r"[“\"«„]|''")
LIST_COMMAS = 5
# a few words with no end mark: a link's or a section's name after a label in capitals
LINK_NAME_RE = re.compile(r"(?:[^\s.!?,;]+[ \t]+){0,5}[^\s.!?,;:]+\s*")


def _a_list(masked: str, start: int, end: int) -> bool:
    """'Attendees: John Smith, Jane Doe, ...': five commas or more, and few words between them (an
    answer in a transcript has many commas too, but whole clauses between them)."""
    commas = masked.count(",", start, end)
    return commas >= LIST_COMMAS and len(masked[start:end].split()) < 4 * (commas + 1)


def speaker_lines(ctx: Context) -> None:
    """'Graham: Trump’s Rhetoric Destroying GOP’s Chance' headlines and 'TAPPER: Do you think ...'
    transcript lines: the name before the colon is the source, the rest of the paragraph its words (a
    transcript's turns, two or more under labels in capitals, are direct quotes)."""
    masked, emit, done = ctx.masked, ctx.emit, ctx.done()
    turns: list[Quote] = []
    interviewee: tuple[int, int] | None = None  # found at the first "A:" turn
    for ps, pe in ctx.doc.paras:
        m = SPEAKER_LINE_RE.match(masked, ps, pe)
        if not m or pe - m.end() < 12:
            continue
        src = masked[m.start("src"):m.end("src")]
        words = src.replace("’s", "").replace("'s", "").lower().split()
        if not words or words[0] in LABELS or words[-1] in LABELS or "\n" in masked[ps:m.end()] \
                or not src.split()[-1][:1].isupper():
            continue
        turn = src in TURN_LETTERS or TURN_LABEL_RE.fullmatch(src) is not None
        if turn and LINK_NAME_RE.fullmatch(masked, m.end(), pe) and is_title_case(masked[m.end():pe]):
            continue  # a station's links, "KXAN: FCC Public File", "KXAN: Children’s TV Programming": no one's words
        # a transcript's answer holds the speech it reports ("A: A neighbor told me they had been taken
        # away ..."): that inner quote stays, and the whole turn is the speaker's too
        if (done.covers(m.end()) if turn else done.overlaps(m.end(), pe)) or DOUBLE_OPEN_RE.match(ctx.text, m.end()):
            continue  # ('Clinton: "Q1." Bush: "Q2."': the quotations are the speaker sieves')
        if words[0] in ("the", "a", "an") and src not in TURN_LETTERS or len(words) > 5 or _a_list(masked, m.end(), pe):
            continue  # "The Latest: ...", section names, lists of names ("Q:" and "A:" are an interview's turns)
        before = len(ctx.out)
        mention = (m.start("src"), m.end("src"))
        if src == "A":  # an interview's answers: the person its introduction names most, not the letter
            if interviewee is None:
                interviewee = _interviewee(ctx, ps) or (-1, -1)
            mention = interviewee if interviewee[0] >= 0 else mention
        emit(m.end(), pe, mention, ":")
        if len(ctx.out) > before:
            _quoted_headline(ctx, ctx.out[-1])
            if turn and src not in TURN_LETTERS:
                turns.append(ctx.out[-1])
    if len(turns) >= 2:  # "JAKE TAPPER: Do you think ...", "TRUMP: ...": a transcript's turns are verbatim
        for q in turns:
            q.kind = "direct"


NAME_TAIL_RE = re.compile(r"(?:[’']s)?[.,;:]*$")


def _interviewee(ctx: Context, first_turn: int) -> tuple[int, int] | None:
    """The first mention of the person the text names most before its first 'A:' turn (the earliest named on a
    tie): who answers in a 'Q: ... A: ...' interview ('Actress Diane Guerrero has become ... Q: ... A: ...')."""
    best: tuple[int, int, tuple[int, int]] | None = None
    for person in ctx.doc.actor_table.people.values():
        spans = [sp for sp in person.mentions if sp[1] <= first_turn]
        if spans and (best is None or (len(spans), -spans[0][0]) > best[:2]):
            best = (len(spans), -spans[0][0], spans[0])
    if best is None:
        return None
    a, b = best[2]
    tail = NAME_TAIL_RE.search(ctx.text, a, b)  # "Vice President Joe Biden." at a headline's end, "Guerrero’s"
    return a, tail.start() if tail else b


# "Wallnau wrote:" / "Fox News reports:" closing a paragraph, and the next paragraph is what was written,
# set off as a block without quotation marks
BLOCK_INTRO_RE = re.compile(r"\b(?P<cue>said|says|wrote|writes|tweeted|posted|reported|reports|argued|explained|added|"
                            r"continued|noted|declared|stated|warned)(?:\s+(?:that|this|the\s+following|[\w’'-]+day))?\s*:\s*$")
QUOTE_OPEN_RE = re.compile(r"[“\"«„'‘`<]")  # a quotation (the speaker sieves' own) or embedded markup


def block_quotes(ctx: Context) -> None:
    """'Wallnau wrote:\n\nI think this prophetic prayer timely, ...': the paragraph after the intro is the content."""
    masked, done, paras = ctx.masked, ctx.done(), ctx.doc.paras
    for (ps, pe), (ns, ne) in zip(paras, paras[1:]):
        m = BLOCK_INTRO_RE.search(masked, max(ps, pe - 60), pe) if masked[max(ps, pe - 60):pe].rstrip().endswith(":") else None
        if m is None or QUOTE_OPEN_RE.match(ctx.text, ns) or done.overlaps(ns, ne):
            continue
        subj = subject_before(masked, m.start("cue"), ctx.doc.sentences.of(m.start())[0])
        if subj:
            ctx.emit(ns, ne, subj, m.group("cue"))


OBJ_CUE_RE = re.compile(
    WORD_START + r"(?P<cue>asked|asks|asking|told|tells|telling|urged|urges|urging|begged|ordered|instructed|"
    r"encouraged|implored|invited|warned|challenged|pressed)\s+"
    r"(?P<obj>(?!not\s)(?:(?!(?:to|if|whether|that|as|in|at|with|from|during|after|before|while|when)\b)"  # "asked not to be named"
    r"[\w’'.&-]+\s+){1,7}?)"
    # "to" and a verb ("told him to leave"), not a noun phrase ("told Yahoo in response to a question")
    r"(?=(?:to\s+(?!(?:a|an|the|his|her|its|their|this|that|my|our|your)\b)[a-z]+|if|whether|what|how|why|who|when|"
    r"where|which)\b)")
# '"Q," McCain said, asked about the delays.': the question put to the tag's speaker, a participle after a speech verb
# of the same sentence (not "Alvarez, asked whether ..., shrugged": no one speaks there)
TAG_ASKED_RE = re.compile(r",\s(?P<cue>asked)\s+(?:[a-z]+ly\s+)?(?=(?:about|if|whether|what|how|why|who|when|where|which)\b)")
TAG_VERB_RE = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|insisted|argued|explained)\b")
WHEN_ASKED_RE = re.compile(r"(?<![\w’'-])(?:when|after|before|as)\s+(?P<cue>asked)\s+(?:[a-z]+ly\s+)?(?:by\s+[^,]{1,40}?\s+)?"
                           r"(?=(?:about|if|whether|what|how|why|who|when|where|which)\b)")


CONJ_CLAUSE_RE = re.compile(r"[,;]\s+(?:but|and|yet|so|while|whereas)\s+")
OBJ_STEMS = ("ask", "told", "tell", "urg", "begged", "ordered", "instructed", "encouraged", "implored", "invited",
             "warned", "challenged", "pressed")
WHEN_STEMS = ("when", "after", "before", "as ", "as\t", "as\n")


def object_cues(ctx: Context) -> None:
    """'X asked the congregation to stand', 'X told Jeb Bush to quiet down', 'HuffPost asked him if ...',
    '..., Christie said when asked whether ...': the request or the question is the content."""
    masked, emit, done = ctx.masked, ctx.emit, ctx.done()
    obj_at = stem_positions(masked, OBJ_STEMS)
    when_at = stem_positions(masked, WHEN_STEMS) if "asked" in masked else []
    ask_at = stem_positions(masked, (", asked",)) if "asked" in masked else []
    for ss, se in ctx.doc.sentences.spans:
        for c in stem_matches(OBJ_CUE_RE, obj_at, masked, ss, se):
            if done.covers(c.start()) or done.covers(c.end()) or "•" in c.group("obj"):
                continue
            subj = subject_before(masked, c.start(), ss)
            if c.group("cue").endswith("ing") and masked.endswith(", ", ss, c.start()):
                # "The governor sent a letter, urging lawmakers to ...": the clause's subject, not the words before
                # (of the last clause: "..., but Wallace brought him back to it, asking Trump to ...")
                conj = list(CONJ_CLAUSE_RE.finditer(masked, ss, c.start()))
                subj = clause_subject(masked, conj[-1].end() if conj else ss, c.start()) or subj
            if subj is None:
                continue
            end = CALL_END_RE.search(masked, c.end(), se)
            emit(c.start("obj"), clause_end(masked, ss, c, end.start() if end else se), subj, c.group("cue"))
            break
        if masked.find("asked", ss, se) == -1:
            continue  # WHEN_ASKED_RE needs the word: no use trying it at every "as" of the sentence
        for c in stem_matches(WHEN_ASKED_RE, when_at, masked, ss, se):
            if done.covers(c.end()):
                continue
            comma = masked.find(", ", c.end(), se)
            emit(c.end(), comma if comma != -1 else se, None, "asked")
        for c in stem_matches(TAG_ASKED_RE, ask_at, masked, ss, se):
            if done.covers(c.end()) or not TAG_VERB_RE.search(masked, ss, c.start("cue")):
                continue
            comma = masked.find(", ", c.end(), se)
            emit(c.end(), comma if comma != -1 else se, None, "asked")


# "Donald Trump was asked a relatively straightforward question about police violence", "Palmieri was asked about
# Cosby's donations", "Rubio was asked to name a single achievement": the question (its asker unnamed)
PASSIVE_ASKED_RE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?"
                              r"(?P<cue>asked)\s+(?:(?P<about>(?:a|the|one|another)\s+(?:[\w-]+\s+){0,3}?questions?\s+about)\s+|"
                              r"(?=(?:about|if|whether|what|how|why|who|when|where|which|to\s+[a-z]+)\b))")
PASSIVE_BEFORE, PASSIVE_AFTER = 40, 120  # how far around " asked " the pattern may reach
PASSIVE_END_RE = re.compile(r",(?:''|[”\"’'])?\s|;|\s+(?:and|but)\s+(?:he|she|they|it|[A-Z][\w’'.-]*)\s|"
                            r"\s+(?:during|at|in|on)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:debate|interview|briefing|conference|event|rally|hearing|town\s+hall|show)\b")


def passive_asked(ctx: Context) -> None:
    """'X was asked (a question) about Y', 'X was asked whether ...': the question, no named source."""
    masked, done = ctx.masked, ctx.done()
    taken: set[int] = set()
    for i in stem_positions(masked, (" asked ",)):
        m = PASSIVE_ASKED_RE.search(masked, max(0, i - PASSIVE_BEFORE), i + PASSIVE_AFTER)
        if m is None or m.start() in taken or done.covers(m.end()):
            continue
        taken.add(m.start())
        _, se = ctx.doc.sentences.of(m.start())
        end = PASSIVE_END_RE.search(masked, m.end(), se)
        ctx.emit(m.end(), end.start() if end else se, None, "asked")


# "the task force announced an agreement for tougher monitoring", "announcing his support for Donald Trump": what
# is announced, a noun phrase (a clause after "that" is the cue rules'); "was announced" is left alone
ANNOUNCE_RE = re.compile(r"(?<![\w’'-])(?:(?P<cue>announc(?:e|es|ed|ing))(?:\s+(?:on\s+)?" + DAYS + r")?\s+"
                         r"(?=(?:a|an|the|his|her|their|its|plans?|support|new|that|this)\b)(?!that\s)(?!" + TIME_NP + ")"
                         # "Mr. Trump reported raising and spending about $9 million", "reported a profit of $1.78 a share"
                         r"|(?P<report>report(?:s|ed))\s+(?=(?!(?:being|seeing|hearing|feeling)\b)[a-z]{3,}ing\b|"
                         r"(?:a|an)\s+(?:[\w.-]+\s+){0,3}?(?:profit|loss|revenue|surplus|deficit|increase|decline|drop|rise|rate)\b|"
                         r"(?:investments|earnings|income|assets|holdings)\b|"
                         r"(?:between|about|nearly|roughly|almost|more\s+than|less\s+than)\s+\$|\$))")
ANNOUNCE_END_RE = re.compile(r",\s|;|\s+(?:and|but)\s+(?:[a-z]+ed|said|says)\b|\s+(?:after|before|because|as|when|while)\s")
ANNOUNCE_STEMS = ("announc", "report")


def announcements(ctx: Context) -> None:
    """'X announced NP': the announcement is the content (PolNeAR marks it), its subject the source."""
    masked = ctx.masked
    at = stem_positions(masked, ANNOUNCE_STEMS)
    if not at:
        return
    # (a content before its speaker holds the announcement nested in it: "The CEO announced the layoffs, a spokesperson
    # said." is the spokesperson's words and the CEO's announcement, as "..., a spokesman said" keeps a said-clause inside)
    done = SpanReach((q.start, q.end) for q, rule in zip(ctx.out, ctx.trace) if rule != "content-before")
    for ss, se in ctx.doc.sentences.spans:
        for c in stem_matches(ANNOUNCE_RE, at, masked, ss, se):
            cue = c.group("cue") or c.group("report")
            if done.covers(c.start()) or det_before(masked, ss, c.start()) \
                    or PROGRESSIVE_RE.search(masked, max(ss, c.start() - 30), c.start()) and cue.endswith("ed"):
                continue
            if cue.endswith("ing") and re.search(r",\s*$", masked[ss:c.start()]):
                subj = clause_subject(masked, ss, c.start())
            else:
                subj = subject_before(masked, c.start(), ss)
            if subj is None:
                continue
            end = ANNOUNCE_END_RE.search(masked, c.end(), se)
            if c.group("report") and not masked[subj[0]:subj[0] + 1].isupper() \
                    and masked[subj[0]:subj[1]] not in ("he", "she", "they", "it"):
                continue  # a company or a candidate reports figures: "Mr. Kasich reported having $1.3 million"
            ctx.emit(c.end(), end.start() if end else se, subj, cue, min_words=2)
            break
