"""Aegis vaults (``aegis-*.json``), plain and encrypted.

Layout: ``{"version": 1, "header": {"slots": …, "params": …}, "db": …}``. In a plain vault ``db`` is the
database object; in an encrypted one it is base64 of AES-256-GCM ciphertext (``header.params`` holds nonce
and tag) under a random master key. Each *password slot* (type 1) holds that master key wrapped with
AES-256-GCM under ``scrypt(password, salt, n, r, p)``. Slots of other types (raw key, biometric) cannot be
opened with a password and are skipped.

The scrypt parameters come from the file, so they are checked with :func:`.limits.check_scrypt` for every
password slot before any key is derived: a hostile vault fails at once instead of allocating gigabytes.

Database versions: 1 (no groups), 2 (a per-entry ``group`` name), 3 (``groups`` list of ``{uuid, name}`` and
per-entry ``groups`` uuids). Entry types ``totp``, ``hotp`` and ``steam`` are imported; ``motp`` and
``yandex`` (which we cannot compute) become per-entry errors. An entry's ``note`` becomes the account note
and ``favorite`` its favourite flag; icons are not imported.
"""

from __future__ import annotations

import hashlib
from typing import Any

from cryptography.exceptions import InvalidTag

from ..core.i18n import N_, Message
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import (
    BadField,
    aes_gcm_decrypt,
    algorithm_field,
    b64decode,
    build_entry,
    group_name_map,
    hex_bytes,
    int_field,
    label_for,
    load_json,
    secret_from_text,
    split_results,
    text_field,
    try_json,
    type_field,
)
from .limits import check_scrypt

NAME = "aegis"
PASSWORD_SLOT = 1
SUPPORTED_DB_VERSIONS = (1, 2, 3)


class AegisFormat(Format):
    name = NAME
    title = N_("Aegis vault")
    can_be_encrypted = True
    patterns = ("*.json",)

    def sniff(self, data: bytes) -> bool:
        doc = try_json(data)
        return isinstance(doc, dict) and isinstance(doc.get("header"), dict) and "db" in doc

    def is_encrypted(self, data: bytes) -> bool:
        return isinstance(self._document(data).get("db"), str)

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        doc = self._document(data)
        db = doc.get("db")
        encrypted = isinstance(db, str)
        if encrypted:
            if password is None:
                raise PasswordRequired(
                    N_("This Aegis vault is encrypted."), N_("Enter the password you unlock Aegis with.")
                )
            db = _decrypt(doc, password)
        if not isinstance(db, dict):
            raise FormatError(N_("The Aegis vault is damaged: it has no database."))
        version = db.get("version")
        if version not in SUPPORTED_DB_VERSIONS or isinstance(version, bool):
            raise FormatError(
                Message(
                    "This Aegis vault has database version {version}, which is not supported.",
                    version=str(version)[:12],
                ),
                N_("Update Authenticator, or export from Aegis again."),
            )
        entries = db.get("entries")
        if not isinstance(entries, list):
            raise FormatError(N_("The Aegis vault is damaged: it has no list of entries."))
        groups = group_name_map(db.get("groups"), "uuid")
        items = [_entry(raw, index, groups) for index, raw in enumerate(entries)]
        good, errors = split_results(items)
        return ImportResult(NAME, good, errors, encrypted=encrypted)

    @staticmethod
    def _document(data: bytes) -> dict[str, Any]:
        doc = load_json(data, N_("Aegis vault"))
        if not isinstance(doc, dict) or not isinstance(doc.get("header"), dict) or "db" not in doc:
            raise FormatError(N_("This is not an Aegis vault (no header and db)."))
        return doc


def _decrypt(doc: dict[str, Any], password: str) -> Any:
    header = doc["header"]
    slots = header.get("slots")
    params = header.get("params")
    if not isinstance(slots, list) or not isinstance(params, dict):
        raise FormatError(N_("The Aegis vault is damaged: its encryption header is incomplete."))
    password_slots = [s for s in slots if isinstance(s, dict) and s.get("type") == PASSWORD_SLOT]
    if not password_slots:
        raise FormatError(
            N_("This Aegis vault has no password slot (it is unlocked with a fingerprint or a key only)."),
            N_("In Aegis, set a password and export again."),
        )
    # Bounds first, for every slot, before anything is derived.
    for slot in password_slots:
        check_scrypt(slot.get("n"), slot.get("r"), slot.get("p"))
    master_key = None
    for slot in password_slots:
        salt = hex_bytes(slot.get("salt"), N_("slot salt"))
        key_params = slot.get("key_params")
        if not isinstance(key_params, dict):
            raise FormatError(N_("The Aegis vault is damaged: a password slot has no key parameters."))
        wrapped = hex_bytes(slot.get("key"), N_("slot key")) + hex_bytes(key_params.get("tag"), N_("slot tag"))
        nonce = hex_bytes(key_params.get("nonce"), N_("slot nonce"))
        slot_key = _scrypt(password, salt, slot["n"], slot["r"], slot["p"])
        try:
            master_key = aes_gcm_decrypt(slot_key, nonce, wrapped)
            break
        except InvalidTag:
            continue
    if master_key is None:
        raise WrongPassword(N_("The password is wrong."), N_("Use the password you unlock Aegis with."))
    content = b64decode(doc.get("db"), N_("vault database")) + hex_bytes(params.get("tag"), N_("database tag"))
    try:
        plain = aes_gcm_decrypt(master_key, hex_bytes(params.get("nonce"), N_("database nonce")), content)
    except InvalidTag as exc:
        # The password opened a slot, so the key is right: the database itself was altered or cut short.
        raise FormatError(N_("The Aegis vault is damaged: its contents were altered or truncated.")) from exc
    return load_json(plain, N_("decrypted Aegis database"))


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    try:
        return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=2**31 - 1, dklen=32)
    except (ValueError, MemoryError) as exc:
        raise FormatError(N_("The vault's key cannot be derived with the scrypt parameters it names.")) from exc


def _entry(raw: Any, index: int, group_names: dict[str, str]) -> ImportedEntry | EntryError:
    if not isinstance(raw, dict):
        return EntryError(index, Message("entry {number}", number=index + 1), N_("The entry is not an object."))
    label = label_for(raw.get("issuer"), raw.get("name"), Message("entry {number}", number=index + 1))
    try:
        info = raw.get("info")
        if not isinstance(info, dict):
            raise BadField(N_("The entry has no parameters (info)."))
        raw_type = raw.get("type")
        if isinstance(raw_type, str) and raw_type.lower() in ("motp", "yandex"):
            raise BadField(Message("{type} accounts are not supported (only TOTP, HOTP and Steam are).", type=raw_type))
        otp_type = type_field(raw_type)
        groups: list[str] = []
        if isinstance(raw.get("group"), str):  # database version 2
            groups.append(raw["group"].strip())
        if isinstance(raw.get("groups"), list):  # database version 3
            groups.extend(group_names[g] for g in raw["groups"] if isinstance(g, str) and g in group_names)
        return build_entry(
            index,
            label,
            secret=secret_from_text(info.get("secret")),
            issuer=text_field(raw.get("issuer")),
            name=text_field(raw.get("name")),
            otp_type=otp_type,
            algorithm=algorithm_field(info.get("algo")),
            digits=int_field(info.get("digits"), N_("digits"), 6),
            period=int_field(info.get("period"), N_("period"), 30),
            counter=int_field(info.get("counter"), N_("counter"), 0),
            groups=groups,
            note=text_field(raw.get("note")),
            favourite=raw.get("favorite") is True,
        )
    except BadField as exc:
        return EntryError(index, label, str(exc))


FORMAT = AegisFormat()
