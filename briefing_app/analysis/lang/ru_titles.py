"""Russian titles and affiliations of a named person: the title words before the name, up to
punctuation, a verb or a preposition ("министр иностранных дел России Сергей Лавров" -> title
"министр иностранных дел", affiliation Россия; "главный экономист Сбербанка" -> affiliation
Сбербанк), or an appositive after it ("Иван Смирнов, политолог из МГИМО,"), in the nominative."""
from __future__ import annotations

import re

from briefing_app.analysis.lang import ru_brackets
from briefing_app.analysis.lang.ru_countries import COUNTRY_ADJ_RE, alias_of, country
from briefing_app.analysis.lang.ru_names import given_any_case, is_role, role_nominative
from briefing_app.analysis.lang.ru_org_case import adjective_for
from briefing_app.analysis.lang.ru_orgs import NOT_ORG_ACRONYMS, ORG_HEADS, PARENT_ACRONYM_RE, guillemet_nominative, org_name

WORD_RE = re.compile(r"«[^»\n]{1,40}»|[А-ЯЁа-яё][А-ЯЁа-яё-]*|[A-Z][\w&.-]+|[.,;:!?«»—–()\"“”]")
NOM_ADJ_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$")  # an adjective in the nominative ("бывший", "известная")
ADJ_RE = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ых|их|ого|его|ую|ому|ему)$")
INSTR_ADJ_RE = re.compile(r"^[а-яё-]{3,}(?:ым|им)$")  # an adjective in the instrumental ("главным")
PARTICIPLE_ENDS = ("ен", "ан", "ён", "ена", "ана", "ёна", "ены", "аны", "ёны", "ено", "ано", "ёно")  # ("назначен его ...")
PARTICIPLE_RE = re.compile(r"^[а-яё]{5,}(?:ен|ан|ён)[аоы]?$")  # a short participle ("назначен", "избрана")
REGION_WORDS_RE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ой|ого) (?:области|края|республики)")
SURNAME_GEN_RE = re.compile(r"[А-ЯЁ][а-яё]+(?:ова|ева|ёва|ина|ына)")
STOP = frozenset("по и в на с о об у за от к для при из что как это этом который которая которое которые которого "
                 "которой которому которым которую котором которых".split())
VERB_RE = re.compile(r"^[а-яё]{2,}(?:ил|ила|ал|ала|ял|яла|ел|ела|ули|ули|ает|яет|ует|ит|ют|ут|ат|ят)(?:ся|сь)?$")
POSSESSIVES = frozenset("его её ее их Его Её Ее Их".split())
# adverbs that look like adjectives ("Ранее официальный представитель МИД"): never part of a title
ADVERBS = frozenset("ранее позднее позже также далее более менее вновь вскоре затем".split())


# a kind of body in the genitive that a name in guillemets follows in apposition, in the nominative ("компании «Ромашка»")
KIND_GENITIVE_RE = re.compile(r"(?:компании|авиакомпании|госкомпании|банка|холдинга|группы|концерна|корпорации|госкорпорации|"
                              r"фирмы|издания|газеты|журнала|телеканала|агентства|фонда|партии|движения|театра|клуба|"
                              r"ассоциации|объединения|сети|завода|предприятия|студии|платформы|сервиса|ритейлера|"
                              r"перевозчика|застройщика|девелопера)")


LONG_REACH = 240  # characters read back for a title whose role word the first 120 did not reach
# roles of the arts a country adjective before which is a nationality, no affiliation ("Британская актриса", "французский
# режиссёр", "американская певица"; a minister, a diplomat, an envoy keep the country)
NATIONALITY_ROLES = ("актёр", "актер", "актрис", "певец", "певиц", "певц", "артист", "писател", "художник", "художниц",
                     "режиссёр", "режиссер", "дирижёр", "дирижер", "солист", "хореограф", "постановщик")
TITLE_MAX = 24  # words a title before a name may run to when its role word is that far ("Председатель комитета Государственной
# думы по развитию гражданского общества, вопросам общественных и религиозных объединений Яна Лантратова")


def title_before(text: str, start: int) -> tuple[str | None, str | None]:
    """Title words before a name, up to punctuation, a verb or a preposition; a country among
    them is the affiliation (and leaves the title), an organisation stays and is the affiliation."""
    short = ru_brackets.short_form_before(text, start)
    if short:  # "Руководитель Федерального агентства ... (Росморречфлот) Андрей Лаушкин": the short form aside
        start = text.rindex("(", 0, start)
    stop = text.rfind(". ", max(0, start - LONG_REACH - 40), start)  # (the run below reads LONG_REACH characters at most)
    near = max(0, stop - 60)
    if stop != -1 and text.rfind("«", near, stop) > text.rfind("»", near, stop):
        stop = text.rfind(". ", near, text.rfind("«", near, stop))  # "издания «Новая газета. Европа»": no sentence's end
    line_start = max(text.rfind("\n", 0, start), stop + 1)
    for reach in (120, LONG_REACH):  # (a committee's long name before its chair: read further back for the role word)
        words = [m for m in WORD_RE.finditer(text, max(line_start, start - reach), start)]
        run: list[str] = []
        has_role = False  # (a role word is in run)
        toks = [m.group() for m in words]
        for i in range(len(toks) - 1, -1, -1):
            w = toks[i]
            # "министр науки и высшего образования": an "и" inside the title, a role word before it
            inner_and = w in ("и", "от", "в", "при") and run and any(is_role(x) for x in toks[max(0, i - 5):i]) \
                or w in ("с", "со") and run and "по" in toks[max(0, i - 3):i] and any(is_role(x) for x in toks[max(0, i - 6):i]) \
                or w == "и" and run and run[0].islower() and "по" in toks[max(0, i - 3):i] \
                and any(is_role(x) for x in toks[max(0, i - 7):i]) \
                or w == "и" and run and run[0].islower() and _in_a_committees_name(toks, i)
            # ("директор по связям с общественностью компании «X»": a "с" inside the "по" phrase of the title; "глава комитета
            # Госдумы по физической культуре и спорту X": an "и" inside it, a lower-case word after it)
            if inner_and and w == "и" and _ends_a_name(toks, i):
                inner_and = False  # "министр энергетики России Николай Шульгин и министр ... Мали Мусса Диарра": the "и"
                # joins two titled people, the first one's name is no part of the second one's title
            if w == "из" and run and any(is_role(x) for x in toks[max(0, i - 3):i]) and (run[0][:1].isupper() or run[0].startswith("«")):
                if not _from_a_body(run[0]):
                    run, has_role = [], False  # "Политолог из Москвы X", "учительница из Балашихи X": the place leaves
                    continue  # the title, the role stays
                inner_and = True  # "Аналитик из «Альфа-Банка» X", "экономист из ВШЭ X", "аналитик из Сбербанка X": the body's
            if w == "," and run and not has_role and run[0][:1].islower() and not NOM_ADJ_RE.search(run[0]) \
                    and _in_a_committees_name(toks, i):
                run.insert(0, w)  # "комитета по экономической политике, промышленности, инновационному развитию ...": a
                continue  # list of the committee's fields
            if w in POSSESSIVES and run:
                continue  # "Глава его офиса", "его ассистент": the possessive is no part of the title
            if not (w[0].isalpha() or w.startswith("«") and len(w) > 2) \
                    or w.lower() in STOP and not (w == "по" and run) and not inner_and or w.lower() in ADVERBS \
                    or (VERB_RE.search(w) or w.endswith(PARTICIPLE_ENDS) and PARTICIPLE_RE.search(w)) and not is_role(w):
                break
            run.insert(0, w)
            has_role = has_role or is_role(w)
            if len(run) >= (12 if has_role else TITLE_MAX):
                break  # (a long committee's name before its chair's name: read on to the role word)
        if has_role or start - reach <= line_start \
                or text.find("комитет", start - reach, start) == -1 and text.find("комисси", start - reach, start) == -1:
            break  # (read further back only for a committee's or commission's name the window cut)
    first = next((i for i, w in enumerate(run) if is_role(w)), None)
    if first is None:
        return None, None  # "турецким коллегой": no role word, no title
    while first > 0 and (ADJ_RE.search(run[first - 1]) or INSTR_ADJ_RE.search(run[first - 1])) and not country(run[first - 1]):
        first -= 1  # "официальный представитель", "местной жительницы", "с главным тренером"
    # "турецким министром": a country adjective before the title is the affiliation; before an artist's or a writer's
    # it is a nationality ("Британская актриса X", "российский писатель X": no body they are of)
    aff = country(run[first - 1]) if first > 0 and COUNTRY_ADJ_RE.search(run[first - 1].lower()) \
        and not run[first].lower().startswith(NATIONALITY_ROLES) else None
    run = run[first:]  # "Жители" and other words before the title proper
    if not run:
        return None, None
    title_words = []
    for k, w in enumerate(run):
        c = country(w) if w[0].isupper() or COUNTRY_ADJ_RE.search(w) else None  # "турецким коллегой"
        city = alias_of(w) if c and k and run[k - 1].lower().startswith(("мэр", "градоначальник", "префект", "заммэр", "вице-мэр")) \
            else None
        if city:
            aff = aff or city  # "Мэр Москвы": the city's
            continue
        if c and k + 1 < len(run) and ADJ_RE.search(w) and any(x.lower().startswith(ORG_HEADS) for x in run[k + 1:k + 3]):
            c = None  # "Российского совета по международным делам": part of an organisation's name
        if c and k and _names_a_body(run[k - 1]):
            c = None  # "Председатель Банка России": the bank's name, not the country
        if c and not is_role(w):
            aff = aff or c
            continue
        title_words.append(w)
    org = next((w for w in title_words[1:] if (w[0].isupper() or w.startswith("«")) and not is_role(w)
                and w not in NOT_ORG_ACRONYMS), None)  # "аналитик ФГ «Финам»": the name, not the company's form
    at = title_words.index(org) if org else -1
    if org and at + 1 < len(title_words) and title_words[at + 1].startswith("«") and _names_a_body(org):
        org = title_words[at + 1]  # "Союза «Национальная фармацевтическая палата»": the name the kind is given
    at = title_words.index(org) if org else 0
    phrase = _org_phrase(title_words, at) if org else ""
    if aff and org and title_words[at - 1] in ("при", "в", "во"):
        phrase = ""  # "Постоянный представитель России при ООН": the country's envoy to the body
    if _a_portfolios_place(title_words, at, phrase):
        phrase = ""  # "министр по развитию Дальнего Востока и Арктики": the portfolio, no body the person is of
    if phrase.startswith("«") and KIND_GENITIVE_RE.fullmatch(title_words[at - 1]):
        aff = phrase.strip("«»")  # "директор компании «Ромашка»": a name after its kind stays in the nominative
    elif phrase.startswith("«"):
        aff = guillemet_nominative(phrase.strip("«»"))  # "глава «Роснефти»", "аналитик «Газпрома»"
    elif phrase and not SURNAME_GEN_RE.fullmatch(phrase):  # "адвокат Смирнова": a person, not an organisation
        aff = org_name(phrase)
    r = next((i for i, w in enumerate(title_words) if is_role(w)), None)
    if r is not None:  # "бывшего заместителя" -> "бывший заместитель", "местной жительницы" -> "местная жительница"
        role = title_words[r] = role_nominative(title_words[r])
        title_words[:r] = [adjective_for(w.lower(), role) for w in title_words[:r]]
    if short and org:
        aff = short  # the body's short form ("Росморречфлот"), not the start of its full name
    rep = _represented_place(title_words)
    if rep is not None:  # "Член Совета Федерации от Новосибирской области": the region a legislator stands for is no
        title_words = title_words[:rep]  # part of the title (the legislature is the affiliation)
    while title_words and title_words[-1] in ("в", "при", "от", "и", "по"):
        title_words.pop()  # "посол России в США", "депутат Госдумы по Москве": the places left the title, their
        # prepositions go too
    title = " ".join(w for w in title_words if not "A" <= w[0] <= "Z").replace(" , ", ", ")  # ("партнёр компании
    # INFOLine": the name aside)
    return (title[0].lower() + title[1:] if title else None), aff


TRAILING = ("в", "во", "при", "от", "и", "по", "из")  # prepositions a title cannot end with
# a legislator's title ("член Совета Федерации", "депутат Законодательного собрания", "сенатор") and the place words of
# the region or city the legislator stands for after "от" / "по" ("от Новосибирской области", "по Москве")
LEGISLATOR_RE = re.compile(r"^(?:член|депутат|сенатор|представитель)$|^(?:Совет[а-я]* Федерации|Совфед|Госдум|Законодательн|"
                           r"Государственн[а-я]+ дум|Мосгордум|Мособлдум)", re.I)
PLACE_WORDS = frozenset(("области", "края", "республики", "автономного", "округа", "Республики", "города", "г."))


def _ends_a_name(toks: list[str], i: int) -> bool:
    """Does a person's name end right before toks[i]: one to three capitalised words with a given name among them
    ("Николай Шульгин и", "Антон Германович Силуанов и") or after a country ("посол Сербии Марко Джурич и", "министр
    финансов России Силуанов и")?"""
    k = i
    while k > max(0, i - 3) and toks[k - 1][:1].isupper() and toks[k - 1][1:2].islower() and not country(toks[k - 1]):
        k -= 1
    if k == i:
        return False
    return any(given_any_case(w) for w in toks[k:i]) or k > 0 and country(toks[k - 1]) is not None \
        or i - k == 1 and bool(SURNAME_RE.fullmatch(toks[k])) and not toks[k].startswith("Мин") \
        or i - k >= 2 and i + 1 < len(toks) and is_role(toks[i + 1]) \
        and not any(ADJ_RE.search(w) or is_role(w) for w in toks[k:i])
    # (a given name the list lacks: "глава компании Хосе Мартинес и президент ВТБ X", two capitalised words and no
    # adjective or role among them, a role after the "и"; not "глава Московской биржи и ...", "Глава Минтранса и ...")


# a family name alone in the nominative ("Министр финансов Силуанов и глава ЦБ ...": "Силуанов"), not a body's short name
# in the genitive ("глава Минфина и председатель правительства X")
SURNAME_RE = re.compile(r"[А-ЯЁ][а-яё]{2,}(?:ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая)")


def _represented_place(words: list[str]) -> int | None:
    """Where "от" / "по" opens the place a legislator of a named legislature stands for (or "от" the party in guillemets
    the legislator was elected from), at the end of the title words (its words capitalised or a region's kind), else
    None: the legislature is the affiliation, as the answers keep legislators."""
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] in ("от", "по")), None)
    if at is None or at + 1 == len(words) or not all(w[0].isupper() or w in PLACE_WORDS or words[at] == "от" and w[0] == "«"
                                                     for w in words[at + 1:]):
        return None  # (and the party the legislator was elected from: "от «Справедливой России»")
    head = " ".join(words[:at])
    legislator = any(LEGISLATOR_RE.match(w) for w in words[:1]) and any(
        LEGISLATOR_RE.match(head[m:]) for m in [i for i, ch in enumerate(head) if ch.isupper()])
    return at if legislator else None


def _stem(word: str) -> str:
    inner = word.strip("«»").split()  # ("«БКС Мир инвестиций»": its first word)
    return inner[0].lower()[:4] if inner else ""


def without_body(title: str, body_forms: list[str]) -> str:
    """The title without the words naming its affiliation, which has a field of its own (the README's convention, as
    "Russian Foreign Minister" is the title "Foreign Minister" of Russia): "аналитик Института Африки РАН" -> "аналитик",
    "председатель Счётной палаты" -> "председатель", "депутат Госдумы" -> "депутат", "аналитик компании «Финам»" ->
    "аналитик" (the body's kind before its name goes too). body_forms: the affiliation and the forms the text gives it;
    the body's first word (or the name in guillemets its kind is given) must be one of theirs ("министр МЧС России" of
    Россия keeps its ministry). Only a body closing the title goes: words after it are the office itself ("глава
    комитета Госдумы по бюджету", "специалист Минздрава по инфекционным болезням", "председатель комитета
    Государственной думы по развитию ..." stay), and a title of no role word but the body is kept whole."""
    found = list(WORD_RE.finditer(title))
    words = [m.group() for m in found]
    at = next((k for k in range(1, len(words)) if (words[k][0].isupper() or words[k].startswith("«") and len(words[k]) > 2)
               and not is_role(words[k]) and words[k] not in NOT_ORG_ACRONYMS), None)
    if at is None:
        return title
    n = len(WORD_RE.findall(_org_phrase(words, at)))
    stems = {_stem(w) for f in body_forms for w in f.split()}
    if at + n + 1 == len(words) and words[-1].startswith("«") and _stem(words[-1]) in stems:
        n += 1  # "Ассоциации производителей кофе и чая «Росчайкофе»": the name the body is given closes it
    elif n == 1 and at + 1 < len(words) and words[at + 1].startswith("«") and _names_a_body(words[at]):
        n = 2  # "Союза «Национальная фармацевтическая палата»": the kind and the name it is given
    named = {_stem(words[at]), _stem(words[at + n - 1]) if words[at + n - 1].startswith("«") else ""}
    if any(w not in TRAILING for w in words[at + n:]) or "по" in words[at:at + n] or not stems & named - {""}:
        return title
    if at > 1 and words[at].startswith("«") and KIND_GENITIVE_RE.fullmatch(words[at - 1]):
        at -= 1  # "директор компании «Ромашка»": the kind names the body with its name
    if not any(is_role(w) for w in words[:at]):
        return title
    while at > 1 and words[at - 1] in TRAILING:
        at -= 1  # "аналитик из «Альфа-Банка»": the preposition goes with the body
    return title[:found[at].start()].rstrip(" ,")


def _in_a_committees_name(toks: list[str], i: int) -> bool:
    """toks[i] stands inside the "по" phrase of a committee's or commission's name that a role word opens ("Председатель
    комитета Государственной думы по развитию гражданского общества и вопросам общественных ... объединений")."""
    window = toks[max(0, i - TITLE_MAX):i]
    at = next((k for k in range(len(window) - 1, -1, -1) if window[k] == "по"), None)
    if at is None or any(w in (".", ";", ":", "—", "–") for w in window[at:]):
        return False
    if "," in window[at:] and any(w == "," and (is_role(n) or NOM_ADJ_RE.search(n)) for w, n in zip(window[at:], [*window[at + 1:], toks[i]])):
        return False  # "комитета по бюджету, депутат X", "по обороне, бывший офицер X": the name ended at the comma
    return any(w.lower().startswith(("комитет", "комисси")) for w in window[max(0, at - 4):at]) \
        and any(is_role(w) for w in window[:at])


def _a_portfolios_place(words: list[str], k: int, phrase: str) -> bool:
    """The organisation phrase is a place a "по" portfolio names ("по делам Северного Кавказа", "по вопросам Дальнего
    Востока"): an adjective and a capitalised noun right after "по" and its noun, no organisation's noun among them
    ("директор по развитию Российского фонда ..." is the fund's, "директор по развитию «Яндекса»" Yandex's)."""
    parts = phrase.split()
    if len(parts) < 2 or phrase.startswith("«") or not ADJ_RE.search(parts[0]) or not parts[1][:1].isupper():
        return False
    return k >= 2 and words[k - 2] == "по" and not any(w.lower().startswith(ORG_HEADS) for w in parts)


NOT_PREP = r"(?!(?:из|в|во|при)(?![а-яё-]))[а-яё-]+"
APPOS_AFTER_RE = re.compile(r",[ \t]+(?P<t>(?:" + NOT_PREP + r"[ \t]+){0,2}" + NOT_PREP + r")"
                            r"(?:[ \t]+(?:(?:из|в|во|при)[ \t]+)?"
                            r"(?P<org>[«А-ЯЁA-Z][^,.;\n]{1,60}))?[,.]")


def title_after(text: str, end: int) -> tuple[str | None, str | None]:
    """'Иван Смирнов, политолог из МГИМО, считает': an appositive with a role word."""
    m = APPOS_AFTER_RE.match(text, end)
    if not m or not any(is_role(w) for w in m.group("t").split()):
        return None, None
    org = m.group("org")
    if org and org.startswith("«") and KIND_GENITIVE_RE.fullmatch(m.group("t").rsplit(None, 1)[-1]):
        return m.group("t"), org.strip("«»")  # ", директор компании «Ромашка»,": the name as written
    return m.group("t"), (guillemet_nominative(org.strip("«»")) if org and org.startswith("«") else org_name(org)
                          if org and not country(org.split()[0]) else country(org.split()[0]) if org else None)


LATIN_RE = re.compile(r"[A-Z]")


def _org_phrase(words: list[str], i: int) -> str:
    """The organisation a title names from its first capitalised word: an adjective with its noun,
    and the lower-case genitive words after them ("Высшей школы экономики", "Фонда национальной
    энергетической безопасности"), not a following "по" phrase or role."""
    j = i + 1
    if LATIN_RE.match(words[i]):  # "Aviation Consulting Group": the Latin words in a row
        while j < len(words) and LATIN_RE.match(words[j]):
            j += 1
        return " ".join(words[i:j])
    if ADJ_RE.search(words[i]) and j < len(words):
        j += 1
    multiword = bool(ADJ_RE.search(words[i]))  # "Российского совета по международным делам", not "Минздрава по ..."
    while j < len(words) and words[j][0].islower() and (words[j] not in STOP or multiword and words[j] == "по"
                                                        and j + 1 < len(words) or words[j] == "и" and j > i + 1
                                                        and j + 1 < len(words) and words[j + 1][0].islower()) \
            and not is_role(words[j]) and not (words[j] == "и" and is_role(words[j + 1])):
        j += 1  # ("Института мировой экономики и международных отношений": an "и" between two genitives)
        if words[j - 1] == "имени" and j < len(words):  # "НИИ гриппа имени Смородинцева"
            j += 1
    if j > i + 1 and j + 1 < len(words) and REGION_WORDS_RE.fullmatch(f"{words[j]} {words[j + 1]}"):
        j += 2  # "Территориального фонда ... Свердловской области": the region the body serves
    elif j > i + 1 and j < len(words) and (words[j] in ("РАН", "РФ") or PARENT_ACRONYM_RE.fullmatch(words[j])
                                           and words[j] not in NOT_ORG_ACRONYMS and not country(words[j])):
        j += 1  # "Института ... РАН", "Центра агропродовольственной политики РАНХиГС": the parent's acronym
    if j == i + 1 and j < len(words) and _names_a_body(words[i]) and words[j][0].isupper() and not is_role(words[j]) \
            and not given_any_case(words[j]):
        j += 1  # "Банка России", "Совета Федерации"
        if j < len(words) and words[j] == "РАН":
            j += 1  # "Института Африки РАН": the academy the institute is of
    return " ".join(words[i:j])


def _from_a_body(word: str) -> bool:
    """The word after "из" in a title names a body, not a place: a name in guillemets, an acronym ("ВШЭ"), an
    organisation's noun ("Института", "Фонда") or a bank's compound name ("Сбербанка", "Газпромбанка")."""
    return word.startswith("«") or word.isupper() and len(word) > 1 or _names_a_body(word) or "банк" in word.lower()


def _names_a_body(word: str) -> bool:
    """A capitalised organisation noun that a country in the genitive completes ("Банка России")."""
    return word[:1].isupper() and word.lower().startswith(ORG_HEADS)
