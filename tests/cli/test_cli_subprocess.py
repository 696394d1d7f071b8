"""The real ``python -m authenticator`` in a subprocess: the real keyring, a broken keyring, and no Qt on import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from authenticator.core import otp
from authenticator.core.account import Account

T0 = 1_795_867_200
SECRET = "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"
URI = f"otpauth://totp/Subprocess%20Test:alice@example.com?secret={SECRET}&issuer=Subprocess%20Test&digits=8"


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "authenticator", *args],
        capture_output=True,
        text=True,
        input=stdin if stdin is not None else "",
        env=env if env is not None else base_env(),
        timeout=60,
    )


def base_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("AUTHENTICATOR_DATA_DIR", None)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


def test_cli_modules_do_not_import_qt() -> None:
    code = (
        "import authenticator.cli.main, authenticator.core.uri, authenticator.storage.vault; import sys; "
        "assert 'PySide6' not in sys.modules"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_cli_start_up_imports_nothing_heavy() -> None:
    """Importing the CLI loads neither the keyring, pyotp nor the vault: `--help` and `code --uri` stay fast."""
    code = (
        "import sys, authenticator.cli.main; "
        "heavy = [m for m in ('keyring', 'pyotp', 'authenticator.storage.vault', 'PySide6') if m in sys.modules]; "
        "assert not heavy, heavy"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_version_and_usage_exit_codes() -> None:
    assert run("--version").stdout.strip().startswith("authenticator ")
    result = run("no-such-command")
    assert result.returncode == 2
    assert "usage:" in result.stderr


@pytest.mark.secret_service
def test_add_list_code_remove_with_the_real_keyring(secret_service: None, tmp_path: Path) -> None:
    data = str(tmp_path)

    added = run("--data-dir", data, "add", "-", "--json", stdin=URI + "\n")
    assert added.returncode == 0, added.stderr
    account_id = json.loads(added.stdout)["id"]
    metadata = (tmp_path / "accounts.json").read_text(encoding="utf-8")
    assert account_id in metadata
    assert SECRET not in metadata  # the secret went to the keyring only

    listed = run("--data-dir", data, "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (item,) = json.loads(listed.stdout)
    assert (item["id"], item["issuer"], item["name"], item["digits"]) == (
        account_id,
        "Subprocess Test",
        "alice@example.com",
        8,
    )
    assert SECRET not in listed.stdout

    account = Account(issuer="Subprocess Test", name="alice@example.com", digits=8)
    for at in ("2026-11-28T12:00:00Z", str(T0)):
        code = run("--data-dir", data, "code", "alice", "--at", at)
        assert code.returncode == 0, code.stderr
        assert code.stdout == otp.code_at(account, SECRET, T0) + "\n"

    refused = run("--data-dir", data, "remove", "alice")  # stdin is not a tty
    assert refused.returncode == 1
    assert "--yes" in refused.stderr

    removed = run("--data-dir", data, "remove", "alice", "--yes")
    assert removed.returncode == 0, removed.stderr
    assert json.loads(run("--data-dir", data, "list", "--json").stdout) == []
    gone = run("--data-dir", data, "code", account_id)
    assert gone.returncode == 4


def test_add_with_a_broken_keyring_exits_7_and_saves_nothing(tmp_path: Path) -> None:
    env = base_env()
    env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no keyringrc.cfg can choose another backend
    data = tmp_path / "data"

    result = run("--data-dir", str(data), "add", URI, env=env)

    assert result.returncode == 7, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    first = result.stderr.splitlines()[0]
    assert first.startswith("authenticator: error: ") and "keyring" in first
    assert "hint: " in result.stderr
    assert SECRET not in result.stderr
    metadata = data / "accounts.json"
    assert not metadata.exists() or json.loads(metadata.read_text(encoding="utf-8"))["accounts"] == []
    listed = run("--data-dir", str(data), "list", "--json", env=env)
    assert (listed.returncode, json.loads(listed.stdout)) == (0, [])
