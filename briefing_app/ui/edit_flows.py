"""Edits a person starts from the reader or a panel: ask with a form, run one core command.

Each function returns True (or the new row's id) when something changed: one undo step, run
through the session, which reports a refused edit itself. The reader and the panels share
these, so a quote's speaker is changed the same way from both.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from briefing_app.core import actions
from briefing_app.core.commands import Command, Macro
from briefing_app.core.errors import InvalidEdit
from briefing_app.core.model import ACTOR_KINDS, GENRES, QUOTE_KINDS, STANCES, Metadata
from briefing_app.core.project import Project
from briefing_app.core.records import ActorRecord, MemoRecord, OptionRecord, QuoteRecord, SourceRecord
from briefing_app.ui.edit_dialogs import Field, FormDialog, NewActor
from briefing_app.ui.session import ProjectSession


def _actor_choices(session: ProjectSession) -> tuple:
    return tuple(session.project.actor_names())


def _run(session: ProjectSession, build: Callable[[Project], Command]) -> bool:
    return session.run_built(build) is not None


def speaker_command(project: Project, quote: QuoteRecord, value: int | NewActor | None) -> Command:
    """The quote's speaker becomes `value`: a known actor, a new one, or nobody."""
    if isinstance(value, NewActor):
        return actions.set_quote_speaker_new(project, quote.id, value.name, value.kind)
    return actions.set_quote_speaker(quote.id, value)


def suggested_speaker(session: ProjectSession, quote: QuoteRecord) -> int | None:
    """The quote's speaker, or for one with none the one actor whose name or alias is the words
    that name the speaker ("KCNA" -> Korean Central News Agency): one Enter links it."""
    if quote.speaker_id is not None or quote.mention is None:
        return quote.speaker_id
    found = {actor_id for actor_id, *_ in session.project.actor_forms([" ".join(quote.mention.text.split())])}
    return found.pop() if len(found) == 1 else None


def _speaker_field(session: ProjectSession, quote: QuoteRecord) -> Field:
    suggested = suggested_speaker(session, quote)
    tip = (f"Suggested: the actor named “{quote.mention.text}” in the text (OK links it)"
           if suggested is not None and quote.speaker_id is None and quote.mention else "")
    return Field("speaker", "&Speaker:", "speaker", suggested, _actor_choices(session), tip=tip)


def change_speaker(parent, session: ProjectSession, quote: QuoteRecord) -> bool:
    got = FormDialog.ask(parent, "Change speaker", [
        Field("text", "Quote:", "label", _short(quote.text, 200)),
        _speaker_field(session, quote),
    ])
    if got is None or _speaker(got) == quote.speaker_id:
        return False
    return _run(session, lambda project: speaker_command(project, quote, _speaker(got)))


def edit_quote(parent, session: ProjectSession, quote: QuoteRecord) -> bool:
    got = FormDialog.ask(parent, "Edit quote", [
        Field("text", "Quote:", "label", _short(quote.text, 400), tip="The words of the source cannot be changed"),
        Field("kind", "&Kind:", "choice", quote.kind, QUOTE_KINDS),
        _speaker_field(session, quote),
        Field("cue", "&Cue:", "line", quote.cue or "", tip="The verb that reports it: said, warned, wrote…"),
        Field("venue", "&Venue:", "line", quote.venue or "", tip="Where it was said: an interview, Tass, a hearing…"),
    ])
    if got is None:
        return False
    fields: dict[str, object] = {
        k: v for k, v in (("kind", got["kind"]), ("cue", got["cue"] or None), ("venue", got["venue"] or None))
        if v != getattr(quote, k)}
    speaker = _speaker(got)
    if not fields and speaker == quote.speaker_id:
        return False

    def build(project: Project) -> Command:
        steps: list[Command] = [actions.edit_quote(quote.id, None, **fields)] if fields else []
        if speaker != quote.speaker_id:
            steps.append(speaker_command(project, quote, speaker))
        return Macro("Edit quote", steps)

    return _run(session, build)


def quote_edit(parent, session: ProjectSession, quote: QuoteRecord, speaker_only: bool = False) -> bool:
    """The whole quote form, or only its speaker."""
    return (change_speaker if speaker_only else edit_quote)(parent, session, quote)


def edit_actor(parent, session: ProjectSession, actor: ActorRecord) -> bool:
    got = FormDialog.ask(parent, "Edit actor", [
        Field("name", "&Name:", "line", actor.name),
        Field("kind", "&Kind:", "choice", actor.kind, ACTOR_KINDS),
        Field("title", "&Title:", "line", actor.title or "", tip="Their office or job: Deputy Foreign Minister…"),
        Field("affiliation", "&Affiliation:", "line", actor.affiliation or ""),
        Field("aliases", "A&liases:", "text", "\n".join(actor.aliases), tip="Other names, one a line"),
    ])
    if got is None:
        return False
    fields = {k: got[k] or None for k in ("name", "kind", "title", "affiliation") if (got[k] or None) != getattr(actor, k)}
    aliases = [a for a in str(got["aliases"]).splitlines() if a.strip()]
    return _run(session, lambda project: actions.edit_actor(project, actor.id, aliases=aliases, **fields))


def edit_option(parent, session: ProjectSession, option: OptionRecord, holders: dict[int, str]) -> bool:
    fields = [
        Field("summary", "&Summary:", "line", option.summary),
        Field("description", "&Description:", "text", option.description),
        Field("pros", "&Pros:", "text", option.pros),
        Field("cons", "&Cons:", "text", option.cons),
        Field("risks", "&Risks:", "text", option.risks),
    ]
    fields += [Field(f"stance{s.id}", f"{holders.get(s.id, 'Stance')}:", "choice", s.stance, STANCES)
               for s in option.stances]
    got = FormDialog.ask(parent, "Edit option", fields)
    if got is None:
        return False
    changed = {k: got[k] for k in ("summary", "description", "pros", "cons", "risks") if got[k] != getattr(option, k)}
    stances = {s.id: str(got[f"stance{s.id}"]) for s in option.stances if got[f"stance{s.id}"] != s.stance}
    return _run(session, lambda project: actions.edit_option(project, option.id, stances, **changed))


def edit_source(parent, session: ProjectSession, source: SourceRecord) -> bool:
    m = source.metadata
    got = FormDialog.ask(parent, "Edit source details", [
        Field("title", "&Title:", "line", m.title or "",
              tip="Guessed from the text at import: correct it, or OK to keep it" if m.title_guessed else ""),
        Field("author", "&Author:", "line", m.author or ""),
        Field("outlet", "&Outlet:", "line", m.outlet or ""),
        Field("published", "&Date:", "line", m.published or "", tip="Published, as YYYY-MM-DD"),
        Field("url", "&URL:", "line", m.url or ""),
        Field("genre", "&Genre:", "choice", m.genre or "", ("",) + GENRES),
    ])
    if got is None:
        return False
    typed = {k: str(got[k]) or None for k in ("title", "author", "outlet", "published", "url", "genre")}
    new = Metadata(title=typed["title"], author=typed["author"], outlet=typed["outlet"],
                   published=typed["published"], url=typed["url"], genre=typed["genre"])
    if new == m:
        return False

    def build(_project: Project) -> Command:
        if new.published and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", new.published):
            raise InvalidEdit(f"the date {new.published!r} is not YYYY-MM-DD")
        return actions.set_metadata(source.id, new)

    return _run(session, build)


def add_actor(parent, session: ProjectSession, source: SourceRecord, start: int, end: int) -> int | None:
    """The selection names an actor: a new one, or one more mention of a known one."""
    got = FormDialog.ask(parent, "Add actor", [
        Field("name", "&Name:", "line", " ".join(source.text[start:end].split())),
        Field("kind", "&Kind:", "choice", "person", ACTOR_KINDS),
    ])
    if got is None:
        return None
    known = session.project.find_actor(" ".join(str(got["name"]).split()))
    if known is not None:
        return known if session.run(actions.add_mention(known, source.id, start, end)) is not None else None
    command = actions.add_actor(source.id, str(got["name"]), start, end, str(got["kind"]))
    return command.result if session.run(command) is not None else None


def add_option(parent, session: ProjectSession, source: SourceRecord, start: int, end: int) -> int | None:
    got = FormDialog.ask(parent, "Add option", [
        Field("evidence", "Evidence:", "label", _short(source.text[start:end], 300)),
        Field("summary", "&Summary:", "line", _short(" ".join(source.text[start:end].split()), 120)),
        Field("stance", "S&tance:", "choice", "support", STANCES, tip="The stance this source takes on it"),
    ])
    if got is None:
        return None
    command = actions.add_option(source.id, source.text, str(got["summary"]), start, end, str(got["stance"]))
    return command.result if session.run(command) is not None else None


def add_quote(parent, session: ProjectSession, source: SourceRecord, start: int, end: int) -> int | None:
    command = actions.add_quote(source.id, source.text, start, end)
    return command.result if session.run(command) is not None else None



def _speaker(got: dict[str, object]) -> int | NewActor | None:
    """The speaker form field's value: an actor's id, a new actor, or nobody."""
    value = got["speaker"]
    return value if isinstance(value, (int, NewActor)) else None


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


MEMO_DETAILS = (("title", "&Title:", "The memo's name in the memo list"), ("to", "T&O:", "Whom the memo is for"),
                ("from_", "&FROM:", "Who sends it (also the \"Prepared by\" line)"),
                ("through", "T&HROUGH:", "Whom it passes through on the way (leave empty if no one)"),
                ("date", "&DATE:", "As it should print, e.g. 5 December 2026"),
                ("subject", "&SUBJECT:", "The subject line"))


def edit_memo_details(parent, session: ProjectSession, memo: MemoRecord) -> bool:
    """The memo's header (TO, FROM, THROUGH, DATE, SUBJECT) and title: one undo step."""
    got = FormDialog.ask(parent, "Memo details", [
        Field(key, label, "text" if key == "subject" else "line", getattr(memo, key), tip=tip)
        for key, label, tip in MEMO_DETAILS])
    if got is None:
        return False
    changed = {key: " ".join(str(got[key]).split()) for key, *_ in MEMO_DETAILS}
    changed = {k: v for k, v in changed.items() if v != getattr(memo, k)}
    return bool(changed) and _run(session, lambda _p: actions.set_memo_fields(memo.id, **changed))
