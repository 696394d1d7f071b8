"""Lint of enrollment links: each problem a server can put in its link gives one finding with the right
severity, the parser's warnings are reused (not re-derived), and no message ever contains the secret."""

from __future__ import annotations

import pytest

from authenticator.core.lint import (
    APP_LIMITS,
    URI_WARNING_FINDINGS,
    Finding,
    Severity,
    lint_uri,
    worst,
)
from authenticator.core.uri import WARNING_CODES

SECRET_160 = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # 20 bytes
SECRET_128 = "JBSWY3DPEHPK3PXPJBSWY3DPEE"  # 16 bytes
SECRET_80 = "JBSWY3DPEHPK3PXP"  # 10 bytes
CLEAN = f"otpauth://totp/ACME:alice@example.org?secret={SECRET_160}&issuer=ACME"


def codes(uri: str) -> dict[str, Severity]:
    _parsed, findings = lint_uri(uri)
    return {f.code: f.severity for f in findings}


def test_a_clean_link_has_no_findings() -> None:
    parsed, findings = lint_uri(CLEAN)
    assert parsed is not None and parsed.account.issuer == "ACME"
    assert findings == [] and worst(findings) is None


def test_every_parser_warning_has_a_severity_and_an_explanation() -> None:
    assert set(URI_WARNING_FINDINGS) == set(WARNING_CODES)
    assert all(explanation for _, explanation in URI_WARNING_FINDINGS.values())


@pytest.mark.parametrize("secret", [f"{SECRET_160}%3D%3D", f"{SECRET_160}=="])
def test_padding_is_a_warning_and_the_encoded_form_is_named(secret: str) -> None:
    _parsed, findings = lint_uri(f"otpauth://totp/ACME:a?secret={secret}&issuer=ACME")
    padding = next(f for f in findings if f.code == "padding")
    assert padding.severity is Severity.WARNING
    assert ("%3D" in padding.message) == ("%3D" in secret)


def test_a_non_base32_secret_is_an_error_with_no_parsed_account() -> None:
    parsed, findings = lint_uri("otpauth://totp/ACME:a?secret=0123456789abcdef&issuer=ACME")
    assert parsed is None
    assert [(f.code, f.severity) for f in findings] == [("invalid-secret", Severity.ERROR)]
    assert "'0'" in findings[0].message and "base32" in findings[0].explanation


def test_text_that_is_no_otpauth_link_is_one_error() -> None:
    parsed, findings = lint_uri("https://example.org/2fa?token=1")
    assert parsed is None and [f.code for f in findings] == ["not-otpauth"]
    parsed, findings = lint_uri("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=99")
    assert parsed is None and [f.code for f in findings] == ["invalid-uri"]


def test_plus_for_space_is_a_warning_that_recommends_percent_20() -> None:
    found = lint_uri(f"otpauth://totp/Acme%20Corp:a?secret={SECRET_160}&issuer=Acme+Corp")[1]
    plus = next(f for f in found if f.code == "plus-space")
    assert plus.severity is Severity.WARNING and "%20" in plus.explanation


def test_label_prefix_and_issuer_that_disagree() -> None:
    assert codes(f"otpauth://totp/Acme:a?secret={SECRET_160}&issuer=Other")["issuer-mismatch"] is Severity.WARNING


def test_a_colon_in_the_account_name_is_an_error() -> None:
    assert codes(f"otpauth://totp/ACME:a:b?secret={SECRET_160}&issuer=ACME")["colon-in-account"] is Severity.ERROR


@pytest.mark.parametrize(
    ("secret", "expected"),
    [(SECRET_80, {"short-secret": Severity.ERROR}), (SECRET_128, {"secret-below-recommended": Severity.WARNING})],
)
def test_secret_length_against_rfc_4226(secret: str, expected: dict[str, Severity]) -> None:
    assert codes(f"otpauth://totp/ACME:a?secret={secret}&issuer=ACME") == expected


def test_short_secret_message_gives_the_bits() -> None:
    finding = next(f for f in lint_uri(f"otpauth://totp/A:a?secret={SECRET_80}&issuer=A")[1])
    assert finding.message == "The secret has 80 bits." and "128" in finding.explanation


def test_hotp_without_counter_is_an_error() -> None:
    assert codes(f"otpauth://hotp/ACME:a?secret={SECRET_160}&issuer=ACME")["missing-counter"] is Severity.ERROR
    assert "missing-counter" not in codes(f"otpauth://hotp/ACME:a?secret={SECRET_160}&issuer=ACME&counter=3")


def test_non_default_settings_name_the_apps_that_ignore_or_reject_them() -> None:
    uri = f"otpauth://totp/ACME:a?secret={SECRET_160}&issuer=ACME&algorithm=SHA256&digits=8&period=60"
    found = {f.code: f for f in lint_uri(uri)[1]}
    assert {"non-default-algorithm", "non-default-digits", "non-default-period"} <= set(found)
    assert "Google Authenticator (Android) rejects SHA256" in found["non-default-algorithm"].explanation
    assert "Google Authenticator ignores the period" in found["non-default-period"].explanation
    assert found["non-default-digits"].message == "The digits is 8 (the default is 6)."
    assert set(APP_LIMITS) == {"algorithm", "digits", "period"}


def test_hotp_period_and_steam_settings_are_not_reported_as_non_default() -> None:
    hotp = codes(f"otpauth://hotp/ACME:a?secret={SECRET_160}&issuer=ACME&counter=1&period=60")
    assert "non-default-period" not in hotp and hotp["ignored-parameter"] is Severity.INFO
    steam = codes(f"otpauth://totp/Steam:a?secret={SECRET_160}&issuer=Steam&encoder=steam")
    assert not any(code.startswith("non-default") for code in steam)


def test_unknown_parameters_are_info() -> None:
    assert codes(f"otpauth://totp/ACME:a?secret={SECRET_160}&issuer=ACME&foo=1")["unknown-parameter"] is Severity.INFO


def test_a_label_without_an_account_name() -> None:
    assert codes(f"otpauth://totp/ACME:?secret={SECRET_160}&issuer=ACME") == {"no-account-name": Severity.WARNING}
    bare = codes(f"otpauth://totp/?secret={SECRET_160}")
    assert bare == {"no-label": Severity.WARNING}  # not also "no account name"
    assert codes(f"otpauth://totp/alice?secret={SECRET_160}") == {"no-issuer": Severity.WARNING}


def test_findings_are_sorted_worst_first() -> None:
    found = lint_uri(f"otpauth://totp/ACME:a:b?secret={SECRET_80.lower()}&issuer=Other&foo=1")[1]
    order = [f.severity for f in found]
    assert order == sorted(order, key=[Severity.ERROR, Severity.WARNING, Severity.INFO].index)
    assert worst(found) is Severity.ERROR


def test_no_message_or_explanation_contains_the_secret() -> None:
    secret = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
    links = [
        f"otpauth://totp/A:a:b?secret={secret.lower()}%3D&issuer=B+C&digits=8&x=1",
        f"otpauth://totp/A:a?secret={secret}0&issuer=A",
        f"otpauth://totp/A:a?secret={secret}&secret={secret}",
    ]
    for link in links:
        for finding in lint_uri(link)[1]:
            for text in (finding.message, finding.explanation):
                assert secret not in text.upper()


def test_findings_serialise_with_their_severity() -> None:
    finding = Finding("padding", Severity.WARNING, "m", "e")
    assert finding.to_json() == {"code": "padding", "severity": "warning", "message": "m", "explanation": "e"}
