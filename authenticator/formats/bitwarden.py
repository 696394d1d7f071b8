"""Bitwarden vault exports, unencrypted JSON and CSV: the accounts whose login has a TOTP field.

The TOTP field ("Authenticator key") holds an ``otpauth://`` URI, ``steam://SECRET``, or just a base32 key.
Items without one are skipped silently: they are passwords, not 2FA accounts.

Policies: an ``otpauth://`` URI is read by :func:`authenticator.core.uri.parse_otpauth`; when it names no
issuer the item's name is used, and when it names no account the login's username. ``steam://`` and bare
keys have no label at all: a bare key's issuer is the item's name and its name the username; a ``steam://``
account's issuer is "Steam" and its name the username, else the item's name (Aegis names it "Steam account").
A folder becomes a group. Notes, passwords and URLs are never read. Bitwarden's encrypted exports (account-
or password-protected) are refused with a hint.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..core.account import OtpType
from ..core.errors import InvalidInput
from ..core.i18n import N_, Message
from ..core.uri import parse_otpauth
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult
from .fields import (
    BadField,
    build_entry,
    decode_text,
    label_for,
    load_json,
    secret_from_text,
    split_results,
    text_field,
    try_json,
)

NAME = "bitwarden"
CSV_TOTP_COLUMN = "login_totp"
ENCRYPTED_HINT = N_("In Bitwarden choose Export vault → File format .json or .csv (not the encrypted ones).")


class BitwardenFormat(Format):
    name = NAME
    title = N_("Bitwarden export")
    can_be_encrypted = False
    patterns = ("*.json", "*.csv")

    def sniff(self, data: bytes) -> bool:
        doc = try_json(data)
        if doc is not None:
            return _looks_like_json(doc)
        return _csv_header(data) is not None

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        if try_json(data) is not None or data.lstrip()[:1] in (b"{", b"["):
            rows = _json_rows(load_json(data, N_("Bitwarden export")))
        else:
            rows = _csv_rows(data)
        items: list[ImportedEntry | EntryError] = []
        for item_name, username, folder, totp in rows:
            if not totp:
                continue
            items.append(_entry(len(items), item_name, username, folder, totp))
        good, errors = split_results(items)
        return ImportResult(NAME, good, errors)


Row = tuple[str, str, str, str]  # item name, username, folder name, TOTP field


def _looks_like_json(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    if isinstance(doc.get("items"), list) and ("encrypted" in doc or "folders" in doc or "collections" in doc):
        return True
    return doc.get("encrypted") is True and ("encKeyValidation_DO_NOT_EDIT" in doc or "passwordProtected" in doc)


def _json_rows(doc: Any) -> list[Row]:
    if not isinstance(doc, dict):
        raise FormatError(N_("This is not a Bitwarden export."))
    if doc.get("encrypted") is True:
        raise FormatError(N_("This Bitwarden export is encrypted, which is not supported."), ENCRYPTED_HINT)
    raw_items = doc.get("items")
    if not isinstance(raw_items, list):
        raise FormatError(N_("This Bitwarden export has no list of items."))
    folders: dict[str, str] = {}
    raw_folders = doc.get("folders")
    for folder in raw_folders if isinstance(raw_folders, list) else ():
        if isinstance(folder, dict) and isinstance(folder.get("id"), str) and isinstance(folder.get("name"), str):
            folders[folder["id"]] = folder["name"]
    rows: list[Row] = []
    for item in raw_items:
        if not isinstance(item, dict) or not isinstance(item.get("login"), dict):
            continue
        login = item["login"]
        totp = login.get("totp")
        folder = folders.get(item.get("folderId"), "") if isinstance(item.get("folderId"), str) else ""
        rows.append(
            (
                _text(item.get("name")),
                _text(login.get("username")),
                folder,
                totp.strip() if isinstance(totp, str) else "",
            )
        )
    return rows


def _csv_header(data: bytes) -> list[str] | None:
    first = data[:4096].decode("utf-8-sig", errors="replace").splitlines()[:1]
    if not first:
        return None
    columns = [c.strip().lower() for c in first[0].split(",")]
    return columns if CSV_TOTP_COLUMN in columns and "name" in columns else None


def _csv_rows(data: bytes) -> list[Row]:
    text = decode_text(data, N_("Bitwarden export"))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        if not reader.fieldnames or CSV_TOTP_COLUMN not in [f.strip().lower() for f in reader.fieldnames]:
            raise FormatError(N_("This is not a Bitwarden CSV export (it has no login_totp column)."))
        rows: list[Row] = []
        for record in reader:
            fields = {str(k).strip().lower(): v for k, v in record.items() if k is not None}
            rows.append(
                (
                    _text(fields.get("name")),
                    _text(fields.get("login_username")),
                    _text(fields.get("folder")),
                    _text(fields.get(CSV_TOTP_COLUMN)),
                )
            )
        return rows
    except csv.Error as exc:
        raise FormatError(N_("This Bitwarden CSV export is damaged (it is not valid CSV).")) from exc


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _entry(index: int, item_name: str, username: str, folder: str, totp: str) -> ImportedEntry | EntryError:
    label = label_for(item_name, username, Message("item {number}", number=index + 1))
    groups = [folder] if folder else []
    scheme = totp.split(":", 1)[0].lower() if ":" in totp else ""
    if scheme == "otpauth":
        try:
            parsed = parse_otpauth(totp)
        except InvalidInput as exc:
            return EntryError(index, label, exc.message)
        account = parsed.account
        return ImportedEntry(
            account=account.with_changes(
                issuer=account.issuer or item_name, name=account.name or username, groups=tuple(groups)
            ),
            secret=parsed.secret,
        )
    try:
        if scheme == "steam":
            secret, otp_type = secret_from_text(totp.split(":", 1)[1].lstrip("/")), OtpType.STEAM
            issuer = "Steam"
        elif scheme:
            raise BadField(
                Message("The authenticator key is a {scheme}: link, which is not supported.", scheme=scheme[:20])
            )
        else:
            secret, otp_type = secret_from_text(text_field(totp)), OtpType.TOTP
            issuer = item_name
    except BadField as exc:
        return EntryError(index, label, str(exc))
    return build_entry(
        index,
        label,
        secret=secret,
        issuer=issuer,
        name=username or (item_name if issuer != item_name else ""),  # never the issuer twice
        otp_type=otp_type,
        groups=groups,
    )


FORMAT = BitwardenFormat()
