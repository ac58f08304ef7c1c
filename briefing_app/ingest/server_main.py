"""Imported first by the import workers' server (isolate.py, start method "forkserver"): the
calling program's main script or module, run here once as `__mp_main__`, so that a worker forked
from the server finds it already there instead of running it again before its first file.

multiprocessing means to do this itself when "__main__" is among the server's preloaded modules,
but in Python 3.12 `forkserver.ensure_running` never passes the main script's path to the server
(it looks for a "main_path" key that `spawn.get_preparation_data` does not give), so every worker
ran the script anew: compiled from its source (runpy keeps no bytecode) and its imports run (the
app's entry script imports its window module; a benchmark its helpers), about 9 ms of CPU a worker.

The script travels in the server's preload list itself (preload_entry(), last in the list: the
server's loop tries to import it as a module name, which no module has, and goes on), so no
environment variable is set in a process that may have other threads. Only the server acts on it:
this module reads it from forkserver.main's own frame, and importing it anywhere else does
nothing. A script that fails here is run by each worker as before.
"""
from __future__ import annotations

import json
import os
import sys
from multiprocessing import process, spawn
from types import FrameType

MARK = "briefing_worker_main="  # then JSON: what spawn.prepare takes to run the main script or module
_KEYS = ("init_main_from_name", "init_main_from_path", "sys_argv")  # its name or path, and the arguments it sees


def preload_entry() -> tuple[str, ...]:
    """The preload list's entry naming the calling program's main (spawn's preparation data for a
    worker), none if it has none (python -c)."""
    data = spawn.get_preparation_data("server")
    if "init_main_from_name" not in data and "init_main_from_path" not in data:
        return ()
    return (MARK + json.dumps({key: data[key] for key in _KEYS if key in data}),)


def _forkserver_main() -> FrameType | None:
    """forkserver.main's frame, if that is what is importing this module (the server's preload loop)."""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "main" and code.co_filename.endswith(os.path.join("multiprocessing", "forkserver.py")):
            return frame
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _run_main(preload: object) -> None:
    entries = [e for e in preload if isinstance(e, str) and e.startswith(MARK)] if isinstance(preload, list) else []
    try:
        data = json.loads(entries[0][len(MARK):]) if entries else {}
    except ValueError:
        return
    if not isinstance(data, dict) or not data.keys() & {"init_main_from_name", "init_main_from_path"}:
        return
    process.current_process()._inheriting = True  # type: ignore[attr-defined]  # as multiprocessing does
    try:
        spawn.prepare({key: data[key] for key in _KEYS if key in data})
    except Exception:  # noqa: BLE001 - each worker runs it then, as before
        pass
    finally:
        del process.current_process()._inheriting  # type: ignore[attr-defined]


_server = _forkserver_main()
if _server is not None:
    _run_main(_server.f_locals.get("preload"))
del _server
