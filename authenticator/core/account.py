"""An account: everything about a 2FA registration except its secret.

Secrets live in the OS keyring, keyed by :attr:`Account.id`; this record is what goes into the metadata file.
``to_dict``/``from_dict`` are the metadata file's schema for one account, so a field added here must be
added there with a default, which keeps older files readable.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from typing import Any

from .errors import InvalidParameters
from .i18n import N_, Message


class OtpType(StrEnum):
    TOTP = "totp"
    HOTP = "hotp"
    STEAM = "steam"


#: Algorithms we can compute, by the names otpauth URIs and other apps use.
ALGORITHMS = ("SHA1", "SHA256", "SHA512")
MIN_DIGITS, MAX_DIGITS = 6, 10
STEAM_DIGITS = 5
DEFAULT_PERIOD = 30


def new_account_id() -> str:
    """An opaque id: it names the keyring item, so it must reveal nothing about the account.

    ``uuid`` is imported here: it pulls in ``platform`` and is only needed when an account is created, not on
    the start-up path (measured: 5 ms of a window's start).
    """
    import uuid

    return uuid.uuid4().hex


@dataclass(frozen=True)
class Account:
    issuer: str
    name: str
    type: OtpType = OtpType.TOTP
    algorithm: str = "SHA1"
    digits: int = 6
    period: int = DEFAULT_PERIOD
    counter: int = 0
    position: int = 0
    url: str = ""
    note: str = ""
    groups: tuple[str, ...] = ()
    icon: str = ""
    favourite: bool = False
    id: str = field(default_factory=new_account_id)

    def __post_init__(self) -> None:
        validate_parameters(self.type, self.algorithm, self.digits, self.period, self.counter)

    @property
    def title(self) -> str:
        """What the user calls the account: "Issuer (name)", or whichever part exists."""
        if self.issuer and self.name:
            return f"{self.issuer} ({self.name})"
        return self.issuer or self.name or "Unnamed account"

    def with_changes(self, **changes: Any) -> Account:
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"] = self.type.value
        data["groups"] = list(self.groups)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Account:
        """Build from a metadata record; unknown keys (from a newer minor version) are ignored."""
        try:
            return cls(
                id=str(data["id"]),
                issuer=str(data.get("issuer", "")),
                name=str(data.get("name", "")),
                type=OtpType(str(data.get("type", "totp")).lower()),
                algorithm=str(data.get("algorithm", "SHA1")).upper(),
                digits=int(data.get("digits", 6)),
                period=int(data.get("period", DEFAULT_PERIOD)),
                counter=int(data.get("counter", 0)),
                position=int(data.get("position", 0)),
                url=str(data.get("url", "")),
                note=str(data.get("note", "")),
                groups=tuple(str(g) for g in data.get("groups", ())),
                icon=str(data.get("icon", "")),
                favourite=bool(data.get("favourite", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidParameters(Message("An account record is damaged ({error}).", error=str(exc))) from exc


def validate_parameters(otp_type: OtpType, algorithm: str, digits: int, period: int, counter: int) -> None:
    """Refuse parameters no code can be computed with, naming the offending one."""
    if not isinstance(otp_type, OtpType):
        raise InvalidParameters(Message("Unknown type {type}: use totp, hotp or steam.", type=repr(otp_type)))
    if algorithm not in ALGORITHMS:
        raise InvalidParameters(
            Message("Unknown algorithm {algorithm}.", algorithm=repr(algorithm)),
            N_("Use SHA1, SHA256 or SHA512 (most services use SHA1)."),
        )
    if otp_type is OtpType.STEAM:
        if digits != STEAM_DIGITS:
            raise InvalidParameters(
                Message("Steam Guard codes have {steam} characters, not {digits}.", steam=STEAM_DIGITS, digits=digits)
            )
    elif not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise InvalidParameters(
            Message("{digits} digits is out of range.", digits=digits),
            Message("Codes have {low} to {high} digits (usually 6).", low=MIN_DIGITS, high=MAX_DIGITS),
        )
    if period <= 0:
        raise InvalidParameters(
            Message("A period of {period} s is not possible.", period=period),
            N_("Use a positive number (usually 30)."),
        )
    if counter < 0 or counter >= 2**64:
        raise InvalidParameters(
            Message("The counter {counter} is out of range.", counter=counter), N_("Use a number from 0 up.")
        )
