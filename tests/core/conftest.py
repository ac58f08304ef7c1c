"""The core tests run against both backends: an SQLite file and a project on a throwaway
PostgreSQL server. A test marked `sqlite_only` is about the file itself (PRAGMAs, WAL, locks)."""
from __future__ import annotations

import pytest

BACKENDS = ["sqlite", "postgres"]


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: a core test about the SQLite file itself (one backend)")


def pytest_generate_tests(metafunc):
    if "project" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        metafunc.parametrize("backend", ["sqlite"] if only_sqlite else BACKENDS, indirect=True)


@pytest.fixture
def backend(request):
    return request.param


@pytest.fixture
def project(request, backend, tmp_path):
    from briefing_app.core.project import open_project

    if backend == "sqlite":
        p = open_project(tmp_path / "test.briefing")
        yield p
        p.close()
        return
    url = request.getfixturevalue("pg_url")
    p = open_project(url)
    yield p
    p.close()
