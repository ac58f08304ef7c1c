"""Russian and Korean attribution patterns the English sieves do not see.

Russian: «Q», — сказал Песков / «A, — сказал губернатор. — B» / X заявил, что CONTENT /
По словам X, CONTENT / "Песков: CONTENT" headlines. Korean: 김민수 장관은 “Q”고 말했다 /
그는 “Q”며 / X는 CONTENT다고 밝혔다 / headline 정부 "Q". Names are mapped to the fullest
earlier form ("Песков" -> "Дмитрий Песков"; a title such as "министр" or "장관" to the name
it introduced). Pure regex, applied only when the text has Cyrillic or Hangul letters.
"""
from __future__ import annotations

import functools
import re

from briefing_app.core.model import Mention, Quote

CYR_RE = re.compile(r"[А-Яа-яЁё]")
HANGUL_RE = re.compile(r"[가-힣]")
RU_VERB = (r"(?:сказал|заявил|отметил|добавил|подчеркнул|пояснил|сообщил|ответил|признал|написал|пообещал|"
           r"уточнил|рассказал|заверил|предупредил|говорит|считает|отмечает|заявляет|подчёркивает|"
           r"подчеркивает|добавляет|пишет|уверен|полагает|уверяет)(?:а|и|о)?")
RU_WORD = r"[А-ЯЁ][а-яё-]+"
RU_VERB_ANY = re.compile(r"(?:назвал|заявил|сказал|отметил|добавил|пообещал|считает|говорит|пишет)\w*")
RU_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*[—–-]+[ \t]*" + RU_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+)")
RU_INSIDE_RE = re.compile(r",?[ \t]*[—–][ \t]*" + RU_VERB + r"[ \t]+(?P<np>[^.,;:!?«»\n—]+)[.,]?[ \t]*[—–][ \t]*")
RU_THAT_RE = re.compile(r"(?P<verb>" + RU_VERB + r"),\s+что\s+(?P<c>[^.!?\n]+)")
RU_ACCORDING_RE = re.compile(r"По словам\s+(?P<np>[^,\n]+),\s+(?P<c>[^.!?\n]+)")
RU_NAME_RE = re.compile(RU_WORD + r"(?:[ \t]+" + RU_WORD + r")+")
RU_PRONOUNS = {"он", "она", "они"}
KO_PARTICLE_AFTER_RE = re.compile(r"[\"”」』][ \t]*(?:고|라고|이라고|며|라며|이라며|면서|라면서|하고)")
KO_TOPIC_RE = re.compile(r"([가-힣][가-힣 ]*?)(?:은|는|이|가)$")
KO_TITLES = set("장관 회장 의원 대변인 위원장 대표 교수 소설가 시인 감독 사장 총리 대통령 원내대표 이사장 청장 시장 지사 "
                "변호사 연구원 기자 위원 국장 실장 차관 의장 총재 부장 회원 작가".split())
KO_PRONOUNS = {"그", "그녀", "그들"}
KO_SAY_END_RE = re.compile(r"(?<=[다라])고\s+(?P<verb>(?:밝혔다|전했다|말했다|설명했다|강조했다|주장했다|덧붙였다))")


def applies(text: str) -> bool:
    return bool(CYR_RE.search(text) or HANGUL_RE.search(text))


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


def ko_kind(text: str, start: int, end: int, open_at: int) -> str | None:
    """Korean quotations followed by a quotative particle, or a headline quote right after a
    speaker's name, are direct whatever their length."""
    if not HANGUL_RE.search(text, start, end):
        return None
    if KO_PARTICLE_AFTER_RE.match(text, end):
        return "direct"
    line_start = text.rfind("\n", 0, open_at) + 1
    if line_start == 0 and re.search(r"[가-힣][ \t]*$", text[line_start:open_at]):
        return "direct"
    return None


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


def _ko_speaker(text: str, open_at: int, last: str | None) -> tuple[int, int, str] | None:
    lo = max(open_at - 300, 0)
    dot = text.rfind("다.", lo, open_at)
    s0 = max(text.rfind("\n", lo, open_at) + 1, dot + 2 if dot != -1 else 0, lo)
    prev_close = max(text.rfind(c, s0, open_at) for c in "”」』\"")
    if prev_close != -1:
        if last and re.fullmatch(r"[ \t]*(?:며|라며|이라며|고|면서|라면서|하며)?[ \t]*", text[prev_close + 1:open_at]):
            return None if last is None else (-1, -1, last)  # 「A」며 「B」: the same speaker
        s0 = prev_close + 1
    toks = list(re.finditer(r"[가-힣A-Za-z0-9]+", text[s0:open_at]))
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i].group()
        m = re.fullmatch(r"(.+?)(?:은|는|이|가)", t)
        if not m or t in KO_TITLES:
            continue
        head = m.group(1)
        a, b = s0 + toks[i].start(), s0 + toks[i].start() + len(head)
        if head in KO_PRONOUNS:
            return (a, b, last) if last else None
        if head in KO_TITLES and i > 0:
            name = toks[i - 1].group()
            return s0 + toks[i - 1].start(), b, name
        return a, b, head
    m = re.search(r"([가-힣]+)[ \t]*$", text[s0:open_at])
    if m and s0 == 0:  # the headline: 정부 "Q"
        return s0 + m.start(1), s0 + m.end(1), m.group(1)
    return None


def attribute(text: str, quotes: list[Quote]) -> None:
    """Fill the speakers of direct quotes the English sieves left without one."""
    last: str | None = None
    prev: Quote | None = None
    for q in quotes:
        if q.kind != "direct":
            continue
        if q.speaker:
            last, prev = q.speaker, q
            continue
        if q.mention is not None:
            continue
        open_at = q.start - 1
        close_at = q.end + 1
        if CYR_RE.search(text, q.start, q.end):
            inside = RU_INSIDE_RE.search(text, q.start, q.end)
            m = inside or RU_AFTER_RE.match(text, close_at)
            if not m:
                # "Депутат Сергей Лавренов назвал законопроект «опасным»": the verb's subject
                sent = max(text.rfind(". ", 0, open_at) + 2, text.rfind("\n", 0, open_at) + 1, 0)
                v = list(re.finditer(RU_VERB_ANY, text[sent:open_at]))
                names = list(RU_NAME_RE.finditer(text, sent, sent + v[-1].start())) if v else []
                if names:
                    n = names[-1]
                    q.mention = Mention(n.start(), n.end(), n.group())
                    q.cue = v[-1].group()
                    q.speaker = _ru_canonical(text, n.group(), n.start())
            if m:
                np = m.group("np").strip()
                ms = m.start("np")
                q.mention = Mention(ms, ms + len(np), np)
                q.cue = m.group().strip(" ,—–-\t").split()[0]
                q.speaker = _ru_canonical(text, np, ms) or (last if np.lower() in RU_PRONOUNS else None)
        elif HANGUL_RE.search(text, q.start, q.end):
            found = _ko_speaker(text, open_at, last)
            if found:
                a, b, name = found
                if a >= 0:
                    q.mention = Mention(a, b, text[a:b])
                elif prev is not None and prev.mention is not None:
                    q.mention = prev.mention
                q.speaker = name
        if q.speaker:
            last = q.speaker
            prev = q


def indirect(text: str, paras: list[tuple[int, int]], taken: list[Quote]) -> list[Quote]:
    out: list[Quote] = []
    spans = [(q.start, q.end) for q in taken if q.kind in ("direct", "indirect")]

    def emit(s: int, e: int, ms: int, me: int, cue: str, speaker: str | None) -> None:
        while e > s and text[e - 1] in " .\t":
            e -= 1
        if e - s < 6 or any(a <= s and e <= b for a, b in spans):
            return
        out.append(Quote(s, e, text[s:e], "indirect", speaker, Mention(ms, me, text[ms:me]), cue, None))

    if CYR_RE.search(text):
        for m in RU_THAT_RE.finditer(text):
            sent = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1)
            before = text[sent:m.start()]
            names = list(RU_NAME_RE.finditer(before))
            if names:
                n = names[-1]
                ms, me = sent + n.start(), sent + n.end()
            else:
                w = re.search(r"(\S+)\s*$", before)
                if not w:
                    continue
                ms, me = sent + w.start(1), sent + w.end(1)
            mention = text[ms:me]
            emit(m.start("c"), m.end("c"), ms, me, m.group("verb"), _ru_canonical(text, mention, ms))
        for m in RU_ACCORDING_RE.finditer(text):
            np = m.group("np")
            emit(m.start("c"), m.end("c"), m.start("np"), m.end("np"), "по словам", _ru_canonical(text, np, m.start("np")))
        for ps, pe in paras[:1] + [p for p in paras[1:] if p[1] - p[0] < 120]:
            m = re.match(r"(" + RU_WORD + r"(?:[ \t]+" + RU_WORD + r")?):[ \t]+(\S[^\n]+)", text[ps:pe])
            if m:
                emit(ps + m.start(2), ps + m.end(2), ps + m.start(1), ps + m.end(1), ":",
                     _ru_canonical(text, m.group(1), pe + 1))
    if HANGUL_RE.search(text):
        for end in KO_SAY_END_RE.finditer(text):
            floor = max(end.start() - 300, 0)
            cut = max(text.rfind(c, floor, end.start()) for c in ".\n“”\"「」")
            c0 = cut + 1 if cut != -1 else floor
            chunk = text[c0:end.start() + 1]
            toks = list(re.finditer(r"\S+", chunk))
            subj = None
            for t in toks[:4]:
                if re.fullmatch(r"[가-힣]+?(?:은|는)", t.group()):
                    subj = t
            if subj is None:
                continue
            s = c0 + subj.end()
            rest = re.match(r"\s*(?:\d+일\s+)?(?:[가-힣]+에서\s+)?", text[s:end.start() + 1])
            s += rest.end() if rest else 0
            head = subj.group()[:-1]
            emit(s, end.start() + 1, c0 + subj.start(), c0 + subj.start() + len(head), end.group("verb"), head.strip())
    return out
