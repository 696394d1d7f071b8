"""``scan`` and ``add --image/--screen``: accounts from QR codes in image files or on the screen.

``scan`` only reports what it finds (one URI a line, or JSON) and saves nothing, so a user can look before
adding; ``add --image`` adds the one account found and refuses to guess when there are several. Decoding is
Qt-free; only ``--screen`` needs Qt (to grab the screens), which is imported inside that path alone so the
rest of the CLI never loads it.

URIs hold secrets: they are printed on stdout only because the user asked ``scan`` for exactly that, and
never appear in an error message, a warning or a note (those name the file, the issuer and the account).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import AuthenticatorError, InvalidInput
from . import output

if TYPE_CHECKING:
    from ..core.uri import ParsedUri
    from .commands import Context

SCREEN = "screen"


class NothingToAdd(InvalidInput):
    """The images held QR codes, but none of them is an account that can be added."""


class SeveralAccounts(InvalidInput):
    """``add --image`` found more than one account and was not told to add them all."""

    def __init__(self, message: str, hint: str = "", candidates: list[str] | None = None) -> None:
        super().__init__(message, hint)
        self.candidates = candidates or []


@dataclass
class Found:
    """One QR code's text from one source (a file name, or ``screen``), sorted and, if an account, parsed."""

    source: str
    is_file: bool
    text: str = field(repr=False)
    kind: str  # otpauth | migration | other
    message: str = ""  # classify()'s message, or the parse error's
    parsed: ParsedUri | None = None

    @property
    def is_uri(self) -> bool:
        """An account or an export: what ``scan`` prints."""
        return self.kind in ("otpauth", "migration")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "file": self.source if self.is_file else None,
            "source": "file" if self.is_file else SCREEN,
            "uri": self.text,
            "kind": self.kind,
        }
        if self.parsed is not None:
            account = self.parsed.account
            data.update(
                issuer=account.issuer,
                name=account.name,
                type=account.type.value,
                algorithm=account.algorithm,
                digits=account.digits,
                period=account.period,
                counter=account.counter,
                warnings=output.warnings_json(self.parsed.warnings),
            )
        if self.message:
            data["message"] = self.message
        return data


def sort_texts(texts: Iterable[str], source: str, *, is_file: bool = True) -> list[Found]:
    """Classify every decoded text; otpauth URIs are parsed (a bad one keeps its error as ``message``)."""
    from ..core.uri import parse_otpauth
    from ..qr.decode import classify

    found = []
    for text in texts:
        content = classify(text)
        item = Found(source, is_file, content.text, content.kind, content.message)
        if content.kind == "otpauth":
            try:
                item.parsed = parse_otpauth(content.text)
            except AuthenticatorError as err:
                item.message = err.message
        found.append(item)
    return found


def _decode_files(paths: list[str]) -> tuple[list[Found], list[tuple[str, AuthenticatorError]]]:
    """Every code in every file; a file that cannot be used is an error for that file only."""
    from ..qr.decode import decode_file

    found: list[Found] = []
    failures: list[tuple[str, AuthenticatorError]] = []
    for path in paths:
        try:
            codes = decode_file(path, require_code=True)
        except AuthenticatorError as err:
            failures.append((path, err))
            continue
        found.extend(sort_texts((code.text for code in codes), Path(path).name))
    return found, failures


def _decode_screen() -> list[Found]:
    from ..qr.screen import scan_screens

    codes = scan_screens(create_application=True)
    if not codes:
        raise NothingToAdd(
            "No QR code was found on the screen.",
            "Show the whole code on screen (not covered by other windows), then try again.",
        )
    return sort_texts((code.text for code in codes), SCREEN, is_file=False)


def _report_non_uris(found: list[Found]) -> None:
    """Codes that are no account go to stderr with what they hold (never their text)."""
    for item in found:
        where = item.source
        if item.kind in ("other", "migration"):
            output.note(f"{where}: {item.message}")
        elif item.parsed is None:
            output.warn(f"{where}: this otpauth:// link cannot be added: {item.message}")
        else:
            for warning in item.parsed.warnings:
                output.warn(f"{where}: {item.parsed.account.title}: {warning.message}")


# -- scan -------------------------------------------------------------------------------------------------


def cmd_scan(ctx: Context, args: argparse.Namespace) -> int:
    """Print every otpauth / otpauth-migration URI found; nothing is saved, so no vault is opened."""
    if args.screen:
        found, failures = _decode_screen(), []
    else:
        found, failures = _decode_files(args.files)
    _report_non_uris(found)
    uris = [item for item in found if item.is_uri]
    if args.json:
        output.print_json([item.to_json() for item in uris])
    else:
        for item in uris:
            sys.stdout.write(item.text + "\n")
    for path, err in failures:
        _file_error(path, err)
    if failures:
        return failures[0][1].exit_code
    if not uris:
        output.error(
            "No account QR code was found.",
            "The codes found hold something else (see above); look for the service's otpauth QR code.",
        )
        return NothingToAdd.exit_code
    return 0


def _file_error(path: str, err: AuthenticatorError) -> None:
    name = Path(path).name
    message = err.message if name in err.message else f"{name}: {err.message}"
    output.error(message, err.hint)


# -- add --image / --screen ---------------------------------------------------------------------------------


def cmd_add_found(ctx: Context, args: argparse.Namespace) -> int:
    """Add the account in an image or on the screen; several only with ``--all``. All checks come first:
    a refusal adds nothing, and the vault is opened only when there is something to add."""
    if args.screen:
        found = _decode_screen()
    else:
        found, failures = _decode_files([args.image])
        if failures:
            raise failures[0][1]
    accounts = [item for item in found if item.parsed is not None]
    if not accounts:
        raise _nothing_to_add(found)
    if len(accounts) > 1 and not args.all:
        raise SeveralAccounts(
            f"{len(accounts)} accounts were found; add them one at a time or all together.",
            "Run 'authenticator scan' on the same input, then 'authenticator add URI' for the one you want, "
            "or add --all to add them all:",
            candidates=[item.parsed.account.title for item in accounts if item.parsed is not None],
        )
    _report_non_uris(found)
    vault = ctx.vault()
    added = []
    for item in accounts:
        assert item.parsed is not None
        account = vault.add(item.parsed.account, item.parsed.secret)
        added.append((account, item.parsed))
    if args.json:
        output.print_json(
            [{**output.account_json(a), "warnings": output.warnings_json(parsed.warnings)} for a, parsed in added]
        )
    else:
        for account, _parsed in added:
            sys.stdout.write(f"Added {account.title} [{account.id[:8]}].\n")
    return 0


def _nothing_to_add(found: list[Found]) -> InvalidInput:
    """Why nothing can be added, in the words of the first code that explains it best."""
    for kind in ("otpauth", "migration", "other"):  # a broken account link first: it is what the user wanted
        item = next((i for i in found if i.kind == kind), None)
        if item is not None and kind == "otpauth":
            return NothingToAdd(f"The otpauth:// link in the QR code cannot be added: {item.message}")
        if item is not None:
            return NothingToAdd(item.message, "Look for the service's own QR code (it holds an otpauth:// link).")
    return NothingToAdd("No QR code was found.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``add`` options for images and the screen (the URI argument itself stays in main.py)."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--image", metavar="FILE", help="add the account from the QR code in this image file")
    source.add_argument("--screen", action="store_true", help="add the account from a QR code shown on screen")
    parser.add_argument("--all", action="store_true", help="with --image/--screen: add every account found")


def check_add_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    sources = sum((args.uri is not None, args.image is not None, bool(args.screen)))
    if sources == 0:
        parser.error("give a URI, --image FILE or --screen")
    if sources > 1:
        parser.error("give only one of URI, --image FILE and --screen")
    if args.all and args.uri is not None:
        parser.error("--all only applies to --image and --screen")


def add_scan_parser(add: Any) -> None:
    """Register ``scan`` (``add`` is main.py's helper that makes a subparser with --json and --data-dir)."""
    p = add(
        "scan",
        "print the otpauth:// links in QR code images or on the screen",
        "Find every QR code in the image files (PNG, JPEG, GIF, BMP, WebP) or on the screen and print each "
        "otpauth:// or otpauth-migration:// link on its own line. Nothing is saved; pass a line to "
        "'authenticator add' to add that account. Codes that hold something else are reported on stderr. "
        "With --json: a list with one object per link (file, uri, kind, and for otpauth links the parsed "
        "issuer, name, type, algorithm, digits, period, counter and warnings). The links contain the "
        "secrets: treat the output like a password.",
    )
    p.add_argument("files", metavar="FILE", nargs="*", help="image files to read")
    p.add_argument("--screen", action="store_true", help="read the screens instead of files")
    p.set_defaults(handler=cmd_scan)


def check_scan_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    if args.screen and args.files:
        parser.error("give image files or --screen, not both")
    if not args.screen and not args.files:
        parser.error("give one or more image files, or --screen")
