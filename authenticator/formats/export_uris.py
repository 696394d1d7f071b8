"""The ``otpauth://`` URI list: one account per line, the plainest export there is.

Every authenticator that imports "a text file of otpauth links" (Aegis, 2FAS, Ente, KeePassXC one by one)
reads it. Each line holds a secret in the clear: callers show a warning before writing it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.account import Account
from ..core.i18n import N_, Message
from ..core.uri import parse_otpauth, to_otpauth
from .base import FormatError

Pair = tuple[Account, str]


def uri_lines(pairs: Sequence[Pair]) -> list[str]:
    return [to_otpauth(account, secret) for account, secret in pairs]


def uri_file(pairs: Sequence[Pair]) -> bytes:
    return "".join(line + "\n" for line in uri_lines(pairs)).encode("utf-8")


def check_uri_file(data: bytes, pairs: Sequence[Pair]) -> None:
    """Raise FormatError unless ``data`` parses back to exactly these accounts and secrets, in order."""
    try:
        lines = data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise FormatError(N_("The URI list is not UTF-8.")) from exc
    if len(lines) != len(pairs):
        raise FormatError(
            Message("The URI list has {count} lines instead of {expected}.", count=len(lines), expected=len(pairs))
        )
    for line, (account, secret) in zip(lines, pairs, strict=True):
        parsed = parse_otpauth(line)
        if not same_account(parsed.account, account) or parsed.secret != to_secret(secret):
            raise FormatError(Message("The line for {title} does not read back as written.", title=account.title))


def same_account(a: Account, b: Account) -> bool:
    """Same issuer, name and code parameters (ids, positions and notes are not part of a URI)."""
    fields = ("issuer", "name", "type", "algorithm", "digits")
    if any(getattr(a, f) != getattr(b, f) for f in fields):
        return False
    return a.counter == b.counter if a.type.value == "hotp" else a.period == b.period


def to_secret(secret: str) -> str:
    from ..core.otp import decode_secret, encode_secret

    return encode_secret(decode_secret(secret))
