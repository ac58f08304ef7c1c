"""Every position's holder is an actor of the document (issue 14, the seventeenth session's optbugs report): a bare
surname the actors stage does not list ("Macron said France should leave NATO's command", no "Emmanuel Macron" before)
holds a position; it becomes a person actor with its mentions, as the speakers are. A described holder ("the mayor",
"critics"), a capitalised plural of a common noun ("Campaigners") or a name not written in the text is left alone."""
from __future__ import annotations

import re

from briefing_app.core.model import Actor, Option, Span

SURNAME_RE = re.compile(r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?")


def add_holders(text: str, actors: list[Actor], options: list[Option]) -> None:
    """Append to `actors` a person actor for each position holder written as a name that no actor is called."""
    known = {n for a in actors for n in (a.name, *a.aliases)}
    for option in options:
        for position in option.positions:
            name = position.actor
            if name in known or SURNAME_RE.fullmatch(name) is None or name.endswith("s"):
                continue  # an actor already, a description, or a plural ("Campaigners", "Democrats")
            spans = [Span(m.start(), m.end()) for m in re.finditer(r"(?<![\w’'-])" + re.escape(name) + r"(?![\w-])", text)]
            if spans:
                actors.append(Actor(name, "person", mentions=spans))
                known.add(name)
