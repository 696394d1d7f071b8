"""Start-up, tick cost and memory with 500 accounts, beside a bare PySide6 window in the same run.

Run inside a real Secret Service (the app reads its 500 secrets from it):

    scripts/with-keyring .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--accounts 500]

* start-up: wall time from just before the child process is spawned to the moment the first code has been
  painted (the child prints ``time.time()`` after the paint event that shows a real code). The bare window
  is a QMainWindow with one label, measured the same way.
* tick: the cost of one ticker fire with 500 accounts (median of many), in-process with a fixed clock.
* memory: the child's resident set size (VmRSS) at first paint.
* floor: the least any window of this design can do, measured the same way: the vault and the first secrets
  read as run_gui reads them, and our model, delegate and list view alone in a plain window (no header, menus,
  status line, lock, tray, translations or single-instance check). It shows how much of the gap to the bare
  window is the app's own first frame and how much is the list itself.

Goals (issue 2): first code ≤ 2× the bare window, one tick ≤ 2 ms, memory ≤ 1.5× the bare window.
Uses Xvfb when it is installed (a real xcb window), else the offscreen platform.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"

CHILD_BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("123 456")
window.setCentralWidget(label)
window.resize(480, 640)
window.show()
def done():
    rss = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmRSS"))
    print(f"PAINTED {time.time():.6f} {rss}", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

CHILD_APP = r"""
# The real start-up path: authenticator.app.run_gui, with a watcher attached to the window it builds.
import re, sys, time
import authenticator.app as app_module

digits = re.compile(r"\d{3} \d{3}")
real_build = app_module.build_main_window

def build_and_watch(vault, clock, settings=None):
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    window = real_build(vault, clock, settings)
    view = window.findChild(QAbstractItemView)
    model = view.model()

    def done():
        rss = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmRSS"))
        print(f"PAINTED {time.time():.6f} {rss}", flush=True)
        QApplication.instance().exit(0)

    class PaintWatch(QObject):
        fired = False
        def eventFilter(self, obj, event):
            if (not self.fired and event.type() == QEvent.Type.Paint and model.rowCount()
                    and digits.search(str(model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) or ""))):
                self.fired = True
                QTimer.singleShot(0, done)  # after this paint event has been handled
            return False

    window._bench_watch = PaintWatch()
    view.viewport().installEventFilter(window._bench_watch)
    return window

app_module.build_main_window = build_and_watch
sys.exit(app_module.run_gui(sys.argv[1], []))
"""

CHILD_FLOOR = r"""
# The floor of this design: the vault opened and the first 16 secrets read on a thread (as run_gui does), our
# model, delegate and list view in a plain QMainWindow. No header, menus, status line, lock, tray, translations,
# single-instance check or time correction: what no window of this app can start faster than.
import re, sys, threading, time
data_dir = sys.argv[1]
box = {}
opened = threading.Event()

def preload():
    from authenticator.storage.vault import Vault
    vault = Vault.open(data_dir)
    box["vault"] = vault
    opened.set()
    vault.load_secrets([a.id for a in vault.accounts()][:16])

threading.Thread(target=preload, daemon=True).start()
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
from authenticator.core.clock import SystemClock
from authenticator.ui.models.account_model import AccountListModel
from authenticator.ui.widgets.account_list import AccountListView
opened.wait()
vault = box["vault"]
model = AccountListModel(SystemClock())
model.set_accounts(vault.accounts())
window = QMainWindow()
view = AccountListView(window)
view.setModel(model)
window.setCentralWidget(view)
window.resize(540, 680)
window.show()
digits = re.compile(r"\d{3} \d{3}")

def poll():
    cached = {a.id: s for a in vault.accounts()[:16] if (s := vault.cached_secret(a.id))}
    if cached:
        model.set_secrets(cached)
    else:
        QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)

def done():
    rss = next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmRSS"))
    print(f"PAINTED {time.time():.6f} {rss}", flush=True)
    app.quit()

class PaintWatch(QObject):
    fired = False
    def eventFilter(self, obj, event):
        if (not self.fired and event.type() == QEvent.Type.Paint
                and digits.search(str(model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) or ""))):
            self.fired = True
            QTimer.singleShot(0, done)
        return False

watch = PaintWatch()
view.viewport().installEventFilter(watch)
app.exec()
"""


def seed(data_dir: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    from authenticator.core.account import Account
    from authenticator.storage.vault import Vault

    vault = Vault.open(data_dir)
    if len(vault.accounts()) >= count:
        if vault.load_secrets():
            raise SystemExit(f"{data_dir} was seeded in another keyring session (its secrets are gone): use a new one")
        return
    started = time.perf_counter()
    for i in range(count):
        vault.add(Account(issuer=f"Service {i:03d}", name=f"user{i}@example.com"), SECRET)
    print(f"seeded {count} accounts into the keyring in {time.perf_counter() - started:.1f} s")


def run_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, int]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith("PAINTED")), None)
    if line is None:
        raise SystemExit(f"child failed:\n{out.stdout}\n{out.stderr}")
    _, stamp, rss_kb = line.split()
    return float(stamp) - started, int(rss_kb)


def tick_cost(count: int, repeats: int) -> float:
    """Median seconds for one tick with ``count`` accounts and the repaint it causes, in this process.

    The secrets come from an in-memory store: a tick never touches the keyring, so this isolates the tick.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from authenticator.app import build_main_window
    from authenticator.core.account import Account
    from authenticator.core.clock import FixedClock
    from authenticator.storage.metadata import MetadataStore
    from authenticator.storage.secrets import MemorySecretStore
    from authenticator.storage.vault import Vault

    folder = Path(tempfile.mkdtemp(prefix="auth-tick-"))
    vault = Vault(MetadataStore(folder / "accounts.json"), MemorySecretStore())
    accounts = [Account(issuer=f"Service {i:03d}", name=f"user{i}@example.com") for i in range(count)]
    vault.metadata.transact(lambda _current: accounts)
    for account in accounts:
        vault.secrets.set(account.id, SECRET)
    app = QApplication.instance() or QApplication([])
    clock = FixedClock(1_795_867_200.0)
    window = build_main_window(vault, clock)
    window.show()
    model = window.findChild(QAbstractItemView).model()
    deadline = time.monotonic() + 10
    while "code" not in str(model.index(0, 0).data()) and time.monotonic() < deadline:
        app.processEvents()
    samples = []
    for _ in range(repeats):
        clock.advance(1.0)
        started = time.perf_counter()
        window.ticker.tick()
        app.processEvents()  # include the repaint the tick caused
        samples.append(time.perf_counter() - started)
    window.close()
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--accounts", type=int, default=500)
    parser.add_argument("--data-dir", type=Path, default=None, help="reuse a folder seeded in this keyring session")
    opts = parser.parse_args()
    if os.environ.get("AUTHENTICATOR_SECRET_SERVICE") != "1":
        raise SystemExit("run inside scripts/with-keyring: the app reads its secrets from a real Secret Service")

    # An installed app has bytecode (pip compiles it); this machine sets PYTHONDONTWRITEBYTECODE, which would
    # otherwise make every child compile our modules from source.
    compileall.compile_dir(ROOT / "authenticator", quiet=1)
    data_dir = opts.data_dir or Path(tempfile.mkdtemp(prefix="auth-bench-"))
    seed(data_dir, opts.accounts)

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    xvfb = None
    if shutil.which("Xvfb"):
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        display = b""
        while not display.endswith(b"\n"):
            display += os.read(read_fd, 16)
        os.close(read_fd)
        env.update(DISPLAY=f":{display.decode().strip()}", QT_QPA_PLATFORM="xcb")
        platform = "xcb on Xvfb"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
        platform = "offscreen"
    try:
        bare_t, bare_m, app_t, app_m, floor_t, floor_m = [], [], [], [], [], []
        run_child(CHILD_BARE, [], env)  # warm the file cache for all three
        run_child(CHILD_FLOOR, [str(data_dir)], env)
        run_child(CHILD_APP, [str(data_dir)], env)
        for _ in range(opts.runs):  # alternate so drift in machine load hits all alike
            t, m = run_child(CHILD_BARE, [], env)
            bare_t.append(t)
            bare_m.append(m)
            t, m = run_child(CHILD_FLOOR, [str(data_dir)], env)
            floor_t.append(t)
            floor_m.append(m)
            t, m = run_child(CHILD_APP, [str(data_dir)], env)
            app_t.append(t)
            app_m.append(m)
    finally:
        if xvfb:
            xvfb.terminate()
            xvfb.wait()

    tick = tick_cost(opts.accounts, 300)
    bt, at = statistics.median(bare_t), statistics.median(app_t)
    bm, am = statistics.median(bare_m), statistics.median(app_m)
    ft, fm = statistics.median(floor_t), statistics.median(floor_m)
    print(f"platform: {platform}; {opts.accounts} accounts; {opts.runs} runs each, medians")
    print(f"first paint: bare {bt * 1000:.0f} ms, app first code {at * 1000:.0f} ms, ratio {at / bt:.2f} (goal ≤ 2)")
    print(f"memory (RSS): bare {bm / 1024:.0f} MiB, app {am / 1024:.0f} MiB, ratio {am / bm:.2f} (goal ≤ 1.5)")
    print(
        f"floor (vault + list only): first code {ft * 1000:.0f} ms, ratio {ft / bt:.2f}; "
        f"{fm / 1024:.0f} MiB, ratio {fm / bm:.2f}"
    )
    print(f"one tick with {opts.accounts} accounts: {tick * 1000:.2f} ms (goal ≤ 2 ms)")


if __name__ == "__main__":
    main()
