"""The Qt-free layers stay Qt-free: importing them in a fresh interpreter never loads PySide6.

Checked in a subprocess because this test process may already have Qt loaded (pytest-qt, UI tests). Every
module under each package is imported, so a Qt import added to any of them fails here. It also keeps the CLI
fast to start.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap

import pytest

QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys

    target = sys.argv[1]
    names = [target]
    module = importlib.import_module(target)
    if hasattr(module, "__path__"):
        for info in pkgutil.walk_packages(module.__path__, prefix=target + "."):
            names.append(info.name)
            importlib.import_module(info.name)
    qt = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[2:]))
    print(json.dumps({"imported": names, "qt": qt}))
    """
)


def _exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _import_in_fresh_interpreter(target: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, target, *QT_MODULES],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, f"importing {target} failed:\n{result.stderr[-3000:]}"
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("package", ["authenticator.core", "authenticator.storage"])
def test_core_and_storage_never_load_qt(package: str) -> None:
    report = _import_in_fresh_interpreter(package)
    assert report["qt"] == [], f"{package} loads {report['qt']}"
    assert len(report["imported"]) > 3


@pytest.mark.parametrize(
    "module", ["authenticator.cli.main", "authenticator.formats", "authenticator.timesync", "authenticator.qr.decode"]
)
def test_other_qt_free_layers_never_load_qt(module: str) -> None:
    """The CLI and the other Qt-free packages, once they exist (skipped until then)."""
    if not _exists(module):
        pytest.skip(f"{module} does not exist yet")
    report = _import_in_fresh_interpreter(module)
    assert report["qt"] == [], f"{module} loads {report['qt']}"


def test_the_probe_would_notice_qt() -> None:
    """Guard against a probe that can never fail: importing PySide6 itself must be reported."""
    if not _exists("PySide6"):
        pytest.skip("PySide6 is not installed")
    assert _import_in_fresh_interpreter("PySide6.QtCore")["qt"] == ["PySide6", "shiboken6"]


def test_the_window_starts_without_the_decoder_the_network_code_or_keyring() -> None:
    """Start-up imports: the decoders, the network code, keyring, filelock, uuid and the export crypto load when used.

    Each costs start-up time and memory that the first code on screen must not wait for (see
    tests/benchmarks/bench_startup.py); a module-level import of any of them creeps in easily.
    """
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "import authenticator.app, authenticator.ui.main_window;"
        "heavy = ('cv2', 'numpy', 'zxingcpp', 'qrcode', 'ntplib', 'http.client', 'keyring', 'filelock', 'uuid',"
        " 'argon2', 'nacl', 'google.protobuf', 'PIL');"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, timeout=60)
    assert out.stdout.strip() == "[]"
