"""What the export tests share: a list of accounts covering every field we keep, and a registry gate.

The accounts: TOTP with defaults, every algorithm, 7/8/10 digits, 15/60 s periods, HOTP with a counter,
Steam, non-ASCII and ``:`` in labels, notes, groups (shared and single), favourites, an account with no
issuer. Secrets vary in length (10, 20, 32, 64 bytes).
"""

from __future__ import annotations

import pytest

from authenticator.core.account import Account, OtpType
from authenticator.core.otp import decode_secret
from authenticator.formats import registry

S10 = "JBSWY3DPEHPK3PXP"  # 10 bytes
S20 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"  # 20 bytes
S32 = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43UOV3HO6DZPIYTEMZUGU3DOOBZ"  # 35 bytes, not a multiple of 5
S64 = "KRUGS4ZANFZSAYJANRXW4ZZAONSWG4TFOQQGM33SEBWG64THEBQW4ZBAOJSWC3DMPEQGY33OM4QGW2LOMRZSA33GEBYGC43TO5XXEZDT"

Pair = tuple[Account, str]


def sample_pairs() -> list[Pair]:
    return [
        (Account("GitHub", "alice@example.com", groups=("work",), favourite=True), S20),
        (Account("Bank", "alice", algorithm="SHA256", digits=8, period=60, note="card reader in the drawer"), S32),
        (Account("Old VPN", "bob", type=OtpType.HOTP, counter=41, algorithm="SHA512", digits=7), S10),
        (Account("Steam", "gamer", type=OtpType.STEAM, digits=5, groups=("fun", "work")), S20),
        (Account("Ünïcödé: Straße", "名前:with colon", period=15), S64),
        (Account("", "no-issuer", digits=10), S10),
        (Account("Same Secret Twin", "carol"), S20),
    ]


def secret_key(secret: str) -> bytes:
    return decode_secret(secret)


def kept_fields(account: Account) -> tuple:
    """Everything an export → import round trip must keep (ids are new on import; url has no Aegis field)."""
    counter_or_period = account.counter if account.type is OtpType.HOTP else account.period
    return (
        account.issuer,
        account.name,
        account.type,
        account.algorithm,
        account.digits,
        counter_or_period,
    )


def need_format(name: str) -> None:
    """xfail while the importer for ``name`` is not registered yet (another helper adds it)."""
    known = {fmt.name for fmt in registry.formats()}
    if name not in known:
        pytest.xfail(f"the {name!r} importer is not in registry.FORMAT_MODULES yet")
