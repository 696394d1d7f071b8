"""The public API for test suites (authenticator.api): decode QR codes from bytes, files, data: URLs, SVG
and arrays; parse links; codes at given times; lint and inspect; clear errors; no Qt."""

from __future__ import annotations

import base64
import io
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
from support import T0, need

from authenticator import api
from authenticator.core.inspect import qr_matrix

# RFC 6238 appendix B, SHA1, 8 digits.
RFC_URI = "otpauth://totp/RFC:6238?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=RFC&digits=8"
URI = "otpauth://totp/ACME:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME"


def qr_image(text: str, module: int = 5) -> np.ndarray:
    return np.where(np.kron(np.array(qr_matrix(text), dtype=bool), np.ones((module, module), bool)), 0, 255).astype(
        np.uint8
    )


def png_bytes(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", image)
    assert ok
    return data.tobytes()


def svg_bytes(text: str) -> bytes:
    """An SVG QR code with a transparent background, as qrcode (and so Flask-Security) writes it."""
    import qrcode
    import qrcode.image.svg

    buffer = io.BytesIO()
    qrcode.make(text, image_factory=qrcode.image.svg.SvgImage).save(buffer)
    return buffer.getvalue()


def have_cairosvg() -> bool:
    try:
        from cairosvg.surface import PNGSurface  # noqa: F401  (loads the cairo library too)
    except (ImportError, OSError):
        return False
    return True


# -- decoding ---------------------------------------------------------------------------------------------


def test_decode_png_bytes_file_data_url_and_array(tmp_path: Path) -> None:
    image = qr_image(URI)
    data = png_bytes(image)
    (tmp_path / "qr.png").write_bytes(data)
    data_url = "data:image/png;base64," + base64.b64encode(data).decode()
    for source in (data, bytearray(data), str(tmp_path / "qr.png"), tmp_path / "qr.png", data_url, image):
        assert api.decode_qr(source) == [URI]
    assert api.otpauth_uris(data) == [URI]


def test_decode_a_transparent_svg_as_served_by_web_apps() -> None:
    need(have_cairosvg(), "cairosvg (and libcairo2) are needed to render SVG: pip install -e '.[test]'")
    svg = svg_bytes(URI)
    assert b"<svg" in svg
    assert api.decode_qr(svg) == [URI]
    assert api.otpauth_uris("data:image/svg+xml;base64," + base64.b64encode(svg).decode()) == [URI]
    png = api.render_svg(svg)
    assert png.startswith(b"\x89PNG")


def test_svg_with_external_references_loads_nothing(tmp_path: Path) -> None:
    need(have_cairosvg(), "cairosvg (and libcairo2) are needed to render SVG")
    secret_file = tmp_path / "secret.png"
    secret_file.write_bytes(png_bytes(qr_image(URI)))
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" '
        f'height="300"><image xlink:href="file://{secret_file}" width="300" height="300"/></svg>'
    ).encode()
    try:
        found = api.decode_qr(svg)
    except api.InvalidImage:
        found = []
    assert found == []  # the referenced file's QR code was never loaded


def test_images_without_an_account_code_fail_with_a_reason() -> None:
    blank = png_bytes(np.full((100, 100), 255, dtype=np.uint8))
    assert api.decode_qr(blank) == []
    with pytest.raises(api.NoQrCode, match="No QR code"):
        api.otpauth_uris(blank)
    with pytest.raises(api.NoQrCode, match="web address"):
        api.otpauth_uris(png_bytes(qr_image("https://example.org/login")))
    with pytest.raises(api.InvalidImage):
        api.decode_qr(b"certainly not an image")
    with pytest.raises(api.InvalidImage, match="does not exist"):
        api.decode_qr("/nonexistent/qr.png")
    with pytest.raises(api.InvalidImage, match="no data"):
        api.decode_qr("data:image/png;base64")


# -- links and codes --------------------------------------------------------------------------------------


def test_codes_at_given_times_match_rfc_6238() -> None:
    assert api.code(RFC_URI, at=59) == "94287082"
    assert api.code(RFC_URI, at=1111111109) == "07081804"
    assert api.code(RFC_URI, at=datetime(2005, 3, 18, 1, 58, 29, tzinfo=UTC)) == "07081804"
    assert api.code(RFC_URI, at="2005-03-18T01:58:29Z") == "07081804"
    parsed = api.parse_uri(RFC_URI)
    assert api.code(parsed, at=59) == "94287082"
    rows = api.codes(RFC_URI, at=59, window=1)
    assert [(r.offset, r.step, r.code, r.valid_from, r.valid_until) for r in rows][1] == (0, 1, "94287082", 30, 60)


def test_code_without_a_time_uses_this_computers_clock() -> None:
    before = api.codes(URI, at=None, window=1)
    assert api.code(URI) in {row.code for row in before}


def test_parse_lint_inspect_and_round_trip() -> None:
    parsed = api.parse_uri(URI)
    assert (parsed.account.issuer, parsed.account.name, parsed.account.digits) == ("ACME", "alice", 6)
    assert api.to_uri(parsed) == URI
    assert api.lint(URI) == []
    assert [f.code for f in api.lint(URI.replace("issuer=ACME", "issuer=Other"))] == ["issuer-mismatch"]
    report = api.inspect(URI, at=T0)
    assert report.usable and report.to_json()["time_basis"] == "given"
    assert api.inspect(URI).to_json()["time_basis"] == "system"


def test_bad_input_raises_clear_errors() -> None:
    with pytest.raises(api.InvalidUri, match="not an otpauth"):
        api.parse_uri("hello")
    with pytest.raises(api.InvalidUri, match="base32"):
        api.code("otpauth://totp/A:a?secret=0000")
    with pytest.raises(api.InvalidTime):
        api.code(URI, at="yesterday-ish")
    with pytest.raises(api.InvalidTime):
        api.code(URI, at=[1, 2])  # type: ignore[arg-type]
    with pytest.raises(api.InvalidInput, match="negative"):
        api.codes(URI, window=-1)
    assert issubclass(api.NoQrCode, api.AuthenticatorError)


def test_the_api_never_loads_qt() -> None:
    probe = (
        "import sys, base64; from authenticator import api; "
        f"assert api.code({RFC_URI!r}, at=59) == '94287082'; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    assert done.stdout.strip() == "[]"
