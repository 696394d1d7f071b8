"""Single instance: the message format, the server in-process, and two real processes talking over the socket.

The process tests start the first instance through LAUNCHER (the real ``run_gui`` with a failing keyring
backend, so no secret store is needed) and read what it prints; the second launch is the real
``python -m authenticator`` command line. Every wait is bounded, and every process is killed by PID.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import textwrap
import threading
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from authenticator.cli.main import main as cli_main
from authenticator.ui import single_instance
from authenticator.ui.single_instance import (
    MAX_MESSAGE_BYTES,
    BadRequest,
    InstanceServer,
    Request,
    encode_request,
    forward,
    parse_request,
    server_name,
)

SECRET = "JBSWY3DPEHPK3PXP"
LINK = f"otpauth://totp/Example:alice@example.com?secret={SECRET}&issuer=Example"
OTHER_LINK = f"otpauth://totp/Second:bob@example.com?secret={SECRET}&issuer=Second"
START_TIMEOUT = 60.0  # a cold Python + Qt start on a loaded machine
EVENT_TIMEOUT = 30.0

# The first instance: the real run_gui, reporting what happens to it on stdout.
LAUNCHER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from authenticator import app as app_module
    from authenticator.ui import single_instance

    app = QApplication(sys.argv[:1])
    state = {"ready": False, "dialog": None}
    original = single_instance.handle_request

    def say(*words):
        print(*words, flush=True)

    def main_window():
        return next((w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"), None)

    def handle_request(window, request):
        original(window, request)
        say("request", request.action, "minimized", window.isMinimized(), "visible", window.isVisible())

    single_instance.handle_request = handle_request

    def poll():
        window = main_window()
        if window is not None and window.runner.is_idle and not state["ready"]:
            state["ready"] = True
            if "--minimize" in sys.argv:
                window.showMinimized()
            say("ready")
        dialog = window.active_dialog if window is not None else None
        if dialog is not state["dialog"]:
            state["dialog"] = dialog
            parsed = getattr(dialog, "parsed", None)
            issuer = parsed.account.issuer if parsed is not None else "-"
            say("dialog", type(dialog).__name__, issuer)
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    uri = next((a for a in sys.argv[2:] if a.startswith("otpauth")), None)
    status = app_module.run_gui(sys.argv[1], [], uri=uri)
    say("exit", status)
    """
)


class Process:
    """A running process whose stdout lines are read by a thread into a queue (so waits can time out)."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.popen = subprocess.Popen(
            args, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, prefix: str, timeout: float = EVENT_TIMEOUT) -> str:
        """The next line starting with ``prefix``; fails after ``timeout`` seconds or if the process ends."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                self.kill()
                pytest.fail(f"no {prefix!r} within {timeout}s; saw {self.seen}; stderr: {self.stderr()}")
            self.seen.append(line)
            if line.startswith(prefix):
                return line

    def pending(self) -> list[str]:
        out = []
        while not self.lines.empty():
            out.append(self.lines.get_nowait())
        self.seen.extend(out)
        return out

    def stderr(self) -> str:
        if self.popen.poll() is None or self.popen.stderr is None:
            return "(running)"
        return self.popen.stderr.read()

    def kill(self) -> None:
        if self.popen.poll() is None:
            os.kill(self.popen.pid, 9)
            self.popen.wait(timeout=10)


@pytest.fixture
def runtime_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private runtime folder with a short path (socket paths are limited to about 100 bytes)."""
    path = Path(tmp_path_factory.mktemp("rt"))
    path.chmod(0o700)
    return path


@pytest.fixture
def gui_env(tmp_path: Path, runtime_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",  # the window opens (and says so) without one
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(runtime_dir),
    )
    env.pop("AUTHENTICATOR_DATA_DIR", None)
    return env


@pytest.fixture
def start(gui_env: dict[str, str]) -> Iterator[Callable[..., Process]]:
    started: list[Process] = []

    def launch(data_dir: Path, *extra: str) -> Process:
        process = Process([sys.executable, "-c", LAUNCHER, str(data_dir), *extra], gui_env)
        started.append(process)
        return process

    yield launch
    for process in started:
        process.kill()


def second_launch(env: dict[str, str], data_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The real command line, as a desktop file or a terminal starts it."""
    return subprocess.run(
        [sys.executable, "-m", "authenticator", "--data-dir", str(data_dir), *extra],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )


# -- two real processes ---------------------------------------------------------------------------------


def test_second_launch_raises_the_first_and_exits(start, gui_env, tmp_path: Path, runtime_dir: Path) -> None:  # type: ignore[no-untyped-def]
    first = start(tmp_path / "data", "--minimize")
    first.expect("ready", START_TIMEOUT)
    socket_path = Path(server_name(tmp_path / "data", {"XDG_RUNTIME_DIR": str(runtime_dir)}))
    assert socket_path.parent == runtime_dir
    assert socket_path.exists() and socket_path.stat().st_mode & 0o077 == 0  # the user's only

    result = second_launch(gui_env, tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert first.expect("request") == "request raise minimized False visible True"
    assert first.popen.poll() is None  # the first one keeps running


def test_a_link_given_to_a_second_launch_opens_the_first_ones_confirmation(  # type: ignore[no-untyped-def]
    start, gui_env, tmp_path: Path
) -> None:
    first = start(tmp_path / "data")
    first.expect("ready", START_TIMEOUT)

    result = second_launch(gui_env, tmp_path / "data", LINK)
    assert result.returncode == 0, result.stderr
    assert first.expect("request") == "request open minimized False visible True"
    assert first.expect("dialog") == "dialog ConfirmAccountDialog Example"
    assert SECRET not in result.stdout + result.stderr
    first.kill()
    assert SECRET not in first.stderr()  # nothing logged the link


def test_a_first_launch_with_a_link_opens_it_itself(start, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = start(tmp_path / "data", OTHER_LINK)
    first.expect("ready", START_TIMEOUT)
    assert first.expect("dialog") == "dialog ConfirmAccountDialog Second"


def test_a_stale_socket_file_does_not_stop_a_new_first_instance(  # type: ignore[no-untyped-def]
    start, gui_env, tmp_path: Path, runtime_dir: Path
) -> None:
    path = server_name(tmp_path / "data", {"XDG_RUNTIME_DIR": str(runtime_dir)})
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)  # as left by a crashed instance: the file stays, nobody listens
    stale.close()
    assert Path(path).exists()

    first = start(tmp_path / "data")
    first.expect("ready", START_TIMEOUT)
    result = second_launch(gui_env, tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert first.expect("request").startswith("request raise")


def test_two_data_folders_run_side_by_side(start, gui_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = start(tmp_path / "one")
    two = start(tmp_path / "two")
    one.expect("ready", START_TIMEOUT)
    two.expect("ready", START_TIMEOUT)  # the second folder got a window of its own

    result = second_launch(gui_env, tmp_path / "two")
    assert result.returncode == 0, result.stderr
    assert two.expect("request").startswith("request raise")
    assert not any(line.startswith("request") for line in one.pending())


# -- the server in-process ------------------------------------------------------------------------------


@pytest.fixture
def server(qtbot, runtime_dir: Path, tmp_path: Path) -> Iterator[InstanceServer]:  # type: ignore[no-untyped-def]
    instance = InstanceServer(server_name(tmp_path / "data", {"XDG_RUNTIME_DIR": str(runtime_dir)}))
    assert instance.listen()
    yield instance
    instance.close()


def in_thread(qtbot, work: Callable[[], Any]) -> Any:  # type: ignore[no-untyped-def]
    """Run a blocking client off the GUI thread while the server's event loop keeps turning."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    return result[0]


def test_server_emits_a_forwarded_request_and_acknowledges_it(qtbot, server: InstanceServer) -> None:  # type: ignore[no-untyped-def]
    # A plain socket client: PySide's blocking QLocalSocket calls keep the GIL, so that end (``forward``) is
    # tested from the second process in the tests above, never from a thread of this one.
    with qtbot.waitSignal(server.requested, timeout=10_000) as signal:
        answer = in_thread(qtbot, lambda: raw_exchange(server.name, encode_request(Request("open", LINK))))
    assert answer == {"ok": True}
    assert signal.args == [Request("open", LINK)]


def raw_exchange(path: str, payload: bytes) -> dict[str, Any]:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(path)
        client.sendall(payload)
        answer = b""
        while b"\n" not in answer:
            chunk = client.recv(1024)
            if not chunk:
                break
            answer += chunk
    return json.loads(answer)


@pytest.mark.parametrize(
    "payload",
    [b"not json\n", b'{"action": "format-disk"}\n', b'["raise"]\n', b"x" * (MAX_MESSAGE_BYTES + 10)],
    ids=["bad-json", "unknown-action", "not-an-object", "huge-without-newline"],
)
def test_server_refuses_bad_messages_without_emitting(qtbot, server: InstanceServer, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    emitted: list[Request] = []
    server.requested.connect(emitted.append)
    answer = in_thread(qtbot, lambda: raw_exchange(server.name, payload))
    assert answer["ok"] is False
    assert emitted == []


def test_forward_finds_no_instance(runtime_dir: Path, tmp_path: Path) -> None:
    name = server_name(tmp_path / "nobody", {"XDG_RUNTIME_DIR": str(runtime_dir)})
    assert forward(name, Request("raise"), timeout_ms=500) == "absent"


# -- the message and the name ---------------------------------------------------------------------------


def test_requests_round_trip() -> None:
    for request in (Request("raise"), Request("open", LINK), Request("open", "otpauth-migration://offline?data=AA")):
        data = encode_request(request)
        assert data.endswith(b"\n") and data.count(b"\n") == 1
        assert parse_request(data) == request


@pytest.mark.parametrize(
    "data",
    [
        b"{",
        b"\xff\xfe",
        b"42",
        b'{"action": "quit"}',
        b'{"uri": "otpauth://totp/x?secret=AA"}',
        b'{"action": "open"}',
        b'{"action": "open", "uri": "https://example.com"}',
        b'{"action": "open", "uri": 7}',
        b'{"action": "raise", "pad": "' + b"a" * MAX_MESSAGE_BYTES + b'"}',
    ],
)
def test_bad_messages_are_refused(data: bytes) -> None:
    with pytest.raises(BadRequest) as caught:
        parse_request(data)
    assert "secret" not in str(caught.value)


def test_request_repr_hides_the_link() -> None:
    assert SECRET not in repr(Request("open", LINK))


def test_server_name_is_per_folder_and_private(tmp_path: Path, runtime_dir: Path) -> None:
    env = {"XDG_RUNTIME_DIR": str(runtime_dir)}
    one, two = server_name(tmp_path / "one", env), server_name(tmp_path / "two", env)
    assert one != two
    assert server_name(tmp_path / "one" / ".." / "one", env) == one  # the same folder however it is spelled
    assert Path(one).parent == runtime_dir
    runtime_dir.chmod(0o755)  # a shared runtime folder is not used: Qt's own place instead
    try:
        assert "/" not in server_name(tmp_path / "one", env)
    finally:
        runtime_dir.chmod(0o700)


# -- the command line -----------------------------------------------------------------------------------


@pytest.fixture
def gui_calls(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run_gui(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    fake = types.ModuleType("authenticator.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "authenticator.app", fake)
    return calls


def test_a_link_alone_on_the_command_line_opens_the_window_with_it(gui_calls: list[dict[str, Any]]) -> None:
    assert cli_main([LINK]) == 0
    assert cli_main(["--data-dir", "/tmp/x", "otpauth-migration://offline?data=AA"]) == 0
    assert cli_main(["--data-dir=/tmp/y", LINK.upper()]) == 0
    assert gui_calls == [
        {"data_dir": None, "argv": [], "uri": LINK},
        {"data_dir": "/tmp/x", "argv": ["--data-dir", "/tmp/x"], "uri": "otpauth-migration://offline?data=AA"},
        {"data_dir": "/tmp/y", "argv": ["--data-dir=/tmp/y"], "uri": LINK.upper()},
    ]


def test_a_link_with_a_command_is_a_usage_error(
    gui_calls: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main([LINK, "list"]) == 2
    assert gui_calls == []
    assert SECRET not in capsys.readouterr().err


def test_is_link() -> None:
    assert single_instance.is_link(" OTPAUTH://totp/x") and not single_instance.is_link("https://x")


# -- what the first window does with a request ----------------------------------------------------------


def test_a_forwarded_google_export_link_opens_the_import_preview(make_window, vault, vectors: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from authenticator.qr import decode_file
    from authenticator.ui.dialogs.import_dialog import ImportDialog

    path = vectors / "scito_extract_otp_secrets" / "google_migration" / "qr_png" / "test_googleauth_export.png"
    link = decode_file(path)[0].text
    assert link.startswith("otpauth-migration:")
    window = make_window()
    window.showMinimized()
    single_instance.handle_request(window, parse_request(encode_request(Request("open", link))))
    assert not window.isMinimized()
    qtbot.waitUntil(lambda: isinstance(window.active_dialog, ImportDialog), timeout=5000)
    assert vault.accounts() == []  # nothing is written before the confirmation
