"""Lists of otpauth:// links: every shared list, comments and junk lines, labels without secrets."""

from __future__ import annotations

from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for, with_overrides

from authenticator.formats.base import FormatError
from authenticator.formats.uri_list import FORMAT

VECTORS = vectors_for("otpauth-uri-list")
SECRET = "JBSWY3DPEHPK3PXP"

#: The same policies as tests/core/test_uri.py (the importer is parse_otpauth line by line), by input line.
OVERRIDES: dict[str, dict[str, Any]] = {
    # digits=3: no service issues 3-digit codes; we accept 6–10 only.
    "otpauth://totp/ACME%20Co:none?secret=63BEDWCQZKTQWPESARIERL5DTTQFCJTK&period=25&digits=3&issuer=ACME%20Co": {
        "valid": False
    },
    # An empty label: 2FAuth refuses, we accept it with an empty name (as pyotp does).
    "otpauth://totp/?secret=A4GRFHVVRBGY7UIW": {
        "valid": True,
        "issuer": "",
        "name": "",
        "type": "totp",
        "algorithm": "SHA1",
        "digits": 6,
        "period": 30,
        "secret_hex": "070d129eb5884d8fd116",
    },
    # %3A in a label separates issuer and account (the Key Uri Format), whatever scito's exporter meant.
    "otpauth://totp/encoding%3A%20%C2%BF%C3%A4%C3%84%C3%A9%C3%89%3F%20%28demo%29?secret=7KSQL2JTUDIS5EF65KLMRQIIGY": {
        "issuer": "encoding",
        "name": "¿äÄéÉ? (demo)",
    },
}
SUPPORTED_ALGORITHMS = {"SHA1", "SHA256", "SHA512"}


def our_policy(entry: dict[str, Any]) -> dict[str, Any] | None:
    if entry.get("uri") in OVERRIDES:
        return OVERRIDES[entry["uri"]]
    if entry.get("valid", True) and entry["algorithm"] not in SUPPORTED_ALGORITHMS:
        return {"valid": False}  # SHA224, SHA384, SHA3-*: we compute SHA1/SHA256/SHA512 only
    return None


def _junk_lines(vector) -> int:
    """Lines that are neither blank, comments nor otpauth links (the expected lists leave them out)."""
    lines = [line.strip() for line in vector.data().decode().splitlines()]
    expected_uris = {e.get("uri") for e in vector.expected()}
    if None in expected_uris:  # a list without per-line uris: every non-link line is junk
        return sum(1 for line in lines if line and not line.startswith(("#", "otpauth://")))
    return 0


def test_all_nine_lists_are_found() -> None:
    assert len(VECTORS) == 9


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_every_list_imports_to_its_expected_entries(vector) -> None:
    data = vector.data()
    assert FORMAT.sniff(data)
    result = FORMAT.read(data)
    expected = with_overrides(vector.expected(), our_policy)
    expected += [{"valid": False}] * _junk_lines(vector)
    assert_imports_as(result, expected)


def test_every_override_names_a_real_line() -> None:
    uris = {e.get("uri") for v in VECTORS for e in v.expected()}
    assert set(OVERRIDES) <= uris


def test_comments_blank_lines_and_junk() -> None:
    data = (
        "\ufeff# exported 2026-01-01\n\n"
        f"otpauth://totp/ACME:alice?secret={SECRET}&issuer=ACME\n"
        f"   \n  # otpauth://totp/Hidden:x?secret={SECRET}\n"
        f"{SECRET}\n"
        f"otpauth://totp/Bad:bob?secret={SECRET}&digits=99\n"
        "otpauth-migration://offline?data=AAAA\n"
    ).encode()
    result = FORMAT.read(data)
    assert [(e.account.issuer, e.account.name) for e in result.entries] == [("ACME", "alice")]
    assert [(e.index, e.label) for e in result.errors] == [(1, "line 6"), (2, "line 7: Bad:bob"), (3, "line 8")]
    assert "not an otpauth:// link" in result.errors[0].reason
    assert "99" in result.errors[1].reason
    assert "Google Authenticator export" in result.errors[2].reason
    assert not any(SECRET in f"{e!r}{e.reason}{e.label}" for e in result.errors)


def test_a_file_without_links_is_refused() -> None:
    for data in (b"", b"# only a comment\n", b"hello\nworld\n", b"otpauth-migration://offline?data=AAAA"):
        assert not FORMAT.sniff(data)
        with pytest.raises(FormatError):
            FORMAT.read(data)


def test_binary_is_refused() -> None:
    with pytest.raises(FormatError, match="not UTF-8"):
        FORMAT.read(b"otpauth://totp/a?secret=AAAA\n\xff\xfe")
