"""Parsing server addresses from settings and the command line: HOST[:PORT], [v6]:PORT, clear errors."""

from __future__ import annotations

import pytest

from authenticator.core.errors import InvalidInput
from authenticator.timesync.ntp import NTP_PORT, ServerAddress, parse_server


@pytest.mark.parametrize(
    ("text", "host", "port"),
    [
        ("pool.ntp.org", "pool.ntp.org", NTP_PORT),
        ("  pool.ntp.org  ", "pool.ntp.org", NTP_PORT),
        ("pool.ntp.org:1234", "pool.ntp.org", 1234),
        ("127.0.0.1:11123", "127.0.0.1", 11123),
        ("time.example.", "time.example.", NTP_PORT),
        ("[::1]:123", "::1", 123),
        ("[2001:db8::1]", "2001:db8::1", NTP_PORT),
        ("2001:db8::1", "2001:db8::1", NTP_PORT),
        ("localhost:65535", "localhost", 65535),
        ("bücher.example", "xn--bcher-kva.example", NTP_PORT),
    ],
)
def test_parses_host_and_port(text: str, host: str, port: int) -> None:
    assert parse_server(text) == ServerAddress(host, port)


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("pool.ntp.org:", "not a number"),
        ("pool.ntp.org:ntp", "not a number"),
        ("pool.ntp.org:0", "out of range"),
        ("pool.ntp.org:70000", "out of range"),
        (":123", "no host name"),
        ("bad host", "not a valid host name"),
        ("bad_host!", "not a valid host name"),
        ("-leading.example", "not a valid host name"),
        ("a..b", "not a valid host name"),
        ("x" * 64 + ".example", "not a valid host name"),
        ("[::1", "without ']'"),
        ("[::1]123", "Unexpected"),
        ("[pool.ntp.org]:123", "not an IPv6 address"),
        ("1:2:3:zz::1", "not an IPv6 address"),
    ],
)
def test_rejects_bad_addresses_saying_what_is_wrong(text: str, complaint: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_server(text)
    assert complaint in caught.value.message


def test_default_port_can_be_chosen() -> None:
    assert parse_server("example.org", default_port=4123).port == 4123


def test_the_default_port_is_left_out_when_shown() -> None:
    assert str(parse_server("[::1]:123")) == "[::1]"
    assert str(parse_server("pool.ntp.org:123")) == "pool.ntp.org"


@pytest.mark.parametrize("text", ["pool.ntp.org", "pool.ntp.org:1234", "[::1]:4123", "[2001:db8::1]", "10.0.0.1"])
def test_str_round_trips(text: str) -> None:
    assert str(parse_server(text)) == text
