"""Google Authenticator's transfer QR codes (``otpauth-migration://offline?data=…``), and what they lose.

The payload is the ``MigrationPayload`` protobuf Google Authenticator exports and scans (field numbers as
in the community-documented schema that Aegis and others read): a list of ``OtpParameters`` (secret bytes,
name, issuer, algorithm, digit count, type, counter) plus version, batch size, batch index and batch id. It
is encoded here by hand: seven fields of varints and byte strings need no generated code.

What the format cannot say, Google Authenticator cannot keep. :func:`compatibility` tells, per account,
whether it would be *dropped* (no way to write it: Steam, or digits other than 6 or 8) or *broken* (written,
but the codes would differ: a period other than 30 s, which the payload has no field for; SHA256/SHA512,
which Google Authenticator has long ignored and treated as SHA1). Callers show that list before making the
codes; :func:`migration_uris` leaves dropped accounts out, and broken ones unless asked.

At most 10 accounts go in one code (Google Authenticator's own batches hold 10, and a denser code is hard to
scan from a screen); a batch with long names is split further so no code outgrows what a phone reads well.
"""

from __future__ import annotations

import base64
import secrets as _random
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import quote

from ..core.account import DEFAULT_PERIOD, Account, OtpType
from ..core.i18n import N_, Message
from ..core.otp import decode_secret

MAX_ACCOUNTS_PER_CODE = 10
#: Above this many payload bytes a code gets too dense to scan comfortably from a screen (~version 30).
MAX_PAYLOAD_BYTES = 1200
PAYLOAD_VERSION = 1

_ALGORITHMS = {"SHA1": 1, "SHA256": 2, "SHA512": 3}
_DIGITS = {6: 1, 8: 2}
_TYPES = {OtpType.HOTP: 1, OtpType.TOTP: 2}

Pair = tuple[Account, str]


class Verdict(StrEnum):
    OK = "ok"
    BROKEN = "broken"  # can be written, but Google Authenticator would show wrong codes
    DROPPED = "dropped"  # cannot be written at all


@dataclass(frozen=True)
class Compatibility:
    account: Account
    verdict: Verdict
    reasons: tuple[str, ...] = ()


def check(account: Account) -> Compatibility:
    """Whether Google Authenticator would keep this account working, and if not, why (no secret named)."""
    if account.type is OtpType.STEAM:
        return Compatibility(account, Verdict.DROPPED, (N_("Google Authenticator has no Steam Guard codes."),))
    if account.digits not in _DIGITS:
        return Compatibility(
            account,
            Verdict.DROPPED,
            (Message("Google Authenticator shows 6 or 8 digits, not {digits}.", digits=account.digits),),
        )
    reasons = []
    if account.type is OtpType.TOTP and account.period != DEFAULT_PERIOD:
        reasons.append(
            Message(
                "Google Authenticator always uses 30 s; this account changes every {period} s.", period=account.period
            )
        )
    if account.algorithm != "SHA1":
        reasons.append(
            Message(
                "Google Authenticator ignores {algorithm} and would compute SHA1 codes.", algorithm=account.algorithm
            )
        )
    return Compatibility(account, Verdict.BROKEN if reasons else Verdict.OK, tuple(reasons))


def compatibility(accounts: Sequence[Account]) -> list[Compatibility]:
    """The accounts Google Authenticator would drop or break (the rest are fine), in list order."""
    return [c for c in (check(a) for a in accounts) if c.verdict is not Verdict.OK]


def migration_uris(pairs: Sequence[Pair], *, include_broken: bool = False, batch_id: int | None = None) -> list[str]:
    """``otpauth-migration://`` URIs, one per QR code, for the accounts that can be written."""
    chosen = [
        (account, secret)
        for account, secret in pairs
        if (verdict := check(account).verdict) is Verdict.OK or (include_broken and verdict is Verdict.BROKEN)
    ]
    if not chosen:
        return []
    batches = _batches([_otp_parameters(account, secret) for account, secret in chosen])
    batch_id = _random.randbelow(2**31 - 1) + 1 if batch_id is None else batch_id
    uris = []
    for index, batch in enumerate(batches):
        payload = b"".join(_field_bytes(1, item) for item in batch)
        payload += _field_varint(2, PAYLOAD_VERSION) + _field_varint(3, len(batches))
        payload += _field_varint(4, index) + _field_varint(5, batch_id)
        data = base64.b64encode(payload).decode("ascii")
        uris.append(f"otpauth-migration://offline?data={quote(data, safe='')}")
    return uris


def _batches(items: list[bytes]) -> list[list[bytes]]:
    batches: list[list[bytes]] = [[]]
    size = 0
    for item in items:
        current = batches[-1]
        if current and (len(current) >= MAX_ACCOUNTS_PER_CODE or size + len(item) > MAX_PAYLOAD_BYTES):
            batches.append([])
            size = 0
        batches[-1].append(item)
        size += len(item) + 3
    return batches


def _otp_parameters(account: Account, secret: str) -> bytes:
    message = _field_bytes(1, decode_secret(secret))
    message += _field_bytes(2, migration_label(account).encode("utf-8"))
    if account.issuer:
        message += _field_bytes(3, account.issuer.encode("utf-8"))
    message += _field_varint(4, _ALGORITHMS[account.algorithm])
    message += _field_varint(5, _DIGITS[account.digits])
    message += _field_varint(6, _TYPES[account.type])
    if account.type is OtpType.HOTP:
        message += _field_varint(7, account.counter)
    return message


def migration_label(account: Account) -> str:
    """The ``name`` field as Google Authenticator writes it: ``Issuer:account``.

    Readers split the label at its first ``:`` and prefer the issuer field, so a ``:`` inside the name
    is kept by writing a prefix, and an issuer holding a ``:`` is left out of the label (it is in the
    issuer field anyway).
    """
    prefix = account.issuer if ":" not in account.issuer else ""
    return f"{prefix}:{account.name}" if prefix or ":" in account.name else account.name


def _varint(value: int) -> bytes:
    if value < 0:  # int64 negatives take ten bytes in protobuf; none of our fields is ever negative
        raise ValueError("negative varint")
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field_varint(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _field_bytes(number: int, value: bytes) -> bytes:
    return _varint(number << 3 | 2) + _varint(len(value)) + value
