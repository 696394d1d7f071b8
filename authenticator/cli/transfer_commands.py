"""``import`` and ``export``: moving accounts between this app and other authenticators (or a backup).

``import FILE`` sniffs the format (or takes ``--format``), asks for the password when the file is encrypted
(``--password-file``, else a prompt on a terminal, else a clear refusal), shows a preview with a status per
entry (new / duplicate / unsupported) and then writes the new accounts in one all-or-nothing step
(:meth:`Vault.add_many`). ``--dry-run`` stops after the preview. Nothing is written before the preview is
complete, and a failure while writing leaves the account list as it was.

``export --format F OUT`` writes our encrypted backup (Aegis vault format), plain Aegis JSON, an
``otpauth://`` list, Google Authenticator transfer QR codes, or one account's QR code. Every file is read back
from disk and checked before it replaces OUT (:mod:`authenticator.formats.export_file`).

Secrets never reach stdout or stderr here: rows and messages name issuers, names and files only.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import AuthenticatorError, InvalidInput, SecretMissing
from . import output

if TYPE_CHECKING:
    from ..core.account import Account
    from ..formats.base import Format, ImportResult
    from ..formats.preview import PreviewRow
    from ..storage.vault import Vault
    from .commands import Context

EXPORT_FORMATS = ("aegis", "aegis-plain", "uris", "google-qr", "qr")
PASSWORD_ATTEMPTS = 3
PLAIN_WARNING = "{name} holds your secrets unencrypted: anyone who reads it can make your codes. Delete it after use."


class UsageError(AuthenticatorError):
    """Options that do not go together (argparse cannot say so on its own)."""

    exit_code = 2


# -- registration -----------------------------------------------------------------------------------------


def add_parsers(add: Any) -> None:
    """Register ``import`` and ``export`` (``add`` is main.py's helper: a subparser with --json, --data-dir)."""
    p = add(
        "import",
        "import accounts from another app's export or from a backup",
        "Import the accounts in FILE: an Aegis vault (plain or encrypted; also our own backups), 2FAS, andOTP, "
        "Bitwarden, FreeOTP, FreeOTP+, Stratum, Ente, Proton, Google Authenticator transfer links or an "
        "otpauth:// list. The format is recognised from the content unless --format names it. Encrypted files "
        "need the password: --password-file P reads it from the first line of P; without it you are asked on "
        "a terminal. First a preview lists every entry as new, duplicate (same secret, or same issuer and "
        "name, as an account you have) or unsupported (with the reason); then the new ones are added, all or "
        "nothing. --dry-run only shows the preview. With --json: an object with the format and one row per "
        "entry (no secrets).",
    )
    p.add_argument("file", metavar="FILE", help="the export or backup file")
    p.add_argument("--format", dest="format_name", metavar="F", help="the file's format, when sniffing is not wanted")
    p.add_argument("--password-file", metavar="P", help="read the password from the first line of this file")
    p.add_argument("--dry-run", action="store_true", help="show what would be imported; write nothing")
    p.add_argument("--include-duplicates", action="store_true", help="also import entries marked duplicate")
    p.set_defaults(handler=cmd_import)

    p = add(
        "export",
        "export accounts: encrypted backup, Aegis JSON, otpauth:// list, Google Authenticator QR codes",
        "Write every account to OUT. aegis: an encrypted backup in the Aegis vault format (scrypt N=2^17, "
        "AES-256-GCM), which Aegis, GNOME Authenticator, OTPClient and Ente can import and 'authenticator "
        "import' restores; the password comes from --password-file P or is asked twice on a terminal. "
        "aegis-plain and uris: unencrypted files (a warning says so). google-qr: Google Authenticator "
        "transfer QR codes as PNG files, at most 10 accounts each (OUT is a folder, or NAME.png for NAME-1-of-"
        "N.png); accounts Google Authenticator would drop or break are listed and left out unless "
        "--include-incompatible. qr: the QR code of the one account --account QUERY names, as a PNG. Every "
        "file is read back and checked before it replaces OUT; a failed check leaves OUT as it was.",
    )
    p.add_argument("out", metavar="OUT", help="the file (or, for google-qr, the folder) to write")
    p.add_argument("--format", dest="format_name", metavar="F", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--password-file", metavar="P", help="aegis: read the password from the first line of this file")
    p.add_argument("--account", metavar="QUERY", help="qr: the account to export (issuer, name or id)")
    p.add_argument(
        "--include-incompatible",
        action="store_true",
        help="google-qr: also export accounts whose codes Google Authenticator would get wrong",
    )
    p.set_defaults(handler=cmd_export)


# -- import -----------------------------------------------------------------------------------------------


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from ..formats import registry
    from ..formats.preview import Status, chosen, preview

    path = Path(args.file)
    data = _read_import_file(path)
    fmt = registry.by_name(args.format_name) if args.format_name else registry.detect(data)
    result = _read_with_password(fmt, data, path, args.password_file)
    vault = ctx.vault()
    rows = preview(result, vault)
    imported: dict[str, Account] = {}
    if not args.dry_run:
        pairs = chosen(rows, include_duplicates=args.include_duplicates)
        if pairs:
            imported = {a.id: a for a in vault.add_many(pairs)}
    counts = {status: sum(1 for r in rows if r.status is status) for status in Status}
    if args.json:
        output.print_json(
            {
                "file": str(path),
                "format": result.format_name,
                "encrypted": result.encrypted,
                "dry_run": bool(args.dry_run),
                "imported": len(imported),
                "rows": [_row_json(row, imported) for row in rows],
            }
        )
    else:
        _print_rows(rows, imported)
    summary = (
        f"{counts[Status.NEW]} new, {counts[Status.DUPLICATE]} duplicate, "
        f"{counts[Status.UNSUPPORTED]} unsupported ({fmt.title or fmt.name})"
    )
    if args.dry_run:
        output.note(f"{summary}. Dry run: nothing was imported.")
    else:
        skipped = "" if args.include_duplicates or not counts[Status.DUPLICATE] else "; duplicates were skipped"
        output.note(f"{summary}. Imported {len(imported)} account{'s' * (len(imported) != 1)}{skipped}.")
    return 0


def _read_import_file(path: Path) -> bytes:
    """The file's bytes; a file too big to be an export is refused before it is read whole."""
    from ..formats.base import FormatError
    from ..formats.registry import MAX_IMPORT_BYTES

    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InvalidInput(f"{path} is a folder.", "Give the export file itself.")
        if size > MAX_IMPORT_BYTES:
            raise _too_big(size)
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as exc:
        raise InvalidInput(f"{path} does not exist.") from exc
    except OSError as exc:
        raise InvalidInput(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise _too_big(len(data))
    if not data.strip():
        raise FormatError(f"{path.name} is empty.", "Export from the other app again.")
    return data


def _too_big(size: int) -> AuthenticatorError:
    from ..formats.base import FormatError
    from ..formats.registry import MAX_IMPORT_BYTES

    return FormatError(
        f"The file is {size / 2**20:.0f} MB; exports are at most a few MB, so this is not one.",
        f"Files above {MAX_IMPORT_BYTES // 2**20} MB are refused; nothing was imported.",
    )


def _read_with_password(fmt: Format, data: bytes, path: Path, password_file: str | None) -> ImportResult:
    """Read ``data``; ask for the password only when the file needs one. A wrong password from a file is
    final (exit 3); at a prompt the user may try again."""
    from ..formats.base import PasswordRequired, WrongPassword

    password = _password_from_file(password_file) if password_file else None
    try:
        return fmt.read(data, password)
    except PasswordRequired:
        if password is not None:
            raise
    if not _interactive():
        raise PasswordRequired(
            f"{path.name} is encrypted: pass --password-file P.",
            "Put the password on the first line of P (nothing was imported).",
        )
    for attempt in range(1, PASSWORD_ATTEMPTS + 1):
        typed = getpass.getpass(f"Password for {path.name}: ", stream=sys.stderr)
        try:
            return fmt.read(data, typed)
        except WrongPassword as err:
            if attempt == PASSWORD_ATTEMPTS:
                raise
            output.error(err.message, "Try again.")
    raise AssertionError("unreachable")  # pragma: no cover


def _row_json(row: PreviewRow, imported: dict[str, Account]) -> dict[str, Any]:
    data = row.to_json()
    account = imported.get(row.account.id) if row.account is not None else None
    data["imported"] = account is not None
    data["id"] = account.id if account is not None else None
    return data


def _print_rows(rows: list[PreviewRow], imported: dict[str, Account]) -> None:
    table = []
    for row in rows:
        done = row.account is not None and row.account.id in imported
        table.append([str(row.row), row.status.value + (" (imported)" if done else ""), row.label, row.reason])
    output.print_table(table)


# -- export -----------------------------------------------------------------------------------------------


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    fmt = args.format_name
    if args.password_file and fmt != "aegis":
        raise UsageError("--password-file only applies to --format aegis (the encrypted backup).")
    if (args.account is not None) != (fmt == "qr"):
        raise UsageError("--format qr needs --account QUERY, and --account only applies to --format qr.")
    if args.include_incompatible and fmt != "google-qr":
        raise UsageError("--include-incompatible only applies to --format google-qr.")
    out = Path(args.out)
    password = _export_password(args.password_file) if fmt == "aegis" else None
    vault = ctx.vault()
    accounts = [vault.find(args.account)] if fmt == "qr" else vault.accounts()
    if not accounts:
        raise InvalidInput("There are no accounts to export.")
    pairs = _with_secrets(vault, accounts)
    skipped: list[dict[str, Any]] = []
    if fmt == "aegis":
        assert password is not None
        files = [_export_aegis(out, pairs, password)]
    elif fmt == "aegis-plain":
        files = [_export_aegis_plain(out, pairs)]
    elif fmt == "uris":
        files = [_export_uris(out, pairs)]
    elif fmt == "google-qr":
        files, skipped = _export_google(out, pairs, args.include_incompatible)
    else:
        files = [_export_account_qr(out, pairs[0])]
    exported = len(pairs) - sum(1 for s in skipped if not s["included"])
    if fmt in ("aegis-plain", "uris", "google-qr", "qr"):
        for path in files:
            output.warn(PLAIN_WARNING.format(name=path))
    if args.json:
        output.print_json(
            {
                "format": fmt,
                "encrypted": fmt == "aegis",
                "accounts": exported,
                "files": [str(p) for p in files],
                "incompatible": skipped,
            }
        )
    else:
        where = str(files[0]) if len(files) == 1 else f"{len(files)} files in {files[0].parent}"
        sys.stdout.write(f"Exported {exported} account{'s' * (exported != 1)} to {where}.\n")
    return 0


def _with_secrets(vault: Vault, accounts: list[Account]) -> list[tuple[Account, str]]:
    """Every account with its secret (one batched keyring read); a missing secret refuses the export."""
    missing = vault.load_secrets([a.id for a in accounts])
    if missing:
        titles = ", ".join(a.title for a in accounts if a.id in missing)
        raise SecretMissing(
            f"The secrets of {len(missing)} account(s) are missing from the keyring ({titles}); nothing was exported.",
            "Remove those accounts or add them again, then export.",
        )
    pairs = []
    for account in accounts:
        secret = vault.cached_secret(account.id)
        assert secret is not None
        pairs.append((account, secret))
    return pairs


def _export_password(password_file: str | None) -> str:
    if password_file:
        return _password_from_file(password_file)
    if not _interactive():
        raise InvalidInput(
            "An encrypted backup needs a password: pass --password-file P.",
            "Put the password on the first line of P; or use --format aegis-plain for an unencrypted file.",
        )
    first = getpass.getpass("Password for the backup: ", stream=sys.stderr)
    if not first:
        raise InvalidInput("The password is empty; nothing was exported.")
    if getpass.getpass("The same password again: ", stream=sys.stderr) != first:
        raise InvalidInput("The two passwords differ; nothing was exported.")
    return first


def _export_aegis(out: Path, pairs: list[tuple[Account, str]], password: str) -> Path:
    from ..formats import export_aegis as aegis
    from ..formats.export_file import write_verified

    params = aegis.new_kdf_params()
    key = aegis.derive_key(password, params)
    db = aegis.build_db(pairs)
    data = aegis.encrypted_file(db, key, params)
    write_verified(out, data, lambda written: _same_db(aegis.read_encrypted_db(written, derived_key=key), db))
    return out


def _export_aegis_plain(out: Path, pairs: list[tuple[Account, str]]) -> Path:
    from ..formats import export_aegis as aegis
    from ..formats.export_file import write_verified

    db = aegis.build_db(pairs)
    write_verified(out, aegis.plain_file(db), lambda written: _same_db(aegis.read_plain_db(written), db))
    return out


def _export_uris(out: Path, pairs: list[tuple[Account, str]]) -> Path:
    from ..formats.export_file import write_verified
    from ..formats.export_uris import check_uri_file, uri_file

    write_verified(out, uri_file(pairs), lambda written: check_uri_file(written, pairs))
    return out


def _export_google(
    out: Path, pairs: list[tuple[Account, str]], include_broken: bool
) -> tuple[list[Path], list[dict[str, Any]]]:
    from ..formats.export_file import write_verified
    from ..formats.export_google import Verdict, compatibility, migration_uris
    from ..formats.export_qr import check_png, qr_png

    problems = compatibility([a for a, _ in pairs])
    report = []
    for problem in problems:
        included = include_broken and problem.verdict is Verdict.BROKEN
        report.append(
            {
                "id": problem.account.id,
                "title": problem.account.title,
                "verdict": problem.verdict.value,
                "reasons": list(problem.reasons),
                "included": included,
            }
        )
        what = "exported anyway" if included else "left out"
        output.warn(f"{problem.account.title}: {' '.join(problem.reasons)} ({what})")
    uris = migration_uris(pairs, include_broken=include_broken)
    if not uris:
        raise InvalidInput(
            "None of the accounts can be moved to Google Authenticator (see above).",
            "Use --include-incompatible for the ones it would get wrong, or another export format.",
        )
    paths = _qr_paths(out, len(uris))
    for path, uri in zip(paths, uris, strict=True):
        write_verified(path, qr_png(uri), lambda written, uri=uri: check_png(written, uri))
    return paths, report


def _export_account_qr(out: Path, pair: tuple[Account, str]) -> Path:
    from ..core.uri import to_otpauth
    from ..formats.export_file import write_verified
    from ..formats.export_qr import check_png, qr_png

    uri = to_otpauth(*pair)
    write_verified(out, qr_png(uri), lambda written: check_png(written, uri))
    return out


def _qr_paths(out: Path, count: int) -> list[Path]:
    """OUT.png → OUT.png (one code) or OUT-1-of-N.png…; any other OUT is a folder (created if needed)."""
    if out.suffix.lower() == ".png":
        if count == 1:
            return [out]
        return [out.with_name(f"{out.stem}-{i}-of-{count}.png") for i in range(1, count + 1)]
    try:
        out.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise InvalidInput(f"The folder {out} cannot be created ({exc.strerror or exc}).") from exc
    return [out / f"google-authenticator-{i}-of-{count}.png" for i in range(1, count + 1)]


def _same_db(read_back: dict[str, Any], meant: dict[str, Any]) -> None:
    from ..formats.base import FormatError

    if read_back != meant:
        raise FormatError("the accounts read back differ from the accounts written")


# -- helpers ----------------------------------------------------------------------------------------------


def _password_from_file(name: str) -> str:
    """The first line of the file, without its line ending (the rest of the file is ignored)."""
    try:
        text = Path(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InvalidInput(f"The password file {name} does not exist.") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"The password file {name} cannot be read.") from exc
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise InvalidInput(f"The password file {name} is empty.", "Put the password on its first line.")
    return lines[0]


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty() and os.isatty(sys.stdin.fileno())
    except (AttributeError, ValueError, OSError):
        return False
