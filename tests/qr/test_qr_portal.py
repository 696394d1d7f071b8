"""The Wayland screen scan through the xdg-desktop-portal ``Screenshot`` call, against a fake portal.

Each test starts a private session bus (``dbus-run-session``, no activatable services) holding a fake
``org.freedesktop.portal.Desktop`` (jeepney, in its own process) and runs the app's screen scan in a process
on that bus, with ``XDG_SESSION_TYPE=wayland`` so :func:`authenticator.qr.screen.grab_screens` takes the
portal path. The fake answers ``Screenshot(s parent_window, a{sv} options) -> o handle`` like
xdg-desktop-portal ≥ 0.9: the handle is ``/org/freedesktop/portal/desktop/request/SENDER/TOKEN`` and the
result comes as a ``Response(u, a{sv})`` signal on it, sent after the method reply.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import cv2
from qr_samples import render
from support import need

URI = "otpauth://totp/Portal:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Portal"

#: The fake portal: argv = response code, screenshot URI, call log path. Prints "ready" once it owns the name.
FAKE_PORTAL = textwrap.dedent(
    """
    import json
    import sys

    from jeepney import DBusAddress, HeaderFields, MessageType, new_error, new_method_return, new_signal
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    PATH = "/org/freedesktop/portal/desktop"
    response, uri, log = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    connection = open_dbus_connection(bus="SESSION")
    reply = connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.portal.Desktop", 4))
    assert reply.body == (1,), reply.body  # primary owner
    print("ready", flush=True)
    while True:
        message = connection.receive()
        fields = message.header.fields
        if message.header.message_type != MessageType.method_call:
            continue
        member = (fields.get(HeaderFields.path), fields.get(HeaderFields.interface), fields.get(HeaderFields.member))
        if member != (PATH, "org.freedesktop.portal.Screenshot", "Screenshot"):
            connection.send(new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", ("not faked",)))
            continue
        parent_window, options = message.body
        sender = fields[HeaderFields.sender].lstrip(":").replace(".", "_")
        handle = f"{PATH}/request/{sender}/{options['handle_token'][1]}"
        with open(log, "a") as out:
            record = {"parent_window": parent_window, "options": {k: v[1] for k, v in options.items()}}
            out.write(json.dumps(record | {"handle": handle, "sender": sender}) + "\\n")
        connection.send(new_method_return(message, "o", (handle,)))
        results = {"uri": ("s", uri)} if response == 0 else {}
        request = DBusAddress(handle, interface="org.freedesktop.portal.Request")
        connection.send(new_signal(request, "Response", "ua{sv}", (response, results)))
    """
)

#: A session bus with no service directories: a real xdg-desktop-portal installed here is never activated.
BUS_CONFIG = textwrap.dedent(
    """
    <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
     "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
    <busconfig>
      <type>session</type>
      <listen>unix:tmpdir=/tmp</listen>
      <auth>EXTERNAL</auth>
      <policy context="default">
        <allow send_destination="*" eavesdrop="true"/>
        <allow eavesdrop="true"/>
        <allow own="*"/>
      </policy>
    </busconfig>
    """
)

#: Runs on the private bus: starts the fake portal (unless argv[1] is "none"), scans the screen, prints JSON.
SCAN = textwrap.dedent(
    """
    import json
    import subprocess
    import sys

    from authenticator.qr import screen

    screen.portal_screenshot.__defaults__ = (20_000,)  # fail in seconds, not minutes, if no answer comes
    portal = None
    if sys.argv[1] != "none":
        portal = subprocess.Popen([sys.executable, *sys.argv[1:]], stdout=subprocess.PIPE)
        assert portal.stdout.readline().strip() == b"ready", "the fake portal did not start"
    try:
        texts = [code.text for code in screen.scan_screens(create_application=True)]
        print(json.dumps({"texts": texts, "wayland": screen.is_wayland()}))
    except screen.ScreenCaptureError as error:
        print(json.dumps({"error": error.message, "hint": error.hint}))
    finally:
        if portal is not None:
            portal.terminate()
            portal.wait(10)
    """
)


def portal_scan(folder: Path, response: int | None, uri: str = "") -> tuple[dict, list[dict]]:
    """Scan the screen on a private bus with a fake portal answering ``response`` (None: no portal at all);
    returns the scan's report and the portal's log of Screenshot calls."""
    need(shutil.which("dbus-run-session") is not None, "dbus-run-session is not installed (apt-get install dbus)")
    (folder / "fake_portal.py").write_text(FAKE_PORTAL)
    (folder / "scan.py").write_text(SCAN)
    (folder / "bus.conf").write_text(BUS_CONFIG)
    log = folder / "calls.jsonl"
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_SESSION_TYPE="wayland")
    for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    portal_args = ["none"] if response is None else [str(folder / "fake_portal.py"), str(response), uri, str(log)]
    bus = ["dbus-run-session", f"--config-file={folder / 'bus.conf'}", "--"]
    result = subprocess.run(
        [*bus, sys.executable, str(folder / "scan.py"), *portal_args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return json.loads(result.stdout.strip().splitlines()[-1]), calls


def test_portal_screenshot_is_decoded_and_removed(tmp_path: Path) -> None:
    shot = tmp_path / "Screenshot from today.png"
    assert cv2.imwrite(str(shot), render(URI, 6))
    report, calls = portal_scan(tmp_path, 0, shot.as_uri())
    assert report == {"texts": [URI], "wayland": True}
    assert not shot.exists()  # it showed a secret: the copy the portal left behind is gone
    [call] = calls
    assert call["parent_window"] == ""
    assert call["options"]["interactive"] is False
    token = call["options"]["handle_token"]
    assert token.startswith("authenticator_")
    assert call["handle"] == f"/org/freedesktop/portal/desktop/request/{call['sender']}/{token}"


def test_portal_screenshot_without_a_code(tmp_path: Path) -> None:
    shot = tmp_path / "blank.png"
    assert cv2.imwrite(str(shot), render("https://example.com/", 6)[:40, :40])
    report, _ = portal_scan(tmp_path, 0, shot.as_uri())
    assert report["texts"] == []


def test_user_cancelled_the_screenshot(tmp_path: Path) -> None:
    report, calls = portal_scan(tmp_path, 1)
    assert len(calls) == 1
    assert report == {"error": "The screenshot was cancelled.", "hint": "Allow the screenshot when the desktop asks."}


def test_portal_refused_the_screenshot(tmp_path: Path) -> None:
    report, _ = portal_scan(tmp_path, 2)
    assert report["error"] == "The desktop refused the screenshot."


def test_portal_answer_without_a_file(tmp_path: Path) -> None:
    report, _ = portal_scan(tmp_path, 0, "https://example.com/shot.png")
    assert report["error"] == "The desktop's screenshot could not be found."


def test_no_portal_on_the_bus(tmp_path: Path) -> None:
    report, _ = portal_scan(tmp_path, None)
    assert report["error"].startswith("The screen cannot be read on Wayland without the desktop's screenshot service")
    assert "ServiceUnknown" in report["error"]
    assert report["hint"].startswith("Install xdg-desktop-portal")
