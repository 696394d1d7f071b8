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
from . import commands, output
from .commands import Context, VaultFactory

if TYPE_CHECKING:
    from ..core.clock import Clock

EXIT_CODES = """\
exit codes:
  0  success
  1  other error (for example a removal that was not confirmed)
  2  usage error: unknown command, option or missing argument
  3  invalid input: a bad otpauth URI, secret or parameter, or an unreadable --at time
  4  no account matches the query
  5  the query matches several accounts (they are listed on stderr)
  6  the account list (metadata file) cannot be read or written
  7  the system keyring is unavailable or locked, or lacks the account's secret

Errors go to stderr as "authenticator: error: …" with a "hint: …" line; with --json, stdout holds only JSON.
Accounts live in --data-dir, else $AUTHENTICATOR_DATA_DIR, else the user data folder; secrets in the keyring.
"""

TIME_HELP = "the time to compute the code for: ISO 8601 (2026-11-28T12:00:00Z; no offset = local time) or Unix seconds"


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps descriptions like the default formatter but keeps the exit-code table's layout."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if text.startswith("exit codes:"):
            return "".join(indent + line for line in text.splitlines(keepends=True))
        return super()._fill_text(text, width, indent)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="authenticator",
        description="Two-factor authentication codes. Without a command, opens the window.",
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
    p.set_defaults(handler=commands.cmd_list)

    p = add(
        "add",
        "add an account from an otpauth:// URI",
        "Add an account from an otpauth:// URI (the text of the service's QR code). Unusual parts of the URI "
        "are reported as warnings on stderr. Use '-' to read the URI from standard input, which keeps the "
        "secret out of the process list and the shell history.",
    )
    p.add_argument("uri", metavar="URI", help="the otpauth:// URI, or - to read it from standard input")
    p.set_defaults(handler=commands.cmd_add)

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
    p.set_defaults(handler=commands.cmd_code)

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

    parser.set_defaults(subparsers={"code": sub.choices["code"]})
    return parser


def main(
    argv: list[str] | None = None,
    *,
    vault_factory: VaultFactory | None = None,
    clock: Clock | None = None,
) -> int:
    """Run the CLI; returns the exit code. ``vault_factory`` and ``clock`` are for tests."""
    args_list = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
        if args.command == "code":
            _check_code_arguments(args)
    except SystemExit as exc:  # argparse: --help/--version (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)

    if args.command is None:
        return _run_gui(args.data_dir, args_list)

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


def _check_code_arguments(args: argparse.Namespace) -> None:
    code_parser: argparse.ArgumentParser = args.subparsers["code"]
    if args.uri is None and args.query is None:
        code_parser.error("give a QUERY (issuer, name or id) or --uri URI")
    if args.uri is not None and args.query is not None:
        code_parser.error("give either a QUERY or --uri, not both")
    if args.uri is not None and args.next:
        code_parser.error("--next needs an account from the list (a QUERY), not --uri")


def _run_gui(data_dir: str | None, argv: list[str]) -> int:
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
    return int(run_gui(data_dir=data_dir, argv=argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
