"""Helpers the importers share: reading JSON/text safely, AES-GCM, and turning raw fields into an entry.

Every importer ends with the same step: loosely-typed values from someone else's file (strings where numbers
belong, ``null``, lower-case algorithm names, padded base32) become an :class:`~.base.ImportedEntry`, or an
:class:`~.base.EntryError` naming what is wrong with that one entry. Doing it in one place keeps the policy
identical across formats (MD5 refused, digits 6–10, Steam always 5 characters / 30 s / SHA1) and keeps the
"only FormatError escapes" contract easy to keep: :func:`build_entry` never raises.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..core.account import ALGORITHMS, DEFAULT_PERIOD, STEAM_DIGITS, Account, OtpType
from ..core.errors import InvalidInput
from ..core.i18n import N_, Message, decapitalised
from ..core.otp import decode_secret, encode_secret
from .base import EntryError, FormatError, ImportedEntry

#: Longest issuer/name shown in an error label.
_LABEL_LIMIT = 60
#: An export with more entries than this is not a real one (people have tens, a few hundred).
MAX_TOKENS = 10_000


class BadField(Exception):
    """One field of one entry is unusable; becomes an EntryError (the message names no secret)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message  # the marked message itself (Exception.__str__ would give a plain copy)


# -- whole-file helpers -----------------------------------------------------------------------------------


def decode_text(data: bytes, what: str) -> str:
    """``data`` as UTF-8 text (a BOM is dropped); FormatError when it is not text."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FormatError(
            Message("This {what} is not UTF-8 text.", what=what), N_("Export the file from the app again.")
        ) from exc


def load_json(data: bytes, what: str) -> Any:
    """Parse JSON; FormatError for anything that is not (including absurd nesting or huge numbers)."""
    text = decode_text(data, what)
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise FormatError(
            Message("This {what} is not valid JSON (it may be truncated or damaged).", what=what)
        ) from exc


def try_json(data: bytes) -> Any:
    """The parsed JSON, or None: for ``sniff``, which must never raise."""
    head = data.lstrip()[:1]
    if head not in (b"{", b"[", b"\xef"):
        return None
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None


def try_json_object(data: bytes) -> dict[str, Any] | None:
    """The JSON object in ``data``, or None (not JSON, or JSON but not an object): for ``sniff``."""
    value = try_json(data)
    return value if isinstance(value, dict) else None


def first_content_line(data: bytes, limit: int = 65536) -> str:
    """The first line that is neither blank nor a ``#`` comment (for sniffing text formats); "" if none."""
    text = data[:limit].decode("utf-8-sig", errors="replace")
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped
    return ""


def b64decode(text: Any, what: str) -> bytes:
    """Standard or URL-safe base64, padded or not; FormatError naming ``what`` when it is not base64."""
    if not isinstance(text, str):
        raise FormatError(Message("The {what} is missing or not text.", what=what))
    cleaned = "".join(text.split()).replace("-", "+").replace("_", "/").rstrip("=")
    try:
        return base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError(Message("The {what} is not valid base64.", what=what)) from exc


def hex_bytes(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise FormatError(Message("The {what} is missing or not text.", what=what))
    try:
        return bytes.fromhex(text)
    except ValueError as exc:
        raise FormatError(Message("The {what} is not valid hexadecimal.", what=what)) from exc


def aes_gcm_decrypt(key: bytes, nonce: bytes, ciphertext_and_tag: bytes, associated: bytes | None = None) -> bytes:
    """AES-GCM decryption; raises cryptography's InvalidTag (wrong key or altered data) or FormatError (sizes)."""
    if len(key) not in (16, 24, 32):
        raise FormatError(
            Message("The file names a {count}-byte AES key; AES keys have 16, 24 or 32 bytes.", count=len(key))
        )
    if not 8 <= len(nonce) <= 128 or len(ciphertext_and_tag) < 16:
        raise FormatError(N_("The encrypted data is truncated or damaged (nonce or tag has the wrong size)."))
    return AESGCM(key).decrypt(nonce, ciphertext_and_tag, associated)


# -- one entry --------------------------------------------------------------------------------------------


def label_for(issuer: Any, name: Any, fallback: str) -> str:
    """What an EntryError calls the entry: "Issuer (name)", shortened; never derived from the secret."""
    parts = [str(v).strip() for v in (issuer, name) if isinstance(v, str | int) and str(v).strip()]
    text = f"{parts[0]} ({parts[1]})" if len(parts) == 2 else (parts[0] if parts else fallback)
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1] + "…"


def group_name_map(raw: Any, id_key: str) -> dict[str, str]:
    """A backup's group list (objects with an id under ``id_key`` and a ``name``) as id → name; odd items skipped."""
    names: dict[str, str] = {}
    if isinstance(raw, list):
        for group in raw:
            if isinstance(group, dict) and isinstance(group.get(id_key), str) and isinstance(group.get("name"), str):
                names[group[id_key]] = group["name"].strip()
    return names


def text_field(value: Any) -> str:
    """A display field (issuer, name, note): None → "", numbers as text, anything else refused."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise BadField(N_("A name field holds a list or an object instead of text."))


def int_field(value: Any, what: str, default: int) -> int:
    """A whole number from a number or numeric text; None or "" gives ``default``."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise BadField(Message("The {what} is true/false instead of a number.", what=what))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        stripped = value.strip()
        if stripped.isascii() and stripped.lstrip("-").isdigit() and len(stripped) <= 30:
            return int(stripped)
    raise BadField(Message("The {what} {value} is not a whole number.", what=what, value=repr(str(value)[:20])))


def algorithm_field(value: Any) -> str:
    """SHA1/SHA256/SHA512 from any common spelling ("sha1", "SHA-256", "HmacSHA512"); others refused."""
    if value is None or value == "":
        return "SHA1"
    if not isinstance(value, str):
        raise BadField(N_("The algorithm is not text."))
    name = value.strip().upper().replace("-", "").replace("_", "")
    name = name.removeprefix("HMAC")
    if name in ALGORITHMS:
        return name
    shown = value.strip()[:20]
    raise BadField(
        Message(
            "The algorithm {shown} is not supported; Authenticator computes SHA1, SHA256 and SHA512 codes.",
            shown=repr(shown),
        )
    )


def type_field(value: Any, default: OtpType = OtpType.TOTP) -> OtpType:
    if value is None or value == "":
        return default
    if isinstance(value, str):
        try:
            return OtpType(value.strip().lower())
        except ValueError:
            pass
    shown = str(value)[:20]
    raise BadField(
        Message("The account type {shown} is not supported (only TOTP, HOTP and Steam are).", shown=repr(shown))
    )


def secret_from_text(value: Any) -> bytes:
    if not isinstance(value, str) or not value.strip():
        raise BadField(N_("The entry has no secret."))
    try:
        return decode_secret(value)
    except InvalidInput as exc:
        raise BadField(Message("The secret is not valid base32: {reason}", reason=decapitalised(exc.message))) from exc


def build_entry(
    index: int,
    label: str,
    *,
    secret: bytes,
    issuer: str,
    name: str,
    otp_type: OtpType,
    algorithm: str = "SHA1",
    digits: int = 6,
    period: int = DEFAULT_PERIOD,
    counter: int = 0,
    groups: Iterable[str] = (),
    note: str = "",
    favourite: bool = False,
    import_note: str = "",
) -> ImportedEntry | EntryError:
    """An entry, or the reason it cannot be one. Steam is always 5 characters, 30 s, SHA1 (what Steam uses)."""
    if not secret:
        return EntryError(index, label, N_("The entry has no secret."))
    if otp_type is OtpType.STEAM:
        algorithm, digits, period = "SHA1", STEAM_DIGITS, DEFAULT_PERIOD
    if otp_type is not OtpType.HOTP:
        counter = 0
    else:
        period = DEFAULT_PERIOD
    try:
        account = Account(
            issuer=issuer,
            name=name,
            type=otp_type,
            algorithm=algorithm,
            digits=digits,
            period=period,
            counter=counter,
            note=note,
            groups=tuple(dict.fromkeys(g for g in groups if g)),
            favourite=favourite,
        )
    except InvalidInput as exc:
        return EntryError(index, label, exc.message)
    return ImportedEntry(account=account, secret=encode_secret(secret), note=import_note)


def split_results(items: Iterable[ImportedEntry | EntryError]) -> tuple[list[ImportedEntry], list[EntryError]]:
    entries: list[ImportedEntry] = []
    errors: list[EntryError] = []
    for item in items:
        (entries if isinstance(item, ImportedEntry) else errors).append(item)  # type: ignore[arg-type]
    return entries, errors
