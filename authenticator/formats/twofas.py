"""2FAS Authenticator backups (``.2fas``), schemas 1 to 4, plain and encrypted.

A JSON object with ``schemaVersion`` and ``services`` (one per account: ``secret``, ``name`` and an ``otp``
object with ``account``, ``issuer``, ``digits``, ``period``, ``algorithm``, ``counter`` and, from schema 3,
``tokenType``). An encrypted backup has an empty ``services`` and ``servicesEncrypted`` =
``base64(ciphertext+tag):base64(salt):base64(iv)``, keyed with PBKDF2-HMAC-SHA256 (10,000 rounds, fixed by
the app; still passed through :func:`.limits.check_pbkdf2`) and AES-256-GCM.

Policies: schemas 1 and 2 have no token type, so every account is TOTP (2FAS itself shows them so). The
issuer is ``otp.issuer``, else the service name; the account name is ``otp.account``, else the label without
its ``Issuer:`` prefix. ``groupId`` becomes the group's name.
"""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.exceptions import InvalidTag

from ..core.account import OtpType
from ..core.i18n import N_, Message
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import (
    BadField,
    aes_gcm_decrypt,
    algorithm_field,
    b64decode,
    build_entry,
    group_name_map,
    int_field,
    label_for,
    load_json,
    secret_from_text,
    split_results,
    text_field,
    try_json,
    type_field,
)
from .limits import check_pbkdf2

NAME = "2fas"
ITERATIONS = 10_000
MAX_SCHEMA = 4


class TwoFasFormat(Format):
    name = NAME
    title = N_("2FAS backup")
    can_be_encrypted = True
    patterns = ("*.2fas", "*.json")

    def sniff(self, data: bytes) -> bool:
        doc = try_json(data)
        return _looks_like(doc)

    def is_encrypted(self, data: bytes) -> bool:
        return bool(self._document(data).get("servicesEncrypted"))

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        doc = self._document(data)
        schema = doc.get("schemaVersion")
        if not isinstance(schema, int) or isinstance(schema, bool) or not 1 <= schema <= MAX_SCHEMA:
            raise FormatError(
                Message(
                    "This 2FAS backup has schema version {schema}, which is not supported.", schema=str(schema)[:12]
                ),
                N_("Update Authenticator, or export from 2FAS again."),
            )
        encrypted = bool(doc.get("servicesEncrypted"))
        if encrypted:
            if password is None:
                raise PasswordRequired(
                    N_("This 2FAS backup is encrypted."), N_("Enter the password you chose for the backup.")
                )
            services = _decrypt(doc["servicesEncrypted"], password)
        else:
            services = doc.get("services")
        if not isinstance(services, list):
            raise FormatError(N_("The 2FAS backup is damaged: it has no list of services."))
        groups = group_name_map(doc.get("groups"), "id")
        items = [_entry(raw, index, groups) for index, raw in enumerate(services)]
        good, errors = split_results(items)
        return ImportResult(NAME, good, errors, encrypted=encrypted)

    @staticmethod
    def _document(data: bytes) -> dict[str, Any]:
        doc = load_json(data, N_("2FAS backup"))
        if not _looks_like(doc):
            raise FormatError(N_("This is not a 2FAS backup (no schemaVersion and services)."))
        return doc


def _looks_like(doc: Any) -> bool:
    return isinstance(doc, dict) and "schemaVersion" in doc and ("services" in doc or "servicesEncrypted" in doc)


def _decrypt(blob: Any, password: str) -> Any:
    if not isinstance(blob, str) or blob.count(":") != 2:
        raise FormatError(N_("The 2FAS backup's encrypted part is damaged (expected three parts)."))
    ciphertext, salt, iv = (b64decode(part, N_("encrypted part")) for part in blob.split(":"))
    check_pbkdf2(ITERATIONS)
    key = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ITERATIONS, 32)
    try:
        plain = aes_gcm_decrypt(key, iv, ciphertext)
    except InvalidTag as exc:
        raise WrongPassword(
            N_("The password is wrong, or the backup was altered."), N_("Use the password you chose when exporting.")
        ) from exc
    return load_json(plain, N_("decrypted 2FAS backup"))


def _entry(raw: Any, index: int, group_names: dict[str, str]) -> ImportedEntry | EntryError:
    if not isinstance(raw, dict):
        return EntryError(index, Message("service {number}", number=index + 1), N_("The service is not an object."))
    otp = raw.get("otp") if isinstance(raw.get("otp"), dict) else {}
    label = label_for(
        otp.get("issuer") or raw.get("name"), otp.get("account"), Message("service {number}", number=index + 1)
    )
    try:
        issuer = text_field(otp.get("issuer")) or text_field(raw.get("name"))
        name = text_field(otp.get("account"))
        if not name:
            name = text_field(otp.get("label"))
            if ":" in name:
                name = name.split(":", 1)[1].strip()
        otp_type = type_field(otp.get("tokenType"), OtpType.TOTP)
        group = raw.get("groupId")
        return build_entry(
            index,
            label,
            secret=secret_from_text(raw.get("secret")),
            issuer=issuer,
            name=name,
            otp_type=otp_type,
            algorithm=algorithm_field(otp.get("algorithm")),
            digits=int_field(otp.get("digits"), N_("digits"), 6),
            period=int_field(otp.get("period"), N_("period"), 30),
            counter=int_field(otp.get("counter"), N_("counter"), 0),
            groups=[group_names[group]] if isinstance(group, str) and group in group_names else [],
        )
    except BadField as exc:
        return EntryError(index, label, str(exc))


FORMAT = TwoFasFormat()
