"""Errors a user may see. Each carries a one-line message fit for a dialog or `error: …`."""
from __future__ import annotations

from collections.abc import Sequence


class BriefingError(Exception):
    """Base of every error the app reports to the user instead of a traceback."""


class InputError(BriefingError):
    """Input a person gave that cannot be taken: a source file that is missing, binary, corrupt,
    too large or of an unknown type; a value typed for an edit (see InvalidEdit).

    A caller passing what no person can type (an unknown field or kind) is a bug and raises
    ValueError instead: never shown as a message, it ends in the log with its trace."""


class ProjectError(BriefingError):
    """The project cannot do what was asked: open or write its file (not SQLite, newer schema,
    locked, read-only, disk full) or take an edit (the subclasses below)."""


class InvalidEdit(ProjectError, InputError):
    """An edit refused as given: an actor without a name, an option merged with itself, a date
    that is not one. Both a ProjectError (the project refused it) and an InputError (it is
    what the person typed), so a handler of either sees it."""


class NotFound(ProjectError):
    """A row asked for by id is not in the project (deleted meanwhile, or never there)."""


class StaleEditError(ProjectError):
    """An edit (or undo) based on a row a colleague has changed since: refused, nothing written."""


class TemplateError(BriefingError):
    """A memo template that is unknown, broken or tries to escape its sandbox."""


class ExportError(BriefingError):
    """An export that could not be written; nothing was left half-written."""


class VerificationError(ExportError):
    """A quote in a memo no longer matches its source verbatim; `mismatches` says which."""

    def __init__(self, message: str, mismatches: Sequence[object] = ()):
        super().__init__(message)
        self.mismatches = list(mismatches)


class Cancelled(BriefingError):
    """Long work stopped because the user asked for it."""
