"""Two real processes adding to one vault folder at the same time lose nothing (file lock + re-read)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from authenticator.storage.metadata import MetadataStore
from authenticator.storage.paths import metadata_path

HERE = Path(__file__).resolve().parent
PER_PROCESS = 150


def test_two_processes_adding_at_once_keep_every_account(tmp_path: Path) -> None:
    workers = [
        subprocess.Popen(
            [sys.executable, str(HERE / "add_worker.py"), str(tmp_path), str(PER_PROCESS), tag],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("left", "right")
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        for worker in workers:  # release both as close together as we can
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = [worker.communicate(timeout=300) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    spans = []
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        word, started, ended = out.split()
        assert word == "done"
        spans.append((float(started), float(ended)))

    accounts = MetadataStore(metadata_path(tmp_path)).load().accounts
    assert len(accounts) == 2 * PER_PROCESS
    assert len({a.id for a in accounts}) == 2 * PER_PROCESS
    assert [a.position for a in accounts] == list(range(2 * PER_PROCESS))
    for tag in ("left", "right"):
        # each process's accounts are all there, in the order it added them
        assert [a.name for a in accounts if a.issuer == tag] == [f"{tag}-{i}" for i in range(PER_PROCESS)]
    # The two runs overlapped in time (otherwise this proves nothing about the lock). Note: they rarely
    # interleave account by account: a process doing back-to-back saves re-takes the lock before the other,
    # which polls, gets a turn, so one usually finishes first. Every account survives either way.
    (start_a, end_a), (start_b, end_b) = spans
    assert start_a < end_b and start_b < end_a, f"the two processes did not overlap: {spans}"
