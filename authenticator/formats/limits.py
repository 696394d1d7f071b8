"""Bounds for key-derivation parameters read from files, checked before anything is derived.

A file can name any cost it likes; these bounds are far above what real apps write (Aegis: scrypt N=2^15;
2FAS: PBKDF2 10,000; andOTP: ~150,000; Stratum: Argon2id 64 MiB) and far below what would hurt.
"""

from __future__ import annotations

from .base import FormatError

MAX_SCRYPT_N = 2**20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
MAX_ARGON2_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ARGON2_TIME = 64
MAX_ARGON2_PARALLELISM = 64
MAX_PBKDF2_ITERATIONS = 10_000_000


def check_scrypt(n: int, r: int, p: int) -> None:
    if not isinstance(n, int) or n < 2 or n > MAX_SCRYPT_N or n & (n - 1):
        raise FormatError(f"The file asks for scrypt N={n!r}; only powers of two up to 2^20 are accepted.")
    if not isinstance(r, int) or not 1 <= r <= MAX_SCRYPT_R:
        raise FormatError(f"The file asks for scrypt r={r!r}; 1 to {MAX_SCRYPT_R} is accepted.")
    if not isinstance(p, int) or not 1 <= p <= MAX_SCRYPT_P:
        raise FormatError(f"The file asks for scrypt p={p!r}; 1 to {MAX_SCRYPT_P} is accepted.")


def check_pbkdf2(iterations: int) -> None:
    if not isinstance(iterations, int) or not 1 <= iterations <= MAX_PBKDF2_ITERATIONS:
        raise FormatError(
            f"The file asks for {iterations!r} PBKDF2 iterations; 1 to {MAX_PBKDF2_ITERATIONS:,} is accepted."
        )


def check_argon2(time_cost: int, memory_kib: int, parallelism: int) -> None:
    if not isinstance(memory_kib, int) or not 8 <= memory_kib <= MAX_ARGON2_MEMORY_KIB:
        raise FormatError(f"The file asks Argon2 for {memory_kib!r} KiB of memory; at most 1 GiB is accepted.")
    if not isinstance(time_cost, int) or not 1 <= time_cost <= MAX_ARGON2_TIME:
        raise FormatError(f"The file asks for Argon2 t={time_cost!r}; 1 to {MAX_ARGON2_TIME} is accepted.")
    if not isinstance(parallelism, int) or not 1 <= parallelism <= MAX_ARGON2_PARALLELISM:
        raise FormatError(f"The file asks for Argon2 p={parallelism!r}; 1 to {MAX_ARGON2_PARALLELISM} is accepted.")
