"""PyInstaller entry point of the frozen GUI (`briefing-app`)."""
import sys

from briefing_app.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
