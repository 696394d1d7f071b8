"""``authenticator time`` against real servers on 127.0.0.1: chronyd (true and +90 s under faketime), a dead port,
and an http.server with a skewed Date. Missing chronyd/faketime skips here and fails in CI (``need``).

``time`` measures the real system clock, so these run the CLI without an injected clock; ``code`` after
``--apply`` gets a FixedClock standing for the system clock, so the corrected code is exact.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_runner import Result, run_cli
from loopback_servers import SKEW_SECONDS, ChronyServer, SilentUdpServer, http_date_server

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.clock import Clock, FixedClock
from authenticator.timesync.correction import CORRECTION_FILE, TimeCorrection, load_correction, save_correction

T0 = 1_795_867_200.0
SECRET = "JBSWY3DPEHPK3PXP"
URI = f"otpauth://totp/ACME:john?secret={SECRET}&issuer=ACME"
ACCOUNT = Account(issuer="ACME", name="john")
#: Real servers on loopback answer in well under a millisecond; NTP offsets are exact to a few ms.
NTP_TOLERANCE = 0.1
#: A Date header has one-second resolution.
HTTP_TOLERANCE = 1.5


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AUTHENTICATOR_DATA_DIR", str(tmp_path))
    return tmp_path


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Callable[..., Result]:
    def refuse(_: str | None) -> Any:
        raise AssertionError("these commands must not open the account list")

    def run(*argv: str, clock: Clock | None = None) -> Result:
        return run_cli(capsys, argv, vault_factory=refuse, clock=clock)

    return run


@pytest.fixture
def dead_port() -> Iterator[SilentUdpServer]:
    with SilentUdpServer() as server:
        yield server


def offsets_are_seconds(data: Any) -> None:
    """Every key naming an offset holds seconds (a number) or null, at any depth."""
    if isinstance(data, dict):
        for key, value in data.items():
            if "offset" in key and not isinstance(value, dict):
                assert value is None or isinstance(value, int | float), (key, value)
            offsets_are_seconds(value)
    elif isinstance(data, list):
        for item in data:
            offsets_are_seconds(item)


def test_true_clock_measures_about_zero(cli: Callable[..., Result], chrony_server: ChronyServer) -> None:
    result = cli("time", "--server", chrony_server.address, "--json")
    assert result.code == 0, result.err
    data = result.json()
    offsets_are_seconds(data)
    assert abs(data["offset_seconds"]) < NTP_TOLERANCE
    assert (data["usable"], data["consistent"], data["plausible"], data["applied"]) == (True, True, True, False)
    assert data["verdict"]["state"] == "correct"
    assert set(data["system_sync"]) == {"state", "synchronized", "ntp_enabled", "message"}
    assert (data["correction"], data["correction_offset"]) == (None, 0.0)
    (source,) = data["sources"]
    assert (source["source"], source["status"], source["stratum"], source["error"]) == (
        chrony_server.address,
        "used",
        8,
        None,
    )
    assert abs(source["offset_seconds"]) < NTP_TOLERANCE


def test_plain_report(cli: Callable[..., Result], chrony_server: ChronyServer, dead_port: SilentUdpServer) -> None:
    result = cli("time", "--server", chrony_server.address, "--server", dead_port.address, "--timeout", "0.5")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split() == ["SOURCE", "OFFSET", "DELAY", "STRATUM", "RESULT"]
    good = next(line for line in lines if line.startswith(chrony_server.address))
    assert good.split()[-2:] == ["8", "used"] and " ms " in good
    bad = next(line for line in lines if line.startswith(dead_port.address))
    assert "error: " in bad
    assert any(line.startswith("Combined offset: ") and "spread" in line for line in lines)
    assert "Your computer's clock is correct" in result.out
    assert any(line.startswith("System clock: ") for line in lines)
    assert lines[-1] == "Codes use the system clock (no time correction)."


def test_skewed_server_apply_stores_the_offset(
    cli: Callable[..., Result], skewed_chrony_server: ChronyServer, data_dir: Path
) -> None:
    result = cli("time", "--server", skewed_chrony_server.address, "--apply", "--json")
    assert result.code == 0, result.err
    data = result.json()
    offsets_are_seconds(data)
    assert data["offset_seconds"] == pytest.approx(SKEW_SECONDS, abs=NTP_TOLERANCE)
    assert data["applied"] is True
    assert data["verdict"]["state"] == "bad"
    assert "the codes shown are corrected" in data["verdict"]["message"]
    assert data["correction_offset"] == data["offset_seconds"]
    assert data["remaining_offset_seconds"] == 0.0
    stored = load_correction(data_dir)
    assert stored is not None
    assert stored.offset_seconds == data["offset_seconds"]
    assert (stored.source, stored.servers) == ("NTP", (skewed_chrony_server.address,))

    # "now" is corrected by the stored offset; --at names an exact time and is never corrected.
    system = FixedClock(T0 + 10)
    code = cli("code", "--uri", URI, "--json", clock=system).json()
    assert code["correction_offset"] == stored.offset_seconds
    assert code["code"] == otp.code_at(ACCOUNT, SECRET, T0 + 10 + stored.offset_seconds)
    assert code["code"] == otp.code_at(ACCOUNT, SECRET, T0 + 10 + SKEW_SECONDS)
    exact = cli("code", "--uri", URI, "--at", str(int(T0 + 10)), "--json", clock=system).json()
    assert (exact["code"], exact["correction_offset"]) == (otp.code_at(ACCOUNT, SECRET, T0 + 10), 0.0)

    # Measuring again now that the codes are corrected: the verdict says so, and there is nothing left over.
    again = cli("time", "--server", skewed_chrony_server.address, "--json").json()
    assert abs(again["remaining_offset_seconds"]) < NTP_TOLERANCE
    assert again["applied"] is False


def test_stale_correction_is_reported(cli: Callable[..., Result], chrony_server: ChronyServer, data_dir: Path) -> None:
    save_correction(data_dir, TimeCorrection(90.0, "NTP", T0))
    result = cli("time", "--server", chrony_server.address, "--json")
    assert result.code == 0
    data = result.json()
    assert data["remaining_offset_seconds"] == pytest.approx(-90.0, abs=NTP_TOLERANCE)
    assert "no longer matches" in result.err and "--reset" in result.err
    assert load_correction(data_dir) is not None  # reported, not changed


def test_dead_port_is_that_sources_error(
    cli: Callable[..., Result], chrony_server: ChronyServer, dead_port: SilentUdpServer
) -> None:
    result = cli("time", "--server", dead_port.address, "--server", chrony_server.address, "--timeout", "0.5", "--json")
    assert result.code == 0, result.err
    data = result.json()
    dead, alive = data["sources"]
    assert (dead["source"], dead["status"], dead["offset_seconds"]) == (dead_port.address, "failed", None)
    assert "0.5 s" in dead["error"]
    assert (alive["status"], alive["error"]) == ("used", None)
    assert data["usable"] is True
    assert abs(data["offset_seconds"]) < NTP_TOLERANCE


def test_no_answer_exits_8_and_apply_stores_nothing(
    cli: Callable[..., Result], dead_port: SilentUdpServer, data_dir: Path
) -> None:
    result = cli("time", "--server", dead_port.address, "--timeout", "0.3", "--apply", "--json")
    assert result.code == 8
    data = result.json()  # the measurement is still on stdout, as JSON
    assert (data["offset_seconds"], data["usable"], data["applied"]) == (None, False, False)
    assert data["verdict"]["state"] == "unknown"
    assert result.err.startswith("authenticator: error: No time correction was applied")
    assert not (data_dir / CORRECTION_FILE).exists()
    assert cli("time", "--server", dead_port.address, "--timeout", "0.3").code == 8


def test_disagreeing_sources_are_not_applied(
    cli: Callable[..., Result], chrony_server: ChronyServer, skewed_chrony_server: ChronyServer, data_dir: Path
) -> None:
    servers = ("--server", chrony_server.address, "--server", skewed_chrony_server.address)
    result = cli("time", *servers, "--apply", "--json")
    assert result.code == 8
    data = result.json()
    assert (data["consistent"], data["usable"], data["applied"]) == (False, False, False)
    assert "disagree" in result.err
    assert not (data_dir / CORRECTION_FILE).exists()
    assert cli("time", *servers).code == 0  # without --apply it is a report, not a failure


def test_url_with_a_skewed_date(cli: Callable[..., Result], data_dir: Path) -> None:
    with http_date_server(skew=SKEW_SECONDS) as url:
        result = cli("time", "--url", url, "--apply", "--json")
    assert result.code == 0, result.err
    data = result.json()
    (source,) = data["sources"]  # --url without --server measures only the web server
    assert source["source"] == url
    assert source["offset_seconds"] == pytest.approx(SKEW_SECONDS, abs=HTTP_TOLERANCE)
    assert source["resolution_seconds"] == 1.0
    stored = load_correction(data_dir)
    assert stored is not None
    assert stored.offset_seconds == pytest.approx(SKEW_SECONDS, abs=HTTP_TOLERANCE)
    assert stored.source == url


def test_url_and_ntp_together(cli: Callable[..., Result], skewed_chrony_server: ChronyServer) -> None:
    with http_date_server(skew=SKEW_SECONDS) as url:
        result = cli("time", "--server", skewed_chrony_server.address, "--url", url, "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert [s["source"] for s in data["sources"]] == [skewed_chrony_server.address, url]
    assert all(s["status"] == "used" for s in data["sources"])
    assert data["offset_seconds"] == pytest.approx(SKEW_SECONDS, abs=HTTP_TOLERANCE)


def test_real_command_in_a_subprocess(skewed_chrony_server: ChronyServer, tmp_path: Path) -> None:
    """``python -m authenticator``: apply in one process, the next process's code uses it."""

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "authenticator", "--data-dir", str(tmp_path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)

    applied = run("time", "--server", skewed_chrony_server.address, "--apply", "--json")
    assert applied.returncode == 0, applied.stderr
    code = run("code", "--uri", URI, "--json")
    assert code.returncode == 0, code.stderr
    data = json.loads(code.stdout)
    assert data["correction_offset"] == pytest.approx(SKEW_SECONDS, abs=NTP_TOLERANCE)
    assert data["code"] == otp.code_at(ACCOUNT, SECRET, data["time_unix"])
    reset = run("time", "--reset")
    assert (reset.returncode, reset.stdout) == (0, "Codes use the system clock again.\n")
