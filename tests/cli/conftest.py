"""CLI tests: each gets its own data folder (the stored time correction is read from it), and ``cli`` runs
the command line in-process on the memory vault, recording every data folder it opened in ``opened``."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import Result, run_cli

from authenticator.core.clock import FixedClock
from authenticator.storage.vault import Vault


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """$AUTHENTICATOR_DATA_DIR points at the test's folder: no test reads or writes the user's real one."""
    monkeypatch.setenv("AUTHENTICATOR_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def opened() -> list[str | None]:
    """The data_dir of every vault the CLI opened."""
    return []


@pytest.fixture
def cli(
    vault: Vault, clock: FixedClock, capsys: pytest.CaptureFixture[str], opened: list[str | None]
) -> Callable[..., Result]:
    def factory(data_dir: str | None) -> Vault:
        opened.append(data_dir)
        return vault

    def run(*argv: str, stdin: io.StringIO | None = None) -> Result:
        return run_cli(capsys, argv, vault_factory=factory, clock=clock, stdin=stdin if stdin is not None else "")

    return run
