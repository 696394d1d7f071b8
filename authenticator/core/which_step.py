""" "Why was my code rejected?": find which time step (and which settings) a code the user saw belongs to.

A rejected code usually has one of three causes, and each needs a different fix: the device that made it has
a wrong clock (the code belongs to another step: fix the time), the account was added with wrong settings
(another algorithm, digit count or period matches: edit the account), or the secret differs (nothing matches:
add the account again). We search the steps around ``now`` nearest first, then the usual alternative settings,
and say which it is in plain words. Pure: ``now`` is a parameter, nothing reads a clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .account import ALGORITHMS, MAX_DIGITS, MIN_DIGITS, STEAM_DIGITS, Account, OtpType
from .errors import InvalidInput
from .otp import STEAM_ALPHABET, code_for_step, hotp, time_step

#: ±10 minutes around now: covers clock errors that still look like "a wrong clock", not a wrong date.
DEFAULT_WINDOW_SECONDS = 600
#: The alternative settings real services use; anything rarer is a different secret in practice.
ALTERNATIVE_DIGITS = (6, 7, 8)
ALTERNATIVE_PERIODS = (30, 60)
#: For HOTP the "window" is in counter values: how far the user's device may have run ahead (or behind).
HOTP_LOOK_BEHIND, HOTP_LOOK_AHEAD = 20, 100
_SEPARATORS = re.compile(r"[\s\-]+")


class MatchKind(StrEnum):
    MATCH = "match"
    PARAMETER_MISMATCH = "parameter-mismatch"
    NO_MATCH = "no-match"


@dataclass(frozen=True)
class CodeParameters:
    algorithm: str
    digits: int
    period: int

    def describe(self, otp_type: OtpType = OtpType.TOTP) -> str:
        if otp_type is OtpType.HOTP:
            return f"{self.algorithm}, {self.digits} digits"
        return f"{self.algorithm}, {self.digits} digits, {self.period} s"


@dataclass(frozen=True)
class WhichStepResult:
    """Where a code belongs.

    ``step_difference`` is the matching step minus the current one (for HOTP: matching counter minus the
    account's counter); negative means the code belongs to the past. ``offset_seconds`` is how far the clock
    that made the code is from ``now`` (``step_difference × period``; negative: that clock is behind); None
    for HOTP and when nothing matched. ``matched_parameters`` are the settings that produce the code.
    """

    kind: MatchKind
    step_difference: int | None
    offset_seconds: float | None
    matched_parameters: CodeParameters | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        params = self.matched_parameters
        return {
            "kind": self.kind.value,
            "step_difference": self.step_difference,
            "offset_seconds": self.offset_seconds,
            "matched_parameters": None if params is None else vars(params).copy(),
            "message": self.message,
        }


def normalize_code(code: str, account: Account) -> str:
    """The code without spaces or dashes, checked against what this account's codes can look like.

    Digit counts other than the account's are allowed (6–8, the usual ones) because a wrong digit count is
    one of the mismatches we report. Raises :class:`InvalidInput`; messages never repeat the whole code.
    """
    cleaned = _SEPARATORS.sub("", code)
    if not cleaned:
        raise InvalidInput("The code is empty.", "Type the code that was rejected, e.g. 123 456.")
    if account.type is OtpType.STEAM:
        cleaned = cleaned.upper()
        bad = next((ch for ch in cleaned if ch not in STEAM_ALPHABET), None)
        if bad is not None:
            raise InvalidInput(
                f"The code contains {bad!r}, which Steam Guard codes never use.",
                f"Steam codes are {STEAM_DIGITS} characters from {STEAM_ALPHABET}.",
            )
        if len(cleaned) != STEAM_DIGITS:
            raise InvalidInput(
                f"The code has {len(cleaned)} characters; Steam Guard codes have {STEAM_DIGITS}.",
                "Check that no character is missing or doubled.",
            )
        return cleaned
    bad = next((ch for ch in cleaned if not ("0" <= ch <= "9")), None)
    if bad is not None:
        raise InvalidInput(f"The code contains {bad!r}; codes for this account are digits only.")
    allowed = {*ALTERNATIVE_DIGITS, account.digits}
    if len(cleaned) not in allowed or not MIN_DIGITS <= len(cleaned) <= MAX_DIGITS:
        raise InvalidInput(
            f"The code has {len(cleaned)} digits; this account's codes have {account.digits}.",
            "Check that no digit is missing or doubled.",
        )
    return cleaned


def which_step(
    account: Account, secret: str, code: str, now: float, *, window_seconds: int = DEFAULT_WINDOW_SECONDS
) -> WhichStepResult:
    """Find where ``code`` belongs: a step within ±``window_seconds`` of ``now``, other settings, or nowhere.

    ``now`` is this computer's (corrected) time. Alternative settings are every algorithm (SHA1/256/512) with
    the periods 30 and 60 s; the digit count is the typed code's own length (6–8, or the account's). Steps are
    searched nearest first, so in the rare case two steps share a code the nearer one wins; among alternative
    settings, those closest to the account's (fewest changes) win. Raises :class:`InvalidInput` for a code
    that cannot be one of this account's (see :func:`normalize_code`).
    """
    if window_seconds < 0:
        raise InvalidInput(f"The search window {window_seconds} s is negative.", "Use a number of seconds from 0.")
    cleaned = normalize_code(code, account)
    own = CodeParameters(account.algorithm, account.digits, account.period)
    if account.type is OtpType.STEAM or len(cleaned) == account.digits:
        difference = _nearest_step(account, secret, cleaned, own, now, window_seconds)
        if difference is not None:
            return _match(account, own, difference)
    if account.type is not OtpType.STEAM:
        found = _other_parameters(account, secret, cleaned, own, now, window_seconds)
        if found is not None:
            return _mismatch(account, own, *found)
    return _no_match(account, cleaned, window_seconds)


def _candidates(account: Account, params: CodeParameters, now: float, window_seconds: int) -> tuple[int, list[int]]:
    """(reference step or counter, step differences to try, nearest first)."""
    if account.type is OtpType.HOTP:
        reference = account.counter
        below, above = min(HOTP_LOOK_BEHIND, reference), HOTP_LOOK_AHEAD
    else:
        reference = time_step(now, params.period)
        # Every step that overlaps [now - window, now + window].
        below = reference - time_step(now - window_seconds, params.period)
        above = time_step(now + window_seconds, params.period) - reference
    order = [0]
    for distance in range(1, max(below, above) + 1):
        order += [d for d in (-distance, distance) if -below <= d <= above]
    return reference, order


def _code(account: Account, secret: str, params: CodeParameters, step: int) -> str:
    if account.type is OtpType.STEAM:
        return code_for_step(account, secret, step)
    return hotp(secret, step, params.algorithm, params.digits)


def _nearest_step(
    account: Account, secret: str, code: str, params: CodeParameters, now: float, window_seconds: int
) -> int | None:
    reference, order = _candidates(account, params, now, window_seconds)
    return next((d for d in order if _code(account, secret, params, reference + d) == code), None)


def _other_parameters(
    account: Account, secret: str, code: str, own: CodeParameters, now: float, window_seconds: int
) -> tuple[CodeParameters, int] | None:
    periods = (own.period,) if account.type is OtpType.HOTP else (own.period, *ALTERNATIVE_PERIODS)
    tried: set[CodeParameters] = {own}
    found: list[tuple[int, int, CodeParameters, int]] = []
    for algorithm in ALGORITHMS:
        for period in periods:
            params = CodeParameters(algorithm, len(code), period)
            if params in tried:
                continue
            tried.add(params)
            difference = _nearest_step(account, secret, code, params, now, window_seconds)
            if difference is not None:
                changes = (algorithm != own.algorithm) + (len(code) != own.digits) + (period != own.period)
                found.append((changes, abs(difference), params, difference))
    if not found:
        return None
    _, _, params, difference = min(found, key=lambda item: (item[0], item[1]))
    return params, difference


def _match(account: Account, params: CodeParameters, difference: int) -> WhichStepResult:
    if account.type is OtpType.HOTP:
        return WhichStepResult(MatchKind.MATCH, difference, None, params, _counter_words(account, difference))
    offset = float(difference * params.period)
    return WhichStepResult(MatchKind.MATCH, difference, offset, params, _step_words(difference, params.period))


def _mismatch(account: Account, own: CodeParameters, params: CodeParameters, difference: int) -> WhichStepResult:
    changed = []
    if params.algorithm != own.algorithm:
        changed.append(f"the algorithm is {params.algorithm}, not {own.algorithm}")
    if params.digits != own.digits:
        changed.append(f"codes have {params.digits} digits, not {own.digits}")
    if params.period != own.period:
        changed.append(f"the period is {params.period} s, not {own.period} s")
    message = (
        f"This code does not match the account's settings ({own.describe(account.type)}), but it matches"
        f" {params.describe(account.type)}: {'; '.join(changed)}. The account was probably added with the wrong"
        " settings; edit it to match."
    )
    if account.type is OtpType.HOTP:
        return WhichStepResult(MatchKind.PARAMETER_MISMATCH, difference, None, params, message)
    message += f" With those settings the code {_when_words(difference, params.period)}."
    offset = float(difference * params.period)
    return WhichStepResult(MatchKind.PARAMETER_MISMATCH, difference, offset, params, message)


def _no_match(account: Account, code: str, window_seconds: int) -> WhichStepResult:
    if account.type is OtpType.HOTP:
        searched = f"counters {max(0, account.counter - HOTP_LOOK_BEHIND)}–{account.counter + HOTP_LOOK_AHEAD}"
    else:
        searched = f"the steps within ±{_say_seconds(window_seconds)} of now"
    message = f"This code matches none of {searched}"
    if account.type is not OtpType.STEAM:
        periods = "" if account.type is OtpType.HOTP else f" or period ({', '.join(map(str, ALTERNATIVE_PERIODS))} s)"
        message += f", with any algorithm ({'/'.join(ALGORITHMS)}){periods}"
    message += (
        ": the secret differs from the one that made the code. Add the account again from the service's QR code or key."
    )
    if account.type is not OtpType.STEAM and len(code) != account.digits:
        message += f" (The code has {len(code)} digits, but this account makes {account.digits}-digit codes.)"
    return WhichStepResult(MatchKind.NO_MATCH, None, None, None, message)


def _when_words(difference: int, period: int) -> str:
    """ "was valid 90 s ago (3 steps back)", "is the current one", "becomes valid in 30 s (1 step ahead)"."""
    seconds = _say_seconds(abs(difference) * period)
    steps = f"{abs(difference)} step{'s' if abs(difference) != 1 else ''}"
    if difference == 0:
        return "is the current one"
    if difference < 0:
        return f"was valid {seconds} ago ({steps} back)"
    return f"becomes valid in {seconds} ({steps} ahead)"


def _step_words(difference: int, period: int) -> str:
    if difference == 0:
        return (
            "This code is the current one. If the service rejected it, it may have been used already, typed"
            " too late, or the service's own clock is off."
        )
    seconds = _say_seconds(abs(difference) * period)
    direction = "behind" if difference < 0 else "ahead"
    text = f"This code {_when_words(difference, period)}: the device that made it runs about {seconds} {direction}."
    if abs(difference) == 1:
        return text + " Many services still accept a code one step away, but not all."
    return text + " That is more than services usually accept; correct that device's clock."


def _counter_words(account: Account, difference: int) -> str:
    counter = account.counter + difference
    if difference == 0:
        return f"This code is the one for the current counter ({counter}). If it was rejected, it was used already."
    count = f"{abs(difference)} code{'s' if abs(difference) != 1 else ''}"
    if difference > 0:
        meaning = f"the device that made it has generated {count} more than this app"
    else:
        meaning = f"this app has generated {count} more than the device that made it"
    return f"This code belongs to counter {counter}, while this app is at {account.counter}: {meaning}."


def _say_seconds(seconds: int) -> str:
    seconds = abs(int(seconds))
    if seconds < 120:
        return f"{seconds} s"
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    parts += [f"{minutes} min"] if minutes else []
    parts += [f"{secs} s"] if secs else []
    return " ".join(parts)
