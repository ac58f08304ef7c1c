"""SIGKILL at random moments while commands run: the project stays intact and nothing that
was reported as done is lost."""
import os
import random
import signal
import subprocess
import sys
import time

from briefing_app.core.project import open_project

WRITER = r"""
import sys
from briefing_app.core import actions
from briefing_app.core.history import History
from briefing_app.core.model import Actor, Analysis, Metadata, Quote, SourceDoc, Span
from briefing_app.core.project import open_project

project = open_project(sys.argv[1])
h = History(project)
n = 0
while True:
    n += 1
    text = f"Article {n}. " + "Officials said \"we will act\" today. " * 40
    start = text.index("we will")
    analysis = Analysis(quotes=[Quote(start, start + 11, "we will act", speaker="Officials")],
                        actors=[Actor("Officials", "group", mentions=[Span(0, 7)])])
    h.push(actions.import_source(SourceDoc(text, Metadata(title=f"R{sys.argv[2]}-{n}")), analysis))
    print(f"done R{sys.argv[2]}-{n}", flush=True)
"""


def test_kill_at_random_points_never_corrupts(tmp_path):
    path = tmp_path / "kill.briefing"
    rng = random.Random(1234)
    reported: set[str] = set()
    env = dict(os.environ, PYTHONPATH=os.getcwd())
    kills = 15
    # the same run's baseline: how long a writer takes to its first "done" (0.3 s or less on a quiet machine); on a
    # loaded one the kill times stretch with it, so that kills still land while sources are being written
    started = time.monotonic()
    probe = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "probe"], stdout=subprocess.PIPE, text=True, env=env)
    assert probe.stdout is not None
    first = probe.stdout.readline()
    scale = max(1.0, (time.monotonic() - started) / 0.3)
    probe.send_signal(signal.SIGKILL)
    out, _ = probe.communicate()
    probed = {line.split()[1] for line in (first + out).splitlines() if line.startswith("done ")}
    reported |= probed  # must be stored too, but the kills below must report some of their own
    for run in range(kills):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(run)], stdout=subprocess.PIPE, text=True, env=env)
        time.sleep((0.25 + rng.random() * 0.4) * scale)
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        reported |= {line.split()[1] for line in out.splitlines() if line.startswith("done ")}
    with open_project(path) as project:
        assert project.query("PRAGMA integrity_check")[0][0] == "ok"
        titles = {s.metadata.title for s in project.list_sources()}
        assert reported <= titles, f"lost: {sorted(reported - titles)[:5]}"
        # every stored source is complete: its quote and clip came with it (one transaction)
        for s in project.list_sources():
            assert len(project.list_quotes(s.id)) == 1
    assert len(reported - probed) > 0
