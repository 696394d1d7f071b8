"""One window per data folder: a second launch hands its request to the first and exits.

The first instance listens on a local socket (``QLocalServer``) named after the user and the data folder, so
two different ``--data-dir`` vaults still run side by side. A second launch connects, sends one JSON line —
``{"action": "raise"}`` or ``{"action": "open", "uri": "otpauth://…"}`` — waits (bounded) for the
acknowledgement and exits without building a window. The first instance raises its window and hands a link
to the same confirmation step as a pasted one.

The socket carries secrets (an otpauth link holds the key), so on Linux it lives in the user's private
``$XDG_RUNTIME_DIR`` when there is one, it is created for the user only (``UserAccessOption``), a socket
file owned by someone else is never connected to, and nothing here logs or reports a link's text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..storage import paths

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

#: A request is one line; an otpauth-migration link for a full Google export stays far below this.
MAX_MESSAGE_BYTES = 64 * 1024
#: How long a second launch waits for the first one's answer before opening a window of its own.
ACK_TIMEOUT_MS = 2000
#: How long the first instance keeps a connection that has not sent its line.
CONNECTION_TIMEOUT_MS = 5000
LINK_SCHEMES = ("otpauth:", "otpauth-migration:")
ACTIONS = ("raise", "open")


class BadRequest(ValueError):
    """A message that is not a request we understand; the text says why, never what the message held."""


@dataclass(frozen=True)
class Request:
    """What a second launch asks for. ``repr`` leaves the link out: it holds a secret."""

    action: str
    uri: str = ""

    def __repr__(self) -> str:
        return f"Request(action={self.action!r}, uri={'<link>' if self.uri else ''!r})"


def is_link(text: str) -> bool:
    """True for an ``otpauth://`` or ``otpauth-migration://`` link (the scheme in any case)."""
    return text.strip().lower().startswith(LINK_SCHEMES)


def encode_request(request: Request) -> bytes:
    body: dict[str, str] = {"action": request.action}
    if request.uri:
        body["uri"] = request.uri
    return json.dumps(body, separators=(",", ":")).encode() + b"\n"


def parse_request(data: bytes) -> Request:
    """One message line (without or with its newline) as a Request; BadRequest when it is anything else."""
    if len(data) > MAX_MESSAGE_BYTES:
        raise BadRequest("message too long")
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest("not a JSON message") from None
    if not isinstance(body, dict):
        raise BadRequest("not a JSON object")
    action = body.get("action")
    if action not in ACTIONS:
        raise BadRequest("unknown action")
    if action == "raise":
        return Request("raise")
    uri = body.get("uri")
    if not isinstance(uri, str) or not is_link(uri):
        raise BadRequest("'open' needs an otpauth:// link")
    return Request("open", uri.strip())


def server_name(data_dir: str | os.PathLike[str] | None = None, environ: dict[str, str] | None = None) -> str:
    """The socket for this user and data folder: a full path in a private runtime folder when there is one.

    A bare name would put the socket in the shared temporary folder, where another user could take the name
    first and receive the links a second launch forwards.
    """
    env = os.environ if environ is None else environ
    folder = paths.data_dir(data_dir).resolve()
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    name = f"authenticator-{digest}"
    runtime = env.get("XDG_RUNTIME_DIR")
    if sys.platform != "win32" and runtime and _is_private_dir(Path(runtime)):
        return str(Path(runtime) / name)
    return name


def _is_private_dir(path: Path) -> bool:
    try:
        info = path.stat()
    except OSError:
        return False
    return path.is_dir() and info.st_uid == os.getuid() and not info.st_mode & 0o077


def _owned_by_someone_else(name: str) -> bool:
    """A socket file already there that another user made (only knowable for a full path on POSIX)."""
    if not hasattr(os, "getuid") or not os.path.isabs(name):
        return False
    try:
        return os.lstat(name).st_uid != os.getuid()
    except OSError:
        return False


def forward(name: str, request: Request, timeout_ms: int = ACK_TIMEOUT_MS) -> str:
    """Send ``request`` to a running instance. Returns ``"accepted"``, ``"refused"`` (it answered no),
    ``"absent"`` (nothing listens: no socket, or a stale one) or ``"silent"`` (connected, no answer in time)."""
    if _owned_by_someone_else(name):
        return "absent"
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return "absent"
    try:
        socket.write(encode_request(request))
        if not socket.waitForBytesWritten(timeout_ms):
            return "silent"
        answer = b""
        while b"\n" not in answer and len(answer) < 1024:
            if not socket.bytesAvailable() and not socket.waitForReadyRead(timeout_ms):
                return "silent"
            answer += bytes(socket.readAll().data())
        try:
            accepted = json.loads(answer.split(b"\n", 1)[0]).get("ok") is True
        except (ValueError, AttributeError):
            accepted = False
        return "accepted" if accepted else "refused"
    finally:
        socket.abort()


class InstanceServer(QObject):
    """The first instance's end: emits ``requested`` (a Request) for each well-formed message."""

    requested = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instanceServer")
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self, *, replace_stale: bool = True) -> bool:
        """Listen on :attr:`name`; with ``replace_stale``, first remove a socket file nobody answers on
        (left by a crashed instance: the caller has just found no one listening)."""
        if _owned_by_someone_else(name := self.name):
            log.warning("single instance: the socket path belongs to another user; not listening")
            return False
        if self.server.listen(name):
            return True
        if replace_stale and self.server.serverError() == QLocalSocket.LocalSocketError.AddressInUseError:
            QLocalServer.removeServer(name)
            if self.server.listen(name):
                return True
        if replace_stale:
            log.warning("single instance: cannot listen (%s)", self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            _Connection(socket, self)


class _Connection(QObject):
    """One client: reads its line (bounded in size and time), answers, emits the request, closes."""

    def __init__(self, socket: QLocalSocket, owner: InstanceServer) -> None:
        super().__init__(owner)
        self.socket = socket
        self.owner = owner
        self.buffer = b""
        self.done = False
        socket.setParent(self)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._finish)
        QTimer.singleShot(CONNECTION_TIMEOUT_MS, self, self._finish)
        if socket.bytesAvailable():
            self._read()

    def _read(self) -> None:
        if self.done:
            return
        self.buffer += bytes(self.socket.read(MAX_MESSAGE_BYTES + 1 - len(self.buffer)).data())
        line, newline, _rest = self.buffer.partition(b"\n")
        if not newline and len(self.buffer) <= MAX_MESSAGE_BYTES:
            return  # wait for the rest
        try:
            request = parse_request(line if newline else self.buffer)
        except BadRequest as err:
            log.info("single instance: ignored a message (%s)", err)
            self._answer({"ok": False, "error": str(err)})
            return
        self._answer({"ok": True})
        self.owner.requested.emit(request)

    def _answer(self, body: dict[str, object]) -> None:
        self.done = True
        self.socket.write(json.dumps(body).encode() + b"\n")
        self.socket.flush()
        self.socket.disconnectFromServer()

    def _finish(self) -> None:
        self.done = True
        if self.socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            self.socket.abort()
        self.deleteLater()


def claim_or_forward(data_dir: str | None, uri: str | None = None) -> InstanceServer | None:
    """Called once at start-up. None: a running instance took the request, so this launch should exit.

    Otherwise this launch is the first one; the returned server (listening when it could) stays alive for as
    long as the window. If a running instance does not answer, this launch opens a window anyway: a launch
    must never silently do nothing.
    """
    name = server_name(data_dir)
    request = Request("open", uri) if uri else Request("raise")
    outcome = forward(name, request)
    if outcome in ("accepted", "refused"):
        return None
    server = InstanceServer(name)
    if outcome == "silent":
        log.warning("single instance: the running window did not answer; opening another one")
        return server  # not listening: its socket is still the running instance's
    if not server.listen(replace_stale=False):
        # Taken since we looked (two launches at once) or stale: ask once more before replacing it.
        outcome = forward(name, request)
        if outcome in ("accepted", "refused"):
            return None
        if outcome == "absent":
            server.listen()
    return server


def bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def handle_request(window: MainWindow, request: Request) -> None:
    """What the first instance does for a second launch: raise its window, then confirm any link."""
    bring_to_front(window)
    if request.action == "open" and request.uri:
        window.intake.add_link(request.uri)
