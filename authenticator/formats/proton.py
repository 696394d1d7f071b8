"""Proton Authenticator's JSON export.

``{"version": 1, "entries": [{"id", "content": {"uri", "entry_type", "name"}, "note"}]}``: each entry is an
``otpauth://`` link (read by :func:`~authenticator.core.uri.parse_otpauth`) plus the name shown in the app,
which wins over the link's account name because the user may have edited it there, and an optional note.
Steam entries are written as ``steam://SECRET``. (Layout as read by Aegis's importer and its test file.)

Proton Authenticator can also write a password-protected export; its layout is not documented and there is
no sample, so such a file is refused with a message saying so rather than guessed at.
"""

from __future__ import annotations

from typing import Any

from ..core.account import Account, OtpType
from ..core.errors import InvalidSecret, InvalidUri
from ..core.i18n import N_, Message
from ..core.otp import decode_secret, encode_secret
from ..core.uri import parse_otpauth
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult
from .fields import MAX_TOKENS, BadField, load_json, try_json_object

MAX_URI_CHARS = 64 * 1024
STEAM_SCHEME = "steam://"


def _content(entry: Any) -> dict[str, Any] | None:
    content = entry.get("content") if isinstance(entry, dict) else None
    return content if isinstance(content, dict) else None


def _text(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    return value.strip() if isinstance(value, str) else ""


def _entry(entry: Any) -> ImportedEntry:
    content = _content(entry)
    if content is None:
        raise BadField(N_("The entry has no content."))
    uri = content.get("uri")
    if not isinstance(uri, str) or not uri.strip():
        raise BadField(N_("The entry has no otpauth link."))
    if len(uri) > MAX_URI_CHARS:
        raise BadField(N_("The entry's link is far too long."))
    name = _text(content, "name")
    if uri.strip().lower().startswith(STEAM_SCHEME):
        try:
            secret = encode_secret(decode_secret(uri.strip()[len(STEAM_SCHEME) :]))
        except InvalidSecret as exc:
            raise BadField(N_("The Steam secret is not valid base32.")) from exc
        account = Account(issuer="Steam", name=name, type=OtpType.STEAM, digits=5)
    else:
        try:
            parsed = parse_otpauth(uri)
        except InvalidUri as exc:
            raise BadField(exc.message) from exc
        account, secret = parsed.account, parsed.secret
        if name and name != account.name:
            account = account.with_changes(name=name)
    note = _text(entry, "note")
    if note:
        account = account.with_changes(note=note)
    return ImportedEntry(account=account, secret=secret)


class ProtonFormat(Format):
    name = "proton-authenticator"
    title = N_("Proton Authenticator export")
    can_be_encrypted = False
    patterns = ("*.json",)

    def sniff(self, data: bytes) -> bool:
        obj = try_json_object(data)
        if obj is None or not isinstance(obj.get("entries"), list) or "version" not in obj:
            return False
        return all(_content(e) is not None for e in obj["entries"][:3])

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        obj = load_json(data, N_("Proton Authenticator export"))
        if not isinstance(obj, dict):
            raise FormatError(N_("This is not a Proton Authenticator export: it is not a JSON object."))
        entries = obj.get("entries")
        if not isinstance(entries, list):
            if "salt" in obj or "content" in obj:
                raise FormatError(
                    N_("This Proton Authenticator export is password-protected, which is not supported yet."),
                    N_("Export again from Proton Authenticator without a password."),
                )
            raise FormatError(N_("This is not a Proton Authenticator export: it has no list of entries."))
        if len(entries) > MAX_TOKENS:
            raise FormatError(
                Message("The file lists {count} entries; a real export has far fewer.", count=f"{len(entries):,}")
            )
        found: list[ImportedEntry] = []
        errors: list[EntryError] = []
        for index, entry in enumerate(entries):
            try:
                found.append(_entry(entry))
            except BadField as exc:
                content = _content(entry)
                errors.append(EntryError(index, _text(content, "name") if content else "", str(exc)))
        return ImportResult(self.name, found, errors)


FORMAT = ProtonFormat()
