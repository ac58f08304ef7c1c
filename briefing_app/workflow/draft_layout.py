"""The layout drafting measures with: the memo's template, or, when a user's template loads but
cannot lay the memo out (a font it names is not bundled, a setting reportlab cannot use, margins
wider than the page), the built-in template of the same kind with the user's sections and page
budget. Drafting then still works, and its report tells the user to fix the template: the memo
keeps the user's template, so export reports the template's own error until it is fixed."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

from briefing_app.core.errors import Cancelled
from briefing_app.core.project import Project
from briefing_app.export.templates import TemplateSpec, builtin_template
from briefing_app.workflow import draft_fit as fit

T = TypeVar("T")


class Layout:
    def __init__(self, project: Project, memo: dict[str, Any], spec: TemplateSpec):
        self.project, self.memo, self.spec = project, memo, spec
        self.note = ""  # why drafting laid the memo out with a built-in template, for the draft's report

    def pages(self, sections: fit.Sections) -> int:
        return self._measure(lambda spec: fit.pages(self.project, self.memo, sections, spec))

    def text_lines(self, key: str, body: str) -> int:
        return self._measure(lambda spec: fit.text_lines(self.project, self.memo, key, body, spec))

    def _measure(self, measure: Callable[[TemplateSpec], T]) -> T:
        try:
            return measure(self.spec)
        except Cancelled:
            raise
        except Exception as exc:  # a user's template is user input: any failure to lay out is its own
            builtin = None if self.spec.builtin else builtin_template(self.spec.kind)
            if builtin is None:
                raise
            # (a copy of a built-in that keeps its name is named by its folder too: the note read "The template
            # “Information memo” cannot ...; fitted with the built-in “Information memo” layout instead")
            where = f" ({self.spec.folder})" if self.spec.name == builtin.name else ""
            self.note = (f"The template “{self.spec.name}”{where} cannot lay the memo out ({exc}); the draft was "
                         f"fitted with the built-in “{builtin.name}” layout instead. Fix the template before exporting.")
            self.spec = dataclasses.replace(builtin, sections=self.spec.sections, page_budget=self.spec.page_budget)
            return measure(self.spec)
