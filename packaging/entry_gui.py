"""PyInstaller entry point of the frozen GUI (`briefing-app`); on Linux also of the command line.

The Linux build has one executable: `briefing` is a symlink to `briefing-app`, and started
under that name it runs the command line (briefing.spec, ONE_EXE).
"""
import multiprocessing
import os
import sys

if __name__ == "__main__":
    # spawned workers (ingest isolation, .docx rendering) re-run this executable: let them
    # run their task and exit here instead of starting a second GUI
    multiprocessing.freeze_support()
    if os.path.basename(sys.argv[0]) in ("briefing", "briefing.exe"):
        from briefing_app.cli.main import main
    else:
        from briefing_app.ui.app import main

    sys.exit(main())
