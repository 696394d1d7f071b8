"""What each subcommand does. Heavy modules (the vault, the keyring, pyotp) are imported inside the command.

Every failure is an :class:`AuthenticatorError`; :func:`authenticator.cli.main.main` turns it into an
``authenticator: error:`` line, a ``hint:`` line and the documented exit code. Codes go to stdout, everything
for people (warnings, prompts, reminders) to stderr, so ``--json`` output on stdout is always clean.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.errors import AuthenticatorError, InvalidInput, InvalidUri
from . import output

if TYPE_CHECKING:
    from ..core.account import Account
    from ..core.clock import Clock
    from ..storage.vault import Vault
    from ..timesync.correction import TimeCorrection

VaultFactory = Callable[[str | None], "Vault"]

REMOVE_WARNING = (
    "Removing it here does not turn off two-factor login at the service: "
    "without this account or a recovery code you may be locked out."
)


class ConfirmationRequired(AuthenticatorError):
    """``remove`` was asked to delete without a terminal to confirm on and without ``--yes``."""

    exit_code = 1


def open_vault(data_dir: str | None) -> Vault:
    """The real vault: the metadata file in the data folder and the OS keyring."""
    from ..storage.vault import Vault

    return Vault.open(data_dir)


@dataclass
class Context:
    """What every command needs; the vault is opened on first use, so ``code --uri`` never opens it."""

    data_dir: str | None
    vault_factory: VaultFactory
    clock: Clock
    _vault: Vault | None = field(default=None, repr=False)
    _correction: tuple[TimeCorrection | None] | None = field(default=None, repr=False)

    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = self.vault_factory(self.data_dir)
        return self._vault

    def correction(self) -> TimeCorrection | None:
        """The stored time correction (read once); a damaged file is a warning on stderr, not an error."""
        if self._correction is None:
            from ..timesync.correction import load_correction

            self._correction = (load_correction(self.data_dir, warn=output.warn),)
        return self._correction[0]

    def when(self, at: str | None, *, use_correction: bool = True) -> tuple[float, float]:
        """``(time, correction applied)``: ``--at TIME`` exactly as given (never corrected), else the clock
        plus the stored correction unless ``use_correction`` is False."""
        if at is not None:
            from ..core.timeparse import parse_time

            return parse_time(at), 0.0
        correction = self.correction() if use_correction else None
        offset = correction.offset_seconds if correction is not None else 0.0
        return self.clock.now() + offset, offset


# -- list -------------------------------------------------------------------------------------------------


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    accounts = ctx.vault().accounts()
    group = (getattr(args, "group", None) or "").strip().casefold()
    if getattr(args, "favourites", False):
        accounts = [a for a in accounts if a.favourite]
    if group:
        accounts = [a for a in accounts if any(g.casefold() == group for g in a.groups)]
    if args.json:
        output.print_json([output.account_json(a) for a in accounts])
        return 0
    if not accounts:
        if group or getattr(args, "favourites", False):
            output.note("no account matches the --group/--favourites filter")
        else:
            output.note("no accounts yet; add one with: authenticator add URI")
        return 0
    output.print_table(
        [[f"{a.position + 1}.", a.id[:8], a.issuer or "-", a.name or "-", a.type.value] for a in accounts]
    )
    return 0


# -- add --------------------------------------------------------------------------------------------------


def cmd_add(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.uri import parse_otpauth

    parsed = parse_otpauth(read_uri(args.uri))  # before the vault opens: a bad URI touches nothing
    for warning in parsed.warnings:
        output.warn(warning.message)
    account = ctx.vault().add(parsed.account, parsed.secret)
    if args.json:
        output.print_json({**output.account_json(account), "warnings": output.warnings_json(parsed.warnings)})
    else:
        sys.stdout.write(f"Added {account.title} [{account.id[:8]}].\n")
    return 0


def account_from_uri(value: str) -> tuple[Account, str]:
    """The account and secret of an otpauth:// URI argument (``-``: stdin); its warnings go to stderr."""
    from ..core.uri import parse_otpauth

    parsed = parse_otpauth(read_uri(value))
    for warning in parsed.warnings:
        output.warn(warning.message)
    return parsed.account, parsed.secret


def read_uri(value: str) -> str:
    """The URI argument, or the one URI on standard input for ``-`` (keeps the secret out of ``ps``)."""
    if value != "-":
        return value
    lines = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
    if not lines:
        raise InvalidUri("Standard input held no URI.", "Pipe one otpauth:// link, for example from a QR scanner.")
    if len(lines) > 1:
        raise InvalidUri(f"Standard input held {len(lines)} lines; give exactly one otpauth:// URI.")
    return lines[0]


# -- code -------------------------------------------------------------------------------------------------


def cmd_code(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.account import OtpType
    from ..core.otp import code_state

    account_id: str | None = None
    if args.uri is not None:
        account, secret = account_from_uri(args.uri)
    else:
        vault = ctx.vault()
        account = vault.find(args.query)
        account_id = account.id
        if args.next and account.type is not OtpType.HOTP:
            raise InvalidInput(
                f"{account.title} is time-based; --next only applies to counter-based (HOTP) accounts.",
                "Leave out --next: time-based codes change on their own.",
            )
        secret = vault.secret(account.id)  # read first: a missing secret must not advance the counter
        if args.next:
            account = vault.advance_counter(account.id)

    when, offset = ctx.when(args.at, use_correction=not args.no_correction)
    state = code_state(account, secret, when)
    if getattr(args, "window", None) is not None:  # time travel: the steps around, listed
        from .toolkit_commands import show_window

        data = {**_code_json(account, account_id, state, when), "correction_offset": offset}
        return show_window(account, secret, when, args.window, data, args.json)
    if args.json:
        output.print_json({**_code_json(account, account_id, state, when), "correction_offset": offset})
    else:
        sys.stdout.write(state.code + "\n")
    return 0


def _code_json(account: Account, account_id: str | None, state: Any, when: float) -> dict[str, Any]:
    from ..core.account import OtpType

    data: dict[str, Any] = {
        "id": account_id,
        "issuer": account.issuer,
        "name": account.name,
        "type": account.type.value,
        "code": state.code,
        "period": None,
        "step": state.step,
        "counter": None,
        "valid_from": None,
        "valid_until": None,
        "seconds_left": None,
        "time": output.iso_utc(when),
        "valid_from_unix": None,
        "valid_until_unix": None,
        "time_unix": when,
    }
    if account.type is OtpType.HOTP:
        data["counter"] = account.counter  # valid until used: no period, no expiry
    else:
        start = state.step * state.period
        data.update(
            period=state.period,
            valid_from=output.iso_utc(start),
            valid_until=output.iso_utc(start + state.period),
            seconds_left=round(state.seconds_left, 3),
            valid_from_unix=start,
            valid_until_unix=start + state.period,
        )
    return data


# -- remove -----------------------------------------------------------------------------------------------


def cmd_remove(ctx: Context, args: argparse.Namespace) -> int:
    vault = ctx.vault()
    account = vault.find(args.query)
    if not args.yes:
        if not _interactive():
            raise ConfirmationRequired(
                f"Not removing {account.title} without confirmation (no terminal to ask on).",
                "Pass --yes to remove it. " + REMOVE_WARNING,
            )
        sys.stderr.write(f"Remove {account.title}? {REMOVE_WARNING} [y/N] ")
        sys.stderr.flush()
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            output.note("nothing was removed.")
            return 1
    item_deleted = vault.remove(account.id)
    if not item_deleted:
        output.note("its secret could not be deleted from the keyring; it stays there, unused.")
    if args.json:
        output.print_json({"removed": output.account_json(account), "keyring_item_deleted": item_deleted})
    else:
        sys.stdout.write(f"Removed {account.title}.\n")
        output.note("remember to turn off two-factor login at the service if you no longer use it there.")
    return 0


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # closed or replaced stdin
        return False
