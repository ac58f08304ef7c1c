"""PyInstaller entry point of the frozen command line (`briefing`)."""
import multiprocessing
import sys

if __name__ == "__main__":
    # spawned workers (ingest isolation, .docx rendering) re-run this executable: let them
    # run their task and exit here instead of parsing their arguments as a command line
    multiprocessing.freeze_support()
    from briefing_app.cli.main import main

    sys.exit(main())
