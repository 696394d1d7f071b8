"""Smoke tests of the built one-folder app (scripts/build-bundle, packaging/authenticator.spec).

What breaks in a frozen app is what the source tree never misses: a Qt plugin, a package resource, keyring's
entry-point metadata, a module imported by name at run time, a native library. So the built executable itself
answers --version, opens its window offscreen and quits on its own (AUTHENTICATOR_EXIT_AFTER_SHOW), and, under a
real Secret Service, writes and reads secrets and runs the import/export paths that load cryptography, Pillow,
zxing-cpp, OpenCV, protobuf, argon2-cffi and libsodium.

They run against the executable named by $AUTHENTICATOR_BUNDLE (.ci/run builds it and sets it). Without it they
skip, except in CI (CI=true) or with AUTHENTICATOR_REQUIRE_BUNDLE=1, where a missing bundle fails the run.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pyotp
import pytest
from support import T0, VECTORS, need

import authenticator

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_ENV = "AUTHENTICATOR_BUNDLE"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # 160 bits: pyotp refuses shorter ones
URI = f"otpauth://totp/GitHub:alice?secret={SECRET}&issuer=GitHub"
PASSWORD = "correct horse"

Run = Callable[..., subprocess.CompletedProcess[str]]


def _bundle_required() -> bool:
    return os.environ.get("CI") == "true" or os.environ.get("AUTHENTICATOR_REQUIRE_BUNDLE") == "1"


@pytest.fixture(scope="module")
def bundle() -> Path:
    value = os.environ.get(BUNDLE_ENV)
    if not value:
        reason = f"${BUNDLE_ENV} is not set: run scripts/build-bundle and set it to the executable it prints last"
        if _bundle_required():
            pytest.fail(reason)
        pytest.skip(reason)
    path = Path(value)
    assert path.is_file() and os.access(path, os.X_OK), f"${BUNDLE_ENV}={value} is not an executable file"
    return path


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Run:
    """Run the bundle with a private settings folder, offscreen; extra environment as keyword arguments."""
    base = {k: v for k, v in os.environ.items() if k not in {"AUTHENTICATOR_DATA_DIR", "PYTHON_KEYRING_BACKEND"}}
    base.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))

    def run(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bundle), *map(str, args)],
            env={**base, **env},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    return run


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}"
    return result.stdout


def test_version(run: Run) -> None:
    assert _ok(run("--version")) == f"authenticator {authenticator.__version__}\n"


def test_window_opens_and_quits_on_its_own(run: Run, tmp_path: Path) -> None:
    out = _ok(run("--data-dir", tmp_path / "data", AUTHENTICATOR_EXIT_AFTER_SHOW="1"))
    assert out.splitlines() == ["authenticator: main window shown (0 accounts)"]


def test_bundle_ships_every_package_resource(bundle: Path) -> None:
    """The spec copies authenticator/resources/ whole, so files added later (translations) come along."""
    source = ROOT / "authenticator" / "resources"
    shipped = bundle.parent / "_internal" / "authenticator" / "resources"
    files = [p.relative_to(source) for p in source.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert files
    assert [f for f in files if not (shipped / f).is_file()] == []


def test_programs_it_starts_get_the_users_library_path(run: Run, tmp_path: Path) -> None:
    """The bootloader points LD_LIBRARY_PATH at the bundle; the runtime hook gives children the original back."""
    fake = tmp_path / "bin" / "timedatectl"
    fake.parent.mkdir()
    fake.write_text('#!/bin/sh\necho "LD_LIBRARY_PATH=${LD_LIBRARY_PATH-unset}" >&2\nexit 1\n')
    fake.chmod(0o755)
    path = f"{fake.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    args = ["--data-dir", tmp_path / "data", "time", "--json", "--server", "127.0.0.1:9", "--timeout", "0.3"]
    result = run(*args, PATH=path, LD_LIBRARY_PATH="/users/own/lib")
    assert result.returncode == 8, result.stderr  # no time source answered: expected
    assert json.loads(result.stdout)["system_sync"]["message"].endswith("LD_LIBRARY_PATH=/users/own/lib.")


def test_window_shows_accounts_from_the_real_keyring(run: Run, tmp_path: Path, secret_service: None) -> None:
    data = tmp_path / "data"
    _ok(run("--data-dir", data, "add", URI))
    out = _ok(run("--data-dir", data, AUTHENTICATOR_EXIT_AFTER_SHOW="1"))
    # No banner: the bundled app found the Secret Service and read the secret.
    assert out.splitlines() == ["authenticator: main window shown (1 accounts)"]


def test_secrets_round_trip_through_the_real_keyring(run: Run, tmp_path: Path, secret_service: None) -> None:
    data, restored = tmp_path / "data", tmp_path / "restored"
    password = tmp_path / "password"
    password.write_text(PASSWORD + "\n")
    _ok(run("--data-dir", data, "add", URI))
    expected = pyotp.TOTP(SECRET).at(int(T0))
    code = json.loads(_ok(run("--data-dir", data, "code", "--json", "--at", str(int(T0)), "GitHub")))
    assert code["code"] == expected

    # An encrypted Aegis backup (scrypt + AES-GCM from cryptography) restored into another folder.
    backup = tmp_path / "backup.json"
    _ok(run("--data-dir", data, "export", "--format", "aegis", "--password-file", password, backup))
    report = json.loads(_ok(run("--data-dir", restored, "import", "--json", "--password-file", password, backup)))
    assert (report["format"], report["encrypted"], report["imported"]) == ("aegis", True, 1)
    code = json.loads(_ok(run("--data-dir", restored, "code", "--json", "--at", str(int(T0)), "GitHub")))
    assert code["code"] == expected

    # The account's QR code: drawn with qrcode + Pillow, checked and read back with zxing-cpp and OpenCV.
    image = tmp_path / "github.png"
    _ok(run("--data-dir", data, "export", "--format", "qr", "--account", "GitHub", image))
    [found] = json.loads(_ok(run("scan", "--json", image)))
    assert (found["kind"], found["issuer"], found["name"]) == ("otpauth", "GitHub", "alice")


def test_imports_that_need_protobuf_argon2_and_libsodium(run: Run, tmp_path: Path) -> None:
    need(VECTORS.is_dir(), f"shared vectors not found at {VECTORS}")
    data = tmp_path / "data"
    password = tmp_path / "password"

    def dry_run(path: Path, secret: str | None = None) -> dict:
        args: list[str | Path] = ["--data-dir", data, "import", "--dry-run", "--json"]
        if secret is not None:
            password.write_text(secret + "\n")
            args += ["--password-file", password]
        return json.loads(_ok(run(*args, path)))

    google = dry_run(VECTORS / "dim13_otpauth" / "google_migration" / "minimal_payloads.txt")
    assert google["format"] == "google-migration" and len(google["rows"]) == 2
    stratum = dry_run(VECTORS / "aegis" / "importers" / "stratum_encrypted" / "stratum_encrypted.bin", "test")
    assert (stratum["format"], stratum["encrypted"], len(stratum["rows"])) == ("stratum", True, 7)
    ente_file = tmp_path / "ente.json"
    ente_file.write_bytes(_ente_encrypted(URI.encode() + b"\n", PASSWORD))
    ente = dry_run(ente_file, PASSWORD)
    assert (ente["format"], ente["encrypted"], [r["label"] for r in ente["rows"]]) == ("ente", True, ["GitHub (alice)"])


def _ente_encrypted(plain: bytes, password: str) -> bytes:
    """An Ente Auth encrypted export (Argon2id + XChaCha20-Poly1305 secretstream), at cheap test costs."""
    from nacl import bindings as sodium

    ops, mem = 1, 8 * 1024 * 1024
    salt = os.urandom(sodium.crypto_pwhash_SALTBYTES)
    key = sodium.crypto_pwhash_alg(32, password.encode(), salt, ops, mem, sodium.crypto_pwhash_ALG_ARGON2ID13)
    state = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(state, key)
    tag = sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
    ciphertext = sodium.crypto_secretstream_xchacha20poly1305_push(state, plain, None, tag)
    export = {
        "version": 1,
        "kdfParams": {"memLimit": mem, "opsLimit": ops, "salt": base64.b64encode(salt).decode()},
        "encryptedData": base64.b64encode(ciphertext).decode(),
        "encryptionNonce": base64.b64encode(header).decode(),
    }
    return json.dumps(export).encode()
