"""The import workers' server can be started ahead of the first import (the app does it after
its first paint), and the first import then uses that server instead of starting another."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefing_app.ingest.isolate import default_start_method

SCRIPT = textwrap.dedent("""
    from multiprocessing import forkserver
    from briefing_app.ingest import Pasted
    from briefing_app.workflow.importing import read_many, warm_up_workers

    server = forkserver._forkserver
    before = server._forkserver_pid
    warm_up_workers()
    started = server._forkserver_pid
    [(_, doc, analysis, error)] = list(read_many([Pasted("The minister said: \\u201cWe will act.\\u201d")]))
    print(before, started is not None, server._forkserver_pid == started, error, bool(doc and doc.text))
""")


@pytest.mark.skipif(default_start_method() != "forkserver", reason="workers start another way here")
def test_warm_up_starts_the_server_the_first_import_uses():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.split() == ["None", "True", "True", "None", "True"], out.stderr


PROBE = textwrap.dedent("""
    import sys
    from briefing_app.core.progress import Progress
    from briefing_app.ingest.isolate import run_ordered
    from briefing_app.workflow.importing import warm_up_workers
    from briefing_app.workflow.reading import SERVER_PRELOAD, WORKER_PRELOAD
    from tests.workflow.worker_probe import what_is_loaded

    method, ahead = sys.argv[1], sys.argv[2] == "ahead"
    if ahead:
        warm_up_workers()  # as the app does after its first paint
    preload = SERVER_PRELOAD if method == "forkserver" else WORKER_PRELOAD  # as importing.read_many passes it
    [(_, loaded, frozen, error)] = list(run_ordered(what_is_loaded, ["x"], workers=1, progress=Progress(),
                                                    preload=preload, start_method=method))
    print(error, " ".join(n.rsplit(".", 1)[-1] for n in loaded), frozen > 0)
""")


def _probe(method: str, ahead: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", PROBE, method, ahead], capture_output=True, text=True, timeout=120,
                         check=True)
    return out.stdout.split() or [out.stderr]


@pytest.mark.skipif(default_start_method() != "forkserver", reason="workers start another way here")
def test_the_server_loads_every_rule_set_and_workers_start_frozen():
    """The long-lived server, started ahead by the app or by the first import, loads the Russian
    and Korean rules once for every worker it forks; a one-off forking process (the CLI) only the
    English ones; either way a worker starts with what it inherited frozen out of the collector's reach."""
    assert _probe("forkserver", "ahead") == ["None", "en", "ru", "ko", "True"]
    assert _probe("forkserver", "now") == ["None", "en", "ru", "ko", "True"]
    assert _probe("fork", "now") == ["None", "en", "True"]


MAIN_SCRIPT = textwrap.dedent("""
    import os, sys
    with open(sys.argv[1], "a") as fh:  # who ran this script, and as what
        fh.write(f"{os.getpid()} {__name__}\\n")
    if __name__ == "__main__":
        from briefing_app.core.progress import Progress
        from briefing_app.ingest.isolate import run_ordered
        from briefing_app.workflow.reading import WORKER_PRELOAD
        from tests.workflow.worker_probe import what_is_loaded

        answers = list(run_ordered(what_is_loaded, ["a", "b", "c"], workers=2, progress=Progress(),
                                   preload=WORKER_PRELOAD, start_method="forkserver"))
        print(sum(error is None for *_, error in answers))
""")


@pytest.mark.skipif(default_start_method() != "forkserver", reason="workers start another way here")
def test_the_main_script_runs_once_in_the_server_not_in_each_worker(tmp_path):
    """The calling program's main script (the app's entry script, a benchmark) runs once in the
    workers' server, not again in every worker it forks (server_main.py)."""
    script, log = tmp_path / "main_script.py", tmp_path / "ran.txt"
    script.write_text(MAIN_SCRIPT, encoding="utf-8")
    root = str(Path(__file__).resolve().parents[2])
    out = subprocess.run([sys.executable, str(script), str(log)], capture_output=True, text=True, timeout=120,
                         check=True, cwd=root, env={**os.environ, "PYTHONPATH": root})
    assert out.stdout.split() == ["3"], out.stderr
    assert sorted(line.split()[1] for line in log.read_text().splitlines()) == ["__main__", "__mp_main__"]


def test_the_main_script_is_run_by_the_server_only(monkeypatch):
    """server_main acts only when the forkserver's own preload loop imports it: importing it
    anywhere else changes nothing; its entry in the preload list is no module the server could import."""
    import importlib

    from briefing_app.ingest import server_main

    argv = list(sys.argv)
    importlib.reload(server_main)
    assert sys.argv == argv
    monkeypatch.setattr(sys, "argv", ["/tmp/some script.py", "x"])
    monkeypatch.setitem(sys.modules["__main__"].__dict__, "__file__", "/tmp/some.dir/main script.py")
    monkeypatch.setattr(sys.modules["__main__"], "__spec__", None)
    [entry] = server_main.preload_entry()
    with pytest.raises(ImportError):
        __import__(entry)
