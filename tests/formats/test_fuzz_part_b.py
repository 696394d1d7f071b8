"""Property tests for the part-B importers: whatever the bytes, only FormatError escapes ``read``.

Inputs are random bytes, the shared vectors with byte-level damage (flips, cuts, insertions, deletions), and
structure-aware damage (a field of one entry replaced by any JSON value, or removed). Key derivation is
replaced by :class:`RecordedKdf` (real keys for the vectors' own parameters, recorded once), so a damaged
file that reaches decryption costs nothing and a hostile cost in a mutated file is never paid.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from part_b_support import RecordedKdf, ente_encrypted, freeotp2_backup, java_string_map, vector

from authenticator.core.otp import decode_secret
from authenticator.formats import ente, freeotp, freeotp2, proton, stratum
from authenticator.formats.base import EntryError, FormatError, ImportedEntry, ImportResult
from authenticator.formats.freeotp2 import read_string_map

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
PASSWORD = "test"
FORMATS = [freeotp.FORMAT, freeotp2.FORMAT, stratum.FORMAT, ente.FORMAT, proton.FORMAT]

_PLAIN_ENTE = vector("ente_auth")[0]
_TOKEN = {"algo": "SHA1", "counter": 3, "digits": 6, "issuerExt": "Acme", "label": "ann", "type": "HOTP"}
SEEDS: dict[str, tuple[bytes, object]] = {
    "freeotp_plus": (vector("freeotp_plus")[0], freeotp.FORMAT),
    "freeotp_v2_api23": (vector("freeotp_v2_api23")[0], freeotp2.FORMAT),
    "freeotp_v2_api34": (vector("freeotp_v2_api34")[0], freeotp2.FORMAT),
    "freeotp2_built": (freeotp2_backup(PASSWORD, [(_TOKEN, b"0123456789abcdef")]), freeotp2.FORMAT),
    "stratum_plain": (vector("stratum_plain")[0], stratum.FORMAT),
    "stratum_encrypted": (vector("stratum_encrypted")[0], stratum.FORMAT),
    "stratum_encrypted_legacy": (vector("stratum_encrypted_legacy")[0], stratum.FORMAT),
    "ente_auth": (_PLAIN_ENTE, ente.FORMAT),
    "ente_encrypted": (ente_encrypted(_PLAIN_ENTE, PASSWORD), ente.FORMAT),
    "proton_authenticator": (vector("proton_authenticator")[0], proton.FORMAT),
}


@pytest.fixture(scope="module", autouse=True)
def recorded_kdfs():
    """Patch every KDF with a recording of real runs on the seeds, then stop recording."""
    kdfs = []
    with pytest.MonkeyPatch.context() as mp:
        for module, name in [
            (freeotp2, "derive_key"),
            (stratum, "derive_argon2"),
            (stratum, "derive_pbkdf2"),
            (ente, "derive_key"),
        ]:
            kdf = RecordedKdf(getattr(module, name))
            mp.setattr(module, name, kdf)
            kdfs.append(kdf)
        for data, fmt in SEEDS.values():
            assert fmt.read(data, PASSWORD).entries  # every seed opens: mutations start from a real file
        for kdf in kdfs:
            kdf.record = False
        yield


def _check(fmt, data: bytes) -> None:
    """Read ``data``; FormatError is fine, any other exception fails; a result must be well-formed."""
    assert isinstance(fmt.sniff(data), bool)
    try:
        result = fmt.read(data, PASSWORD)
    except FormatError as exc:
        assert isinstance(exc.message, str) and exc.message
        return
    assert isinstance(result, ImportResult)
    for entry in result.entries:
        assert isinstance(entry, ImportedEntry)
        assert decode_secret(entry.secret)
    for error in result.errors:
        assert isinstance(error, EntryError) and isinstance(error.reason, str)


@FUZZ
@given(data=st.binary(max_size=2048), prefix=st.sampled_from([b"", b"{", b"\xac\xed\x00\x05", b"otpauth://"]))
def test_random_bytes_only_raise_format_error(data, prefix):
    for fmt in FORMATS:
        _check(fmt, prefix + data)


@st.composite
def damaged(draw):
    name = draw(st.sampled_from(sorted(SEEDS)))
    data, fmt = SEEDS[name]
    buf = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not buf:
            break
        op = draw(st.sampled_from(["flip", "set", "cut", "delete", "insert"]))
        at = draw(st.integers(0, len(buf) - 1))
        if op == "flip":
            buf[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            buf[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del buf[at:]
        elif op == "delete":
            del buf[at : at + draw(st.integers(1, 16))]
        else:
            buf[at:at] = draw(st.binary(min_size=1, max_size=16))
    return fmt, bytes(buf)


@FUZZ
@given(case=damaged())
def test_damaged_vectors_only_raise_format_error(case):
    fmt, data = case
    _check(fmt, data)


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)

#: (seed, path to the list of entries, keys worth replacing)
JSON_SEEDS = {
    "freeotp_plus": (["tokens"], ["algo", "counter", "digits", "period", "secret", "type", "label", "issuerExt"]),
    "stratum_plain": (["Authenticators"], ["Type", "Algorithm", "Digits", "Period", "Counter", "Secret", "Issuer"]),
    "proton_authenticator": (["entries"], ["content", "note", "id"]),
}


@FUZZ
@given(
    name=st.sampled_from(sorted(JSON_SEEDS)),
    index=st.integers(0, 5),
    key=st.text(max_size=3) | st.sampled_from(sorted({k for _, ks in JSON_SEEDS.values() for k in ks})),
    value=JSON_VALUES,
    delete=st.booleans(),
    whole=st.booleans(),
)
def test_damaged_json_fields_only_raise_format_error(name, index, key, value, delete, whole):
    data, fmt = SEEDS[name]
    path, _ = JSON_SEEDS[name]
    obj = json.loads(data)
    items = obj[path[0]]
    if whole:
        items[index % len(items)] = value
    elif delete:
        items[index % len(items)].pop(key, None)
    else:
        items[index % len(items)][key] = value
    _check(fmt, json.dumps(obj).encode())


@FUZZ
@given(
    seed=st.sampled_from(["freeotp_v2_api23", "freeotp_v2_api34", "freeotp2_built"]),
    pick=st.integers(0, 100),
    key=st.sampled_from(["algo", "counter", "digits", "period", "type", "label", "mToken", "mParameters", "key"]),
    value=JSON_VALUES,
)
def test_damaged_freeotp2_records_only_raise_format_error(seed, pick, key, value):
    """Inside a valid serialised map (the master key still opens): damage one token or key record."""
    data, fmt = SEEDS[seed]
    items = read_string_map(data)
    names = sorted(k for k in items if k != "masterKey")
    name = names[pick % len(names)]
    record = json.loads(items[name])
    if name.endswith("-token"):
        record[key] = value
    else:
        inner = json.loads(record["key"])
        inner[key] = value
        record["key"] = json.dumps(inner) if pick % 3 else inner
    items[name] = json.dumps(record) if pick % 5 else json.dumps(value)
    _check(fmt, java_string_map(items))
