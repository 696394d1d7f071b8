"""andOTP backups: plain JSON and encrypted (``.json.aes``), both the current and the old encryption.

Plain: a JSON list of ``{secret, issuer, label, digits, type, algorithm, period, counter, tags}``.

Encrypted, current format: ``iterations (4 bytes, big-endian) | salt (12) | nonce (12) | AES-256-GCM
ciphertext+tag`` with the key ``PBKDF2-HMAC-SHA1(password, salt, iterations, 32)``. Old format (andOTP before
0.6.3): ``nonce (12) | ciphertext+tag`` with the key ``SHA-256(password)``. Nothing in the file says which
one it is, so the cheap old scheme is tried first, then the current one — but only after the iteration count
has passed :func:`.limits.check_pbkdf2`: an out-of-range count is not derived, whatever the file claims.

Policies: tags become groups; Steam accounts are 5 characters / 30 s; ``MOTP`` entries become per-entry
errors. Old andOTP versions wrote the label ``"Issuer - Issuer:account"`` with an empty issuer; we split it at
the first ``" - "`` and drop the repeated ``Issuer:`` prefix (Aegis keeps ``Issuer:account`` as the name).
"""

from __future__ import annotations

import hashlib
import struct
from typing import Any

from cryptography.exceptions import InvalidTag

from ..core.i18n import N_, Message
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import (
    BadField,
    aes_gcm_decrypt,
    algorithm_field,
    build_entry,
    int_field,
    label_for,
    load_json,
    secret_from_text,
    split_results,
    text_field,
    try_json,
    type_field,
)
from .limits import MAX_PBKDF2_ITERATIONS, check_pbkdf2

NAME = "andotp"
NONCE, SALT, TAG = 12, 12, 16
#: The smallest encrypted backup: header and nonce plus the tag around "[]".
MIN_ENCRYPTED = 4 + SALT + NONCE + TAG + 2
#: Binary files of other apps that an andOTP backup (which has no magic number) must not be taken for.
_OTHER_MAGIC = (b"\xac\xed", b"PK\x03\x04", b"SQLite format 3", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF")


class AndOtpFormat(Format):
    name = NAME
    title = N_("andOTP backup")
    can_be_encrypted = True
    patterns = ("*.json", "*.aes")

    def sniff(self, data: bytes) -> bool:
        doc = try_json(data)
        if doc is not None:
            return _looks_like_plain(doc)
        return _looks_encrypted(data)

    def is_encrypted(self, data: bytes) -> bool:
        if try_json(data) is not None:
            return False
        if not _looks_encrypted(data):
            raise FormatError(N_("This is not an andOTP backup."))
        return True

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        encrypted = self.is_encrypted(data)
        if encrypted:
            if password is None:
                raise PasswordRequired(N_("This andOTP backup is encrypted."), N_("Enter the backup password."))
            doc = _decrypt(data, password)
        else:
            doc = load_json(data, N_("andOTP backup"))
            if doc == []:
                raise FormatError(N_("The andOTP backup holds no accounts."))
            if not _looks_like_plain(doc):
                raise FormatError(N_("This is not an andOTP backup (its entries have no secret, type and label)."))
        if not isinstance(doc, list):
            raise FormatError(N_("This is not an andOTP backup (no list of accounts)."))
        items = [_entry(raw, index) for index, raw in enumerate(doc)]
        good, errors = split_results(items)
        return ImportResult(NAME, good, errors, encrypted=encrypted)


def _looks_like_plain(doc: Any) -> bool:
    return (
        isinstance(doc, list)
        and bool(doc)
        and all(isinstance(e, dict) and "secret" in e and "type" in e and "label" in e for e in doc[:5])
    )


def _looks_encrypted(data: bytes) -> bool:
    if len(data) < MIN_ENCRYPTED or data.startswith(_OTHER_MAGIC) or data[:16].upper() == b"AUTHENTICATORPRO":
        return False
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False  # random ciphertext is practically never valid UTF-8 for 4 KB (or for a short file)


def _decrypt(data: bytes, password: str) -> Any:
    secret = password.encode("utf-8")
    # Old format first: one SHA-256, so trying it costs nothing.
    try:
        return load_json(
            aes_gcm_decrypt(hashlib.sha256(secret).digest(), data[:NONCE], data[NONCE:]), N_("andOTP backup")
        )
    except InvalidTag:
        pass
    (iterations,) = struct.unpack(">I", data[:4])
    if iterations > MAX_PBKDF2_ITERATIONS:
        # Either an old-format backup and a wrong password, or a hostile header: not derived either way.
        raise WrongPassword(
            N_("The password is wrong, or the file is not an andOTP backup."),
            N_("Use the password set in andOTP's backup settings."),
        )
    check_pbkdf2(iterations)
    salt = data[4 : 4 + SALT]
    nonce = data[4 + SALT : 4 + SALT + NONCE]
    key = hashlib.pbkdf2_hmac("sha1", secret, salt, iterations, 32)
    try:
        plain = aes_gcm_decrypt(key, nonce, data[4 + SALT + NONCE :])
    except InvalidTag as exc:
        raise WrongPassword(
            N_("The password is wrong, or the backup was altered."),
            N_("Use the password set in andOTP's backup settings."),
        ) from exc
    return load_json(plain, N_("decrypted andOTP backup"))


def _entry(raw: Any, index: int) -> ImportedEntry | EntryError:
    if not isinstance(raw, dict):
        return EntryError(index, Message("entry {number}", number=index + 1), N_("The entry is not an object."))
    label = label_for(raw.get("issuer"), raw.get("label"), Message("entry {number}", number=index + 1))
    try:
        issuer = text_field(raw.get("issuer"))
        name = text_field(raw.get("label"))
        if not issuer and " - " in name:  # old andOTP: "Issuer - Issuer:account"
            issuer, name = (part.strip() for part in name.split(" - ", 1))
            if name.casefold().startswith(issuer.casefold() + ":"):
                name = name[len(issuer) + 1 :].strip()
        raw_type = raw.get("type")
        if isinstance(raw_type, str) and raw_type.upper() == "MOTP":
            raise BadField(N_("mOTP accounts are not supported (only TOTP, HOTP and Steam are)."))
        tags = raw.get("tags")
        return build_entry(
            index,
            label,
            secret=secret_from_text(raw.get("secret")),
            issuer=issuer,
            name=name,
            otp_type=type_field(raw_type),
            algorithm=algorithm_field(raw.get("algorithm")),
            digits=int_field(raw.get("digits"), N_("digits"), 6),
            period=int_field(raw.get("period"), N_("period"), 30),
            counter=int_field(raw.get("counter"), N_("counter"), 0),
            groups=[t.strip() for t in tags if isinstance(t, str)] if isinstance(tags, list) else [],
        )
    except BadField as exc:
        return EntryError(index, label, str(exc))


FORMAT = AndOtpFormat()
