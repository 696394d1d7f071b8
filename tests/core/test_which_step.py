""" "Why was my code rejected?": exact results at a fixed time (T0 from tests/conftest.py via the clock fixture)."""

from __future__ import annotations

import pytest

from authenticator.core.account import Account, OtpType
from authenticator.core.clock import FixedClock
from authenticator.core.errors import InvalidInput
from authenticator.core.otp import format_code, hotp, steam_code, time_step
from authenticator.core.which_step import CodeParameters, MatchKind, normalize_code, which_step

SECRET = "JBSWY3DPEHPK3PXP"
OTHER_SECRET = "KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ"


@pytest.fixture
def account() -> Account:
    return Account("Example", "alice@example.com")


def totp(now: float, steps: int, algorithm: str = "SHA1", digits: int = 6, period: int = 30) -> str:
    return hotp(SECRET, time_step(now, period) + steps, algorithm, digits)


def test_code_from_three_steps_ago(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), -3), clock.now())
    assert result.kind is MatchKind.MATCH
    assert result.step_difference == -3
    assert result.offset_seconds == -90.0
    assert result.matched_parameters == CodeParameters("SHA1", 6, 30)
    assert result.message == (
        "This code was valid 90 s ago (3 steps back): the device that made it runs about 90 s behind."
        " That is more than services usually accept; correct that device's clock."
    )


def test_current_code(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), 0), clock.now())
    assert (result.kind, result.step_difference, result.offset_seconds) == (MatchKind.MATCH, 0, 0.0)
    assert result.message.startswith("This code is the current one.")


def test_next_code(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), 1), clock.now())
    assert (result.step_difference, result.offset_seconds) == (1, 30.0)
    assert result.message == (
        "This code becomes valid in 30 s (1 step ahead): the device that made it runs about 30 s ahead."
        " Many services still accept a code one step away, but not all."
    )


def test_the_current_step_is_taken_from_now_not_a_step_boundary(account: Account, clock: FixedClock) -> None:
    code = totp(clock.now(), 0)
    clock.advance(29.9)
    assert which_step(account, SECRET, code, clock.now()).step_difference == 0
    clock.advance(0.1)
    assert which_step(account, SECRET, code, clock.now()).step_difference == -1


def test_spaces_and_dashes_in_the_typed_code_are_ignored(account: Account, clock: FixedClock) -> None:
    code = totp(clock.now(), -2)
    assert which_step(account, SECRET, format_code(code), clock.now()).step_difference == -2
    assert which_step(account, SECRET, f" {code[:3]}-{code[3:]} ", clock.now()).step_difference == -2


def test_window_edges(account: Account, clock: FixedClock) -> None:
    now = clock.now()  # a step boundary: ±600 s covers exactly steps -20..+20
    assert which_step(account, SECRET, totp(now, -20), now).step_difference == -20
    assert which_step(account, SECRET, totp(now, 20), now).offset_seconds == 600.0
    assert which_step(account, SECRET, totp(now, -21), now).kind is MatchKind.NO_MATCH
    assert which_step(account, SECRET, totp(now, 21), now).kind is MatchKind.NO_MATCH


def test_a_smaller_window(account: Account, clock: FixedClock) -> None:
    now = clock.now()
    assert which_step(account, SECRET, totp(now, -3), now, window_seconds=60).kind is MatchKind.NO_MATCH
    assert which_step(account, SECRET, totp(now, -2), now, window_seconds=60).step_difference == -2
    assert which_step(account, SECRET, totp(now, 0), now, window_seconds=0).step_difference == 0


def test_longer_period(clock: FixedClock) -> None:
    account = Account("Example", "bob", period=60)
    result = which_step(account, SECRET, totp(clock.now(), -2, period=60), clock.now())
    assert (result.step_difference, result.offset_seconds) == (-2, -120.0)
    assert result.message.startswith("This code was valid 2 min ago (2 steps back)")


def test_sha256_code_for_a_sha1_account_is_a_parameter_mismatch(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), 0, "SHA256"), clock.now())
    assert result.kind is MatchKind.PARAMETER_MISMATCH
    assert result.matched_parameters == CodeParameters("SHA256", 6, 30)
    assert (result.step_difference, result.offset_seconds) == (0, 0.0)
    assert result.message == (
        "This code does not match the account's settings (SHA1, 6 digits, 30 s), but it matches SHA256, 6 digits,"
        " 30 s: the algorithm is SHA256, not SHA1. The account was probably added with the wrong settings; edit it"
        " to match. With those settings the code is the current one."
    )


def test_eight_digit_sixty_second_code_names_both_differences(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), -1, "SHA512", 8, 60), clock.now())
    assert result.kind is MatchKind.PARAMETER_MISMATCH
    assert result.matched_parameters == CodeParameters("SHA512", 8, 60)
    assert (result.step_difference, result.offset_seconds) == (-1, -60.0)
    assert "the algorithm is SHA512, not SHA1; codes have 8 digits, not 6; the period is 60 s, not 30 s" in (
        result.message
    )
    assert result.message.endswith("With those settings the code was valid 60 s ago (1 step back).")


def test_seven_digits_same_algorithm(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), 2, digits=7), clock.now())
    assert result.kind is MatchKind.PARAMETER_MISMATCH
    assert result.matched_parameters == CodeParameters("SHA1", 7, 30)
    assert result.step_difference == 2


def test_code_from_another_secret_means_the_secret_differs(account: Account, clock: FixedClock) -> None:
    code = hotp(OTHER_SECRET, time_step(clock.now(), 30))
    result = which_step(account, SECRET, code, clock.now())
    assert result.kind is MatchKind.NO_MATCH
    assert (result.step_difference, result.offset_seconds, result.matched_parameters) == (None, None, None)
    assert result.message == (
        "This code matches none of the steps within ±10 min of now, with any algorithm (SHA1/SHA256/SHA512) or"
        " period (30, 60 s): the secret differs from the one that made the code. Add the account again from the"
        " service's QR code or key."
    )


def test_a_random_eight_digit_code_mentions_the_digit_count(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, "31415926", clock.now())
    assert result.kind is MatchKind.NO_MATCH
    assert result.message.endswith("(The code has 8 digits, but this account makes 6-digit codes.)")


def test_steam_codes(clock: FixedClock) -> None:
    account = Account("Steam", "gabe", type=OtpType.STEAM, digits=5)
    code = steam_code(SECRET, time_step(clock.now(), 30) - 2)
    result = which_step(account, SECRET, code.lower(), clock.now())
    assert (result.kind, result.step_difference, result.offset_seconds) == (MatchKind.MATCH, -2, -60.0)
    other = which_step(account, SECRET, steam_code(OTHER_SECRET, time_step(clock.now(), 30)), clock.now())
    assert other.kind is MatchKind.NO_MATCH
    assert "with any algorithm" not in other.message


def test_hotp_codes_are_found_by_counter(clock: FixedClock) -> None:
    account = Account("Bank", "carol", type=OtpType.HOTP, counter=5)
    result = which_step(account, SECRET, hotp(SECRET, 8), clock.now())
    assert (result.kind, result.step_difference, result.offset_seconds) == (MatchKind.MATCH, 3, None)
    assert result.message == (
        "This code belongs to counter 8, while this app is at 5: the device that made it has generated 3 codes"
        " more than this app."
    )
    behind = which_step(account, SECRET, hotp(SECRET, 4), clock.now())
    assert behind.step_difference == -1
    assert behind.message.endswith("this app has generated 1 code more than the device that made it.")
    sha256 = which_step(account, SECRET, hotp(SECRET, 5, "SHA256"), clock.now())
    assert sha256.kind is MatchKind.PARAMETER_MISMATCH
    assert sha256.matched_parameters == CodeParameters("SHA256", 6, 30)


@pytest.mark.parametrize(
    ("code", "complaint"),
    [
        ("", "The code is empty."),
        ("  - ", "The code is empty."),
        ("12a456", "The code contains 'a'; codes for this account are digits only."),
        ("12345", "The code has 5 digits; this account's codes have 6."),
        ("123456789", "The code has 9 digits; this account's codes have 6."),
    ],
)
def test_invalid_codes(account: Account, clock: FixedClock, code: str, complaint: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        which_step(account, SECRET, code, clock.now())
    assert caught.value.message == complaint


def test_nine_digit_accounts_accept_nine_digit_codes(clock: FixedClock) -> None:
    account = Account("Example", "dave", digits=9)
    code = totp(clock.now(), -1, digits=9)
    assert which_step(account, SECRET, code, clock.now()).step_difference == -1


@pytest.mark.parametrize(
    ("code", "complaint"),
    [
        ("2345A", "The code contains 'A', which Steam Guard codes never use."),
        ("1BCDF", "The code contains '1', which Steam Guard codes never use."),
        ("BCDF", "The code has 4 characters; Steam Guard codes have 5."),
    ],
)
def test_invalid_steam_codes(code: str, complaint: str) -> None:
    account = Account("Steam", "gabe", type=OtpType.STEAM, digits=5)
    with pytest.raises(InvalidInput) as caught:
        normalize_code(code, account)
    assert caught.value.message == complaint


def test_negative_window_is_refused(account: Account, clock: FixedClock) -> None:
    with pytest.raises(InvalidInput):
        which_step(account, SECRET, totp(clock.now(), 0), clock.now(), window_seconds=-1)


def test_to_dict_and_no_secret_in_any_message(account: Account, clock: FixedClock) -> None:
    result = which_step(account, SECRET, totp(clock.now(), -3), clock.now())
    assert result.to_dict() == {
        "kind": "match",
        "step_difference": -3,
        "offset_seconds": -90.0,
        "matched_parameters": {"algorithm": "SHA1", "digits": 6, "period": 30},
        "message": result.message,
    }
    for code in (totp(clock.now(), 0, "SHA256"), "31415926", totp(clock.now(), 5)):
        assert SECRET not in which_step(account, SECRET, code, clock.now()).message
