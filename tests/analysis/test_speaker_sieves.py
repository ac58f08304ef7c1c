"""Speaker sieves added for issue 15, one sentence each: the speaker mention found for a quote."""
from __future__ import annotations

import pytest

from briefing_app.analysis import analyse

CASES = [
    ("not a prepositional phrase", "As the LinkedIn chief executive, Jeff Weiner, put it in his memo to employees "
     "explaining the deal, ''Imagine a world where we're no longer looking up at tech titans.''", "Jeff Weiner"),
    ("not a verb and its object", "Smiling broadly, Mrs. Clinton drew cheers as she thanked her adopted home state "
     "and then boomed, ''Today, you proved once again, there's no place like home.''", "Mrs. Clinton"),
    ("tag sentence", "“Russia, if you’re listening, I hope you find the emails that are missing.” Trump said.", "Trump"),
    ("tag sentence before", "Sam Lau, the party's spokesman, said in a statement. “There are no paper ballots to recount.”",
     "Sam Lau, the party's spokesman"),
    ("statement", "Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked.”",
     "Trump"),
    ("coordinated", 'Trump called on her to resign from her post and said, "Her mind is shot, and everybody knows it!"',
     "Trump"),
    ("sentence-initial said", "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”",
     "Dorothy Poynter"),
    ("inverted after a clause", '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, '
     "said Steve Elmendorf, a Democratic strategist.", "Steve Elmendorf"),
    ("statement participle", "Mr. Trump issued a statement Tuesday saying, ''I do not feel that one's heritage "
     "makes them incapable of being impartial.''", "Mr. Trump"),
    ("one name and a colon", 'Jeb Bush and Hillary Clinton reject the term.\n\nClinton: "Our goal is not to deter or '
     'contain ISIS, but to defeat and destroy ISIS."', "Clinton"),
    ("participle after said", 'Mateen left as soon as prayers were finished, Nefzi said, adding, "He was not very '
     'religious at all, you know."', "Nefzi"),
    ("weak cue beside a quote", "“The New York Times is claiming today that they had a conversation with you,” Hannity started.",
     "Hannity"),
    ("noun, not a cue", "Trump told the Washington Post in a written statement, “I really don’t want Jeb’s endorsement.”",
     "Trump"),
]


@pytest.mark.parametrize(("case", "text", "mention"), CASES, ids=[c[0] for c in CASES])
def test_speaker_mention(case: str, text: str, mention: str) -> None:
    direct = [q for q in analyse(text).quotes if q.kind == "direct"]
    assert direct, case
    assert direct[0].mention is not None and direct[0].mention.text.startswith(mention), (case, direct[0].mention)
