"""Stratum (Authenticator Pro): plain, encrypted (Argon2id + AES-GCM) and legacy (PBKDF2 + AES-CBC) backups."""

from __future__ import annotations

import json

import pytest
from part_b_support import assert_imports, vector

from authenticator.formats import limits, registry, stratum
from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword
from authenticator.formats.stratum import FORMAT

VECTORS = ["stratum_plain", "stratum_encrypted", "stratum_encrypted_legacy"]


@pytest.fixture
def no_kdf(monkeypatch):
    def refuse(*args):
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(stratum, "derive_argon2", refuse)
    monkeypatch.setattr(stratum, "derive_pbkdf2", refuse)


def _plain(**changes):
    data, _, _ = vector("stratum_plain")
    obj = json.loads(data)
    obj["Authenticators"][0].update(changes)
    return obj


@pytest.mark.parametrize("folder", VECTORS)
def test_vector_imports_to_expected_entries(folder):
    data, expected, password = vector(folder)
    result = FORMAT.read(data, password)
    assert result.format_name == "stratum"
    assert result.encrypted is (password is not None)
    assert_imports(result, expected)


@pytest.mark.parametrize("folder", VECTORS)
def test_vector_is_detected_as_stratum(folder):
    data, _, password = vector(folder)
    fmt = registry.detect(data)
    assert fmt.name == "stratum"
    assert fmt.is_encrypted(data) is (password is not None)


@pytest.mark.parametrize("folder", VECTORS[1:])
def test_encrypted_needs_a_password(folder):
    data, _, _ = vector(folder)
    with pytest.raises(PasswordRequired):
        FORMAT.read(data)


@pytest.mark.parametrize("folder", VECTORS[1:])
def test_wrong_password(folder):
    data, _, _ = vector(folder)
    with pytest.raises(WrongPassword):
        FORMAT.read(data, "wrong")


@pytest.mark.parametrize("folder", VECTORS[1:])
@pytest.mark.parametrize("where", [-1, 40, 60])
def test_flipped_ciphertext_byte_is_a_format_error(folder, where):
    data, _, password = vector(folder)
    damaged = bytearray(data)
    damaged[where] ^= 0x01
    with pytest.raises(FormatError):
        FORMAT.read(bytes(damaged), password)


@pytest.mark.parametrize("folder", VECTORS)
def test_truncated_file_is_a_format_error(folder):
    data, _, password = vector(folder)
    for cut in (len(data) // 2, len(data) - 1, 20):
        with pytest.raises(FormatError):
            FORMAT.read(data[:cut], password)


@pytest.mark.parametrize("header", [stratum.HEADER, stratum.LEGACY_HEADER])
def test_header_alone_is_a_format_error_without_deriving(no_kdf, header):
    with pytest.raises(FormatError):
        FORMAT.read(header + b"\x00" * 10, "test")


def test_argon2_bounds_are_checked_before_deriving(no_kdf, monkeypatch):
    """The costs are fixed by the format, but they still pass through limits.check_argon2 first."""
    data, _, _ = vector("stratum_encrypted")
    monkeypatch.setattr(limits, "MAX_ARGON2_MEMORY_KIB", 1024)
    with pytest.raises(FormatError, match="memory"):
        FORMAT.read(data, "test")


def test_pbkdf2_bounds_are_checked_before_deriving(no_kdf, monkeypatch):
    data, _, _ = vector("stratum_encrypted_legacy")
    monkeypatch.setattr(limits, "MAX_PBKDF2_ITERATIONS", 1000)
    with pytest.raises(FormatError, match="PBKDF2"):
        FORMAT.read(data, "test")


@pytest.mark.parametrize(
    ("changes", "reason_part"),
    [
        ({"Type": 3}, "motp"),
        ({"Type": 5}, "yandex"),
        ({"Type": 9}, "unknown"),
        ({"Algorithm": 3}, "algorithm"),
        ({"Digits": 4}, "digits"),
        ({"Digits": 12}, "digits"),
        ({"Secret": "not base32!"}, "secret"),
        ({"Secret": None}, "secret"),
        ({"Period": 0}, "period"),
        ({"Type": "2"}, "type"),
    ],
)
def test_unrepresentable_account_is_an_entry_error(changes, reason_part):
    result = FORMAT.read(json.dumps(_plain(**changes)).encode())
    assert len(result.entries) == 6
    assert [(e.index, e.label) for e in result.errors] == [(0, "Deno:Mason")]
    assert reason_part in result.errors[0].reason.lower()
    assert "4SJHB4GSD43FZBAI7C2HLRJGPQ" not in repr(result.errors)


def test_steam_ignores_digits_period_and_algorithm():
    obj = _plain(Type=4, Digits=8, Period=60, Algorithm=2)
    account = FORMAT.read(json.dumps(obj).encode()).entries[0].account
    assert (account.type.value, account.digits, account.period, account.algorithm) == ("steam", 5, 30, "SHA1")


def test_categories_become_groups():
    obj = _plain()
    obj["Categories"] = [{"Id": "c1", "Name": "Work", "Ranking": 0}, {"Id": "c2", "Name": "Home"}, "junk"]
    obj["AuthenticatorCategories"] = [
        {"CategoryId": "c1", "AuthenticatorSecret": "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
        {"CategoryId": "c2", "AuthenticatorSecret": "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
        {"CategoryId": "c1", "AuthenticatorSecret": "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
        {"CategoryId": "missing", "AuthenticatorSecret": "5OM4WOOGPLQEF6UGN3CPEOOLWU"},
        None,
    ]
    entries = FORMAT.read(json.dumps(obj).encode()).entries
    assert entries[0].account.groups == ("Work", "Home")
    assert entries[1].account.groups == ()


@pytest.mark.parametrize(
    "data",
    [b"", b"\n", b"{}", b'{"Authenticators": {}}', b"[1, 2]", b"AUTHENTICATORPR", b'{"tokens": []}'],
    ids=["empty", "blank", "no-list", "dict", "array", "short-header", "freeotp"],
)
def test_not_a_stratum_backup_is_a_format_error(data):
    with pytest.raises(FormatError):
        FORMAT.read(data, "test")


def test_other_format_is_not_sniffed_and_fails_cleanly():
    data, _, _ = vector("freeotp_plus")
    assert not FORMAT.sniff(data)
    with pytest.raises(FormatError):
        FORMAT.read(data)
