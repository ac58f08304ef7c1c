"""Russian: «Q», — сказал Песков / «A, — сказал губернатор. — B» / X заявил, что CONTENT /
По словам X, CONTENT / "Песков: CONTENT" headlines. Names are mapped to the fullest earlier
form ("Песков" -> "Дмитрий Песков"; a title such as "министр" to the name it introduced).
"""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.common import ScriptRules, emitter
from briefing_app.analysis.lang import ru_actors
from briefing_app.core.model import Mention, Quote

CYR_RE = re.compile(r"[А-Яа-яЁё]")
RU_VERB = (r"(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|ответил|признал|написал|пообещал|"
           r"уточнил|рассказал|заверил|предупредил|говорит|считает|отмечает|заявляет|подчёркивает|"
           r"подчеркивает|добавляет|пишет|уверен|полагает|уверяет|напомнил|указал|допустил|предположил|"
           r"заметил|констатировал|объяснил|возразил|убежден|убеждён|признался|обещает|сообщает|"
           r"рассказывает|поясняет|настаивает|настаивал|утверждает|утверждал|считал|полагал|пояснила?)(?:а|и|о)?")
RU_WORD = r"[А-ЯЁ][а-яё-]+"
RU_VERB_ANY = re.compile(r"(?:назвал|заявил|сказал|отметил|добавил|пообещал|считает|говорит|пишет|напомнил|"
                         r"подчеркнул|пояснил|ответил|написал|указал|заметил|признал|предупредил|объяснил)\w*")
RU_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*[—–-]+[ \t]*" + RU_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+)")
RU_INSIDE_RE = re.compile(r",?[ \t]*[—–][ \t]*" + RU_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+)[.,]?[ \t]*[—–][ \t]*")
RU_THAT_RE = re.compile(r"(?P<verb>" + RU_VERB + r"),\s+что\s+(?P<c>[^.!?\n]+)")
RU_ACCORDING_RE = re.compile(r"(?P<cue>[Пп]о (?:словам|мнению|данным|оценке|информации)|[Кк]ак (?:сообщил|отметил|заявил|"
                             r"подчеркнул|пояснил|рассказал|добавил|уточнил|написал|напомнил|указал)[аи]?)\s+"
                             r"(?P<np>[^,\n]+),\s+(?P<c>[^.!?\n]+)")
RU_OWN_WORDS_RE = re.compile(r",?\s*по (?:его|её|ее|их) (?:словам|мнению),\s+(?P<c>[^.!?\n]+)")
RU_SAID_IN_RE = re.compile(r"(?P<c>[^.!?\n]{10,}?),\s+(?P<cue>говорится в (?:заявлении|сообщении|документе|"
                           r"пресс-релизе|докладе|письме|обращении))\s+(?P<np>[^.!?\n]+?)[.!]?$")
RU_ABOUT_THIS_RE = re.compile(r"Об этом (?P<verb>" + RU_VERB + r")\s+(?P<np>[^.!?\n]+)[.!]?$")
RU_ADVERBS = frozenset("ранее также уже вчера сегодня затем позже потом накануне впервые тогда ещё еще".split())
RU_TOKEN_RE = re.compile(r"«[^»\n]{2,40}»|[А-ЯЁа-яё][А-ЯЁа-яё-]*|\S")
RU_NAME_RE = re.compile(RU_WORD + r"(?:[ \t]+" + RU_WORD + r")+")
RU_PRONOUNS = {"он", "она", "они"}
RU_NEAR_VERB_RE = re.compile(r"(?:назвал|заявил|сказал|отметил|добавил|пообещал|считает|говорит|пишет)\w*"
                             r"(?:[ \t,]+[^\s.!?«»]+){0,4}[ \t]*$")


RU_MEDIA_RE = re.compile(r"(?:интервью|газет\w*|журнал\w*|телеканал\w*|радиостанци\w*|программ\w*|книг\w*|"
                         r"фильм\w*|издани\w*|агентств\w*|сериал\w*|спектакл\w*)[ \t]*$", re.I)


def ru_kind(text: str, start: int, end: int, open_at: int) -> str | None:
    """A short Russian quotation right after a speech verb ('назвал законопроект «опасным»',
    'добавил, что Москва «открыта для диалога»') is the speaker's words."""
    if not CYR_RE.search(text, start, end):
        return None
    before = text[max(0, open_at - 80):open_at]
    if RU_MEDIA_RE.search(before):
        return "title"  # «в интервью «Российской газете»»
    if RU_AFTER_RE.match(text, end + 1):
        return "direct"  # «Q», — сказал Песков
    return "direct" if RU_NEAR_VERB_RE.search(before) else None


def _ru_canonical(text: str, mention: str, pos: int) -> str | None:
    words = mention.split()
    if words and words[0].lower() in RU_PRONOUNS:
        names = [m for m in RU_NAME_RE.finditer(text, 0, pos)]
        return _ru_fullest(text, names[-1].group(), pos) if names else None
    caps = RU_NAME_RE.search(mention)
    if caps:
        return _ru_fullest(text, caps.group(), pos)
    cap_words = [w for w in words if w[:1].isupper()]
    if cap_words:
        return _ru_fullest(text, cap_words[0], pos)
    head = words[0].lower() if words else ""
    if head in RU_PRONOUNS:
        names = [m for m in RU_NAME_RE.finditer(text, 0, pos)]
        return _ru_fullest(text, names[-1].group(), pos) if names else None
    if len(head) >= 4:  # a title: "министр" -> the name right after "Министр энергетики"
        for m in re.finditer(re.escape(head[:5]) + r"\w*", text[:pos], re.I):
            n = RU_NAME_RE.search(text, m.end(), min(pos, m.end() + 60))
            if n:
                return n.group()
    return None


@functools.lru_cache(maxsize=8)
def _ru_names(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in RU_NAME_RE.finditer(text))


def _ru_nominative(name: str) -> str:
    """'Анны Климовой' -> 'Анна Климова' (genitive after 'экономиста', 'по словам')."""
    parts = name.split()
    if parts and parts[-1].endswith("ой") and len(parts[-1]) > 4:
        parts[-1] = parts[-1][:-2] + "а"
        parts = [p[:-1] + "а" if p.endswith("ы") else p[:-1] + "я" if p.endswith("и") else p for p in parts[:-1]] + parts[-1:]
    return " ".join(parts)


@functools.lru_cache(maxsize=4096)
def _stem(w: str) -> str:
    return w[:max(4, len(w) - 2)].lower()


def _ru_fullest(text: str, name: str, pos: int) -> str:
    last = _stem(name.split()[-1])
    best = name
    for full in _ru_names(text):
        parts = full.split()
        if len(parts) >= len(best.split()) and any(_stem(p) == last for p in parts):
            # keep the name from the family name on back plus one given name before it
            i = max(i for i, p in enumerate(parts) if _stem(p) == last)
            cand = " ".join(parts[max(0, i - 1):i + 1])
            if len(cand.split()) > len(best.split()):
                best = cand
    return _ru_nominative(best)


RU_HEADLINE_RE = re.compile(r"(" + RU_WORD + r"(?:[ \t]+" + RU_WORD + r")?):[ \t]+(\S[^\n]+)")


def np_after(text: str, s: int, e: int) -> tuple[int, int]:
    """The source after an inverted verb: title words and a name ('губернатор', 'Лавров'), not
    what follows them ('журналистам', 'на заседании правительства')."""
    end = s
    for t in RU_TOKEN_RE.finditer(text, s, e):
        w = t.group()
        if not (w[:1].isupper() or ru_actors.is_role(w) or w.endswith(("ый", "ий", "ой", "ая")) and end == s):
            break
        end = t.end()
    return s, end if end > s else e


def subject_before(text: str, sent: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb: an organisation in «», else the last name (title, country and
    organisation words before it dropped), else a pronoun or a title word; adverbs skipped."""
    toks = [t for t in RU_TOKEN_RE.finditer(text, sent, verb) if t.group().lower() not in RU_ADVERBS]
    if not toks:
        return None
    last = toks[-1]
    if last.group().startswith("«"):
        return last.start() + 1, last.end() - 1
    caps: list[re.Match[str]] = []
    for t in reversed(toks):
        if t.group()[:1].isupper() and t.group()[:1].isalpha():
            caps.insert(0, t)
        else:
            break
    while len(caps) > 1 and ru_actors.not_a_name(caps[0].group()):
        caps.pop(0)
    if caps:  # a name, or an organisation or country on its own ("В Минцифры ответили", "Москва считает")
        return caps[0].start(), caps[-1].end()
    w = last.group()
    if w.lower() in RU_PRONOUNS or ru_actors.is_role(w):
        return last.start(), last.end()
    return None


def _pronoun_speaker(doc: Document, out: list[Quote], pos: int) -> str | None:
    """'Он добавил': the speaker of the latest quote or reported speech before it."""
    before = [q for q in doc.quotes + doc.reported + out if q.speaker and q.start < pos and CYR_RE.search(q.text)]
    return max(before, key=lambda q: q.start).speaker if before else None


def _speaker(text: str, q: Quote, last: str | None) -> None:
    open_at, close_at = q.start - 1, q.end + 1
    inside = RU_INSIDE_RE.search(text, q.start, q.end)
    m = inside or RU_AFTER_RE.match(text, close_at)
    if not m:
        # "Депутат Сергей Лавренов назвал законопроект «опасным»": the verb's subject
        sent = max(text.rfind(". ", 0, open_at) + 2, text.rfind("\n", 0, open_at) + 1, 0)
        v = list(re.finditer(RU_VERB_ANY, text[sent:open_at]))
        subj = subject_before(text, sent, sent + v[-1].start()) if v else None
        if subj:
            ms, me = subj
            q.mention = Mention(ms, me, text[ms:me])
            q.cue = v[-1].group()
            q.speaker = _ru_canonical(text, text[ms:me], ms) or (last if text[ms:me].lower() in RU_PRONOUNS else None)
        return
    ms, me = np_after(text, m.start("np"), m.start("np") + len(m.group("np").strip()))
    np = text[ms:me]
    q.mention = Mention(ms, me, np)
    q.cue = m.group().strip(" ,—–-\t").split()[0]
    q.speaker = _ru_canonical(text, np, ms) or (last if np.lower() in RU_PRONOUNS else None)


def _reported(doc: Document, out: list[Quote]) -> None:
    text = doc.text
    emit = emitter(doc, out)
    for m in RU_THAT_RE.finditer(text):
        sent = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
        subj = subject_before(text, sent, m.start())
        if subj is None:
            continue
        ms, me = subj
        mention = text[ms:me]
        speaker = _pronoun_speaker(doc, out, ms) if mention.lower() in RU_PRONOUNS else _ru_canonical(text, mention, ms)
        emit(m.start("c"), m.end("c"), ms, me, m.group("verb"), speaker)
    for m in RU_ACCORDING_RE.finditer(text):
        np = m.group("np")
        own = np.split()[0].lower() in ("его", "её", "ее", "их")  # "по его словам": the latest speaker
        speaker = _pronoun_speaker(doc, out, m.start()) if own else _ru_canonical(text, np, m.start("np"))
        emit(m.start("c"), m.end("c"), m.start("np"), m.end("np"), m.group("cue").lower(), speaker)
    for m in RU_OWN_WORDS_RE.finditer(text):  # "Решетников, по его словам, не видит рисков"
        sent = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
        subj = subject_before(text, sent, m.start())
        if subj and text[subj[0]:subj[1]].lower() not in RU_PRONOUNS:
            ms, me = subj
            emit(m.start("c"), m.end("c"), ms, me, "по словам", _ru_canonical(text, text[ms:me], ms))
        else:
            at = m.group().index("по")
            emit(m.start("c"), m.end("c"), m.start() + at, m.start("c") - 2, "по словам", _pronoun_speaker(doc, out, m.start()))
    for ss, se in doc.sentences.spans:  # "..., говорится в заявлении МИД."
        said_in = RU_SAID_IN_RE.match(text, ss, se)
        if said_in:
            emit(said_in.start("c"), said_in.end("c"), said_in.start("np"), said_in.end("np"), said_in.group("cue"),
                 said_in.group("np").strip())
    for i, (ss, se) in enumerate(doc.sentences.spans):
        a = RU_ABOUT_THIS_RE.match(text, ss, se)
        if a and i and doc.sentences.spans[i - 1][1] <= ss:  # "Об этом сообщил министр X": the sentence before
            ps, pe = doc.sentences.spans[i - 1]
            ms, me = np_after(text, a.start("np"), a.end("np"))
            emit(ps, pe, ms, me, a.group("verb"), _ru_canonical(text, text[ms:me], ms))
    paras = doc.paras
    for ps, pe in paras[:1] + [p for p in paras[1:] if p[1] - p[0] < 120]:
        h = RU_HEADLINE_RE.match(text[ps:pe])
        if h:
            emit(ps + h.start(2), ps + h.end(2), ps + h.start(1), ps + h.end(1), ":",
                 _ru_canonical(text, h.group(1), pe + 1))


class Russian(ScriptRules):
    def speakers(self, doc: Document) -> None:
        last: str | None = None
        for q in doc.quotes:
            if q.kind != "direct":
                continue
            if q.speaker:
                last = q.speaker
                continue
            if q.mention is None and CYR_RE.search(doc.text, q.start, q.end):
                _speaker(doc.text, q, last)
            if q.speaker:
                last = q.speaker


RULES = Russian("ru", CYR_RE, ru_kind, _reported, ru_actors.actors)
