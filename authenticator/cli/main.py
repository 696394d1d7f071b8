"""``authenticator [--data-dir DIR] COMMAND …``: argument parsing, dispatch and the error-to-exit-code mapping.

With no command it opens the window (``authenticator.app.run_gui``), so one installed command serves both
people and scripts. Only argparse and the error classes are imported up front: the CLI must start fast and
must never load Qt.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .. import __version__
from ..core.errors import AuthenticatorError
from . import commands, output, scan_commands, time_commands, toolkit_commands, transfer_commands
from .commands import Context, VaultFactory

if TYPE_CHECKING:
    from ..core.clock import Clock

EXIT_CODES = """\
exit codes:
  0  success
  1  other error (for example a removal that was not confirmed)
  2  usage error: unknown command, option or missing argument
  3  invalid input: a bad otpauth URI, secret, parameter or code, an unreadable --at time, a file that
     cannot be imported (not an export, damaged, wrong password), a bad image,
     a bad --server/--url, or a time correction of more than a day without --force
  4  no account matches the query
  5  the query matches several accounts (they are listed on stderr)
  6  the account list (metadata file) cannot be read or written, the time correction cannot be saved,
     or an export could not be written and verified (any previous file is left as it was)
  7  the system keyring is unavailable or locked, or lacks the account's secret
  8  time: no time source gave a usable answer, or --apply found no safe correction (nothing was applied)

Errors go to stderr as "authenticator: error: …" with a "hint: …" line; with --json, stdout holds only JSON.
Accounts live in --data-dir, else $AUTHENTICATOR_DATA_DIR, else the user data folder; secrets in the keyring.
The time correction ('authenticator time --apply') is kept in the same folder and applied to every code
shown for "now"; --at TIME always means exactly that time, never corrected.
"""

TIME_HELP = (
    "the time to compute the code for: ISO 8601 (2026-11-28T12:00:00Z; no offset = local time) or Unix seconds;"
    " used exactly as given (no time correction)"
)
NO_CORRECTION_HELP = "ignore the stored time correction and use the system clock as it is"


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions like the default formatter but keeps the exit-code table's layout."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("exit codes:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="authenticator",
        description="Two-factor authentication codes. Without a command, opens the window (with an otpauth:// link"
        " alone, e.g. 'authenticator otpauth://totp/…', its add-account confirmation).",
        epilog=EXIT_CODES,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", default=None, help="folder of the account list")
    # Accept --data-dir after the command too; SUPPRESS keeps the subparser from overwriting the global value.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="folder of the account list")
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="print JSON on stdout (messages stay on stderr)")

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        return sub.add_parser(
            name,
            help=help_text,
            description=description,
            parents=[common, json_flag],
            epilog=EXIT_CODES,
            formatter_class=_HelpFormatter,
        )

    p = add(
        "list",
        "list the accounts",
        "List the accounts: position (from 1), short id, issuer, name and type. No secrets, no codes.",
    )
    p.add_argument("--group", metavar="GROUP", help="only accounts in this group (case-insensitive)")
    p.add_argument("--favourites", action="store_true", help="only favourite accounts")
    p.set_defaults(handler=commands.cmd_list)

    p = add(
        "add",
        "add an account from an otpauth:// URI, a QR code image or the screen",
        "Add an account from an otpauth:// URI (the text of the service's QR code). Unusual parts of the URI "
        "are reported as warnings on stderr. Use '-' to read the URI from standard input, which keeps the "
        "secret out of the process list and the shell history. --image FILE or --screen read the QR code "
        "instead; when several accounts are found nothing is added unless --all is given (with --json a "
        "list is printed then, one object per account added).",
    )
    p.add_argument("uri", metavar="URI", nargs="?", help="the otpauth:// URI, or - to read it from standard input")
    scan_commands.add_arguments(p)
    p.set_defaults(handler=_add_handler)

    scan_commands.add_scan_parser(add)

    p = add(
        "code",
        "print an account's current code",
        "Print the code of the account that QUERY matches (issuer, name or id), or of the account described "
        "by --uri without opening the account list or the keyring. HOTP (counter) codes are shown for the "
        "stored counter; --next moves to the next counter first and saves it.",
    )
    p.add_argument("query", metavar="QUERY", nargs="?", help="issuer, name or id (or the start of the id)")
    p.add_argument("--uri", metavar="URI", help="compute from this otpauth:// URI instead (- reads stdin)")
    p.add_argument("--at", metavar="TIME", help=TIME_HELP)
    p.add_argument("--next", action="store_true", help="HOTP: advance the counter, save it, print the new code")
    p.add_argument(
        "--window",
        metavar="N",
        type=toolkit_commands.window_steps,
        help="list the codes for N steps before and after, with step numbers and validity times (UTC)",
    )
    p.add_argument("--no-correction", action="store_true", help=NO_CORRECTION_HELP)
    p.set_defaults(handler=commands.cmd_code)

    p = add(
        "which-step",
        "find which time step (or settings) a rejected code belongs to",
        "Tell why a code was rejected: compare CODE (as shown by another device or app) with the codes of the "
        "account that QUERY matches, or of --uri, in the steps within --window seconds of now, then with the "
        "usual other settings. The answer says whether that device's clock is off (and by how much), the "
        "account's settings are wrong, or the secret differs. The exit code is 0 whichever it is.",
    )
    p.add_argument("query", metavar="QUERY", nargs="?", help="issuer, name or id (or the start of the id)")
    p.add_argument("code", metavar="CODE", help="the code that was rejected, e.g. '123 456'")
    p.add_argument("--uri", metavar="URI", help="use this otpauth:// URI instead of an account (- reads stdin)")
    p.add_argument("--window", metavar="SECONDS", type=int, default=600, help="how far around now to search (600)")
    p.add_argument("--at", metavar="TIME", help="compare with this time instead of now (ISO 8601 or Unix seconds)")
    p.add_argument("--no-correction", action="store_true", help=NO_CORRECTION_HELP)
    p.set_defaults(handler=time_commands.cmd_which_step)

    p = add(
        "time",
        "check this computer's clock; store or clear the time correction",
        "Measure how far this computer's clock is from NTP servers (default: a few public ones) and/or a web "
        "server's Date header, and say what that means for codes. --apply stores the combined offset as the "
        "time correction, only when the sources agree and the offset is plausible (otherwise exit code 8 and "
        "nothing is stored). --reset goes back to the system clock; --set stores an offset by hand. The "
        "system clock itself is never changed.",
    )
    p.add_argument(
        "--server",
        metavar="HOST[:PORT]",
        action="append",
        default=[],
        help="an NTP server to ask (repeatable; replaces the default servers)",
    )
    p.add_argument("--url", metavar="URL", help="also read the clock of this web server (alone if no --server)")
    p.add_argument("--timeout", metavar="S", type=float, default=None, help="seconds to wait per source (NTP 2, web 5)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--apply", action="store_true", help="store the measured offset as the time correction")
    action.add_argument("--reset", action="store_true", help="remove the time correction: use the system clock")
    action.add_argument(
        "--set", dest="set_offset", metavar="SECONDS", type=float, help="store this correction (seconds to add)"
    )
    p.add_argument("--force", action="store_true", help="with --set: allow a correction of more than a day")
    p.set_defaults(handler=time_commands.cmd_time)

    p = add(
        "remove",
        "remove an account",
        "Remove the account that QUERY matches from this app (its secret is deleted from the keyring). This "
        "does not turn off two-factor login at the service. Asks first unless --yes is given; without a "
        "terminal to ask on it refuses unless --yes is given.",
    )
    p.add_argument("query", metavar="QUERY", help="issuer, name or id (or the start of the id)")
    p.add_argument("-y", "--yes", action="store_true", help="remove without asking")
    p.set_defaults(handler=commands.cmd_remove)

    transfer_commands.add_parsers(add)
    toolkit_commands.add_parsers(add)

    parser.set_defaults(subparsers=sub.choices)
    return parser


def main(
    argv: list[str] | None = None,
    *,
    vault_factory: VaultFactory | None = None,
    clock: Clock | None = None,
) -> int:
    """Run the CLI; returns the exit code. ``vault_factory`` and ``clock`` are for tests."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    args_list, link = _split_link(args_list)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        if link is not None and args.command is not None:
            parser.error("an otpauth:// link opens the window: give it without a command (or use 'add URI')")
        if args.command in ("code", "which-step"):
            _check_code_arguments(args)
        elif args.command == "time":
            _check_time_arguments(args)
        elif args.command == "add":
            scan_commands.check_add_arguments(args.subparsers["add"], args)
        elif args.command == "scan":
            scan_commands.check_scan_arguments(args.subparsers["scan"], args)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)

    if args.command is None:
        return _run_gui(args.data_dir, args_list, link)

    if clock is None:
        from ..core.clock import SystemClock

        clock = SystemClock()
    ctx = Context(data_dir=args.data_dir, vault_factory=vault_factory or commands.open_vault, clock=clock)
    try:
        return int(args.handler(ctx, args))
    except AuthenticatorError as err:
        output.error(err.message, err.hint, getattr(err, "candidates", None))
        return err.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130


def _add_handler(ctx: Context, args: argparse.Namespace) -> int:
    if args.uri is not None:
        return commands.cmd_add(ctx, args)
    return scan_commands.cmd_add_found(ctx, args)


def _check_code_arguments(args: argparse.Namespace) -> None:
    code_parser: argparse.ArgumentParser = args.subparsers[args.command]
    if args.uri is None and args.query is None:
        code_parser.error("give a QUERY (issuer, name or id) or --uri URI")
    if args.uri is not None and args.query is not None:
        code_parser.error("give either a QUERY or --uri, not both")
    if args.uri is not None and getattr(args, "next", False):
        code_parser.error("--next needs an account from the list (a QUERY), not --uri")


def _check_time_arguments(args: argparse.Namespace) -> None:
    time_parser: argparse.ArgumentParser = args.subparsers["time"]
    if (args.reset or args.set_offset is not None) and (args.server or args.url or args.timeout is not None):
        time_parser.error("--reset and --set measure nothing: leave out --server, --url and --timeout")
    if args.force and args.set_offset is None:
        time_parser.error("--force only applies to --set SECONDS")


def _split_link(args_list: list[str]) -> tuple[list[str], str | None]:
    """Take out an ``otpauth://`` or ``otpauth-migration://`` link given before any command
    (``Exec=authenticator %u`` in the desktop file), so argparse does not read it as an unknown command.
    """
    index = 0
    while index < len(args_list):
        arg = args_list[index]
        if arg == "--data-dir":
            index += 2
        elif arg.startswith("--data-dir="):
            index += 1
        elif arg.lower().startswith(("otpauth:", "otpauth-migration:")):
            return args_list[:index] + args_list[index + 1 :], arg
        else:
            break
    return args_list, None


def _run_gui(data_dir: str | None, argv: list[str], link: str | None = None) -> int:
    try:
        from ..app import run_gui
    except ModuleNotFoundError as exc:
        if exc.name not in ("authenticator.app", "PySide6") and not (exc.name or "").startswith("PySide6."):
            raise
        output.error(
            "The window cannot start: Qt for Python (PySide6) is not installed.",
            "Install PySide6-Essentials, or use the commands (see 'authenticator --help').",
        )
        return 1
    if link is not None:
        return int(run_gui(data_dir=data_dir, argv=argv, uri=link))
    return int(run_gui(data_dir=data_dir, argv=argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
