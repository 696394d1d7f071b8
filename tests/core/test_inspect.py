"""The enrollment report: codes for T-1/T/T+1 with step numbers and UTC windows, the clock it used, the
JSON and Markdown exports (which leave the secret out unless asked), and the re-rendered QR code."""

from __future__ import annotations

import json

import numpy as np
from support import T0

from authenticator.core.account import Account, OtpType
from authenticator.core.inspect import TimeBasis, codes_around, inspect_uri, iso_utc, qr_matrix
from authenticator.core.otp import code_for_step

# RFC 6238 appendix B: the SHA1 seed "12345678901234567890" and 8 digits: 94287082 at t = 59 (step 1).
RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
RFC_URI = f"otpauth://totp/RFC:6238?secret={RFC_SECRET}&issuer=RFC&digits=8"
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_codes_around_match_rfc_6238_with_step_numbers_and_windows() -> None:
    report = inspect_uri(RFC_URI, 59.0, basis=TimeBasis.GIVEN)
    assert [(r.offset, r.step) for r in report.codes] == [(-1, 0), (0, 1), (1, 2)]
    middle = report.codes[1]
    assert (middle.code, middle.valid_from, middle.valid_until) == ("94287082", 30, 60)
    assert report.codes[0].to_json()["valid_from"] == "1970-01-01T00:00:00Z"


def test_codes_around_a_real_time_use_the_account_period() -> None:
    account = Account("A", "a", period=60)
    rows = codes_around(account, SECRET, T0 + 75, window=2)
    current = int((T0 + 75) // 60)
    assert [r.step for r in rows] == list(range(current - 2, current + 3))
    assert all(r.valid_until - r.valid_from == 60 for r in rows if r.valid_from is not None and r.valid_until)
    assert rows[2].valid_from <= T0 + 75 < rows[2].valid_until  # type: ignore[operator]
    assert [r.code for r in rows] == [code_for_step(account, SECRET, r.step) for r in rows]


def test_hotp_lists_counters_and_never_below_zero() -> None:
    at_zero = codes_around(Account("A", "a", type=OtpType.HOTP, counter=0), SECRET, T0)
    assert [(r.offset, r.step, r.valid_from) for r in at_zero] == [(0, 0, None), (1, 1, None)]
    later = codes_around(Account("A", "a", type=OtpType.HOTP, counter=7), SECRET, T0, window=1)
    assert [r.step for r in later] == [6, 7, 8]


def test_the_report_says_which_clock_it_used() -> None:
    corrected = inspect_uri(RFC_URI, T0, basis=TimeBasis.CORRECTED, correction_offset=2.5)
    assert corrected.time_description == "corrected clock (system time +2.500 s)"
    assert corrected.to_json()["time_basis"] == "corrected" and corrected.to_json()["correction_offset"] == 2.5
    assert "corrected clock (system time +2.500 s)" in corrected.to_markdown()
    assert "no correction" in inspect_uri(RFC_URI, T0, basis=TimeBasis.GIVEN).time_description


def test_json_report_shape_and_no_secret_unless_asked() -> None:
    uri = f"otpauth://totp/ACME:a?secret={SECRET}&issuer=ACME&foo=1"
    report = inspect_uri(uri, T0, source="argument")
    data = report.to_json()
    assert set(data) == {
        "source", "usable", "worst", "fields", "findings", "time", "time_unix", "time_basis",
        "correction_offset", "codes",
    }  # fmt: skip
    assert data["usable"] is True and data["worst"] == "info" and data["time"] == iso_utc(T0)
    assert data["fields"]["secret_bits"] == 160 and data["fields"]["counter"] is None
    assert [f["code"] for f in data["findings"]] == ["unknown-parameter"]
    assert SECRET not in json.dumps(data) and SECRET not in report.to_markdown() and SECRET not in repr(report)
    shown = report.to_json(include_secret=True)
    assert shown["fields"]["secret"] == SECRET and shown["uri"] == uri
    assert shown["canonical_uri"] == f"otpauth://totp/ACME:a?secret={SECRET}&issuer=ACME"
    assert SECRET in report.to_markdown(include_secret=True)


def test_markdown_report_lists_fields_findings_and_codes() -> None:
    report = inspect_uri(f"otpauth://totp/ACME:a|b?secret={SECRET[:16]}&issuer=ACME", T0)
    text = report.to_markdown()
    assert text.startswith("# Enrollment check")
    assert "| issuer | ACME |" in text and "| name | a\\|b |" in text  # table cells escaped
    assert "- **error** `short-secret`: The secret has 80 bits." in text
    step = int(T0 // 30)
    assert f"| +0 | {step} | {report.codes[1].code} | {iso_utc(T0)} | {iso_utc(T0 + 30)} |" in text


def test_an_unusable_link_still_gives_a_report() -> None:
    report = inspect_uri("otpauth://totp/A:a?secret=not-base32!", T0)
    assert not report.usable and report.codes == [] and report.fields() is None
    assert report.to_json()["findings"][0]["code"] == "invalid-secret"
    assert "**This link cannot give codes.**" in report.to_markdown()
    assert report.canonical_uri() is None


def test_qr_matrix_round_trips_through_our_decoder() -> None:
    from authenticator.qr.decode import decode_image

    uri = f"otpauth://totp/ACME:a?secret={SECRET}&issuer=ACME"
    modules = np.array(qr_matrix(uri), dtype=bool)
    assert modules.shape[0] == modules.shape[1] and not modules[:4].any()  # quiet zone
    image = np.where(np.kron(modules, np.ones((6, 6), dtype=bool)), 0, 255).astype(np.uint8)
    assert [c.text for c in decode_image(image)] == [uri]
