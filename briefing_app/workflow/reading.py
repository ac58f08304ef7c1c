"""What an import worker runs: read one file (or a paste) and analyse it, with every offset
mapped back to the stored text. Kept apart from importing.py (which stores) so the workers and
their server import the readers and the analysis, not the project store.
"""
from __future__ import annotations

import os

from briefing_app.analysis.metadata import guess_title
from briefing_app.core.model import Analysis, SourceDoc
from briefing_app.ingest import Pasted, read_file
from briefing_app.ingest.htmlmeta import without_label
from briefing_app.ingest.textmap import analysis_view, to_stored

# what a worker needs for every text: this module, the pipeline and the English rule set (a
# worker loads another rule set the first time a text needs it), loaded by preload.py; the
# long-lived worker server (forkserver) loads every rule set (preload_all.py), once for all the
# workers it forks (an import that has to start it waits ~40 ms more for the Russian and Korean
# rules, but its workers do not each load them for their first such text)
WORKER_PRELOAD = ("briefing_app.workflow.preload",)
SERVER_PRELOAD = ("briefing_app.workflow.preload_all",)


def analyse_doc(doc: SourceDoc) -> Analysis:
    """Analyse what the reader shows (boilerplate hidden, PDF lines joined) with every
    offset mapped back to the stored text. A source that declares no title gets one from its
    text (headline-like first line, else first sentence), marked as guessed."""
    from briefing_app.analysis import analyse  # the rules load here, in the process that analyses

    view = analysis_view(doc)
    analysis = to_stored(analyse(view.text, doc.metadata), view, doc.text)
    if not doc.metadata.title:  # the file declares none: made from the text, marked as a guess
        found = analysis.metadata.title or guess_title(doc.text, doc.boilerplate + analysis.boilerplate)
        found = found and (without_label(found) or found)  # "Opinion | Headline" as a text's first line: the headline
        analysis.metadata.title, analysis.metadata.title_guessed = found, bool(found)
    return analysis


def read_and_analyse(item: str | os.PathLike[str] | Pasted) -> tuple[SourceDoc, Analysis]:
    """Read a file or a paste and analyse it."""
    doc = item.read() if isinstance(item, Pasted) else read_file(item)
    return doc, analyse_doc(doc)


WORKER_NICE = 10


def read_in_worker(item: Pasted | str) -> tuple[SourceDoc, Analysis]:
    """read_and_analyse in a pool worker, which first lowers its own priority: on a machine
    with as many workers as cores the process that stores the results — the GUI's event loop
    above all — must still get a core the moment it needs one."""
    import multiprocessing

    global WORKER_NICE
    if WORKER_NICE and multiprocessing.parent_process() is not None and hasattr(os, "nice"):
        try:
            os.nice(WORKER_NICE)
        except OSError:
            pass
        WORKER_NICE = 0  # once per worker process
    return read_and_analyse(item)
