"""Proton Authenticator JSON export: the shared vector, Steam entries, notes, per-entry errors."""

from __future__ import annotations

import json

import pytest
from part_b_support import assert_imports, vector

from authenticator.formats import registry
from authenticator.formats.base import FormatError
from authenticator.formats.proton import FORMAT


def _export(*entries):
    return json.dumps({"version": 1, "entries": list(entries)}).encode()


def _entry(uri, name="", note=None, entry_type="Totp"):
    return {"id": "x", "content": {"uri": uri, "entry_type": entry_type, "name": name}, "note": note}


def test_vector_imports_to_expected_entries():
    data, expected, _ = vector("proton_authenticator")
    result = FORMAT.read(data)
    assert result.format_name == "proton-authenticator" and not result.encrypted
    assert_imports(result, expected)


def test_vector_is_detected_as_proton():
    data, _, _ = vector("proton_authenticator")
    assert registry.detect(data).name == "proton-authenticator"


def test_display_name_and_note_are_kept():
    data = _export(_entry("otpauth://totp/Acme:ann?secret=JBSWY3DPEHPK3PXP&issuer=Acme", "Ann at work", "backup codes"))
    account = FORMAT.read(data).entries[0].account
    assert (account.issuer, account.name, account.note) == ("Acme", "Ann at work", "backup codes")


def test_steam_entry():
    data = _export(_entry("steam://JBSWY3DPEHPK3PXP", "gaben", entry_type="Steam"))
    entry = FORMAT.read(data).entries[0]
    assert (entry.account.type.value, entry.account.issuer, entry.account.name) == ("steam", "Steam", "gaben")
    assert entry.secret == "JBSWY3DPEHPK3PXP"


def test_bad_entries_are_entry_errors_beside_good_ones():
    data = _export(
        _entry("otpauth://totp/Acme:ann?secret=JBSWY3DPEHPK3PXP", "ann"),
        _entry("otpauth://totp/Acme:bob?secret=JBSWY3DPEHPK3PXP&algorithm=MD5", "bob"),
        _entry("otpauth://totp/Acme:eve?secret=JBSWY3DPEHPK3PXP&digits=4", "eve"),
        _entry("steam://0000", "gaben", entry_type="Steam"),
        {"id": "y", "content": None},
        "junk",
        _entry("", "empty"),
    )
    result = FORMAT.read(data)
    assert len(result.entries) == 1
    assert [(e.index, e.label) for e in result.errors] == [
        (1, "bob"),
        (2, "eve"),
        (3, "gaben"),
        (4, ""),
        (5, ""),
        (6, "empty"),
    ]
    assert "JBSWY3DPEHPK3PXP" not in repr(result.errors)


def test_password_protected_export_is_refused_with_a_clear_message():
    data = json.dumps({"version": 1, "salt": "abc", "content": "def"}).encode()
    with pytest.raises(FormatError, match="password"):
        FORMAT.read(data)


@pytest.mark.parametrize(
    "data",
    [b"", b"\n", b"{", b"[]", b'{"entries": 5}', b"\xff"],
    ids=["empty", "blank", "truncated", "array", "nolist", "bin"],
)
def test_not_a_proton_export_is_a_format_error(data):
    with pytest.raises(FormatError):
        FORMAT.read(data)


def test_truncated_vector_is_a_format_error():
    data, _, _ = vector("proton_authenticator")
    with pytest.raises(FormatError):
        FORMAT.read(data[: len(data) // 2])


def test_other_formats_are_not_sniffed_as_proton():
    for folder in ("freeotp_plus", "stratum_plain", "ente_auth"):
        data, _, _ = vector(folder)
        assert not FORMAT.sniff(data), folder
