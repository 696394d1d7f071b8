"""Querying over real UDP on loopback without chrony: silent, garbage, refusing and crafted servers.

Plus the parallel runner with an injected query function, whose only real-time behaviour is its deadline.
"""

from __future__ import annotations

import struct
import threading
import time

from loopback_servers import SilentUdpServer, UdpReplyServer, free_udp_port

from authenticator.timesync.measurement import TimeMeasurement
from authenticator.timesync.ntp import query_ntp, query_ntp_servers


def test_a_server_that_never_answers_times_out_within_its_timeout(silent_server: SilentUdpServer) -> None:
    started = time.monotonic()
    result = query_ntp(silent_server.address, 0.3)
    elapsed = time.monotonic() - started
    assert result.error == "No answer within 0.3 s."
    assert result.offset_seconds is None
    assert 0.25 <= elapsed < 0.3 + 1.5


def test_garbage_reply_is_an_error(garbage_server: UdpReplyServer) -> None:
    result = query_ntp(garbage_server.address, 1.0)
    assert not result.ok
    assert result.error is not None and result.error.startswith("Not an NTP server reply")


def test_short_garbage_reply_is_an_error() -> None:
    with UdpReplyServer(lambda request, received: b"hello") as server:
        result = query_ntp(server.address, 1.0)
    assert result.error == "Not an NTP reply (5 bytes instead of at least 48)."


def test_echoing_server_is_not_taken_for_ntp() -> None:
    """A UDP echo service returns our own request: mode 3 (client), so it is refused."""
    with UdpReplyServer(lambda request, received: request) as server:
        result = query_ntp(server.address, 1.0)
    assert result.error == "Not an NTP server reply (mode 3, expected 4)."


def test_kiss_of_death_over_the_network_is_an_error() -> None:
    def kiss(request: bytes, received: float) -> bytes:
        # Mode 4, stratum 0, code RATE, our origin echoed: a well-formed "go away".
        return (
            struct.pack("!BBbb", 4 << 3 | 4, 0, 6, -20) + b"\0" * 8 + b"RATE" + b"\0" * 8 + request[40:48] + b"\0" * 16
        )

    with UdpReplyServer(kiss) as server:
        result = query_ntp(server.address, 1.0)
    assert result.error == "The server asks us to query less often (kiss-o'-death RATE)."


def test_closed_port_fails_at_once() -> None:
    port = free_udp_port()  # bound and released: nothing listens there now
    started = time.monotonic()
    result = query_ntp(f"127.0.0.1:{port}", 5.0)
    assert result.error == f"Nothing answers on UDP port {port} there (connection refused)."
    assert time.monotonic() - started < 1.0


def test_unknown_and_invalid_host_names_are_errors() -> None:
    unknown = query_ntp("no-such-host.invalid", 1.0)
    assert unknown.error is not None and unknown.error.startswith("Cannot find the server 'no-such-host.invalid'")
    invalid = query_ntp("bad host!", 1.0)
    assert invalid.source == "bad host!"
    assert invalid.error is not None and "not a valid host name" in invalid.error


# --- the parallel runner, with an injected query -------------------------------------------------------------


def fake_answer(server: object, timeout: float, *, time_source: object) -> TimeMeasurement:
    return TimeMeasurement(source=str(server), offset_seconds=float(len(str(server))), delay_seconds=0.001)


def test_results_come_back_in_the_order_of_the_servers() -> None:
    results = query_ntp_servers(["a", "bbb", "cc"], 1.0, query=fake_answer)
    assert [(r.source, r.offset_seconds) for r in results] == [("a", 1.0), ("bbb", 3.0), ("cc", 2.0)]


def test_time_source_and_timeout_reach_every_query() -> None:
    seen: list[tuple[float, object]] = []

    def query(server: object, timeout: float, *, time_source: object) -> TimeMeasurement:
        seen.append((timeout, time_source))
        return fake_answer(server, timeout, time_source=time_source)

    def fake_source() -> float:
        return 0.0

    query_ntp_servers(["a", "b"], 0.7, time_source=fake_source, query=query)
    assert seen == [(0.7, fake_source), (0.7, fake_source)]


def test_a_hanging_query_is_reported_and_does_not_hold_up_the_rest() -> None:
    release = threading.Event()

    def query(server: object, timeout: float, *, time_source: object) -> TimeMeasurement:
        if server == "hangs":  # like a name lookup that never returns
            release.wait(10)
        return fake_answer(server, timeout, time_source=time_source)

    started = time.monotonic()
    try:
        results = query_ntp_servers(["a", "hangs", "b"], 0.2, query=query)
    finally:
        release.set()
    assert time.monotonic() - started < 0.2 + 0.5
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].source == "hangs"
    assert results[1].error == "No answer within 0.2 s (slow name lookup?)."


def test_no_servers_means_no_results() -> None:
    assert query_ntp_servers([], 1.0) == []
