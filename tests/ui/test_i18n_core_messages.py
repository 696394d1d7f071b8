"""The Qt-free core's sentences reach the German window in German, where the window shows them.

One representative per area: an import's wrong password and a preview reason (formats), an NTP failure in the
clock diagnosis table (timesync), a lint explanation in "Check an enrollment" (core.lint), the which-step
explanation, a key error in the account dialog, an image error, and the stored "NTP and …" time source. The
same objects stay English for the CLI and JSON (they are ``str``), which the first test checks too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support import VECTORS
from ui_support import RFC_KEY

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.errors import InvalidInput
from authenticator.core.lint import lint_uri
from authenticator.qr.decode import InvalidImage, load_image
from authenticator.timesync.combine import CombinedOffset, combine_measurements
from authenticator.timesync.correction import TimeCorrection, describe
from authenticator.timesync.measurement import TimeMeasurement
from authenticator.timesync.ntp import interpret_reply, request_packet
from authenticator.ui.dialogs.import_dialog import _PASSWORD, _PREVIEW, import_file
from authenticator.ui.dialogs.which_step import WhichStepDialog
from authenticator.ui.i18n import core_text, install_translators

AEGIS_ENCRYPTED = VECTORS / "aegis" / "importers" / "aegis_encrypted" / "aegis_encrypted.json"
#: An 80-bit key (error) and an 8-digit code (a warning naming the apps that ignore it).
BENT_URI = "otpauth://totp/Shop:ann?secret=JBSWY3DPEHPK3PXP&issuer=Shop&digits=8"


@pytest.fixture
def german(qapp):  # type: ignore[no-untyped-def]
    """German for this test; the autouse ``english`` fixture switches back for the next one."""
    assert install_translators(qapp, "de") == "de"


def test_a_wrong_import_password_is_german_in_the_dialog_and_english_for_the_cli(german, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = import_file(window, AEGIS_ENCRYPTED)
    qtbot.waitUntil(lambda: dialog.page == _PASSWORD and not dialog.busy, timeout=10_000)
    assert "ist verschlüsselt (Aegis-Tresor)" in dialog.password_label.text()  # the format's title, too
    qtbot.keyClicks(dialog.password, "not the password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.password_error.text() != "", timeout=10_000)
    assert dialog.password_error.text() == (
        "Das Passwort ist falsch. Verwenden Sie das Passwort, mit dem Sie Aegis entsperren."
    )

    from authenticator.formats.aegis import FORMAT
    from authenticator.formats.base import WrongPassword

    with pytest.raises(WrongPassword) as caught:
        FORMAT.read(AEGIS_ENCRYPTED.read_bytes(), "not the password")
    assert str(caught.value) == "The password is wrong. Use the password you unlock Aegis with."  # CLI


def test_an_unsupported_entry_is_explained_in_german(german, make_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    links = tmp_path / "links.txt"
    links.write_text(
        f"otpauth://totp/Forum:bob?secret={RFC_KEY}&issuer=Forum\n"
        "otpauth://totp/Legacy:carol?secret=0189&issuer=Legacy\n"
        "this is no link\n"
    )
    window = make_window()
    dialog = import_file(window, links)
    qtbot.waitUntil(lambda: dialog.page == _PREVIEW and not dialog.busy, timeout=10_000)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [
        "Forum (bob) – neu",
        "Zeile 2: Legacy:carol – nicht unterstützt: Der secret-Parameter ist ungültig: Der Schlüssel enthält '0',"
        " und das ist kein Base32-Zeichen.",
        "Zeile 3 – nicht unterstützt: Diese Zeile ist kein otpauth://-Link.",
    ]


class FailingNtp:
    """Two servers that answer, but not with the time: the reasons are the core's own messages."""

    def __call__(self, servers: Sequence[str], time_source: Callable[[], float]) -> CombinedOffset:
        request = request_packet(1_800_000_000.0)
        return combine_measurements(
            [
                interpret_reply("short.example", request, b"\x24" * 20, 0.0, 0.01),
                interpret_reply("stranger.example", request, bytes([0x24]) + bytes(47), 0.0, 0.01),
            ]
        )


def test_ntp_failures_are_german_in_the_diagnosis_table(german, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    controller = window.time_correction
    controller.measure = FailingNtp()
    controller.measure_web = lambda url, time_source: TimeMeasurement(url)
    dialog = controller.open_diagnosis()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=5000)
    results = [dialog.table.item(row, dialog.table.columnCount() - 1).text() for row in range(dialog.table.rowCount())]
    assert results == [
        "fehlgeschlagen: Keine NTP-Antwort (20 Byte statt mindestens 48)",
        "fehlgeschlagen: Die Antwort passt nicht zu unserer Anfrage (falscher Ursprungszeitstempel): kein NTP-Server?",
    ]
    controller.runner.wait()


def test_lint_explanations_and_app_notes_are_german_in_the_enrollment_window(german, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.inspect_action.trigger()
    dialog = window.active_dialog
    dialog.inspect_text(BENT_URI, "ein Test")
    cards = {card.finding.code: card for card in dialog.finding_cards}
    assert cards["short-secret"].explanation.text().startswith("RFC 4226 (§4, R6) verlangt mindestens 128 Bit")
    assert cards["non-default-digits"].explanation.text() == (
        "Anwendungen, die ihn ignorieren oder ablehnen, zeigen Codes, die der Server zurückweist. Berichtet: Google"
        " Authenticator verarbeitet Berichten zufolge nur 6 und 8 Stellen; Microsoft Authenticator ignoriert digits"
        " und zeigt 6 Stellen."
    )
    # The exported report stays English: it is for a bug tracker or a test log.
    _, findings = lint_uri(BENT_URI)
    assert "Reported: Google Authenticator is reported to handle only 6 and 8 digits" in str(
        next(f.explanation for f in findings if f.code == "non-default-digits")
    )
    assert "Reported: Google Authenticator" in dialog.report.to_markdown()


def test_the_which_step_explanation_is_german(german, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    github = Account("GitHub", "alice@example.com", id="a" * 32)
    dialog = WhichStepDialog([github], {github.id: RFC_KEY}.get, clock, current_id=github.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code_edit, otp.code_at(github, RFC_KEY, clock.now() - 90))
    assert dialog.check() is not None
    assert dialog.result_text.text() == (
        "Dieser Code war vor 90 s gültig (3 Schritte zurück): Das Gerät, das ihn erzeugt hat, geht etwa 90 s nach."
        " Das ist mehr, als Dienste gewöhnlich akzeptieren; stellen Sie die Uhr dieses Geräts richtig."
    )


def test_a_key_error_is_german_in_the_account_dialog(german, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    dialog = window.open_add_dialog()
    assert dialog is not None
    qtbot.keyClicks(dialog.key_edit, "JBSW1")
    assert dialog.key_message.text().startswith("Der Schlüssel enthält '1', und das ist kein Base32-Zeichen.")
    assert "('1' ist vermutlich 'I')" in dialog.key_message.text()


def test_image_errors_and_the_stored_time_source_are_german(german) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidImage) as caught:
        load_image(b"%PDF-1.7 not a picture")
    assert (
        str(caught.value)
        == "Not an image (it is a PDF document). Choose a PNG, JPEG, GIF, BMP or WebP image of the QR code."
    )
    assert core_text(caught.value.message) == "Kein Bild (es ist ein PDF-Dokument)."
    assert core_text(caught.value.hint) == "Wählen Sie ein Bild des QR-Codes im Format PNG, JPEG, GIF, BMP oder WebP."
    with pytest.raises(InvalidInput) as bad:
        load_image(b"\x89PNG\r\n\x1a\n" + bytes(8))
    assert (
        core_text(bad.value.message) == "Das Bild ist beschädigt oder abgeschnitten (sein PNG-Kopf ist unvollständig)."
    )

    correction = TimeCorrection(2.5, "NTP and https://example.com", 1_800_000_000.0)
    line = describe(correction, 1_800_000_000.0)
    assert line == "Codes corrected by +2.5 s (NTP and https://example.com, just now)"  # the CLI's status line
    assert core_text(line) == "Codes um +2.5 s korrigiert (NTP und https://example.com, gerade eben)"
