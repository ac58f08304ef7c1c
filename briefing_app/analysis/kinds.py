"""Is a quotation somebody's words (direct), a scare quote, or a title?

Rules from the attribution guide: spans of five words or more are nearly always
attributed; spans of four words or fewer without inner end punctuation are scare quotes
unless they sit in a reporting verb's complement (the caller upgrades those to mixed
direct quotes); title case or a preceding "called/dubbed/titled/so-called" marks titles
and names.
"""
from __future__ import annotations

import re

from briefing_app.analysis.cues import ANY_CUE_RE, CUE_ALT, REPLY_FROM_RE, WEAK_ALT
from briefing_app.analysis.segment import count_words, last_words_start

SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as vs nor but".split())
# (the patterns below are searched at every position of the last words before a quotation: their words' common "\b" is
# read once, and then a case-sensitive class of the words' first letters as re.I reads them, "ſ" an "s", "K" (the Kelvin
# sign) a "k", "İ" and "ı" an "i", so that most positions fail at one or two tests, not at each branch of a
# case-insensitive alternation, none of which can be skipped on its first letter; the same matches)
NAMING_RE = re.compile(
    r"\b(?=(?-i:[BbCcDdEeHhKkKLlNnSsſTt]))(?:so-called|so called|called|calls|calling|dubbed|titled|entitled|named|"
    r"nicknamed|termed|labell?ed|known as|the words?|the phrase|the term|slogan|"
    r"branded|headlined?)\s*[,:]?\s*$",
    re.I,
)
VENUE_BEFORE_RE = re.compile(r"(?:\b(?=(?-i:[IiİıOoTt]))(?:told|on|in|to|of)|’s|'s|\b(?=(?-i:[BbFfPpSsſ]))(?:show|program|book|film|"
                             r"series))\s*$", re.I)
# a kind of work named right before the quotation ("the Broadway play, “Eclipsed.”", "the film “Avatar”")
WORK_BEFORE_RE = re.compile(r"\b(?=(?-i:[AaBbDdEeFfMmNnOoPpSsſ]))(?:play|musical|movie|film|sitcom|song|album|novel|memoir|book|"
                            r"documentary|opera|episode|series|show|poem|painting|exhibit|exhibition)s?,?[ \t]*$", re.I)
END_PUNCT_RE = re.compile(r"[.!?…,;:—–-]$")
SAYING_RE = re.compile(r"\b(?:as|call(?:s|ed|ing)?|chant\w*|echo\w*|shout\w*|slogan|motto|"
                       r"denounc\w+|dismiss\w*|cit(?:e|es|ed|ing)|say|says|said)\b|"
                       r"(?:назвал|заявил|сказал|отметил|добавил|пообещал|считает|говорит)\w*", re.I)
EMBEDDED_RE = re.compile(r"[^\W_][’']?[ \t\u00a0]*$")
# "Bush said “local forces” must ...", "Cruz said “CNN” five times", "he declared: “No.”": a short
# quotation right after a speech verb (no "that", no determiner) is what was said, not a scare quote
SAID_BEFORE_RE = re.compile(r"(?<![\w’'-])(?=[abcdeimprstvwy])(?:say|says|said|saying|declared|declaring|replied|replying|answered|"
                            r"tweeted|wrote|added|insisted|shouted|chanted|chanting|yelled|exclaimed|"
                            r"condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|admitt(?:ed|ing)|(?:promis|vow|pledg)(?:ed|es|ing)[ \t]+to|"
                            r"(?:chants?|shouts?|cries|cry|calls)[ \t]+of|(?:signs?|message|banner)[ \t]+(?:that[ \t]+)?read(?:ing|s)?)"
                            r"[ \t]*[:,]?[ \t]*$")
# link roundups: '“Headline,” by Outlet’s Writer: “Excerpt …”' -- the headline is a title, the
# excerpt the linked article's text; neither is anybody's spoken words
# '“Q,” Trump said' / '“Q!” said Trump': words that end inside the marks with a comma, "!" or "?", then a speaker
# and a speech verb (or the verb and a name): a quotation, whatever its case
END_MARKS = (",", "!", "?", ",\n", "!\n", "?\n")  # (what r"[,!?]$" finds: at the end or before a final line break)
PLURAL_POSSESSIVE_RE = re.compile(r"[A-Za-z][’'][ \t]*$")
# the most words any pattern that classify searches the words before a quotation with spans (SAID_BEFORE_RE's "signs that
# read :"): each ends at their end ("$")
TAIL_WORDS = 4
# (any verb of the cue lexicon: "''It's embarrassing,'' Mr. Rubel remarked.", "“Q,” countered Lee Epstein")
# (and a description or a name with an appositive: '“Never Again,” the senator said', '“Like Oakland. Or Ferguson,” Trump,
# a longtime adviser, said', '“No,” de Blasio said', '“Like Oakland. Or Ferguson,” Trump later said')
SPEAKER_AFTER_RE = re.compile(r"(?:''|[”\"’'])?[ \t\u00a0]+(?:(?:(?:(?:de|van|von|al|el|bin|da|di|du|del|le|la)[ \t]+)?"
                              r"(?:[A-Z][\w.’'-]*[ \t]+){1,4}|(?:he|she|they|I|we)[ \t]+|"
                              r"(?:the|a|an|his|her|their|its|one|another)[ \t]+(?:[\w’'.-]+[ \t]+){0,5}?|"
                              r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.’'-]*,[ \t]+[^,;:“”\"\n]{2,80}?,[ \t]+)"
                              r"(?:(?:[a-z]+ly|later|also|has|had)[ \t]+)?(?:" + CUE_ALT + "|" + WEAK_ALT + r")(?![\w’'-])|(?:" + CUE_ALT + "|"
                              + WEAK_ALT + r")[ \t]+[A-Z])")
CREDIT_AFTER_RE = re.compile(r"[ \t]*[,.]?[”\"']{0,2}[,.]?[ \t]+by[ \t]+(?:the[ \t]+)?[A-Z]")
CREDIT_BEFORE_RE = re.compile(r"[”\"'][ \t]*,?[ \t]+by[ \t]+[^\n:“”\"]{2,80}:[ \t]*$")
SHORT_LISTED_RE = re.compile(r"[^\W\d_][\w’'-]*(?:[ \t]+[\w’'-]+)?,")
# a sentence's end (not a title's full stop: '“It's nonsense,” Mr. Trump later said')
CUE_AFTER_STOP_RE = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)[.!?;:]\s|\n")
TRAIL_RE = re.compile(r"[\s.,;:]+$")
LABEL_RE = re.compile(r"[A-Z][\w’'-]*(?:[ \t][\w’'-]+)?:")
WORDISH_RE = re.compile(r"[^\W\d_][\w’'.-]*")


def is_title_case(body: str) -> bool:
    """Two words or more, each capitalised but for small words after the first (read only up to the
    first word that is not)."""
    n = 0
    for n, m in enumerate(WORDISH_RE.finditer(body), start=1):
        w = m.group()
        if w.lower() in SMALL_WORDS and n > 1:
            continue
        if not w[0].isupper():
            return False
    return n >= 2


STOP_INSIDE_RE = re.compile(r"[.!?,;:]\s")
# a work's name before the role of someone in it ('the “Avatar” star', '“Orange is the New Black” star Dascha Polanco',
# '“Bachelor” host Chris Harrison'): a title, not words somebody said
ROLE_AFTER_RE = re.compile(r"(?:''|[”\"’'])?[ \t]+(?:co-?)?(?:star|actor|actress|host|creator|showrunner|alum|"
                           r"cast[ \t]+member|contestant)s?(?![\w’'-])")


def in_title_case_headline(text: str, open_at: int, end: int) -> bool:
    """Is the quotation in a first line whose own words (outside it) are capitalised, most of them ("Issa: Hillary
    Clinton’s ‘Honesty Is In Question.’", "Trump Is Now Calling Obama The ‘Most Valuable Player’ For ISIS")? Then its
    capitals are the headline's style and tell nothing of a title."""
    if "\n" in text[:open_at]:
        return False
    line_end = text.find("\n", end)
    words = [w for w in WORDISH_RE.findall(text[:open_at] + " " + text[end:len(text) if line_end < 0 else line_end])
             if w.lower() not in SMALL_WORDS]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def classify(text: str, start: int, end: int, open_at: int) -> str:
    body = text[start:end]
    n = count_words(body)
    before = text[max(0, open_at - 30):open_at]
    # every pattern read on `before` ends at its end and spans its last four words at most: a search from there finds
    # what a search of all of it finds (one tried at each of its ~30 positions cost ~5,000 instructions a quotation)
    tail = last_words_start(before, 0, len(before), TAIL_WORDS)
    titled = is_title_case(body.rstrip(".,;:!?")) and not in_title_case_headline(text, open_at, end)
    naming = NAMING_RE.search(before, tail)
    if naming:
        return "title" if titled and not naming.group().lower().startswith("so") else "scare"
    if _credited(text, end) and (titled or body.endswith(",")) or _credit_before(text, open_at):
        return "title"  # ('“Headline,” by Times’ Ben Sisario'; not '“If there had not been that intervention” by the United
        # States, ..., Clinton said': a passive's agent after words somebody said)
    if SAID_BEFORE_RE.search(before, tail) or body.endswith(END_MARKS) and SPEAKER_AFTER_RE.match(text, end) \
            and not VENUE_BEFORE_RE.search(before, tail) and not PLURAL_POSSESSIVE_RE.search(before, tail):  # "Fox News’ “Show,”"
        return "direct"  # '“Like Oakland. Or Ferguson,” Trump said', '"GROWING PARTY," he declared'
    if LABEL_RE.fullmatch(body):
        return "title"  # '"Related:"', '"Update:"': a label, nobody's words
    if (n <= 2 and SHORT_LISTED_RE.fullmatch(body) or titled and n <= 14 and ": " in body) \
            and not before.rstrip().endswith(":") and not _cue_after(text, end):
        # '“ambassador,” “attack,” “Benghazi,”', '“Billions,”', '“13 Hours: The Secret Soldiers of Benghazi,”':
        # listed words and titles with a subtitle, unless a speech verb follows ('“No,” he said')
        return "title" if titled or ": " in body else "scare"
    if titled and n <= 8 and not STOP_INSIDE_RE.search(body) and VENUE_BEFORE_RE.search(before, tail):
        return "title"
    if n <= 8 and WORK_BEFORE_RE.search(before, tail) and (titled or n == 1 and body[:1].isupper()) \
            and not re.search(r"[.!?,;:]\s", body):
        return "title"  # 'the hit Broadway play, “Eclipsed.”', 'her new album “Lemonade”': a work's name
    if ROLE_AFTER_RE.match(text, end) and n <= 8 and not STOP_INSIDE_RE.search(body) and not END_PUNCT_RE.search(body) \
            and not _cue_after(text, end):
        return "title"  # (not '“We were robbed” host Ann Roe told the crowd': her words)
    if n <= 4 and not END_PUNCT_RE.search(body):
        return "title" if titled else "scare"
    if titled and n <= 4 and not re.search(r"[!?]$", body):
        return "title"
    if (n <= 3 and EMBEDDED_RE.search(before, tail) and not re.search(r"[!?]$", body)
            and not _speech_near(text, open_at)):
        # a few words inside a running sentence ("the network's “Today,” reminded", "about ''optics.''"):
        # a scare quote or a name, unless a reporting verb's complement upgrades it later
        return "title" if titled else "scare"
    return "direct"


def _credit_before(text: str, open_at: int) -> bool:
    """CREDIT_BEFORE_RE in the 100 characters before the quotation ('“Headline,” by Outlet’s Writer: “...”'): searched only
    where a colon ends them (then blanks, and a line break at most), as every match's ":[ \t]*$" does."""
    before = text[max(0, open_at - 100):open_at]
    if not before.removesuffix("\n").rstrip(" \t").endswith(":"):
        return False
    return CREDIT_BEFORE_RE.search(text, max(0, open_at - 100), open_at) is not None


def _cue_after(text: str, end: int) -> bool:
    """A speech verb in the few words after the quotation, before the sentence ends, or a reply's tag ('“Never
    again,” came the angry response from union leaders')."""
    window = text[end:end + 45]
    if REPLY_FROM_RE.match(window.lstrip("”\"',"), 0):
        return True
    stop = CUE_AFTER_STOP_RE.search(window, 2)
    return ANY_CUE_RE.search(window[:stop.start()] if stop else window) is not None


def _credited(text: str, end: int) -> bool:
    """The closing mark (and a comma) is followed by a byline credit: '“Headline,” by Times’ Ben Sisario'."""
    close = end
    while close < len(text) and text[close] in "”\"'":
        close += 1
    return close > end and CREDIT_AFTER_RE.match(text, end) is not None


def _speech_near(text: str, open_at: int) -> bool:
    """A speech verb, 'call'/'describe … as' or a slogan/chant word earlier in the clause."""
    window = text[max(0, open_at - 80):open_at]
    window = re.split(r"[.;:!?]\s|\n", window)[-1]
    return bool(ANY_CUE_RE.search(window) or SAYING_RE.search(window))


def trimmed_end(text: str, start: int, end: int) -> int:
    """End offset of a scare quote or title with trailing full stops and commas removed."""
    m = TRAIL_RE.search(text, start, end)
    return m.start() if m and m.start() > start else end
