"""Russian speakers: speech verbs, the source noun phrase after an inverted verb or before a
verb, and the canonical name a mention stands for ("Песков" -> "Дмитрий Песков"; a title such
as "министр" -> the name it introduced; "он" -> the latest speaker)."""
from __future__ import annotations

import functools
import re

from briefing_app.analysis.document import Document
from briefing_app.analysis.gazetteer import trie_pattern
from briefing_app.analysis.lang import CYR_RE, ru_actors
from briefing_app.analysis.lang.ru_names import FEMALE_NAMES, MALE_NAMES, is_given, is_role
from briefing_app.core.model import Quote

# verbs of saying, by stem, past and present; an ending (а/и/о, feminine, plural, neuter) may follow
SPEECH_STEMS = ("сказал заявил отметил добавил подчеркнул пояснил сообщил ответил признал написал пообещал уточнил "
                "рассказал заверил предупредил говорит говорил считает отмечает заявляет подчёркивает подчеркивает "
                "добавляет пишет уверен полагает уверяет напомнил указал допустил предположил заметил констатировал "
                "объяснил возразил убежден убеждён признался обещает сообщает рассказывает поясняет настаивает "
                "настаивал утверждает утверждал считал полагал подтвердил подтверждает призвал призывает объявил "
                "заявлял сообщал выразил высказал посетовал пожаловался потребовал раскритиковал напоминает "
                "указывает признаёт признает опроверг назвал рекомендовал предложил потребовал доложил обещал "
                # plural present: a body or unnamed people speak ("В Кремле считают", "в МИД говорят")
                "считают заявляют сообщают отмечают полагают утверждают говорят подчёркивают подчеркивают "
                "поясняют признают настаивают уверены "
                # belief and expectation with their content ("не исключил, что", "В Кремле надеются, что")
                "исключил исключает исключают допускает допускают надеется надеются рассчитывает рассчитывают "
                "ожидает ожидают опасается опасаются прогнозирует прогнозируют сомневается убеждены "
                "предупреждает предупреждают объясняет объясняют обратил обращает цитирует цитируют "
                # reflexive verbs in every gender ("призналась", "пожаловались") and a gerund ("сославшись на то, что")
                "призналась признались пожаловалась пожаловались поделился поделилась поделились "
                "сославшись").split()
# factored by common prefixes (trie_pattern): every regex built on RU_VERB scans the text faster
RU_VERB = r"(?:" + trie_pattern(SPEECH_STEMS) + r")(?:а|и|о)?(?![а-яё])"
RU_VERB_ANY = re.compile(r"(?:" + trie_pattern(SPEECH_STEMS) + r")\w*")
# a past-tense verb of any kind ("усомнился", "выступил"): the clause before a colon and a quote
PAST_VERB_RE = re.compile(r"(?<![А-ЯЁа-яё-])[а-яё]{3,}(?:л|ла|ло|ли)(?:ся|сь)?(?![А-ЯЁа-яё-])")
RU_WORD = r"[А-ЯЁ][а-яё-]+"
RU_ADVERBS = frozenset(("ранее также уже вчера сегодня затем позже потом накануне впервые тогда ещё еще однако не "
                        "весной летом осенью зимой утром вечером днём днем ночью снова вновь неоднократно публично "
                        "напротив раз").split())  # ("Греф не раз говорил")
# a preposition opening a phrase between the subject and its verb ("Решетников на совещании в правительстве напомнил")
RU_PREPOSITIONS = frozenset("в во на по с со при после перед во время у".split())
RU_OBLIQUE_PRONOUNS = frozenset("мной мне нами нам ним ней ними журналистами".split())
VENUE_WORDS_RE = re.compile(r"(?:в|во) (?:интервью|эфире|беседе|разговоре|статье|колонке)|в беседе с|в эфире|в интервью")
RU_TOKEN_RE = re.compile(r"«[^»\n]{2,40}»|[А-ЯЁа-яё][А-ЯЁа-яё-]*|[A-Za-z][\w&.-]*|\S")
RU_NAME_RE = re.compile(RU_WORD + r"(?:[ \t]+" + RU_WORD + r")+")
RU_PRONOUNS = {"он", "она", "они"}
TITLE_LOOKBACK = 50  # uses of a title word read back for the name it introduced
DESCRIPTION_RE = re.compile(r"(?:дипломат|политик|парламентари)[а-яё]*(?![\w-])")
PRESS_SERVICE_RE = re.compile(r"(?:пресс-служб|пресс-центр|аппарат|канцеляри)[а-яё]*(?:[ \t]+[а-яё]+(?:а|я|и|ы|ого|его|ой|ей)){1,2}")


def canonical(text: str, mention: str, pos: int) -> str | None:
    """The name a mention at pos stands for: a capitalised name at its fullest, or the name a
    title word introduced earlier ("министр" -> the name after "Министр энергетики")."""
    words = mention.split()
    head = words[0].lower() if words else ""
    if head in RU_PRONOUNS:
        name = _last_name(text, pos)
        return fullest(text, name) if name else None
    if UNNAMED_RE.match(head):
        return None  # "Источник в правительстве": nobody named (the body it sits in may be an actor)
    caps = RU_NAME_RE.search(mention)
    if caps:
        return fullest(text, caps.group())
    cap_words = [w for w in words if w[:1].isupper()]
    if cap_words:
        return fullest(text, cap_words[0])
    if len(head) >= 4:  # the latest name introduced by the same title word ("губернатор" -> "Губернатор X")
        return _titled_before(text, head[:5], pos)
    return None


def _last_name(text: str, pos: int) -> str | None:
    """The last full name (RU_NAME_RE) before pos, read back in chunks that start after a newline or a
    full stop (no name spans one, so each chunk finds what a scan from the text start finds there): a
    long text of pronoun speakers costs the same per quotation."""
    hi = pos
    while hi > 0:
        lo = max(text.rfind("\n", 0, hi - 4000), text.rfind(".", 0, hi - 4000)) + 1 if hi > 4000 else 0
        names = list(RU_NAME_RE.finditer(text, lo, hi))
        if names:
            return names[-1].group()
        hi = lo
    return None


def _titled_before(text: str, stem: str, pos: int) -> str | None:
    """The name after the latest of the last TITLE_LOOKBACK uses of a title word before pos, read
    back in chunks that start after a blank (a word never spans one), so a text repeating the word
    thousands of times costs the same per mention."""
    word = re.compile(re.escape(stem) + r"\w*", re.I)
    hi, seen = pos, 0
    while hi > 0 and seen < TITLE_LOOKBACK:
        lo = text.rfind(" ", 0, hi - 4000) + 1 if hi > 4000 else 0
        for m in reversed(list(word.finditer(text, lo, hi))):
            n = RU_NAME_RE.search(text, m.end(), min(pos, m.end() + 60))
            if n:
                return n.group()
            seen += 1
            if seen == TITLE_LOOKBACK:
                break
        hi = lo
    return None


@functools.lru_cache(maxsize=8)
def _names(text: str) -> tuple[str, ...]:
    return tuple(m.group() for m in RU_NAME_RE.finditer(text))


def _nominative(name: str) -> str:
    """'Анны Климовой' -> 'Анна Климова' (genitive after 'экономиста', 'по словам')."""
    parts = name.split()
    if parts and parts[-1].endswith("ой") and len(parts[-1]) > 4:
        parts[-1] = parts[-1][:-2] + "а"
        parts = [p[:-1] + "а" if p.endswith("ы") else p[:-1] + "я" if p.endswith("и") else p for p in parts[:-1]] + parts[-1:]
    return " ".join(parts)


@functools.lru_cache(maxsize=4096)
def _stem(w: str) -> str:
    return w[:max(4, len(w) - 2)].lower()


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one family name: equal stems, or one stem opening the other ("Некрасова" / "Некрасов")."""
    sa, sb = _stem(a), _stem(b)
    return sa == sb or len(sa) >= 5 and len(sb) >= 5 and (sa.startswith(sb) or sb.startswith(sa)) and abs(len(a) - len(b)) <= 1


@functools.lru_cache(maxsize=1024)
def fullest(text: str, name: str) -> str:
    last = name.split()[-1]
    best = name
    for full in _names(text):
        parts = full.split()
        if len(parts) >= len(best.split()) and any(_same_stem(p, last) for p in parts):
            # keep the name from the family name on back plus one given name before it
            i = max(i for i, p in enumerate(parts) if _same_stem(p, last))
            lo = i if i and is_role(parts[i - 1]) else max(0, i - 1)  # "Пресс-секретарь Кремля": a title, no given name
            cand = " ".join(parts[lo:i + 1])
            if len(cand.split()) > len(best.split()):
                best = cand
    return _nominative(best)


def np_after(text: str, s: int, e: int) -> tuple[int, int]:
    """The source after an inverted verb: title words and a name ('губернатор', 'Лавров'), not
    what follows them ('журналистам', 'на заседании правительства'); a title word keeps the words
    up to a full name that follows it ('министр здравоохранения региона Ирина Мартынова')."""
    first = RU_TOKEN_RE.match(text, s)
    if first and is_role(first.group()):
        full = RU_NAME_RE.search(text, s, e)
        if full and not re.search(r"[,;:«»—]", text[s:full.start()]):
            return s, full.end()
    body = PRESS_SERVICE_RE.match(text, s, e)
    if body:  # "сообщила пресс-служба суда": the service with the body it serves
        return s, body.end()
    described = DESCRIPTION_RE.match(text, s, e)
    if described:  # "написал политик в Telegram": the description, not where it was written
        return s, described.end()
    end, named = s, False
    for t in RU_TOKEN_RE.finditer(text, s, e):
        w = t.group()
        if named and not w[:1].isupper():
            break  # "сказал Лавров журналистам": a word after the name is in another case, an addressee
        if not (w[:1].isupper() or is_role(w) or w.endswith(("ый", "ий", "ой", "ая")) and end == s):
            break
        named = named or w[:1].isupper()
        end = t.end()
    return s, end if end > s else e


def subject_before(text: str, sent: int, verb: int) -> tuple[int, int] | None:
    """The subject of a verb: an organisation in «», else the last name (title, country and
    organisation words before it dropped), else a pronoun or a title word; adverbs skipped."""
    toks = [t for t in RU_TOKEN_RE.finditer(text, sent, verb) if t.group().lower() not in RU_ADVERBS]
    while len(toks) > 2 and toks[-2].group().lower() in ("в", "во", "на") and TIME_WORD_RE.fullmatch(toks[-1].group()):
        toks = toks[:-2]  # "Осеевский в марте говорил": the time aside
    toks = _without_phrases(toks)
    if not toks:
        return None
    if toks[-1].group() == ",":  # "Иван Смирнов, политолог из МГИМО, считает": the name before the appositive
        commas = [t for t in toks[:-1] if t.group() == ","]
        if commas and toks[-1].start() - commas[-1].start() < 80:
            return subject_before(text, sent, commas[-1].start())
        return None
    if VENUE_WORDS_RE.fullmatch(" ".join(t.group() for t in toks[-3:-1])) and toks[-1].group()[:1].isupper():
        toks = toks[:-3]  # "Рубио в интервью CNN заявил": the venue aside
    if not toks:
        return None
    if toks[-1].group().startswith("«") and any(t.group() in ("с", "в", "на", "для", "от") for t in toks[-3:-1]):
        cut = max(i for i, t in enumerate(toks) if t.group() in ("с", "в", "на", "для", "от") and i >= len(toks) - 3)
        while cut > 0 and toks[cut - 1].group()[:1].islower() and toks[cut - 1].group() not in RU_PRONOUNS \
                and not is_role(toks[cut - 1].group()) and cut > len(toks) - 5:
            cut -= 1  # "Вазиев в беседе с «Известиями» признался": the interview's venue aside
        toks = toks[:cut] if cut else toks
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
    if len(caps) == 3 and not is_given(caps[0].group()) and is_given(caps[1].group()):
        caps.pop(0)  # "Адвокат Иванова Денис Балуев": Иванова is the title's
    if caps:  # a name, or an organisation or country on its own ("В Минцифры ответили", "Москва считает")
        if all(ru_actors.not_a_name(c.group()) for c in caps):
            head = _described_by(toks, len(toks) - len(caps))
            if head is not None:
                return head.start(), caps[-1].end()  # "Глава Минфина добавил": the head of the body speaks
        return caps[0].start(), caps[-1].end()
    w = last.group()
    if w.lower() in RU_PRONOUNS or is_role(w) or DESCRIPTION_RE.fullmatch(w.lower()):
        return last.start(), last.end()  # ("При этом дипломат подчеркнул": the description)
    head = _described_by(toks, len(toks))
    if head is not None:
        return head.start(), last.end()  # "Глава государства потребовал", "Источник в правительстве рассказал"
    return None


def _without_phrases(toks: list[re.Match[str]]) -> list[re.Match[str]]:
    """The tokens before a verb without the prepositional phrases that end them ("Максим Решетников на совещании
    в правительстве", "Ольга Казакова в разговоре со мной"): a preposition and its lower-case words, when a
    capitalised name or a title stands before them."""
    out = toks
    while len(out) > 3:
        k = len(out) - 1
        while k > 0 and out[k].group()[:1].islower() and out[k].group().lower() not in RU_PREPOSITIONS \
                and (out[k].group().isalpha() or "-" in out[k].group()) and not is_role(out[k].group()) and k > len(out) - 3:
            k -= 1
        if k == len(out) - 1 or out[k].group().lower() not in RU_PREPOSITIONS or k < 1:
            return out
        before = out[k - 1].group()
        if UNNAMED_RE.match(before):
            return out  # "Источник в дипломатических кругах": the phrase tells where the source sits
        if not (before[:1].isupper() or before.lower() in RU_PREPOSITIONS or out[k - 1].group() in RU_OBLIQUE_PRONOUNS
                or _phrase_word(before)):
            return out
        out = out[:k]
    return out


def _phrase_word(word: str) -> bool:
    """A lower-case word that may end an earlier phrase of the chain ("на совещании [в правительстве]")."""
    return word[:1].islower() and word.isalpha() and not is_role(word) and word.lower() not in RU_PRONOUNS


TIME_WORD_RE = re.compile(r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[еяь]|"
                          r"понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|выходных|неделе|прошлом|среде")
# a source without a name: "источник в правительстве", "собеседник РБК", "представители ведомства"
UNNAMED_RE = re.compile(r"(?:источник|собеседник)\w*$", re.I)


def _described_by(toks: list[re.Match[str]], end: int) -> re.Match[str] | None:
    """The head of a description that ends at toks[end]: a title word or an unnamed source followed
    only by words that complete it ("Глава государства", "Источник в дипломатических кругах")."""
    for i in range(end - 1, max(-1, end - 5), -1):
        w = toks[i].group()
        if is_role(w) or UNNAMED_RE.match(w):
            return toks[i]
        if not w[:1].isalpha() or w.lower() in RU_PRONOUNS:
            return None
    return None


def sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(". ", 0, pos) + 2, text.rfind("\n", 0, pos) + 1, 0)


FEMININE = {"она", "её", "ее"}
MASCULINE = {"он", "его"}


def _gender(name: str) -> str | None:
    """'f' or 'm' for a Russian name by its given name or family name, None if it does not say."""
    parts = name.split()
    if parts[0] in FEMALE_NAMES or re.search(r"(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$", parts[-1]):
        return "f"
    if parts[0] in MALE_NAMES or re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", parts[-1]):
        return "m"
    return None


def pronoun_speaker(doc: Document, out: list[Quote], pos: int, pronoun: str = "") -> str | None:
    """'Он добавил', 'По её словам': the person named last in the sentences before it whose
    gender fits the pronoun, else the speaker of the latest quote or reported speech."""
    want = "f" if pronoun in FEMININE else "m" if pronoun in MASCULINE else None
    text = doc.text
    if want:
        floor = max(0, text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos))))
        for m in reversed(list(RU_NAME_RE.finditer(text, floor, pos))):
            words = m.group().split()
            if is_role(words[0]):  # "Глава Минэкономразвития Максим Решетников": the name after the title
                words = words[-2:] if is_given(words[-2]) else words[-1:]
                if len(words) < 2:
                    continue
            full = fullest(text, " ".join(words))
            if _gender(full) in (want, None):
                return full
    before = [q for q in doc.quotes + doc.reported + out if q.speaker and q.start < pos and CYR_RE.search(q.text)]
    return max(before, key=lambda q: q.start).speaker if before else None


__all__ = ["RU_VERB", "RU_VERB_ANY", "canonical", "np_after", "pronoun_speaker", "subject_before"]
