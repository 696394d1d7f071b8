"""Shared fixtures: a fixed clock, an in-memory vault, and gates for the real services.

``scripts/run-tests`` (and so CI) sets ``AUTHENTICATOR_REQUIRE_SERVICES=1``: then a missing Secret Service
or oathtool *fails* the tests that need them instead of skipping, so a green run always means the real
components were exercised. A bare ``pytest`` on a developer machine skips them with the reason.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from support import T0, VECTORS, need

from authenticator.core.clock import FixedClock
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def memory_secrets() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def vault(tmp_path: Path, memory_secrets: MemorySecretStore) -> Vault:
    """A vault in a temporary folder with an in-memory secret store (unit tests only)."""
    return Vault(MetadataStore(tmp_path / "accounts.json"), memory_secrets)


@pytest.fixture
def vectors() -> Path:
    need(VECTORS.is_dir(), f"shared vectors not found at {VECTORS}")
    return VECTORS


@pytest.fixture
def secret_service() -> None:
    """Require a real, unlocked Secret Service on the session bus (scripts/with-keyring provides one)."""
    need(
        os.environ.get("AUTHENTICATOR_SECRET_SERVICE") == "1" and bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")),
        "no Secret Service: run the tests through scripts/run-tests (or scripts/with-keyring)",
    )


@pytest.fixture
def oathtool() -> str:
    path = shutil.which("oathtool")
    need(path is not None, "oathtool is not installed (apt-get install oathtool)")
    assert path is not None
    return path
