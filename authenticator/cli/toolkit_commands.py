"""The tester toolkit: ``inspect`` (check an enrollment link), ``backup-codes``, and ``code --window N``.

``inspect`` is for people who build or test a 2FA server: it parses the link (given, in an image, or on the
screen), lints it (:mod:`authenticator.core.lint`), and lists the codes for steps T-1, T and T+1 with their
step numbers and UTC validity windows, computed with the corrected clock (and says so). It saves nothing and
never opens the account list or the keyring; ``authenticator add`` adds the account when wanted. The report is
Markdown on stdout (readable in a terminal, ready for a ticket) or JSON with ``--json``. The secret is left out
unless ``--show-secret`` is given.

``backup-codes`` keeps a service's one-time recovery codes in the keyring beside the account's secret
(:mod:`authenticator.storage.backup_codes`): show them, replace the whole set from a file, mark one used.

Codes and secrets reach stdout only when the user asked for them; messages name accounts and files only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import AuthenticatorError, InvalidInput
from . import output

if TYPE_CHECKING:
    from ..core.account import Account
    from ..core.inspect import InspectReport, StepCode
    from .commands import Context

#: The most steps ``code --window`` lists on each side (a day of 30 s steps): enough for any clock question.
MAX_WINDOW = 2880


class UsageError(AuthenticatorError):
    """Options that do not go together (argparse cannot say so on its own)."""

    exit_code = 2


class EnrollmentRejected(InvalidInput):
    """``inspect`` found a link that cannot give codes, or (with ``--strict``) one with errors or warnings."""


# -- registration -----------------------------------------------------------------------------------------


def add_parsers(add: Any) -> None:
    """Register ``inspect`` and ``backup-codes`` (``add`` is main.py's helper: a subparser with --json)."""
    p = add(
        "inspect",
        "check an enrollment link: fields, problems, and the codes around now (saves nothing)",
        "Check the otpauth:// link a service enrolls with (URI, '-' for standard input, --image FILE or "
        "--screen): its fields, the findings (each with a severity, error/warning/info, and why it matters: "
        "padding, non-base32 or short secrets, '+' for spaces, issuer mismatches, colons in the account name, "
        "a missing counter, settings popular apps ignore or reject, unknown parameters…) and the codes for "
        "steps T-1, T and T+1 with their step numbers and UTC validity windows, computed with the time "
        "correction (the report says which clock). Nothing is saved: use 'authenticator add' for that. "
        "Prints a Markdown report, or with --json one object (a list of objects for --image/--screen, one per "
        "QR code). The secret is left out unless --show-secret is given. Exit code 3 when a link cannot "
        "give codes, or with --strict when any finding is an error or a warning.",
    )
    p.add_argument("uri", metavar="URI", nargs="?", help="the otpauth:// link, or - to read it from standard input")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--image", metavar="FILE", help="check the QR codes in this image file")
    source.add_argument("--screen", action="store_true", help="check the QR codes shown on screen")
    p.add_argument("--at", metavar="TIME", help="list the codes around this time instead of now (exact, uncorrected)")
    p.add_argument("--no-correction", action="store_true", help="ignore the stored time correction")
    p.add_argument("--show-secret", action="store_true", help="include the secret and the link in the report")
    p.add_argument("--strict", action="store_true", help="exit with code 3 on any error or warning finding")
    p.set_defaults(handler=cmd_inspect)

    p = add(
        "backup-codes",
        "keep an account's backup (recovery) codes: show, replace, mark used",
        "Show the backup codes stored for the account QUERY matches, with how many are left (a warning at 2 "
        "or fewer). --add-file F stores the codes in F ('-': standard input; separated by new lines, commas, "
        "semicolons, tabs or two spaces) as the new set: the old set is discarded, because services void it "
        "when they issue new codes. --use CODE marks a code used (each works once; '-' reads it from standard "
        "input, which keeps it out of the shell history). Codes are kept in the keyring beside the account's "
        "secret, never in the account list file. With --json: the account, the codes with their used flag, "
        "total, remaining and low.",
    )
    p.add_argument("query", metavar="QUERY", help="issuer, name or id (or the start of the id)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--add-file", metavar="F", help="replace the stored codes with the ones in F ('-': stdin)")
    action.add_argument("--use", metavar="CODE", help="mark this code used ('-': read it from standard input)")
    p.set_defaults(handler=cmd_backup_codes)


def window_steps(text: str) -> int:
    """argparse type for ``code --window N``: a whole number of steps from 0 to :data:`MAX_WINDOW`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of steps") from None
    if not 0 <= value <= MAX_WINDOW:
        raise argparse.ArgumentTypeError(f"give 0 to {MAX_WINDOW} steps, not {value}")
    return value


# -- inspect ----------------------------------------------------------------------------------------------


def cmd_inspect(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.inspect import TimeBasis, inspect_uri

    sources = sum((args.uri is not None, args.image is not None, bool(args.screen)))
    if sources != 1:
        raise UsageError("Give exactly one of URI, --image FILE and --screen.")
    texts = _inspected_texts(args)
    when, offset = ctx.when(args.at, use_correction=not args.no_correction)
    if args.at is not None:
        basis = TimeBasis.GIVEN
    elif not args.no_correction and ctx.correction() is not None:
        basis = TimeBasis.CORRECTED
    else:
        basis = TimeBasis.SYSTEM
    reports = [inspect_uri(text, when, basis=basis, correction_offset=offset, source=src) for src, text in texts]

    if args.json:
        shown = [r.to_json(include_secret=args.show_secret) for r in reports]
        output.print_json(shown[0] if args.uri is not None else shown)
    else:
        sys.stdout.write("\n".join(r.to_markdown(include_secret=args.show_secret) for r in reports) + "\n")
    if any(r.usable for r in reports):
        output.note("nothing was saved; add the account with 'authenticator add' if you want it.")
    return _inspect_verdict(reports, strict=args.strict)


def _inspected_texts(args: argparse.Namespace) -> list[tuple[str, str]]:
    """``(source, text)`` for every link to inspect."""
    from .commands import read_uri

    if args.uri is not None:
        return [("argument" if args.uri != "-" else "standard input", read_uri(args.uri))]
    if args.screen:
        from ..qr.screen import scan_screens

        codes = scan_screens(create_application=True)
        if not codes:
            raise InvalidInput("No QR code was found on the screen.", "Show the whole code on screen, then try again.")
        return [("screen", code.text) for code in codes]
    from ..qr.decode import decode_file

    name = Path(args.image).name
    codes = decode_file(args.image, require_code=True)
    return [(name if len(codes) == 1 else f"{name} (QR code {i})", c.text) for i, c in enumerate(codes, start=1)]


def _inspect_verdict(reports: list[InspectReport], *, strict: bool) -> int:
    from ..core.lint import Severity

    bad = next((r for r in reports if not r.usable), None)
    if bad is not None:
        refusal = bad.findings[0]
        where = f"{bad.source}: " if bad.source not in ("argument", "standard input") else ""
        raise EnrollmentRejected(f"{where}{refusal.message}", refusal.explanation)
    if strict:
        flagged = [f for r in reports for f in r.findings if f.severity in (Severity.ERROR, Severity.WARNING)]
        if flagged:
            codes = ", ".join(sorted({f.code for f in flagged}))
            raise EnrollmentRejected(
                f"The enrollment link has {len(flagged)} error or warning finding(s): {codes}.",
                "See the report above; --strict fails on errors and warnings.",
            )
    return 0


# -- code --window ----------------------------------------------------------------------------------------


def show_window(account: Account, secret: str, when: float, window: int, data: dict[str, Any], as_json: bool) -> int:
    """``code --window N``: the codes for N steps before and after, with step numbers and validity times.

    ``data`` is the plain ``code --json`` object; the list is added under ``codes`` (a key added, none changed).
    """
    from ..core.account import OtpType
    from ..core.inspect import codes_around

    rows = codes_around(account, secret, when, window)
    if as_json:
        output.print_json({**data, "window": window, "codes": [row.to_json() for row in rows]})
        return 0
    if account.type is OtpType.HOTP:
        table = [["offset", "counter", "code"]] + [[f"{r.offset:+d}", str(r.step), r.code] for r in rows]
    else:
        table = [["offset", "step", "code", "valid from (UTC)", "valid until (UTC)"]]
        table += [[f"{r.offset:+d}", str(r.step), r.code, *_window_times(r)] for r in rows]
    output.print_table(table)
    return 0


def _window_times(row: StepCode) -> list[str]:
    assert row.valid_from is not None and row.valid_until is not None
    return [output.iso_utc(row.valid_from), output.iso_utc(row.valid_until)]


# -- backup-codes -----------------------------------------------------------------------------------------


def cmd_backup_codes(ctx: Context, args: argparse.Namespace) -> int:
    from ..storage.backup_codes import BackupCodeStore, parse_codes

    vault = ctx.vault()
    account = vault.find(args.query)
    store = BackupCodeStore(vault.secrets)
    discarded = 0
    if args.add_file is not None:
        codes = parse_codes(_read_text(args.add_file))
        if not codes:
            raise InvalidInput(
                f"No backup codes were found in {_name(args.add_file)}.",
                "Put the service's codes in the file, one per line.",
            )
        discarded = store.get(account.id).total
        result = store.replace(account.id, codes)
        action = "replace"
    elif args.use is not None:
        code = _read_text(args.use).strip() if args.use == "-" else args.use
        result = store.use(account.id, code)
        action = "use"
    else:
        result = store.get(account.id)
        action = "show"

    if args.json:
        output.print_json(
            {"account": output.account_json(account), "action": action, "discarded": discarded, **result.to_json()}
        )
    else:
        _print_codes(account, result, action)
    if discarded:
        output.note(f"the previous {discarded} backup codes were discarded (the service voids them).")
    if result.total and result.low:
        output.warn(
            f"only {result.remaining} of {result.total} backup codes left for {account.title}; "
            "generate a new set at the service and add it with --add-file."
        )
    return 0


def _print_codes(account: Account, codes: Any, action: str) -> None:
    if not codes.total:
        sys.stdout.write(f"{account.title}: no backup codes stored.\n")
        output.note("add the service's codes with: authenticator backup-codes QUERY --add-file FILE")
        return
    if action == "use":
        sys.stdout.write(f"Marked used. {codes.remaining} of {codes.total} backup codes left for {account.title}.\n")
        return
    verb = "stored" if action == "replace" else "unused"
    sys.stdout.write(f"{account.title}: {codes.remaining} of {codes.total} backup codes {verb}\n")
    output.print_table([["used" if c.used else "", c.code] for c in codes.codes])


def _read_text(path: str) -> str:
    """A small text file's content ('-': standard input); codes files are a few hundred bytes."""
    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read(64 * 1024 + 1)
    except FileNotFoundError:
        raise InvalidInput(f"The file {_name(path)} does not exist.") from None
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise InvalidInput(f"The file {_name(path)} cannot be read ({detail}).") from None
    if len(text) > 64 * 1024:
        raise InvalidInput(f"The file {_name(path)} is too big for a list of backup codes.")
    return text


def _name(path: str) -> str:
    return "standard input" if path == "-" else Path(path).name


__all__ = ["add_parsers", "cmd_backup_codes", "cmd_inspect", "show_window", "window_steps"]
