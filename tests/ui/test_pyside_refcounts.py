"""The PySide6 reference-count workaround (briefing_app/ui/pyside_refcounts.py) is still needed.

These run PySide6 in a child process *without* the workaround. When a PySide6 release stops
dropping references to None and True, test_pyside_still_drops_references fails: delete the
workaround then (see its docstring).
"""
import os
import subprocess
import sys

import pytest

CALLS = 200

PROBE = f"""
import os, sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
app = QCoreApplication([])
keep = [None, True] * 100_000  # references enough that the lost ones cannot reach zero here
class A(QObject):
    s = Signal(object)
a = A(); a.s.connect(lambda x: None)
stack = QUndoStack()
none0 = sys.getrefcount(None)
for _ in range({CALLS}):
    stack.undo()  # a void C++ method
none_lost = none0 - sys.getrefcount(None)
true0 = sys.getrefcount(True)
for _ in range({CALLS}):
    a.s.emit(1)
true_lost = true0 - sys.getrefcount(True)
print(none_lost, true_lost, flush=True)
os._exit(0)  # at exit the lost references would bring the counts to zero and abort
"""


def _lost() -> tuple[int, int]:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.returncode == 0, out.stderr[-500:]
    none_lost, true_lost = map(int, out.stdout.split())
    return none_lost, true_lost


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal: the workaround is a no-op")
def test_pyside_still_drops_references():
    import PySide6

    none_lost, true_lost = _lost()
    assert none_lost >= CALLS and true_lost >= CALLS, (
        f"PySide6 {PySide6.__version__} no longer drops references to None/True "
        f"(lost {none_lost} and {true_lost} over {CALLS} calls): delete briefing_app/ui/pyside_refcounts.py")


def test_workaround_runs_exactly_where_needed():
    from briefing_app.ui import pyside_refcounts

    needed = sys.implementation.name == "cpython" and sys.version_info < (3, 12)
    assert pyside_refcounts.make_singletons_immortal() is needed
    if needed:
        assert sys.getrefcount(None) > pyside_refcounts.SPARE
