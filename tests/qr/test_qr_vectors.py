"""Real QR images from other projects (shared/vectors): decoded from the file and sorted by classify."""

from __future__ import annotations

import json
from pathlib import Path

from authenticator.qr import classify, decode_file


def expected_text(path: Path) -> str:
    texts = {entry["qr_text"] for entry in json.loads(path.read_text()) if "qr_text" in entry}
    assert len(texts) == 1
    return texts.pop()


def test_plain_otpauth_png(vectors: Path) -> None:
    folder = vectors / "dim13_otpauth" / "qr_png"
    codes = decode_file(folder / "example.png")
    assert [code.text for code in codes] == [expected_text(folder / "expected.json")]
    assert classify(codes[0].text).kind == "otpauth"


def test_google_authenticator_export_screenshot(vectors: Path) -> None:
    folder = vectors / "scito_extract_otp_secrets" / "google_migration" / "qr_png"
    codes = decode_file(folder / "test_googleauth_export.png")
    assert [code.text for code in codes] == [expected_text(folder / "expected.json")]
    content = classify(codes[0].text)
    assert content.kind == "migration"
    assert "Google Authenticator export" in content.message


def test_qr_without_an_account(vectors: Path) -> None:
    folder = vectors / "scito_extract_otp_secrets" / "google_migration" / "negative"
    codes = decode_file(folder / "qr_but_without_otp.png")
    cases = json.loads((folder / "cases.json").read_text())
    [case] = [case for case in cases if case["file"] == "qr_but_without_otp.png"]
    assert [code.text for code in codes] == [case["qr_text"]]
    content = classify(codes[0].text)
    assert content.kind == "other"
    assert content.message.startswith("This QR code holds ")
    assert content.message.endswith(", not an account.")
