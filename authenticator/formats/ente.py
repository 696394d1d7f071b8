"""Ente Auth exports: the plain text export and the encrypted export.

Sources for the format (read, not copied): Ente's documentation ``docs/docs/auth/migration/export.md`` and
the app's code in ente-io/ente (``auth/lib/models/export/ente.dart``: ``EnteAuthExport``/``KDFParams``;
``auth/lib/ui/settings/data/export_widget.dart``: how the export is made; ``CryptoUtil.encryptChaCha`` /
``chachaDecryptData``: one secretstream message; ``CryptoUtil.bin2base64``: libsodium's original base64).

* Plain: the codes' ``otpauth://`` URIs, one per line. Ente adds a ``codeDisplay=`` parameter holding JSON
  (``{"pinned", "trashed", "lastUsedAt", "tapCount", "tags": [...], "note"?}``); its tags become groups, its
  note the account's note, ``pinned`` a favourite. Ente writes ``algorithm=sha512`` in lower case and a
  ``period`` on HOTP links, which :func:`~authenticator.core.uri.parse_otpauth` accepts. A line wrapped in
  double quotes is a JSON string (Ente's own importer unquotes such lines too).
* Encrypted: JSON ``{"version": 1, "kdfParams": {"memLimit", "opsLimit", "salt"}, "encryptedData",
  "encryptionNonce"}``; the binary values are standard padded base64. key = libsodium ``crypto_pwhash``
  (Argon2id v1.3, opsLimit, memLimit **in bytes**, 32-byte key; Ente uses the "sensitive" 1 GiB/4 or the
  equivalent 256 MiB/16 on small phones); data = ``crypto_secretstream_xchacha20poly1305`` with
  ``encryptionNonce`` as the stream header and the whole plain export as one FINAL message.

There is no shared vector for the encrypted form; the tests build one with PyNaCl from the plain vector.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from nacl import bindings as sodium
from nacl import exceptions as sodium_errors

from ..core.errors import InvalidUri
from ..core.i18n import N_, Message
from ..core.uri import parse_otpauth
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import MAX_TOKENS, load_json, try_json_object
from .limits import check_argon2

KEY_BYTES = 32
SALT_BYTES = sodium.crypto_pwhash_SALTBYTES
HEADER_BYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES
MAX_LINE_CHARS = 64 * 1024
_HINT = N_("Type the password you chose when exporting from Ente Auth.")


def derive_key(password: str, salt: bytes, ops_limit: int, mem_limit: int) -> bytes:
    """libsodium's crypto_pwhash (Argon2id13); a module function so tests can count or replace calls."""
    return sodium.crypto_pwhash_alg(
        KEY_BYTES, password.encode("utf-8"), salt, ops_limit, mem_limit, sodium.crypto_pwhash_ALG_ARGON2ID13
    )


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or len(value) > 30_000_000:
        raise FormatError(Message("The Ente export's {what} is missing.", what=what))
    text = value.strip()
    try:
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise FormatError(Message("The Ente export's {what} is not valid base64.", what=what)) from exc


def _decrypt(obj: dict[str, Any], password: str) -> bytes:
    if obj.get("version") != 1:
        raise FormatError(
            Message(
                "This Ente export has version {value}; only version 1 is known.",
                value=repr(str(obj.get("version"))[:12]),
            ),
            N_("Export again from a current Ente Auth, or export as plain text."),
        )
    params = obj.get("kdfParams")
    if not isinstance(params, dict):
        raise FormatError(N_("The Ente export has no key derivation parameters."))
    ops_limit, mem_limit = params.get("opsLimit"), params.get("memLimit")
    if type(ops_limit) is not int or type(mem_limit) is not int:
        raise FormatError(N_("The Ente export's key derivation parameters are not whole numbers."))
    # libsodium's Argon2id has one lane; memLimit is in bytes.
    check_argon2(ops_limit, mem_limit // 1024 if mem_limit > 0 else mem_limit, 1)
    salt = _b64(params.get("salt"), N_("salt"))
    header = _b64(obj.get("encryptionNonce"), N_("nonce"))
    ciphertext = _b64(obj.get("encryptedData"), N_("data"))
    if len(salt) != SALT_BYTES or len(header) != HEADER_BYTES:
        raise FormatError(N_("The Ente export's salt or nonce has the wrong length."))
    if len(ciphertext) < ABYTES:
        raise FormatError(N_("The Ente export is cut short."), N_("Copy the whole file again."))
    try:
        key = derive_key(password, salt, ops_limit, mem_limit)
    except (sodium_errors.CryptoError, sodium_errors.RuntimeError, sodium_errors.ValueError) as exc:
        raise FormatError(N_("The Ente export's key derivation parameters are not usable.")) from exc
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    try:
        sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
        plain, tag = sodium.crypto_secretstream_xchacha20poly1305_pull(state, ciphertext, None)
    except (sodium_errors.CryptoError, sodium_errors.RuntimeError) as exc:
        raise WrongPassword(N_("The password is wrong."), _HINT) from exc
    except (sodium_errors.ValueError, sodium_errors.TypeError) as exc:
        raise FormatError(N_("The Ente export is damaged.")) from exc
    if tag != sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL:
        raise FormatError(N_("The Ente export is cut short (its data does not end where it should)."))
    return plain


def _line_label(line: str) -> str:
    """The label part of an otpauth URI for an error message: never the query (it holds the secret), and
    nothing from a line that is not a URI at all (it might be a bare secret)."""
    try:
        parts = urlsplit(line)
    except ValueError:
        return ""
    return unquote(parts.path.lstrip("/"))[:80] if parts.scheme.lower() == "otpauth" else ""


def _code_display(line: str) -> dict[str, Any]:
    try:
        for key, value in parse_qsl(urlsplit(line).query, keep_blank_values=True):
            if key == "codeDisplay":
                display = json.loads(value)
                return display if isinstance(display, dict) else {}
    except (ValueError, RecursionError):
        pass
    return {}


def _entry(line: str) -> ImportedEntry:
    parsed = parse_otpauth(line)
    display = _code_display(line)
    changes: dict[str, Any] = {}
    tags = display.get("tags")
    if isinstance(tags, list):
        groups = tuple(dict.fromkeys(t.strip() for t in tags if isinstance(t, str) and t.strip()))
        if groups:
            changes["groups"] = groups
    if isinstance(display.get("note"), str) and display["note"].strip():
        changes["note"] = display["note"].strip()
    if display.get("pinned") is True:
        changes["favourite"] = True
    account = parsed.account.with_changes(**changes) if changes else parsed.account
    return ImportedEntry(account=account, secret=parsed.secret)


def read_lines(text: str, format_name: str, encrypted: bool) -> ImportResult:
    """The plain export: one otpauth URI per line; blank lines are skipped, bad lines become EntryErrors."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if len(lines) > MAX_TOKENS:
        raise FormatError(Message("The file has {count} lines; an Ente export has far fewer.", count=f"{len(lines):,}"))
    entries: list[ImportedEntry] = []
    errors: list[EntryError] = []
    for index, raw in enumerate(lines):
        line = raw
        if len(line) >= 2 and line.startswith('"') and line.endswith('"'):
            try:
                unquoted = json.loads(line)
                line = unquoted if isinstance(unquoted, str) else line
            except (ValueError, RecursionError):
                pass
        if len(line) > MAX_LINE_CHARS:
            errors.append(EntryError(index, "", N_("The line is far too long to be an otpauth link.")))
            continue
        try:
            entries.append(_entry(line))
        except InvalidUri as exc:
            errors.append(EntryError(index, _line_label(line), exc.message))
    if not entries and not any("otpauth://" in line.lower() for line in lines):
        raise FormatError(N_("This is not an Ente Auth export: it holds no otpauth:// links."))
    return ImportResult(format_name, entries, errors, encrypted=encrypted)


def _is_encrypted_export(obj: dict[str, Any] | None) -> bool:
    return obj is not None and "kdfParams" in obj and "encryptedData" in obj


class EnteFormat(Format):
    name = "ente"
    title = N_("Ente Auth export")
    can_be_encrypted = True
    patterns = ("*.txt", "*.json")

    def sniff(self, data: bytes) -> bool:
        head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if head.startswith(b"{"):
            return _is_encrypted_export(try_json_object(data))
        return head[:10].lower() == b"otpauth://" and b"codeDisplay=" in data

    def is_encrypted(self, data: bytes) -> bool:
        return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        if not self.is_encrypted(data):
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise FormatError(N_("This is not an Ente Auth export: it is not UTF-8 text.")) from exc
            if not text.strip():
                raise FormatError(N_("The file is empty."))
            return read_lines(text, self.name, encrypted=False)
        obj = load_json(data, N_("Ente Auth export"))
        if not isinstance(obj, dict) or not _is_encrypted_export(obj):
            raise FormatError(N_("This is not an Ente Auth export: it has no encrypted data."))
        if password is None:
            raise PasswordRequired(N_("The Ente Auth export is encrypted."), _HINT)
        try:
            text = _decrypt(obj, password).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FormatError(N_("The Ente export's content is not text.")) from exc
        return read_lines(text, self.name, encrypted=True)


FORMAT = EnteFormat()
