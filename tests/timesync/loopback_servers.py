"""Real time servers on 127.0.0.1 for the timesync tests and benchmark.

- :class:`ChronyServer`: a real ``chronyd`` serving NTP on a free loopback port, optionally under ``faketime``
  to give it a skewed clock. ``-x`` is always passed, so chronyd never touches the system clock.
- :class:`SilentUdpServer`: a bound UDP port that never replies (a server that drops our packets).
- :class:`UdpReplyServer`: answers every datagram with bytes from a function (garbage, crafted NTP replies).
- :func:`http_date_server`: ``http.server`` with a skewed, missing or HEAD-refusing ``Date``.

Each is stopped by its own PID or socket; nothing here is started on any other address than 127.0.0.1.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from authenticator.timesync.ntp import query_ntp

LOOPBACK = "127.0.0.1"
#: The skew given to the faketime'd chronyd in tests, and the offset they expect to measure.
SKEW_SECONDS = 90


def chronyd_path() -> str | None:
    """chronyd lives in /usr/sbin, which is not on every user's PATH."""
    return shutil.which("chronyd") or next(
        (p for p in ("/usr/sbin/chronyd", "/sbin/chronyd") if os.access(p, os.X_OK)), None
    )


def faketime_path() -> str | None:
    return shutil.which("faketime")


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def free_tcp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


class ChronyServer:
    """``chronyd -d -x`` on a free loopback port, in its own 0700 directory; ``skew`` like ``'+90s'``."""

    def __init__(self, directory: Path, skew: str | None = None) -> None:
        self.directory = directory
        self.skew = skew
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._log = None

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    @property
    def pidfile(self) -> Path:
        return self.directory / "chronyd.pid"

    def start(self, ready_timeout: float = 10.0) -> ChronyServer:
        chronyd = chronyd_path()
        if chronyd is None:
            raise RuntimeError("chronyd is not installed")
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.directory.chmod(0o700)
        self.port = free_udp_port()
        config = self.directory / "chrony.conf"
        config.write_text(
            f"port {self.port}\n"
            f"bindaddress {LOOPBACK}\n"
            f"allow {LOOPBACK}\n"
            "local stratum 8\n"
            "cmdport 0\n"
            f"pidfile {self.pidfile}\n"
            f"driftfile {self.directory / 'drift'}\n"
        )
        # -x: never touch the system clock (mandatory); -d: stay in the foreground, log to stderr.
        command = [chronyd, "-d", "-x", "-u", "root", "-f", str(config)]
        if self.skew is not None:
            faketime = faketime_path()
            if faketime is None:
                raise RuntimeError("faketime is not installed")
            command = [faketime, "-f", self.skew, *command]
        self._log = (self.directory / "chronyd.log").open("wb")
        self._process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + ready_timeout
        while time.monotonic() < deadline:
            if query_ntp(self.address, 0.2).ok:
                return self
            try:  # doubles as a 10 ms pause between attempts while chronyd binds its port
                self._process.wait(timeout=0.01)
            except subprocess.TimeoutExpired:
                continue
            self.stop()
            raise RuntimeError(f"chronyd exited at start-up:\n{self.log()}")
        self.stop()
        raise RuntimeError(f"chronyd did not answer within {ready_timeout} s:\n{self.log()}")

    def log(self) -> str:
        path = self.directory / "chronyd.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        """SIGTERM the chronyd named in the pidfile (under faketime the wrapper's PID is another process)."""
        process, self._process = self._process, None
        if process is None:
            return
        pid = self._pid_from_file()
        # Only chronyd itself: faketime then reaps it and exits, so no zombie is left behind.
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid if pid is not None else process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            for target in {pid, process.pid} - {None}:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(target, signal.SIGKILL)
            process.wait(timeout=5)
        if self._log is not None:
            self._log.close()
            self._log = None

    def _pid_from_file(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None

    def __enter__(self) -> ChronyServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class SilentUdpServer:
    """A bound UDP port on loopback that reads nothing and answers nothing."""

    def __init__(self) -> None:
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind((LOOPBACK, 0))
        self.port = self._socket.getsockname()[1]

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    def close(self) -> None:
        self._socket.close()

    def __enter__(self) -> SilentUdpServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class UdpReplyServer:
    """Answers each datagram with ``reply(request, received_at)`` from a background thread."""

    def __init__(self, reply: Callable[[bytes, float], bytes]) -> None:
        self._reply = reply
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._socket.bind((LOOPBACK, 0))
        self._socket.settimeout(0.05)
        self.port = self._socket.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="udp-reply", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        return f"{LOOPBACK}:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                request, peer = self._socket.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            self._socket.sendto(self._reply(request, time.time()), peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self._socket.close()

    def __enter__(self) -> UdpReplyServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextlib.contextmanager
def http_date_server(skew: float = 0.0, *, send_date: bool = True, head_status: int | None = None) -> Iterator[str]:
    """An HTTP server on 127.0.0.1 whose ``Date`` is ``skew`` seconds off; yields its base URL.

    ``send_date=False`` leaves the header out; ``head_status=405`` refuses HEAD (with no Date) so only GET
    can tell the time.
    """

    class Handler(BaseHTTPRequestHandler):
        def date_time_string(self, timestamp: float | None = None) -> str:
            return formatdate(time.time() + skew, usegmt=True)

        def send_response(self, code: int, message: str | None = None) -> None:
            self.log_request(code)
            self.send_response_only(code, message)
            if send_date:
                self.send_header("Date", self.date_time_string())

        def do_HEAD(self) -> None:
            if head_status is not None:
                self.send_response_only(head_status)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self._headers_only()

        def do_GET(self) -> None:
            self._headers_only()
            self.wfile.write(b"ok")

        def _headers_only(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "2")
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer((LOOPBACK, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{LOOPBACK}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=2)
