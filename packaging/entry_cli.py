"""PyInstaller entry point of the frozen command line (`briefing`)."""
import sys

from briefing_app.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
