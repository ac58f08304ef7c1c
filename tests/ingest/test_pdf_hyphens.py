"""A hyphen at a PDF line end: the typesetter's (dropped) or a compound's (kept). Each case is a
generated PDF that is first checked to break the word at a line end, then read."""
from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app.ingest import read_file
from tests.ingest.articles import Article
from tests.ingest.pdf_builder import Style, build_pdf
from tests.ingest.test_pdf_reading import page_texts

FILLER = ("The council met on Monday to discuss the plan for the harbour and the roads around it, and members "
          "heard from engineers, pilots and the owners of two shipyards before the vote.")
RU_FILLER = ("Совет собрался в понедельник, чтобы обсудить план реконструкции порта и дорог вокруг него; "
             "депутаты выслушали инженеров, лоцманов и владельцев двух верфей перед голосованием.")
KO_FILLER = ("시의회는 월요일 항구와 주변 도로 정비 계획을 논의하기 위해 회의를 열었고 의원들은 표결에 앞서 "
             "기술자와 도선사, 조선소 두 곳의 대표들로부터 의견을 들었다.")


def _font(name: str) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from briefing_app.core.paths import resources_dir

    pdfmetrics.registerFont(TTFont(f"H-{name}", str(resources_dir() / "fonts" / name)))
    return f"H-{name}"


def broken(tmp_path: Path, left: str, right: str, sentence: str, filler: str = FILLER, font: str | None = None,
           more: str = "") -> str:
    """The text read from a PDF whose line ends in `left-` with `right` starting the next line:
    `sentence` holds "{left}- {right}" (a space after the hyphen lets the test typesetter break
    there; in the PDF it looks exactly like a hyphenated word); `more`: a paragraph after it."""
    assert f"{left}- {right}" in sentence
    fonts = {"body_font": font, "head_font": font, "small_font": font, "byline_font": font} if font else {}
    for lead in ("", "Yes. ", "Now, then. "):  # another start moves where the line ends fall
        article = Article("A council vote", "By A. Writer",
                          [f"{lead}{filler} {sentence} {filler}"] + ([more] if more else []))
        for width in range(220, 480, 2):
            path = build_pdf(tmp_path / f"{width}.pdf", article, Style(page=(width, 900), hyphenate=False,
                                                                         header=None, footer=None, **fonts))
            text = "".join(page_texts(path))
            if any(f"{left}{mark}{right}" in text for mark in ("-\r\n", "\ufffe\r\n", "\ufffe")):  # PDFium
                # marks a line-end hyphen U+FFFE and may leave out the line break after it
                return " ".join(read_file(path).text.split())
    pytest.fail(f"no page width puts {left}- at a line end")


def test_two_words_that_make_none_keep_the_hyphen(tmp_path):
    """The word list: "high" and "profile" are words, "highprofile" is none (and the document
    has neither "profile" alone nor "highprofile")."""
    text = broken(tmp_path, "high", "profile", "It was a high- profile case for the city.")
    assert "a high-profile case" in text


def test_a_word_of_the_language_is_joined(tmp_path):
    """The word list: "afternoon" is a word, although the document uses "after" and "noon" on
    their own (which alone would keep the hyphen); also an inflection of a listed word."""
    more = "After lunch, and again at noon, the talks went on, after all."
    text = broken(tmp_path, "after", "noon", "They met in the after- noon to vote.", more=more)
    assert "in the afternoon to vote" in text
    text = broken(tmp_path, "over", "hauling", "Over the years the port needs over- hauling work.", more=more)
    assert "needs overhauling work" in text


def test_the_documents_own_spelling_wins(tmp_path):
    """"cooperation" is a word of the language, but this document writes "co-operation"."""
    more = "The co-operation of the shipyards is needed."
    text = broken(tmp_path, "co", "operation", "They asked for co- operation from the port.", more=more)
    assert "asked for co-operation from" in text
    text = broken(tmp_path, "co", "operation", "They asked for co- operation from the port.")
    assert "asked for cooperation from" in text


def test_a_prefix_keeps_its_hyphen_before_a_word_the_list_lacks(tmp_path):
    text = broken(tmp_path, "self", "destructs", "The plan self- destructs within a year.")
    assert "plan self-destructs within" in text


def test_a_suffix_after_the_hyphen_is_the_typesetters(tmp_path):
    """"ian" is in the list (a name), but after a hyphen it is the end of a word; so is "most"."""
    text = broken(tmp_path, "Madison", "ian", "It was a Madison- ian bargain.")
    assert "a Madisonian bargain" in text
    text = broken(tmp_path, "northern", "most", "It sits on the northern- most edge of the city.")
    assert "the northernmost edge" in text  # -most: "utmost", "foremost", "southernmost"


def test_russian_hyphenated_particles_are_kept(tmp_path):
    font = _font("LiberationSerif-Regular.ttf")
    text = broken(tmp_path, "что", "то", "Депутаты сказали, что- то изменится.", RU_FILLER, font)
    assert "сказали, что-то изменится" in text
    text = broken(tmp_path, "из", "за", "Голосование отложили из- за дождя.", RU_FILLER, font)
    assert "отложили из-за дождя" in text


def test_russian_words_broken_by_the_typesetter_are_joined(tmp_path):
    text = broken(tmp_path, "голосо", "вание", "Потом голосо- вание отложили.", RU_FILLER,
                  _font("LiberationSerif-Regular.ttf"))
    assert "Потом голосование отложили" in text


def test_a_hyphen_after_korean_is_kept(tmp_path):
    """Korean is not hyphenated at line ends: a hyphen there is the text's own ("북-러")."""
    text = broken(tmp_path, "북", "러", "정부는 북- 러 조약에 대해 우려를 표명했다.", KO_FILLER,
                  _font("NanumGothic-Regular.ttf"))
    assert "정부는 북-러 조약에" in text


def test_a_hyphen_after_a_number_stays_without_a_space(tmp_path):
    text = broken(tmp_path, "20", "year", "It ended a 20- year-old dispute.")
    assert "a 20-year-old dispute" in text


def test_two_words_that_end_many_words_of_the_list_make_one(tmp_path):
    """"land" and "holders" are words and "landholders" is not in the list, but "holders" ends
    several of its words after another word (shareholders, stakeholders, householders) and
    "land" starts several (landmark, landlord): a closed word the list lacks. Likewise a
    suffix-like piece after the hyphen ("crud-" + "ities": activities, authorities, ...), and a
    first piece that starts many words ("sun": sunlight, sunrise, ...) before one that ends one."""
    text = broken(tmp_path, "land", "holders", "The land- holders objected.")
    assert "The landholders objected" in text
    text = broken(tmp_path, "crud", "ities", "Its crud- ities were plain.")
    assert "Its crudities were plain" in text
    text = broken(tmp_path, "sun", "dial", "The old sun- dial stood in the square.")
    assert "The old sundial stood" in text
    text = broken(tmp_path, "body", "temple", "They spoke of the body- temple at length.")
    assert "the body-temple at length" in text


def test_a_word_cut_before_and_is_joined_when_it_is_a_word(tmp_path):
    """"underst-" + "and": a dash before "and" stays a dash ("a landslide- and polls"), but not
    when the two make a word of the language."""
    text = broken(tmp_path, "underst", "and", "They did not underst- and the plan.")
    assert "did not understand the plan" in text


def test_a_name_set_solid_is_joined_and_a_name_compound_keeps_its_hyphen(tmp_path):
    """"Stone-" + "haven": a capitalised piece before a word that is no participle nor compound
    tail is a name set solid (the list has neither it nor words ending in "haven" after another
    word); "Kremlin-" + "backed" is a compound."""
    text = broken(tmp_path, "Stone", "haven", "They met in Stone- haven on Friday.")
    assert "met in Stonehaven on Friday" in text
    text = broken(tmp_path, "Kremlin", "backed", "The Kremlin- backed group won.")
    assert "The Kremlin-backed group" in text


def test_a_hyphen_before_a_word_no_compound_ends_in_is_a_dash(tmp_path):
    """"pay it-" + "the": a hyphen used as a dash before a word that ends no compound (and after a
    two-letter word too) is followed by a space; "hit-" + "and-run" is a compound going on."""
    text = broken(tmp_path, "it", "the", "Everyone agrees they should pay it- the wealthy most of all.")
    assert "should pay it- the wealthy" in text
    text = broken(tmp_path, "programs", "would", "The new programs- would they work?- were debated.")
    assert "The new programs- would they work" in text
    text = broken(tmp_path, "hit", "and-run", "A hit- and-run driver was arrested.")
    assert "A hit-and-run driver" in text


def test_a_hyphen_before_a_clause_opening_adverb_or_preposition_is_a_dash(tmp_path):
    """"position-" + "then", "for-" + "according", "lie-down-" + "is", "Syria-" + "as": adverbs,
    prepositions and other short words that open a clause or an aside end no compound, so the hyphen
    before one is a dash; such a word joined to a piece that makes a word with it ("ax-" + "is",
    "vis-" + "it") stays the typesetter's cut."""
    text = broken(tmp_path, "position", "then", "If that is the official position- then bring on the critics.")
    assert "official position- then bring" in text
    text = broken(tmp_path, "for", "according", "They were excluded for- according to the regulator- being too small.")
    assert "excluded for- according to" in text
    text = broken(tmp_path, "government", "including", "Everyone in government- including the mayor- agreed.")
    assert "in government- including the mayor" in text
    text = broken(tmp_path, "lie-down", "is", "The treatment- a pill and a lie-down- is given at home.")
    assert "a lie-down- is given" in text
    text = broken(tmp_path, "ax", "is", "The main ax- is of the road runs north.")
    assert "The main axis of the road" in text
    text = broken(tmp_path, "Syria", "as", "The war in Syria- as in Yemen- goes on.")
    assert "in Syria- as in Yemen" in text
    text = broken(tmp_path, "sector", "a", "It hurt the sector- a blow few expected.")
    assert "the sector- a blow" in text
    text = broken(tmp_path, "country", "there", "Across the country- there are many such towns.")
    assert "the country- there are" in text
    text = broken(tmp_path, "vis", "it", "They will vis- it the port in May.")
    assert "will visit the port" in text


def test_a_hyphen_after_a_sentence_adverb_is_a_dash(tmp_path):
    """"instead-" + "stick", "however-" + "nobody": no compound starts with a sentence adverb, so
    a hyphen after one at a line end is a dash (an adverb that does head compounds, "an already-"
    + "stretched budget", keeps its hyphen)."""
    text = broken(tmp_path, "instead", "stick", "Do not call the police instead- stick with the usual number.")
    assert "the police instead- stick with" in text
    text = broken(tmp_path, "however", "nobody", "The plan was agreed however- nobody knew who would pay.")
    assert "agreed however- nobody knew" in text
    text = broken(tmp_path, "already", "stretched", "It falls on an already- stretched budget this year.")
    assert "an already-stretched budget" in text


def test_a_hyphen_after_a_plural_before_a_word_no_compound_ends_in_is_a_dash(tmp_path):
    """"opportunities-" + "through", "cultures-" + "points": no compound joins a plural or a verb
    in -s to a word that ends no compound, so the hyphen is a dash and a space follows it;
    "years-" + "long" is a compound, "news-" heads compounds as it is, and "rans-" + "omware" are
    no words: a typesetter's cut."""
    text = broken(tmp_path, "opportunities", "through",
                  "It could grow by expanding business opportunities- through trade or lower taxes.")
    assert "business opportunities- through trade" in text
    text = broken(tmp_path, "cultures", "points", "A writer curious about other cultures- points out the risk.")
    assert "other cultures- points out" in text
    text = broken(tmp_path, "years", "long", "It ended a years- long dispute over the port.")
    assert "a years-long dispute" in text
    text = broken(tmp_path, "news", "gathering", "They fund local news- gathering in the towns.")
    assert "local news-gathering in" in text
    text = broken(tmp_path, "rans", "omware", "A rans- omware attack shut the hospital.")
    assert "A ransomware attack" in text


def test_a_word_broken_at_two_points_is_written_whole(tmp_path):
    """"Fren-" + "chmen" and "French-" + "men" in one document: no compound has its hyphen in two
    places, so both are the typesetter's cuts (each pair alone could be a compound)."""
    first = "Some three million Fren- chmen and women were counted in the census that year, the office said."
    second = "The report found that these French- men and women had moved to the cities over the decade."
    def raw(path):
        return "".join(page_texts(path)).replace("\ufffe\r\n", "-").replace("\ufffe", "-").replace("-\r\n", "-")

    for width in range(230, 480, 3):
        for lead in ("Yes. " * k for k in range(12)):  # moves the second paragraph's line ends
            article = Article("A census", "By A. Writer", [f"{FILLER} {first} {FILLER}", f"{lead}{FILLER} {second}"])
            path = build_pdf(tmp_path / f"{width}.pdf", article, Style(page=(width, 900), hyphenate=False,
                                                                         header=None, footer=None))
            if "Fren-chmen" not in raw(path):
                break
            if "French-men" in raw(path):
                text = " ".join(read_file(path).text.split())
                assert "three million Frenchmen and women" in text and "these Frenchmen and women" in text
                return
    pytest.fail("no page width breaks both lines after the hyphen")


def test_re_pre_de_keep_their_hyphen_before_a_vowel_unless_the_document_closes_them(tmp_path):
    """"re-" + "election" is the prefix's own hyphen (as "pre-empt", "de-escalate"), although
    "reelection" is a word of the list; a document that writes "reelection" elsewhere decides."""
    text = broken(tmp_path, "re", "election", "She lost her bid for re- election last year.")
    assert "her bid for re-election last" in text
    more = "Her reelection was never in doubt."
    text = broken(tmp_path, "re", "election", "She lost her bid for re- election last year.", more=more)
    assert "her bid for reelection last" in text


def test_one_re_before_a_consonant_does_not_make_a_document_hyphenated():
    """An office suite that does not hyphenate breaks lines at compounds' own hyphens only:
    "re-" + "write" among "water-" + "boarding" and "blood-" + "encrusted" is a compound too, so
    the document keeps its hyphens; two such cuts ("re-ported", "pre-vented") are a typesetter's."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import hyphenates

    compounds = [("blood", "encrusted"), ("water", "boarding"), ("much", "delayed")]
    assert not hyphenates([("re", "write"), *compounds], Counter())
    assert hyphenates([("re", "ported"), ("pre", "vented"), *compounds], Counter())
    assert hyphenates([("gov", "ernment"), *compounds], Counter())


def test_ion_after_the_hyphen_is_a_typesetters_cut() -> None:
    """"institut-" + "ion": both pieces are in the word list ("institut" as a name, "ion"), but no
    compound ends in "-ion": the document hyphenates, and its "foot-" + "work" is "footwork"."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen, hyphenates

    assert hyphenates([("institut", "ion"), ("foot", "work")], Counter())
    assert drop_hyphen("institut", "ion", Counter()) and drop_hyphen("Champ", "ions", Counter())


def test_a_word_processors_single_line_end_hyphen_is_a_compounds(tmp_path) -> None:
    """Word processors and browsers do not hyphenate unless told to: in a PDF that one wrote (its
    Creator), the only line-end hyphen, "take-" + "away", is the compound's; from a typesetting
    program the same break, too little to go by, is the typesetter's ("takeaway" is a word)."""
    from reportlab.pdfgen import canvas

    from briefing_app.ingest import read_file

    lines = ["Is the president trying to sabotage her presidential run? That is one take-",
             "away from his feisty address, in which he praised the new rules for banks and",
             "the plan for the harbour, and said little about the budget for the coming year."]
    for creator, want in (("Writer", "one take-away from"), ("Adobe InDesign 18.0", "one takeaway from")):
        path = tmp_path / "memo.pdf"
        c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
        c.setCreator(creator)
        c.setFont("Helvetica", 11)
        for k, line in enumerate(lines):
            c.drawString(72, 770 - 14 * k, line)
        c.showPage()
        c.save()
        assert want in read_file(path).text, creator


def test_two_words_that_make_a_rarer_word_are_joined(tmp_path) -> None:
    """"after" and "thought" are words and "afterthought" is too rare for the list, but it is in
    the rarer list (resources/words/en-rare.txt.gz): a typesetter's cut; so are "boiler-plate"
    and "water-boarded" (an inflection), also before three letters ("port-ent", "pres-ide"). A
    compound head keeps its hyphen although the rarer list has the pair set solid ("longterm",
    "antiwar"), and two words the rarer list does not join keep it."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen, words

    assert "afterthought" not in words("en") and "afterthought" in words("en-rare")
    assert drop_hyphen("boiler", "plate", Counter()) and drop_hyphen("water", "boarded", Counter())
    assert drop_hyphen("port", "ent", Counter()) and drop_hyphen("pres", "ide", Counter())  # 3 letters after
    assert "longterm" in words("en-rare") and not drop_hyphen("long", "term", Counter())
    assert "antiwar" in words("en-rare") and not drop_hyphen("anti", "war", Counter())
    assert not drop_hyphen("body", "temple", Counter())
    text = broken(tmp_path, "after", "thought", "It was an after- thought to the plan.")
    assert "It was an afterthought to the plan" in text


def test_no_word_after_the_hyphen_and_a_rarer_word_joined_is_a_typesetters_cut() -> None:
    """"anti-" + "pathy", "multi-" + "farious": a prefix keeps its hyphen before a word ("anti-war",
    "self-destructs"), but what follows the hyphen here is no word and the two make a word of the
    rarer list: the typesetter's cut. A prefix before a word the rarer list does not close keeps it."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen, words

    assert "antipathy" in words("en-rare") and "pathy" not in words("en")
    assert drop_hyphen("anti", "pathy", Counter())
    assert drop_hyphen("multi", "farious", Counter())
    assert drop_hyphen("Anti", "pathy", Counter())
    assert not drop_hyphen("self", "destructs", Counter())
    assert not drop_hyphen("anti", "war", Counter())


def test_the_document_writing_another_form_of_the_joined_word_joins_it() -> None:
    """"neuro-" + "mas" (both pieces words of the list, "neuromas" in neither list) where the
    document writes "neuroma"; "geo-" + "engineered" where it writes "geoengineering"; "wind-" +
    "farms" where "windfarm"; "fact-" + "checkers" where "factcheck": the document's own spelling
    of the word, in another form; without it, or where the document also writes the pair with a
    hyphen, they keep the hyphen. It also tells that the document's typesetter hyphenates."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen, hyphenates

    for left, right, form in (("neuro", "mas", "neuroma"), ("geo", "engineered", "geoengineering"),
                              ("wind", "farms", "windfarm"), ("fact", "checkers", "factcheck")):
        assert not drop_hyphen(left, right, Counter()), left
        assert drop_hyphen(left, right, Counter({form: 1})), left
    assert not drop_hyphen("wind", "farms", Counter({"windfarm": 1}), Counter({("wind", "farms"): 2}))
    breaks = [("neuro", "mas"), ("water", "boarding"), ("blood", "encrusted")]
    assert not hyphenates(breaks, Counter())
    assert hyphenates(breaks, Counter({"neuroma": 1}))


def test_a_doubled_consonant_is_an_inflection_before_a_vowel_ending_only() -> None:
    """"planned", "bigger", "stopping" are inflections of "plan", "big", "stop"; "Syriaas",
    "Iraqs" + "s" or "Gazaa" + "s" are no word (a letter written twice before "-s" is no doubling),
    so "Syria-" + "as" at a line end is no typesetter's cut."""
    from briefing_app.ingest.pdf_hyphens import known

    assert known("planned") and known("bigger") and known("stopping")
    assert not known("Syriaas") and not known("Gazaas") and not known("Chinaas")


@pytest.mark.parametrize(("left", "right", "sentence", "expected"), [
    ("either", "or", "It is not an either- or choice for the port.", "not an either-or choice"),
    ("as", "is", "The yard was sold as- is to a buyer from Leith.", "was sold as-is to"),
    ("Post", "it", "A yellow Post- it note was left on the door.", "A yellow Post-it note"),
    ("has", "been", "He is a political has- been in the town.", "a political has-been in"),
    ("must", "have", "A new crane is a must- have for the yard.", "is a must-have for"),
    ("otherwise", "healthy", "An otherwise- healthy budget hides the debt.", "An otherwise-healthy budget"),
    ("otherwise", "you", "Pay the fee now; otherwise- you will pay twice.", "otherwise- you will pay"),
])
def test_set_compounds_ending_in_a_clause_word_keep_their_hyphen(tmp_path, left, right, sentence, expected):
    """"either-" + "or", "as-" + "is", "Post-" + "it": compounds whose second
    part is one of the short words that open an aside after a dash are no dash; "otherwise-" heads
    compound adjectives ("an otherwise-healthy budget") like "already-"."""
    assert expected in broken(tmp_path, left, right, sentence)


def test_a_hyphen_before_an_object_pronoun_is_a_compounds() -> None:
    """"thank-" + "you": the word list holds the misspelling "thankyou", but no English word ends in
    "you", "him" or "them" after a word: the hyphen is the compound's ("a thank-you note"). A word
    the document writes whole still wins; a cut leaving a word's end ("an-" + "them") still joins."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert not drop_hyphen("thank", "you", Counter())
    assert not drop_hyphen("Thank", "you", Counter())
    assert drop_hyphen("thank", "you", Counter({"thankyou": 2}))
    assert drop_hyphen("an", "them", Counter())
    assert drop_hyphen("fa", "ther", Counter())


def test_a_word_before_a_rarer_word_or_an_inflection_keeps_the_hyphen() -> None:
    """"soup-" + "guzzling", "empty-" + "bellied", "blood-" + "encrusted", "does-" + "whimpering"
    (a dash): a word before a word of the rarer list or an inflection of one, the two no word
    when joined, is a compound's hyphen (or a dash), as two words of the list are ("body-temple");
    it was dropped when the second piece was not written elsewhere in the document."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    for left, right in (("soup", "guzzling"), ("empty", "bellied"), ("blood", "encrusted"), ("does", "whimpering"),
                        ("head", "scratcher"), ("euro", "denominated")):
        assert not drop_hyphen(left, right, Counter()), (left, right)
    for left, right in (("bud", "get"), ("govern", "ment"), ("satir", "ising")):  # the typesetter's cuts
        assert drop_hyphen(left, right, Counter()), (left, right)


def test_tens_before_a_unit_and_a_long_capitalised_word_keep_the_hyphen() -> None:
    """"Thirty-" + "eight", "twenty-" + "first": the spelling rule hyphenates them; "Republican-" +
    "majority" is no name set solid (those open with a short word: "Green-peace", "Liver-pool")."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    for left, right in (("Thirty", "eight"), ("twenty", "first"), ("ninety", "nine"), ("Republican", "majority"),
                        ("Democratic", "leaning")):
        assert not drop_hyphen(left, right, Counter()), (left, right)
    for left, right in (("Green", "peace"), ("Liver", "pool")):
        assert drop_hyphen(left, right, Counter()), (left, right)


def test_a_plural_cut_before_a_word_is_no_dash_when_the_two_make_a_rarer_word() -> None:
    """"sides-" + "how", "trustees-" + "hip", "outs-" + "tripped", "pains-" + "takingly": a plural
    before a word reads as a dash ("the years- in Bonn"), but joined they make a word of the rarer
    list: the typesetter's cut. "pre-" + "achers": no word after the prefix, a word joined."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen
    from briefing_app.ingest.pdf_paragraphs import _dash

    for left, right in (("sides", "how"), ("trustees", "hip"), ("outs", "tripped"), ("pains", "takingly")):
        assert not _dash(left, right, " of the", Counter(), Counter()), (left, right)
        assert drop_hyphen(left, right, Counter()), (left, right)
    assert _dash("years", "during", " the war", Counter(), Counter())
    assert _dash("opportunities", "through", " trade", Counter(), Counter())
    assert drop_hyphen("pre", "achers", Counter())
    assert not drop_hyphen("re", "election", Counter()) and not drop_hyphen("pre", "empt", Counter())


def test_a_second_piece_the_document_writes_closed_after_another_word_joins() -> None:
    """"under-" + "sexualised" where the document writes "oversexualised", "over-" + "performance"
    where it writes "underperformance": the document closes such words. Not after a prefix that
    keeps its hyphen ("anti-" + "colonial" beside "postcolonial"), nor a short second piece."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen("under", "sexualised", Counter({"oversexualised": 1}))
    assert not drop_hyphen("under", "sexualised", Counter({"sexualised": 1}))
    assert drop_hyphen("over", "performance", Counter({"underperformance": 1}))
    assert not drop_hyphen("anti", "colonial", Counter({"postcolonial": 1}))
    assert not drop_hyphen("soup", "guzzling", Counter({"gasguzzling": 0}))


def test_the_index_of_closed_tails_is_built_once_per_document() -> None:
    """Each line-end hyphen looks the second piece up; the document's words are indexed once (a
    pass over them for every break would cost a hostile document of many distinct words and many
    breaks the product of the two)."""
    from collections import Counter

    from briefing_app.ingest import pdf_hyphens

    vocab = Counter({f"overwrought{n:05d}x": 1 for n in range(5000)} | {"oversexualised": 1})
    assert pdf_hyphens.drop_hyphen("under", "sexualised", vocab)
    index = pdf_hyphens._tails[1]
    for n in range(2000):
        pdf_hyphens.drop_hyphen("under", f"sexualis{n:05d}", vocab)
    assert pdf_hyphens._tails[1] is index and pdf_hyphens._tails[0] is vocab


def test_a_hyphen_before_a_modal_or_after_a_plural_before_a_name_is_a_dash() -> None:
    """"when it was not-" + "may have", "he said so-" + "might be": no compound ends in a modal; "western
    powers-" + "Iran enjoys": a plural before a name is no compound ("anti-" + "American" keeps its hyphen)."""
    from collections import Counter

    from briefing_app.ingest.pdf_paragraphs import _dash

    assert _dash("not", "may", " have", Counter(), Counter())
    assert _dash("so", "might", " be", Counter(), Counter()) is False  # two letters: "so-" may head a compound
    assert _dash("powers", "Iran", " enjoys", Counter(), Counter())
    assert not _dash("anti", "American", " feeling", Counter(), Counter())
    assert not _dash("Americans", "Iran", " talks", Counter(), Counter())


def test_a_name_with_a_capital_inside_is_joined_where_the_document_writes_it_whole(tmp_path):
    """"Mac-" + "Gregor" at a line end where the document writes "MacGregor": the typesetter's cut
    (a capital after the hyphen otherwise keeps it: "anti-American", "Kremlin-Backed"); where the
    document writes the name only with its hyphen, or not at all, the hyphen stays."""
    more = "MacGregor was not there; nor was DeLuca, whose HealthSentry idea had failed."
    text = broken(tmp_path, "Mac", "Gregor", "A letter from Ian Mac- Gregor was read.", more=more)
    assert "from Ian MacGregor was read" in text
    text = broken(tmp_path, "De", "Luca", "A letter from Ana De- Luca was read.", more=more)
    assert "from Ana DeLuca was read" in text
    text = broken(tmp_path, "Health", "Sentry", "The Health- Sentry band was sold.", more=more)
    assert "The HealthSentry band" in text
    text = broken(tmp_path, "Mac", "Gregor", "A letter from Ian Mac- Gregor was read.",
                  more="Mac-Gregor was not there.")
    assert "from Ian Mac-Gregor was read" in text
    text = broken(tmp_path, "Mac", "Gregor", "A letter from Ian Mac- Gregor was read.")
    assert "from Ian Mac-Gregor was read" in text
    text = broken(tmp_path, "anti", "American", "It was an anti- American speech.", more=more)
    assert "an anti-American speech" in text


def test_a_slash_after_a_sentences_mark_at_a_line_end_is_followed_by_a_space() -> None:
    """A slash after "?", "!", "." or "," divides quoted lines of verse ("Germany? Where is it?/ I do not know
    where to find such a country"): the next line's word is not glued to it; a slash between words ("and/or",
    "he/she", "“yes”/“no”") still joins them."""
    from collections import Counter

    from briefing_app.ingest.pdf_paragraphs import _joint

    vocab = (Counter(), Counter(), True, False, frozenset())
    assert _joint("the poet asked, Where is it?/", "I do not know", vocab) == (False, " ")
    assert _joint("No more war!/", "No more!", vocab) == (False, " ")
    assert _joint("the harbour is closed./", "The gulls", vocab) == (False, " ")
    assert _joint("grain, salt,/", "and oil", vocab) == (False, " ")
    assert _joint("either party and/", "or both", vocab) == (False, "")
    assert _joint("he/", "she", vocab) == (False, "")
    assert _joint("a “yes”/", "“no” answer", vocab) == (False, "")
    assert _joint("the Israel/", "Palestine question", vocab) == (False, "")


@pytest.mark.parametrize("prev, cur, joined", [
    ("the grisly day-to-", "day operations", "day-to-day"),
    ("read the bill line-by-", "line in the chamber", "line-by-line"),
    ("a Day-to-", "day plan", "Day-to-day"),
    ("a face-to-", "face meeting", "face-to-face"),
    # near misses: no word repeated around the inner one, or the word before the hyphen stands alone: the typesetter's
    # cut of a word joins ("in-" + "formed", "for-" + "ward", "to-" + "day")
    ("a well-in-", "formed reader", "well-informed"),
    ("a fast-for-", "ward plan", "fast-forward"),
    ("we will meet to-", "day at noon", "today"),
    ("their midday-to-", "day plan", "midday-today"),
])
def test_a_word_repeated_around_a_short_inner_word_keeps_the_compounds_hyphen(prev, cur, joined) -> None:
    """"day-to-" + "day": "to" + "day" make "today", so the line-end hyphen was read as a cut ("day-today"); a compound
    that repeats a word around a short inner word ("day-to-day", "line-by-line", "one-on-one") keeps its own."""
    from collections import Counter

    from briefing_app.ingest.pdf_paragraphs import _joint

    drop, sep = _joint(prev, cur, (Counter(), Counter(), True, False, set()))
    word = prev.split()[-1]
    assert (word[:-1] if drop else word) + sep + cur.split()[0] == joined


@pytest.mark.parametrize("left, right, dropped", [
    ("un", "declared", True), ("un", "helpful", True), ("im", "measurable", True), ("il", "legible", True),
    ("ir", "reverent", True), ("en", "shrines", True), ("de", "valued", True), ("re", "hire", True),
    # near misses: a word of two letters, a compound head or "op" ("op-ed") before a word keeps the hyphen
    ("in", "depth", False), ("in", "house", False), ("co", "opt", False), ("op", "eds", False), ("ex", "wife", False),
])
def test_a_first_piece_of_two_letters_that_is_no_word_is_a_prefix_or_a_cut(left, right, dropped) -> None:
    """The word list holds every pair of letters, so "un-" + "declared" were two words that make none and kept the
    hyphen ("un-declared"); a first piece of two letters that is no English word is a prefix written closed or a
    typesetter's cut (LibreOffice cuts "un-", "im-", "de-", "re-" at line ends)."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen(left, right, Counter()) is dropped


@pytest.mark.parametrize("left, right, dropped", [
    ("in", "consequential", True), ("in", "sincerity", True), ("in", "efficiencies", True),
    # near misses: a short second piece ("in-depth", "in-flight", "on-screen", "up-market": closed in the rarer list
    # too), a participle ("in-fighting"), "by-" ("by-elections": British spelling)
    ("in", "flight", False), ("on", "screen", False), ("up", "market", False), ("in", "fighting", False),
    ("by", "elections", False),
])
def test_a_word_of_two_letters_before_a_long_word_joins_where_the_rarer_list_closes_them(left, right, dropped) -> None:
    """"in-" + "consequential": two words that make none of the main list kept the hyphen; the rarer list writes
    "inconsequential", and no compound of "in" and a long word other than a participle is written with a hyphen."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen(left, right, Counter()) is dropped


@pytest.mark.parametrize("prev, cur, written, joined", [
    ("in the free world of its allies - the end justifies the Mephistophe-", "lean means", {"mephistopheles": 1},
     "Mephistophelean means"),
    # near misses: the piece is a word the document writes alone, or the start of no word it writes: a dash
    ("the town - and with it Aleppo and Erbil-", "simply fell", {"erbil": 1}, "Erbil- simply fell"),
    ("the town - and with it Aleppo and Mosul-", "simply fell", {"mosul": 0}, "Mosul- simply fell"),
])
def test_a_cut_of_a_word_the_document_writes_does_not_close_a_dash_pair(prev, cur, written, joined) -> None:
    """"the utopian end ... justifies the Mephistophe-" + "lean means" after a spaced dash in the sentence was read
    as the dash closing the pair ("Mephistophe- lean"); a piece that is no word but starts a longer one the document
    writes is a typesetter's cut."""
    from collections import Counter

    from briefing_app.ingest.pdf_paragraphs import _joint

    drop, sep = _joint(prev, cur, (Counter(written), Counter(), True, False, frozenset()))
    assert (prev[:-1] if drop else prev).split()[-1] + sep + cur == joined


@pytest.mark.parametrize("left, right, pairs, dropped", [
    ("re", "ally", {}, True), ("re", "action", {}, True), ("Re", "ally", {}, True), ("re", "union", {}, True),
    ("re", "ally", {("re", "election"): 1}, True),  # its own vowel in the document's compounds says nothing
    # near misses: before their own vowel ("re-election", "de-escalate", "pre-empt"), in a document that writes
    # "re-use" (British spelling), and where the joined word is none ("re-assert" is not in the list)
    ("re", "election", {}, False), ("de", "escalate", {}, False), ("pre", "empt", {}, False),
    ("re", "open", {("re", "use"): 1}, False), ("re", "ally", {("re", "use"): 1}, False),
])
def test_re_pre_de_before_another_vowel_join_where_the_list_writes_the_word(left, right, pairs, dropped) -> None:
    """LibreOffice cuts "re-ally", "re-action": "re-" before a vowel kept its hyphen whenever the second piece is a
    word ("re-election"); before a vowel other than its own the list's whole word wins."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen(left, right, Counter(), Counter(pairs)) is dropped


@pytest.mark.parametrize("left, right, dropped", [
    ("up", "turn", True), ("under", "achievement", True),
    # near misses: no other form closed in the rarer list, or a compound's head or tail
    ("body", "temple", False), ("barb", "wire", False), ("high", "profile", False), ("up", "market", False),
])
def test_two_words_join_where_the_rarer_list_writes_another_form_of_them_closed(left, right, dropped) -> None:
    """"up-" + "turn", "under-" + "achievement": two words that make none of the main list; the rarer list writes
    "upturned" and "underachiever", other forms of the joined word, so the hyphen is the typesetter's."""
    from collections import Counter

    from briefing_app.ingest.pdf_hyphens import drop_hyphen

    assert drop_hyphen(left, right, Counter()) is dropped
