"""FreeOTP 2 backups (``externalBackup.xml``): a Java-serialised ``HashMap<String, String>``, encrypted per key.

The map holds (format as read by Aegis's importer and checked against its test files from Android API 23–34):

* ``"masterKey"``: JSON ``{"mAlgorithm": "PBKDF2withHmacSHA512", "mIterations": 100000, "mSalt": [bytes],
  "mEncryptedKey": {"mCipher": "AES/GCM/NoPadding", "mCipherText": [bytes], "mParameters": [bytes],
  "mToken": "AES"}}``. The master key is AES-GCM-decrypt(PBKDF2(password, salt, iterations, 32 bytes)).
* ``"<uuid>"``: JSON ``{"key": "<JSON of an encrypted key like mEncryptedKey>"}``, the token's HMAC secret
  encrypted under the master key; its ``mToken`` ("HmacSHA1", …) names the algorithm.
* ``"<uuid>-token"``: the token's metadata in clear (see :mod:`.freeotp`), counter stored as in the link.

Every AES-GCM call uses the key's ``mToken`` as associated data. ``mParameters`` is DER: either
``SEQUENCE { OCTET STRING nonce, INTEGER tagLengthBytes }`` (GCMParameters) or a bare ``OCTET STRING``.

Java deserialisation executes nothing here: :func:`read_string_map` is a strict reader of exactly one
``java.util.HashMap`` whose keys and values are Strings (back-references to earlier Strings allowed) and
refuses every other construct with FormatError, with bounds on counts and lengths.
"""

from __future__ import annotations

import hashlib
import json
import struct
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..core.i18n import N_, Message
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult, PasswordRequired, WrongPassword
from .fields import BadField
from .freeotp import signed_bytes, token_account, token_label
from .limits import check_pbkdf2

STREAM_MAGIC = b"\xac\xed\x00\x05"
HASHMAP_CLASS = "java.util.HashMap"
MAX_MAP_ENTRIES = 20_000
MAX_STRING_BYTES = 1 << 20
BASE_HANDLE = 0x7E0000

TC_NULL, TC_REFERENCE, TC_CLASSDESC, TC_OBJECT, TC_STRING = 0x70, 0x71, 0x72, 0x73, 0x74
TC_BLOCKDATA, TC_ENDBLOCKDATA, TC_BLOCKDATALONG, TC_LONGSTRING = 0x77, 0x78, 0x7A, 0x7C
SC_WRITE_METHOD, SC_SERIALIZABLE = 0x01, 0x02
_CLASS_DESC = object()
_PRIMITIVE_SIZES = {"B": 1, "C": 2, "D": 8, "F": 4, "I": 4, "J": 8, "S": 2, "Z": 1}

_KDF_HASHES = {"PBKDF2WITHHMACSHA1": "sha1", "PBKDF2WITHHMACSHA256": "sha256", "PBKDF2WITHHMACSHA512": "sha512"}
MAX_SALT_BYTES = 1024
MAX_CIPHERTEXT_BYTES = 4096


# -- Java serialisation: one HashMap<String, String>, nothing else ----------------------------------------


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self.handles: list[object] = []

    def take(self, size: int) -> bytes:
        if size < 0 or self.pos + size > len(self.data):
            raise FormatError(N_("The FreeOTP backup is cut short."), N_("Copy the whole file again."))
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def unsigned(self, size: int) -> int:
        return int.from_bytes(self.take(size), "big")

    def utf(self, size: int) -> str:
        if size > MAX_STRING_BYTES:
            raise FormatError(N_("The FreeOTP backup holds a text far longer than any backup has."))
        return _modified_utf8(self.take(size))

    def new_handle(self, value: object) -> None:
        self.handles.append(value)

    def string(self) -> str:
        """A String: new (short or long) or a back-reference to one read before."""
        tag = self.byte()
        if tag == TC_STRING:
            value = self.utf(self.unsigned(2))
        elif tag == TC_LONGSTRING:
            value = self.utf(self.unsigned(8))
        elif tag == TC_REFERENCE:
            handle = self.unsigned(4) - BASE_HANDLE
            if not 0 <= handle < len(self.handles) or not isinstance(self.handles[handle], str):
                raise FormatError(N_("The FreeOTP backup refers to something that is not a text."))
            return self.handles[handle]  # type: ignore[return-value]
        else:
            raise FormatError(
                Message("The FreeOTP backup holds an object of kind 0x{tag} where text was expected.", tag=f"{tag:02x}")
            )
        self.new_handle(value)
        return value

    def block_data(self, size: int) -> bytes:
        """``size`` bytes of block data, which the writer may have split over several blocks."""
        out = b""
        while len(out) < size:
            tag = self.byte()
            if tag == TC_BLOCKDATA:
                out += self.take(self.byte())
            elif tag == TC_BLOCKDATALONG:
                length = self.unsigned(4)
                if length > MAX_STRING_BYTES:
                    raise FormatError(N_("The FreeOTP backup has an implausibly large data block."))
                out += self.take(length)
            else:
                raise FormatError(N_("The FreeOTP backup does not have the map's size where it should be."))
        if len(out) != size:
            raise FormatError(N_("The FreeOTP backup's map header has an unexpected length."))
        return out


def _modified_utf8(raw: bytes) -> str:
    """Java's "modified UTF-8": NUL as C0 80, characters beyond the BMP as two encoded surrogates."""
    try:
        text = raw.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass")
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    except UnicodeError as exc:
        raise FormatError(N_("The FreeOTP backup holds text that is not valid.")) from exc


def read_string_map(data: bytes) -> dict[str, str]:
    """The ``HashMap<String, String>`` serialised in ``data``; FormatError for anything else."""
    reader = _Reader(data)
    if reader.take(4) != STREAM_MAGIC:
        raise FormatError(N_("This is not a FreeOTP 2 backup: it is not a serialised Java object."))
    if reader.byte() != TC_OBJECT or reader.byte() != TC_CLASSDESC:
        raise FormatError(N_("This is not a FreeOTP 2 backup: it does not start with a map."))
    class_name = reader.utf(reader.unsigned(2))
    if class_name != HASHMAP_CLASS:
        raise FormatError(
            Message(
                "This is not a FreeOTP 2 backup: it holds a {name}, not a HashMap.",
                name=repr(class_name[:60]),
            )
        )
    reader.take(8)  # serialVersionUID: Android and desktop Java agree, and nothing depends on it
    reader.new_handle(_CLASS_DESC)  # not a str: a back-reference to it is refused
    flags = reader.byte()
    if flags != SC_SERIALIZABLE | SC_WRITE_METHOD:
        raise FormatError(N_("The FreeOTP backup's map is written in an unknown way."))
    field_sizes = []
    for _ in range(reader.unsigned(2)):
        code = chr(reader.byte())
        reader.utf(reader.unsigned(2))
        if code not in _PRIMITIVE_SIZES:
            raise FormatError(N_("The FreeOTP backup's map has an object field; a HashMap has none."))
        field_sizes.append(_PRIMITIVE_SIZES[code])
    if reader.byte() != TC_ENDBLOCKDATA or reader.byte() != TC_NULL:
        raise FormatError(
            N_("The FreeOTP backup's map class is annotated or has a parent class; a HashMap has neither.")
        )
    reader.new_handle(None)  # the map object itself
    for size in field_sizes:  # loadFactor, threshold: not needed to read the entries
        reader.take(size)
    _capacity, count = struct.unpack(">ii", reader.block_data(8))
    if not 0 <= count <= MAX_MAP_ENTRIES:
        raise FormatError(
            Message("The FreeOTP backup says it holds {count} items; that is not a real backup.", count=f"{count:,}")
        )
    result: dict[str, str] = {}
    for _ in range(count):
        key = reader.string()
        result[key] = reader.string()
    if reader.byte() != TC_ENDBLOCKDATA:
        raise FormatError(N_("The FreeOTP backup's map does not end where its size says."))
    if reader.pos != len(data):
        raise FormatError(N_("The FreeOTP backup has extra data after the map."))
    return result


# -- the encryption ------------------------------------------------------------------------------------------


def derive_key(password: str, salt: bytes, iterations: int, hash_name: str) -> bytes:
    """PBKDF2 for the master key; a module function so tests can count or replace calls."""
    return hashlib.pbkdf2_hmac(hash_name, password.encode("utf-8"), salt, iterations, dklen=32)


def _json_object(text: Any, what: str) -> dict[str, Any]:
    if isinstance(text, dict):
        return text
    try:
        value = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError) as exc:
        raise FormatError(Message("The FreeOTP backup's {what} is not valid JSON.", what=what)) from exc
    if not isinstance(value, dict):
        raise FormatError(Message("The FreeOTP backup's {what} is not a JSON object.", what=what))
    return value


def _gcm_nonce(parameters: bytes) -> bytes:
    """The nonce from DER GCMParameters (tag length must be 16 bytes) or a bare OCTET STRING."""

    def element(buf: bytes, pos: int, tag: int) -> tuple[bytes, int]:
        if pos + 2 > len(buf) or buf[pos] != tag or buf[pos + 1] >= 0x80:
            raise FormatError(N_("The FreeOTP backup has damaged encryption parameters."))
        end = pos + 2 + buf[pos + 1]
        if end > len(buf):
            raise FormatError(N_("The FreeOTP backup has damaged encryption parameters."))
        return buf[pos + 2 : end], end

    if parameters[:1] == b"\x04":
        nonce, end = element(parameters, 0, 0x04)
    else:
        body, end = element(parameters, 0, 0x30)
        if end != len(parameters):
            raise FormatError(N_("The FreeOTP backup has damaged encryption parameters."))
        nonce, pos = element(body, 0, 0x04)
        tag_length, pos = element(body, pos, 0x02)
        if pos != len(body) or int.from_bytes(tag_length, "big") != 16:
            raise FormatError(N_("The FreeOTP backup uses an AES-GCM tag length other than 16 bytes."))
    if end != len(parameters) or not 8 <= len(nonce) <= 64:
        raise FormatError(N_("The FreeOTP backup has damaged encryption parameters."))
    return nonce


def _decrypt(encrypted: dict[str, Any], key: bytes) -> bytes:
    """Open one FreeOTP encrypted key (mCipherText, mParameters, mToken as associated data); InvalidTag on failure."""
    cipher = encrypted.get("mCipher")
    if cipher is not None and cipher != "AES/GCM/NoPadding":
        raise FormatError(N_("The FreeOTP backup uses a cipher other than AES-GCM."))
    token = encrypted.get("mToken")
    if not isinstance(token, str) or len(token) > 64:
        raise FormatError(N_("The FreeOTP backup has a key without a valid type."))
    try:
        ciphertext = signed_bytes(encrypted.get("mCipherText"))
        parameters = signed_bytes(encrypted.get("mParameters"))
    except BadField as exc:
        raise FormatError(N_("The FreeOTP backup has a damaged encrypted key.")) from exc
    if len(ciphertext) < 17 or len(ciphertext) > MAX_CIPHERTEXT_BYTES:
        raise FormatError(N_("The FreeOTP backup has an encrypted key of an impossible length."))
    return AESGCM(key).decrypt(_gcm_nonce(parameters), ciphertext, token.encode("utf-8"))


def _master_key(record: dict[str, Any], password: str) -> bytes:
    algorithm = record.get("mAlgorithm")
    hash_name = _KDF_HASHES.get(algorithm.upper()) if isinstance(algorithm, str) else None
    if hash_name is None:
        raise FormatError(N_("The FreeOTP backup's master key uses an unknown key derivation."))
    iterations = record.get("mIterations")
    check_pbkdf2(iterations if type(iterations) is int else -1)
    try:
        salt = signed_bytes(record.get("mSalt"))
    except BadField as exc:
        raise FormatError(N_("The FreeOTP backup's master key has no valid salt.")) from exc
    encrypted = record.get("mEncryptedKey")
    if not isinstance(encrypted, dict):
        raise FormatError(N_("The FreeOTP backup's master key is missing."))
    key = derive_key(password, salt, iterations, hash_name)
    try:
        master = _decrypt(encrypted, key)
    except InvalidTag as exc:
        raise WrongPassword(
            N_("The password is wrong."), N_("Type the password you chose when making the backup.")
        ) from exc
    if len(master) not in (16, 24, 32):
        raise FormatError(N_("The FreeOTP backup's master key has an impossible length."))
    return master


def _algorithm_from_key_type(token: str) -> str:
    name = token.upper()
    return name[4:] if name.startswith("HMAC") else ""


class FreeOtp2Format(Format):
    name = "freeotp2"
    title = N_("FreeOTP 2 backup")
    can_be_encrypted = True
    patterns = ("*.xml",)

    def sniff(self, data: bytes) -> bool:
        return data.startswith(STREAM_MAGIC) and HASHMAP_CLASS.encode() in data[:64]

    def is_encrypted(self, data: bytes) -> bool:
        return True

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        items = read_string_map(data)
        if "masterKey" not in items:
            raise FormatError(N_("This is not a FreeOTP 2 backup: it has no master key."))
        if password is None:
            raise PasswordRequired(
                N_("The FreeOTP backup is encrypted."), N_("Type the password you chose for backups.")
            )
        master = _master_key(_json_object(items["masterKey"], N_("master key")), password)
        entries: list[ImportedEntry] = []
        errors: list[EntryError] = []
        uuids = sorted(k.removesuffix("-token") for k in items if k.endswith("-token"))
        for index, uuid in enumerate(uuids):
            label = ""
            try:
                token = _json_object(items[f"{uuid}-token"], N_("token"))
                label = token_label(token)
                if uuid not in items:
                    raise BadField(N_("The token's key is missing from the backup."))
                encrypted = _json_object(_json_object(items[uuid], N_("key record")).get("key"), N_("token key"))
                try:
                    secret = _decrypt(encrypted, master)
                except InvalidTag as exc:
                    raise BadField(N_("The token's key cannot be decrypted (the file was altered).")) from exc
                hint = _algorithm_from_key_type(str(encrypted.get("mToken", "")))
                entries.append(token_account(token, secret, counter_offset=0, algorithm_hint=hint))
            except (BadField, FormatError) as exc:
                errors.append(EntryError(index, label, getattr(exc, "message", None) or str(exc)))
        return ImportResult(self.name, entries, errors, encrypted=True)


FORMAT = FreeOtp2Format()
