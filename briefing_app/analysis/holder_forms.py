"""A holder the text describes but does not name is shown as the text writes it, with its article ("the senator",
"some economists", `options.attribute.described`); the same description is one holder across sources whatever its
article ("the senator", "a senator"): `holder_key` is what the options matrix groups holders by."""
from __future__ import annotations

# the words a described holder may open with, before its noun ("the senator", "some economists", "leading critics")
DESCRIBING_WORDS = frozenset("the some many several a an other most few leading prominent".split())


def holder_key(name: str) -> str:
    """The holder a name or description stands for, to group by: lower case, without an opening describing word
    ("The senator", "the senator", "a senator" -> "senator"; "some critics", "Critics" -> "critics")."""
    words = name.split()
    if len(words) > 1 and words[0].lower() in DESCRIBING_WORDS:
        del words[0]
    return " ".join(words).lower()
