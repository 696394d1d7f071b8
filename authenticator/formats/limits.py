"""Bounds for key-derivation parameters read from files, checked before anything is derived.

A file can name any cost it likes; these bounds are far above what real apps write (Aegis: scrypt N=2^15;
2FAS: PBKDF2 10,000; andOTP: ~150,000; Stratum: Argon2id 64 MiB) and far below what would hurt.
"""

from __future__ import annotations

from ..core.i18n import Message
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
        raise FormatError(
            Message("The file asks for scrypt N={n}; only powers of two up to 2^20 are accepted.", n=repr(n))
        )
    if not isinstance(r, int) or not 1 <= r <= MAX_SCRYPT_R:
        raise FormatError(
            Message("The file asks for scrypt r={r}; 1 to {limit} is accepted.", r=repr(r), limit=MAX_SCRYPT_R)
        )
    if not isinstance(p, int) or not 1 <= p <= MAX_SCRYPT_P:
        raise FormatError(
            Message("The file asks for scrypt p={p}; 1 to {limit} is accepted.", p=repr(p), limit=MAX_SCRYPT_P)
        )


def check_pbkdf2(iterations: int) -> None:
    if not isinstance(iterations, int) or not 1 <= iterations <= MAX_PBKDF2_ITERATIONS:
        raise FormatError(
            Message(
                "The file asks for {iterations} PBKDF2 iterations; 1 to {limit} is accepted.",
                iterations=repr(iterations),
                limit=f"{MAX_PBKDF2_ITERATIONS:,}",
            )
        )


def check_argon2(time_cost: int, memory_kib: int, parallelism: int) -> None:
    if not isinstance(memory_kib, int) or not 8 <= memory_kib <= MAX_ARGON2_MEMORY_KIB:
        raise FormatError(
            Message(
                "The file asks Argon2 for {memory} KiB of memory; at most 1 GiB is accepted.",
                memory=repr(memory_kib),
            )
        )
    if not isinstance(time_cost, int) or not 1 <= time_cost <= MAX_ARGON2_TIME:
        raise FormatError(
            Message(
                "The file asks for Argon2 t={time}; 1 to {limit} is accepted.",
                time=repr(time_cost),
                limit=MAX_ARGON2_TIME,
            )
        )
    if not isinstance(parallelism, int) or not 1 <= parallelism <= MAX_ARGON2_PARALLELISM:
        raise FormatError(
            Message(
                "The file asks for Argon2 p={parallelism}; 1 to {limit} is accepted.",
                parallelism=repr(parallelism),
                limit=MAX_ARGON2_PARALLELISM,
            )
        )
