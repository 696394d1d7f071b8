"""``scan`` and ``add --image``: URIs from QR images (generated here and the shared vectors), errors, exit codes.

Images are drawn by tests/qr/qr_samples.py; the CLI runs in-process with the memory vault. Nothing a refusal
touches may be saved, and no secret may reach stderr.
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from cli_runner import Result

sys.path.insert(0, str(Path(__file__).parents[1] / "qr"))

from qr_samples import place, render

from authenticator.storage.vault import Vault

SECRET = "JBSWY3DPEHPK3PXP"
OTHER_SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
ACME = f"otpauth://totp/ACME%20Co:john@example.com?secret={SECRET}&issuer=ACME%20Co"
BANK = f"otpauth://hotp/Bank:card?secret={OTHER_SECRET}&issuer=Bank&counter=7&digits=8&algorithm=SHA256"
SCAN_KEYS = {"file", "source", "uri", "kind"}
ACCOUNT_FIELDS = {"issuer", "name", "type", "algorithm", "digits", "period", "counter", "warnings"}


def qr_file(folder: Path, name: str, *texts: str, ext: str = ".png") -> Path:
    """An image file with each text as a QR code, side by side on a white page."""
    codes = [render(text, 4) for text in texts]
    height = max(code.shape[0] for code in codes) + 40
    width = sum(code.shape[1] + 30 for code in codes) + 30
    page = np.full((height, width), 255, dtype=np.uint8)
    x = 30
    for code in codes:
        place(page, code, x, 20)
        x += code.shape[1] + 30
    path = folder / f"{name}{ext}"
    assert cv2.imwrite(str(path), page)
    return path


def assert_refused(result: Result, vault: Vault, *phrases: str, exit_code: int = 3) -> None:
    assert result.code == exit_code
    assert result.out == ""
    assert result.err.startswith("authenticator: error: ")
    assert "Traceback" not in result.err
    for phrase in phrases:
        assert phrase in result.err
    for secret in (SECRET, OTHER_SECRET):
        assert secret not in result.err
    assert vault.accounts() == []


# -- scan -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("ext", [".png", ".jpg", ".bmp", ".webp"])
def test_scan_prints_each_uri_on_its_own_line(
    cli: Callable[..., Result], tmp_path: Path, opened: list[str | None], ext: str
) -> None:
    one = qr_file(tmp_path, "one", ACME, ext=ext)
    two = qr_file(tmp_path, "two", BANK, ext=ext)
    result = cli("scan", str(one), str(two))
    assert (result.code, result.err) == (0, "")
    assert result.out.splitlines() == [ACME, BANK]
    assert opened == []  # scan saves nothing and never opens the account list


def test_scan_json_has_file_uri_and_parsed_fields(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = qr_file(tmp_path, "two codes", ACME, BANK)
    data = cli("scan", "--json", str(path)).json()
    assert [set(item) for item in data] == [SCAN_KEYS | ACCOUNT_FIELDS] * 2
    acme, bank = sorted(data, key=lambda item: item["issuer"])
    assert acme == {
        "file": "two codes.png",
        "source": "file",
        "uri": ACME,
        "kind": "otpauth",
        "issuer": "ACME Co",
        "name": "john@example.com",
        "type": "totp",
        "algorithm": "SHA1",
        "digits": 6,
        "period": 30,
        "counter": 0,
        "warnings": [],
    }
    assert (bank["type"], bank["counter"], bank["digits"], bank["algorithm"]) == ("hotp", 7, 8, "SHA256")


def test_scan_json_carries_parser_warnings(cli: Callable[..., Result], tmp_path: Path) -> None:
    spaced = "otpauth://totp/Mail:me?secret=jbsw%20y3dp%20ehpk%203pxp&issuer=Mail"
    result = cli("scan", "--json", str(qr_file(tmp_path, "w", spaced)))
    [item] = result.json()
    codes = {w["code"] for w in item["warnings"]}
    assert {"lowercase-secret", "spaced-secret"} <= codes
    assert "w.png: Mail (me): The secret is in lower case" in result.err  # warnings name the account, not the secret
    assert SECRET.lower() not in result.err.lower()


def test_scan_dim13_vector(cli: Callable[..., Result], vectors: Path) -> None:
    folder = vectors / "dim13_otpauth" / "qr_png"
    expected = json.loads((folder / "expected.json").read_text())[0]
    result = cli("scan", "--json", str(folder / "example.png"))
    assert result.code == 0
    [item] = result.json()
    assert item["uri"] == expected["qr_text"]
    assert (item["issuer"], item["name"], item["digits"]) == (expected["issuer"], expected["name"], 6)


def test_scan_google_export_prints_the_uri_and_says_what_it_is(cli: Callable[..., Result], vectors: Path) -> None:
    path = vectors / "scito_extract_otp_secrets" / "google_migration" / "qr_png" / "test_googleauth_export.png"
    result = cli("scan", str(path))
    assert result.code == 0
    assert result.out.startswith("otpauth-migration://offline?data=")
    assert "Google Authenticator export" in result.err
    [item] = cli("scan", "--json", str(path)).json()
    assert item["kind"] == "migration"
    assert "Google Authenticator export" in item["message"]


def test_scan_non_account_code_goes_to_stderr_only(cli: Callable[..., Result], vectors: Path, tmp_path: Path) -> None:
    negative = vectors / "scito_extract_otp_secrets" / "google_migration" / "negative" / "qr_but_without_otp.png"
    wifi = qr_file(tmp_path, "wifi", "WIFI:T:WPA;S:home;P:hunter22;;")
    result = cli("scan", str(negative), str(wifi))
    assert result.code == 3
    assert result.out == ""
    assert "qr_but_without_otp.png: This QR code holds" in result.err
    assert "wifi.png: This QR code holds Wi-Fi network settings, not an account." in result.err
    assert "hunter22" not in result.err
    assert "No account QR code was found." in result.err

    mixed = cli("scan", "--json", str(wifi), str(qr_file(tmp_path, "acme", ACME)))
    assert mixed.code == 0
    assert [item["uri"] for item in mixed.json()] == [ACME]
    assert "Wi-Fi" in mixed.err


def png_bomb() -> bytes:
    """A PNG whose header claims 30000×30000 pixels (a decompression bomb), a few hundred bytes long."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 30000, 30000, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 30001))
        + chunk(b"IEND", b"")
    )


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad input, with a phrase its one-line error must contain."""
    good = (folder / "good.png").read_bytes() if (folder / "good.png").exists() else None
    assert good is not None
    (folder / "notes.txt").write_text("not a picture\n")
    (folder / "cut.png").write_bytes(good[: len(good) // 2])
    (folder / "bomb.png").write_bytes(png_bomb())
    with open(folder / "huge.png", "wb") as huge:
        huge.truncate(100 * 2**20)  # sparse: 100 MB to stat, nothing to read
    assert cv2.imwrite(str(folder / "blank.png"), np.full((200, 200), 255, dtype=np.uint8))
    return {
        "text": (folder / "notes.txt", "Not an image (it is text)"),
        "truncated": (folder / "cut.png", "damaged or truncated"),
        "bomb": (folder / "bomb.png", "30000×30000 pixels"),
        "huge": (folder / "huge.png", "100 MB"),
        "no code": (folder / "blank.png", "No QR code was found in blank.png"),
        "missing": (folder / "gone.png", "does not exist"),
        "folder": (folder, "is a folder"),
    }


@pytest.mark.parametrize("kind", ["text", "truncated", "bomb", "huge", "no code", "missing", "folder"])
def test_bad_input_is_one_clear_error_with_exit_3(
    cli: Callable[..., Result], vault: Vault, tmp_path: Path, opened: list[str | None], kind: str
) -> None:
    qr_file(tmp_path, "good", ACME)
    path, phrase = bad_files(tmp_path)[kind]
    for argv in (["scan", str(path)], ["add", "--image", str(path)], ["add", "--image", str(path), "--json"]):
        result = cli(*argv)
        assert_refused(result, vault, phrase)
        assert result.err.startswith("authenticator: error: ")
        assert result.err.count("authenticator: error:") == 1
    assert opened == []  # refused before the account list was opened


def test_scan_reports_every_file_and_still_prints_the_good_ones(cli: Callable[..., Result], tmp_path: Path) -> None:
    good = qr_file(tmp_path, "good", ACME)
    (tmp_path / "notes.txt").write_text("hello")
    result = cli("scan", str(good), str(tmp_path / "notes.txt"))
    assert result.code == 3
    assert result.out == ACME + "\n"
    assert "notes.txt: Not an image (it is text)." in result.err


@pytest.mark.parametrize(
    "argv",
    [
        ["scan"],
        ["scan", "a.png", "--screen"],
        ["add", "URI", "--image", "x.png"],
        ["add", "--image", "x.png", "--screen"],
        ["add", "URI", "--all"],
    ],
)
def test_usage_errors(cli: Callable[..., Result], argv: list[str], opened: list[str | None]) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert "usage:" in result.err
    assert opened == []


# -- add --image ------------------------------------------------------------------------------------------


def test_add_image_adds_the_one_account(cli: Callable[..., Result], vault: Vault, tmp_path: Path) -> None:
    result = cli("add", "--image", str(qr_file(tmp_path, "acme", ACME)))
    assert result.code == 0, result.err
    [account] = vault.accounts()
    assert (account.issuer, account.name) == ("ACME Co", "john@example.com")
    assert vault.secret(account.id) == SECRET
    assert result.out == f"Added ACME Co (john@example.com) [{account.id[:8]}].\n"
    assert SECRET not in result.out + result.err


def test_add_image_json_is_a_list(cli: Callable[..., Result], vault: Vault, tmp_path: Path) -> None:
    data = cli("add", "--json", "--image", str(qr_file(tmp_path, "bank", BANK))).json()
    [account] = vault.accounts()
    assert [item["id"] for item in data] == [account.id]
    assert (data[0]["type"], data[0]["counter"], data[0]["warnings"]) == ("hotp", 7, [])


def test_add_image_with_several_accounts_refuses_and_lists_them(
    cli: Callable[..., Result], vault: Vault, tmp_path: Path
) -> None:
    path = qr_file(tmp_path, "two", ACME, BANK)
    result = cli("add", "--image", str(path))
    assert_refused(result, vault, "2 accounts were found", "authenticator scan", "--all", "ACME Co", "Bank")


def test_add_image_all_adds_every_account(cli: Callable[..., Result], vault: Vault, tmp_path: Path) -> None:
    result = cli("add", "--image", str(qr_file(tmp_path, "two", ACME, BANK)), "--all", "--json")
    assert result.code == 0, result.err
    assert sorted(a.issuer for a in vault.accounts()) == ["ACME Co", "Bank"]
    assert sorted(item["issuer"] for item in result.json()) == ["ACME Co", "Bank"]


def test_add_image_google_export_is_refused_with_its_message(
    cli: Callable[..., Result], vault: Vault, vectors: Path
) -> None:
    path = vectors / "scito_extract_otp_secrets" / "google_migration" / "qr_png" / "test_googleauth_export.png"
    assert_refused(cli("add", "--image", str(path)), vault, "This QR code is a Google Authenticator export")


def test_add_image_without_an_account_code(cli: Callable[..., Result], vault: Vault, vectors: Path) -> None:
    path = vectors / "scito_extract_otp_secrets" / "google_migration" / "negative" / "qr_but_without_otp.png"
    assert_refused(cli("add", "--image", str(path)), vault, "This QR code holds", "not an account")


def test_add_image_with_a_broken_otpauth_link(cli: Callable[..., Result], vault: Vault, tmp_path: Path) -> None:
    broken = "otpauth://totp/X:y?secret=JBSWY3DP0HPK3PXP&issuer=X"
    assert_refused(cli("add", "--image", str(qr_file(tmp_path, "b", broken))), vault, "cannot be added")


def test_add_image_dim13_vector(cli: Callable[..., Result], vault: Vault, vectors: Path) -> None:
    result = cli("add", "--image", str(vectors / "dim13_otpauth" / "qr_png" / "example.png"))
    assert result.code == 0, result.err
    [account] = vault.accounts()
    assert (account.issuer, account.name) == ("Example", "alice@google.com")
    assert vault.secret(account.id) == SECRET


def test_add_uri_still_works(cli: Callable[..., Result], vault: Vault) -> None:
    assert cli("add", ACME).code == 0
    assert [a.issuer for a in vault.accounts()] == ["ACME Co"]


def test_add_screen_adds_what_the_screen_scan_found(
    cli: Callable[..., Result], vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``add --screen`` shares the screen scan tested on Xvfb in tests/qr/test_qr_screen.py; here it is stubbed."""
    from authenticator.qr import screen
    from authenticator.qr.decode import QrCode

    corners = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))
    monkeypatch.setattr(screen, "scan_screens", lambda create_application: [QrCode(BANK, corners)])
    result = cli("add", "--screen")
    assert result.code == 0, result.err
    assert [a.issuer for a in vault.accounts()] == ["Bank"]
    monkeypatch.setattr(screen, "scan_screens", lambda create_application: [])
    assert_refused_keeping(cli("add", "--screen"), "No QR code was found on the screen.")


def assert_refused_keeping(result: Result, phrase: str) -> None:
    assert result.code == 3
    assert result.out == ""
    assert phrase in result.err
