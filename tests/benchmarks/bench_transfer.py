"""Export and import of a large encrypted Aegis vault: where the time goes, and the peak memory.

Run on demand (pytest ignores this folder):

    .venv/bin/python tests/benchmarks/bench_transfer.py [--entries 5000] [--runs 5]
        [--keyring-entries 200 1000 5000] [--keyring-runs 3]

Part 1, the file work (every run in a fresh subprocess, so its peak memory is its own), with the real
parameters (scrypt N=2^17, r=8, p=1):

* export: reading the secrets (memory store here; see part 2 for the keyring), building the db and encrypting
  it ("encoding"), key derivation, writing the file and verifying it read back from disk;
* import: the whole importer (``registry.read``), split into key derivation (timed alone with the file's
  parameters) and decoding (the rest), the preview against an empty vault, and ``Vault.add_many`` on a memory
  store (the metadata write).

Peak memory: ``ru_maxrss`` of the subprocess (scrypt's 128 MiB live inside OpenSSL, where ``tracemalloc``
cannot see them) and the Python-heap peak from ``tracemalloc``.

Part 2, keyring writes against the real Secret Service (gnome-keyring on a private bus from with-keyring):
``Vault.add_many`` with :class:`KeyringSecretStore` (one connection, pipelined ``CreateItem``), then the export's
batched read of every secret; and, for scale, ``keyring.set_password`` one call per item on a small batch.
Each measurement runs in its own fresh keyring (a nested ``scripts/with-keyring``): gnome-keyring's cost
per item grows with the number of items already in the collection (it rewrites the keyring file on every
change), so runs sharing one keyring would not compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from authenticator.core.account import Account, OtpType  # noqa: E402
from authenticator.core.otp import encode_secret  # noqa: E402


def make_pairs(count: int) -> list[tuple[Account, str]]:
    """Deterministic accounts of every kind (20-byte secrets), ~1 in 10 in a group, some notes."""
    pairs = []
    for i in range(count):
        secret = encode_secret(i.to_bytes(4, "big") + bytes(16))
        kind = i % 10
        if kind == 7:
            account = Account(f"Service {i}", f"user{i}@example.com", type=OtpType.HOTP, counter=i)
        elif kind == 8:
            account = Account("Steam", f"player{i}", type=OtpType.STEAM, digits=5)
        else:
            account = Account(
                f"Service {i}",
                f"user{i}@example.com",
                algorithm=("SHA1", "SHA256", "SHA512")[i % 3],
                digits=(6, 8)[i % 2],
                note="recovery codes in the safe" if kind == 3 else "",
                groups=("work",) if kind == 5 else (),
            )
        pairs.append((account, secret))
    return pairs


# -- part 1: one run in a child process -------------------------------------------------------------------------


def child(entries: int, trace: bool) -> dict[str, Any]:
    from authenticator.formats import export_aegis as aegis
    from authenticator.formats import registry
    from authenticator.formats.export_file import write_verified
    from authenticator.formats.preview import chosen, preview
    from authenticator.storage.metadata import MetadataStore
    from authenticator.storage.secrets import MemorySecretStore
    from authenticator.storage.vault import Vault

    password = "benchmark password"
    work = Path(tempfile.mkdtemp(prefix="bench-transfer-"))
    source = Vault(MetadataStore(work / "source" / "accounts.json"), MemorySecretStore())
    source.add_many(make_pairs(entries))
    source.forget_secrets()
    if trace:  # a separate run: tracing slows Python code several-fold, so timed runs do not trace
        tracemalloc.start()
    out: dict[str, Any] = {}

    # export, as cli/transfer_commands does it
    t = time.perf_counter()
    source.load_secrets()
    pairs = [(a, source.cached_secret(a.id) or "") for a in source.accounts()]
    out["export_read_secrets"] = time.perf_counter() - t
    t = time.perf_counter()
    params = aegis.new_kdf_params()
    key = aegis.derive_key(password, params)
    out["export_kdf"] = time.perf_counter() - t
    t = time.perf_counter()
    db = aegis.build_db(pairs)
    data = aegis.encrypted_file(db, key, params)
    out["export_encoding"] = time.perf_counter() - t
    t = time.perf_counter()
    path = work / "backup.json"
    write_verified(path, data, lambda written: None if aegis.read_encrypted_db(written, derived_key=key) == db else 1)
    out["export_write_verify"] = time.perf_counter() - t
    out["file_bytes"] = path.stat().st_size
    out["export_heap_peak"] = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.reset_peak()

    # import, as cli/transfer_commands does it
    target = Vault(MetadataStore(work / "target" / "accounts.json"), MemorySecretStore())
    t = time.perf_counter()
    raw = path.read_bytes()
    fmt = registry.detect(raw)
    result = fmt.read(raw, password)
    out["import_read_total"] = time.perf_counter() - t
    slot = json.loads(raw)["header"]["slots"][0]
    file_params = aegis.KdfParams(slot["n"], slot["r"], slot["p"], bytes.fromhex(slot["salt"]))
    t = time.perf_counter()
    aegis.derive_key(password, file_params)
    out["import_kdf"] = time.perf_counter() - t
    out["import_decoding"] = max(0.0, out["import_read_total"] - out["import_kdf"])
    t = time.perf_counter()
    rows = preview(result, target)
    out["import_preview"] = time.perf_counter() - t
    t = time.perf_counter()
    added = target.add_many(chosen(rows))
    out["import_store_memory"] = time.perf_counter() - t
    out["import_heap_peak"] = tracemalloc.get_traced_memory()[1] if trace else 0
    assert len(added) == entries and not result.errors
    out["maxrss_kib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def part1(entries: int, runs: int) -> None:
    def run(*extra: str) -> dict[str, Any]:
        command = [sys.executable, __file__, "--child", str(entries), *extra]
        return json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)

    results = [run() for _ in range(runs)]
    traced = run("--trace")
    print(f"\n== Part 1: {entries} entries, encrypted Aegis vault (scrypt N=2^17, r=8, p=1), {runs} runs ==")
    print(f"file size: {results[0]['file_bytes'] / 2**20:.2f} MiB")

    def line(label: str, key: str) -> None:
        values = [r[key] for r in results]
        print(f"  {label:<42} median {statistics.median(values) * 1000:8.1f} ms   (min {min(values) * 1000:.1f})")

    print("export")
    line("read secrets (memory store)", "export_read_secrets")
    line("key derivation (scrypt)", "export_kdf")
    line("encoding (db JSON + AES-GCM)", "export_encoding")
    line("write + read back + verify", "export_write_verify")
    print("import")
    line("importer total (registry.read)", "import_read_total")
    line("  of which key derivation", "import_kdf")
    line("  of which decoding", "import_decoding")
    line("preview (duplicates)", "import_preview")
    line("add_many on a memory store (metadata write)", "import_store_memory")
    rss = statistics.median(r["maxrss_kib"] for r in results) / 1024
    heap_e, heap_i = traced["export_heap_peak"] / 2**20, traced["import_heap_peak"] / 2**20
    print(f"peak memory: process max RSS {rss:.0f} MiB (median of the timed runs; scrypt alone takes 128 MiB)")
    print(f"  Python heap peak (tracemalloc, one separate run): export {heap_e:.1f} MiB, import {heap_i:.1f} MiB")


# -- part 2: the real keyring ------------------------------------------------------------------------------------


def keyring_child(size: int, one_by_one: bool) -> dict[str, float]:
    """One measurement on the fresh, empty keyring this process was started with."""
    import keyring

    from authenticator.storage.metadata import MetadataStore
    from authenticator.storage.secrets import KeyringSecretStore
    from authenticator.storage.vault import Vault

    service = f"bench-{uuid.uuid4().hex[:10]}"
    store = KeyringSecretStore(service=service)
    store.check()
    pairs = make_pairs(size)
    if one_by_one:
        t = time.perf_counter()
        for account, secret in pairs:
            keyring.set_password(service, account.id, secret)
        return {"write": time.perf_counter() - t, "read": 0.0}
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault(MetadataStore(Path(folder) / "accounts.json"), store)
        t = time.perf_counter()
        vault.add_many(pairs)
        write = time.perf_counter() - t
        fresh = Vault(MetadataStore(Path(folder) / "accounts.json"), KeyringSecretStore(service=service))
        t = time.perf_counter()
        missing = fresh.load_secrets()
        read = time.perf_counter() - t
        assert not missing
    return {"write": write, "read": read}


def part2(sizes: list[int], runs: int, baseline: int) -> None:
    """Each measurement in its own private keyring (scripts/with-keyring), empty at the start: gnome-keyring's
    cost per item grows with the number of items already in the collection, so runs must not share one."""
    with_keyring = ROOT / "scripts" / "with-keyring"

    def measure(size: int, one_by_one: bool = False) -> dict[str, float]:
        command = [str(with_keyring), sys.executable, __file__, "--keyring-child", str(size)]
        if one_by_one:
            command.append("--one-by-one")
        proc = subprocess.run(command, capture_output=True, text=True, check=True)
        return json.loads(proc.stdout.strip().splitlines()[-1])

    print("\n== Part 2: keyring writes against gnome-keyring, each run on a fresh empty keyring ==")
    for size in sizes:
        results = [measure(size) for _ in range(runs if size <= 1000 else 1)]
        writes = [r["write"] for r in results]
        reads = [r["read"] for r in results]
        print(
            f"  {size:>5} entries: add_many (keyring writes + metadata) median {statistics.median(writes):7.2f} s"
            f" ({statistics.median(writes) / size * 1000:.1f} ms/entry; runs: {', '.join(f'{w:.2f}' for w in writes)});"
            f" export's batched read median {statistics.median(reads):.2f} s"
        )
    if baseline:
        slow = [measure(baseline, one_by_one=True)["write"] for _ in range(runs)]
        print(
            f"  baseline: keyring.set_password one call per item, {baseline} items: median"
            f" {statistics.median(slow):.2f} s ({statistics.median(slow) / baseline * 1000:.1f} ms/item)"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--keyring-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-by-one", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--entries", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keyring-entries", type=int, nargs="*", default=[200, 1000, 5000])
    parser.add_argument("--keyring-runs", type=int, default=3)
    parser.add_argument("--baseline", type=int, default=200)
    parser.add_argument("--skip-part1", action="store_true")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.trace)))
        return
    if args.keyring_child:
        print(json.dumps(keyring_child(args.keyring_child, args.one_by_one)))
        return
    if not args.skip_part1:
        part1(args.entries, args.runs)
    part2(args.keyring_entries, args.keyring_runs, args.baseline)


if __name__ == "__main__":
    main()
