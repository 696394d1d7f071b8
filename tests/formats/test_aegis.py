"""Aegis vaults: the shared vectors, database versions and groups, decryption failures, hostile scrypt."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for
from part_a_builders import aegis_encrypted

from authenticator.formats.aegis import FORMAT
from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword

VECTORS = vectors_for("aegis-vault-json")
PLAIN = next(v for v in VECTORS if v.id.endswith("aegis_plain.json"))
ENCRYPTED = next(v for v in VECTORS if v.password)


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_every_vector_imports_to_its_expected_entries(vector) -> None:
    data = vector.data()
    assert FORMAT.sniff(data)
    assert FORMAT.is_encrypted(data) is bool(vector.password)
    result = FORMAT.read(data, vector.password)
    assert result.encrypted is bool(vector.password)
    assert_imports_as(result, vector.expected())
    if any("groups" in e for e in vector.expected()):
        by_secret = {e.secret: sorted(e.account.groups) for e in result.entries}
        assert by_secret == {e["secret"]: sorted(e["groups"]) for e in vector.expected()}


def _plain_db() -> dict[str, Any]:
    return json.loads(PLAIN.data())["db"]


def _plain_vault(db: dict[str, Any]) -> bytes:
    return json.dumps({"version": 1, "header": {"slots": None, "params": None}, "db": db}).encode()


def test_database_version_3_groups_notes_and_favourites() -> None:
    db = _plain_db()
    db["version"] = 3
    db["groups"] = [{"uuid": "g-1", "name": "Work"}, {"uuid": "g-2", "name": "Home"}]
    db["entries"][0].update(groups=["g-1", "g-2", "unknown"], note="recovery codes in the safe", favorite=True)
    db["entries"][1]["groups"] = ["g-2"]
    first, second, *_ = FORMAT.read(_plain_vault(db)).entries
    assert first.account.groups == ("Work", "Home")
    assert first.account.note == "recovery codes in the safe" and first.account.favourite
    assert second.account.groups == ("Home",) and not second.account.favourite


def test_unsupported_types_become_entry_errors() -> None:
    db = _plain_db()
    db["entries"][0]["type"] = "motp"
    db["entries"][1]["type"] = "yandex"
    db["entries"][2]["info"]["algo"] = "MD5"
    db["entries"][3]["info"]["digits"] = 12
    db["entries"][4]["info"]["secret"] = "not base32!"
    result = FORMAT.read(_plain_vault(db))
    assert len(result.entries) == 2
    reasons = {e.index: e.reason for e in result.errors}
    assert "motp accounts are not supported" in reasons[0]
    assert "yandex accounts are not supported" in reasons[1]
    assert "'MD5' is not supported" in reasons[2]
    assert "12 digits is out of range" in reasons[3]
    assert "not valid base32" in reasons[4]
    assert result.errors[0].label == "Deno (Mason)"


def test_an_unknown_database_version_is_refused() -> None:
    db = _plain_db()
    db["version"] = 9
    with pytest.raises(FormatError, match="database version 9"):
        FORMAT.read(_plain_vault(db))


def test_encrypted_without_password_asks_for_one() -> None:
    with pytest.raises(PasswordRequired):
        FORMAT.read(ENCRYPTED.data())


def test_wrong_password_is_reported_clearly() -> None:
    with pytest.raises(WrongPassword, match="The password is wrong"):
        FORMAT.read(ENCRYPTED.data(), "not the password")


def _flip_hex(vault: dict[str, Any], path: tuple[str, ...]) -> bytes:
    node: Any = vault
    for key in path[:-1]:
        node = node[key] if not isinstance(node, list) else node[int(key)]
    value = node[path[-1]]
    node[path[-1]] = ("0" if value[0] != "0" else "1") + value[1:]
    return json.dumps(vault).encode()


def test_one_flipped_database_byte_is_a_damaged_vault() -> None:
    vault = json.loads(ENCRYPTED.data())
    vault["db"] = ("A" if vault["db"][0] != "A" else "B") + vault["db"][1:]
    with pytest.raises(FormatError, match="altered or truncated") as info:
        FORMAT.read(json.dumps(vault).encode(), "test")
    assert not isinstance(info.value, WrongPassword)  # the password was right: say so


def test_one_flipped_slot_byte_looks_like_a_wrong_password() -> None:
    vault = json.loads(ENCRYPTED.data())
    with pytest.raises(WrongPassword):
        FORMAT.read(_flip_hex(vault, ("header", "slots", "0", "key")), "test")


@pytest.mark.parametrize("cut", [10, 200, -30])
def test_a_truncated_vault_is_refused(cut: int) -> None:
    with pytest.raises(FormatError):
        FORMAT.read(ENCRYPTED.data()[:cut], "test")


def test_a_database_cut_short_is_refused() -> None:
    vault = json.loads(ENCRYPTED.data())
    vault["db"] = vault["db"][:-40]
    with pytest.raises(FormatError, match="altered or truncated"):
        FORMAT.read(json.dumps(vault).encode(), "test")


def test_empty_and_foreign_files_are_refused() -> None:
    for data in (b"", b"   ", b"[]", b'{"services": []}', b"\x00\x01garbage"):
        assert not FORMAT.sniff(data)
        with pytest.raises(FormatError):
            FORMAT.read(data)


def test_a_vault_only_a_fingerprint_opens_is_refused() -> None:
    vault = json.loads(ENCRYPTED.data())
    vault["header"]["slots"][0]["type"] = 2
    with pytest.raises(FormatError, match="no password slot"):
        FORMAT.read(json.dumps(vault).encode(), "test")


def test_a_cheap_vault_round_trips() -> None:
    data = aegis_encrypted(_plain_db(), "pw")
    assert_imports_as(FORMAT.read(data, "pw"), PLAIN.expected())


@pytest.mark.parametrize(
    ("n", "r", "p"),
    [(2**30, 8, 1), (2**21, 8, 1), (3 * 2**10, 8, 1), (2**14, 10**6, 1), (2**14, 8, 10**6), (0, 8, 1), ("16", 8, 1)],
)
def test_hostile_scrypt_parameters_fail_fast_without_deriving(monkeypatch, n: Any, r: Any, p: Any) -> None:
    def never(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("scrypt must not run for out-of-bounds parameters")

    data = aegis_encrypted(_plain_db(), "pw", n=n, r=r, p=p, derive=False)
    monkeypatch.setattr(hashlib, "scrypt", never)
    started = time.perf_counter()
    with pytest.raises(FormatError, match="scrypt"):
        FORMAT.read(data, "pw")
    assert time.perf_counter() - started < 0.5


def test_a_hostile_slot_beside_a_good_one_still_fails_before_deriving(monkeypatch) -> None:
    vault = json.loads(aegis_encrypted(_plain_db(), "pw"))
    hostile = dict(vault["header"]["slots"][0], n=2**40)
    vault["header"]["slots"].append(hostile)
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: pytest.fail("derived before checking every slot"))
    with pytest.raises(FormatError, match="scrypt N="):
        FORMAT.read(json.dumps(vault).encode(), "pw")
