"""Judging NTP replies (pure): good replies give offset and delay; malformed or untrustworthy ones an error."""

from __future__ import annotations

import struct

import ntplib
import pytest

from authenticator.timesync.ntp import interpret_reply, request_packet

T1 = 1_795_867_200.25  # our send time (2026-11-28T12:00:00.25Z)
SOURCE = "ntp.test"


def ntp_bytes(unix: float, era: int = 0) -> bytes:
    ntp = unix + ntplib.NTP.NTP_DELTA - era * 2**32
    seconds = int(ntp)
    return struct.pack("!II", seconds, int((ntp - seconds) * 2**32))


def reply_packet(
    request: bytes,
    t2: float,
    t3: float,
    *,
    leap: int = 0,
    mode: int = 4,
    stratum: int = 2,
    ref_id: bytes = b"GPS\0",
    origin: bytes | None = None,
    raw_t2: bytes | None = None,
    raw_t3: bytes | None = None,
) -> bytes:
    head = struct.pack("!BBbb", leap << 6 | 4 << 3 | mode, stratum, 6, -20)
    return (
        head
        + struct.pack("!II", 0, 0)
        + ref_id
        + ntp_bytes(t3 - 10)
        + (origin if origin is not None else request[40:48])
        + (raw_t2 if raw_t2 is not None else ntp_bytes(t2))
        + (raw_t3 if raw_t3 is not None else ntp_bytes(t3))
    )


def test_good_reply_gives_offset_delay_and_stratum() -> None:
    request = request_packet(T1)
    # The server is 47 s ahead; 10 ms each way, 1 ms inside the server.
    t2, t3, t4 = T1 + 47 + 0.010, T1 + 47 + 0.011, T1 + 0.021
    result = interpret_reply(SOURCE, request, reply_packet(request, t2, t3), T1, t4)
    assert result.ok
    assert result.offset_seconds == pytest.approx(47.0, abs=1e-5)
    assert result.delay_seconds == pytest.approx(0.020, abs=1e-5)
    assert result.stratum == 2
    assert result.source == SOURCE
    assert result.uncertainty_seconds == pytest.approx(0.010, abs=1e-5)


def test_server_behind_gives_negative_offset() -> None:
    request = request_packet(T1)
    result = interpret_reply(SOURCE, request, reply_packet(request, T1 - 3.5, T1 - 3.5), T1, T1)
    assert result.offset_seconds == pytest.approx(-3.5, abs=1e-5)


def test_timestamps_after_the_2036_rollover_are_read_in_the_next_era() -> None:
    t1 = 2_100_000_000.0  # 2036-07-18, past the first NTP era
    request = request_packet(t1)
    assert request[40:48] == ntp_bytes(t1, era=1)
    reply = reply_packet(request, 0, 0, raw_t2=ntp_bytes(t1 + 5, era=1), raw_t3=ntp_bytes(t1 + 5, era=1))
    result = interpret_reply(SOURCE, request, reply, t1, t1)
    assert result.offset_seconds == pytest.approx(5.0, abs=1e-4)


@pytest.mark.parametrize(
    ("reply_options", "complaint"),
    [
        ({"stratum": 0, "ref_id": b"RATE"}, "query less often"),
        ({"stratum": 0, "ref_id": b"DENY"}, "refuses to serve us"),
        ({"stratum": 0, "ref_id": b"XYZW"}, "kiss-o'-death (XYZW)"),
        ({"leap": 3}, "not synchronised"),
        ({"stratum": 16}, "not synchronised"),
        ({"mode": 3}, "mode 3"),
        ({"mode": 5}, "mode 5"),
        ({"origin": b"\x01" * 8}, "does not answer our request"),
        ({"raw_t3": b"\0" * 8}, "impossible time"),
        ({"raw_t2": b"\0" * 8}, "impossible time"),
        ({"raw_t3": ntp_bytes(0.0)}, "impossible time"),  # the server says 1970
    ],
)
def test_untrustworthy_replies_are_that_servers_error(reply_options: dict, complaint: str) -> None:
    request = request_packet(T1)
    reply = reply_packet(request, T1 + 1, T1 + 1, **reply_options)
    result = interpret_reply(SOURCE, request, reply, T1, T1 + 0.01)
    assert not result.ok
    assert result.offset_seconds is None
    assert result.error is not None and complaint in result.error


def test_short_reply_is_not_ntp() -> None:
    result = interpret_reply(SOURCE, request_packet(T1), b"hello", T1, T1)
    assert result.error == "Not an NTP reply (5 bytes instead of at least 48)."


def test_contradictory_timestamps_are_rejected() -> None:
    request = request_packet(T1)
    sent_before_received = interpret_reply(SOURCE, request, reply_packet(request, T1 + 2, T1 + 1), T1, T1 + 0.01)
    assert "replied before receiving" in (sent_before_received.error or "")
    longer_than_round_trip = interpret_reply(SOURCE, request, reply_packet(request, T1, T1 + 5), T1, T1 + 0.01)
    assert "negative round trip" in (longer_than_round_trip.error or "")
