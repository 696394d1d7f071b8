"""FreeOTP+ JSON export: the shared vector, the counter policy, per-entry errors and damaged files."""

from __future__ import annotations

import json

import pytest
from part_b_support import assert_imports, vector

from authenticator.formats import registry
from authenticator.formats.base import FormatError
from authenticator.formats.freeotp import FORMAT

# Policy override (the vector marks these with `note`): FreeOTP+ stores an HOTP counter one below the link's
# (FreeOTP's Token.java parses `counter - 1` and writes `counter + 1` back into links). We import stored + 1,
# FreeOTP's own link value, which is the canonical account's counter; Aegis imports the stored value.
COUNTER_OVERRIDES = {
    "ed40c5eefbecce2206b15d75c1182a76": {"counter": 10300},
    "552a94b99feed079b472cd44d52fe642": {"counter": 50},
    "c39cc45ed2e99be8cc2fa14b654edd67": {"counter": 1},
}


def _tokens(**changes):
    data, _, _ = vector("freeotp_plus")
    obj = json.loads(data)
    obj["tokens"][0].update(changes)
    return obj


def test_vector_imports_to_expected_entries():
    data, expected, _ = vector("freeotp_plus")
    result = FORMAT.read(data)
    assert result.format_name == "freeotp-plus" and not result.encrypted
    assert_imports(result, expected, COUNTER_OVERRIDES)


def test_vector_is_detected_as_freeotp_plus():
    data, _, _ = vector("freeotp_plus")
    assert registry.detect(data).name == "freeotp-plus"


def test_stored_counter_minus_one_becomes_zero():
    """A link without a counter is stored as -1 by FreeOTP; its first code is counter 0."""
    obj = _tokens(counter=-1)
    result = FORMAT.read(json.dumps(obj).encode())
    assert result.entries[0].account.counter == 0


def test_user_renamed_issuer_and_label_win():
    obj = _tokens(issuerAlt="My WWE", labelAlt="mason@example.org")
    account = FORMAT.read(json.dumps(obj).encode()).entries[0].account
    assert (account.issuer, account.name) == ("My WWE", "mason@example.org")


@pytest.mark.parametrize(
    ("changes", "reason_part"),
    [
        ({"digits": 4}, "digits"),
        ({"digits": 11}, "digits"),
        ({"algo": "MD5"}, "algorithm"),
        ({"type": "STEAM"}, "type"),
        ({"secret": []}, "secret"),
        ({"secret": [300]}, "secret"),
        ({"secret": "JBSWY3DP"}, "secret"),
        ({"type": "TOTP", "period": 0}, "period"),
        ({"digits": "6"}, "digits"),
    ],
)
def test_unrepresentable_token_is_an_entry_error(changes, reason_part):
    obj = _tokens(**changes)
    result = FORMAT.read(json.dumps(obj).encode())
    assert len(result.entries) == 5
    assert [(e.index, e.label) for e in result.errors] == [(0, "WWE:Mason")]
    assert reason_part in result.errors[0].reason.lower()


def test_error_reason_never_contains_the_secret():
    obj = _tokens(digits=99)
    result = FORMAT.read(json.dumps(obj).encode())
    assert "5VAML3X35THCEBVRLV24CGBKOY" not in repr(result.errors)
    assert "5VAML3X35THCEBVRLV24CGBKOY" not in repr(result)


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n", b"{", b'{"tokens": 3}', b"[]", b"\xff\xfe", b'{"tokenOrder": []}'],
    ids=["empty", "blank", "truncated-json", "tokens-not-list", "array", "not-utf8", "no-tokens"],
)
def test_not_a_freeotp_plus_export_is_a_format_error(data):
    with pytest.raises(FormatError):
        FORMAT.read(data)


def test_truncated_vector_is_a_format_error():
    data, _, _ = vector("freeotp_plus")
    with pytest.raises(FormatError):
        FORMAT.read(data[: len(data) // 2])


def test_other_format_is_a_format_error():
    data, _, _ = vector("stratum_plain")
    assert not FORMAT.sniff(data)
    with pytest.raises(FormatError):
        FORMAT.read(data)
