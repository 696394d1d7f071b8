"""A saving process killed at random moments never leaves a broken metadata file (real processes, SIGKILL)."""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from authenticator.storage.metadata import MetadataStore

HERE = Path(__file__).resolve().parent
KILLS = 30
ACCOUNTS = 2000


def _load_helper():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("save_loop", HERE / "save_loop.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _wait_for_temp_file(folder: Path, child: subprocess.Popen) -> bool:
    """Busy-poll (no sleeping) until the child has a temp file open; False if it never showed in time."""
    before = set(_temp_files(folder))
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and child.poll() is None:
        if set(_temp_files(folder)) - before:
            return True
    return False


def test_file_is_old_or_new_after_sigkill_at_random_moments(tmp_path: Path) -> None:
    old, new = _load_helper().versions(ACCOUNTS)
    path = tmp_path / "accounts.json"
    store = MetadataStore(path)
    store.transact(lambda current: old)
    rng = random.Random(20261128)  # the delays are seeded; where each kill lands is a real race
    seen = {"old": 0, "new": 0}
    saves_before_kill = []
    max_temp_files = 0
    targeted_hits = 0

    for kill in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(HERE / "save_loop.py"), str(path), str(ACCOUNTS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            if kill % 3 == 2:
                # Targeted: the write itself (temp file to rename) is ~1% of a save, so random delays rarely
                # hit it. Kill as soon as the temp file appears, i.e. while the new version is being written.
                hit_write = _wait_for_temp_file(tmp_path, child)
                os.kill(child.pid, signal.SIGKILL)
                targeted_hits += hit_write
            else:
                # One save of 2,000 accounts takes ~0.1 s here: delays up to 0.6 s land anywhere in several.
                time.sleep(rng.uniform(0.0, 0.6))
                os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            output = child.stdout.read()
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, f"kill {kill}: the child exited by itself"
        saves_before_kill.append(output.count("saved"))

        accounts = list(MetadataStore(path).load().accounts)  # raises MetadataError if broken
        if accounts == old:
            seen["old"] += 1
        elif accounts == new:
            seen["new"] += 1
        else:
            raise AssertionError(f"kill {kill}: the file is neither the old nor the new version")
        # A SIGKILL during a save can leave that save's temp file; the next save removes leftovers.
        temps = _temp_files(tmp_path)
        max_temp_files = max(max_temp_files, len(temps))
        assert len(temps) <= 1, f"kill {kill}: temp files pile up: {temps}"

    assert targeted_hits >= KILLS // 3 // 2, "the targeted kills never caught a save in its write"
    # Both versions were on disk at some kill, so kills did land between and during saves.
    assert seen["old"] > 0 and seen["new"] > 0, (seen, saves_before_kill)
    assert max(saves_before_kill) >= 2, "no child got past its first save: the kills only tested start-up"

    # The next ordinary save cleans up whatever a killed writer left behind.
    store.transact(lambda current: current)
    assert _temp_files(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["accounts.json", "accounts.json.lock"]
    print(
        f"\nkills: {KILLS}, outcome {seen}, saves completed per run {saves_before_kill}, max temp {max_temp_files}, "
        f"targeted kills that caught a write: {targeted_hits}"
    )
