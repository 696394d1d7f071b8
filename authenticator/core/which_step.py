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
from .i18n import N_, Message, joined
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
            return Message("{algorithm}, {digits} digits", algorithm=self.algorithm, digits=self.digits)
        return Message(
            "{algorithm}, {digits} digits, {period} s", algorithm=self.algorithm, digits=self.digits, period=self.period
        )


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
        raise InvalidInput(N_("The code is empty."), N_("Type the code that was rejected, e.g. 123 456."))
    if account.type is OtpType.STEAM:
        cleaned = cleaned.upper()
        bad = next((ch for ch in cleaned if ch not in STEAM_ALPHABET), None)
        if bad is not None:
            raise InvalidInput(
                Message("The code contains {char}, which Steam Guard codes never use.", char=repr(bad)),
                Message(
                    "Steam codes are {count} characters from {alphabet}.", count=STEAM_DIGITS, alphabet=STEAM_ALPHABET
                ),
            )
        if len(cleaned) != STEAM_DIGITS:
            raise InvalidInput(
                Message(
                    "The code has {count} characters; Steam Guard codes have {steam}.",
                    count=len(cleaned),
                    steam=STEAM_DIGITS,
                ),
                N_("Check that no character is missing or doubled."),
            )
        return cleaned
    bad = next((ch for ch in cleaned if not ("0" <= ch <= "9")), None)
    if bad is not None:
        raise InvalidInput(Message("The code contains {char}; codes for this account are digits only.", char=repr(bad)))
    allowed = {*ALTERNATIVE_DIGITS, account.digits}
    if len(cleaned) not in allowed or not MIN_DIGITS <= len(cleaned) <= MAX_DIGITS:
        raise InvalidInput(
            Message(
                "The code has {count} digits; this account's codes have {digits}.",
                count=len(cleaned),
                digits=account.digits,
            ),
            N_("Check that no digit is missing or doubled."),
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
        raise InvalidInput(
            Message("The search window {seconds} s is negative.", seconds=window_seconds),
            N_("Use a number of seconds from 0."),
        )
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
        changed.append(Message("the algorithm is {found}, not {own}", found=params.algorithm, own=own.algorithm))
    if params.digits != own.digits:
        changed.append(Message("codes have {found} digits, not {own}", found=params.digits, own=own.digits))
    if params.period != own.period:
        changed.append(Message("the period is {found} s, not {own} s", found=params.period, own=own.period))
    message = Message(
        "This code does not match the account's settings ({own}), but it matches {found}: {changes}. The account"
        " was probably added with the wrong settings; edit it to match.",
        own=own.describe(account.type),
        found=params.describe(account.type),
        changes=joined(*changed, separator="; "),
    )
    if account.type is OtpType.HOTP:
        return WhichStepResult(MatchKind.PARAMETER_MISMATCH, difference, None, params, message)
    message = joined(message, _with_those_settings(difference, params.period))
    offset = float(difference * params.period)
    return WhichStepResult(MatchKind.PARAMETER_MISMATCH, difference, offset, params, message)


def _no_match(account: Account, code: str, window_seconds: int) -> WhichStepResult:
    # Whole sentences per case (not pieces glued together), so each can be translated with its own word order.
    algorithms = "/".join(ALGORITHMS)
    if account.type is OtpType.HOTP:
        message = Message(
            "This code matches none of counters {low}–{high}, with any algorithm ({algorithms}): the secret differs"
            " from the one that made the code. Add the account again from the service's QR code or key.",
            low=max(0, account.counter - HOTP_LOOK_BEHIND),
            high=account.counter + HOTP_LOOK_AHEAD,
            algorithms=algorithms,
        )
    elif account.type is OtpType.STEAM:
        message = Message(
            "This code matches none of the steps within ±{window} of now: the secret differs from the one that"
            " made the code. Add the account again from the service's QR code or key.",
            window=_say_seconds(window_seconds),
        )
    else:
        message = Message(
            "This code matches none of the steps within ±{window} of now, with any algorithm ({algorithms}) or"
            " period ({periods} s): the secret differs from the one that made the code. Add the account again"
            " from the service's QR code or key.",
            window=_say_seconds(window_seconds),
            algorithms=algorithms,
            periods=", ".join(map(str, ALTERNATIVE_PERIODS)),
        )
    if account.type is not OtpType.STEAM and len(code) != account.digits:
        message = joined(
            message,
            Message(
                "(The code has {count} digits, but this account makes {digits}-digit codes.)",
                count=len(code),
                digits=account.digits,
            ),
        )
    return WhichStepResult(MatchKind.NO_MATCH, None, None, None, message)


def _with_those_settings(difference: int, period: int) -> str:
    """ "With those settings the code was valid 90 s ago (3 steps back)." and its siblings."""
    seconds, steps = _say_seconds(abs(difference) * period), abs(difference)
    if difference == 0:
        return N_("With those settings the code is the current one.")
    if difference == -1:
        return Message("With those settings the code was valid {seconds} ago (1 step back).", seconds=seconds)
    if difference < 0:
        return Message(
            "With those settings the code was valid {seconds} ago ({steps} steps back).", seconds=seconds, steps=steps
        )
    if difference == 1:
        return Message("With those settings the code becomes valid in {seconds} (1 step ahead).", seconds=seconds)
    return Message(
        "With those settings the code becomes valid in {seconds} ({steps} steps ahead).", seconds=seconds, steps=steps
    )


def _step_words(difference: int, period: int) -> str:
    if difference == 0:
        return N_(
            "This code is the current one. If the service rejected it, it may have been used already, typed"
            " too late, or the service's own clock is off."
        )
    seconds, steps = _say_seconds(abs(difference) * period), abs(difference)
    if difference == -1:
        text = Message(
            "This code was valid {seconds} ago (1 step back): the device that made it runs about {seconds} behind.",
            seconds=seconds,
        )
    elif difference < 0:
        text = Message(
            "This code was valid {seconds} ago ({steps} steps back): the device that made it runs about {seconds}"
            " behind.",
            seconds=seconds,
            steps=steps,
        )
    elif difference == 1:
        text = Message(
            "This code becomes valid in {seconds} (1 step ahead): the device that made it runs about {seconds} ahead.",
            seconds=seconds,
        )
    else:
        text = Message(
            "This code becomes valid in {seconds} ({steps} steps ahead): the device that made it runs about"
            " {seconds} ahead.",
            seconds=seconds,
            steps=steps,
        )
    if steps == 1:
        return joined(text, N_("Many services still accept a code one step away, but not all."))
    return joined(text, N_("That is more than services usually accept; correct that device's clock."))


def _counter_words(account: Account, difference: int) -> str:
    counter = account.counter + difference
    if difference == 0:
        return Message(
            "This code is the one for the current counter ({counter}). If it was rejected, it was used already.",
            counter=counter,
        )
    fields = {"counter": counter, "current": account.counter, "count": abs(difference)}
    if difference == 1:
        return Message(
            "This code belongs to counter {counter}, while this app is at {current}: the device that made it has"
            " generated 1 code more than this app.",
            **fields,
        )
    if difference > 0:
        return Message(
            "This code belongs to counter {counter}, while this app is at {current}: the device that made it has"
            " generated {count} codes more than this app.",
            **fields,
        )
    if difference == -1:
        return Message(
            "This code belongs to counter {counter}, while this app is at {current}: this app has generated"
            " 1 code more than the device that made it.",
            **fields,
        )
    return Message(
        "This code belongs to counter {counter}, while this app is at {current}: this app has generated"
        " {count} codes more than the device that made it.",
        **fields,
    )


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
