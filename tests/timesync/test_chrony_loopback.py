"""Against real chronyd servers on 127.0.0.1: true time, a clock skewed +90 s by faketime, and dead servers.

Timing assertions here are about a real network stack, so they are generous (timeout + 1.5 s), unlike the
unit tests, which use a fixed clock.
"""

from __future__ import annotations

import socket
import subprocess
import time

import pytest
from loopback_servers import SKEW_SECONDS, ChronyServer, SilentUdpServer, UdpReplyServer

from authenticator.core.account import Account
from authenticator.core.clock import SystemClock
from authenticator.core.otp import code_at, time_step
from authenticator.timesync import measure_ntp_offset, query_ntp, query_ntp_servers

SECRET = "JBSWY3DPEHPK3PXP"


def test_offset_against_a_true_clock_is_about_zero(chrony_server: ChronyServer) -> None:
    result = query_ntp(chrony_server.address, 2.0)
    assert result.ok, result.error
    assert result.offset_seconds is not None and abs(result.offset_seconds) < 0.05
    assert result.delay_seconds is not None and 0 <= result.delay_seconds < 0.05
    assert result.stratum == 8  # "local stratum 8" in its configuration
    assert result.source == chrony_server.address


def test_offset_against_a_skewed_server_is_its_skew(skewed_chrony_server: ChronyServer) -> None:
    result = query_ntp(skewed_chrony_server.address, 2.0)
    assert result.ok, result.error
    assert result.offset_seconds == pytest.approx(SKEW_SECONDS, abs=0.5)


def test_an_injected_time_source_is_what_gets_measured(chrony_server: ChronyServer) -> None:
    """A local clock 50 s slow (faked through the time source) shows as +50 s against a true server."""
    result = query_ntp(chrony_server.address, 2.0, time_source=lambda: time.time() - 50)
    assert result.offset_seconds == pytest.approx(50, abs=0.05)


@pytest.mark.oathtool
@pytest.mark.parametrize(
    ("algorithm", "digits", "period"), [("SHA1", 6, 30), ("SHA256", 8, 30), ("SHA512", 6, 60), ("SHA1", 7, 60)]
)
def test_corrected_codes_equal_oathtool_at_the_servers_time(
    skewed_chrony_server: ChronyServer, oathtool: str, algorithm: str, digits: int, period: int
) -> None:
    offset = query_ntp(skewed_chrony_server.address, 2.0).offset_seconds
    assert offset is not None
    # One system-time reading, kept away from a step boundary so that the measurement's microseconds of error
    # cannot move the corrected time into the neighbouring step.
    system_now = float(int(time.time()))
    if (system_now + SKEW_SECONDS) % period > period - 2:
        system_now += 3
    corrected = SystemClock(offset, source=lambda: system_now)
    account = Account("Example", "alice", algorithm=algorithm, digits=digits, period=period)

    mine = code_at(account, SECRET, corrected.now())

    at = f"@{int(system_now) + SKEW_SECONDS}"
    expected = subprocess.run(
        [oathtool, f"--totp={algorithm.lower()}", "-d", str(digits), "-s", str(period), "-b", "-N", at, SECRET],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    ).stdout.strip()
    assert mine == expected
    # And the uncorrected clock would show another step's code: the correction is what made them equal.
    assert time_step(system_now, period) != time_step(corrected.now(), period)


def test_a_dead_server_costs_only_its_timeout_while_the_others_answer(
    chrony_server: ChronyServer,
    skewed_chrony_server: ChronyServer,
    silent_server: SilentUdpServer,
    garbage_server: UdpReplyServer,
) -> None:
    timeout = 1.0
    servers = [chrony_server.address, silent_server.address, skewed_chrony_server.address, garbage_server.address]
    started = time.monotonic()
    results = query_ntp_servers(servers, timeout)
    elapsed = time.monotonic() - started

    assert [r.source for r in results] == servers
    good, silent, skewed, garbage = results
    assert good.ok and abs(good.offset_seconds or 1) < 0.05
    assert skewed.ok and skewed.offset_seconds == pytest.approx(SKEW_SECONDS, abs=0.5)
    assert silent.error == "No answer within 1 s."
    assert garbage.error is not None and garbage.error.startswith("Not an NTP server reply")
    # Parallel: bounded by the one timeout, not by the sum over servers.
    assert timeout * 0.9 <= elapsed < timeout + 1.5


def test_combined_offset_takes_the_majority_and_sets_the_outlier_aside(
    chrony_server: ChronyServer, skewed_chrony_server: ChronyServer, silent_server: SilentUdpServer
) -> None:
    servers = [chrony_server.address, skewed_chrony_server.address, chrony_server.address, silent_server.address]
    combined = measure_ntp_offset(servers, 1.0)
    assert combined.usable
    assert combined.offset_seconds is not None and abs(combined.offset_seconds) < 0.05
    assert combined.spread_seconds is not None and combined.spread_seconds < 0.05
    assert [m.source for m in combined.outliers] == [skewed_chrony_server.address]
    assert [m.source for m in combined.failed] == [silent_server.address]
    assert combined.message.startswith("2 of 4 sources agree")


def test_bad_names_are_reported_per_server_next_to_a_good_answer(chrony_server: ChronyServer) -> None:
    results = query_ntp_servers(["bad host!", "no-such-host.invalid", chrony_server.address], 2.0)
    assert "not a valid host name" in (results[0].error or "")
    assert (results[1].error or "").startswith("Cannot find the server")
    assert results[2].ok


def test_the_skewed_server_alone_is_usable_and_says_so(skewed_chrony_server: ChronyServer) -> None:
    combined = measure_ntp_offset([skewed_chrony_server.address], 2.0)
    assert combined.usable
    assert combined.offset_seconds == pytest.approx(SKEW_SECONDS, abs=0.5)
    assert combined.message.startswith("1 source answered: your clock is 90 s behind them")


def test_a_name_with_a_refusing_first_address_falls_through_to_the_next(
    chrony_server: ChronyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like "localhost" giving ::1 first while the server listens on 127.0.0.1 only (the resolver is faked)."""
    port = chrony_server.port

    def resolve(host: str, port_: int, *args: object, **kwargs: object) -> list[tuple]:
        assert (host, port_) == ("time.test", port)
        return [
            (socket.AF_INET6, socket.SOCK_DGRAM, 17, "", ("::1", port, 0, 0)),
            (socket.AF_INET, socket.SOCK_DGRAM, 17, "", ("127.0.0.1", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    result = query_ntp(f"time.test:{port}", 2.0)
    assert result.ok, result.error
    assert result.source == f"time.test:{port}"
