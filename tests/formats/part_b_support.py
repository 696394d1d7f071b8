"""What the part-B importer tests share: the shared vectors, comparing entries, and fixture builders.

* :func:`vector` loads one shared vector (input bytes, expected entries, password) from index.json.
* :func:`assert_imports` compares an ImportResult with expected.json (via the shared ``format_vectors``).
* :func:`java_string_map` writes a ``HashMap<String, String>`` in Java serialisation (what FreeOTP 2 backups
  are) so tests can build hostile or cheap backups; :func:`freeotp2_backup` builds a whole encrypted one.
* :func:`ente_encrypted` encrypts a plain Ente export the way Ente Auth does (PyNaCl: Argon2id + secretstream).
* :class:`RecordedKdf` replaces a slow KDF by the results it recorded from real runs (fuzz tests).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Callable
from typing import Any

import format_vectors
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from format_vectors import assert_imports_as, with_overrides
from nacl import bindings as sodium
from support import VECTORS

from authenticator.core.otp import decode_secret, encode_secret
from authenticator.formats.base import ImportResult


def vector(folder: str) -> tuple[bytes, list[dict[str, Any]], str | None]:
    """(input bytes, expected entries, password) of the vector in aegis/importers/<folder>/."""
    record = next(v for v in format_vectors.index() if v["path"].startswith(f"aegis/importers/{folder}/"))
    data = (VECTORS / record["path"]).read_bytes()
    expected = json.loads((VECTORS / record["expected"]).read_text())
    return data, expected, record.get("password")


def assert_imports(result: ImportResult, expected: list[dict[str, Any]], overrides=None) -> None:
    """Compare with expected.json through the shared loader (multiset keyed by secret bytes + type).

    ``overrides`` maps an entry's secret_hex to the fields our policy sets differently (each test says why).
    """
    overrides = overrides or {}
    assert_imports_as(result, with_overrides(expected, lambda entry: overrides.get(entry["secret_hex"])))
    for item in result.entries:  # secrets are canonical base32
        assert item.secret == encode_secret(decode_secret(item.secret))


# -- Java serialisation (the subset FreeOTP 2 writes) -----------------------------------------------------


def _java_utf(text: str) -> bytes:
    raw = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le").encode("utf-8", "surrogatepass")
    return raw.replace(b"\x00", b"\xc0\x80")


def java_string(text: str) -> bytes:
    raw = _java_utf(text)
    if len(raw) < 0x10000:
        return b"\x74" + struct.pack(">H", len(raw)) + raw
    return b"\x7c" + struct.pack(">Q", len(raw)) + raw


def java_string_map(items: dict[str, str] | list[tuple[bytes, bytes]], threshold_field: bool = True) -> bytes:
    """A serialised ``java.util.HashMap`` (Android API 25+ layout; API 23 has no threshold field).

    ``items`` is either a dict of Strings or a list of already-serialised (key, value) objects, so a test
    can put something other than a String into the map.
    """
    pairs = [(java_string(k), java_string(v)) for k, v in items.items()] if isinstance(items, dict) else items
    fields = b"\x46" + struct.pack(">H", 10) + b"loadFactor"
    count = 1
    if threshold_field:
        fields += b"\x49" + struct.pack(">H", 9) + b"threshold"
        count = 2
    out = b"\xac\xed\x00\x05\x73\x72" + struct.pack(">H", 17) + b"java.util.HashMap"
    out += bytes.fromhex("0507dac1c31660d1") + b"\x03" + struct.pack(">H", count) + fields + b"\x78\x70"
    out += struct.pack(">f", 0.75) + (struct.pack(">i", 12) if threshold_field else b"")
    out += b"\x77\x08" + struct.pack(">ii", 16, len(pairs))
    for key, value in pairs:
        out += key + value
    return out + b"\x78"


def signed(data: bytes) -> list[int]:
    return [b - 256 if b > 127 else b for b in data]


def _encrypted_key(key: bytes, plain: bytes, token: str, bare_nonce: bool = False) -> dict[str, Any]:
    nonce = os.urandom(12)
    # Bare OCTET STRING nonce, or DER GCMParameters with a 16-byte tag: FreeOTP files hold both.
    params = b"\x04\x0c" + nonce if bare_nonce else b"\x30\x11\x04\x0c" + nonce + b"\x02\x01\x10"
    return {
        "mCipher": "AES/GCM/NoPadding",
        "mCipherText": signed(AESGCM(key).encrypt(nonce, plain, token.encode())),
        "mParameters": signed(params),
        "mToken": token,
    }


def freeotp2_backup(
    password: str,
    tokens: list[tuple[dict[str, Any], bytes]],
    iterations: int = 1000,
    master_record: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
) -> bytes:
    """An encrypted FreeOTP 2 backup of (token metadata, secret) pairs; ``master_record`` may alter the master key."""
    salt = os.urandom(32)
    kek = hashlib.pbkdf2_hmac("sha512", password.encode(), salt, iterations, 32)
    master = os.urandom(32)
    record = {
        "mAlgorithm": "PBKDF2withHmacSHA512",
        "mEncryptedKey": _encrypted_key(kek, master, "AES"),
        "mIterations": iterations,
        "mSalt": signed(salt),
    }
    if master_record is not None:
        record = master_record(record)
    items = {"masterKey": json.dumps(record)}
    for index, (token, secret) in enumerate(tokens):
        uuid = f"00000000-0000-0000-0000-{index:012d}"
        algo = token.get("algo") or "SHA1"
        items[uuid] = json.dumps({"key": json.dumps(_encrypted_key(master, secret, f"Hmac{algo}", index % 2 == 1))})
        items[f"{uuid}-token"] = json.dumps(token)
    return java_string_map(items)


# -- Ente ---------------------------------------------------------------------------------------------------

#: Cheap libsodium costs for tests (Ente itself uses 1 GiB/4 or 256 MiB/16).
ENTE_TEST_OPS, ENTE_TEST_MEM = 1, 8 * 1024 * 1024


def ente_encrypted(plain: bytes, password: str, ops: int = ENTE_TEST_OPS, mem: int = ENTE_TEST_MEM, **edit) -> bytes:
    """Encrypt a plain Ente export the way Ente Auth's export does; ``edit`` overrides top-level fields."""
    salt = os.urandom(sodium.crypto_pwhash_SALTBYTES)
    key = sodium.crypto_pwhash_alg(32, password.encode(), salt, ops, mem, sodium.crypto_pwhash_ALG_ARGON2ID13)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    ciphertext = sodium.crypto_secretstream_xchacha20poly1305_push(
        state, plain, None, sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
    )
    export = {
        "version": 1,
        "kdfParams": {"memLimit": mem, "opsLimit": ops, "salt": base64.b64encode(salt).decode()},
        "encryptedData": base64.b64encode(ciphertext).decode(),
        "encryptionNonce": base64.b64encode(header).decode(),
    }
    export.update(edit)
    return json.dumps(export).encode()


# -- fuzzing without paying for key derivation ------------------------------------------------------------


class RecordedKdf:
    """Stands in for a slow KDF: real results for arguments seen while recording, a fixed fake key otherwise.

    Record by calling :meth:`recording` around real imports, then patch the module's derive function with the
    instance: mutated files (other salt, other cost) then cost nothing and simply fail to decrypt.
    """

    def __init__(self, real: Callable[..., bytes]) -> None:
        self.real = real
        self.known: dict[tuple, bytes] = {}
        self.record = True

    def __call__(self, *args: Any) -> bytes:
        key = tuple(args)
        if key not in self.known:
            if not self.record:
                return hashlib.sha256(repr(key).encode()).digest()
            self.known[key] = self.real(*args)
        return self.known[key]
