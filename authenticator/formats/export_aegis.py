"""Writing Aegis vault files: our encrypted backup, and the plain JSON export.

The format is Aegis's documented vault (``docs/vault.md`` in beemdevelopment/Aegis), which Aegis, GNOME
Authenticator, OTPClient and Ente Auth read:

* ``{"version": 1, "header": {...}, "db": ...}``; plain files have ``header.slots/params`` null and ``db`` an
  object; encrypted files have ``db`` as base64 (with padding) of AES-256-GCM ciphertext of the db JSON,
  ``header.params`` its hex nonce and tag.
* A random 256-bit *master key* encrypts the db; one password slot (type 1) holds the master key wrapped with
  AES-256-GCM under ``scrypt(password, salt, N, r, p)`` (32 bytes): hex ``key`` plus ``key_params`` nonce/tag.
* The db is version 3, what current Aegis writes: entries with ``type``, ``uuid``, ``name``, ``issuer``,
  ``note``, ``favorite``, ``icon``, ``info`` (``secret`` base32 unpadded, ``algo``, ``digits``, and
  ``period`` or ``counter``) and ``groups`` (uuids), plus a ``groups`` list of ``{uuid, name}``.

scrypt parameters: OWASP's password storage cheat sheet asks for at least N=2^17, r=8, p=1 (Aegis's own
default, N=2^15, is below that). Aegis reads N, r and p from the slot, so N=2^17 stays readable; it costs
128 MiB and ~0.3-0.5 s here, once per export. Key derivation is slow on purpose: the GUI calls this from a
worker thread.

Nothing here touches files; :mod:`.export_file` writes the bytes and verifies them. Secrets appear only in
the returned bytes, never in a message or a repr.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..core.account import Account, OtpType
from ..core.i18n import N_
from ..core.otp import decode_secret, encode_secret
from .base import FormatError, WrongPassword
from .limits import check_scrypt

SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
VAULT_VERSION = 1
DB_VERSION = 3
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16

Pair = tuple[Account, str]


# -- the db (shared by plain and encrypted files) ----------------------------------------------------------


def build_db(pairs: Sequence[Pair], *, new_uuid: Callable[[], str] | None = None) -> dict[str, Any]:
    """The db object for these accounts, in list order (Aegis keeps entry order, so positions survive).

    Our group names become Aegis groups with fresh uuids, one per distinct name, listed in first-use order.
    """
    make_uuid = new_uuid or (lambda: str(uuid.uuid4()))
    groups: dict[str, str] = {}
    entries = []
    for account, secret in pairs:
        group_ids = []
        for name in account.groups:
            if name not in groups:
                groups[name] = make_uuid()
            group_ids.append(groups[name])
        entries.append(entry_json(account, secret, group_ids, make_uuid()))
    return {
        "version": DB_VERSION,
        "entries": entries,
        "groups": [{"uuid": gid, "name": name} for name, gid in groups.items()],
        "icons_optimized": True,
    }


def entry_json(account: Account, secret: str, group_ids: list[str], entry_uuid: str) -> dict[str, Any]:
    info: dict[str, Any] = {
        "secret": encode_secret(decode_secret(secret)),
        "algo": account.algorithm,
        "digits": account.digits,
    }
    if account.type is OtpType.HOTP:
        info["counter"] = account.counter
    else:
        info["period"] = account.period
    return {
        "type": account.type.value,  # "totp", "hotp", "steam": Aegis's type ids are the same words
        "uuid": entry_uuid,
        "name": account.name,
        "issuer": account.issuer,
        "note": account.note,
        "favorite": account.favourite,
        "icon": None,
        "icon_mime": None,
        "icon_hash": None,
        "info": info,
        "groups": group_ids,
    }


def _dump(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, indent=4, ensure_ascii=False).encode("utf-8")


# -- plain -------------------------------------------------------------------------------------------------


def plain_file(db: dict[str, Any]) -> bytes:
    """An unencrypted Aegis vault: anyone who reads the file has every secret."""
    return _dump({"version": VAULT_VERSION, "header": {"slots": None, "params": None}, "db": db})


def read_plain_db(data: bytes) -> dict[str, Any]:
    """The db object of a plain file we wrote (for verification; importing is aegis.py's job)."""
    doc = _load(data)
    header = doc.get("header")
    if not isinstance(header, dict) or header.get("slots") is not None or not isinstance(doc.get("db"), dict):
        raise FormatError(N_("This is not a plain Aegis vault."))
    return doc["db"]


# -- encrypted ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    salt: bytes = field(default=b"", repr=False)


def new_kdf_params(
    n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P, random: Callable[[int], bytes] = os.urandom
) -> KdfParams:
    """Fresh parameters with a random 256-bit salt, as Aegis makes them."""
    return KdfParams(n, r, p, random(32))


def derive_key(password: str, params: KdfParams) -> bytes:
    """scrypt(password as UTF-8, salt, N, r, p) → 32 bytes. The slow step (~0.4 s at N=2^17)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    check_scrypt(params.n, params.r, params.p)
    return Scrypt(salt=params.salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(
        password.encode("utf-8")
    )


def encrypted_file(
    db: dict[str, Any],
    derived_key: bytes,
    params: KdfParams,
    *,
    random: Callable[[int], bytes] = os.urandom,
) -> bytes:
    """The vault file: a fresh master key encrypts the db and is wrapped under ``derived_key`` in one slot."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    master_key = random(KEY_BYTES)
    slot_nonce, db_nonce = random(NONCE_BYTES), random(NONCE_BYTES)
    wrapped = AESGCM(derived_key).encrypt(slot_nonce, master_key, None)
    sealed = AESGCM(master_key).encrypt(db_nonce, json.dumps(db, ensure_ascii=False).encode("utf-8"), None)
    slot = {
        "type": 1,
        "uuid": str(uuid.UUID(bytes=random(16), version=4)),
        "key": wrapped[:-TAG_BYTES].hex(),
        "key_params": {"nonce": slot_nonce.hex(), "tag": wrapped[-TAG_BYTES:].hex()},
        "n": params.n,
        "r": params.r,
        "p": params.p,
        "salt": params.salt.hex(),
        # Aegis marks slots whose key was set with its fixed password encoding (issue #95) as repaired; we
        # derive from UTF-8 bytes, which is that encoding, so Aegis need not try the old one.
        "repaired": True,
        "is_backup": False,
    }
    header = {"slots": [slot], "params": {"nonce": db_nonce.hex(), "tag": sealed[-TAG_BYTES:].hex()}}
    db_text = base64.b64encode(sealed[:-TAG_BYTES]).decode("ascii")
    return _dump({"version": VAULT_VERSION, "header": header, "db": db_text})


def encrypt(pairs: Sequence[Pair], password: str) -> bytes:
    """The whole encrypted export in one call (key derivation included)."""
    params = new_kdf_params()
    return encrypted_file(build_db(pairs), derive_key(password, params), params)


def read_encrypted_db(data: bytes, *, password: str | None = None, derived_key: bytes | None = None) -> dict[str, Any]:
    """Decrypt a vault file we wrote: the db object. With ``derived_key`` the slow scrypt step is skipped
    (verification right after writing, when the key is at hand); with ``password`` it is derived."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    doc = _load(data)
    try:
        header = doc["header"]
        slot = next(s for s in header["slots"] if s.get("type") == 1)
        params = KdfParams(int(slot["n"]), int(slot["r"]), int(slot["p"]), bytes.fromhex(slot["salt"]))
        wrapped = bytes.fromhex(slot["key"]) + bytes.fromhex(slot["key_params"]["tag"])
        slot_nonce = bytes.fromhex(slot["key_params"]["nonce"])
        sealed = base64.b64decode(doc["db"], validate=True) + bytes.fromhex(header["params"]["tag"])
        db_nonce = bytes.fromhex(header["params"]["nonce"])
    except (KeyError, TypeError, ValueError, StopIteration, AttributeError) as exc:
        raise FormatError(N_("This Aegis vault is damaged: its header is incomplete.")) from exc
    if derived_key is None:
        if password is None:
            raise FormatError(N_("A password is needed to read this vault."))
        derived_key = derive_key(password, params)
    try:
        master_key = AESGCM(derived_key).decrypt(slot_nonce, wrapped, None)
    except (InvalidTag, ValueError) as exc:
        raise WrongPassword(N_("The password is wrong."), N_("Type it again; passwords are case-sensitive.")) from exc
    try:
        plain = AESGCM(master_key).decrypt(db_nonce, sealed, None)
    except (InvalidTag, ValueError) as exc:
        raise FormatError(N_("This Aegis vault is damaged: its contents fail the integrity check.")) from exc
    return _load(plain)


def _load(data: bytes) -> dict[str, Any]:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(N_("This is not an Aegis vault: it is not JSON.")) from exc
    if not isinstance(doc, dict):
        raise FormatError(N_("This is not an Aegis vault."))
    return doc
