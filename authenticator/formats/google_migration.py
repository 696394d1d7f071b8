"""Google Authenticator exports: ``otpauth-migration://offline?data=…`` links, from text or from QR scans.

The ``data`` parameter is base64 of a protobuf ``MigrationPayload`` (:mod:`.google_migration_pb2`). A large
export is split over several QR codes ("batches"): each payload carries ``batch_size``, ``batch_index`` and a
``batch_id`` shared by the parts of one export. :class:`MigrationAssembler` gathers the parts of one export
as they are scanned, reporting progress ("2 of 3 scanned") and naming the missing parts; :data:`FORMAT`
reads a text file of such links (one per line, blank lines and ``#`` comments skipped), where several
independent exports may follow each other.

Policies (the shared vectors show that apps differ; ours are deliberate):

* Names: Google stores the raw label, usually ``Issuer:account``. We keep the issuer field and store the
  part after the first ``:`` as the name, exactly as :func:`authenticator.core.uri.parse_otpauth` treats a
  label; when the issuer field is empty, the label prefix becomes the issuer (as the URI parser does).
* The scheme is compared case-insensitively (RFC 3986). ``+`` and ``/`` in ``data`` are base64 characters,
  never a space; standard and URL-safe base64, padded or not, are read.
* ``batch_id`` 0 (absent) and ``batch_size`` 0 (absent) are tolerated: a payload with ``batch_size`` ≤ 1 is a
  complete export by itself.
* A missing part, a part from another export, and a payload with no accounts are refused as a whole with a
  FormatError: importing half an export silently would lose accounts.
* In a text file every non-comment line must be an ``otpauth-migration://`` link; anything else (a prefix
  such as ``QR-Code:``, plain text) refuses the file, naming the line.
* MD5, digit counts other than six and eight, and unknown types become per-entry errors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

from ..core.account import OtpType
from ..core.i18n import N_, Message
from .base import EntryError, Format, FormatError, ImportedEntry, ImportResult
from .fields import b64decode, build_entry, decode_text, first_content_line, label_for, split_results
from .google_migration_pb2 import ALGORITHMS, DIGITS, HOTP, TOTP, MigrationPayload

SCHEME = "otpauth-migration"
NAME = "google-migration"
HINT = N_("In Google Authenticator choose Transfer accounts → Export accounts, and scan every QR code it shows.")
#: A single QR code holds at most ~3 KB; a text line far longer than any export is refused before decoding.
MAX_LINE = 64 * 1024
_SCHEME_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]{0,30}$")


@dataclass(frozen=True)
class Payload:
    """One decoded ``otpauth-migration`` link."""

    batch_id: int
    batch_size: int  # at least 1
    batch_index: int
    accounts: list[Any] = field(repr=False)
    raw: bytes = field(repr=False)

    @property
    def part(self) -> int:
        """1-based part number, as the user counts the QR codes."""
        return self.batch_index + 1


def parse_link(text: str) -> Payload:
    """Decode one ``otpauth-migration://offline?data=…`` link; FormatError says what is wrong with it."""
    link = text.strip()
    if len(link) > MAX_LINE:
        raise FormatError(N_("The Google Authenticator link is far too long to be an export."))
    scheme, sep, _ = link.partition(":")
    if not sep or scheme.lower() != SCHEME:
        exactly = N_("Copy the link exactly as the QR code holds it.")
        if SCHEME + ":" in link.lower():
            raise FormatError(N_("The text has something before otpauth-migration://."), exactly)
        if _SCHEME_NAME.match(scheme) and "migration" in scheme.lower():
            raise FormatError(
                Message("The link starts with {scheme}:, a misspelling of otpauth-migration:.", scheme=scheme), exactly
            )
        raise FormatError(N_("This is not a Google Authenticator export link (otpauth-migration://)."), HINT)
    try:
        parts = urlsplit(link)
    except ValueError as exc:
        raise FormatError(N_("The Google Authenticator link is not a well-formed URI.")) from exc
    raw_data = None
    for pair in parts.query.split("&"):
        key, _, value = pair.partition("=")
        if key.strip().lower() == "data":
            raw_data = value
    if raw_data is None or not raw_data.strip():
        raise FormatError(N_("The Google Authenticator link has no data."), HINT)
    # Percent-decoding only: "+" is a base64 character here, not a space (form encoding does not apply).
    try:
        data = b64decode(unquote(raw_data, errors="strict"), N_("export data"))
    except UnicodeDecodeError as exc:
        raise FormatError(N_("The Google Authenticator link's data is not valid base64.")) from exc
    try:
        message = MigrationPayload.FromString(data)
    except Exception as exc:  # protobuf raises DecodeError, and the C extension a few others, on garbage
        raise FormatError(
            N_("The Google Authenticator export cannot be decoded (the link is truncated or damaged)."), HINT
        ) from exc
    size = max(1, message.batch_size)
    if not 0 <= message.batch_index < size:
        raise FormatError(
            Message(
                "The export says it is part {part} of {size}, which cannot be.",
                part=message.batch_index + 1,
                size=size,
            )
        )
    return Payload(
        batch_id=message.batch_id,
        batch_size=size,
        batch_index=message.batch_index,
        accounts=list(message.otp_parameters),
        raw=data,
    )


def convert(params: Any, index: int) -> ImportedEntry | EntryError:
    """One ``OtpParameters`` as an entry (see the module docstring for the name policy)."""
    raw_name = params.name.decode("utf-8", errors="replace").strip()
    raw_issuer = params.issuer.decode("utf-8", errors="replace").strip()
    label = label_for(raw_issuer, raw_name, Message("account {number}", number=index + 1))
    issuer, name = split_label(raw_name, raw_issuer)
    algorithm = ALGORITHMS.get(params.algorithm)
    if algorithm is None:
        return EntryError(
            index, label, Message("The algorithm number {algorithm} is unknown.", algorithm=params.algorithm)
        )
    if algorithm == "MD5":
        return EntryError(
            index, label, N_("MD5 is not supported; Authenticator computes SHA1, SHA256 and SHA512 codes.")
        )
    digits = DIGITS.get(params.digits)
    if digits is None:
        return EntryError(index, label, Message("The digit count number {digits} is unknown.", digits=params.digits))
    if params.type in (0, TOTP):
        otp_type = OtpType.TOTP
    elif params.type == HOTP:
        otp_type = OtpType.HOTP
    else:
        return EntryError(index, label, Message("The account type number {type} is not supported.", type=params.type))
    return build_entry(
        index,
        label,
        secret=bytes(params.secret),
        issuer=issuer,
        name=name,
        otp_type=otp_type,
        algorithm=algorithm,
        digits=digits,
        counter=params.counter,
    )


def split_label(raw_name: str, raw_issuer: str) -> tuple[str, str]:
    """(issuer, name): the issuer field wins; the label prefix before ``:`` is dropped from the name."""
    if ":" in raw_name:
        prefix, rest = raw_name.split(":", 1)
        return (raw_issuer or prefix.strip()), rest.strip()
    return raw_issuer, raw_name


def _result(payloads: list[Payload]) -> ImportResult:
    items: list[ImportedEntry | EntryError] = []
    for payload in payloads:
        for params in payload.accounts:
            items.append(convert(params, len(items)))
    if not items:
        raise FormatError(N_("The Google Authenticator export holds no accounts."), HINT)
    entries, errors = split_results(items)
    return ImportResult(NAME, entries, errors)


# -- gathering the parts of one export --------------------------------------------------------------------


@dataclass(frozen=True)
class MigrationProgress:
    """How far the scan of one export is: which parts arrived, which are missing."""

    batch_id: int
    batch_size: int
    received: tuple[int, ...]  # 0-based batch indexes, sorted
    duplicate: bool = False  # the last link was a part already scanned

    @property
    def complete(self) -> bool:
        return len(self.received) == self.batch_size

    @property
    def missing(self) -> tuple[int, ...]:
        """1-based numbers of the parts not scanned yet."""
        return tuple(i + 1 for i in range(self.batch_size) if i not in self.received)

    @property
    def text(self) -> str:
        """ "2 of 3 scanned" (what the scan dialog shows)."""
        return Message("{received} of {total} scanned", received=len(self.received), total=self.batch_size)

    @property
    def missing_text(self) -> str:
        missing = self.missing
        if not missing:
            return ""
        if len(missing) == 1:
            return Message("Missing part {parts} of {total}.", parts=_join(missing), total=self.batch_size)
        return Message("Missing parts {parts} of {total}.", parts=_join(missing), total=self.batch_size)


class MigrationAssembler:
    """Collects the QR codes of one Google Authenticator export, in any order, until all have been scanned.

    ``add`` takes the text of one scanned code and returns the progress; a code from another export is
    refused (FormatError) without disturbing what was gathered, a code scanned twice is ignored. No Qt: the
    scan dialog owns one of these and shows ``progress.text``.
    """

    def __init__(self) -> None:
        self._parts: dict[int, Payload] = {}
        self._batch_id: int | None = None
        self._batch_size = 0

    def add(self, uri_text: str) -> MigrationProgress:
        payload = parse_link(uri_text)
        if self._batch_id is not None:
            if payload.batch_id != self._batch_id or payload.batch_size != self._batch_size:
                raise FormatError(
                    N_("This QR code belongs to a different Google Authenticator export."),
                    Message("Keep scanning the export you started ({text}), or start over.", text=self.progress.text),
                )
            known = self._parts.get(payload.batch_index)
            if known is not None:
                if known.raw != payload.raw:
                    raise FormatError(
                        Message(
                            "Two different QR codes both say they are part {part} of this export.", part=payload.part
                        ),
                        N_("Start over and scan the codes of one export only."),
                    )
                return self._progress(duplicate=True)
        self._batch_id, self._batch_size = payload.batch_id, payload.batch_size
        self._parts[payload.batch_index] = payload
        return self._progress()

    @property
    def started(self) -> bool:
        return self._batch_id is not None

    @property
    def complete(self) -> bool:
        return self.started and len(self._parts) == self._batch_size

    @property
    def progress(self) -> MigrationProgress:
        return self._progress()

    def _progress(self, duplicate: bool = False) -> MigrationProgress:
        return MigrationProgress(
            batch_id=self._batch_id or 0,
            batch_size=self._batch_size,
            received=tuple(sorted(self._parts)),
            duplicate=duplicate,
        )

    def result(self) -> ImportResult:
        """The accounts of the whole export, in part order; FormatError naming missing parts if incomplete."""
        if not self.started:
            raise FormatError(N_("No Google Authenticator QR code has been scanned yet."), HINT)
        if not self.complete:
            progress = self.progress
            raise FormatError(
                Message("The Google Authenticator export is incomplete: {missing}", missing=progress.missing_text),
                Message("{text}; scan the missing QR codes too.", text=progress.text),
            )
        return _result(self.payloads())

    def payloads(self) -> list[Payload]:
        """The parts gathered so far, in part order."""
        return [self._parts[i] for i in sorted(self._parts)]


# -- the text-file format ---------------------------------------------------------------------------------


class GoogleMigrationFormat(Format):
    name = NAME
    title = N_("Google Authenticator export")
    can_be_encrypted = False
    patterns = ("*.txt",)

    def sniff(self, data: bytes) -> bool:
        return first_content_line(data).lower().startswith(SCHEME + ":")

    def read(self, data: bytes, password: str | None = None) -> ImportResult:
        text = decode_text(data, N_("Google Authenticator export"))
        standalone: list[Payload] = []
        exports: dict[int, MigrationAssembler] = {}
        order: list[tuple[int, int]] = []  # (kind, key) so exports come out in file order
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                payload = parse_link(stripped)
            except FormatError as exc:
                raise FormatError(
                    Message("Line {number}: {message}", number=number, message=exc.message), exc.hint
                ) from exc
            if payload.batch_size == 1:
                order.append((0, len(standalone)))
                standalone.append(payload)
                continue
            if payload.batch_id not in exports:
                exports[payload.batch_id] = MigrationAssembler()
                order.append((1, payload.batch_id))
            try:
                exports[payload.batch_id].add(stripped)
            except FormatError as exc:
                raise FormatError(
                    Message("Line {number}: {message}", number=number, message=exc.message), exc.hint
                ) from exc
        if not order:
            raise FormatError(N_("The file holds no otpauth-migration:// links."), HINT)
        payloads: list[Payload] = []
        for kind, key in order:
            if kind == 0:
                payloads.append(standalone[key])
                continue
            assembler = exports[key]
            if not assembler.complete:
                progress = assembler.progress
                raise FormatError(
                    Message(
                        "The Google Authenticator export is incomplete: {missing}",
                        missing=progress.missing_text,
                    ),
                    N_("Export again and save every QR code's link."),
                )
            payloads.extend(assembler.payloads())
        return _result(payloads)


def _join(numbers: tuple[int, ...]) -> str:
    shown = [str(n) for n in numbers]
    if len(shown) == 1:
        return shown[0]
    return Message("{numbers} and {last}", numbers=", ".join(shown[:-1]), last=shown[-1])


FORMAT = GoogleMigrationFormat()
