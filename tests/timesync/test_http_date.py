"""A web server's clock from its Date header, against real http.server instances on 127.0.0.1."""

from __future__ import annotations

import time

import pytest
from loopback_servers import free_tcp_port, http_date_server

from authenticator.core.errors import InvalidInput
from authenticator.timesync.http_date import measure_http_date, parse_web_url


def test_skewed_server_date_gives_its_offset() -> None:
    with http_date_server(skew=120) as url:
        result = measure_http_date(url, 5.0)
    assert result.ok, result.error
    assert result.offset_seconds == pytest.approx(120, abs=1.5)
    assert result.resolution_seconds == 1.0
    assert result.delay_seconds is not None and result.delay_seconds < 1.0
    assert result.note.startswith("HTTP Date header (HEAD), 1 s resolution: ±0.5")
    assert result.source == url


def test_true_server_date_and_an_injected_slow_clock() -> None:
    with http_date_server(skew=0) as url:
        true = measure_http_date(url, 5.0)
        slow = measure_http_date(url, 5.0, time_source=lambda: time.time() - 30)
    assert true.offset_seconds == pytest.approx(0, abs=1.5)
    assert slow.offset_seconds == pytest.approx(30, abs=1.5)


def test_no_date_header_is_a_clear_error() -> None:
    with http_date_server(send_date=False) as url:
        result = measure_http_date(url, 5.0)
    assert not result.ok
    assert result.error == "Cannot read the server's clock: the reply to GET (status 200) has no Date header."


def test_head_refused_falls_back_to_get() -> None:
    with http_date_server(skew=-45, head_status=405) as url:
        result = measure_http_date(url, 5.0)
    assert result.ok, result.error
    assert result.offset_seconds == pytest.approx(-45, abs=1.5)
    assert result.note.startswith("HTTP Date header (GET)")


def test_nothing_listening_is_an_error() -> None:
    port = free_tcp_port()  # bound and released: nothing listens there now
    result = measure_http_date(f"http://127.0.0.1:{port}", 2.0)
    assert result.error == f"Connection refused by 127.0.0.1 port {port}."


def test_unknown_host_is_an_error() -> None:
    result = measure_http_date("http://no-such-host.invalid", 2.0)
    assert result.error is not None and result.error.startswith("Cannot find the server 'no-such-host.invalid'")


def test_bad_url_is_an_error_result_not_an_exception() -> None:
    assert measure_http_date("ftp://example.com").error == (
        "'ftp://example.com' is not a web address (http or https). Use e.g. https://example.com."
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("example.com", ("https", "example.com", 443, "/")),
        ("http://example.com", ("http", "example.com", 80, "/")),
        ("https://example.com:8443/x?y", ("https", "example.com", 8443, "/x")),
        ("http://[::1]:8080", ("http", "::1", 8080, "/")),
    ],
)
def test_parse_web_url(text: str, parts: tuple[str, str, int, str]) -> None:
    assert parse_web_url(text) == parts


@pytest.mark.parametrize(
    ("text", "complaint"),
    [("", "empty"), ("ftp://x", "not a web address"), ("http://x:99999", "port"), ("https://", "no host name")],
)
def test_parse_web_url_rejects(text: str, complaint: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_web_url(text)
    assert complaint in caught.value.message
