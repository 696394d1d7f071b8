"""Stratum (formerly Authenticator Pro) backups: plain JSON, encrypted, and the older encrypted form.

Plain: ``{"Authenticators": [{"Type", "Issuer", "Username", "Secret" (base32), "Algorithm", "Digits",
"Period", "Counter", ...}], "Categories": [{"Id", "Name"}], "AuthenticatorCategories": [{"CategoryId",
"AuthenticatorSecret"}], ...}``. Type 1 = HOTP, 2 = TOTP, 3 = mOTP, 4 = Steam, 5 = Yandex; Algorithm 0 =
SHA1, 1 = SHA256, 2 = SHA512. Categories become groups. mOTP and Yandex accounts cannot be computed here and
become per-entry errors.

Encrypted (current): ``"AUTHENTICATORPRO"`` | 16-byte salt | 12-byte IV | AES-256-GCM(ciphertext + tag), key =
Argon2id(password, salt, t=3, m=64 MiB, p=4, 32 bytes). Legacy: ``"AuthenticatorPro"`` | 20-byte salt |
16-byte IV | AES-256-CBC/PKCS#7, key = PBKDF2-HMAC-SHA1(password, salt, 64,000, 32 bytes). Both wrap the plain
JSON. (Layout as read by Aegis's importer and its test files; the costs are fixed by the format, and still go
through :mod:`.limits` so a change to them is a conscious one.)
"""

from __future__ import annotations

import hashlib
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..core.account import DEFAULT_PERIOD, STEAM_DIGITS, Account, OtpType
from ..core.errors import InvalidParameters, InvalidSecret
from ..core.i18n import N_, Message
from ..core.otp import decode_secret, encode_secret
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import MAX_TOKENS, BadField, load_json, try_json_object
from .limits import check_argon2, check_pbkdf2

HEADER = b"AUTHENTICATORPRO"
LEGACY_HEADER = b"AuthenticatorPro"
SALT_BYTES, IV_BYTES = 16, 12
LEGACY_SALT_BYTES, LEGACY_IV_BYTES = 20, 16
ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM = 3, 64 * 1024, 4
LEGACY_ITERATIONS = 64_000
KEY_BYTES = 32

_TYPES = {1: OtpType.HOTP, 2: OtpType.TOTP, 4: OtpType.STEAM}
_UNSUPPORTED_TYPES = {3: "mOTP", 5: "Yandex"}
_ALGORITHMS = {0: "SHA1", 1: "SHA256", 2: "SHA512"}
_WRONG_PASSWORD_HINT = N_("Type the password you chose when making the backup in Stratum (Authenticator Pro).")


def derive_argon2(password: str, salt: bytes, time_cost: int, memory_kib: int, parallelism: int) -> bytes:
    """Argon2id; a module function so tests can count or replace calls."""
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost, memory_kib, parallelism, KEY_BYTES, Type.ID)


def derive_pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha1", password.encode("utf-8"), salt, iterations, dklen=KEY_BYTES)


def _decrypt(data: bytes, password: str) -> bytes:
    """The plain JSON inside an encrypted backup; WrongPassword when it does not open."""
    if data.startswith(HEADER):
        body = data[len(HEADER) :]
        if len(body) < SALT_BYTES + IV_BYTES + 16:
            raise FormatError(N_("The Stratum backup is cut short."), N_("Copy the whole file again."))
        salt, iv, ciphertext = (
            body[:SALT_BYTES],
            body[SALT_BYTES : SALT_BYTES + IV_BYTES],
            body[SALT_BYTES + IV_BYTES :],
        )
        check_argon2(ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)
        key = derive_argon2(password, salt, ARGON2_TIME, ARGON2_MEMORY_KIB, ARGON2_PARALLELISM)
        try:
            return AESGCM(key).decrypt(iv, ciphertext, None)
        except InvalidTag as exc:
            raise WrongPassword(N_("The password is wrong."), _WRONG_PASSWORD_HINT) from exc
    body = data[len(LEGACY_HEADER) :]
    ciphertext = body[LEGACY_SALT_BYTES + LEGACY_IV_BYTES :]
    if not ciphertext or len(ciphertext) % 16:
        raise FormatError(N_("The Stratum backup is cut short."), N_("Copy the whole file again."))
    salt, iv = body[:LEGACY_SALT_BYTES], body[LEGACY_SALT_BYTES : LEGACY_SALT_BYTES + LEGACY_IV_BYTES]
    check_pbkdf2(LEGACY_ITERATIONS)
    key = derive_pbkdf2(password, salt, LEGACY_ITERATIONS)
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    padded = decryptor.update(ciphertext) + decryptor.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    try:
        plain = unpadder.update(padded) + unpadder.finalize()
    except ValueError as exc:
        raise WrongPassword(N_("The password is wrong."), _WRONG_PASSWORD_HINT) from exc
    if not plain.lstrip().startswith(b"{"):
        # CBC has no tag: a wrong key yields valid padding once in ~256 tries, and then garbage.
        raise WrongPassword(N_("The password is wrong."), _WRONG_PASSWORD_HINT)
    return plain


def _groups(obj: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Category names by authenticator secret (Stratum links them by secret)."""
    categories = obj.get("Categories")
    links = obj.get("AuthenticatorCategories")
    if not isinstance(categories, list) or not isinstance(links, list):
        return {}
    names = {
        c.get("Id"): c["Name"].strip()
        for c in categories
        if isinstance(c, dict) and isinstance(c.get("Name"), str) and c["Name"].strip()
    }
    found: dict[str, list[str]] = {}
    for link in links:
        if not isinstance(link, dict) or not isinstance(link.get("AuthenticatorSecret"), str):
            continue
        name = names.get(link.get("CategoryId")) if isinstance(link.get("CategoryId"), str) else None
        if name and name not in found.setdefault(link["AuthenticatorSecret"], []):
            found[link["AuthenticatorSecret"]].append(name)
    return {secret: tuple(names) for secret, names in found.items()}


def _int(item: dict[str, Any], key: str, default: int) -> int:
    value = item.get(key, default)
    if value is None:
        return default
    if type(value) is not int:
        raise BadField(Message("The {key} value is not a whole number.", key=key))
    return value


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    return value.strip() if isinstance(value, str) else ""


def _entry(item: Any, groups: dict[str, tuple[str, ...]]) -> ImportedEntry:
    if not isinstance(item, dict):
        raise BadField(N_("The entry is not a JSON object."))
    type_code = _int(item, "Type", 2)
    if type_code in _UNSUPPORTED_TYPES:
        raise BadField(Message("{type} accounts are not supported.", type=_UNSUPPORTED_TYPES[type_code]))
    if type_code not in _TYPES:
        raise BadField(Message("The account type {code} is unknown.", code=type_code))
    otp_type = _TYPES[type_code]
    algorithm = _ALGORITHMS.get(_int(item, "Algorithm", 0))
    if algorithm is None:
        raise BadField(N_("The algorithm is not supported (SHA1, SHA256 and SHA512 are)."))
    raw_secret = item.get("Secret")
    if not isinstance(raw_secret, str):
        raise BadField(N_("The secret is missing."))
    try:
        secret = encode_secret(decode_secret(raw_secret))
    except InvalidSecret as exc:
        raise BadField(N_("The secret is not valid base32.")) from exc
    digits = STEAM_DIGITS if otp_type is OtpType.STEAM else _int(item, "Digits", 6)
    period = _int(item, "Period", DEFAULT_PERIOD) if otp_type is not OtpType.HOTP else DEFAULT_PERIOD
    if otp_type is OtpType.STEAM:
        algorithm, period = "SHA1", DEFAULT_PERIOD
    counter = _int(item, "Counter", 0) if otp_type is OtpType.HOTP else 0
    try:
        account = Account(
            issuer=_text(item, "Issuer"),
            name=_text(item, "Username"),
            type=otp_type,
            algorithm=algorithm,
            digits=digits,
            period=period,
            counter=counter,
            groups=groups.get(raw_secret, ()),
        )
    except InvalidParameters as exc:
        raise BadField(exc.message) from exc
    return ImportedEntry(account=account, secret=secret)


def read_plain(data: bytes, format_name: str, encrypted: bool) -> ImportResult:
    obj = load_json(data, N_("Stratum backup"))
    items = obj.get("Authenticators") if isinstance(obj, dict) else None
    if not isinstance(items, list):
        raise FormatError(N_("This is not a Stratum backup: it has no list of authenticators."))
    if len(items) > MAX_TOKENS:
        raise FormatError(
            Message("The file lists {count} accounts; a Stratum backup has far fewer.", count=f"{len(items):,}")
        )
    groups = _groups(obj)
    entries: list[ImportedEntry] = []
    errors: list[EntryError] = []
    for index, item in enumerate(items):
        try:
            entries.append(_entry(item, groups))
        except BadField as exc:
            label = (
                ":".join(p for p in (_text(item, "Issuer"), _text(item, "Username")) if p)
                if isinstance(item, dict)
                else ""
            )
            errors.append(EntryError(index, label, str(exc)))
    return ImportResult(format_name, entries, errors, encrypted=encrypted)


class StratumFormat(Format):
    name = "stratum"
    title = N_("Stratum (Authenticator Pro) backup")
    can_be_encrypted = True
    patterns = ("*.json", "*.authpro", "*.bin")

    def sniff(self, data: bytes) -> bool:
        if data.startswith((HEADER, LEGACY_HEADER)):
            return True
        obj = try_json_object(data)
        return obj is not None and isinstance(obj.get("Authenticators"), list)

    def is_encrypted(self, data: bytes) -> bool:
        return data.startswith((HEADER, LEGACY_HEADER))

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        if not self.is_encrypted(data):
            return read_plain(data, self.name, encrypted=False)
        if password is None:
            raise PasswordRequired(N_("The Stratum backup is encrypted."), _WRONG_PASSWORD_HINT)
        return read_plain(_decrypt(data, password), self.name, encrypted=True)


FORMAT = StratumFormat()
