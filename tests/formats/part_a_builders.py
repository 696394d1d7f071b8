"""Builders for part-A importer inputs the shared vectors do not cover: encrypted files with cheap (or
hostile) key-derivation parameters, and Google Authenticator links with chosen batch fields.

They follow the formats as the importers' docstrings describe them, so a test can encrypt any content
quickly (scrypt N=16, PBKDF2 1 round) and the fuzz tests can mutate the *decrypted* content too.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from typing import Any
from urllib.parse import quote

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from authenticator.formats.google_migration_pb2 import MigrationPayload


def _gcm(key: bytes, plain: bytes, nonce: bytes | None = None) -> tuple[bytes, bytes, bytes]:
    """(nonce, ciphertext, tag)."""
    nonce = nonce or os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, plain, None)
    return nonce, sealed[:-16], sealed[-16:]


def aegis_encrypted(db: Any, password: str, n: int = 16, r: int = 8, p: int = 1, derive: bool = True) -> bytes:
    """An encrypted Aegis vault holding ``db``; ``derive=False`` writes the slot without deriving (for
    hostile parameters that must never be derived)."""
    master = os.urandom(32)
    salt = os.urandom(32)
    slot_key = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=32) if derive else os.urandom(32)
    key_nonce, wrapped, key_tag = _gcm(slot_key, master)
    db_nonce, content, db_tag = _gcm(master, json.dumps(db).encode())
    vault = {
        "version": 1,
        "header": {
            "slots": [
                {
                    "type": 1,
                    "uuid": "a8325752-c1be-458a-9b3e-5e0a8154d9ec",
                    "key": wrapped.hex(),
                    "key_params": {"nonce": key_nonce.hex(), "tag": key_tag.hex()},
                    "n": n,
                    "r": r,
                    "p": p,
                    "salt": salt.hex(),
                }
            ],
            "params": {"nonce": db_nonce.hex(), "tag": db_tag.hex()},
        },
        "db": base64.b64encode(content).decode(),
    }
    return json.dumps(vault).encode()


def twofas_encrypted(services: Any, password: str, schema: int = 4) -> bytes:
    salt = os.urandom(256)
    key = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 10_000, 32)
    nonce, content, tag = _gcm(key, json.dumps(services).encode())
    b64 = base64.b64encode
    blob = b":".join([b64(content + tag), b64(salt), b64(nonce)]).decode()
    doc = {"services": [], "groups": [], "schemaVersion": schema, "servicesEncrypted": blob}
    return json.dumps(doc).encode()


def andotp_encrypted(entries: Any, password: str, iterations: int = 1000) -> bytes:
    """Current format. ``iterations`` is written as given (up to 2^32-1), so hostile headers are possible."""
    salt = os.urandom(12)
    derive = iterations <= 1_000_000
    key = hashlib.pbkdf2_hmac("sha1", password.encode(), salt, iterations, 32) if derive else os.urandom(32)
    nonce, content, tag = _gcm(key, json.dumps(entries).encode())
    return struct.pack(">I", iterations) + salt + nonce + content + tag


def andotp_encrypted_old(entries: Any, password: str) -> bytes:
    nonce, content, tag = _gcm(hashlib.sha256(password.encode()).digest(), json.dumps(entries).encode())
    return nonce + content + tag


def migration_link(
    accounts: list[dict[str, Any]],
    batch_size: int = 1,
    batch_index: int = 0,
    batch_id: int = 0,
    version: int = 1,
) -> str:
    """An ``otpauth-migration://`` link; each account dict holds OtpParameters fields (secret as bytes)."""
    payload = MigrationPayload(version=version, batch_size=batch_size, batch_index=batch_index, batch_id=batch_id)
    for account in accounts:
        params = payload.otp_parameters.add()
        for key, value in account.items():
            setattr(params, key, value.encode() if isinstance(value, str) else value)
    data = base64.b64encode(payload.SerializeToString()).decode()
    return f"otpauth-migration://offline?data={quote(data, safe='')}"


def account(n: int, **fields: Any) -> dict[str, Any]:
    """A TOTP account for migration links: secret bytes derived from ``n``, issuer "ACME", name "user<n>"."""
    base = {
        "secret": hashlib.sha1(str(n).encode()).digest(),
        "name": f"ACME:user{n}@example.com",
        "issuer": "ACME",
        "algorithm": 1,
        "digits": 1,
        "type": 2,
    }
    return {**base, **fields}
