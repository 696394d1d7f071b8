"""One-time-password maths: HOTP (RFC 4226), TOTP (RFC 6238) and Steam Guard.

Every function takes the time (or counter) as an argument, in the style of ``pyotp.TOTP.at``; nothing here
reads a clock. The HMAC and truncation are pyotp's. We only compute the time step ourselves because pyotp's
TOTP refuses periods above 120 s, which real exports contain, and we lower pyotp's 112-bit minimum because
services still issue 80-bit (16-character) secrets.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import pyotp
from pyotp.contrib.steam import STEAM_CHARS, Steam

from .account import Account, OtpType
from .errors import InvalidSecret
from .i18n import N_, Message

_DIGESTS: dict[str, Callable[..., object]] = {
    "SHA1": hashlib.sha1,
    "SHA256": hashlib.sha256,
    "SHA512": hashlib.sha512,
}
_SEPARATORS = re.compile(r"[\s\-_]+")
#: The 26 characters Steam Guard codes are made of (pyotp's table, the one the codes are computed with).
STEAM_ALPHABET = STEAM_CHARS
_BASE32 = re.compile(r"^[A-Z2-7]*$")


class _HOTP(pyotp.HOTP):
    min_secret_length_bits = 0


class _Steam(Steam):
    min_secret_length_bits = 0


def normalize_secret(text: str) -> str:
    """The canonical form of Key text: upper case, no spaces, dashes or ``=`` padding.

    Raises :class:`InvalidSecret` naming the first bad character, because "invalid key" alone does not tell a
    user who typed ``0`` for ``O`` what to fix.
    """
    # Check the characters before upper-casing: str.upper() turns some non-ASCII letters into ASCII ones
    # ("ß" -> "SS", "ı" -> "I"), which would silently change the secret; and the message should name the
    # character the user actually typed.
    stripped = _SEPARATORS.sub("", text).rstrip("=")
    if not stripped:
        raise InvalidSecret(N_("The key is empty."), N_("Type or paste the Key text the service shows."))
    cleaned = stripped.upper() if stripped.isascii() else stripped
    if not _BASE32.match(cleaned):
        bad = next(ch for ch in stripped if not (ch.isascii() and ("A" <= ch.upper() <= "Z" or "2" <= ch <= "7")))
        hint = N_("Keys use the letters A–Z and the digits 2–7.")
        if bad in "018":
            likely = dict(zip("018", "OIB", strict=True))[bad]
            hint = Message(
                "Keys use the letters A–Z and the digits 2–7 ({char} is probably {letter}).",
                char=repr(bad),
                letter=repr(likely),
            )
        raise InvalidSecret(Message("The key contains {char}, which is not a base32 character.", char=repr(bad)), hint)
    if len(cleaned) % 8 in (1, 3, 6):
        raise InvalidSecret(
            Message("The key has {count} characters, a length base32 cannot have.", count=len(cleaned)),
            N_("Check that no character is missing or doubled."),
        )
    return cleaned


def decode_secret(text: str) -> bytes:
    """The secret's bytes from tolerant Key text."""
    cleaned = normalize_secret(text)
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except binascii.Error as exc:  # pragma: no cover - normalize_secret already rejects these
        raise InvalidSecret(N_("The key is not valid base32.")) from exc
    if not key:
        raise InvalidSecret(N_("The key is too short to hold a secret."))
    return key


def encode_secret(key: bytes) -> str:
    """Canonical base32 for bytes: upper case, unpadded."""
    return base64.b32encode(key).decode("ascii").rstrip("=")


def hotp(secret: str, counter: int, algorithm: str = "SHA1", digits: int = 6) -> str:
    """The HOTP value for ``counter`` (RFC 4226), leading zeros kept."""
    return _HOTP(normalize_secret(secret), digits=digits, digest=_DIGESTS[algorithm]).generate_otp(counter)


def steam_code(secret: str, counter: int) -> str:
    """Steam Guard's 5-character code for a time step."""
    return _Steam(normalize_secret(secret)).generate_otp(counter)


def time_step(when: float, period: int) -> int:
    """The TOTP counter T = floor(when / period) (RFC 6238, T0 = 0)."""
    return math.floor(when / period)


def seconds_left(when: float, period: int) -> float:
    """Seconds until the code valid at ``when`` expires."""
    return period - (when % period)


def step_start(step: int, period: int) -> int:
    return step * period


def code_for_step(account: Account, secret: str, step: int) -> str:
    """The code an account shows for a TOTP/Steam time step, or for an HOTP counter value."""
    if account.type is OtpType.STEAM:
        return steam_code(secret, step)
    return hotp(secret, step, account.algorithm, account.digits)


def code_at(account: Account, secret: str, when: float) -> str:
    """The code shown at ``when``; for HOTP, the code for the stored counter (time does not matter)."""
    if account.type is OtpType.HOTP:
        return code_for_step(account, secret, account.counter)
    return code_for_step(account, secret, time_step(when, account.period))


@dataclass(frozen=True)
class CodeState:
    """What a view needs to show an account at one instant."""

    code: str
    next_code: str
    step: int
    seconds_left: float
    period: int


def code_state(account: Account, secret: str, when: float) -> CodeState:
    """Current code, the next one and the countdown; for HOTP the "next" code is for counter + 1."""
    if account.type is OtpType.HOTP:
        return CodeState(
            code=code_for_step(account, secret, account.counter),
            next_code=code_for_step(account, secret, account.counter + 1),
            step=account.counter,
            seconds_left=math.inf,
            period=0,
        )
    step = time_step(when, account.period)
    return CodeState(
        code=code_for_step(account, secret, step),
        next_code=code_for_step(account, secret, step + 1),
        step=step,
        seconds_left=seconds_left(when, account.period),
        period=account.period,
    )


_GROUPS = {6: (3, 3), 7: (3, 4), 8: (4, 4), 9: (3, 3, 3), 10: (5, 5)}


def format_code(code: str) -> str:
    """Group digits for reading: "123 456", "123 4567", "1234 5678"; Steam codes stay whole."""
    groups = _GROUPS.get(len(code)) if code.isdigit() else None
    if not groups:
        return code
    parts, start = [], 0
    for size in groups:
        parts.append(code[start : start + size])
        start += size
    return " ".join(parts)
