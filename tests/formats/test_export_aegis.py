"""The Aegis exporter: our encrypted backup read by an independent implementation of Aegis's documented
format (``cryptography`` only, none of our code), the plain export, damaged files, and round trips through
the importer registry.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from export_support import kept_fields, need_format, sample_pairs, secret_key
from support import VECTORS

from authenticator.core.account import OtpType
from authenticator.formats import export_aegis as aegis
from authenticator.formats import registry
from authenticator.formats.base import FormatError, WrongPassword

PASSWORD = "correct horse battery staple ✓"
FAST = aegis.KdfParams(n=2**10, r=8, p=1, salt=bytes(range(32)))  # unit tests: the format, not the cost


def encrypted(password: str = PASSWORD, params: aegis.KdfParams = FAST) -> tuple[bytes, dict[str, Any]]:
    db = aegis.build_db(sample_pairs())
    return aegis.encrypted_file(db, aegis.derive_key(password, params), params), db


def independent_decrypt(data: bytes, password: str) -> dict[str, Any]:
    """Aegis docs/vault.md, step by step: scrypt the UTF-8 password with the slot's salt/N/r/p into 32 bytes,
    AES-256-GCM-open the slot's key (nonce, ciphertext‖tag), then open base64(db) with header.params."""
    vault = json.loads(data)
    assert vault["version"] == 1
    for slot in vault["header"]["slots"]:
        if slot["type"] != 1:
            continue
        kek = Scrypt(salt=bytes.fromhex(slot["salt"]), length=32, n=slot["n"], r=slot["r"], p=slot["p"]).derive(
            password.encode("utf-8")
        )
        params = slot["key_params"]
        try:
            master = AESGCM(kek).decrypt(
                bytes.fromhex(params["nonce"]), bytes.fromhex(slot["key"]) + bytes.fromhex(params["tag"]), None
            )
        except InvalidTag:
            continue
        header = vault["header"]["params"]
        ciphertext = base64.b64decode(vault["db"]) + bytes.fromhex(header["tag"])
        return json.loads(AESGCM(master).decrypt(bytes.fromhex(header["nonce"]), ciphertext, None))
    raise AssertionError("no password slot opened")


# --- the encrypted file, read independently ---------------------------------------------------------------


def test_default_parameters_meet_owasp_and_the_file_opens_independently() -> None:
    """The real thing, at full cost: N=2^17 (OWASP's scrypt minimum), r=8, p=1, a 256-bit salt."""
    data = aegis.encrypt(sample_pairs(), PASSWORD)
    slot = json.loads(data)["header"]["slots"][0]
    assert (slot["n"], slot["r"], slot["p"]) == (2**17, 8, 1)
    assert len(bytes.fromhex(slot["salt"])) == 32
    db = independent_decrypt(data, PASSWORD)
    assert [e["name"] for e in db["entries"]] == [a.name for a, _ in sample_pairs()]


def test_header_has_the_documented_shape() -> None:
    data, _ = encrypted()
    vault = json.loads(data)
    assert set(vault) == {"version", "header", "db"}
    (slot,) = vault["header"]["slots"]
    assert slot["type"] == 1
    assert len(bytes.fromhex(slot["key"])) == 32  # the wrapped 256-bit master key
    assert len(bytes.fromhex(slot["key_params"]["nonce"])) == 12
    assert len(bytes.fromhex(slot["key_params"]["tag"])) == 16
    assert slot["repaired"] is True and slot["is_backup"] is False
    assert len(slot["uuid"]) == 36 and slot["uuid"][14] == "4"
    assert len(bytes.fromhex(vault["header"]["params"]["nonce"])) == 12
    assert len(bytes.fromhex(vault["header"]["params"]["tag"])) == 16
    assert isinstance(vault["db"], str) and base64.b64decode(vault["db"], validate=True)


def test_db_holds_every_field_we_keep() -> None:
    data, meant = encrypted()
    db = independent_decrypt(data, PASSWORD)
    assert db == meant
    assert db["version"] == 3
    groups = {g["uuid"]: g["name"] for g in db["groups"]}
    assert sorted(groups.values()) == ["fun", "work"]  # one group per distinct name
    for entry, (account, secret) in zip(db["entries"], sample_pairs(), strict=True):
        info = entry["info"]
        assert entry["type"] == account.type.value
        assert (entry["issuer"], entry["name"], entry["note"]) == (account.issuer, account.name, account.note)
        assert entry["favorite"] is account.favourite
        assert [groups[g] for g in entry["groups"]] == list(account.groups)
        assert base64.b32decode(info["secret"] + "=" * (-len(info["secret"]) % 8)) == secret_key(secret)
        assert "=" not in info["secret"]
        assert (info["algo"], info["digits"]) == (account.algorithm, account.digits)
        if account.type is OtpType.HOTP:
            assert info["counter"] == account.counter and "period" not in info
        else:
            assert info["period"] == account.period and "counter" not in info


def test_every_export_has_a_fresh_salt_master_key_and_nonces() -> None:
    first = json.loads(aegis.encrypt(sample_pairs()[:1], PASSWORD))
    second = json.loads(aegis.encrypt(sample_pairs()[:1], PASSWORD))
    assert first["header"]["slots"][0]["salt"] != second["header"]["slots"][0]["salt"]
    assert first["header"]["params"]["nonce"] != second["header"]["params"]["nonce"]
    assert first["db"] != second["db"]


def test_our_reader_opens_the_real_aegis_vector() -> None:
    """The shared vector was written by Aegis itself (N=2^15): reading it with the same code that verifies
    our exports shows the two sides agree on the format."""
    data = (VECTORS / "aegis/importers/aegis_encrypted/aegis_encrypted.json").read_bytes()
    db = aegis.read_encrypted_db(data, password="test")
    assert db == independent_decrypt(data, "test")
    assert len(db["entries"]) == 7


# --- damaged files and wrong passwords ---------------------------------------------------------------------


def test_wrong_password_says_so() -> None:
    data, _ = encrypted()
    with pytest.raises(WrongPassword, match="password is wrong"):
        aegis.read_encrypted_db(data, password="wrong")


def test_one_flipped_byte_in_the_ciphertext_fails_the_integrity_check() -> None:
    data, _ = encrypted()
    vault = json.loads(data)
    raw = bytearray(base64.b64decode(vault["db"]))
    raw[len(raw) // 2] ^= 0x01
    vault["db"] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(FormatError, match="integrity") as caught:
        aegis.read_encrypted_db(json.dumps(vault).encode(), password=PASSWORD)
    assert not isinstance(caught.value, WrongPassword)


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.99])
def test_a_truncated_file_is_refused(cut: float) -> None:
    data, _ = encrypted()
    with pytest.raises(FormatError):
        aegis.read_encrypted_db(data[: int(len(data) * cut)], password=PASSWORD)


def test_verification_with_the_derived_key_skips_scrypt_and_still_checks_everything() -> None:
    params = FAST
    key = aegis.derive_key(PASSWORD, params)
    db = aegis.build_db(sample_pairs())
    data = aegis.encrypted_file(db, key, params)
    assert aegis.read_encrypted_db(data, derived_key=key) == db
    with pytest.raises(WrongPassword):
        aegis.read_encrypted_db(data, derived_key=bytes(32))


def test_hostile_scrypt_parameters_are_refused_before_deriving() -> None:
    data, _ = encrypted()
    vault = json.loads(data)
    vault["header"]["slots"][0]["n"] = 2**30
    with pytest.raises(FormatError, match="scrypt"):
        aegis.read_encrypted_db(json.dumps(vault).encode(), password=PASSWORD)


# --- plain ----------------------------------------------------------------------------------------------------


def test_plain_file_is_an_unencrypted_aegis_vault() -> None:
    db = aegis.build_db(sample_pairs())
    vault = json.loads(aegis.plain_file(db))
    assert vault["header"] == {"slots": None, "params": None}
    assert vault["db"] == db
    assert aegis.read_plain_db(aegis.plain_file(db)) == db


def test_plain_reader_refuses_an_encrypted_file() -> None:
    data, _ = encrypted()
    with pytest.raises(FormatError):
        aegis.read_plain_db(data)


# --- round trips through the importers ------------------------------------------------------------------------


def _assert_restored(entries: list[Any]) -> None:
    """Every field we keep, in order (positions), with secrets compared as bytes."""
    meant = sample_pairs()
    assert len(entries) == len(meant)
    for entry, (account, secret) in zip(entries, meant, strict=True):
        got = entry.account
        assert kept_fields(got) == kept_fields(account)
        assert secret_key(entry.secret) == secret_key(secret)
        assert (got.note or entry.note) == account.note
        assert tuple(got.groups) == account.groups
        assert got.favourite is account.favourite


def test_encrypted_backup_round_trip_restores_every_field() -> None:
    need_format("aegis")
    data = aegis.encrypt(sample_pairs(), PASSWORD)
    fmt = registry.detect(data)
    assert fmt.name == "aegis" and fmt.is_encrypted(data)
    result = registry.read(data, PASSWORD)
    assert result.encrypted and not result.errors
    _assert_restored(result.entries)


def test_plain_export_round_trip() -> None:
    need_format("aegis")
    result = registry.read(aegis.plain_file(aegis.build_db(sample_pairs())))
    assert not result.encrypted and not result.errors
    _assert_restored(result.entries)


def test_the_importer_refuses_a_wrong_password_on_our_backup() -> None:
    need_format("aegis")
    data, _ = encrypted()
    with pytest.raises(WrongPassword):
        registry.read(data, "not it")


def test_written_file_is_what_we_return(tmp_path: Path) -> None:
    from authenticator.formats.export_file import write_verified

    data, db = encrypted()
    key = aegis.derive_key(PASSWORD, FAST)
    out = tmp_path / "backup.json"
    write_verified(out, data, lambda written: None if aegis.read_encrypted_db(written, derived_key=key) == db else 1)
    assert out.read_bytes() == data
    assert independent_decrypt(out.read_bytes(), PASSWORD) == db
