"""Google Authenticator exports: every shared vector, multi-QR assembly, and the refusals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for, with_overrides
from part_a_builders import account, migration_link

from authenticator.formats import registry
from authenticator.formats.base import FormatError
from authenticator.formats.google_migration import FORMAT, MigrationAssembler, parse_link

TEXT_VECTORS = vectors_for("google-migration-uri-list")
MULTI = [v for v in TEXT_VECTORS if "multi_batch_3" in v.id]


def our_policy(entry: dict[str, Any]) -> dict[str, Any] | None:
    """Our name policy: the name is the payload name minus its ``Issuer:`` prefix (the vectors'
    ``account_hint``); with an empty issuer field the prefix becomes the issuer, as parse_otpauth does."""
    change: dict[str, Any] = {"name": entry["account_hint"]}
    if not entry["issuer"] and ":" in entry["name"]:
        change["issuer"] = entry["name"].split(":", 1)[0].strip()
    return change


@pytest.mark.parametrize("vector", TEXT_VECTORS, ids=lambda v: v.id)
def test_every_text_vector_imports_to_its_expected_entries(vector) -> None:
    assert FORMAT.sniff(vector.data())
    result = FORMAT.read(vector.data())
    assert result.format_name == "google-migration"
    assert not result.encrypted
    assert_imports_as(result, with_overrides(vector.expected(), our_policy))


def test_the_policy_override_touches_one_issuer_only() -> None:
    """Only scito's "encoding: ¿äÄéÉ? (demo)" has a prefix without an issuer field."""
    changed = [e["name"] for v in TEXT_VECTORS for e in v.expected() if not e["issuer"] and ":" in e["name"]]
    assert changed == ["encoding: ¿äÄéÉ? (demo)"]


def test_entries_keep_file_and_part_order() -> None:
    result = FORMAT.read(MULTI[0].data())
    assert [e.account.name for e in result.entries][:3] == ["one@example.com", "two@example.com", "three@example.com"]
    assert result.entries[-1].account.name == "twenty-two@example.com"
    assert len(result.entries) == 22


def test_qr_image_text_goes_through_the_assembler(vectors: Path) -> None:
    expected = json.loads(
        (vectors / "scito_extract_otp_secrets/google_migration/qr_png/expected.json").read_text(encoding="utf-8")
    )
    assembler = MigrationAssembler()
    progress = assembler.add(expected[0]["qr_text"])
    assert progress.complete and progress.text == "1 of 1 scanned" and progress.missing == ()
    assert_imports_as(assembler.result(), with_overrides(expected, our_policy))


def test_the_screenshot_decodes_and_imports_end_to_end(vectors: Path) -> None:
    """Image → QR decoder → assembler → accounts, as the scan dialog does it."""
    from authenticator.qr import decode_file

    folder = vectors / "scito_extract_otp_secrets/google_migration/qr_png"
    assembler = MigrationAssembler()
    for code in decode_file(folder / "test_googleauth_export.png"):
        assembler.add(code.text)
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert_imports_as(assembler.result(), with_overrides(expected, our_policy))


# -- gathering a multi-QR export ----------------------------------------------------------------------------


def _links(vector) -> list[str]:
    return [line for line in vector.data().decode().splitlines() if line.strip()]


@pytest.mark.parametrize("vector", MULTI, ids=lambda v: v.id)
def test_multi_batch_export_assembles_in_any_order_with_progress(vector) -> None:
    first, second, third = _links(vector)
    assembler = MigrationAssembler()
    progress = assembler.add(third)
    assert (progress.text, progress.missing, progress.complete) == ("1 of 3 scanned", (1, 2), False)
    assert progress.missing_text == "Missing parts 1 and 2 of 3."
    progress = assembler.add(first)
    assert (progress.text, progress.missing) == ("2 of 3 scanned", (2,))
    assert progress.missing_text == "Missing part 2 of 3."
    assert progress.batch_id == 251676888 and progress.received == (0, 2)
    with pytest.raises(FormatError, match="part 2") as info:
        assembler.result()
    assert "2 of 3 scanned" in info.value.hint
    assert not assembler.complete
    progress = assembler.add(second)
    assert progress.complete and progress.text == "3 of 3 scanned"
    assert_imports_as(assembler.result(), with_overrides(vector.expected(), our_policy))


def test_a_part_scanned_twice_is_ignored() -> None:
    first, second, _ = _links(MULTI[0])
    assembler = MigrationAssembler()
    assembler.add(first)
    progress = assembler.add(first)
    assert progress.duplicate and progress.text == "1 of 3 scanned"
    assert not assembler.add(second).duplicate


def test_a_part_of_another_export_is_refused_and_keeps_progress() -> None:
    first, second, _ = _links(MULTI[0])
    assembler = MigrationAssembler()
    assembler.add(first)
    other = migration_link([account(1)], batch_size=3, batch_index=1, batch_id=42)
    with pytest.raises(FormatError, match="different Google Authenticator export"):
        assembler.add(other)
    single = migration_link([account(1)], batch_size=1, batch_id=251676888)
    with pytest.raises(FormatError, match="different"):
        assembler.add(single)  # same id, different size: not a part of this export
    assert assembler.add(second).text == "2 of 3 scanned"


def test_two_different_payloads_claiming_the_same_part_are_refused() -> None:
    assembler = MigrationAssembler()
    assembler.add(migration_link([account(1)], batch_size=2, batch_index=0, batch_id=7))
    with pytest.raises(FormatError, match="both say they are part 1"):
        assembler.add(migration_link([account(2)], batch_size=2, batch_index=0, batch_id=7))


def test_batch_id_zero_is_tolerated() -> None:
    assembler = MigrationAssembler()
    assembler.add(migration_link([account(1)], batch_size=2, batch_index=1, batch_id=0))
    assert assembler.add(migration_link([account(2)], batch_size=2, batch_index=0, batch_id=0)).complete
    assert [e.account.name for e in assembler.result().entries] == ["user2@example.com", "user1@example.com"]


def test_a_missing_part_in_a_text_file_is_named() -> None:
    first, _, third = _links(MULTI[0])
    with pytest.raises(FormatError, match=r"Missing part 2 of 3"):
        FORMAT.read(f"{first}\n{third}\n".encode())


def test_result_before_any_scan_is_refused() -> None:
    with pytest.raises(FormatError, match="No Google Authenticator QR code"):
        MigrationAssembler().result()


def test_a_part_number_beyond_the_size_is_refused() -> None:
    with pytest.raises(FormatError, match="part 4 of 3"):
        parse_link(migration_link([account(1)], batch_size=3, batch_index=3))


# -- entry mapping ------------------------------------------------------------------------------------------


def _read_one(**fields: Any):
    return FORMAT.read(migration_link([account(1, **fields), account(2)]).encode())


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"algorithm": 4}, "MD5 is not supported"),
        ({"algorithm": 9}, "algorithm number 9 is unknown"),
        ({"digits": 3}, "digit count number 3 is unknown"),
        ({"type": 5}, "type number 5 is not supported"),
        ({"secret": b""}, "no secret"),
        ({"type": 1, "counter": -1}, "counter"),
    ],
)
def test_unrepresentable_accounts_become_entry_errors(fields: dict[str, Any], reason: str) -> None:
    result = _read_one(**fields)
    assert [e.account.name for e in result.entries] == ["user2@example.com"]
    (error,) = result.errors
    assert reason in error.reason
    assert error.index == 0 and error.label == "ACME (ACME:user1@example.com)"


def test_parameters_map_to_the_account() -> None:
    result = _read_one(algorithm=3, digits=2, type=1, counter=77)
    entry = result.entries[0]
    assert (entry.account.type.value, entry.account.algorithm, entry.account.digits) == ("hotp", "SHA512", 8)
    assert entry.account.counter == 77
    unspecified = _read_one(algorithm=0, digits=0, type=0).entries[0].account
    assert (unspecified.type.value, unspecified.algorithm, unspecified.digits, unspecified.period) == (
        "totp",
        "SHA1",
        6,
        30,
    )


def test_a_name_with_invalid_utf8_still_imports() -> None:
    result = _read_one(name=b"ACME:caf\xe9")
    assert result.entries[0].account.name == "caf\ufffd"


def test_a_prefix_different_from_the_issuer_field_is_dropped() -> None:
    entry = _read_one(name="Old Name:bob", issuer="New Name").entries[0]
    assert (entry.account.issuer, entry.account.name) == ("New Name", "bob")


# -- refusals -----------------------------------------------------------------------------------------------


def _cases(vectors: Path, relative: str) -> list[dict[str, Any]]:
    return json.loads((vectors / relative).read_text(encoding="utf-8"))


def test_edge_cases_follow_our_policy(vectors: Path) -> None:
    empty, no_data, empty_data, mixed_case, bare_data = (
        case["input"].encode()
        for case in _cases(vectors, "johncallahan_otpauth_migration/google_migration/edge_cases/cases.json")
    )
    # Valid but empty: an import that would add nothing is refused so the user notices (policy).
    with pytest.raises(FormatError, match="holds no accounts"):
        FORMAT.read(empty)
    with pytest.raises(FormatError, match="has no data"):
        FORMAT.read(no_data)
    with pytest.raises(FormatError, match="has no data"):
        FORMAT.read(empty_data)
    # Schemes are case-insensitive (RFC 3986): accepted, unlike the source library (policy).
    (entry,) = FORMAT.read(mixed_case).entries
    assert entry.account.name == "My Test Account"
    # Bare base64 without the scheme: not sniffed, and refused when forced.
    bare = bare_data
    assert not FORMAT.sniff(bare)
    with pytest.raises(FormatError, match="not a Google Authenticator export link"):
        FORMAT.read(bare)


def test_invalid_cases_are_refused(vectors: Path) -> None:
    misspelt, truncated = _cases(vectors, "bubka_2fauth/google_migration/invalid_cases.json")
    with pytest.raises(FormatError, match="Line 1: The link starts with otpauthmigration:, a misspelling"):
        FORMAT.read(misspelt["input"].encode())
    with pytest.raises(FormatError, match="Line 1: The export data is not valid base64"):
        FORMAT.read(truncated["input"].encode())
    # Cut at a base64 boundary instead, the protobuf itself is truncated.
    with pytest.raises(FormatError, match="Line 1: The Google Authenticator export cannot be decoded"):
        FORMAT.read(truncated["input"][:-1].encode())


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("test_export_wrong_data.txt", "cannot be decoded"),
        ("test_export_wrong_prefix.txt", "Line 1: The text has something before otpauth-migration://"),
        ("test_export_wrong_content.txt", "not a Google Authenticator export link"),
    ],
)
def test_negative_files_are_refused(vectors: Path, name: str, phrase: str) -> None:
    data = (vectors / "scito_extract_otp_secrets/google_migration/negative" / name).read_bytes()
    with pytest.raises(FormatError) as info:
        FORMAT.read(data)
    assert phrase in info.value.message
    with pytest.raises(FormatError):
        registry.read(data, format_name="google-migration")


def test_a_qr_without_an_export_is_refused_by_the_assembler(vectors: Path) -> None:
    negative = _cases(vectors, "scito_extract_otp_secrets/google_migration/negative/cases.json")
    (case,) = [c for c in negative if "qr_text" in c]
    assembler = MigrationAssembler()
    with pytest.raises(FormatError, match="otpauth-migration://"):
        assembler.add(case["qr_text"])
    assert not assembler.started
    with pytest.raises(FormatError):
        assembler.add("otpauth://totp/ACME:bob?secret=JBSWY3DPEHPK3PXP")


def test_plus_in_data_is_base64_not_a_space() -> None:
    (vector,) = [v for v in TEXT_VECTORS if "plus_not_urlencoded" in v.id]
    raw = vector.data()
    assert b"+" in raw and b"%2B" not in raw
    escaped = FORMAT.read(raw.replace(b"+", b"%2B").replace(b"/", b"%2F"))
    assert [e.secret for e in escaped.entries] == [e.secret for e in FORMAT.read(raw).entries]


def test_a_file_with_only_comments_is_refused() -> None:
    with pytest.raises(FormatError, match="no otpauth-migration"):
        FORMAT.read(b"# nothing here\n\n")
