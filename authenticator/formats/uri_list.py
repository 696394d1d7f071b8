"""Plain text files of ``otpauth://`` links, one per line (what many apps call a "plain text" export).

Each line goes through :func:`authenticator.core.uri.parse_otpauth`, so a list imports exactly as the same
links would when added one by one (same policies, same warnings). Blank lines and ``#`` comments are
skipped; any other line that is not a usable link becomes a per-entry error that names the line and the
link's label, never its query (which holds the secret). A Google Authenticator ``otpauth-migration://`` line
is not expanded here; the error says to import that export on its own.
"""

from __future__ import annotations

from urllib.parse import unquote

from ..core.errors import InvalidInput
from ..core.i18n import N_, Message
from ..core.uri import parse_otpauth
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult
from .fields import decode_text, first_content_line, split_results

NAME = "otpauth-list"
_LABEL_LIMIT = 60


class UriListFormat(Format):
    name = NAME
    title = N_("List of otpauth:// links")
    can_be_encrypted = False
    patterns = ("*.txt",)

    def sniff(self, data: bytes) -> bool:
        return first_content_line(data).lower().startswith("otpauth://")

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        text = decode_text(data, N_("list of links"))
        items: list[ImportedEntry | EntryError] = []
        links = 0
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            index = len(items)
            lowered = stripped.lower()
            if lowered.startswith("otpauth-migration:"):
                items.append(
                    EntryError(
                        index,
                        Message("line {number}", number=number),
                        N_(
                            "This line is a Google Authenticator export; import it on its own (as a Google "
                            "Authenticator export) so that all its parts are gathered."
                        ),
                    )
                )
                continue
            if not lowered.startswith("otpauth:"):
                items.append(
                    EntryError(
                        index, Message("line {number}", number=number), N_("This line is not an otpauth:// link.")
                    )
                )
                continue
            links += 1
            try:
                parsed = parse_otpauth(stripped)
            except InvalidInput as exc:
                items.append(EntryError(index, _label(stripped, number), exc.message))
                continue
            items.append(ImportedEntry(account=parsed.account, secret=parsed.secret))
        if not links:
            raise FormatError(
                N_("The file holds no otpauth:// links."),
                N_("A list of links has one otpauth://totp/… link per line."),
            )
        entries, errors = split_results(items)
        return ImportResult(NAME, entries, errors)


def _label(line: str, number: int) -> str:
    """ "line 3: Issuer:account" from the link's path only (the query holds the secret)."""
    rest = line.split("://", 1)[1] if "://" in line else ""
    path = rest.split("?", 1)[0]
    label = unquote(path.split("/", 1)[1], errors="replace").strip() if "/" in path else ""
    if len(label) > _LABEL_LIMIT:
        label = label[: _LABEL_LIMIT - 1] + "…"
    return (
        Message("line {number}: {label}", number=number, label=label)
        if label
        else Message("line {number}", number=number)
    )


FORMAT = UriListFormat()
