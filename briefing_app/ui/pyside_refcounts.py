"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a wrapped C++ method
that returns void (`QUndoStack.undo()`, `QAction.trigger()`, `QAbstractButton.click()`,
`QApplication.processEvents()`, …) drops one reference to None that it never took, and every
`SignalInstance.emit()` drops one to True. After a few thousand calls the count reaches zero
and the interpreter aborts: "Fatal Python error: none_dealloc" (or bool_dealloc) — in a long
session, or at exit after a big import. Python 3.12 made these objects immortal (PEP 683), so
the stray decrefs do nothing there; on 3.11 we do the same by giving them a reference count no
session can use up.

Upstream: no report of this bug was found (searched PySide/Qt bug threads, 2026-12); the
reproduction to file at https://bugreports.qt.io (project PYSIDE) is
`tests/ui/test_pyside_refcounts.py::test_pyside_still_drops_references`, which fails as soon as
the installed PySide6 stops dropping references — then delete this module and its import in
`briefing_app/ui/__init__.py`. Moving the app to Python 3.12+ makes it a no-op as well.
"""
from __future__ import annotations

import ctypes
import sys

SPARE = 1 << 40  # about 10^12 stray decrefs


def make_singletons_immortal() -> bool:
    """Give None, True and False SPARE extra references (CPython < 3.12 only); True if done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt: the first field of every object
        if count.value < SPARE:
            count.value += SPARE
    return True


make_singletons_immortal()
