"""The tester toolkit on the command line: ``inspect``, ``code --window`` (time travel) and ``backup-codes``,
their JSON shapes and exit codes, and clear refusals of bad input. In-process on the memory vault with a
FixedClock standing for the system clock (tests/cli/conftest.py)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from cli_runner import Result
from support import T0

from authenticator.core import otp
from authenticator.core.account import Account, OtpType
from authenticator.core.inspect import qr_matrix
from authenticator.storage.backup_codes import item_name
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault
from authenticator.timesync.correction import TimeCorrection, save_correction

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
URI = f"otpauth://totp/ACME:john?secret={SECRET}&issuer=ACME"
MESSY = f"otpauth://totp/ACME:john:doe?secret={SECRET[:16].lower()}%3D&issuer=Acme+Corp&period=60&foo=1"
REPORT_KEYS = {
    "source", "usable", "worst", "fields", "findings", "time", "time_unix", "time_basis", "correction_offset",
    "codes",
}  # fmt: skip
ROW_KEYS = {"offset", "step", "code", "valid_from", "valid_until", "valid_from_unix", "valid_until_unix"}
Cli = Callable[..., Result]


def qr_png(folder: Path, name: str, *texts: str) -> Path:
    """An image with each text as a QR code, side by side on white."""
    codes = [np.where(np.kron(np.array(qr_matrix(t), dtype=bool), np.ones((4, 4), bool)), 0, 255) for t in texts]
    page = np.full((max(c.shape[0] for c in codes), sum(c.shape[1] for c in codes)), 255, dtype=np.uint8)
    x = 0
    for code in codes:
        page[: code.shape[0], x : x + code.shape[1]] = code
        x += code.shape[1]
    path = folder / name
    assert cv2.imwrite(str(path), page)
    return path


# -- inspect ----------------------------------------------------------------------------------------------


def test_inspect_prints_a_markdown_report_and_saves_nothing(cli: Cli, vault: Vault, opened: list) -> None:
    result = cli("inspect", MESSY)
    assert result.code == 0, result.err
    for code in ("short-secret", "colon-in-account", "plus-space", "padding", "issuer-mismatch",
                 "non-default-period", "unknown-parameter", "lowercase-secret"):  # fmt: skip
        assert f"`{code}`" in result.out
    assert "by the system clock (no time correction)" in result.out
    assert "nothing was saved" in result.err
    assert opened == [] and vault.accounts() == []  # neither the account list nor the keyring was opened
    assert SECRET[:16] not in result.out.upper()


def test_inspect_json_shape_with_codes_for_the_steps_around_now(cli: Cli) -> None:
    result = cli("inspect", URI, "--json", "--at", str(T0 + 10))
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == REPORT_KEYS and data["time_basis"] == "given" and data["worst"] is None
    step = int(T0 // 30)
    assert [(r["offset"], r["step"]) for r in data["codes"]] == [(-1, step - 1), (0, step), (1, step + 1)]
    assert set(data["codes"][1]) == ROW_KEYS
    assert data["codes"][1]["valid_from"] == "2026-11-28T12:00:00Z"
    assert data["codes"][1]["code"] == otp.code_for_step(Account("ACME", "john"), SECRET, step)
    assert "secret" not in data["fields"] and SECRET not in result.out


def test_inspect_uses_the_corrected_clock_and_says_so(cli: Cli, clock, private_data_dir: Path) -> None:
    save_correction(private_data_dir, TimeCorrection(45.0, "manual", T0))
    data = cli("inspect", URI, "--json").json()
    assert (data["time_basis"], data["correction_offset"], data["time_unix"]) == ("corrected", 45.0, T0 + 45)
    assert data["codes"][1]["step"] == int((T0 + 45) // 30)
    plain = cli("inspect", URI, "--no-correction", "--json").json()
    assert (plain["time_basis"], plain["time_unix"]) == ("system", T0)


def test_inspect_show_secret_and_stdin(cli: Cli) -> None:
    data = cli("inspect", "-", "--json", "--show-secret", stdin=io.StringIO(URI + "\n")).json()
    assert data["fields"]["secret"] == SECRET and data["uri"] == URI and data["source"] == "standard input"


def test_inspect_strict_fails_on_warnings(cli: Cli) -> None:
    assert cli("inspect", URI, "--strict").code == 0
    result = cli("inspect", MESSY, "--strict")
    assert result.code == 3 and "colon-in-account" in result.err and "# Enrollment check" in result.out


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("hello", "not an otpauth:// link"),
        ("otpauth://totp/A:a?secret=0123abc", "not a base32 character"),
        ("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&digits=12", "12"),
        ("otpauth://", "no type"),
    ],
)
def test_inspect_refuses_garbage_with_a_message_and_exit_3(cli: Cli, text: str, phrase: str) -> None:
    result = cli("inspect", text, "--json")
    assert result.code == 3
    assert phrase in result.err and result.err.startswith("authenticator: error:")
    assert result.json()["usable"] is False  # the report is still printed for scripts


def test_inspect_an_image_with_several_codes(cli: Cli, tmp_path: Path) -> None:
    path = qr_png(tmp_path, "page.png", URI, "https://example.org/")
    result = cli("inspect", "--image", str(path), "--json")
    assert result.code == 3  # the second code is not an account
    reports = result.json()
    assert [r["source"] for r in reports] == ["page.png (QR code 1)", "page.png (QR code 2)"]
    assert reports[0]["usable"] and reports[1]["findings"][0]["code"] == "not-otpauth"
    assert "page.png (QR code 2): This is not an otpauth:// link" in result.err
    single = cli("inspect", "--image", str(qr_png(tmp_path, "one.png", URI)), "--json")
    assert single.code == 0 and [r["source"] for r in single.json()] == ["one.png"]


def test_inspect_an_image_without_a_qr_code(cli: Cli, tmp_path: Path) -> None:
    blank = tmp_path / "blank.png"
    assert cv2.imwrite(str(blank), np.full((120, 120), 255, dtype=np.uint8))
    result = cli("inspect", "--image", str(blank))
    assert result.code == 3 and "No QR code was found in blank.png" in result.err
    (tmp_path / "not.png").write_bytes(b"hello")
    assert cli("inspect", "--image", str(tmp_path / "not.png")).code == 3


def test_inspect_needs_exactly_one_source(cli: Cli, tmp_path: Path) -> None:
    assert cli("inspect").code == 2
    both = cli("inspect", URI, "--image", str(tmp_path / "x.png"))
    assert both.code == 2 and "exactly one" in both.err


# -- code --window ----------------------------------------------------------------------------------------


def test_code_window_lists_steps_and_times(cli: Cli) -> None:
    result = cli("code", "--uri", URI, "--at", "2026-11-28T12:00:10Z", "--window", "2")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["offset", "step", "code", "valid", "from", "(UTC)", "valid", "until", "(UTC)"]
    step = int(T0 // 30)
    middle = lines[3].split()
    assert middle == ["+0", str(step), otp.code_for_step(Account("A", "a"), SECRET, step),
                      "2026-11-28T12:00:00Z", "2026-11-28T12:00:30Z"]  # fmt: skip
    assert [line.split()[0] for line in lines[1:]] == ["-2", "-1", "+0", "+1", "+2"]


def test_code_window_json_adds_the_rows_to_the_code_object(cli: Cli) -> None:
    plain = cli("code", "--uri", URI, "--at", str(T0), "--json").json()
    data = cli("code", "--uri", URI, "--at", str(T0), "--json", "--window", "1").json()
    assert {k: data[k] for k in plain} == plain  # nothing renamed or removed
    assert data["window"] == 1 and [r["offset"] for r in data["codes"]] == [-1, 0, 1]
    assert data["codes"][1]["code"] == data["code"]


def test_code_window_for_a_stored_hotp_account(cli: Cli, vault: Vault) -> None:
    vault.add(Account("Bank", "card", type=OtpType.HOTP, counter=1), SECRET)
    data = cli("code", "Bank", "--window", "3", "--json").json()
    assert [(r["step"], r["valid_from"]) for r in data["codes"]] == [(n, None) for n in range(5)]


@pytest.mark.parametrize("value", ["-1", "abc", "100000"])
def test_code_window_refuses_bad_numbers(cli: Cli, value: str) -> None:
    result = cli("code", "--uri", URI, "--window", value)
    assert result.code == 2 and "--window" in result.err


# -- backup-codes -----------------------------------------------------------------------------------------


@pytest.fixture
def github(vault: Vault) -> Account:
    return vault.add(Account("GitHub", "octocat"), SECRET)


def test_backup_codes_add_show_use(cli: Cli, github: Account, tmp_path: Path, memory_secrets) -> None:
    codes_file = tmp_path / "codes.txt"
    codes_file.write_text("1. aaaa-1111\n2. bbbb-2222\n3. cccc-3333\n4. dddd-4444\n")
    added = cli("backup-codes", "GitHub", "--add-file", str(codes_file), "--json")
    assert added.code == 0, added.err
    data = added.json()
    assert set(data) == {"account", "action", "discarded", "codes", "total", "remaining", "low"}
    assert (data["action"], data["total"], data["remaining"], data["discarded"]) == ("replace", 4, 4, 0)
    assert data["account"]["id"] == github.id
    assert item_name(github.id) in memory_secrets.items

    used = cli("backup-codes", "GitHub", "--use", "BBBB 2222")
    assert used.code == 0 and "3 of 4 backup codes left" in used.out and "warning" not in used.err
    low = cli("backup-codes", "GitHub", "--use", "-", stdin=io.StringIO("aaaa-1111\n"))
    assert low.code == 0 and "only 2 of 4 backup codes left for GitHub (octocat)" in low.err

    shown = cli("backup-codes", "octocat")
    assert shown.out.splitlines()[0] == "GitHub (octocat): 2 of 4 backup codes unused"
    assert [line.split() for line in shown.out.splitlines()[1:]] == [
        ["used", "aaaa-1111"], ["used", "bbbb-2222"], ["cccc-3333"], ["dddd-4444"]
    ]  # fmt: skip


def test_backup_codes_refuse_wrong_and_used_codes(cli: Cli, github: Account, tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text("aaaa-1111, bbbb-2222, cccc-3333")
    cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "c.txt"))
    assert cli("backup-codes", "GitHub", "--use", "aaaa-1111").code == 0
    again = cli("backup-codes", "GitHub", "--use", "aaaa-1111")
    assert again.code == 3 and "already used" in again.err and "aaaa" not in again.err
    wrong = cli("backup-codes", "GitHub", "--use", "zzzz-9999")
    assert wrong.code == 3 and "not one of this account's backup codes" in wrong.err


def test_backup_codes_replace_discards_the_old_set(cli: Cli, github: Account, tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text("aaaa-1111\nbbbb-2222\n")
    (tmp_path / "new.txt").write_text("xxxx-1111\nyyyy-2222\nzzzz-3333\n")
    cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "old.txt"))
    result = cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "new.txt"), "--json")
    assert result.json()["discarded"] == 2 and "previous 2 backup codes were discarded" in result.err
    assert cli("backup-codes", "GitHub", "--use", "aaaa-1111").code == 3


def test_backup_codes_bad_input(cli: Cli, github: Account, tmp_path: Path) -> None:
    missing = cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "nope.txt"))
    assert missing.code == 3 and "nope.txt does not exist" in missing.err
    (tmp_path / "empty.txt").write_text("\n , \n")
    assert cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "empty.txt")).code == 3
    assert cli("backup-codes", "nobody").code == 4
    none = cli("backup-codes", "GitHub", "--json")
    assert none.code == 0 and none.json()["total"] == 0
    both = cli("backup-codes", "GitHub", "--use", "x", "--add-file", "f")
    assert both.code == 2


def test_removing_the_account_removes_its_backup_codes(
    cli: Cli, github: Account, tmp_path: Path, memory_secrets: MemorySecretStore, private_data_dir: Path
) -> None:
    (tmp_path / "c.txt").write_text("aaaa-1111\n")
    cli("backup-codes", "GitHub", "--add-file", str(tmp_path / "c.txt"))
    assert "aaaa-1111" not in (private_data_dir / "accounts.json").read_text()
    assert cli("remove", "GitHub", "--yes").code == 0
    assert item_name(github.id) not in memory_secrets.items


# -- bad codes elsewhere ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "phrase"), [("12345", "has 5 digits"), ("12a456", "contains 'a'"), ("", "empty")])
def test_codes_of_the_wrong_length_or_characters_are_refused(cli: Cli, code: str, phrase: str) -> None:
    result = cli("which-step", "--uri", URI, code, "--json")
    assert result.code == 3 and phrase in result.err and result.out == ""


def test_every_command_takes_json(cli: Cli) -> None:
    from authenticator.cli.main import build_parser

    for name, sub in build_parser().parse_args(["list"]).subparsers.items():
        assert any("--json" in action.option_strings for action in sub._actions), name
    assert json.loads(cli("list", "--json").out) == []
