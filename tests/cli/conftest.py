"""CLI test isolation: the stored time correction is read from the data folder, so every test gets its own."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$AUTHENTICATOR_DATA_DIR points at the test's folder: no test reads or writes the user's real one."""
    monkeypatch.setenv("AUTHENTICATOR_DATA_DIR", str(tmp_path))
    return tmp_path
