"""Start-up reads the first screenful of secrets before the rest, and shows what a preload already read."""

from __future__ import annotations

from authenticator.core.account import Account
from authenticator.storage.secrets import MemorySecretStore
from authenticator.ui import FIRST_SCREENFUL

SECRET = "JBSWY3DPEHPK3PXP"


class RecordingStore(MemorySecretStore):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[list[str]] = []

    def get_many(self, account_ids):  # type: ignore[no-untyped-def]
        ids = list(account_ids)
        self.batches.append(ids)
        return super().get_many(ids)


def _fill(vault, count: int) -> list[Account]:  # type: ignore[no-untyped-def]
    added = [vault.add(Account(f"Service {i:02d}", f"user{i}"), SECRET) for i in range(count)]
    vault.forget_secrets()
    return added


def test_first_screenful_is_read_first_then_the_rest(make_window, vault) -> None:  # type: ignore[no-untyped-def]
    store = RecordingStore()
    vault.secrets = store
    added = _fill(vault, FIRST_SCREENFUL + 8)
    make_window()
    assert store.batches == [[a.id for a in added[:FIRST_SCREENFUL]], [a.id for a in added[FIRST_SCREENFUL:]]]
    assert all(vault.cached_secret(a.id) == SECRET for a in added)


def test_secrets_a_preload_read_are_shown_without_waiting(make_window, vault) -> None:  # type: ignore[no-untyped-def]
    added = _fill(vault, 3)
    vault.load_secrets([added[0].id])  # what app.run_gui's preload thread does before the window exists
    window = make_window(wait=False)
    row = window.model.index(0, 0)
    assert "code" in str(row.data())  # painted with a code before any worker result arrived
