"""FreeOTP+ JSON export (``{"tokenOrder": [...], "tokens": [...]}``), and token records shared with FreeOTP 2.

A token is FreeOTP's own record: ``type`` (TOTP/HOTP), ``algo``, ``digits``, ``period``, ``counter``, the
service as ``issuerExt`` (label prefix), ``issuerInt`` (``issuer=`` parameter) and ``issuerAlt`` (renamed
by the user), the account as ``label``/``labelAlt``, and in FreeOTP+ exports the secret as a JSON list of
*signed* Java bytes (-128…127).

HOTP counter policy: FreeOTP 1.x and FreeOTP+ store ``uri counter - 1`` (``Token.java``: ``counter =
Long.parseLong(c) - 1``; codes come from ``getHOTP(counter++)``; ``toUri()`` writes ``counter + 1``). We import
``stored + 1``, the value FreeOTP itself writes into an ``otpauth://`` link, so the next code we show is
never one the service has already seen (a counter one ahead is inside every server's look-ahead window; one
behind is refused). Aegis imports the stored value as-is; the shared vector notes that divergence. FreeOTP 2
stores the link's counter unchanged, so :mod:`.freeotp2` passes an offset of 0.
"""

from __future__ import annotations

from typing import Any

from ..core.account import ALGORITHMS, DEFAULT_PERIOD, Account, OtpType
from ..core.errors import InvalidParameters
from ..core.i18n import N_, Message
from ..core.otp import encode_secret
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult
from .fields import MAX_TOKENS, BadField, load_json, try_json_object

#: Secrets are 10–64 bytes in practice; 1 KiB leaves room and bounds the work per entry.
MAX_SECRET_BYTES = 1024


def signed_bytes(value: Any) -> bytes:
    """A Java ``byte[]`` written as a JSON list of -128…127 (0…255 tolerated) as bytes."""
    if not isinstance(value, list) or not value or len(value) > MAX_SECRET_BYTES:
        raise BadField(N_("The secret is missing or not a list of bytes."))
    if not all(type(b) is int and -128 <= b <= 255 for b in value):
        raise BadField(N_("The secret is not a list of bytes."))
    return bytes(b & 0xFF for b in value)


def _text(token: dict[str, Any], key: str) -> str:
    value = token.get(key)
    return value.strip() if isinstance(value, str) else ""


def _number(token: dict[str, Any], key: str, default: int) -> int:
    value = token.get(key, default)
    if value is None:
        return default
    if type(value) is not int:
        raise BadField(Message("The {key} value is not a whole number.", key=key))
    return value


def token_label(token: Any) -> str:
    """What an EntryError calls a token: "Issuer:label", whichever exists."""
    if not isinstance(token, dict):
        return ""
    issuer = _text(token, "issuerAlt") or _text(token, "issuerExt") or _text(token, "issuerInt")
    name = _text(token, "labelAlt") or _text(token, "label")
    return f"{issuer}:{name}" if issuer and name else issuer or name


def token_account(token: dict[str, Any], secret: bytes, counter_offset: int, algorithm_hint: str = "") -> ImportedEntry:
    """A FreeOTP token record as an entry; raises BadField for what we cannot represent.

    ``algorithm_hint`` is used when the record has no ``algo`` (FreeOTP 2 knows it from the key's type).
    """
    type_name = _text(token, "type").upper() or "TOTP"
    if type_name not in ("TOTP", "HOTP"):
        raise BadField(Message("The token type {type} is not supported.", type=repr(type_name[:16])))
    otp_type = OtpType.HOTP if type_name == "HOTP" else OtpType.TOTP
    algorithm = (_text(token, "algo") or algorithm_hint or "SHA1").upper().replace("-", "")
    if algorithm not in ALGORITHMS:
        raise BadField(
            Message(
                "The algorithm {algorithm} is not supported (SHA1, SHA256 and SHA512 are).",
                algorithm=repr(algorithm[:16]),
            )
        )
    digits = _number(token, "digits", 6)
    period = _number(token, "period", DEFAULT_PERIOD) if otp_type is OtpType.TOTP else DEFAULT_PERIOD
    counter = _number(token, "counter", 0) + counter_offset if otp_type is OtpType.HOTP else 0
    issuer = _text(token, "issuerAlt") or _text(token, "issuerExt") or _text(token, "issuerInt")
    name = _text(token, "labelAlt") or _text(token, "label")
    if not secret:
        raise BadField(N_("The secret is empty."))
    try:
        account = Account(
            issuer=issuer, name=name, type=otp_type, algorithm=algorithm, digits=digits, period=period, counter=counter
        )
    except InvalidParameters as exc:
        raise BadField(exc.message) from exc
    return ImportedEntry(account=account, secret=encode_secret(secret))


class FreeOtpPlusFormat(Format):
    name = "freeotp-plus"
    title = N_("FreeOTP+ export")
    can_be_encrypted = False
    patterns = ("*.json",)

    def sniff(self, data: bytes) -> bool:
        obj = try_json_object(data)
        return obj is not None and isinstance(obj.get("tokens"), list) and "Authenticators" not in obj

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        obj = load_json(data, N_("FreeOTP+ export"))
        if not isinstance(obj, dict) or not isinstance(obj.get("tokens"), list):
            raise FormatError(N_("This is not a FreeOTP+ export: it has no list of tokens."))
        tokens = obj["tokens"]
        if len(tokens) > MAX_TOKENS:
            raise FormatError(
                Message("The file lists {count} tokens; a FreeOTP+ export has far fewer.", count=f"{len(tokens):,}")
            )
        entries: list[ImportedEntry] = []
        errors: list[EntryError] = []
        for index, token in enumerate(tokens):
            try:
                if not isinstance(token, dict):
                    raise BadField(N_("The token is not a JSON object."))
                entries.append(token_account(token, signed_bytes(token.get("secret")), counter_offset=1))
            except BadField as exc:
                errors.append(EntryError(index, token_label(token), str(exc)))
        return ImportResult(self.name, entries, errors)


FORMAT = FreeOtpPlusFormat()
