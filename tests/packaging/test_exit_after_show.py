"""AUTHENTICATOR_EXIT_AFTER_SHOW, the hook the bundle smoke test relies on, from the source tree in every run.

``python -m authenticator`` in a fresh interpreter, offscreen, with a temporary data folder: the real start path
runs to a painted window, prints one line and exits 0 by itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from authenticator.core.account import Account
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.paths import metadata_path
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault
from authenticator.ui import exit_after_show


def _start(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in {"AUTHENTICATOR_DATA_DIR", "PYTHON_KEYRING_BACKEND"}}
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        AUTHENTICATOR_EXIT_AFTER_SHOW="1",
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "authenticator", "--data-dir", str(tmp_path / "data")],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_reports_the_shown_window_and_exits_0(tmp_path: Path) -> None:
    result = _start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["authenticator: main window shown (0 accounts)"]
    assert (tmp_path / "data").is_dir()


def test_reports_the_keyring_banner_and_still_exits_0(tmp_path: Path) -> None:
    """No keyring at all: the window still opens (with its banner), and the line says what the banner says."""
    folder = tmp_path / "data"
    folder.mkdir()
    Vault(MetadataStore(metadata_path(folder)), MemorySecretStore()).add(Account("GitHub", "alice"), "JBSWY3DPEHPK3PXP")
    result = _start(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    prefix = "authenticator: main window shown (1 accounts) banner: "
    assert line.startswith(prefix) and "keyring" in line[len(prefix) :].lower(), line


@pytest.mark.parametrize(("value", "expected"), [(None, False), ("1", True), ("0", False), ("", False)])
def test_only_the_value_1_asks_for_it(monkeypatch: pytest.MonkeyPatch, value: str | None, expected: bool) -> None:
    if value is None:
        monkeypatch.delenv(exit_after_show.ENV, raising=False)
    else:
        monkeypatch.setenv(exit_after_show.ENV, value)
    assert exit_after_show.requested() is expected
