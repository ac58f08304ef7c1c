"""The look-ups that keep analysis linear in a text's length answer exactly what the scans they
replaced did (checked against those scans on random input), and a long text costs about as much
per word as a short one (benchmarks/bench_scaling.py prints the figures)."""
from __future__ import annotations

import copy
import random
import re
import sys
from pathlib import Path

import pytest

from briefing_app.analysis.coref import APPOSITIVE_GAP_RE, _comma_before, _previous_paragraph
from briefing_app.analysis.mention_starts import first_end, sorted_starts
from briefing_app.analysis import occurrences
from briefing_app.analysis.occurrences import whole_word
from briefing_app.analysis.org_fold import COMPANY_WORDS, fold_first_words
from briefing_app.analysis.org_people import ORG_NOUNS
from briefing_app.analysis.org_coref import _lower_fits, latest_org
from briefing_app.analysis.owners import opening_actor
from briefing_app.analysis.org_affiliations import _form_before, _index_form, _named_before
from briefing_app.analysis.options.attribute import Holders
from briefing_app.analysis.spans import SpanReach, SpansByStart
from briefing_app.analysis.timeline import Timeline
from briefing_app.analysis.reported import upgrade_mixed
from briefing_app.analysis.reported.mixed import opening_quotation
from briefing_app.core.model import Actor, Mention, Quote, Span

ROOT = Path(__file__).resolve().parents[2]


def _spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rng.randrange(60)
        out.append((a, a + rng.randrange(-2, 15)))  # overlapping, nested, empty and reversed spans too
    return out


def test_span_reach_answers_as_the_scan_over_every_span() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = _spans(rng, rng.randrange(0, 12))
        reach = SpanReach(spans)
        for _ in range(20):
            s, e = rng.randrange(-5, 80), rng.randrange(-5, 80)
            assert reach.holds(s, e) == any(a <= s and e <= b for a, b in spans)
            assert reach.overlaps(s, e) == any(a < e and s < b for a, b in spans)
            assert reach.covers(s) == any(a <= s < b for a, b in spans)


def test_the_comma_before_is_where_an_appositive_gap_may_start() -> None:
    rng = random.Random(5)
    for _ in range(500):
        text = "".join(rng.choice(", \ta.\n") for _ in range(rng.randrange(0, 12)))
        for start in range(len(text) + 1):
            gaps = [e for e in range(len(text) + 1) if APPOSITIVE_GAP_RE.fullmatch(text, e, start)]
            assert gaps == ([_comma_before(text, start)] if _comma_before(text, start) >= 0 else [])


def test_previous_paragraph_answers_as_the_scan_over_every_paragraph() -> None:
    rng = random.Random(19)
    for _ in range(300):
        starts = sorted(rng.sample(range(60), rng.randrange(0, 8)))
        for pos in range(-1, 62):
            before = [ps for ps in starts if ps <= pos]
            assert _previous_paragraph(starts, pos) == (before[-2] if len(before) >= 2 else before[-1] if before else 0)


def test_named_before_answers_as_the_scan_over_every_organisation_and_alias() -> None:
    rng = random.Random(13)
    words = ["NATO", "Nato", "N.A.T.O.", "UN", "U", "Fed", "Federal Reserve", "Reserve", "the Fed", "Seahawks", "US"]
    fillers = ["chief", "Secretary", "General", "'s", "’s", ",", ".", " ", "  ", "said", "F.", "x-"]
    for _ in range(400):
        orgs = [Actor(rng.choice(words), "organization", aliases=rng.sample(words, rng.randrange(0, 3)))
                for _ in range(rng.randrange(0, 5))]
        forms: dict[str, list[tuple[int, str]]] = {}
        for i, org in enumerate(orgs):
            for form in [org.name, *org.aliases]:
                _index_form(forms, i, form)
        for _ in range(10):
            window = "".join(rng.choice(words + fillers) + rng.choice(["", " "]) for _ in range(rng.randrange(0, 7)))
            scan = next((org for org in orgs for form in [org.name, *org.aliases] if form[:1].isupper()
                         and form in window and _form_before(form).search(window) and not form.startswith("the ")), None)
            assert _named_before(window, orgs, forms) is scan


def test_timeline_answers_as_the_scan_over_every_mention() -> None:
    rng = random.Random(11)
    people = ["Ames", "Baker", "Cole", "Diaz"]
    for _ in range(200):
        timeline = Timeline()
        entries: list[tuple[int, str]] = []
        pos = 0
        for _ in range(rng.randrange(0, 15)):
            pos += rng.randrange(0, 3)  # mentions at the same offset too
            canon = rng.choice(people)
            timeline.append(pos, canon)
            entries.append((pos, canon))
        if rng.random() < 0.5:
            timeline.sort()
            entries.sort()
        for _ in range(10):
            at = rng.randrange(-1, pos + 3)
            names = rng.sample(people, rng.randrange(1, 4))
            before = [c for p, c in entries if p < at and c in names]
            assert timeline.latest_of(names, at) == (before[-1] if before else None)
            assert list(timeline.before(at)) == [(p, c) for p, c in reversed(entries) if p < at]


@pytest.mark.parametrize("indexed_from", [None, 0])
def test_whole_word_finds_what_the_regex_finds(indexed_from: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """By scans of the text, and (indexed_from 0) by the index of its words that a long text is looked up in."""
    if indexed_from is not None:
        monkeypatch.setattr(occurrences, "INDEXED_FROM", indexed_from)
    rng = random.Random(3)
    alphabet = "ab-._ é1"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        word = "".join(rng.choice("ab.") for _ in range(rng.randrange(0, 4)))  # an empty one too
        for joiners, after in (("-", None), (".", ""), ("", "-")):
            ahead = joiners if after is None else after
            pattern = (r"(?<![\w" + re.escape(joiners) + "])" + re.escape(word)
                       + r"(?![\w" + re.escape(ahead) + "])")
            assert list(whole_word(text, word, joiners, after)) == [m.span() for m in re.finditer(pattern, text)]


class _CountedText(str):
    """A text that counts the scans asked of it (str.find)."""
    finds = 0

    def find(self, *args: object) -> int:  # type: ignore[override]
        type(self).finds += 1
        return super().find(*args)  # type: ignore[arg-type]


def test_names_in_a_long_text_are_looked_up_not_scanned_for() -> None:
    """Each name looked for in a long text cost a scan of the whole text (str.find from its start): hundreds of names
    in a long report read it hundreds of times. They are looked up in an index of its words, built once."""
    rng = random.Random(11)
    names = [f"Body{n} Trust" for n in range(300)] + [f"B{n}" for n in range(300)]
    words = ["the", "council", "said", "on", "Monday", "that", "its", "plan", "would", "go", "ahead."] + names
    text = _CountedText(" ".join(rng.choice(words) for _ in range(8000)))
    assert len(text) >= occurrences.INDEXED_FROM
    found = {}
    for name in names:
        found[name] = list(whole_word(text, name, ".", ""))
    assert _CountedText.finds <= 5, _CountedText.finds  # (the scan of each: 600 and more)
    plain = str(text)
    for name in names[::7]:
        assert found[name] == [m.span() for m in re.finditer(r"(?<![\w.])" + re.escape(name) + r"(?!\w)", plain)]
    assert sum(map(len, found.values())) > 1000


def test_known_as_aliases_as_after_every_occurrence() -> None:
    """org_coref._known_as reads KNOWN_AS_RE where the text has its words, not after every occurrence of each name: the
    same aliases in the same order on random text (names whose occurrences can overlap too), and no scan of a long
    text for each name."""
    from briefing_app.analysis import org_coref

    def plain(text: str, name: str) -> list[str]:
        return [k.group("alias") for k in (org_coref.KNOWN_AS_RE.match(text, at + len(name))
                                           for at in org_coref._occurrences(text, name)) if k]

    rng = random.Random(7)
    pool = ["Acme", "Acme Corp", " ", "  ", "\n", ",", "(", " or ", "or", " known as ", "also called ", "FBI", "Fbi", "X",
            "abab", "ab", "a", "b", ", or ", " (or ", "\t", "Q1", "."]
    names = ["Acme", "Acme Corp", "abab", "ab", "a", "b", "aba", "", "Corp", "X", "or", "FBI"]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 14)))
        for name in names:
            assert org_coref._known_as(text, name) == plain(text, name), (text, name)
    bodies = [f"Body{n} Trust" for n in range(300)]
    words = ["the", "council", "said", "on", "Monday", "or", "known", "as", "BT,", "ahead."] + bodies
    text = _CountedText(" ".join(rng.choice(words) for _ in range(8000)) + " Body7 Trust, or BT7, said.")
    before = _CountedText.finds
    found = {name: org_coref._known_as(text, name) for name in bodies}
    assert _CountedText.finds - before <= 5, _CountedText.finds - before  # (a scan of each: 300 and more)
    assert found["Body7 Trust"] == ["BT7"] and found == {name: plain(str(text), name) for name in bodies}


def _bench_scaling():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_scaling
    finally:
        sys.path.pop(0)
    return bench_scaling


def test_a_long_text_costs_about_as_much_per_word_as_a_short_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """16x the words of English news and 8x of Russian and Korean (different articles joined, so more people and
    organisations too) against about 1,000 words, counted (tests/analysis/work_meter.py: a loaded machine does not
    move the counts, where a CPU-time ratio read 1.52 under load for a quiet 1.0-1.25): Python steps per word at
    most 1.5x (English) and 1.3x (Russian, Korean) those of the short text, measured 1.25, 1.12 and 0.96 (English read
    3.69 while each description looked through every paragraph, coref._previous_paragraph, 1.79 while each name
    and place looked through every credit line, and 1.69 while the loops of session 23's tests below scanned every
    actor, span or quotation for each one); the patterns' characters read per character at most 1.4x (English)
    and 1.3x (Russian, Korean), measured 1.11, 1.08 and 1.04. And CPU time per word at most 2x, a loose guard for
    scans that neither count sees (measured 1.0-1.25 quiet; English was 1.61x at 16x, and growing, while each
    mention scanned everything found before it)."""
    from briefing_app.analysis import analyse
    from tests.analysis.work_meter import ScanMeter, StepMeter
    bench = _bench_scaling()
    steps = StepMeter()
    texts = {}
    for code, times, bound in (("en", 16, 1.5), ("ru", 8, 1.3), ("ko", 8, 1.3)):
        articles = bench.tuned_articles(code)
        small, big = texts[code] = bench.long_text(articles, bench.WORDS), bench.long_text(articles, bench.WORDS * times)
        analyse(small)  # (imports, compiled patterns)
        short, long = steps.per_word(analyse, small), steps.per_word(analyse, big)
        assert long <= bound * short, (code, short, long)
    scan = ScanMeter(monkeypatch)
    for code, bound in (("en", 1.4), ("ru", 1.3), ("ko", 1.3)):
        short, long = scan.per_char(analyse, texts[code][0]), scan.per_char(analyse, texts[code][1])
        assert long <= bound * short, (code, short, long)
    monkeypatch.undo()
    for code, (small, big) in texts.items():
        t1, tn = bench.cpu_time(small, 2), bench.cpu_time(big, 2)
        assert (tn / len(big.split())) / (t1 / len(small.split())) <= 2.0, (code, t1, tn)


def test_a_metered_analysis_reads_as_the_plain_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The patterns' counting stand-ins (work_meter.ScanMeter) change no answer in any language: analysis code that
    asks which pattern a match came from (Korean's ends of reported speech, an owner's word before a plan, a state
    after "of") and loops over tuples of patterns reads the same with them."""
    from briefing_app.analysis import analyse
    from tests.analysis.work_meter import ScanMeter

    def read(text: str) -> tuple[object, ...]:
        result = analyse(text)
        return ([(a.name, a.kind, a.title, a.affiliation) for a in result.actors],
                [(q.start, q.end, q.kind, q.speaker) for q in result.quotes])

    texts = ["Gov. Ann Reyes of Ohio said the union renewed its call for a ban on night shifts. The council, which "
             "runs the port, said its plan to widen the quay would go ahead.",
             "Министр финансов Иван Петров заявил, что «Газпромбанк» снизит ставки. Об этом сообщил "
             "Центральный банк России.",
             "김민수 장관은 \"내년에 세금을 낮추겠다\"고 말했다. 전문가들은 금리가 오를 것으로 전망했다. "
             "정부는 규제를 풀겠다는 입장이다."]
    plain = [read(text) for text in texts]
    ScanMeter(monkeypatch)
    assert [read(text) for text in texts] == plain


def test_names_and_places_in_credit_lines_are_no_actors() -> None:
    """A credit line's reporter, editor and place are looked up among the credit lines (spans.SpanReach), not by a
    scan of them all for each name and place: none of them is an actor, the body's are."""
    from briefing_app.analysis import analyse
    text = ("Ports reopen\n\nThe minister of France, Marie Dubois, said the ports of Brazil would reopen on Monday.\n\n"
            "(Reporting by Ann Lee in Singapore; Editing by Tom Kerr)\n")
    assert [(a.name, a.kind) for a in analyse(text).actors] == [("Marie Dubois", "person"), ("France", "country"),
                                                                  ("Brazil", "country")]


def test_spans_by_start_answers_as_the_scan_over_every_span() -> None:
    rng = random.Random(23)
    for _ in range(300):
        spans = [(a, b, i) for i, (a, b) in enumerate(_spans(rng, rng.randrange(0, 12)))]
        given = rng.randrange(len(spans) + 1)
        index = SpansByStart(spans[:given])
        for span in spans[given:]:
            index.add(*span)  # (and some added after)
        for _ in range(20):
            s, e = rng.randrange(-5, 80), rng.randrange(-5, 80)
            assert sorted(index.holding(s, e)) == sorted(span for span in spans if span[0] <= s and e <= span[1])


def test_actor_in_answers_as_the_scan_over_every_name() -> None:
    """Holders._actor_in looks up the names by their first word: the same name as the scan over every name, longest
    first, for names and texts with dots, apostrophes, hyphens, brackets and accents at their edges."""
    rng = random.Random(29)
    parts = ["u.s.", "us", "un", "the", "état", "o'neil", "-x", "(a)", "’s", "new", "york", "times", "fed", "bank"]
    for _ in range(300):
        actors = [Actor(" ".join(rng.sample(parts, rng.randrange(1, 3))), "organization",
                        aliases=[" ".join(rng.sample(parts, rng.randrange(1, 3))) for _ in range(rng.randrange(0, 3))])
                  for _ in range(rng.randrange(0, 6))]
        holders = Holders("", [], actors)
        for _ in range(10):
            low = "".join(rng.choice(parts) + rng.choice(["", " ", ", ", "."]) for _ in range(rng.randrange(0, 6)))
            scan = next((name for alias, name in holders.names
                         if alias in low and re.search(r"\b" + re.escape(alias) + r"\b", low)), None)
            assert holders._actor_in(low) == scan, (low, holders.names)


def _steps(run) -> int:  # type: ignore[no-untyped-def]
    """Python steps of run() (run once before: the patterns it compiles on its first call are not counted)."""
    from tests.analysis.work_meter import StepMeter
    run()
    return round(StepMeter().per_word(lambda _: run(), "x"))


def test_an_actor_named_in_a_phrase_is_looked_up_not_scanned_for() -> None:
    """The holders' actor named in a speaker's phrase costs the same with 40 actors as with 640 (each name was tried
    against the phrase: 3,207 Python steps against 207 at the base; now 32 and 32)."""
    def holders(n: int) -> Holders:
        return Holders("", [], [Actor(f"Person{i} Surname{i}", "person", aliases=[f"Surname{i}"]) for i in range(n)])

    few, many = holders(40), holders(640)
    phrases = ["the spokesman for surname7", "a senior official", "person3 surname3 of the union"]
    assert [few._actor_in(p) for p in phrases] == [many._actor_in(p) for p in phrases] == ["Person7 Surname7", None,
                                                                                           "Person3 Surname3"]
    small = _steps(lambda: [few._actor_in(p) for p in phrases])
    large = _steps(lambda: [many._actor_in(p) for p in phrases])
    assert large <= 1.2 * small, (small, large)


def _associations(n: int, firms: tuple[str, ...] = ()) -> str:
    places = ("Northern Southern Eastern Western Central Coastal Upland Lowland Riverside Harbour Valley Mountain "
              "Prairie Island Desert Forest Lake Canyon Meadow Delta").split()
    trades = "Farmers Teachers Nurses Pilots Miners Bakers Drivers Welders Printers Fishers".split()
    names = [f"{place} {trade} Association" for place in places for trade in trades][:n]
    return "\n\n".join(f"The {name} said on Monday it would back the plan. "
                       + (f"{firms[i % len(firms)]} advised it, and a" if firms else "A")
                       + f" spokesman for the {name} declined to comment." for i, name in enumerate(names))


def test_many_organisations_cost_as_much_a_word_as_a_few() -> None:
    """An organisation found only inside another's longer name is looked for among the names near it
    (spans.SpansByStart), not among all the text's: 200 organisations cost as much a word as 25 (20.4 against 5.0
    Python steps a word while each looked through all the others)."""
    from briefing_app.analysis import organisations
    from tests.analysis.work_meter import StepMeter
    meter = StepMeter()
    small, large = _associations(25), _associations(200)
    assert len(organisations.find(small)) == 25 and len(organisations.find(large)) == 200
    assert meter.per_word(organisations.find, large) <= 1.2 * meter.per_word(organisations.find, small)


def test_known_companies_are_looked_up_among_the_mentions_near_them() -> None:
    """A company a wire names bare (organisations._known_companies) is looked for inside the mentions near it, kept
    as mentions are added, not inside every organisation's: 200 organisations and 40 mentions of each of five firms
    cost as much a word as 25 and five (39.3 against 8.4 Python steps a word while each looked through all)."""
    from briefing_app.analysis import organisations
    from tests.analysis.work_meter import StepMeter
    meter = StepMeter()
    firms = ("Goldman Sachs", "Maersk", "Boeing", "Airbus", "Siemens")
    small, large = _associations(25, firms), _associations(200, firms)
    found = {a.name: len(a.mentions) for a in organisations.find(large)}
    assert len(found) == 205 and found["Boeing"] == 40
    assert meter.per_word(organisations.find, large) <= 1.2 * meter.per_word(organisations.find, small)


def test_the_screen_finds_the_quotations_around_an_option_by_bisection() -> None:
    """The options screen asks which kinds of quotation reach into an option of a per-kind SpanReach, not of every
    quotation: the same features, and as many steps an option with 800 quotations as with 50."""
    from briefing_app.analysis.options import screen
    from briefing_app.core.model import Option
    text = "The council should ban night flights, the mayor said. " * 20
    option = Option("ban night flights", start=12, end=60)
    assert "quote=direct" not in screen.own_features(text, option, screen.Context.of(text, [option], [], [], None))

    def context(n: int) -> screen.Context:
        quotes = [Quote(i * 50, i * 50 + 40, "x", "direct" if i % 2 else "indirect", "Mayor")
                  for i in range(n)]
        return screen.Context.of(text, [option], quotes, [], None)

    few, many = context(50), context(800)
    assert screen.own_features(text, option, few) == screen.own_features(text, option, many)
    assert {"quote=indirect", "quote=direct"} <= screen.own_features(text, option, few)
    small = _steps(lambda: screen.own_features(text, option, few))
    assert _steps(lambda: screen.own_features(text, option, many)) <= 1.2 * small


def test_sorted_starts_follow_a_list_that_changes() -> None:
    """mention_starts keeps each list's sorted starts while it holds the same spans: a span appended, replaced,
    removed or the list reordered gives the new starts."""
    mentions = [Span(30, 35), Span(10, 15)]
    assert sorted_starts(mentions) == [10, 30]
    mentions.append(Span(20, 25))
    assert sorted_starts(mentions) == [10, 20, 30]
    mentions[0] = Span(5, 8)
    assert sorted_starts(mentions) == [5, 10, 20]
    mentions.remove(Span(10, 15))
    mentions.append(Span(40, 45))  # (as many spans as before, one other)
    assert sorted_starts(mentions) == [5, 20, 40]
    mentions.sort(key=lambda s: -s.start)
    assert sorted_starts(mentions) == [5, 20, 40]
    assert sorted_starts([]) == [] and sorted_starts([Span(3, 4), Span(3, 9), Span(1, 2)]) == [1, 3]
    assert first_end([Span(3, 4), Span(3, 9)], 3) == 4 and first_end([Span(3, 9), Span(3, 4)], 3) == 9


def _latest_by_scan(orgs: list[Actor], pos: int, fits: tuple[str, ...] | None, floor: int) -> Actor | None:
    best: tuple[int, Actor] | None = None  # (latest_org as it read every mention of every organisation)
    described = [f"the {f.lower()}" for f in fits] if fits else []
    for org in orgs:
        if fits and not any(f in org.name for f in fits) and not any(d in org.aliases for d in described) \
                and not _lower_fits(org, fits):
            continue
        last = max((s.start for s in org.mentions if floor <= s.start < pos), default=None)
        if last is not None and (best is None or last > best[0]):
            best = (last, org)
    return best[1] if best else None


def test_latest_org_answers_as_the_scan_over_every_mention() -> None:
    rng = random.Random(31)
    names = ["Port Authority", "port authority", "Water Board", "the agency", "City Council", "Union"]
    for _ in range(300):
        orgs = [Actor(rng.choice(names), "organization", aliases=rng.sample(names, rng.randrange(0, 2)),
                      mentions=[Span(a, a + 3) for a in rng.sample(range(60), rng.randrange(0, 5))])
                for _ in range(rng.randrange(0, 5))]
        for _ in range(10):
            pos, floor = rng.randrange(-1, 65), rng.choice([-1, rng.randrange(0, 60)])
            fits = rng.choice([None, ("Authority",), ("agency", "Board"), ("authority",)])
            assert latest_org(orgs, pos, fits, floor) is _latest_by_scan(orgs, pos, fits, floor)


def test_a_body_with_many_mentions_is_found_by_bisection() -> None:
    """Which body was named last before an offset (org_coref.latest_org) and which opens the sentence
    (owners.opening_actor) cost as many steps for bodies named 320 times each as for bodies named 20 times: a
    bisection of each one's mentions (mention_starts), not a loop over them all."""
    def bodies(n: int) -> tuple[str, list[Actor]]:
        text = "".join(f"Body{i % 5} said it would act. " for i in range(5 * n))
        orgs = [Actor(f"Body{i}", "organization", mentions=[Span(a, b) for a, b in whole_word(text, f"Body{i}")])
                for i in range(5)]
        return text, orgs

    (short, few), (long, many) = bodies(20), bodies(320)
    at = short.rindex("Body2") + 10  # (in the sentence Body2 opens, with Body1 named last before it)
    assert latest_org(few, short.rindex("Body2")).name == latest_org(many, long.rindex("Body2")).name == "Body1"
    assert opening_actor(short, few, at).name == opening_actor(long, many, long.rindex("Body2") + 10).name == "Body2"
    small = _steps(lambda: (latest_org(few, at), opening_actor(short, few, at)))
    large = _steps(lambda: (latest_org(many, long.rindex("Body2")), opening_actor(long, many, long.rindex("Body2") + 10)))
    assert large <= 1.2 * small, (small, large)


def _fold_by_scan(actors: list[Actor]) -> list[Actor]:
    orgs = [a for a in actors if a.kind == "organization"]  # (org_fold.fold_first_words as it compared every pair)
    gone: set[int] = set()
    for short in (o for o in orgs if " " not in o.name):
        longer = [o for o in orgs if o is not short and o.name.split()[0] == short.name and (
                  len(o.name.split()) == 2 and (o.name.split()[1].rstrip(".") in COMPANY_WORDS or o.name.split()[1] not in ORG_NOUNS)
                  or o.name.endswith((" & Co", " & Co.")) and len(o.name.split()) == 3)]
        if len(longer) != 1:
            continue
        full = longer[0]
        full.aliases += [x for x in [short.name, *short.aliases] if x not in full.aliases]
        full.mentions = sorted([*full.mentions, *short.mentions], key=lambda s: s.start)
        gone.add(id(short))
        for a in actors:
            if a.affiliation == short.name:
                a.affiliation = full.name
    return [a for a in actors if id(a) not in gone]


def test_fold_first_words_answers_as_the_scan_over_every_pair() -> None:
    rng = random.Random(37)
    names = ["Acme", "Acme Corp.", "Acme Holdings", "Acme Union", "Acme & Co", "Harbor", "Harbor Freightlines",
             "Harbor Council", "Merck", "Merck & Co.", "Widget", "Widget Labs"]
    for _ in range(300):
        actors = [Actor(rng.choice(names), rng.choice(["organization", "organization", "person"]),
                        affiliation=rng.choice([None, *names]), aliases=rng.sample(names, rng.randrange(0, 2)),
                        mentions=[Span(a, a + 2) for a in rng.sample(range(40), rng.randrange(0, 3))])
                  for _ in range(rng.randrange(0, 7))]
        assert fold_first_words(copy.deepcopy(actors)) == _fold_by_scan(copy.deepcopy(actors))


def test_one_word_companies_are_folded_by_their_first_word() -> None:
    """'Acme' and 'Acme Corp.': each one-word organisation is matched with the names it opens (by first word), not
    with every organisation: as many steps an organisation for 400 as for 50."""
    def orgs(n: int) -> list[Actor]:
        return [Actor(name, "organization", mentions=[Span(k, k + 1)])
                for k in range(n // 2) for name in (f"Firm{k}", f"Firm{k} Holdings")]

    assert [a.name for a in fold_first_words(orgs(4))] == ["Firm0 Holdings", "Firm1 Holdings"]
    small = _steps(lambda: fold_first_words(orgs(50)))
    assert _steps(lambda: fold_first_words(orgs(400))) <= 1.2 * 8 * small


def _upgrade_by_scan(quotes: list[Quote], reported: list[Quote]) -> None:
    for q in quotes:  # (reported.upgrade_mixed as it read all the reported speech for each quotation)
        if q.kind == "direct" and q.mention is None:
            for r in reported:
                if r.start <= q.start and q.end <= r.end + 1 and r.mention is not None:
                    q.speaker, q.mention, q.cue = r.speaker, r.mention, r.cue
                    break
            continue
        if q.kind != "scare":
            continue
        for r in reported:
            if r.start <= q.start and q.end <= r.end + 1:
                q.kind, q.speaker, q.mention, q.cue = "direct", r.speaker, r.mention, r.cue
                if q.start - r.start <= 2 and r.end - q.end <= 2:
                    reported.remove(r)
                break
    opening_quotation(quotes, reported)


def test_upgrade_mixed_answers_as_the_scan_over_all_reported_speech() -> None:
    rng = random.Random(41)

    def quote(kind: str) -> Quote:
        a = rng.randrange(50)
        mention = rng.choice([None, Mention(a, a + 3, "Lee")])
        return Quote(a, a + rng.randrange(0, 20), "words", kind, rng.choice(["Lee", "Kim", None]), mention,
                     rng.choice(["said", None]))

    for _ in range(400):
        quotes = [quote(rng.choice(["direct", "scare", "indirect"])) for _ in range(rng.randrange(0, 6))]
        reported = [quote("indirect") for _ in range(rng.randrange(0, 6))]
        ours, theirs = copy.deepcopy((quotes, reported)), copy.deepcopy((quotes, reported))
        upgrade_mixed(*ours)
        _upgrade_by_scan(*theirs)
        assert ours == theirs


def test_quotations_inside_reported_speech_are_found_by_bisection() -> None:
    """A quotation's reported speech (reported.upgrade_mixed) is looked up among that near it: 800 quotations in as
    many reported contents cost as many steps each as 50 in 50."""
    def run(n: int) -> None:
        reported = [Quote(i * 100, i * 100 + 60, "x", "indirect", f"P{i}", Mention(i * 100 - 10, i * 100 - 5, "P"), "said")
                    for i in range(n)]
        quotes = [Quote(i * 100 + 10, i * 100 + 30, "q", "direct") for i in range(n)]
        upgrade_mixed(quotes, reported)
        assert [q.speaker for q in quotes[:3]] == ["P0", "P1", "P2"]

    assert _steps(lambda: run(800)) / 800 <= 1.3 * _steps(lambda: run(50)) / 50
