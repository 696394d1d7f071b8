"""Time-sync benchmark: wall time of one parallel NTP query with a dead server, and agreement with chrony.

Run on demand (pytest ignores this folder); needs chronyd (and faketime for the skewed line):

    .venv/bin/python tests/benchmarks/bench_timesync.py [--runs 10] [--timeout 1.0]

It starts its own chronyd servers on 127.0.0.1 (``-x``: the system clock is never touched), three serving the
true time and one under ``faketime +90s``, plus a UDP port that never answers.

- Sync wall time: ``measure_ntp_offset`` over 4 servers of which one never answers. Goal ≤ timeout + 100 ms.
  Beside it, ntplib's own client asking the same servers one after another, as the naive baseline.
- Agreement: the combined offset against the local (true) chrony, |offset| — goal ≤ 50 ms; and against the
  faketime'd one, |offset − 90 s|.

Medians over ``--runs`` runs (≥ 10).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ntplib

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "timesync"))

from loopback_servers import SKEW_SECONDS, ChronyServer, SilentUdpServer, chronyd_path, faketime_path  # noqa: E402

from authenticator.timesync import measure_ntp_offset  # noqa: E402


def ntplib_sequential(servers: list[str], timeout: float) -> None:
    client = ntplib.NTPClient()
    for server in servers:
        host, port = server.rsplit(":", 1)
        with contextlib.suppress(ntplib.NTPException, OSError):
            client.request(host, version=4, port=int(port), timeout=timeout)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f} ms" if seconds < 0.1 else f"{seconds * 1000:.1f} ms"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=1.0)
    args = parser.parse_args()
    if args.runs < 10:
        parser.error("use at least 10 runs")
    if chronyd_path() is None:
        print("chronyd is not installed (apt-get install chrony)", file=sys.stderr)
        return 2
    version = subprocess.run([chronyd_path() or "chronyd", "-v"], capture_output=True, text=True).stdout
    version = version.split(" (+")[0].strip() or "chronyd"

    with tempfile.TemporaryDirectory(prefix="bench-timesync-") as tmp:
        base = Path(tmp)
        servers = [ChronyServer(base / f"chrony{i}").start() for i in range(3)]
        skewed = ChronyServer(base / "skewed", skew=f"+{SKEW_SECONDS}s").start() if faketime_path() else None
        silent, silent2 = SilentUdpServer(), SilentUdpServer()
        try:
            addresses = [servers[0].address, servers[1].address, silent.address, servers[2].address]
            measure_ntp_offset(addresses[:1], args.timeout)  # warm up (imports, first socket)

            wall, agreement, sequential = [], [], []
            for _ in range(args.runs):
                started = time.perf_counter()
                combined = measure_ntp_offset(addresses, args.timeout)
                wall.append(time.perf_counter() - started)
                if combined.offset_seconds is None or len(combined.used) != 3 or len(combined.failed) != 1:
                    print(f"unexpected result: {combined.message}", file=sys.stderr)
                    return 1
                agreement.append(abs(combined.offset_seconds))
            baseline_runs = max(3, args.runs // 3)
            for _ in range(baseline_runs):
                started = time.perf_counter()
                ntplib_sequential(addresses, args.timeout)
                sequential.append(time.perf_counter() - started)
            # The same with two dead servers, where asking one after another pays each timeout.
            two_dead = [servers[0].address, silent.address, silent2.address, servers[1].address]
            wall_two, sequential_two = [], []
            for _ in range(baseline_runs):
                started = time.perf_counter()
                measure_ntp_offset(two_dead, args.timeout)
                wall_two.append(time.perf_counter() - started)
                started = time.perf_counter()
                ntplib_sequential(two_dead, args.timeout)
                sequential_two.append(time.perf_counter() - started)
            skew_error: list[float] = []
            if skewed is not None:
                for _ in range(args.runs):
                    offset = measure_ntp_offset([skewed.address], args.timeout).offset_seconds
                    skew_error.append(abs((offset if offset is not None else float("inf")) - SKEW_SECONDS))
        finally:
            silent.close()
            silent2.close()
            for server in [*servers, *([skewed] if skewed else [])]:
                server.stop()

    goal_wall = args.timeout + 0.100
    median_wall, median_agreement = statistics.median(wall), statistics.median(agreement)
    print(f"timesync benchmark: {version} on 127.0.0.1, {args.runs} runs")
    print(f"sync wall time, 4 servers, 1 never answers, timeout {args.timeout:g} s:")
    print(
        f"  measure_ntp_offset     median {ms(median_wall)}  min {ms(min(wall))}  max {ms(max(wall))}"
        f"   goal ≤ {ms(goal_wall)}  {verdict(median_wall <= goal_wall)}"
    )
    print(f"  ntplib one by one      median {ms(statistics.median(sequential))}  (baseline, {len(sequential)} runs)")
    print(
        f"  with 2 of 4 dead ({len(wall_two)} runs): measure_ntp_offset median {ms(statistics.median(wall_two))},"
        f" ntplib one by one median {ms(statistics.median(sequential_two))}"
    )
    print("agreement with the local chrony (true time):")
    print(
        f"  |combined offset|      median {ms(median_agreement)}  max {ms(max(agreement))}"
        f"   goal ≤ 50.0 ms  {verdict(median_agreement <= 0.050)}"
    )
    if skew_error:
        skew = f"|offset − {SKEW_SECONDS} s|"
        print(
            f"  {skew:<22} median {ms(statistics.median(skew_error))}  max {ms(max(skew_error))}"
            f"   (chrony under faketime +{SKEW_SECONDS}s)"
        )
    else:
        print(f"  (faketime not installed: skewed server skipped; {shutil.which('faketime')})")
    return 0 if median_wall <= goal_wall and median_agreement <= 0.050 else 1


if __name__ == "__main__":
    sys.exit(main())
