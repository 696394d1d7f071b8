"""The logind half of the session lock, end to end: ``loginctl lock-session`` locks the window.

A private dbus-daemon stands in for the system bus; a fake ``org.freedesktop.login1`` (jeepney, on a thread of
the test process, no Qt) owns the name, answers exactly what :mod:`authenticator.ui.lock.session` asks
(``Manager.GetSession("auto")`` when ``XDG_SESSION_ID`` is not set, nothing when it is) and emits
``org.freedesktop.login1.Session.Lock`` as logind does.

The window runs in a fresh interpreter (this file run as a script) with ``DBUS_SYSTEM_BUS_ADDRESS`` pointing at
the private daemon: ``QDBusConnection.systemBus()`` reads that variable once per process and keeps the
connection (a failed one too), and earlier window tests in the pytest process have already opened it. The
child's session bus is a dead address, so nothing but logind can lock it. Child and test talk in lines on
stdin/stdout; every wait polls with a deadline.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
LOGIN1 = "org.freedesktop.login1"
MANAGER = "org.freedesktop.login1.Manager"
SESSION = "org.freedesktop.login1.Session"
PEER = "org.freedesktop.DBus.Peer"
#: Generous for a loaded CI machine; a passing run takes about 1.5 s per window.
START_TIMEOUT = 30.0
STEP_TIMEOUT = 10.0


# -- the fake logind (test process) ---------------------------------------------------------------------------


class FakeLogind:
    """Owns ``org.freedesktop.login1`` on a bus and answers ``GetSession`` (and Peer.Ping) on its own thread.

    Every method call is recorded in :attr:`calls` as ``(interface, member, arguments)``, so a test can say
    exactly what the app asked. Anything else gets UnknownMethod, as a logind without that call would answer.
    """

    def __init__(self, address: str, session_path: str) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.session_path = session_path
        self.calls: list[tuple[str, str, tuple[Any, ...]]] = []
        self._connection = open_dbus_connection(bus=address)
        self._send_lock = threading.Lock()  # replies (thread) and signals (test) share the socket
        self._stop = threading.Event()
        reply = self._connection.send_and_get_reply(message_bus.RequestName(LOGIN1, 0x4), timeout=5)
        assert reply.body == (1,), f"could not own {LOGIN1}: {reply.body}"
        self._thread = threading.Thread(target=self._serve, name="fake-logind", daemon=True)
        self._thread.start()

    def _send(self, message: Any) -> None:
        with self._send_lock:
            self._connection.send(message)

    def _serve(self) -> None:
        from jeepney import MessageType, new_error, new_method_return
        from jeepney.low_level import HeaderFields

        while not self._stop.is_set():
            try:
                message = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:  # the daemon went away
                return
            if message.header.message_type != MessageType.method_call:
                continue  # NameAcquired and the like
            fields = message.header.fields
            interface, member = fields.get(HeaderFields.interface, ""), fields.get(HeaderFields.member, "")
            self.calls.append((interface, member, tuple(message.body)))
            if (interface, member) == (MANAGER, "GetSession"):
                self._send(new_method_return(message, "o", (self.session_path,)))
            elif (interface, member) == (PEER, "Ping"):
                self._send(new_method_return(message))
            else:
                self._send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod"))

    def emit_lock(self, session_path: str) -> None:
        """``loginctl lock-session``: logind's Lock signal on a session object."""
        from jeepney import DBusAddress, new_signal

        self._send(new_signal(DBusAddress(session_path, interface=SESSION), "Lock"))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._connection.close()


@pytest.fixture
def system_bus() -> Iterator[str]:
    """A private dbus-daemon playing the system bus: its address."""
    from support import private_dbus_daemon  # imported here: this file also runs as the window's child script

    with private_dbus_daemon() as address:
        yield address


# -- the window in a child process ----------------------------------------------------------------------------


class Child:
    """The window's interpreter: reads its ``<tag> <json>`` lines on a thread, so waits have a deadline."""

    def __init__(self, env: dict[str, str], data_dir: Path) -> None:
        self.log = data_dir / "child.log"
        self._log_file = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, __file__, "child", str(data_dir)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log_file,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)  # the child exited: no need to wait out the deadline

    def expect(self, tag: str, timeout: float = STEP_TIMEOUT) -> dict[str, Any]:
        """The payload of the child's next ``tag`` line; fails with the child's log if it does not come."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                line = self._lines.get(timeout=remaining)
            except queue.Empty:
                break
            if line is None:
                break
            name, _, payload = line.strip().partition(" ")
            if name == tag:
                return json.loads(payload or "{}")
        pytest.fail(f"the window never said {tag!r}; its log:\n{self.output()}")

    def tell(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def output(self) -> str:
        self._log_file.flush()
        return self.log.read_text(errors="replace")

    def finish(self) -> int:
        try:
            return self.process.wait(timeout=STEP_TIMEOUT)
        finally:
            self.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        self._log_file.close()


@pytest.mark.parametrize(
    ("xdg_session_id", "own_session"),
    [
        ("2", "/org/freedesktop/login1/session/_32"),  # started from the login session's environment
        (None, "/org/freedesktop/login1/session/c7"),  # e.g. a systemd user service: logind is asked
    ],
    ids=["XDG_SESSION_ID", "GetSession-auto"],
)
def test_loginds_lock_signal_locks_the_window(  # type: ignore[no-untyped-def]
    system_bus, tmp_path: Path, xdg_session_id: str | None, own_session: str
) -> None:
    logind = FakeLogind(system_bus, own_session)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DBUS_SYSTEM_BUS_ADDRESS": system_bus,
        "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path / 'no-session-bus'}",
    }
    env.pop("XDG_SESSION_ID", None)
    if xdg_session_id is not None:
        env["XDG_SESSION_ID"] = xdg_session_id
    child = Child(env, tmp_path)
    try:
        ready = child.expect("ready", timeout=START_TIMEOUT)
        assert ready["sources"] == ["login1"]  # the session bus is dead: only logind can lock this window
        assert logind.calls == ([] if xdg_session_id else [(MANAGER, "GetSession", ("auto",))])

        logind.emit_lock("/org/freedesktop/login1/session/_31")  # another session locking is not ours
        child.tell("probe")  # a Ping to logind: its reply comes after that signal, so the child has seen it
        assert child.expect("probed") == {"locked": False}

        logind.emit_lock(own_session)
        locked = child.expect("locked")
        assert locked["lock_page_shown"] and not locked["list_visible"]
        assert locked["title"] == "Authenticator"
        assert child.finish() == 0, child.output()
    finally:
        child.close()
        logind.close()


# -- child side (this file run as a script) -------------------------------------------------------------------


def _child(data_dir: Path) -> int:
    """Build a window with accounts and a lock password, then report what the test asks (see the docstring)."""
    sys.path[:0] = [str(HERE.parent), str(HERE)]  # support, ui_support, test_app_lock
    from PySide6.QtCore import QSettings
    from PySide6.QtDBus import QDBusConnection, QDBusMessage
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from support import T0
    from test_app_lock import PASSWORD, assert_nothing_shows, cheap_hasher, secrets_of
    from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

    from authenticator.app import build_main_window
    from authenticator.core.account import Account, OtpType
    from authenticator.core.clock import FixedClock
    from authenticator.storage.metadata import MetadataStore
    from authenticator.storage.secrets import MemorySecretStore
    from authenticator.storage.vault import Vault
    from authenticator.ui.i18n import install_translators
    from authenticator.ui.settings import Settings

    def wait_until(condition: Callable[[], object], what: str) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"timed out waiting for {what}")
            QTest.qWait(10)

    def report(tag: str, payload: dict[str, Any]) -> None:
        print(tag, json.dumps(payload), flush=True)

    def system_call(service: str, path: str, interface: str, member: str) -> None:
        """A blocking round trip on the system bus: everything this connection sent before is handled."""
        reply = QDBusConnection.systemBus().call(QDBusMessage.createMethodCall(service, path, interface, member))
        if reply.type() == QDBusMessage.MessageType.ErrorMessage:
            raise RuntimeError(f"{member}: {reply.errorName()} {reply.errorMessage()}")

    install_translators(app, "en")
    vault = Vault(MetadataStore(data_dir / "accounts.json"), MemorySecretStore())
    accounts = {
        "github": vault.add(Account("GitHub", "alice@example.com"), RFC_KEY),
        "bank": vault.add(Account("Example Bank", "card 4821", type=OtpType.HOTP, counter=5), OTHER_KEY),
        "proton": vault.add(Account("Proton", "alice@proton.me"), THIRD_KEY),
    }
    vault.forget_secrets()
    clock = FixedClock(T0)  # never moved: the idle lock cannot fire
    settings = Settings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    window = build_main_window(vault, clock, settings)
    window.show()
    wait_until(lambda: window.runner.is_idle, "the secrets")
    lock = window.app_lock
    lock.store.hasher = cheap_hasher()
    done: list[bool] = []
    lock.set_password(PASSWORD, lambda: done.append(True), lambda error: done.append(False))
    wait_until(lambda: done, "the lock password")
    assert done == [True] and not lock.locked
    secrets = secrets_of(window, accounts, clock)

    watcher = lock.session_watcher  # setting the password started it (the session option is on by default)
    assert watcher is not None
    wait_until(lambda: "login1" in watcher.sources, "the subscription to logind")  # GetSession is asynchronous
    # The match rule went out on this connection before this call: once it returns, the daemon routes Lock here.
    system_call("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId")
    report("ready", {"sources": watcher.sources})

    assert sys.stdin.readline().strip() == "probe"
    system_call(LOGIN1, "/org/freedesktop/login1", PEER, "Ping")  # ordered after the test's other-session Lock
    app.processEvents()
    report("probed", {"locked": lock.locked})

    wait_until(lambda: lock.locked, "the lock")
    assert_nothing_shows(window, secrets)
    report(
        "locked",
        {
            "lock_page_shown": window.pages.currentWidget() is lock.page,
            "list_visible": window.list.isVisible(),
            "title": window.windowTitle(),
        },
    )
    window.ticker.stop()
    window.runner.wait()
    return 0


if __name__ == "__main__" and sys.argv[1:2] == ["child"]:
    sys.exit(_child(Path(sys.argv[2])))
