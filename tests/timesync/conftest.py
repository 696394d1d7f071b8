"""Fixtures for the timesync tests: real chronyd servers on loopback, a silent port, a garbage server.

chronyd and faketime are Debian packages (``scripts/bootstrap`` installs them); without them these tests skip on
a developer machine and fail in CI (``need``). The chrony servers are shared by the whole session: each starts in
a few milliseconds, but there is no reason to start one per test.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import need

sys.path.insert(0, str(Path(__file__).parent))

from loopback_servers import (
    SKEW_SECONDS,
    ChronyServer,
    SilentUdpServer,
    UdpReplyServer,
    chronyd_path,
    faketime_path,
)


@pytest.fixture(scope="session")
def chrony_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChronyServer]:
    """A real chronyd serving the true time on 127.0.0.1."""
    need(chronyd_path() is not None, "chronyd is not installed (apt-get install chrony)")
    with ChronyServer(tmp_path_factory.mktemp("chrony")) as server:
        yield server


@pytest.fixture(scope="session")
def skewed_chrony_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChronyServer]:
    """A real chronyd whose clock runs SKEW_SECONDS ahead (faketime), on 127.0.0.1."""
    need(chronyd_path() is not None, "chronyd is not installed (apt-get install chrony)")
    need(faketime_path() is not None, "faketime is not installed (apt-get install faketime)")
    with ChronyServer(tmp_path_factory.mktemp("chrony-skewed"), skew=f"+{SKEW_SECONDS}s") as server:
        yield server


@pytest.fixture
def silent_server() -> Iterator[SilentUdpServer]:
    with SilentUdpServer() as server:
        yield server


@pytest.fixture
def garbage_server() -> Iterator[UdpReplyServer]:
    """Replies to anything with 64 bytes that are not NTP (long enough to pass a length check)."""
    with UdpReplyServer(lambda request, received: b"HTTP/1.1 400 Bad Request\r\n\r\n".ljust(64, b"\0")) as server:
        yield server
