"""An enrollment report: what a server's otpauth:// link says, what is wrong with it, and the codes it gives.

The "Check an enrollment" window and ``authenticator inspect`` both build an :class:`InspectReport` with
:func:`inspect_uri` and show or export it (:meth:`InspectReport.to_json`, :meth:`InspectReport.to_markdown`).
Building a report saves nothing: adding the account is a separate, explicit step for the caller.

Time is a parameter, as everywhere: the caller passes the instant and says where it came from
(:class:`TimeBasis`), so the report can state "corrected clock: system time +2.5 s" next to its codes. The
codes are those for steps T-1, T and T+1 (:func:`codes_around`; any window for ``code --window``), each with
its step number and UTC validity window, because a tester comparing with a server log needs exactly those.

Reports never contain the secret unless asked (``include_secret=True``): an exported report tends to end up
in a bug tracker.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from .account import Account, OtpType
from .lint import Finding, Severity, findings_json, lint_uri, worst
from .otp import code_for_step, decode_secret, time_step
from .uri import ParsedUri, to_otpauth


class TimeBasis(StrEnum):
    """Where the report's "now" came from."""

    CORRECTED = "corrected"  # system clock plus the stored time correction
    SYSTEM = "system"  # system clock, no correction stored or correction turned off
    GIVEN = "given"  # a time the user asked for (--at), used exactly


@dataclass(frozen=True)
class StepCode:
    """The code for one time step (TOTP, Steam) or one counter value (HOTP).

    ``offset`` is relative to the step at the report's time (−1, 0, +1); ``valid_from``/``valid_until`` are
    Unix seconds (``None`` for HOTP, whose codes do not expire).
    """

    offset: int
    step: int
    code: str
    valid_from: int | None = None
    valid_until: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "offset": self.offset,
            "step": self.step,
            "code": self.code,
            "valid_from": iso_utc(self.valid_from) if self.valid_from is not None else None,
            "valid_until": iso_utc(self.valid_until) if self.valid_until is not None else None,
            "valid_from_unix": self.valid_from,
            "valid_until_unix": self.valid_until,
        }


def codes_around(account: Account, secret: str, when: float, window: int = 1) -> list[StepCode]:
    """Codes for the ``window`` steps before and after the one at ``when`` (2·window + 1 rows, oldest first).

    HOTP lists the counter values around the stored counter instead (never below 0); time does not matter.
    """
    if window < 0:
        raise ValueError("window must not be negative")
    if account.type is OtpType.HOTP:
        return [
            StepCode(k, account.counter + k, code_for_step(account, secret, account.counter + k))
            for k in range(-window, window + 1)
            if account.counter + k >= 0
        ]
    current = time_step(when, account.period)
    rows = []
    for k in range(-window, window + 1):
        step = current + k
        if step < 0:
            continue
        start = step * account.period
        rows.append(StepCode(k, step, code_for_step(account, secret, step), start, start + account.period))
    return rows


@dataclass
class InspectReport:
    """Everything the enrollment check shows; ``parsed`` is ``None`` when the link cannot give codes."""

    text: str = field(repr=False)  # the link as received: it holds the secret
    parsed: ParsedUri | None
    findings: list[Finding]
    when: float
    basis: TimeBasis = TimeBasis.SYSTEM
    correction_offset: float = 0.0
    source: str = ""
    codes: list[StepCode] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        """True when the link gives codes (it may still have findings)."""
        return self.parsed is not None

    @property
    def worst(self) -> Severity | None:
        return worst(self.findings)

    @property
    def time_description(self) -> str:
        """Where "now" came from, in words: "corrected clock (system time +2.500 s)"."""
        if self.basis is TimeBasis.GIVEN:
            return "the time asked for (no correction applied)"
        if self.basis is TimeBasis.CORRECTED:
            return f"corrected clock (system time {self.correction_offset:+.3f} s)"
        return "system clock (no time correction)"

    def canonical_uri(self) -> str | None:
        """The link as this app would write it (for the re-rendered QR code); holds the secret."""
        if self.parsed is None:
            return None
        return to_otpauth(self.parsed.account, self.parsed.secret)

    def fields(self, *, include_secret: bool = False) -> dict[str, Any] | None:
        if self.parsed is None:
            return None
        account, secret = self.parsed.account, self.parsed.secret
        data: dict[str, Any] = {
            "issuer": account.issuer,
            "name": account.name,
            "type": account.type.value,
            "algorithm": account.algorithm,
            "digits": account.digits,
            "period": None if account.type is OtpType.HOTP else account.period,
            "counter": account.counter if account.type is OtpType.HOTP else None,
            "secret_bits": len(decode_secret(secret)) * 8,
            "secret_length": len(secret),
        }
        if include_secret:
            data["secret"] = secret
        return data

    def to_json(self, *, include_secret: bool = False) -> dict[str, Any]:
        """The report for scripts; keys are a contract (add, never rename). See the README for the shape."""
        data: dict[str, Any] = {
            "source": self.source,
            "usable": self.usable,
            "worst": self.worst.value if self.worst else None,
            "fields": self.fields(include_secret=include_secret),
            "findings": findings_json(self.findings),
            "time": iso_utc(self.when),
            "time_unix": self.when,
            "time_basis": self.basis.value,
            "correction_offset": self.correction_offset,
            "codes": [row.to_json() for row in self.codes],
        }
        if include_secret:
            data["uri"] = self.text
            data["canonical_uri"] = self.canonical_uri()
        return data

    def to_markdown(self, *, include_secret: bool = False) -> str:
        """The report as a Markdown document, for a bug ticket or a test log."""
        lines = ["# Enrollment check", ""]
        if self.source:
            lines += [f"Source: {_md(self.source)}", ""]
        fields = self.fields(include_secret=include_secret)
        if fields is None:
            lines += ["**This link cannot give codes.**", ""]
        else:
            lines += ["## Fields", "", "| field | value |", "| --- | --- |"]
            lines += [f"| {key} | {_md(str(value))} |" for key, value in fields.items() if value is not None]
            lines.append("")
        lines += ["## Findings", ""]
        if not self.findings:
            lines.append("No findings: the link follows the Key Uri Format.")
        for finding in self.findings:
            lines.append(f"- **{finding.severity.value}** `{finding.code}`: {_md(finding.message)}")
            if finding.explanation:
                lines.append(f"  {_md(finding.explanation)}")
        lines.append("")
        if self.codes:
            hotp = self.parsed is not None and self.parsed.account.type is OtpType.HOTP
            lines += ["## Codes", ""]
            if hotp:
                lines += ["Counter-based (HOTP): codes for the counter values around the link's counter.", ""]
                lines += ["| offset | counter | code |", "| --- | --- | --- |"]
                lines += [f"| {r.offset:+d} | {r.step} | {r.code} |" for r in self.codes]
            else:
                lines += [f"At {iso_utc(self.when)}, by the {self.time_description}.", ""]
                lines += ["| offset | step | code | valid from (UTC) | valid until (UTC) |", "| --- " * 5 + "|"]
                for r in self.codes:
                    start, end = iso_utc(r.valid_from or 0), iso_utc(r.valid_until or 0)
                    lines.append(f"| {r.offset:+d} | {r.step} | {r.code} | {start} | {end} |")
            lines.append("")
        if include_secret:
            lines += ["## Link", "", f"`{self.text}`", ""]
        return "\n".join(lines)


def inspect_uri(
    text: str,
    when: float,
    *,
    basis: TimeBasis = TimeBasis.SYSTEM,
    correction_offset: float = 0.0,
    source: str = "",
    window: int = 1,
) -> InspectReport:
    """Parse, lint and compute codes for one link; never raises for a bad link (see ``usable``)."""
    parsed, findings = lint_uri(text)
    codes = codes_around(parsed.account, parsed.secret, when, window) if parsed is not None else []
    return InspectReport(
        text=text.strip(),
        parsed=parsed,
        findings=findings,
        when=when,
        basis=basis,
        correction_offset=correction_offset,
        source=source,
        codes=codes,
    )


def qr_matrix(text: str, *, border: int = 4) -> list[list[bool]]:
    """The QR code for ``text`` as rows of dark (True) modules, quiet zone included.

    The window paints this beside the original image, so a tester sees whether the server's code and the
    link it holds agree; qrcode is imported here, on first use, not when the module loads.
    """
    import qrcode

    code = qrcode.QRCode(border=border, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def iso_utc(when: float) -> str:
    """``2026-11-28T12:00:00Z``; fractions of a second only when there are some."""
    moment = datetime.fromtimestamp(when, UTC)
    text = moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds")
    return text.replace("+00:00", "Z")


def _md(text: str) -> str:
    """Text safe inside a Markdown table cell or list item."""
    return text.replace("|", "\\|").replace("\n", " ")
