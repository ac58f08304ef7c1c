"""PyInstaller entry point of the frozen GUI (`briefing-app`)."""
import multiprocessing
import sys

if __name__ == "__main__":
    # spawned workers (ingest isolation, .docx rendering) re-run this executable: let them
    # run their task and exit here instead of starting a second GUI
    multiprocessing.freeze_support()
    from briefing_app.ui.app import main

    sys.exit(main())
