"""Imported first by the import workers' server (isolate.py, start method "forkserver"): the
calling program's main script or module, run here once as `__mp_main__`, so that a worker forked
from the server finds it already there instead of running it again before its first file.

multiprocessing means to do this itself when "__main__" is among the server's preloaded modules,
but in Python 3.12 `forkserver.ensure_running` never passes the main script's path to the server
(it looks for a "main_path" key that `spawn.get_preparation_data` does not give), so every worker
ran the script anew: compiled from its source (runpy keeps no bytecode) and its imports run (the
app's entry script imports its window module; a benchmark its helpers), about 11 ms of CPU a worker.

start_server() names the script (and the arguments it sees) in MAIN_ENV only while it starts
the server; the server takes it out of its environment, so nothing it starts sees it. Only the
server acts on it (imported by multiprocessing's forkserver.main: importing this module anywhere
else does nothing). A script that fails here is run by each worker as before.
"""
from __future__ import annotations

import json
import os
import sys
from multiprocessing import process, spawn

MAIN_ENV = "BRIEFING_WORKER_SERVER_MAIN"  # JSON: what spawn.prepare takes to run the main script or module
_KEYS = ("init_main_from_name", "init_main_from_path", "sys_argv")  # its name or path, and the arguments it sees


def main_reference() -> str:
    """What a worker is told to run as its main (spawn's preparation data), as MAIN_ENV holds it; "" for none."""
    data = spawn.get_preparation_data("server")
    if "init_main_from_name" not in data and "init_main_from_path" not in data:
        return ""
    return json.dumps({key: data[key] for key in _KEYS if key in data})


def start_server() -> None:
    """Start the forkserver (set_forkserver_preload done) if it is not running, telling it the main script."""
    from multiprocessing import forkserver

    os.environ[MAIN_ENV] = main_reference()
    try:
        forkserver.ensure_running()
    finally:
        os.environ.pop(MAIN_ENV, None)


def _in_the_server() -> bool:
    """Is this module being imported by the forkserver's own preload loop?"""
    frame = sys._getframe(1)
    while frame is not None:
        code = frame.f_code
        if code.co_name == "main" and code.co_filename.endswith(os.path.join("multiprocessing", "forkserver.py")):
            return True
        frame = frame.f_back  # type: ignore[assignment]
    return False


def _run_main(reference: str) -> None:
    try:
        data = json.loads(reference) if reference else {}
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


if _in_the_server():
    _run_main(os.environ.pop(MAIN_ENV, ""))
