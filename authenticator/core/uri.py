"""otpauth:// URIs (Google's Key Uri Format): parse what real services send, and write the standard form.

``otpauth://TYPE/LABEL?secret=…&issuer=…&algorithm=…&digits=…&period=…&counter=…`` where TYPE is ``totp``,
``hotp`` or ``steam`` (``encoder=steam`` on a totp URI means Steam too) and LABEL is ``Issuer:account``.

Servers and other apps bend the format in many small ways. :func:`parse_otpauth` accepts every bend that still
gives a working account and records each one as a :class:`UriWarning` (so the UI can show it and tests can pin
it); it refuses with :class:`InvalidUri` only what cannot produce correct codes. Refusal messages name the
offending part but never contain the secret.

Policies (the shared vectors show that apps disagree on these; ours are deliberate):

* The ``issuer`` parameter wins over the label prefix when they differ (the Key Uri Format calls it the
  authoritative one); the prefix is dropped from the name and an ``issuer-mismatch`` warning says so.
* A literal ``:`` or ``%3A`` in the label both separate issuer from account; the first one splits.
* A URI with no label is accepted with an empty name.
* An HOTP URI without ``counter`` starts at counter 0 with a ``missing-counter`` warning, as pyotp and 2FAuth
  do: refusing would block accounts that services really issue, and 0 is what the RFC's first code uses.
* Steam Guard is recognised from ``otpauth://steam/``, ``encoder=steam``, or a totp URI whose issuer is
  "Steam" with ``digits=5`` (2FAuth's rule: 5 digits cannot be a plain TOTP anyway). Steam is always
  5 characters, 30 s, SHA1; other ``period``/``digits``/``algorithm`` values are ignored with a warning.
* Only SHA1, SHA256 and SHA512 are accepted (those are what we can compute) and 6–10 digits for totp/hotp.
* ``+`` in query values means a space (form encoding); in the label it stays a ``+`` (e-mail addresses use
  it) unless the label prefix only matches the ``issuer`` parameter with ``+`` read as a space.
* A raw ``#`` (Azure AD guest accounts put ``#EXT#`` in the label) is kept as part of the text, not taken as
  the start of a fragment, which would silently drop the whole query.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urlsplit

from .account import (
    ALGORITHMS,
    DEFAULT_PERIOD,
    MAX_DIGITS,
    MIN_DIGITS,
    STEAM_DIGITS,
    Account,
    OtpType,
)
from .errors import InvalidParameters, InvalidSecret, InvalidUri
from .i18n import N_, Message, decapitalised
from .otp import decode_secret, encode_secret, normalize_secret

SCHEME = "otpauth"
MIGRATION_SCHEME = "otpauth-migration"
KNOWN_PARAMETERS = frozenset({"secret", "issuer", "algorithm", "digits", "period", "counter", "encoder", "image"})
_SCHEME_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]{0,30}$")
_SPACES = re.compile(r"[\s\-]")

Warn = Callable[[str, str], None]

#: Every :attr:`UriWarning.code` this module emits; stable names the UI and tests may rely on.
WARNING_CODES = frozenset(
    {
        "padding",  # "=" or %3D after the secret
        "lowercase-secret",
        "spaced-secret",  # spaces or dashes inside the secret
        "noncanonical-secret",  # stray low bits in the last base32 character
        "plus-space",  # "+" meaning a space
        "encoded-colon",  # %3A separating issuer and account in the label
        "space-after-colon",
        "issuer-from-label",  # no issuer parameter: the label prefix was used
        "issuer-mismatch",  # label prefix and issuer parameter differ: the parameter won
        "unknown-parameter",
        "ignored-parameter",  # known but meaningless here (image, Steam's digits/period, hotp's period…)
        "duplicate-parameter",  # the last value won
        "uppercase",  # upper-case scheme, type or keys
        "algorithm-spelling",  # "sha256", "SHA-256"
        "missing-counter",  # hotp without counter: 0
        "steam-by-issuer",  # a totp URI read as Steam because issuer=Steam and digits=5
        "no-label",  # neither issuer nor account name
        "unescaped-hash",  # a raw "#" kept as text
    }
)

URI_HINT = N_("Copy the whole link from the service's QR code; it starts with otpauth://.")


@dataclass(frozen=True)
class UriWarning:
    """One way a URI bent the Key Uri Format: a short stable ``code`` and a sentence for people."""

    code: str
    message: str


@dataclass
class ParsedUri:
    """An account ready to add, its secret in canonical base32, and what was unusual about the URI."""

    account: Account
    secret: str = field(repr=False)  # never in a traceback or a log
    warnings: list[UriWarning] = field(default_factory=list)

    @property
    def warning_codes(self) -> list[str]:
        return [w.code for w in self.warnings]


def parse_otpauth(uri: str) -> ParsedUri:
    """Turn an ``otpauth://`` URI into an account (with a new id) and its secret.

    Raises :class:`InvalidUri` for anything that cannot give correct codes: another scheme (an
    ``otpauth-migration://`` Google Authenticator export says so explicitly), an unknown type, a missing or
    non-base32 secret, an unknown algorithm, digits outside 6–10, a period or counter that is not a
    non-negative whole number (period > 0). An HOTP URI without a counter is *accepted* at counter 0 with a
    ``missing-counter`` warning. See the module docstring for the other policies.
    """
    warnings: list[UriWarning] = []

    def warn(code: str, message: str) -> None:
        assert code in WARNING_CODES, code
        warnings.append(UriWarning(code, message))

    text = uri.strip()
    if "#" in text:
        # A fragment means nothing in otpauth; a raw "#" is part of a label or value (e.g. "user#EXT#@…").
        warn("unescaped-hash", N_("The link contains a raw '#' (it should be written %23); it was kept as text."))
        text = text.replace("#", "%23")
    parts = _split(text)

    scheme_raw = text.split(":", 1)[0]
    uppercase: list[str] = []
    if scheme_raw != scheme_raw.lower():
        uppercase.append("scheme")

    type_raw = parts.netloc
    if not type_raw:
        raise InvalidUri(
            N_("The otpauth link has no type."), N_("It should start with otpauth://totp/ or otpauth://hotp/.")
        )
    if type_raw != type_raw.lower():
        uppercase.append("type")
    type_name = type_raw.lower()
    if type_name not in ("totp", "hotp", "steam"):
        raise InvalidUri(
            Message("Unknown type {type} in the otpauth link.", type=repr(_short(unquote(type_raw)))),
            N_("Use totp, hotp or steam."),
        )

    params = _parameters(parts.query, warn, uppercase)
    if uppercase:
        warn(
            "uppercase",
            Message("The link writes its {parts} in upper case; read as lower case.", parts=_join(uppercase)),
        )

    secret = _secret(params.get("secret"), warn)
    otp_type = OtpType(type_name)
    encoder = params.get("encoder", "")
    if encoder:
        if encoder.lower() == "steam" and otp_type is not OtpType.HOTP:
            otp_type = OtpType.STEAM
        elif encoder.lower() == "steam":
            raise InvalidUri(
                N_("The otpauth link is hotp but says encoder=steam."), N_("Steam Guard codes are time-based (totp).")
            )
        else:
            warn(
                "ignored-parameter",
                Message("The encoder {name} is unknown and was ignored.", name=repr(_short(encoder))),
            )
    if "image" in params:
        warn("ignored-parameter", N_("The image link was not used: the app does not download icons."))
    issuer, name = _label_and_issuer(parts.path, params.get("issuer", "").strip(), warn)
    if otp_type is OtpType.TOTP and not encoder and issuer.casefold() == "steam" and _raw(params, "digits") == "5":
        otp_type = OtpType.STEAM
        warn(
            "steam-by-issuer",
            N_("Read as a Steam Guard account because the issuer is Steam and codes have 5 digits."),
        )

    algorithm, digits, period, counter = "SHA1", STEAM_DIGITS, DEFAULT_PERIOD, 0
    if otp_type is OtpType.STEAM:
        ignored = [
            f"{key}={_short(_raw(params, key))}"
            for key, usual in (("digits", "5"), ("period", "30"), ("algorithm", "SHA1"))
            if _raw(params, key).upper() not in ("", usual)
        ]
        if ignored:
            warn(
                "ignored-parameter",
                Message(
                    "Steam Guard codes always have 5 characters, 30 s and SHA1; {parameters} was ignored.",
                    parameters=", ".join(ignored),
                ),
            )
    else:
        algorithm = _algorithm(params.get("algorithm"), warn)
        digits = _whole_number(params, "digits", 6)
        if not MIN_DIGITS <= digits <= MAX_DIGITS:
            raise InvalidUri(
                Message(
                    "The digits parameter is {digits}; codes have {low} to {high} digits.",
                    digits=digits,
                    low=MIN_DIGITS,
                    high=MAX_DIGITS,
                ),
                N_("Check the link; most services use 6."),
            )
        if otp_type is OtpType.TOTP:
            period = _whole_number(params, "period", DEFAULT_PERIOD)
            if period <= 0:
                raise InvalidUri(
                    Message("The period parameter is {period}; it must be a positive number of seconds.", period=period)
                )
            if "counter" in params:
                warn("ignored-parameter", N_("The counter parameter means nothing for a totp (time-based) account."))
        else:
            if _raw(params, "counter"):
                counter = _whole_number(params, "counter", 0)
                if counter >= 2**64:
                    raise InvalidUri(N_("The counter parameter is too large (it must fit in 64 bits)."))
            else:
                warn("missing-counter", N_("The hotp link has no counter; starting at 0."))
            if "period" in params:
                warn("ignored-parameter", N_("The period parameter means nothing for an hotp (counter) account."))

    if not issuer and not name:
        warn("no-label", N_("The link names neither a service nor an account; you may want to name it."))
    try:
        account = Account(
            issuer=issuer,
            name=name,
            type=otp_type,
            algorithm=algorithm,
            digits=digits,
            period=period,
            counter=counter,
        )
    except InvalidParameters as exc:  # pragma: no cover - every value was checked above
        raise InvalidUri(exc.message, exc.hint) from exc
    return ParsedUri(account=account, secret=secret, warnings=warnings)


def to_otpauth(account: Account, secret: str) -> str:
    """The standard URI for an account: ``otpauth://totp/Issuer:name?secret=…&issuer=…`` plus non-defaults.

    Steam is written as a totp URI with ``encoder=steam`` (what KeePassXC and pyotp read; apps that know no
    Steam at least see a time-based account). HOTP always carries ``counter``, which the format requires.
    """
    canonical = encode_secret(decode_secret(secret))
    label_issuer = account.issuer if ":" not in account.issuer else ""
    if label_issuer or ":" in account.name:
        label = f"{quote(label_issuer, safe='@')}:{quote(account.name, safe='@')}"
    else:
        label = quote(account.name, safe="@")
    query: list[tuple[str, str]] = [("secret", canonical)]
    if account.issuer:
        query.append(("issuer", account.issuer))
    otp_type = "hotp" if account.type is OtpType.HOTP else "totp"
    if account.type is OtpType.STEAM:
        query.append(("encoder", "steam"))
    else:
        if account.algorithm != "SHA1":
            query.append(("algorithm", account.algorithm))
        if account.digits != 6:
            query.append(("digits", str(account.digits)))
        if account.type is OtpType.HOTP:
            query.append(("counter", str(account.counter)))
        elif account.period != DEFAULT_PERIOD:
            query.append(("period", str(account.period)))
    return f"{SCHEME}://{otp_type}/{label}?{urlencode(query, quote_via=quote)}"


# -- helpers ----------------------------------------------------------------------------------------------


def _split(text: str) -> SplitResult:
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise InvalidUri(N_("The link is not a well-formed URI."), URI_HINT) from exc
    scheme = parts.scheme.lower()
    if scheme == MIGRATION_SCHEME:
        raise InvalidUri(
            N_("This is a Google Authenticator export (otpauth-migration://), not a single account."),
            N_(
                "Import it instead: scan it from the window's Add menu, or save the link in a file and run "
                "'authenticator import FILE'."
            ),
        )
    if scheme != SCHEME:
        if _SCHEME_NAME.match(parts.scheme):
            raise InvalidUri(
                Message("This is not an otpauth:// link (it starts with {scheme}:).", scheme=parts.scheme), URI_HINT
            )
        raise InvalidUri(N_("This is not an otpauth:// link."), URI_HINT)
    return parts


def _parameters(query: str, warn: Warn, uppercase: list[str]) -> dict[str, str]:
    """Query parameters by lower-case key; the last of a repeated key wins (with a warning)."""
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=False, errors="strict")
    except (UnicodeDecodeError, ValueError) as exc:
        raise InvalidUri(N_("The link's parameters are not valid UTF-8 text.")) from exc
    if "+" in query:
        warn("plus-space", N_("The link uses '+' for spaces in its parameters (it should write %20)."))
    params: dict[str, str] = {}
    counts: dict[str, int] = {}
    for raw_key, value in pairs:
        key = raw_key.strip().lower()
        if key != raw_key.strip() and "keys" not in uppercase:
            uppercase.append("keys")
        counts[key] = counts.get(key, 0) + 1
        params[key] = value
    for key, count in counts.items():
        if key not in KNOWN_PARAMETERS:
            warn(
                "unknown-parameter",
                Message("The parameter {name} is unknown and was ignored.", name=repr(_short(key))),
            )
        if count > 1:
            if key == "secret":
                message = Message(
                    "The {name} parameter appears {count} times; the last one was used.", name=key, count=count
                )
            else:
                message = Message(
                    "The {name} parameter appears {count} times; the last one ({value}) was used.",
                    name=_short(key),
                    count=count,
                    value=repr(_short(params[key])),
                )
            warn("duplicate-parameter", message)
    return params


def _secret(raw: str | None, warn: Warn) -> str:
    if raw is None or not raw.strip():
        raise InvalidUri(N_("The otpauth link has no secret parameter."), URI_HINT)
    if "=" in raw:
        warn("padding", N_("The secret has '=' padding, which the format leaves out; it was removed."))
    if raw != raw.upper():
        warn("lowercase-secret", N_("The secret is in lower case; base32 is read case-insensitively."))
    if _SPACES.search(raw.strip()):
        warn("spaced-secret", N_("The secret contains spaces or dashes; they were removed."))
    try:
        key = decode_secret(raw)
    except InvalidSecret as exc:
        detail = decapitalised(exc.message)
        raise InvalidUri(Message("The secret parameter is not valid: {detail}", detail=detail), exc.hint) from exc
    canonical = encode_secret(key)
    if normalize_secret(raw) != canonical:
        warn(
            "noncanonical-secret",
            N_("The secret's last character has stray low bits (non-canonical base32); they were dropped."),
        )
    return canonical


def _algorithm(raw: str | None, warn: Warn) -> str:
    if raw is None or raw == "":
        return "SHA1"
    name = raw.strip().upper()
    if name not in ALGORITHMS and name.replace("-", "") in ALGORITHMS:
        name = name.replace("-", "")
    if name not in ALGORITHMS:
        raise InvalidUri(
            Message("The algorithm {name} is not supported.", name=repr(_short(raw))),
            N_("Authenticator computes SHA1, SHA256 and SHA512 codes (most services use SHA1)."),
        )
    if name != raw:
        warn(
            "algorithm-spelling",
            Message("The algorithm is written {written}; read as {name}.", written=repr(_short(raw)), name=name),
        )
    return name


def _whole_number(params: dict[str, str], key: str, default: int) -> int:
    raw = params.get(key)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip()
    if not value.isascii() or not value.lstrip("-").isdigit():
        raise InvalidUri(
            Message("The {name} parameter {value} is not a whole number.", name=key, value=repr(_short(raw)))
        )
    number = int(value)
    if number < 0:
        raise InvalidUri(Message("The {name} parameter is {number}; it cannot be negative.", name=key, number=number))
    return number


def _label_and_issuer(path: str, issuer_param: str, warn: Warn) -> tuple[str, str]:
    """Issuer and account name from the label and the ``issuer`` parameter (which wins)."""
    raw_label = path[1:] if path.startswith("/") else path
    try:
        label = unquote(raw_label, errors="strict")
    except UnicodeDecodeError as exc:
        raise InvalidUri(N_("The account name in the link is not valid UTF-8 text.")) from exc
    prefix: str | None = None
    name = label
    if ":" in label:
        prefix, name = label.split(":", 1)
        first = re.search(r":|%3[aA]", raw_label)
        if first is not None and first.group() != ":":
            warn("encoded-colon", N_("The label separates service and account with %3A instead of ':'."))
        if name[:1].isspace():
            warn("space-after-colon", N_("The label has spaces after the ':'; they were removed."))
        prefix = prefix.strip()
    name = name.strip()

    if issuer_param and prefix:
        if prefix.casefold() == issuer_param.casefold():
            pass
        elif prefix.replace("+", " ").casefold() == issuer_param.casefold():
            warn("plus-space", N_("The label uses '+' for spaces in the service name."))
        else:
            warn(
                "issuer-mismatch",
                Message(
                    "The label says the service is {label} but the issuer parameter says {issuer}; using {issuer}.",
                    label=repr(prefix),
                    issuer=repr(issuer_param),
                ),
            )
        return issuer_param, name
    if issuer_param:
        return issuer_param, name
    if prefix:
        warn(
            "issuer-from-label",
            Message("The service name {name} comes only from the label (no issuer parameter).", name=repr(prefix)),
        )
        return prefix, name
    return "", name


def _raw(params: dict[str, str], key: str) -> str:
    return params.get(key, "").strip()


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
