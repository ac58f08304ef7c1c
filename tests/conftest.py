import os
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY"):  # Qt without a screen: offscreen (test.sh runs everything under Xvfb)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BRIEFING_SHARED", ROOT.parent / "shared"))
SAMPLES = SHARED / "samples" / "articles"  # the seed articles: test data, not shipped


@pytest.fixture
def sample_paths() -> list[Path]:
    paths = sorted(SAMPLES.glob("*.txt"))
    assert len(paths) == 2, "the bundled sample articles are missing"
    return paths


@pytest.fixture
def project(tmp_path):
    from briefing_app.core.project import open_project

    p = open_project(tmp_path / "test.briefing")
    yield p
    p.close()


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for this test session (tests/pg.py)."""
    from tests.pg import start_cluster, stop_cluster

    server = start_cluster()
    yield server
    stop_cluster(server)


@pytest.fixture
def pg_url(pg_cluster):
    """The address of a fresh, empty project on the test server; dropped afterwards."""
    from tests.pg import drop, new_project_url

    url = new_project_url(pg_cluster)
    yield url
    drop(url)
