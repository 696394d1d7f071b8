"""Lint an enrollment link: what a server's ``otpauth://`` URI does that some authenticator apps will mishandle.

For people who build or test a 2FA server: our own parser (:mod:`.uri`) accepts every bend that still gives
correct codes, but other apps are stricter or simply different. :func:`lint_uri` turns each of the parser's
:class:`~.uri.UriWarning` codes into a :class:`Finding` with a severity and an explanation, and adds what only
shows on the parsed account (short secrets, a colon in the account name, non-default parameters and the apps
that ignore or reject them). The URI is parsed once, by :func:`.uri.parse_otpauth`; nothing here re-parses it.

Severities:

* ``error``: breaks a MUST of RFC 4226/6238 or the Key Uri Format, or fails in a widely used app;
* ``warning``: a SHOULD is broken, or apps disagree on what it means;
* ``info``: harmless, but worth knowing.

Messages never contain the secret. The app-behaviour table (:data:`APP_LIMITS`) records what is widely
reported for current versions; apps change, so the explanations say "reported" rather than promise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .account import DEFAULT_PERIOD, Account, OtpType
from .errors import InvalidSecret, InvalidUri
from .i18n import N_, Message, joined
from .otp import decode_secret
from .uri import ParsedUri, UriWarning, parse_otpauth


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


#: Worst first, for sorting and for ``--strict``-style checks.
SEVERITY_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)

#: RFC 4226 §4 R6: the shared secret MUST be at least 128 bits and SHOULD be 160.
MIN_SECRET_BITS = 128
RECOMMENDED_SECRET_BITS = 160


@dataclass(frozen=True)
class Finding:
    """One thing about the link: a stable ``code``, how bad it is, what was seen and why it matters."""

    code: str
    severity: Severity
    message: str
    explanation: str

    def to_json(self) -> dict[str, str]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "explanation": self.explanation,
        }


#: What each of the parser's warnings means for other apps: (severity, explanation).
URI_WARNING_FINDINGS: dict[str, tuple[Severity, str]] = {
    "padding": (
        Severity.WARNING,
        N_(
            "The Key Uri Format says base32 padding should be omitted. Some apps and libraries reject a secret "
            "with '=' (or its encoded form %3D), or keep it as part of the key and compute wrong codes."
        ),
    ),
    "lowercase-secret": (
        Severity.INFO,
        N_(
            "Base32 is case-insensitive and most apps upper-case it, but the Key Uri Format writes it in capitals; "
            "a strict decoder may refuse lower case."
        ),
    ),
    "spaced-secret": (
        Severity.WARNING,
        N_(
            "Spaces or dashes help people type a key but do not belong in the link; apps that do not strip them "
            "refuse the link or compute wrong codes."
        ),
    ),
    "noncanonical-secret": (
        Severity.WARNING,
        N_(
            "The last base32 character carries bits beyond the key's length. Lenient decoders drop them, strict "
            "ones (RFC 4648 §3.5 allows refusing) reject the key: the server probably encodes its key wrongly."
        ),
    ),
    "plus-space": (
        Severity.WARNING,
        N_(
            "'+' means a space only in HTML form encoding. An otpauth link is a URI, and apps that decode it by "
            "RFC 3986 (Android's Uri, iOS's URLComponents) show a literal '+'. Write spaces as %20."
        ),
    ),
    "encoded-colon": (
        Severity.INFO,
        N_("%3A is read as the issuer separator by most apps, but the Key Uri Format writes a literal ':'."),
    ),
    "space-after-colon": (
        Severity.INFO,
        N_("The Key Uri Format allows spaces after the ':', but some apps keep them in the account name."),
    ),
    "issuer-from-label": (
        Severity.WARNING,
        N_(
            "The Key Uri Format strongly recommends the issuer parameter; apps that read only the parameter "
            "(older Google Authenticator versions among them) show no service name."
        ),
    ),
    "issuer-mismatch": (
        Severity.WARNING,
        N_(
            "The Key Uri Format says the label's prefix and the issuer parameter should be equal; apps disagree "
            "on which one to show, so the same account gets different names in different apps."
        ),
    ),
    "unknown-parameter": (
        Severity.INFO,
        N_("Apps ignore parameters they do not know; if it carries meaning for your server, no app will honour it."),
    ),
    "ignored-parameter": (
        Severity.INFO,
        N_("The parameter has no effect here; apps ignore it (or, for image, may download it)."),
    ),
    "duplicate-parameter": (
        Severity.ERROR,
        N_("A repeated parameter is ambiguous: some apps take the first value, others the last."),
    ),
    "uppercase": (
        Severity.WARNING,
        N_(
            "Schemes, types and keys are lower case in the Key Uri Format; apps that compare them exactly reject "
            "or misread the link."
        ),
    ),
    "algorithm-spelling": (
        Severity.WARNING,
        N_(
            "The Key Uri Format spells algorithms SHA1, SHA256, SHA512; other spellings are refused by strict "
            "apps or silently read as SHA1, which gives wrong codes."
        ),
    ),
    "missing-counter": (
        Severity.ERROR,
        N_(
            "The Key Uri Format requires counter for hotp. Apps that follow it refuse the link; others start at "
            "0, which only works if the server also starts at 0."
        ),
    ),
    "steam-by-issuer": (
        Severity.INFO,
        N_(
            "Read as Steam Guard (5-character codes) from the issuer and digits; apps without Steam support show "
            "5-digit numbers that Steam refuses."
        ),
    ),
    "no-label": (
        Severity.WARNING,
        N_("Without a label, apps show an unnamed entry that users cannot tell apart from others."),
    ),
    "unescaped-hash": (
        Severity.ERROR,
        N_(
            "A raw '#' starts a URI fragment: most apps drop everything after it, often the secret and the issuer. "
            "Write it as %23."
        ),
    ),
}

#: What popular apps are reported to do with non-default parameters: parameter -> [(app, behaviour)]. The
#: behaviour is a sentence with the app's name in it (``{app}``), so a translation can put the verb where it belongs.
APP_LIMITS: dict[str, list[tuple[str, str]]] = {
    "algorithm": [
        ("Google Authenticator (Android)", N_("{app} rejects SHA256 and SHA512 links")),
        ("Microsoft Authenticator", N_("{app} ignores the algorithm and computes SHA1 codes")),
    ],
    "digits": [
        ("Google Authenticator", N_("{app} is reported to handle only 6 and 8 digits")),
        ("Microsoft Authenticator", N_("{app} ignores digits and shows 6")),
    ],
    "period": [
        ("Google Authenticator", N_("{app} ignores the period and always uses 30 s")),
        ("Microsoft Authenticator", N_("{app} ignores the period and always uses 30 s")),
    ],
}


def lint_uri(text: str) -> tuple[ParsedUri | None, list[Finding]]:
    """Parse ``text`` once and lint it: ``(parsed, findings)``, worst first.

    A link that cannot give correct codes is not an exception here: ``parsed`` is ``None`` and the findings
    hold one ``error`` saying why (``invalid-secret`` for a secret that is not base32, ``not-otpauth`` for
    text that is no otpauth link, ``invalid-uri`` otherwise), so an enrollment report can still be written.
    """
    try:
        parsed = parse_otpauth(text)
    except InvalidUri as exc:
        return None, [_refusal(text, exc)]
    return parsed, lint_parsed(parsed, text)


def lint_parsed(parsed: ParsedUri, text: str = "") -> list[Finding]:
    """Findings for a parsed link; ``text`` (the link as received) refines the padding message."""
    findings = [_from_warning(w, text) for w in parsed.warnings]
    findings += _account_findings(parsed.account, parsed.secret, {w.code for w in parsed.warnings})
    return sorted(findings, key=lambda f: SEVERITY_ORDER.index(f.severity))


def worst(findings: list[Finding]) -> Severity | None:
    """The most severe finding's severity, or ``None`` for a clean link."""
    for severity in SEVERITY_ORDER:
        if any(f.severity is severity for f in findings):
            return severity
    return None


def findings_json(findings: list[Finding]) -> list[dict[str, Any]]:
    return [f.to_json() for f in findings]


# -- helpers ----------------------------------------------------------------------------------------------

_ENCODED_PADDING = re.compile(r"[?&]secret=[^&]*%3d", re.IGNORECASE)


def _refusal(text: str, exc: InvalidUri) -> Finding:
    message = Message("{message} {hint}", message=exc.message, hint=exc.hint) if exc.hint else exc.message
    if not text.strip().lower().startswith("otpauth://"):
        return Finding(
            "not-otpauth",
            Severity.ERROR,
            message,
            N_("Authenticator apps only read otpauth://totp/… and otpauth://hotp/… links from enrollment QR codes."),
        )
    if isinstance(exc.__cause__, InvalidSecret):
        return Finding(
            "invalid-secret",
            Severity.ERROR,
            message,
            N_(
                "The secret must be RFC 4648 base32 (A–Z, 2–7). Hex, base64 or raw bytes in the secret parameter "
                "give no codes at all, or wrong ones in apps that decode leniently."
            ),
        )
    return Finding("invalid-uri", Severity.ERROR, message, N_("No app can compute correct codes from this link."))


def _from_warning(warning: UriWarning, text: str) -> Finding:
    severity, explanation = URI_WARNING_FINDINGS.get(warning.code, (Severity.WARNING, ""))
    message = warning.message
    if warning.code == "padding" and _ENCODED_PADDING.search(text):
        message = Message("{message} It was written as %3D (an encoded '=').", message=message)
    return Finding(warning.code, severity, message, explanation)


def _account_findings(account: Account, secret: str, seen: set[str]) -> list[Finding]:
    found: list[Finding] = []
    bits = len(decode_secret(secret)) * 8
    if bits < MIN_SECRET_BITS:
        found.append(
            Finding(
                "short-secret",
                Severity.ERROR,
                Message("The secret has {bits} bits.", bits=bits),
                Message(
                    "RFC 4226 (§4, R6) requires at least {minimum} bits and recommends {recommended}. Many services"
                    " still issue 80-bit keys and most apps accept them, but libraries enforcing a minimum"
                    " (pyotp ≥ 2.12 refuses under 112 bits) do not.",
                    minimum=MIN_SECRET_BITS,
                    recommended=RECOMMENDED_SECRET_BITS,
                ),
            )
        )
    elif bits < RECOMMENDED_SECRET_BITS:
        found.append(
            Finding(
                "secret-below-recommended",
                Severity.WARNING,
                Message("The secret has {bits} bits.", bits=bits),
                Message(
                    "RFC 4226 (§4, R6) recommends {recommended} bits (32 base32 characters).",
                    recommended=RECOMMENDED_SECRET_BITS,
                ),
            )
        )
    if ":" in account.name:
        found.append(
            Finding(
                "colon-in-account",
                Severity.ERROR,
                N_("The account name contains ':'."),
                N_(
                    "The Key Uri Format forbids a colon in the account name: apps split the label at a colon, and "
                    "they disagree on which one, so the service and account names come out differently."
                ),
            )
        )
    if account.issuer and not account.name and "no-label" not in seen:
        found.append(
            Finding(
                "no-account-name",
                Severity.WARNING,
                N_("The label names the service but no account."),
                N_(
                    "Users with several accounts at the same service cannot tell them apart; put the user name or "
                    "e-mail address after the ':'."
                ),
            )
        )
    if not account.issuer and account.name:
        found.append(
            Finding(
                "no-issuer",
                Severity.WARNING,
                N_("The link names no service (neither an issuer parameter nor a label prefix)."),
                N_("Apps list the account by its name alone, so users cannot see which service it belongs to."),
            )
        )
    if account.type is not OtpType.STEAM:
        found += _non_default_findings(account)
    return found


def _non_default_findings(account: Account) -> list[Finding]:
    found: list[Finding] = []
    checks = [("algorithm", account.algorithm, "SHA1"), ("digits", account.digits, 6)]
    if account.type is OtpType.TOTP:
        checks.append(("period", account.period, DEFAULT_PERIOD))
    for key, value, default in checks:
        if value == default:
            continue
        apps = joined(*(Message(behaviour, app=app) for app, behaviour in APP_LIMITS[key]), separator="; ")
        found.append(
            Finding(
                f"non-default-{key}",
                Severity.WARNING,
                Message("The {key} is {value} (the default is {default}).", key=key, value=value, default=default),
                Message(
                    "Apps that ignore or reject it will show codes the server refuses. Reported: {apps}.", apps=apps
                ),
            )
        )
    return found
