"""In-process, no network: ``which-step``, the stored time correction in ``code``, and ``time --set/--reset``.

Every test has its own data folder (tests/cli/conftest.py), where the correction file lives beside accounts.json.
The clock is a FixedClock standing for the *system* clock; the stored correction is added on top of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import Result, run_cli

from authenticator.core import otp
from authenticator.core.account import Account, OtpType
from authenticator.core.clock import FixedClock
from authenticator.storage.vault import Vault
from authenticator.timesync.correction import (
    CORRECTION_FILE,
    MANUAL_SOURCE,
    TimeCorrection,
    load_correction,
    save_correction,
)

T0 = 1_795_867_200.0  # 2026-11-28T12:00:00Z, a step boundary
SECRET = "JBSWY3DPEHPK3PXP"
URI = f"otpauth://totp/ACME:john?secret={SECRET}&issuer=ACME"
WHICH_STEP_KEYS = {
    "id",
    "issuer",
    "name",
    "type",
    "kind",
    "step_difference",
    "offset_seconds",
    "matched_parameters",
    "message",
    "time",
    "time_unix",
    "correction_offset",
}


@pytest.fixture
def cli(vault: Vault, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def run(*argv: str, stdin: str = "") -> Result:
        return run_cli(capsys, argv, vault_factory=lambda _: vault, clock=clock, stdin=stdin)

    return run


@pytest.fixture
def acme(vault: Vault) -> Account:
    return vault.add(Account(issuer="ACME", name="john"), SECRET)


def store(folder: Path, offset: float) -> None:
    save_correction(folder, TimeCorrection(offset, "NTP", T0 - 300, ("127.0.0.1:123",)))


# -- which-step -------------------------------------------------------------------------------------------


def test_which_step_code_from_three_steps_ago(cli: Callable[..., Result], acme: Account) -> None:
    seen = otp.code_at(acme, SECRET, T0 - 90)
    result = cli("which-step", "acme", seen, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == WHICH_STEP_KEYS
    assert (data["kind"], data["step_difference"], data["offset_seconds"]) == ("match", -3, -90.0)
    assert data["matched_parameters"] == {"algorithm": "SHA1", "digits": 6, "period": 30}
    assert (data["id"], data["time_unix"], data["correction_offset"]) == (acme.id, T0, 0.0)
    assert "90 s ago" in data["message"]
    plain = cli("which-step", "acme", seen[:3] + " " + seen[3:])
    assert plain.code == 0
    assert plain.out == data["message"] + "\n"


def test_which_step_uri_and_future_code(cli: Callable[..., Result]) -> None:
    account = Account(issuer="ACME", name="john")
    result = cli("which-step", "--uri", URI, otp.code_at(account, SECRET, T0 + 60), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["step_difference"], data["offset_seconds"], data["id"]) == (2, 60.0, None)


def test_which_step_finds_other_settings_and_no_match(cli: Callable[..., Result], acme: Account) -> None:
    eight = otp.hotp(SECRET, int(T0) // 30, "SHA256", 8)
    data = cli("which-step", "acme", eight, "--json").json()
    assert data["kind"] == "parameter-mismatch"
    assert data["matched_parameters"] == {"algorithm": "SHA256", "digits": 8, "period": 30}
    nothing = cli("which-step", "acme", "000000", "--window", "0", "--json").json()
    if nothing["kind"] == "no-match":  # 000000 is the right code about once in a million steps
        assert (nothing["step_difference"], nothing["offset_seconds"]) == (None, None)


def test_which_step_at_a_given_time(cli: Callable[..., Result], acme: Account) -> None:
    seen = otp.code_at(acme, SECRET, T0)
    data = cli("which-step", "acme", seen, "--at", "2026-11-28T12:02:00Z", "--json").json()
    assert (data["step_difference"], data["offset_seconds"]) == (-4, -120.0)


@pytest.mark.parametrize("code", ["12a456", "12345", "", "123456789"])
def test_which_step_invalid_code_exits_3(cli: Callable[..., Result], acme: Account, code: str) -> None:
    result = cli("which-step", "acme", code, "--json")
    assert result.code == 3
    assert result.out == ""
    assert result.err.startswith("authenticator: error: ")


def test_which_step_negative_window_exits_3(cli: Callable[..., Result], acme: Account) -> None:
    assert cli("which-step", "acme", "123456", "--window", "-5").code == 3


@pytest.mark.parametrize(
    "argv",
    [["which-step"], ["which-step", "123456"], ["which-step", "acme", "123456", "--uri", URI]],
)
def test_which_step_usage_errors(cli: Callable[..., Result], argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert "usage:" in result.err


def test_which_step_compares_with_the_corrected_clock(
    cli: Callable[..., Result], acme: Account, private_data_dir: Path
) -> None:
    """A phone showing the true time, this computer 90 s behind and corrected: the code is the current one."""
    store(private_data_dir, 90.0)
    seen = otp.code_at(acme, SECRET, T0 + 90)
    data = cli("which-step", "acme", seen, "--json").json()
    assert (data["step_difference"], data["correction_offset"], data["time_unix"]) == (0, 90.0, T0 + 90)
    raw = cli("which-step", "acme", seen, "--no-correction", "--json").json()
    assert (raw["step_difference"], raw["offset_seconds"], raw["correction_offset"]) == (3, 90.0, 0.0)


# -- code with the stored correction ----------------------------------------------------------------------


def test_code_applies_the_stored_correction(cli: Callable[..., Result], acme: Account, private_data_dir: Path) -> None:
    store(private_data_dir, 90.0)
    corrected, plain = otp.code_at(acme, SECRET, T0 + 90), otp.code_at(acme, SECRET, T0)
    assert corrected != plain
    result = cli("code", "acme")
    assert (result.code, result.out, result.err) == (0, corrected + "\n", "")
    data = cli("code", "acme", "--json").json()
    assert (data["code"], data["correction_offset"], data["time_unix"]) == (corrected, 90.0, T0 + 90)
    raw = cli("code", "acme", "--no-correction", "--json").json()
    assert (raw["code"], raw["correction_offset"], raw["time_unix"]) == (plain, 0.0, T0)
    assert cli("code", "acme", "--no-correction").out == plain + "\n"


def test_code_at_is_never_corrected(cli: Callable[..., Result], acme: Account, private_data_dir: Path) -> None:
    store(private_data_dir, 90.0)
    data = cli("code", "acme", "--at", str(int(T0)), "--json").json()
    assert (data["code"], data["correction_offset"], data["time_unix"]) == (otp.code_at(acme, SECRET, T0), 0.0, T0)


def test_code_uri_applies_the_correction(cli: Callable[..., Result], private_data_dir: Path) -> None:
    store(private_data_dir, -60.0)
    account = Account(issuer="ACME", name="john")
    assert cli("code", "--uri", URI).out == otp.code_at(account, SECRET, T0 - 60) + "\n"
    assert cli("code", "--uri", URI, "--no-correction").out == otp.code_at(account, SECRET, T0) + "\n"


def test_code_correction_follows_data_dir(cli: Callable[..., Result], acme: Account, tmp_path: Path) -> None:
    other = tmp_path / "other"
    store(other, 90.0)
    assert cli("code", "acme", "--json").json()["correction_offset"] == 0.0
    assert cli("--data-dir", str(other), "code", "acme", "--json").json()["correction_offset"] == 90.0


def test_code_with_a_damaged_correction_warns_and_uses_the_system_clock(
    cli: Callable[..., Result], acme: Account, private_data_dir: Path
) -> None:
    (private_data_dir / CORRECTION_FILE).write_text("{oops", encoding="utf-8")
    result = cli("code", "acme", "--json")
    assert result.code == 0
    assert result.json()["correction_offset"] == 0.0  # stdout is still pure JSON
    assert result.json()["code"] == otp.code_at(acme, SECRET, T0)
    assert result.err.startswith("authenticator: warning: ") and "damaged" in result.err


def test_hotp_code_ignores_the_correction(cli: Callable[..., Result], vault: Vault, private_data_dir: Path) -> None:
    vault.add(Account(issuer="Bank", name="me", type=OtpType.HOTP, counter=4), SECRET)
    store(private_data_dir, 90.0)
    assert cli("code", "bank").out == otp.hotp(SECRET, 4) + "\n"


# -- time --set / --reset (no network) --------------------------------------------------------------------


def test_time_set_and_reset(cli: Callable[..., Result], acme: Account, private_data_dir: Path) -> None:
    result = cli("time", "--set", "-30", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["applied"], data["correction_offset"], data["correction"]["source"]) == (True, -30.0, MANUAL_SOURCE)
    stored = load_correction(private_data_dir)
    assert stored is not None and stored.offset_seconds == -30.0
    assert cli("code", "acme").out == otp.code_at(acme, SECRET, T0 - 30) + "\n"

    plain = cli("time", "--set", "12.4")
    assert plain.out.startswith("Codes corrected by +12.4 s (set by hand, just now)")

    reset = cli("time", "--reset", "--json")
    assert reset.json() == {"reset": True, "correction": None, "correction_offset": 0.0}
    assert not (private_data_dir / CORRECTION_FILE).exists()
    assert cli("time", "--reset").out == "There was no time correction.\n"
    assert cli("code", "acme").out == otp.code_at(acme, SECRET, T0) + "\n"


def test_time_set_refuses_more_than_a_day_unless_forced(cli: Callable[..., Result], private_data_dir: Path) -> None:
    result = cli("time", "--set", "200000", "--json")
    assert result.code == 3
    assert result.out == ""
    assert "not clock drift" in result.err and "hint: " in result.err
    assert not (private_data_dir / CORRECTION_FILE).exists()
    forced = cli("time", "--set", "200000", "--force", "--json")
    assert forced.code == 0, forced.err
    assert forced.json()["correction_offset"] == 200000.0


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_time_set_refuses_non_numbers(cli: Callable[..., Result], private_data_dir: Path, value: str) -> None:
    assert cli("time", f"--set={value}", "--force").code == 3
    assert not (private_data_dir / CORRECTION_FILE).exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["time", "--apply", "--reset"],
        ["time", "--set", "5", "--reset"],
        ["time", "--reset", "--server", "127.0.0.1:1"],
        ["time", "--set", "5", "--url", "http://127.0.0.1:1"],
        ["time", "--force"],
        ["time", "--set", "five"],
        ["time", "--timeout", "soon"],
    ],
)
def test_time_usage_errors(cli: Callable[..., Result], argv: list[str], private_data_dir: Path) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert "usage:" in result.err
    assert not (private_data_dir / CORRECTION_FILE).exists()


@pytest.mark.parametrize(
    ("argv", "phrase"),
    [
        (["time", "--server", "bad host!"], "not a valid host name"),
        (["time", "--server", "127.0.0.1:99999"], "out of range"),
        (["time", "--url", "ftp://example.com"], "not a web address"),
        (["time", "--server", "127.0.0.1:1", "--timeout", "0"], "not a positive number"),
    ],
)
def test_time_bad_arguments_exit_3_before_any_query(cli: Callable[..., Result], argv: list[str], phrase: str) -> None:
    result = cli(*argv, "--json")
    assert result.code == 3
    assert result.out == ""
    assert phrase in result.err
