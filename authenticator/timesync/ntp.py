"""Ask NTP servers how far our clock is off, several at once, without ever touching the system clock.

We use ntplib's packet classes but do the socket work ourselves, for three reasons: the time source is a
parameter (tests fake it; ntplib reads ``time.time()`` inside), the timeout is one deadline for the whole
query rather than per socket call, and a reply is checked against the request (mode, origin timestamp,
kiss-o'-death, leap indicator, impossible dates) so a broken or hostile server becomes that server's error
instead of a wrong offset. Several servers are asked in parallel, so the total wait is bounded by the
timeout, not by the number of servers.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ntplib

from ..core.errors import InvalidInput
from ..core.i18n import N_, Message
from .combine import CombinedOffset, combine_measurements
from .measurement import TimeMeasurement, failed

TimeSource = Callable[[], float]

NTP_PORT = 123
#: Well-known public servers run by different operators, so one operator's fault is outvoted (editable in settings).
DEFAULT_NTP_SERVERS: tuple[str, ...] = ("pool.ntp.org", "time.cloudflare.com", "time.google.com", "time.windows.com")
DEFAULT_TIMEOUT = 2.0
#: Extra wait for the worker threads' own bookkeeping once every query's timeout has run out.
_JOIN_GRACE = 0.05

_NTP_PACKET_SIZE = 48
_MODE_SERVER = 4
_LEAP_UNSYNCHRONISED = 3
_STRATUM_UNSYNCHRONISED = 16
_ERA = 2**32
#: A server's time must fall in this window (2000-01-01 .. 2100-01-01). It is narrower than one NTP era
#: (136 years), so it also tells which era a 32-bit NTP timestamp is in, past the 2036 rollover.
_MIN_UNIX, _MAX_UNIX = 946_684_800, 4_102_444_800
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9_-]{1,63}(?<!-)$")
_KISS_CODES = {
    "DENY": N_("The server refuses to serve us (kiss-o'-death DENY)."),
    "RSTR": N_("The server refuses to serve us (kiss-o'-death RSTR)."),
    "RATE": N_("The server asks us to query less often (kiss-o'-death RATE)."),
}


@dataclass(frozen=True)
class ServerAddress:
    """A server as ``host`` and ``port``; ``str()`` gives back the ``HOST[:PORT]`` / ``[v6]:PORT`` form."""

    host: str
    port: int = NTP_PORT

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == NTP_PORT else f"{host}:{self.port}"


def parse_server(text: str, default_port: int = NTP_PORT) -> ServerAddress:
    """Parse ``HOST``, ``HOST:PORT``, ``[IPv6]``, ``[IPv6]:PORT`` or a bare IPv6 address.

    Raises :class:`InvalidInput` naming what is wrong, since these come from a settings field or the
    command line where "invalid server" alone would not tell the user what to fix.
    """
    spec = text.strip()
    if not spec:
        raise InvalidInput(N_("The server name is empty."), N_("Use HOST or HOST:PORT, e.g. pool.ntp.org:123."))
    port_text: str | None = None
    if spec.startswith("["):
        close = spec.find("]")
        if close < 0:
            raise InvalidInput(
                Message("{text} has '[' without ']'.", text=repr(text)),
                N_("Write IPv6 addresses as [2001:db8::1]:123."),
            )
        host, rest = spec[1:close], spec[close + 1 :]
        if rest:
            if not rest.startswith(":"):
                raise InvalidInput(
                    Message("Unexpected {rest} after the address in {text}.", rest=repr(rest), text=repr(text)),
                    N_("Use [IPv6]:PORT."),
                )
            port_text = rest[1:]
        if not _is_ipv6(host):
            raise InvalidInput(
                Message("{host} is not an IPv6 address.", host=repr(host)), N_("Only IPv6 addresses go in brackets.")
            )
    elif spec.count(":") > 1:
        if not _is_ipv6(spec):
            raise InvalidInput(
                Message("{host} is not an IPv6 address.", host=repr(text)),
                N_("Write IPv6 with a port as [2001:db8::1]:123."),
            )
        host = spec
    else:
        host, sep, port_text_or_empty = spec.partition(":")
        port_text = port_text_or_empty if sep else None
        host = _check_host_name(host, text)
    port = default_port if port_text is None else _parse_port(port_text, text)
    return ServerAddress(host, port)


def _is_ipv6(text: str) -> bool:
    try:
        return isinstance(ipaddress.ip_address(text), ipaddress.IPv6Address)
    except ValueError:
        return False


def _check_host_name(host: str, original: str) -> str:
    if not host:
        raise InvalidInput(
            Message("{text} has no host name before the ':'.", text=repr(original)), N_("Use HOST:PORT.")
        )
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise InvalidInput(Message("{host} is not a valid host name.", host=repr(host))) from exc
    name = ascii_host[:-1] if ascii_host.endswith(".") else ascii_host
    if len(name) > 253 or not all(_HOST_LABEL.match(label) for label in name.split(".")):
        raise InvalidInput(
            Message("{host} is not a valid host name.", host=repr(host)),
            N_("Host names use letters, digits, '-' and '.', e.g. pool.ntp.org."),
        )
    return ascii_host


def _parse_port(port_text: str, original: str) -> int:
    if not port_text.isdigit():
        raise InvalidInput(
            Message("The port in {text} is not a number.", text=repr(original)),
            N_("Use HOST:PORT, e.g. pool.ntp.org:123."),
        )
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise InvalidInput(
            Message("The port {port} in {text} is out of range.", port=port, text=repr(original)),
            N_("Ports go from 1 to 65535."),
        )
    return port


def query_ntp(
    server: ServerAddress | str, timeout: float = DEFAULT_TIMEOUT, *, time_source: TimeSource = time.time
) -> TimeMeasurement:
    """Ask one server; never raises for network or server trouble, which comes back as ``error``.

    ``time_source`` is read just before sending and just after receiving (the NTP T1 and T4 timestamps).
    The name lookup is not interruptible; :func:`query_ntp_servers` bounds it by running queries in threads.
    """
    deadline = time.monotonic() + timeout
    try:
        address = server if isinstance(server, ServerAddress) else parse_server(server)
    except InvalidInput as exc:
        return failed(str(server), str(exc))
    source = str(address)
    try:
        infos = socket.getaddrinfo(address.host, address.port, type=socket.SOCK_DGRAM)
    except (socket.gaierror, UnicodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        return failed(
            source, Message("Cannot find the server {host} ({reason}).", host=repr(address.host), reason=reason)
        )
    # A name may give several addresses (e.g. localhost: ::1 and 127.0.0.1); if one refuses at once, try the next.
    problem: str = Message("Cannot find an address for {host}.", host=repr(address.host))
    for family, _, _, _, sockaddr in infos:
        try:
            request, reply, t1, t4 = _exchange(family, sockaddr, deadline, time_source)
        except TimeoutError:
            return failed(source, Message("No answer within {seconds} s.", seconds=f"{timeout:g}"))
        except ConnectionRefusedError:
            problem = Message("Nothing answers on UDP port {port} there (connection refused).", port=address.port)
            continue
        except OSError as exc:
            problem = Message("Network error: {reason}.", reason=str(exc.strerror or exc))
            continue
        return interpret_reply(source, request, reply, t1, t4)
    return failed(source, problem)


def _exchange(
    family: int, sockaddr: tuple, deadline: float, time_source: TimeSource
) -> tuple[bytes, bytes, float, float]:
    """Send one request and wait for one reply until ``deadline`` (monotonic): (request, reply, T1, T4)."""
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        # connect(): the kernel drops datagrams from other addresses and reports "port unreachable".
        sock.connect(sockaddr)
        t1 = time_source()
        request = request_packet(t1)
        sock.send(request)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock.settimeout(remaining)
        reply = sock.recv(1024)
        return request, reply, t1, time_source()


def request_packet(t1: float) -> bytes:
    """A client (mode 3) NTPv4 request carrying ``t1`` as its transmit time, wrapped into the current NTP era.

    The server copies those 8 bytes into its reply's origin field, which is how we recognise our answer.
    """
    ntp_time = ntplib.system_to_ntp_time(t1) % _ERA
    return ntplib.NTPPacket(version=4, mode=3, tx_timestamp=ntp_time).to_data()


def interpret_reply(source: str, request: bytes, reply: bytes, t1: float, t4: float) -> TimeMeasurement:
    """Turn a server's reply into an offset, or into an error saying why it cannot be trusted.

    Pure: ``request`` is the packet we sent, ``t1``/``t4`` our send and receive times (Unix seconds).
    """
    if len(reply) < _NTP_PACKET_SIZE:
        return failed(
            source,
            Message(
                "Not an NTP reply ({count} bytes instead of at least {minimum}).",
                count=len(reply),
                minimum=_NTP_PACKET_SIZE,
            ),
        )
    stats = ntplib.NTPStats()
    stats.from_data(reply)
    if stats.mode != _MODE_SERVER:
        return failed(
            source,
            Message(
                "Not an NTP server reply (mode {mode}, expected {expected}).", mode=stats.mode, expected=_MODE_SERVER
            ),
        )
    if reply[24:32] != request[40:48]:
        return failed(source, N_("The reply does not answer our request (wrong origin timestamp): not an NTP server?"))
    if stats.stratum == 0:
        code = reply[12:16].decode("ascii", "replace").rstrip("\0")
        kiss = _KISS_CODES.get(code) or Message(
            "The server sent a kiss-o'-death ({code}) instead of the time.", code=code or N_("no code")
        )
        return failed(source, kiss)
    if stats.leap == _LEAP_UNSYNCHRONISED or stats.stratum >= _STRATUM_UNSYNCHRONISED:
        return failed(source, N_("The server's own clock is not synchronised, so its time cannot be used."))
    t2, t3 = _ntp_to_unix(reply[32:40]), _ntp_to_unix(reply[40:48])
    if t2 is None or t3 is None:
        return failed(source, N_("The server sent an impossible time (zero or outside 2000–2100)."))
    if t3 < t2 - 0.001:
        return failed(source, N_("The server's timestamps contradict each other (it replied before receiving)."))
    delay = (t4 - t1) - (t3 - t2)
    if delay < -0.001:
        return failed(source, N_("The server's timestamps contradict each other (negative round trip)."))
    offset = ((t2 - t1) + (t3 - t4)) / 2
    return TimeMeasurement(
        source=source,
        offset_seconds=offset,
        delay_seconds=max(delay, 0.0),
        stratum=stats.stratum,
        note=f"NTP, stratum {stats.stratum}",
    )


def _ntp_to_unix(raw: bytes) -> float | None:
    """A 64-bit NTP timestamp as Unix seconds, choosing the era that puts it in 2000–2100; None if none does."""
    seconds, fraction = struct.unpack("!II", raw)
    if seconds == 0:
        return None
    for era in (0, 1):
        unix = seconds + era * _ERA - ntplib.NTP.NTP_DELTA + fraction / 2**32
        if _MIN_UNIX <= unix < _MAX_UNIX:
            return unix
    return None


QueryFunction = Callable[..., TimeMeasurement]


def query_ntp_servers(
    servers: Sequence[ServerAddress | str],
    timeout: float = DEFAULT_TIMEOUT,
    *,
    time_source: TimeSource = time.time,
    query: QueryFunction = query_ntp,
) -> list[TimeMeasurement]:
    """Ask every server at once, each with ``timeout``; results come back in the order of ``servers``.

    Returns after about ``timeout`` at most, even when a name lookup hangs: a query still running then is
    reported as that server's error and its (daemon) thread is abandoned.
    """
    results: list[TimeMeasurement | None] = [None] * len(servers)

    def run(index: int, server: ServerAddress | str) -> None:
        results[index] = query(server, timeout, time_source=time_source)

    threads = [
        threading.Thread(target=run, args=(index, server), name=f"ntp-{server}", daemon=True)
        for index, server in enumerate(servers)
    ]
    deadline = time.monotonic() + timeout + _JOIN_GRACE
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))
    return [
        result
        if result is not None
        else failed(str(server), Message("No answer within {seconds} s (slow name lookup?).", seconds=f"{timeout:g}"))
        for result, server in zip(list(results), servers, strict=True)
    ]


def measure_ntp_offset(
    servers: Sequence[ServerAddress | str] = DEFAULT_NTP_SERVERS,
    timeout: float = DEFAULT_TIMEOUT,
    *,
    time_source: TimeSource = time.time,
) -> CombinedOffset:
    """Query ``servers`` in parallel and combine the good answers (see :func:`combine_measurements`)."""
    return combine_measurements(query_ntp_servers(servers, timeout, time_source=time_source))
