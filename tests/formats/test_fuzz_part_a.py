"""Part-A importers together: sniffing picks each vector's own format, and random or mutated input never lets
anything but FormatError escape (the contract the CLI and the import dialog rely on).

Mutations start from the real vector files and from cheap encrypted files whose *decrypted* content is
mutated, so the parsers behind the decryption are fuzzed too. Hypothesis runs derandomised so CI is stable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from typing import Any

import pytest
from format_vectors import compare, imported_fields, index, vectors_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from part_a_builders import aegis_encrypted, andotp_encrypted, andotp_encrypted_old, twofas_encrypted

from authenticator.formats import aegis, andotp, bitwarden, google_migration, registry, twofas, uri_list
from authenticator.formats.base import Format, FormatError, ImportResult
from authenticator.formats.google_migration import MigrationAssembler

#: index.json format → our format name.
OURS = {
    "aegis-vault-json": "aegis",
    "2fas-json": "2fas",
    "andotp-json": "andotp",
    "andotp-encrypted": "andotp",
    "bitwarden-json": "bitwarden",
    "bitwarden-csv": "bitwarden",
    "google-migration-uri-list": "google-migration",
    "otpauth-uri-list": "otpauth-list",
}
PART_A: list[Format] = [m.FORMAT for m in (aegis, twofas, andotp, bitwarden, google_migration, uri_list)]
VECTORS = vectors_for(*OURS)
PASSWORD = "pw"


def test_each_part_a_format_is_registered() -> None:
    for fmt in PART_A:
        assert registry.by_name(fmt.name) is fmt


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_each_vector_is_claimed_by_exactly_its_own_format(vector) -> None:
    data = vector.data()
    assert [f.name for f in PART_A if f.sniff(data)] == [OURS[vector.format]]


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_registry_detects_each_vector(vector) -> None:
    """Detection through the whole registry: our format, or (for Ente's URI list) a more specific format
    sniffed earlier that reads the file to the same accounts."""
    data = vector.data()
    found = registry.detect(data)
    if found.name != OURS[vector.format]:
        assert vector.format == "otpauth-uri-list"
        ours = registry.by_name(OURS[vector.format]).read(data, vector.password)
        theirs = found.read(data, vector.password)
        assert not compare(theirs, [imported_fields(e) for e in ours.entries])


def test_other_formats_vectors_are_not_claimed_by_part_a() -> None:
    others = [v for v in vectors_for(*{i["format"] for i in index()} - set(OURS)) if v.path.is_file()]
    claimed = {v.id: [f.name for f in PART_A if f.sniff(v.data())] for v in others}
    assert {k: v for k, v in claimed.items() if v} == {}


@pytest.mark.parametrize("fmt", PART_A, ids=lambda f: f.name)
@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00" * 64, b"{}", b"[]", b"null", b"\xef\xbb\xbf"])
def test_empty_and_trivial_files_are_format_errors(fmt: Format, data: bytes) -> None:
    assert not fmt.sniff(data)
    with pytest.raises(FormatError):
        fmt.read(data, PASSWORD)


def test_the_registry_refuses_an_empty_file() -> None:
    with pytest.raises(FormatError, match="empty"):
        registry.read(b"")


# -- hypothesis ---------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


def _only_format_errors(fmt: Format, data: bytes, password: str | None = PASSWORD) -> None:
    """Run sniff, is_encrypted and read; anything but FormatError fails the test. Sniff never raises."""
    assert isinstance(fmt.sniff(data), bool)
    with contextlib.suppress(FormatError):
        fmt.is_encrypted(data)
    try:
        result = fmt.read(data, password)
    except FormatError as exc:
        assert exc.message
        return
    assert isinstance(result, ImportResult)
    for entry in result.entries:
        assert entry.secret and entry.account.type.value in ("totp", "hotp", "steam")


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """A seed file with a few byte-level edits: flips, cuts, insertions, deletions, duplicated slices."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        kind = draw(st.sampled_from(["flip", "cut", "insert", "delete", "duplicate", "byte"]))
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 16))]
        elif kind == "duplicate":
            end = min(len(data), at + draw(st.integers(1, 64)))
            data[at:at] = data[at:end]
        else:
            data[at] = draw(st.sampled_from(b'{}[]":,0-9aA=%+/\n\x00\xff'))
    return bytes(data)


def _seeds(*formats: str) -> list[bytes]:
    return [v.data() for v in vectors_for(*formats)]


@st.composite
def json_values(draw: st.DrawFn) -> Any:
    """Values of the wrong type and edge numbers, to put where a field is expected."""
    return draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-(2**70), 2**70),
            st.floats(allow_nan=False),
            st.text(max_size=12),
            st.lists(st.integers(), max_size=2),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
            st.sampled_from(["SHA1", "sha512", "MD5", "totp", "HOTP", "steam", "motp", "6", "-1", "AAAA", ""]),
        )
    )


@st.composite
def field_mutated_json(draw: st.DrawFn, seeds: list[bytes]) -> Any:
    """A seed JSON document with one value somewhere replaced by another of any type."""
    doc = json.loads(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 3))):
        node = doc
        for _ in range(draw(st.integers(0, 5))):
            if isinstance(node, dict) and node:
                key = draw(st.sampled_from(sorted(node)))
                if isinstance(node[key], dict | list) and draw(st.booleans()):
                    node = node[key]
                    continue
                node[key] = draw(json_values())
                break
            if isinstance(node, list) and node:
                at = draw(st.integers(0, len(node) - 1))
                if isinstance(node[at], dict | list) and draw(st.booleans()):
                    node = node[at]
                    continue
                node[at] = draw(json_values())
                break
            break
    return doc


SEEDS = {
    "aegis": _seeds("aegis-vault-json"),
    "2fas": _seeds("2fas-json"),
    "andotp": _seeds("andotp-json", "andotp-encrypted"),
    "bitwarden": _seeds("bitwarden-json", "bitwarden-csv"),
    "google-migration": _seeds("google-migration-uri-list"),
    "otpauth-list": _seeds("otpauth-uri-list"),
}
FORMATS = {fmt.name: fmt for fmt in PART_A}


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_random_bytes_only_raise_format_errors(name: str) -> None:
    fmt = FORMATS[name]

    @FUZZ
    @given(st.binary(max_size=600))
    def check(data: bytes) -> None:
        _only_format_errors(fmt, data)

    check()


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_mutated_vector_files_only_raise_format_errors(name: str, monkeypatch) -> None:
    fmt = FORMATS[name]
    seeds = SEEDS[name]
    if not seeds:
        pytest.skip("no shared vectors")
    # A wrong password is tried against real (expensive) KDF parameters: keep Aegis's scrypt cheap here,
    # the fuzz is about parsing, and the real derivation is covered by the vector tests.
    _cheap_kdfs(monkeypatch)

    @FUZZ
    @given(mutated(seeds))
    def check(data: bytes) -> None:
        _only_format_errors(fmt, data)

    check()


def _cheap_kdfs(monkeypatch) -> None:
    real_scrypt, real_pbkdf2 = hashlib.scrypt, hashlib.pbkdf2_hmac
    monkeypatch.setattr(hashlib, "scrypt", lambda password, **kw: real_scrypt(password, **{**kw, "n": 2}))
    monkeypatch.setattr(
        hashlib, "pbkdf2_hmac", lambda name, pw, salt, rounds, length: real_pbkdf2(name, pw, salt, 1, length)
    )


def _decrypted_seed(name: str, index: int = 0) -> Any:
    return json.loads(SEEDS[name][index])


@pytest.mark.parametrize("name", ["aegis", "2fas", "andotp", "bitwarden"])
def test_field_mutated_json_only_raises_format_errors(name: str) -> None:
    fmt = FORMATS[name]
    seeds = [s for s in SEEDS[name] if s.lstrip()[:1] in (b"{", b"[") and b"servicesEncrypted" not in s]
    seeds = [s for s in seeds if not isinstance(json.loads(s).get("db") if s.lstrip()[:1] == b"{" else None, str)]

    @FUZZ
    @given(field_mutated_json(seeds))
    def check(doc: Any) -> None:
        _only_format_errors(fmt, json.dumps(doc).encode())

    check()


@pytest.mark.parametrize("name", ["aegis", "2fas", "andotp-current", "andotp-old"])
def test_mutated_decrypted_content_only_raises_format_errors(name: str) -> None:
    """Encrypt mutated plaintexts with cheap parameters, so the parsers behind decryption see garbage too."""
    plain = {
        "aegis": [s for s in SEEDS["aegis"] if b'"slots": null' in s],
        "2fas": [s for s in SEEDS["2fas"] if b"servicesEncrypted" not in s],
        "andotp-current": [s for s in SEEDS["andotp"] if s.startswith(b"[")],
        "andotp-old": [s for s in SEEDS["andotp"] if s.startswith(b"[")],
    }[name]
    fmt = FORMATS[name.split("-")[0]]

    def encrypt(doc: Any) -> bytes:
        if name == "aegis":
            return aegis_encrypted(doc.get("db") if isinstance(doc, dict) else doc, PASSWORD, n=2)
        if name == "2fas":
            return twofas_encrypted(doc.get("services") if isinstance(doc, dict) else doc, PASSWORD)
        if name == "andotp-current":
            return andotp_encrypted(doc, PASSWORD, iterations=1)
        return andotp_encrypted_old(doc, PASSWORD)

    @settings(max_examples=100, deadline=None, derandomize=True)
    @given(field_mutated_json(plain))
    def check(doc: Any) -> None:
        _only_format_errors(fmt, encrypt(doc))

    check()


@FUZZ
@given(st.lists(st.sampled_from(range(6)), min_size=1, max_size=8), st.data())
def test_the_assembler_only_raises_format_errors(order: list[int], data: st.DataObject) -> None:
    """Parts of two exports, mutated links and junk fed in any order: FormatError or progress, never a crash."""
    multi = vectors_for("google-migration-uri-list")
    links = [line for v in multi for line in v.data().decode().splitlines() if line.startswith("otpauth-migration")]
    assembler = MigrationAssembler()
    for choice in order:
        text = links[choice % len(links)] if choice < 5 else data.draw(st.text(max_size=40))
        if data.draw(st.booleans()):
            text = data.draw(mutated([text.encode()])).decode("utf-8", errors="replace")
        try:
            progress = assembler.add(text)
        except FormatError:
            continue
        assert 0 < len(progress.received) <= progress.batch_size
    with contextlib.suppress(FormatError):
        assembler.result()
