"""andOTP backups: plain, encrypted (current and old scheme), label policy, hostile iteration counts."""

from __future__ import annotations

import hashlib
import json
import struct
import time
from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for, with_overrides
from part_a_builders import andotp_encrypted, andotp_encrypted_old

from authenticator.formats.andotp import FORMAT
from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword

VECTORS = vectors_for("andotp-json", "andotp-encrypted")
PLAIN = next(v for v in VECTORS if not v.password)
CURRENT = next(v for v in VECTORS if v.id.endswith("andotp_encrypted.bin"))
OLD = next(v for v in VECTORS if v.id.endswith("andotp_encrypted_old.bin"))


def our_policy(entry: dict[str, Any]) -> dict[str, Any] | None:
    """Old andOTP labels "Issuer - Issuer:account": Aegis keeps "Issuer:account" as the name; we also drop
    the repeated "Issuer:" prefix, so the account reads the same as when exported by a newer andOTP."""
    prefix = entry["issuer"] + ":"
    if "note" in entry and entry["name"].startswith(prefix):
        return {"name": entry["name"][len(prefix) :]}
    return None


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_every_vector_imports_to_its_expected_entries(vector) -> None:
    data = vector.data()
    assert FORMAT.sniff(data)
    assert FORMAT.is_encrypted(data) is bool(vector.password)
    result = FORMAT.read(data, vector.password)
    assert result.encrypted is bool(vector.password)
    assert_imports_as(result, with_overrides(vector.expected(), our_policy))


def test_the_override_applies_to_the_old_format_only() -> None:
    changed = [v.id for v in VECTORS for e in v.expected() if our_policy(e)]
    assert changed == [OLD.id] * 6


def _entries() -> list[dict[str, Any]]:
    return json.loads(PLAIN.data())


def test_tags_become_groups_and_bad_entries_errors() -> None:
    entries = _entries()
    entries[0]["tags"] = ["Work", "Work", 3]
    entries[1]["type"] = "MOTP"
    entries[2]["algorithm"] = "MD5"
    entries[3]["counter"] = -5
    result = FORMAT.read(json.dumps(entries).encode())
    assert result.entries[0].account.groups == ("Work",)
    reasons = [e.reason for e in result.errors]
    assert len(reasons) == 3
    assert "mOTP accounts are not supported" in reasons[0]
    assert "'MD5' is not supported" in reasons[1]
    assert "counter -5 is out of range" in reasons[2]


def test_cheap_files_of_both_schemes_round_trip() -> None:
    entries = _entries()
    for data in (andotp_encrypted(entries, "pw", iterations=10), andotp_encrypted_old(entries, "pw")):
        assert FORMAT.sniff(data) and FORMAT.is_encrypted(data)
        assert_imports_as(FORMAT.read(data, "pw"), PLAIN.expected())


@pytest.mark.parametrize("vector", [CURRENT, OLD], ids=["current", "old"])
def test_encrypted_needs_the_right_password(vector) -> None:
    with pytest.raises(PasswordRequired):
        FORMAT.read(vector.data())
    with pytest.raises(WrongPassword, match="The password is wrong"):
        FORMAT.read(vector.data(), "wrong")


@pytest.mark.parametrize("vector", [CURRENT, OLD], ids=["current", "old"])
def test_one_flipped_ciphertext_byte_is_refused(vector) -> None:
    data = bytearray(vector.data())
    data[-40] ^= 0x80
    with pytest.raises(FormatError):
        FORMAT.read(bytes(data), "test")


@pytest.mark.parametrize("length", [0, 10, 40, 100])
def test_a_truncated_backup_is_refused(length: int) -> None:
    with pytest.raises(FormatError):
        FORMAT.read(CURRENT.data()[:length], "test")


def test_empty_and_foreign_files_are_refused() -> None:
    for data in (b"", b"[]", b'[{"secret": "AAAA"}]', b'{"db": 1}', b"PK\x03\x04" + bytes(range(256)) * 2):
        assert not FORMAT.sniff(data)
        with pytest.raises(FormatError):
            FORMAT.read(data, "pw")


@pytest.mark.parametrize("iterations", [0xFFFFFFFF, 10_000_001, 0])
def test_hostile_iteration_counts_fail_fast_without_deriving(monkeypatch, iterations: int) -> None:
    data = andotp_encrypted(_entries(), "pw", iterations=max(iterations, 2_000_000))
    data = struct.pack(">I", iterations) + data[4:]
    monkeypatch.setattr(hashlib, "pbkdf2_hmac", lambda *a, **k: pytest.fail("PBKDF2 ran for a hostile count"))
    started = time.perf_counter()
    with pytest.raises(FormatError):
        FORMAT.read(data, "pw")
    assert time.perf_counter() - started < 0.5
