"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Measured here (PySide6-Essentials 6.12.0, CPython 3.11.7): every call of a wrapped C++ method
that returns void (`QUndoStack.undo()`, `QAction.trigger()`, `QAbstractButton.click()`,
`QApplication.processEvents()`, …) drops one reference to None that it never took, and every
`SignalInstance.emit()` drops one to True. After a few thousand calls the count reaches zero
and the interpreter aborts: "Fatal Python error: none_dealloc" (or bool_dealloc) — in a long
session, or at exit after a big import. Python 3.12 made these objects immortal, which hides
the bug there; on 3.11 we do the same by giving them a reference count no session can use up.
"""
from __future__ import annotations

import sys
from _ctypes import _SimpleCData  # ctypes' own base: the ctypes package would add ~2 ms to the start

SPARE = 1 << 40  # about 10^12 stray decrefs


class _Refcount(_SimpleCData):  # ob_refcnt is a Py_ssize_t, as wide as a pointer
    _type_ = "q" if sys.maxsize > 2**32 else "i"


def make_singletons_immortal() -> bool:
    """Give None, True and False SPARE extra references (CPython < 3.12 only); True if done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        count = _Refcount.from_address(id(obj))  # ob_refcnt: the first field of every object
        if count.value < SPARE:
            count.value += SPARE
    return True


make_singletons_immortal()
