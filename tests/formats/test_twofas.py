"""2FAS backups: schemas 1–4 plain and encrypted, mapping policies, decryption failures."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for
from part_a_builders import twofas_encrypted

from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword
from authenticator.formats.twofas import FORMAT

VECTORS = vectors_for("2fas-json")
ENCRYPTED = next(v for v in VECTORS if v.password and "schema4" in v.id)
PLAIN_V4 = next(v for v in VECTORS if "schema4_plain" in v.id)


def test_all_seven_vectors_are_found() -> None:
    assert len(VECTORS) == 7


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_every_vector_imports_to_its_expected_entries(vector) -> None:
    data = vector.data()
    assert FORMAT.sniff(data)
    assert FORMAT.is_encrypted(data) is bool(vector.password)
    result = FORMAT.read(data, vector.password)
    assert result.encrypted is bool(vector.password)
    assert_imports_as(result, vector.expected())


def _services() -> list[dict[str, Any]]:
    return json.loads(PLAIN_V4.data())["services"]


def _plain(services: list[dict[str, Any]], **extra: Any) -> bytes:
    return json.dumps({"services": services, "schemaVersion": 4, **extra}).encode()


def test_groups_and_fallback_names() -> None:
    services = _services()
    services[0]["groupId"] = "g1"
    del services[1]["otp"]["account"]
    services[1]["otp"]["label"] = "Issuu:james@example.com"
    del services[2]["otp"]["issuer"]
    result = FORMAT.read(_plain(services, groups=[{"id": "g1", "name": "Work"}]))
    first, second, third, *_ = result.entries
    assert first.account.groups == ("Work",)
    assert second.account.name == "james@example.com"
    assert third.account.issuer == "Air Canada"  # the service name stands in for a missing issuer


def test_bad_services_become_entry_errors() -> None:
    services = _services()
    services[0]["otp"]["tokenType"] = "MOTP"
    services[1]["secret"] = ""
    services[2]["otp"]["digits"] = "lots"
    services[3] = "not an object"
    result = FORMAT.read(_plain(services))
    assert len(result.entries) == 1
    reasons = [e.reason for e in result.errors]
    assert "'MOTP' is not supported" in reasons[0]
    assert "no secret" in reasons[1]
    assert "'lots' is not a whole number" in reasons[2]
    assert "not an object" in reasons[3]


def test_an_unknown_schema_is_refused() -> None:
    with pytest.raises(FormatError, match="schema version 5"):
        FORMAT.read(_plain(_services()).replace(b'"schemaVersion": 4', b'"schemaVersion": 5'))


def test_encrypted_without_password_asks_for_one() -> None:
    with pytest.raises(PasswordRequired):
        FORMAT.read(ENCRYPTED.data())


def test_wrong_password_is_reported_clearly() -> None:
    with pytest.raises(WrongPassword, match="The password is wrong"):
        FORMAT.read(ENCRYPTED.data(), "nope")


def test_one_flipped_ciphertext_byte_is_refused() -> None:
    doc = json.loads(ENCRYPTED.data())
    content, salt, iv = doc["servicesEncrypted"].split(":")
    raw = bytearray(base64.b64decode(content))
    raw[5] ^= 0x01
    doc["servicesEncrypted"] = ":".join([base64.b64encode(bytes(raw)).decode(), salt, iv])
    with pytest.raises(FormatError, match="altered"):
        FORMAT.read(json.dumps(doc).encode(), "test")


@pytest.mark.parametrize("blob", ["only-one-part", "a:b", "!!!:AAAA:AAAA", "AAAA:AAAA:AAAA", 42])
def test_a_damaged_encrypted_part_is_refused(blob: Any) -> None:
    with pytest.raises(FormatError):
        FORMAT.read(json.dumps({"services": [], "schemaVersion": 4, "servicesEncrypted": blob}).encode(), "test")


@pytest.mark.parametrize("cut", [1, 100, -20])
def test_a_truncated_backup_is_refused(cut: int) -> None:
    with pytest.raises(FormatError):
        FORMAT.read(ENCRYPTED.data()[:cut], "test")


def test_empty_and_foreign_files_are_refused() -> None:
    for data in (b"", b"{}", b"[1, 2]", b'{"header": {}, "db": {}}', b"otpauth://totp/a?secret=AAAA"):
        assert not FORMAT.sniff(data)
        with pytest.raises(FormatError):
            FORMAT.read(data)


def test_the_key_derivation_is_bounded_and_cheap(monkeypatch) -> None:
    """2FAS fixes 10,000 rounds in the app, not the file: the derivation is always that one call."""
    calls: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counting(name: str, password: bytes, salt: bytes, rounds: int, length: int) -> bytes:
        calls.append(rounds)
        return real(name, password, salt, rounds, length)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    data = twofas_encrypted(_services(), "pw")
    calls.clear()
    assert len(FORMAT.read(data, "pw").entries) == 5
    assert calls == [10_000]
