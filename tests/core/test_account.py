"""Account: parameter validation (naming the bad value) and the metadata record round trip."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from authenticator.core.account import Account, OtpType, new_account_id
from authenticator.core.errors import InvalidParameters


def full_account() -> Account:
    return Account(
        issuer="Example Ünïcode",
        name="alice@example.com",
        type=OtpType.HOTP,
        algorithm="SHA512",
        digits=8,
        period=60,
        counter=2**40,
        position=3,
        url="https://example.com",
        note="backup codes in the safe",
        groups=("Work", "Finance"),
        icon="example",
        favourite=True,
    )


# --- validation ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("digits", [6, 7, 8, 9, 10])
def test_totp_and_hotp_accept_6_to_10_digits(digits: int) -> None:
    assert Account("A", "b", digits=digits).digits == digits
    assert Account("A", "b", type=OtpType.HOTP, digits=digits).digits == digits


@pytest.mark.parametrize("digits", [-1, 0, 4, 5, 11, 12])
def test_digits_out_of_range_are_refused_with_the_value_and_a_hint(digits: int) -> None:
    with pytest.raises(InvalidParameters) as info:
        Account("A", "b", digits=digits)
    assert str(digits) in info.value.message
    assert "6 to 10" in info.value.hint


def test_steam_needs_five_characters() -> None:
    assert Account("Steam", "me", type=OtpType.STEAM, digits=5).digits == 5
    for digits in (6, 8):
        with pytest.raises(InvalidParameters, match="Steam"):
            Account("Steam", "me", type=OtpType.STEAM, digits=digits)
    with pytest.raises(InvalidParameters):
        Account("A", "b", digits=5)  # only Steam has 5


@pytest.mark.parametrize("period", [0, -1, -30])
def test_non_positive_periods_are_refused(period: int) -> None:
    with pytest.raises(InvalidParameters, match=f"{period} s") as info:
        Account("A", "b", period=period)
    assert "positive" in info.value.hint


@pytest.mark.parametrize("period", [1, 5, 30, 90, 300, 90000])
def test_any_positive_period_is_accepted(period: int) -> None:
    assert Account("A", "b", period=period).period == period


@pytest.mark.parametrize("counter", [-1, 2**64, 2**70])
def test_counters_outside_64_bits_are_refused(counter: int) -> None:
    with pytest.raises(InvalidParameters, match=str(counter)):
        Account("A", "b", type=OtpType.HOTP, counter=counter)


@pytest.mark.parametrize("counter", [0, 1, 10**10, 2**64 - 1])
def test_counters_inside_64_bits_are_accepted(counter: int) -> None:
    assert Account("A", "b", type=OtpType.HOTP, counter=counter).counter == counter


@pytest.mark.parametrize("algorithm", ["MD5", "SHA224", "SHA384", "SHA3-256", "", "sha1 "])
def test_unknown_algorithms_are_refused_with_a_hint(algorithm: str) -> None:
    with pytest.raises(InvalidParameters) as info:
        Account("A", "b", algorithm=algorithm)
    assert repr(algorithm) in info.value.message
    assert "SHA1, SHA256 or SHA512" in info.value.hint


@pytest.mark.parametrize("algorithm", ["SHA1", "SHA256", "SHA512"])
def test_supported_algorithms(algorithm: str) -> None:
    assert Account("A", "b", algorithm=algorithm).algorithm == algorithm


@pytest.mark.parametrize("otp_type", ["sms", "motp", None])
def test_unknown_types_are_refused(otp_type: object) -> None:
    with pytest.raises(InvalidParameters, match="Unknown type"):
        Account("A", "b", type=otp_type)  # type: ignore[arg-type]


def test_with_changes_validates_too() -> None:
    account = Account("A", "b")
    with pytest.raises(InvalidParameters):
        account.with_changes(digits=4)
    changed = account.with_changes(name="c", digits=8)
    assert (changed.name, changed.digits, changed.id) == ("c", 8, account.id)
    assert (account.name, account.digits) == ("b", 6)


def test_accounts_are_immutable() -> None:
    account = Account("A", "b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        account.name = "c"  # type: ignore[misc]


def test_ids_are_opaque_and_unique() -> None:
    ids = {new_account_id() for _ in range(1000)} | {Account("GitHub", "alice").id for _ in range(100)}
    assert len(ids) == 1100
    for account_id in list(ids)[:50]:
        assert re.fullmatch(r"[0-9a-f]{32}", account_id)
    assert "github" not in Account("GitHub", "alice").id.lower()


@pytest.mark.parametrize(
    ("issuer", "name", "title"),
    [
        ("GitHub", "alice", "GitHub (alice)"),
        ("GitHub", "", "GitHub"),
        ("", "alice", "alice"),
        ("", "", "Unnamed account"),
    ],
)
def test_title(issuer: str, name: str, title: str) -> None:
    assert Account(issuer, name).title == title


# --- the metadata record -------------------------------------------------------------------------------------


def test_to_dict_from_dict_round_trip() -> None:
    account = full_account()
    record = account.to_dict()
    assert record["type"] == "hotp"
    assert record["groups"] == ["Work", "Finance"]
    # The record must survive JSON unchanged, since that is where it goes.
    assert Account.from_dict(json.loads(json.dumps(record))) == account
    for otp_type, digits in ((OtpType.TOTP, 6), (OtpType.STEAM, 5)):
        other = Account("X", "y", type=otp_type, digits=digits)
        assert Account.from_dict(json.loads(json.dumps(other.to_dict()))) == other


def test_to_dict_has_no_secret_field() -> None:
    assert not {"secret", "key", "seed"} & set(full_account().to_dict())


def test_from_dict_ignores_unknown_keys() -> None:
    record = full_account().to_dict() | {"added_in_v1_5": {"nested": True}, "colour": "red"}
    assert Account.from_dict(record) == full_account().with_changes(id=record["id"])


def test_from_dict_fills_defaults_for_missing_keys() -> None:
    account = Account.from_dict({"id": "abc123", "issuer": "Only issuer"})
    assert account == Account("Only issuer", "", id="abc123")


def test_from_dict_accepts_other_apps_spellings() -> None:
    account = Account.from_dict({"id": "x", "type": "TOTP", "algorithm": "sha256"})
    assert (account.type, account.algorithm) == (OtpType.TOTP, "SHA256")


@pytest.mark.parametrize(
    "record",
    [
        {"issuer": "no id"},
        {"id": "x", "digits": "six"},
        {"id": "x", "digits": 4},
        {"id": "x", "type": "sms"},
        {"id": "x", "algorithm": "MD5"},
        {"id": "x", "period": None},
        {"id": "x", "counter": -5, "type": "hotp"},
        {"id": "x", "groups": 5},
    ],
)
def test_from_dict_damaged_records_raise_invalid_parameters(record: dict) -> None:
    with pytest.raises(InvalidParameters):
        Account.from_dict(record)
