"""FreeOTP 2 backups: the five shared vectors (API 23–34), the strict Java reader, passwords and hostile files."""

from __future__ import annotations

import json

import pytest
from part_b_support import assert_imports, freeotp2_backup, java_string, java_string_map, signed, vector

from authenticator.formats import freeotp2, registry
from authenticator.formats.base import FormatError, PasswordRequired, WrongPassword
from authenticator.formats.freeotp2 import FORMAT, read_string_map

VECTORS = ["freeotp_v2_api23", "freeotp_v2_api25", "freeotp_v2_api27", "freeotp_v2_api34", "freeotp_v2_null_algo"]
SECRET = bytes(range(1, 21))
TOKEN = {"algo": "SHA256", "digits": 8, "issuerExt": "Example", "label": "alice", "period": 60, "type": "TOTP"}


@pytest.fixture
def no_kdf(monkeypatch):
    """The KDF must not run: a test using this fixture proves the file was refused before deriving."""

    def refuse(*args):
        raise AssertionError("the key derivation ran")

    monkeypatch.setattr(freeotp2, "derive_key", refuse)


@pytest.mark.parametrize("folder", VECTORS)
def test_vector_imports_to_expected_entries(folder):
    data, expected, password = vector(folder)
    result = FORMAT.read(data, password)
    assert result.format_name == "freeotp2" and result.encrypted
    # No overrides: FreeOTP 2 stores the link's counter unchanged (unlike FreeOTP+), and a token without
    # algo/digits/period (null_algo) gets SHA1/6/30.
    assert_imports(result, expected)


@pytest.mark.parametrize("folder", VECTORS)
def test_vector_is_detected_as_freeotp2(folder):
    data, _, _ = vector(folder)
    fmt = registry.detect(data)
    assert fmt.name == "freeotp2" and fmt.is_encrypted(data)


@pytest.mark.parametrize("folder", VECTORS)
def test_reader_returns_the_whole_string_map(folder):
    data, expected, _ = vector(folder)
    items = read_string_map(data)
    assert "masterKey" in items
    assert sum(k.endswith("-token") for k in items) == len(expected)
    assert len(items) == 1 + 2 * len(expected)


def test_no_password_asks_for_one():
    data, _, _ = vector("freeotp_v2_api34")
    with pytest.raises(PasswordRequired):
        FORMAT.read(data)


def test_wrong_password():
    data, _, _ = vector("freeotp_v2_api34")
    with pytest.raises(WrongPassword):
        FORMAT.read(data, "not the password")


def test_built_backup_round_trips_both_nonce_encodings():
    hotp = {"algo": "SHA1", "counter": 7, "issuerExt": "Corp", "label": "bob", "type": "HOTP"}
    data = freeotp2_backup("pw", [(TOKEN, SECRET), (hotp, SECRET[::-1])])
    result = FORMAT.read(data, "pw")
    assert result.errors == []
    accounts = sorted(
        (e.account.issuer, e.account.algorithm, e.account.digits, e.account.period) for e in result.entries
    )
    assert accounts == [("Corp", "SHA1", 6, 30), ("Example", "SHA256", 8, 60)]
    hotp_entry = next(e for e in result.entries if e.account.issuer == "Corp")
    assert hotp_entry.account.counter == 7


def test_algorithm_comes_from_the_key_type_when_the_token_has_none():
    token = {k: v for k, v in TOKEN.items() if k != "algo"}
    # The builder names the key after the token's algo, defaulting to SHA1: set one on the key only.
    data = freeotp2_backup("pw", [({**token, "algo": "SHA512"}, SECRET)])
    items = read_string_map(data)
    uuid = next(k for k in items if k.endswith("-token"))
    items[uuid] = json.dumps(token)
    result = FORMAT.read(java_string_map(items), "pw")
    assert result.entries[0].account.algorithm == "SHA512"


def test_flipped_master_key_byte_is_wrong_password():
    def flip(record):
        record["mEncryptedKey"]["mCipherText"][0] ^= 1
        return record

    data = freeotp2_backup("pw", [(TOKEN, SECRET)], master_record=flip)
    with pytest.raises(WrongPassword):
        FORMAT.read(data, "pw")


def test_flipped_token_key_byte_is_an_entry_error_beside_good_entries():
    data = freeotp2_backup("pw", [(TOKEN, SECRET), ({**TOKEN, "label": "bob"}, SECRET)])
    items = read_string_map(data)
    uuid = next(k for k in sorted(items) if not k.endswith("-token") and k != "masterKey")
    key = json.loads(json.loads(items[uuid])["key"])
    key["mCipherText"][-1] ^= 1
    items[uuid] = json.dumps({"key": json.dumps(key)})
    result = FORMAT.read(java_string_map(items), "pw")
    assert len(result.entries) == 1
    assert len(result.errors) == 1 and "altered" in result.errors[0].reason


def test_unrepresentable_token_is_an_entry_error():
    data = freeotp2_backup("pw", [({**TOKEN, "digits": 12}, SECRET), (TOKEN, SECRET)])
    result = FORMAT.read(data, "pw")
    assert len(result.entries) == 1 and len(result.errors) == 1
    assert result.errors[0].label == "Example:alice"


@pytest.mark.parametrize("iterations", [10**12, 0, -5, "100000", None])
def test_hostile_iteration_count_fails_before_deriving(no_kdf, iterations):
    def hostile(record):
        record["mIterations"] = iterations
        return record

    data = freeotp2_backup("pw", [(TOKEN, SECRET)], master_record=hostile)
    with pytest.raises(FormatError):
        FORMAT.read(data, "pw")


def test_unknown_kdf_fails_before_deriving(no_kdf):
    def hostile(record):
        record["mAlgorithm"] = "scrypt"
        return record

    with pytest.raises(FormatError):
        FORMAT.read(freeotp2_backup("pw", [(TOKEN, SECRET)], master_record=hostile), "pw")


# -- the strict Java reader ------------------------------------------------------------------------------


def test_reader_handles_api23_layout_long_strings_references_and_modified_utf8():
    long_value = "x" * 70_000
    pairs = [
        (java_string("k\x00é😀"), java_string(long_value)),
        (java_string("again"), b"\x71" + (0x7E0000 + 2).to_bytes(4, "big")),  # reference to the first key
    ]
    items = read_string_map(java_string_map(pairs, threshold_field=False))
    assert items == {"k\x00é😀": long_value, "again": "k\x00é😀"}


HOSTILE_MAPS = {
    "not-java": b"<?xml version='1.0'?><map/>",
    "other-class": java_string_map({"a": "b"}).replace(b"java.util.HashMap", b"java.util.Hashtab"),
    "object-value": java_string_map([(java_string("a"), b"\x73\x72" + b"\x00\x05Evil!" + b"\x00" * 20)]),
    "null-value": java_string_map([(java_string("a"), b"\x70")]),
    "bad-reference": java_string_map([(java_string("a"), b"\x71\x00\x7e\x00\x00")]),
    "reference-out-of-range": java_string_map([(java_string("a"), b"\x71\x00\x7f\x00\x00")]),
    "huge-count": java_string_map({"a": "b"}).replace(
        b"\x77\x08\x00\x00\x00\x10\x00\x00\x00\x01", b"\x77\x08" + b"\x00\x00\x00\x10\x7f\xff\xff\xff"
    ),
    "negative-count": java_string_map({"a": "b"}).replace(
        b"\x00\x00\x00\x10\x00\x00\x00\x01", b"\x00\x00\x00\x10\xff\xff\xff\xff"
    ),
    "trailing-data": java_string_map({"a": "b"}) + b"\x00",
    "truncated": java_string_map({"a": "b"})[:-4],
    "huge-long-string": java_string_map([(java_string("a"), b"\x7c" + (2**62).to_bytes(8, "big"))]),
    "bad-utf8": java_string_map([(java_string("a"), b"\x74\x00\x02\xff\xfe")]),
    "object-field": java_string_map({"a": "b"}).replace(b"\x49\x00\x09threshold", b"\x4c\x00\x09threshold"),
}


@pytest.mark.parametrize("data", HOSTILE_MAPS.values(), ids=HOSTILE_MAPS.keys())
def test_reader_refuses_anything_but_a_map_of_strings(data):
    with pytest.raises(FormatError):
        read_string_map(data)
    with pytest.raises(FormatError):
        FORMAT.read(data, "pw")


def test_map_without_master_key_is_a_format_error():
    with pytest.raises(FormatError):
        FORMAT.read(java_string_map({"a": "b"}), "pw")


@pytest.mark.parametrize(
    "master", ["not json", "[]", json.dumps({"mAlgorithm": "PBKDF2withHmacSHA512", "mIterations": 10})]
)
def test_damaged_master_key_record_is_a_format_error(master):
    with pytest.raises(FormatError):
        FORMAT.read(java_string_map({"masterKey": master}), "pw")


@pytest.mark.parametrize("params", [b"\x30\x11\x04\x0c" + b"\x00" * 12 + b"\x02\x01\x0c", b"\x05\x00", b"\x30\x80"])
def test_bad_gcm_parameters_are_a_format_error(params):
    def hostile(record):
        record["mEncryptedKey"]["mParameters"] = signed(params)
        return record

    with pytest.raises(FormatError):
        FORMAT.read(freeotp2_backup("pw", [(TOKEN, SECRET)], master_record=hostile), "pw")


def test_truncated_vector_is_a_format_error():
    data, _, password = vector("freeotp_v2_api27")
    for cut in (3, 40, len(data) // 2, len(data) - 1):
        with pytest.raises(FormatError):
            FORMAT.read(data[:cut], password)


@pytest.mark.parametrize("data", [b"", b" ", b'{"tokens": []}'])
def test_empty_or_other_format_is_a_format_error(data):
    assert not FORMAT.sniff(data)
    with pytest.raises(FormatError):
        FORMAT.read(data, "pw")
