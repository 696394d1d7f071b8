"""Ente Auth: the plain export (shared vector) and the encrypted export (our own fixture, built with PyNaCl)."""

from __future__ import annotations

import base64
import json

import pytest
from part_b_support import ENTE_TEST_MEM, assert_imports, ente_encrypted, vector

from authenticator.formats import ente, registry
from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword
from authenticator.formats.ente import FORMAT

PASSWORD = "correct horse"


@pytest.fixture(scope="module")
def plain() -> bytes:
    return vector("ente_auth")[0]


@pytest.fixture(scope="module")
def encrypted(plain) -> bytes:
    return ente_encrypted(plain, PASSWORD)


@pytest.fixture
def no_kdf(monkeypatch):
    def refuse(*args):
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(ente, "derive_key", refuse)


def test_plain_vector_imports_to_expected_entries(plain):
    _, expected, _ = vector("ente_auth")
    result = FORMAT.read(plain)
    assert result.format_name == "ente" and not result.encrypted
    assert_imports(result, expected)


def test_plain_vector_is_detected_as_ente(plain):
    # index.json files this vector under "otpauth-uri-list": it is one, but its codeDisplay= parameter makes
    # it Ente's, and the ente importer reads codeDisplay's tags and notes, so "ente" sniffs first.
    assert registry.detect(plain).name == "ente"
    assert not FORMAT.is_encrypted(plain)


def test_encrypted_export_imports_the_same_entries(encrypted):
    _, expected, _ = vector("ente_auth")
    result = FORMAT.read(encrypted, PASSWORD)
    assert result.encrypted
    assert_imports(result, expected)


def test_encrypted_export_is_detected_as_ente(encrypted):
    fmt = registry.detect(encrypted)
    assert fmt.name == "ente" and fmt.is_encrypted(encrypted)


def test_encrypted_export_with_interactive_costs(plain):
    """libsodium's interactive Argon2id costs (64 MiB, 2 passes): the kind of values a real file names."""
    data = ente_encrypted(plain, PASSWORD, ops=2, mem=64 * 1024 * 1024)
    assert len(FORMAT.read(data, PASSWORD).entries) == 7


def test_encrypted_needs_a_password(encrypted):
    with pytest.raises(PasswordRequired):
        FORMAT.read(encrypted)


def test_wrong_password(encrypted):
    with pytest.raises(WrongPassword):
        FORMAT.read(encrypted, "wrong")


def _edit(data: bytes, **changes) -> bytes:
    obj = json.loads(data)
    for key, value in changes.items():
        if key in ("memLimit", "opsLimit", "salt"):
            obj["kdfParams"][key] = value
        else:
            obj[key] = value
    return json.dumps(obj).encode()


def test_flipped_ciphertext_byte_is_a_format_error(encrypted):
    obj = json.loads(encrypted)
    raw = bytearray(base64.b64decode(obj["encryptedData"]))
    for where in (0, len(raw) // 2, -1):
        damaged = raw.copy()
        damaged[where] ^= 0x01
        with pytest.raises(FormatError):
            FORMAT.read(_edit(encrypted, encryptedData=base64.b64encode(bytes(damaged)).decode()), PASSWORD)


def test_truncated_ciphertext_is_a_format_error(encrypted):
    obj = json.loads(encrypted)
    raw = base64.b64decode(obj["encryptedData"])
    for cut in (len(raw) - 1, 17, 3, 0):
        with pytest.raises(FormatError):
            FORMAT.read(_edit(encrypted, encryptedData=base64.b64encode(raw[:cut]).decode()), PASSWORD)


def test_truncated_file_is_a_format_error(encrypted):
    for cut in (len(encrypted) // 2, len(encrypted) - 1, 1):
        with pytest.raises(FormatError):
            FORMAT.read(encrypted[:cut], PASSWORD)


def test_message_not_marked_final_is_refused(plain):
    from nacl import bindings as sodium

    salt = b"s" * 16
    key = sodium.crypto_pwhash_alg(32, PASSWORD.encode(), salt, 1, ENTE_TEST_MEM, sodium.crypto_pwhash_ALG_ARGON2ID13)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    first = sodium.crypto_secretstream_xchacha20poly1305_push(state, plain, None, 0)
    data = ente_encrypted(
        plain,
        PASSWORD,
        encryptedData=base64.b64encode(first).decode(),
        encryptionNonce=base64.b64encode(header).decode(),
        kdfParams={"memLimit": ENTE_TEST_MEM, "opsLimit": 1, "salt": base64.b64encode(salt).decode()},
    )
    with pytest.raises(FormatError, match="cut short"):
        FORMAT.read(data, PASSWORD)


@pytest.mark.parametrize(
    "changes",
    [
        {"memLimit": 4 * 1024**3},  # 4 GiB
        {"memLimit": 10**30},
        {"memLimit": 1024},
        {"memLimit": -1},
        {"memLimit": "1073741824"},
        {"opsLimit": 10**6},
        {"opsLimit": 0},
        {"opsLimit": 2.5},
        {"opsLimit": True},
        {"salt": "c2hvcnQ="},
        {"salt": "***"},
        {"encryptionNonce": "AAAA"},
        {"version": 2},
        {"kdfParams": None},
    ],
    ids=lambda c: ",".join(f"{k}={str(v)[:12]}" for k, v in c.items()),
)
def test_hostile_or_damaged_parameters_fail_before_deriving(no_kdf, encrypted, changes):
    with pytest.raises(FormatError):
        FORMAT.read(_edit(encrypted, **changes), PASSWORD)


def test_code_display_tags_note_and_pin_are_kept():
    display = {"pinned": True, "trashed": False, "tags": ["Work", "Work", " ", "Home"], "note": "recovery in safe"}
    from urllib.parse import quote

    line = f"otpauth://totp/Acme:ann?secret=JBSWY3DPEHPK3PXP&issuer=Acme&codeDisplay={quote(json.dumps(display))}"
    account = FORMAT.read(line.encode()).entries[0].account
    assert account.groups == ("Work", "Home")
    assert account.note == "recovery in safe"
    assert account.favourite is True


def test_bad_lines_are_entry_errors_and_blank_or_quoted_lines_are_read():
    text = "\n".join(
        [
            "otpauth://totp/Acme:ann?secret=JBSWY3DPEHPK3PXP&codeDisplay=%7B%7D",
            "",
            json.dumps("otpauth://totp/Quoted:bob?secret=JBSWY3DPEHPK3PXQ"),
            "otpauth://totp/Bad:carol?secret=JBSWY3DPEHPK3PXP&digits=12",
            "otpauth://totp/Bad:dave?secret=0000",
            "JBSWY3DPEHPK3PXZ",  # a bare secret must not reach the error label
        ]
    )
    result = FORMAT.read(text.encode())
    assert [e.account.issuer for e in result.entries] == ["Acme", "Quoted"]
    assert [(e.index, e.label) for e in result.errors] == [
        (2, "Bad:carol"),
        (3, "Bad:dave"),
        (4, ""),
    ]  # no label from a non-URI line
    assert "0000" not in repr(result.errors) and "PK3PXZ" not in repr(result.errors)


@pytest.mark.parametrize("data", [b"", b"  \n\n", b"\xff\xfe\x00", b"{}", b'{"kdfParams": {}}', b"[]", b"{"])
def test_empty_or_not_ente_is_a_format_error(data):
    with pytest.raises(FormatError):
        FORMAT.read(data, PASSWORD)


def test_other_formats_are_not_sniffed_as_ente():
    for folder in ("freeotp_plus", "stratum_plain", "proton_authenticator", "plain_txt"):
        data, _, _ = vector(folder)
        assert not FORMAT.sniff(data), folder
