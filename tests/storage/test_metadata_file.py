"""The metadata file on disk: damaged files are refused and left alone, permissions, and no secret ever in it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from authenticator.core.account import Account, OtpType
from authenticator.core.errors import MetadataError
from authenticator.storage.metadata import FORMAT, VERSION, MetadataStore
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault

SECRET = "JBSWY3DPEHPK3PXP"


def valid_document(count: int = 3) -> bytes:
    accounts = [Account(f"Issuer {i}", f"user{i}", position=i, id=f"{i:032x}").to_dict() for i in range(count)]
    return json.dumps({"format": FORMAT, "version": VERSION, "accounts": accounts}, indent=2).encode() + b"\n"


def document(**overrides: object) -> bytes:
    doc = json.loads(valid_document())
    doc.update(overrides)
    return json.dumps(doc).encode()


DAMAGED = {
    "not json": b"{not json",
    "truncated": valid_document()[: len(valid_document()) // 2],
    "empty file": b"",
    "only whitespace": b"  \n",
    "not utf-8": b'{"format": "\xff\xfe"}',
    "a list": b"[]",
    "json null": b"null",
    "other format": document(format="something-else"),
    "no format": json.dumps({"version": 1, "accounts": []}).encode(),
    "accounts not a list": document(accounts={"a": 1}),
    "version zero": document(version=0),
    "version as text": document(version="1"),
    "no version": json.dumps({"format": FORMAT, "accounts": []}).encode(),
    "account not an object": document(accounts=["x"]),
    "account without id": document(accounts=[{"issuer": "x"}]),
    "account with bad digits": document(accounts=[{"id": "a", "digits": 99}]),
    "duplicate ids": document(accounts=[{"id": "a"}, {"id": "a"}]),
}


@pytest.mark.parametrize("raw", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_files_raise_a_clear_error_and_are_not_changed(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "accounts.json"
    path.write_bytes(raw)
    secrets = MemorySecretStore()
    vault = Vault(MetadataStore(path), secrets)

    with pytest.raises(MetadataError) as info:
        vault.accounts()
    assert str(path) in info.value.message
    assert "damaged" in info.value.message and "not changed" in info.value.message
    assert "backup" in info.value.hint and "keyring" in info.value.hint

    # Nothing that writes may "repair" it by starting over, and a failed add leaves no keyring item.
    with pytest.raises(MetadataError):
        vault.add(Account("New", "account"), SECRET)
    with pytest.raises(MetadataError):
        vault.metadata.transact(lambda current: current)
    assert secrets.items == {}
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["accounts.json"]


def test_newer_version_is_refused_with_an_update_hint(tmp_path: Path) -> None:
    path = tmp_path / "accounts.json"
    raw = document(version=VERSION + 1)
    path.write_bytes(raw)
    vault = Vault(MetadataStore(path), MemorySecretStore())
    with pytest.raises(MetadataError) as info:
        vault.accounts()
    assert "newer version" in info.value.message
    assert "Update Authenticator" in info.value.hint and "not changed" in info.value.hint
    with pytest.raises(MetadataError, match="newer version"):
        vault.add(Account("New", "account"), SECRET)
    assert path.read_bytes() == raw


def test_valid_file_with_unknown_fields_loads(tmp_path: Path) -> None:
    """A newer *minor* writer may add keys; we read what we know and keep the accounts."""
    doc = json.loads(valid_document())
    doc["written_by"] = "authenticator 1.4"
    doc["accounts"][0]["future_field"] = [1, 2]
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(doc))
    assert [a.issuer for a in MetadataStore(path).load().accounts] == ["Issuer 0", "Issuer 1", "Issuer 2"]


def test_accounts_are_ordered_by_position_and_renumbered_on_write(tmp_path: Path) -> None:
    doc = json.loads(valid_document(3))
    for record, position in zip(doc["accounts"], (7, 2, 5), strict=True):
        record["position"] = position
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(doc))
    store = MetadataStore(path)
    assert [a.issuer for a in store.load().accounts] == ["Issuer 1", "Issuer 2", "Issuer 0"]
    store.transact(lambda current: current)
    assert [(a.issuer, a.position) for a in store.load().accounts] == [
        ("Issuer 1", 0),
        ("Issuer 2", 1),
        ("Issuer 0", 2),
    ]


def test_written_file_is_versioned_json(tmp_path: Path) -> None:
    store = MetadataStore(tmp_path / "accounts.json")
    account = Account("Ünïcode issuer", "名前", note="line1\nline2")
    store.transact(lambda current: [*current, account])
    doc = json.loads((tmp_path / "accounts.json").read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    assert doc["accounts"] == [account.to_dict()]
    assert "Ünïcode issuer" in (tmp_path / "accounts.json").read_text(encoding="utf-8")


def test_a_change_that_raises_writes_nothing(tmp_path: Path) -> None:
    store = MetadataStore(tmp_path / "accounts.json")
    store.transact(lambda current: [Account("A", "b")])
    before = store.path.read_bytes()

    def broken(current: list[Account]) -> list[Account]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        store.transact(broken)
    assert store.path.read_bytes() == before


# --- permissions ---------------------------------------------------------------------------------------------


def test_folder_is_0700_and_file_is_0600(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    vault = Vault.open(folder, secrets=MemorySecretStore())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    vault.add(Account("A", "b"), SECRET)
    assert stat.S_IMODE(vault.metadata.path.stat().st_mode) == 0o600
    vault.update(vault.accounts()[0].with_changes(note="rewritten"))
    assert stat.S_IMODE(vault.metadata.path.stat().st_mode) == 0o600


def test_open_creates_a_missing_private_folder(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "data"
    Vault.open(folder, secrets=MemorySecretStore())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_open_honours_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTHENTICATOR_DATA_DIR", str(tmp_path / "from-env"))
    vault = Vault.open(secrets=MemorySecretStore())
    assert vault.metadata.path == tmp_path / "from-env" / "accounts.json"


# --- no secret on disk ---------------------------------------------------------------------------------------


def test_no_file_in_the_data_folder_ever_contains_a_secret(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    secrets = MemorySecretStore()
    vault = Vault.open(folder, secrets=secrets)
    typed = {
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ": "gezd gnbv gy3t qojq gezd gnbv gy3t qojq",
        "JBSWY3DPEHPK3PXP": "JBSW-Y3DP-EHPK-3PXP",
        "N3OVNIBRERIO5OHGVCMDGS4V4RJ3AUZOUN34J6FRM4P6JIFCG3ZA": "n3ovnibrerio5ohgvcmdgs4v4rj3auzoun34j6frm4p6jifcg3za",
    }
    added = []
    for index, text in enumerate(typed.values()):
        added.append(vault.add(Account(f"Issuer {index}", "me", type=OtpType.HOTP), text))
    vault.update(added[0].with_changes(note="edited", groups=("Work",)))
    vault.advance_counter(added[1].id)
    vault.move(added[2].id, 0)
    vault.remove(added[1].id)
    assert set(secrets.items.values()) == set(typed) - {"JBSWY3DPEHPK3PXP"}

    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "accounts.json" for p in files)
    for path in files:
        content = path.read_bytes()
        for canonical, as_typed in typed.items():
            for form in {canonical, canonical.lower(), as_typed, as_typed.upper()}:
                assert form.encode() not in content, f"{path.name} contains a secret"
            # A partial leak (the first half) would be just as bad.
            assert canonical[: len(canonical) // 2].encode() not in content.upper()
