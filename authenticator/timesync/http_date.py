"""Read a web server's clock from the ``Date`` header of its reply.

Useful where NTP (UDP port 123) is blocked but HTTPS is not, and to check the clock of the very service that
rejects codes. The header has a resolution of one second and is truncated, so the server's time when it wrote
the header lies in ``[Date, Date + 1)``: we take the middle of that second against the middle of our round trip
(connection set-up excluded), which leaves an uncertainty of ±(0.5 s + half the round trip).

Plain ``http.client``: no proxy from the environment, no redirects (any reply carries a ``Date``).
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from collections.abc import Callable
from datetime import UTC
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..core.errors import InvalidInput
from ..core.i18n import N_, Message
from .measurement import TimeMeasurement, failed

TimeSource = Callable[[], float]

DEFAULT_HTTP_TIMEOUT = 5.0
DATE_RESOLUTION_SECONDS = 1.0
#: Statuses with which a server says "not HEAD": ask again with GET.
_HEAD_REFUSED = {405, 501}


def parse_web_url(text: str) -> tuple[str, str, int, str]:
    """``(scheme, host, port, path)`` from ``example.com``, ``https://example.com/x`` or ``http://h:8080``.

    A bare host means HTTPS. Raises :class:`InvalidInput` for other schemes or a missing host.
    """
    spec = text.strip()
    if not spec:
        raise InvalidInput(N_("The web address is empty."), N_("Use a host name or URL, e.g. https://example.com."))
    if "://" not in spec:
        spec = "https://" + spec
    parts = urlsplit(spec)
    if parts.scheme not in ("http", "https"):
        raise InvalidInput(
            Message("{text} is not a web address (http or https).", text=repr(text)),
            N_("Use e.g. https://example.com."),
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidInput(
            Message("The port in {text} is not valid.", text=repr(text)), N_("Ports go from 1 to 65535.")
        ) from exc
    if not parts.hostname:
        raise InvalidInput(Message("{text} has no host name.", text=repr(text)), N_("Use e.g. https://example.com."))
    default_port = 443 if parts.scheme == "https" else 80
    return parts.scheme, parts.hostname, port or default_port, parts.path or "/"


def measure_http_date(
    url: str, timeout: float = DEFAULT_HTTP_TIMEOUT, *, time_source: TimeSource = time.time
) -> TimeMeasurement:
    """How far our clock is from a web server's, from one HEAD request (GET if HEAD is refused).

    Never raises for network or server trouble; that comes back as ``error``. ``timeout`` bounds both
    attempts together (the name lookup excepted). ``time_source`` gives our clock readings.
    """
    try:
        scheme, host, port, path = parse_web_url(url)
    except InvalidInput as exc:
        return failed(url, str(exc))
    default_port = 443 if scheme == "https" else 80
    shown_host = f"[{host}]" if ":" in host else host
    source = f"{scheme}://{shown_host}" + ("" if port == default_port else f":{port}")
    deadline = time.monotonic() + timeout
    problem: str = N_("no reply")
    no_answer = Message("No answer within {seconds} s.", seconds=f"{timeout:g}")
    for method in ("HEAD", "GET"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return failed(source, no_answer)
        try:
            status, date_header, t1, t4 = _request(scheme, host, port, path, method, remaining, time_source)
        except TimeoutError:
            return failed(source, no_answer)
        except socket.gaierror as exc:
            return failed(
                source, Message("Cannot find the server {host} ({reason}).", host=repr(host), reason=exc.strerror)
            )
        except ConnectionRefusedError:
            return failed(source, Message("Connection refused by {host} port {port}.", host=host, port=port))
        except ssl.SSLError as exc:
            return failed(source, Message("Secure connection failed ({reason}).", reason=str(exc.reason or exc)))
        except http.client.HTTPException as exc:
            problem = Message("not a valid HTTP reply to {method} ({error})", method=method, error=type(exc).__name__)
            continue
        except OSError as exc:
            return failed(source, Message("Network error: {reason}.", reason=str(exc.strerror or exc)))
        if method == "HEAD" and status in _HEAD_REFUSED:
            problem = Message("HEAD refused with status {status}", status=status)
            continue
        if date_header is None:
            problem = Message(
                "the reply to {method} (status {status}) has no Date header", method=method, status=status
            )
            continue
        return _measurement(source, method, date_header, t1, t4)
    return failed(source, Message("Cannot read the server's clock: {problem}.", problem=problem))


def _request(
    scheme: str, host: str, port: int, path: str, method: str, timeout: float, time_source: TimeSource
) -> tuple[int, str | None, float, float]:
    """One request; the round trip is timed after the TCP/TLS set-up, which the Date does not depend on."""
    connection_class = http.client.HTTPSConnection if scheme == "https" else http.client.HTTPConnection
    connection = connection_class(host, port, timeout=timeout)
    try:
        connection.connect()
        t1 = time_source()
        connection.request(method, path, headers={"User-Agent": "authenticator-time-check", "Accept": "*/*"})
        response = connection.getresponse()
        t4 = time_source()
        return response.status, response.getheader("Date"), t1, t4
    finally:
        connection.close()


def _measurement(source: str, method: str, date_header: str, t1: float, t4: float) -> TimeMeasurement:
    try:
        when = parsedate_to_datetime(date_header)
        # "-0000" means UTC with no zone given; a naive datetime would otherwise be read as local time.
        server_time = (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return failed(
            source, Message("The server's Date header is not a date: {header}.", header=repr(date_header[:60]))
        )
    round_trip = max(t4 - t1, 0.0)
    offset = server_time + DATE_RESOLUTION_SECONDS / 2 - (t1 + t4) / 2
    return TimeMeasurement(
        source=source,
        offset_seconds=offset,
        delay_seconds=round_trip,
        resolution_seconds=DATE_RESOLUTION_SECONDS,
        note=f"HTTP Date header ({method}), 1 s resolution: ±{DATE_RESOLUTION_SECONDS / 2 + round_trip / 2:.2f} s",
    )
