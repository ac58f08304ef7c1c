"""A scripted GUI session for the kill test: the real main window on a project, random user
actions through its widgets, each committed one reported on stdout.

    QT_QPA_PLATFORM=offscreen python tests/reliability/gui_session.py PROJECT ARTICLES_DIR SEED [ACTIONS]

Prints "READY <digest>" once the project is open (a reopen after a kill must show no error),
then for every action "BEGIN <n> <what>" before it and, when it committed (the undo stack
moved), "DONE <n> <what> <digest>" after it — digest being `project_digest` of the project's
rows at that moment. Every transaction of the project prints "PRECOMMIT <digest>" just before
its COMMIT and "COMMIT <digest>" after it. Killed at any point, the file must hold the state of
the last COMMIT line — or, when a PRECOMMIT came after it, the state that PRECOMMIT names.
An error the window would show in a dialog is printed as "ERROR <message>" and ends the
run with exit code 3.
"""
from __future__ import annotations

import hashlib
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# the full-text indexes, and the counter of option edits (store/option_index.py), which an undo
# moves on rather than back, as it does a row's version
SKIP_TABLES = ("sqlite_", "sources_fts", "sources_trigram", "option_edits")


# What an undo does not wind back by design: a row's version only grows, and the undo is its last change.
BOOKKEEPING = ("version", "changed_by", "changed_at")


def project_digest(project) -> str:
    """A hash of every row of every table (the full-text indexes, the option edit counter and the
    bookkeeping columns aside), in rowid order."""
    h = hashlib.sha256()
    names = [r[0] for r in project.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
             if not r[0].startswith(SKIP_TABLES)]
    for name in names:
        h.update(name.encode())
        for row in project.query(f'SELECT * FROM "{name}" ORDER BY rowid'):
            h.update(repr(tuple(v for k, v in dict(row).items() if k not in BOOKKEEPING)).encode())
    return h.hexdigest()[:16]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def report_commits(project) -> None:
    """Wrap the project's outermost transactions to print PRECOMMIT / COMMIT lines."""
    from contextlib import contextmanager

    plain = project.transaction

    @contextmanager
    def transaction():
        outer = project._depth == 0
        with plain():
            yield
            if outer:
                digest = project_digest(project)
                say(f"PRECOMMIT {digest}")
        if outer:
            say(f"COMMIT {digest}")

    project.transaction = transaction


class Session:
    def __init__(self, window, articles: list[Path], rng: random.Random):
        self.w = window
        self.articles = articles
        self.rng = rng

    # -- helpers ---------------------------------------------------------------------

    def pump(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()

    def quote_rows(self) -> int:
        q = self.w.quotes
        if not q.all_sources.isChecked():
            q.all_sources.setChecked(True)
        return q.model.rowCount()

    def pick_quote(self) -> bool:
        rows = self.quote_rows()
        if not rows:
            return False
        self.w.quotes.table.selectRow(self.rng.randrange(rows))
        return True

    def pick_memo_item(self, kind: str | None = None) -> bool:
        from briefing_app.ui.memo_panel import ITEM

        memo = self.w.memo
        if memo.memo is None:
            return False
        items = [i for s in memo.memo.sections for i in s.items if kind is None or i.kind == kind]
        if not items:
            return False
        memo._select(ITEM, self.rng.choice(items).id)
        return True

    # -- actions (each returns a description, or None when it could not be tried) ---------

    def import_file(self) -> str | None:
        from PySide6.QtCore import QEventLoop

        if len(self.w.session.project.list_sources()) >= 6:
            return None
        path = self.rng.choice(self.articles)
        loop = QEventLoop()
        got = []
        self.w.importer.finished.connect(lambda s: (got.append(s), loop.quit()))
        self.w.importer.import_files([str(path)], progress_dialog=False)
        if not got:
            loop.exec()
        self.w.importer.finished.disconnect()
        self.w.importer.finished.connect(self.w.on_import_finished)
        return f"import {path.name}"

    def accept_quote(self) -> str | None:
        if not self.pick_quote():
            return None
        self.w.quotes.accept_button.click()
        return "accept quote"

    def reject_quote(self) -> str | None:
        if not self.pick_quote():
            return None
        self.w.quotes.reject_button.click()
        return "reject quote"

    def draft_memo(self) -> str | None:
        if self.w.memo.memo_combo.count() >= 3 or not self.w.session.project.list_sources():
            return None
        self.w.memo.draft_button.click()
        while self.w.memo.drafting is not None:  # planned in a worker, then written here
            self.pump()
            time.sleep(0.005)
        return "draft memo"

    def choose_memo(self) -> None:
        combo = self.w.memo.memo_combo
        if combo.count() > 1:
            combo.setCurrentIndex(self.rng.randrange(combo.count()))

    def add_quote_item(self) -> str | None:
        self.choose_memo()
        if self.w.memo.memo is None or not self.pick_quote():
            return None
        self.pump()
        self.w.memo.add_button.click()
        return "add quote to memo"

    def drop_quote(self) -> str | None:
        """Drag a quote from the quotes table into a memo section (the model's drag data
        handed to the memo tree's drop handler: QTest cannot start a real drag)."""
        from PySide6.QtCore import Qt

        self.choose_memo()
        tree = self.w.memo.tree
        if self.w.memo.memo is None or not tree.topLevelItemCount() or not self.pick_quote():
            return None
        model = self.w.quotes.model
        rows = self.w.quotes.table.selectionModel().selectedRows()
        section = tree.topLevelItem(self.rng.randrange(tree.topLevelItemCount()))
        mime = model.mimeData([model.index(rows[0].row(), 0)])
        dropped = tree.dropMimeData(section, self.rng.randint(0, section.childCount()), mime,
                                    Qt.DropAction.CopyAction)
        return "drop quote into memo" if dropped else None

    def add_text(self) -> str | None:
        self.choose_memo()
        if self.w.memo.memo is None:
            return None
        self.pick_memo_item()
        return "add text" if self.w.memo.add_text(f"Own text **{self.rng.randrange(10**6)}**") else None

    def edit_text(self) -> str | None:
        if not self.pick_memo_item("text"):
            return None
        return "edit text" if self.w.memo.edit_text(f"Edited *{self.rng.randrange(10**6)}*\n- a point") else None

    def move_item(self) -> str | None:
        if not self.pick_memo_item():
            return None
        self.w.memo.move_selected(self.rng.choice((-1, 1)))
        return "move item"

    def remove_item(self) -> str | None:
        if not self.pick_memo_item():
            return None
        self.w.memo.remove_button.click()
        return "remove item"

    def merge_actors(self) -> str | None:
        actors = self.w.session.project.list_actors()
        if len(actors) < 3:
            return None
        a, b = self.rng.sample([x.id for x in actors], 2)
        self.w.actors.select(a, b)
        return "merge actors" if self.w.actors.merge_selected() else None

    def undo(self) -> str | None:
        self.w.menu_actions.undo.trigger()
        return "undo"

    def redo(self) -> str | None:
        self.w.menu_actions.redo.trigger()
        return "redo"

    ACTIONS = (("import_file", 2), ("accept_quote", 4), ("reject_quote", 3), ("draft_memo", 2),
               ("add_quote_item", 2), ("drop_quote", 3), ("add_text", 3), ("edit_text", 3), ("move_item", 2),
               ("remove_item", 1), ("merge_actors", 2), ("undo", 3), ("redo", 2))

    def run(self, count: int) -> None:
        names, weights = zip(*self.ACTIONS)
        stack = self.w.session.undo_stack
        for n in range(count):
            name = self.rng.choices(names, weights)[0]
            before = (stack.index(), stack.count())
            say(f"BEGIN {n} {name}")
            what = getattr(self, name)()
            self.pump()
            if what is not None and (stack.index(), stack.count()) != before:
                say(f"DONE {n} {what} {project_digest(self.w.session.project)}")


def main(argv: list[str]) -> int:
    project, articles, seed = argv[0], Path(argv[1]), int(argv[2])
    count = int(argv[3]) if len(argv) > 3 else 1000
    from PySide6.QtWidgets import QApplication

    from briefing_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(persist=False)

    def fail(exc: BaseException) -> None:
        say(f"ERROR {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        sys.stdout.flush()
        os._exit(3)

    from briefing_app.ui import dialogs

    dialogs.show_error = lambda parent, exc, title="": fail(exc)  # every error dialog of the window
    if not window.open_project(project):
        return 3
    window.show()
    app.processEvents()
    report_commits(window.session.project)
    say(f"READY {project_digest(window.session.project)}")
    Session(window, sorted(articles.glob("*.txt")), random.Random(seed)).run(count)
    say("END")
    window.close()
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)
