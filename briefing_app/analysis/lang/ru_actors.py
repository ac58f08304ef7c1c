"""Russian actors: people (full names in any case, grouped by the family name's case-free
key, named in the nominative), their title and affiliation from the words before the name
("министр иностранных дел России Сергей Лавров" -> title "министр иностранных дел",
affiliation Россия; "главный экономист Сбербанка" -> affiliation Сбербанк), organisations
(МИД, Минфин, Госдума, «Мемориал», "Счётной палаты"), countries by stem, and descriptions
("губернатор", "Экономист") tied to the latest person with that title. Quote speakers are
re-pointed to these actors."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing_app.analysis.document import Document
from briefing_app.analysis.lang.ru_names import alias_of, country, key, nominative, org_nominative
from briefing_app.core.model import Actor, Span

CAP = r"[А-ЯЁ][а-яё-]*"
CHAIN_RE = re.compile(r"(?<![\w-])" + CAP + r"(?:[ \t]+" + CAP + r")+")
WORD_RE = re.compile(r"[А-ЯЁа-яё][А-ЯЁа-яё-]*|[.,;:!?«»—–()\"“”]")
CAPWORD_RE = re.compile(r"(?<![\w-])" + CAP + r"(?![\w-])")
ROLES = ("министр", "президент", "пресс-секретар", "секретар", "председател", "глав", "губернатор", "депутат",
         "экономист", "представител", "спикер", "мэр", "директор", "руководител", "посол", "заместител",
         "советник", "лидер", "премьер", "жительниц", "жител", "эксперт", "аналитик", "сенатор", "генерал",
         "командующ", "канцлер", "политолог", "сотрудник", "член", "помощник", "вице", "замглав")
ORG_NOUNS = ("организаци", "компани", "парти", "фонд", "движени", "центр", "агентств", "издани", "банк")
ORG_STEMS = {"госдум": "Госдума", "государственн дум": "Госдума", "минфин": "Минфин", "сбербанк": "Сбербанк",
             "центральн банк": "Центральный банк", "цб": "Центральный банк", "счётн палат": "Счётная палата",
             "счетн палат": "Счётная палата", "правительств": "Правительство"}
ORG_PHRASE_RE = re.compile(r"(?<![\w-])(?:[А-ЯЁ][а-яё]+(?:ая|ой|ый|ого|ое|ую|ий|его)[ \t]+[а-яё]+"
                           r"|Министерств[оау][ \t]+[а-яё]+(?:[ \t]+[а-яё]+)?|Госдум[аыуе]|Правительств[оау])(?![\w-])")
ACRONYM_RE = re.compile(r"(?<![\w-])[А-ЯЁ]{2,6}(?![\w-])")
MIN_RE = re.compile(r"(?<![\w-])Мин[а-яё]{2,}(?![\w-])")
GUILLEMET_ORG_RE = re.compile(r"(?:организаци\w*|компани\w*|парти\w*|фонд\w*|движени\w*|издани\w*)[ \t]+«(?P<name>[^»\n]{2,40})»", re.I)
# state bodies: with no country named, the Russian text's own (its outlet's home country)
STATE_RE = re.compile(r"(?:Министерств|Мин[а-яё]|МИД|МЧС|ФСБ|МВД|Госдум|Государственн|Правительств|Совет Федерации|"
                      r"Счётная|Счетная|Центральный банк|Кремл|Генпрокуратур|Минобороны)")
STATE_TITLE_RE = re.compile(r"(?:министр|президент|премьер|пресс-секретарь президента|вице-премьер|замминистра)")
ADJ_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ых|их|ого|его|ую)$")
STOP = frozenset("по и в на с о об у за от к для при из что как это этом".split())
VERB_RE = re.compile(r"^[а-яё]{3,}(?:ил|ила|ал|ала|ял|яла|ел|ела|ули|ули|ает|яет|ует|ит|ют|ут|ат|ят)$")


@dataclass
class _Person:
    forms: list[str] = field(default_factory=list)
    title: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def _role_nominative(word: str) -> str:
    """'председателя' -> 'председатель', 'министра' -> 'министр', 'главы' -> 'глава'."""
    w = word.lower()
    if w.endswith(("теля", "телю", "телем")):
        return re.sub(r"(?:я|ю|ем)$", "ь", w)
    if w.endswith("ы") and len(w) > 4:
        return w[:-1] + "а"
    if re.search(r"[бвгджзклмнпрстфхцчшщ](?:а|у|ом|е)$", w) and not w.endswith(("глава",)):
        return re.sub(r"(?:а|у|ом|е)$", "", w)
    return w


def is_role(word: str) -> bool:
    return word.lower().startswith(ROLES)


def not_a_name(word: str) -> bool:
    """A capitalised word that opens a title rather than a name: a role, a country, an organisation."""
    return is_role(word) or bool(country(word)) or _org_name(word) in ORG_STEMS.values() or word.isupper() \
        or bool(MIN_RE.fullmatch(word)) \
        or word.endswith(("ая", "ое", "ые")) or word.startswith("«")


def _org_name(phrase: str) -> str:
    low = " ".join(key(w) if len(w) > 3 else w.lower() for w in phrase.split())
    for stem, name in ORG_STEMS.items():
        if low.startswith(stem):
            return name
    return org_nominative(phrase)


def _title_before(text: str, start: int) -> tuple[str | None, str | None]:
    """Title words before a name, up to punctuation, a verb or a preposition; a country among
    them is the affiliation (and leaves the title), an organisation stays and is the affiliation."""
    line_start = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
    words = [m for m in WORD_RE.finditer(text, max(line_start, start - 120), start)]
    run: list[str] = []
    for m in reversed(words):
        w = m.group()
        if not w[0].isalpha() or w.lower() in STOP and not (w == "по" and run) \
                or VERB_RE.search(w) and not is_role(w):
            break
        run.insert(0, w)
        if len(run) >= 7:
            break
    first = next((i for i, w in enumerate(run) if is_role(w)), len(run))
    while first > 0 and ADJ_RE.search(run[first - 1]) and not country(run[first - 1]):
        first -= 1  # "официальный представитель", "местной жительницы"
    run = run[first:]  # "Жители" and other words before the title proper
    if not run:
        return None, None
    aff = None
    title_words = []
    for w in run:
        c = country(w) if w[0].isupper() or w.lower().startswith("российск") else None
        if c and not is_role(w):
            aff = aff or c
            continue
        title_words.append(w)
    org = next((w for w in title_words[1:] if w[0].isupper() and not is_role(w)), None)
    if org:
        i = title_words.index(org)
        phrase = " ".join(title_words[i:i + 2]) if org.endswith(("ой", "ого", "ая", "ый")) and i + 1 < len(title_words) \
            else org
        aff = _org_name(phrase)
    if title_words:
        title_words[0] = _role_nominative(title_words[0])
    title = " ".join(title_words)
    return (title[0].lower() + title[1:] if title else None), aff


def people(text: str) -> dict[str, _Person]:
    by_key: dict[str, _Person] = {}
    for m in CHAIN_RE.finditer(text):
        words = m.group().split()
        offset = m.start()
        # drop title, organisation and country words at the front ("Председатель Госдумы Вячеслав Володин")
        while words and not_a_name(words[0]):
            offset = text.index(words[1], offset + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        if len(words) < 2 or len(words) > 3:
            continue
        k = key(words[-1])
        p = by_key.setdefault(k, _Person())
        name = " ".join(words)
        p.forms.append(name)
        p.mentions.append(Span(offset, offset + len(name)))
        if p.title is None:
            p.title, p.affiliation = _title_before(text, offset)
    for m in CAPWORD_RE.finditer(text):  # "Лаврова", "Путин назвал": the family name alone
        known = by_key.get(key(m.group()))
        if known is not None and not any(s.start <= m.start() < s.end for s in known.mentions):
            known.mentions.append(Span(m.start(), m.end()))
            known.forms.append(m.group())
    return by_key


def organisations(text: str) -> dict[str, list[Span]]:
    found: dict[str, list[Span]] = {}
    for rx in (GUILLEMET_ORG_RE, ORG_PHRASE_RE, MIN_RE, ACRONYM_RE):
        for m in rx.finditer(text):
            g = "name" if rx is GUILLEMET_ORG_RE else 0
            phrase = m.group(g)
            if rx is ACRONYM_RE and country(phrase) or rx is MIN_RE and is_role(phrase) \
                    or rx is MIN_RE and phrase.startswith("Министерств"):
                continue
            if rx is ORG_PHRASE_RE and not (phrase.startswith(("Министерств", "Госдум", "Правительств"))
                                             or phrase.split()[-1].lower().startswith(("палат", "банк", "дум", "служб",
                                                                                        "комисси", "совет", "суд"))):
                continue
            name = phrase if rx is GUILLEMET_ORG_RE else _org_name(phrase)
            spans = found.setdefault(name, [])
            if not any(s.start == m.start(g) for s in spans):
                spans.append(Span(m.start(g), m.end(g)))
    return found


def countries(text: str) -> dict[str, tuple[list[Span], list[str]]]:
    out: dict[str, tuple[list[Span], list[str]]] = {}
    for m in re.finditer(r"(?<![\w-])[А-ЯЁа-яё][а-яё-]+|(?<![\w-])[А-ЯЁ]{2,5}(?![\w-])", text):
        w = m.group()
        if w[0].islower() and not w.startswith("российск"):
            continue
        c = country(w)
        if c is None:
            continue
        spans, aliases = out.setdefault(c, ([], []))
        spans.append(Span(m.start(), m.end()))
        alias = alias_of(w)
        if alias and alias != c and alias not in aliases:
            aliases.append(alias)
    return out


def actors(doc: Document) -> list[Actor]:
    text = doc.text
    out: list[Actor] = []
    aliases_of: dict[str, list[str]] = {}
    persons = people(text)
    for p in persons.values():
        name = nominative(p.forms)  # the full name from the longest form; a bare "Путин" says he is a man
        family = name.split()[-1]
        aliases = [family] if any(len(f.split()) == 1 for f in p.forms) else []
        aff = p.affiliation or ("Россия" if p.title and STATE_TITLE_RE.match(p.title) else None)
        out.append(Actor(name, "person", p.title, aff, aliases, sorted(p.mentions, key=lambda s: s.start)))
    orgs = organisations(text)
    for short in [n for n in orgs if MIN_RE.fullmatch(n)]:  # "Минфин" is "Министерство финансов"
        full = next((n for n in orgs if n.startswith("Министерств") and len(n.split()) > 1
                     and n.split()[1].lower().startswith(short[3:].lower())), None)
        if full:
            orgs[full].extend(orgs.pop(short))
            aliases_of.setdefault(full, []).append(short)
    for name, spans in orgs.items():
        if any(name == a.name for a in out):
            continue
        home = "Россия" if STATE_RE.match(name) else None
        out.append(Actor(name, "organization", None, home, aliases_of.get(name, []), sorted(spans, key=lambda s: s.start)))
    for name, (spans, aliases) in countries(text).items():
        out.append(Actor(name, "country", None, None, aliases, spans))
    _descriptions(doc, out)
    _link_speakers(doc, out)
    return out


def _descriptions(doc: Document, out: list[Actor]) -> None:
    """'сказал губернатор', 'Экономист напомнил': a bare title word stands for the latest person holding it."""
    text = doc.text
    people_ = [a for a in out if a.kind == "person" and a.title]
    for m in re.finditer(r"(?<![\w-])[А-ЯЁа-яё][а-яё-]+(?![\w-])", text):
        w = m.group()
        if not is_role(w):
            continue
        if any(0 <= s.start - m.end() <= 60 and not re.search(r"[.,;:!?«»—]", text[m.end():s.start])
               for a in out if a.kind == "person" for s in a.mentions):
            continue  # a title right before a name, not a description
        best = None
        for a in people_:
            if a.title and key(w) == key(a.title.split()[0]) and a.mentions and a.mentions[0].start < m.start():
                if best is None or a.mentions[-1].start > best.mentions[-1].start:
                    best = a
        if best is not None:
            if w not in best.aliases:
                best.aliases.append(w)
            best.mentions.append(Span(m.start(), m.end()))


def _link_speakers(doc: Document, out: list[Actor]) -> None:
    by_key = {key(a.name.split()[-1]): a for a in out if a.kind == "person"}
    for q in doc.quotes + doc.reported:
        if not q.mention or not re.search(r"[А-ЯЁа-яё]", q.mention.text):
            continue
        for a in out:
            if a.kind == "person" and any(s.start <= q.mention.start < s.end for s in a.mentions):
                q.speaker = a.name
                break
        else:
            words = (q.speaker or q.mention.text).split()
            hit = by_key.get(key(words[-1])) if words else None
            if hit is not None:
                q.speaker = hit.name


__all__ = ["actors"]
