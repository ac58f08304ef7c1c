"""The PySide6 desktop application. Importing the package applies the PySide6 6.12 reference-count
workaround (see pyside_refcounts.py) for every entry point: the app, the tests, the benchmarks."""
from briefing_app.ui import pyside_refcounts  # noqa: F401
