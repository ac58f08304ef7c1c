"""What the reported-speech rules take from a text: (rule, content, source mention) in emission order, for the
test_reported_* modules."""
from __future__ import annotations

from briefing_app.analysis import analyse, pipeline, reported


def trace(text: str) -> list[tuple[str, str, str | None]]:
    doc = pipeline.run(text, stages=(pipeline.quotes, pipeline.actors))
    ctx = reported.run(doc)
    return [(rule, q.text, q.mention.text if q.mention else None) for rule, q in zip(ctx.trace, ctx.out)]


def indirect_pairs(text: str) -> list[tuple[str, str | None]]:
    """(content without its final full stop, source mention) of each indirect quote, in order."""
    return [(q.text.rstrip("."), q.mention.text if q.mention else None) for q in analyse(text).quotes
            if q.kind == "indirect"]
