"""Run in an import worker by test_warm_up.py (workers import it by name): what the worker has
loaded before its first file, and whether its start-up objects are out of the collector's reach."""
import gc
import sys


def what_is_loaded(_item: str) -> tuple[tuple[str, ...], int]:
    wanted = ("briefing_app.analysis.lang.en", "briefing_app.analysis.lang.ru", "briefing_app.analysis.lang.ko")
    return tuple(name for name in wanted if name in sys.modules), gc.get_freeze_count()
