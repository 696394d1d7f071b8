"""The start-up read paths of the Secret Service: direct (without choosing a keyring backend), few and many ids.

The direct path is only taken when ``keyring`` would choose the Secret Service anyway; the test that keyring
really does choose it in this environment keeps that prediction honest.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring_items import create_items, delete_items, open_collection

from authenticator.storage import secret_service as service_api
from authenticator.storage.secrets import KeyringSecretStore

BUS = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}


@pytest.mark.parametrize(
    ("environ", "allowed"),
    [
        (BUS, True),
        ({}, False),  # no session bus: no Secret Service to read
        ({**BUS, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}, False),  # the user chose
        ({**BUS, "XDG_CURRENT_DESKTOP": "KDE"}, False),  # keyring prefers KWallet's own interface on KDE
        ({**BUS, "XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, True),
    ],
)
def test_direct_read_only_where_keyring_would_choose_the_secret_service(
    environ: dict[str, str], allowed: bool, tmp_path: Path
) -> None:
    assert service_api.direct_read_allowed({**environ, "XDG_CONFIG_HOME": str(tmp_path)}) is allowed


def test_a_keyringrc_file_disables_the_direct_read(tmp_path: Path) -> None:
    config = tmp_path / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir()
    config.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n")
    assert not service_api.direct_read_allowed({**BUS, "XDG_CONFIG_HOME": str(tmp_path)})


@pytest.fixture
def items(secret_service: None) -> Iterator[tuple[str, dict[str, str]]]:
    """100 items under a service of this test's own, created as keyring creates them; deleted afterwards."""
    service = f"authenticator-test-{uuid.uuid4().hex[:8]}"
    secrets = {uuid.uuid4().hex: f"SECRET{i:03d}AAAAAAAAAA"[: 16 + i % 5] for i in range(100)}
    create_items(service, secrets)
    yield service, secrets
    delete_items(service)


def test_keyring_chooses_the_secret_service_here(secret_service: None) -> None:
    """The direct path's prediction: with our dependencies, keyring's own choice is the Secret Service."""
    assert service_api.direct_read_allowed()
    assert KeyringSecretStore().name == "Secret Service"


@pytest.mark.parametrize("count", [1, 10, service_api.SMALL_BATCH, service_api.SMALL_BATCH + 1, 100])
def test_few_and_many_ids_read_exactly_the_wanted_secrets(items: tuple[str, dict[str, str]], count: int) -> None:
    service, secrets = items
    wanted = list(secrets)[:count]
    missing = [uuid.uuid4().hex, uuid.uuid4().hex]
    for opener in (service_api.default_collection, open_collection):
        found = service_api.read(opener, service, [*wanted, *missing])
        assert found == {i: secrets[i] for i in wanted}


def test_the_store_reads_directly_before_a_backend_is_chosen(items: tuple[str, dict[str, str]]) -> None:
    service, secrets = items
    store = KeyringSecretStore(service=service)
    wanted = list(secrets)[:5]
    assert store.get_many(wanted) == {i: secrets[i] for i in wanted}
    assert store._backend is None  # no keyring backend was chosen for the read
    assert store.get(wanted[0]) == secrets[wanted[0]]  # ordinary calls choose it, and read the same items
    assert store.get_many(list(secrets)) == secrets  # now through keyring's backend collection
