"""Bitwarden exports (JSON and CSV): TOTP fields as otpauth URIs, steam:// and bare keys."""

from __future__ import annotations

import json
from typing import Any

import pytest
from format_vectors import assert_imports_as, vectors_for, with_overrides

from authenticator.formats.base import FormatError
from authenticator.formats.bitwarden import FORMAT

VECTORS = vectors_for("bitwarden-json", "bitwarden-csv")
JSON_VECTOR = next(v for v in VECTORS if v.format == "bitwarden-json")
SECRET = "JBSWY3DPEHPK3PXP"


def our_policy(item_names: dict[str, str]) -> Any:
    """steam://: issuer "Steam" as Aegis, but the name is the item's name rather than a fixed "Steam account",
    so two Steam accounts stay distinguishable."""

    def override(entry: dict[str, Any]) -> dict[str, Any] | None:
        if entry["type"] == "steam":
            return {"name": item_names[entry["secret"]]}
        return None

    return override


@pytest.mark.parametrize("vector", VECTORS, ids=lambda v: v.id)
def test_every_vector_imports_to_its_expected_entries(vector) -> None:
    data = vector.data()
    assert FORMAT.sniff(data)
    assert not FORMAT.is_encrypted(data)
    names = {"JRZCL47CMXVOQMNPZR2F7J4RGI": "Test Steam" if vector.format == "bitwarden-json" else "Test 4"}
    assert_imports_as(FORMAT.read(data), with_overrides(vector.expected(), our_policy(names)))


def _export(*items: dict[str, Any], folders: list[dict[str, str]] | None = None) -> bytes:
    return json.dumps({"encrypted": False, "folders": folders or [], "items": list(items)}).encode()


def _item(name: str, totp: Any, username: str | None = None, **extra: Any) -> dict[str, Any]:
    return {"type": 1, "name": name, "login": {"username": username, "password": "hunter2", "totp": totp}, **extra}


def test_items_without_totp_are_skipped_silently() -> None:
    data = _export(_item("Mail", None), _item("Bank", ""), {"type": 2, "name": "A note"}, _item("Git", SECRET, "me"))
    result = FORMAT.read(data)
    assert [(e.account.issuer, e.account.name) for e in result.entries] == [("Git", "me")]
    assert result.errors == []


def test_uri_without_a_label_takes_the_item_name_and_username_and_folder() -> None:
    uri = f"otpauth://totp/?secret={SECRET}"
    data = _export(_item("GitHub", uri, "octocat", folderId="f1"), folders=[{"id": "f1", "name": "Dev"}])
    (entry,) = FORMAT.read(data).entries
    assert (entry.account.issuer, entry.account.name, entry.account.groups) == ("GitHub", "octocat", ("Dev",))


def test_bad_totp_fields_become_entry_errors_without_the_secret() -> None:
    data = _export(
        _item("A", "otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&algorithm=MD5"),
        _item("B", "not base32 at all 0189"),
        _item("C", "http://example.com/JBSWY3DPEHPK3PXP"),
        _item("D", "steam://"),
    )
    result = FORMAT.read(data)
    assert result.entries == []
    assert [e.label for e in result.errors] == ["A", "B", "C", "D"]
    assert "MD5" in result.errors[0].reason
    assert "not valid base32" in result.errors[1].reason
    assert "http: link, which is not supported" in result.errors[2].reason
    assert "no secret" in result.errors[3].reason
    assert not any(SECRET in repr(e) for e in result.errors)


def test_encrypted_exports_are_refused_with_a_hint() -> None:
    data = json.dumps({"encrypted": True, "passwordProtected": True, "salt": "x", "data": "2.x|y|z"}).encode()
    assert FORMAT.sniff(data)
    with pytest.raises(FormatError, match="encrypted") as info:
        FORMAT.read(data)
    assert ".json or .csv" in info.value.hint


def test_csv_with_quoted_fields_and_organisation_columns() -> None:
    data = (
        "collections,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
        f'"Team",login,"Mail, personal","line1\nline2",,0,,"me@example.com",pw,{SECRET}\n'
        ",login,NoTotp,,,0,,,,\n"
    ).encode()
    assert FORMAT.sniff(data)
    (entry,) = FORMAT.read(data).entries
    assert (entry.account.issuer, entry.account.name, entry.secret) == ("Mail, personal", "me@example.com", SECRET)


def test_empty_and_foreign_files_are_refused() -> None:
    for data in (b"", b"{}", b'{"items": 1, "encrypted": false}', b"name,value\nx,y\n", b"[]"):
        assert not FORMAT.sniff(data) or data.startswith(b'{"items"')
        with pytest.raises(FormatError):
            FORMAT.read(data)


def test_truncated_json_is_refused() -> None:
    with pytest.raises(FormatError, match="not valid JSON"):
        FORMAT.read(JSON_VECTOR.data()[:-10])
