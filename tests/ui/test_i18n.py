"""Translations: the catalogues match the sources, German is complete and well-formed, and switching the language
really shows German in the window (our strings, the core's messages and Qt's own buttons).

The runtime checks use the shipped .qm files, so they also prove that the contexts pyside6-lupdate writes are the
ones ``tr()`` looks up: ``self.tr`` in a class, ``Class.tr`` with a plural in a function,
``QCoreApplication.translate`` in a function, ``QT_TRANSLATE_NOOP`` constants, and the core's ``N_``/``Message``.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from authenticator.core.errors import SecretStoreLocked
from authenticator.core.i18n import Message
from authenticator.storage.secrets import LOCKED_HINT
from authenticator.timesync.diagnosis import clock_verdict
from authenticator.ui.i18n import (
    available_languages,
    core_text,
    install_translators,
    placeholders,
    resolve_language,
)

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update-translations"
GERMAN = ROOT / "resources" / "i18n" / "authenticator_de.ts"
ENGLISH = ROOT / "resources" / "i18n" / "authenticator_en.ts"
UI = ROOT / "authenticator" / "ui"


def entries(ts: Path) -> list[tuple[str, str, bool, ET.Element]]:
    """(context, source, plural?, translation element) of every live entry."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append((name, message.findtext("source") or "", message.get("numerus") == "yes", translation))
    return found


def forms(translation: ET.Element, plural: bool) -> list[str]:
    if plural:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


# -- the catalogues and the sources -------------------------------------------------------------------------


def test_the_catalogues_hold_exactly_the_strings_of_the_sources() -> None:
    """A string added, changed or removed in the code without scripts/update-translations fails here, by name."""
    lupdate = ROOT / ".venv" / "bin" / "pyside6-lupdate"
    if not lupdate.exists() and shutil.which("pyside6-lupdate") is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6): the catalogues cannot be checked")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0, (
        "The translation catalogues are out of date; run scripts/update-translations and translate the new "
        "entries in resources/i18n/authenticator_de.ts:\n" + result.stdout + result.stderr
    )


@pytest.mark.parametrize("ts", [GERMAN, ENGLISH], ids=["de", "en"])
def test_every_entry_is_translated_with_the_same_placeholders(ts: Path) -> None:
    problems = []
    for context, source, plural, translation in entries(ts):
        where = f"[{context}] {source!r}"
        texts = forms(translation, plural)
        if translation.get("type") == "unfinished" or not all(text.strip() for text in texts):
            problems.append(f"{where}: not translated")
            continue
        if plural and len(texts) != 2:
            problems.append(f"{where}: needs 2 plural forms, has {len(texts)}")
        for text in texts:
            if placeholders(text) != placeholders(source):
                problems.append(f"{where}: placeholders {sorted(placeholders(text))} in {text!r}")
            if plural and "%n" not in text and len(texts) == 2 and text is texts[1]:
                problems.append(f"{where}: the plural form must show the count (%n): {text!r}")
            if bool(re.search(r"&\w", source)) != bool(re.search(r"&\w", text)):
                problems.append(f"{where}: keyboard mnemonic (&) added or lost in {text!r}")
            if re.findall(r"</?\w+>", source) != re.findall(r"</?\w+>", text):
                problems.append(f"{where}: markup differs in {text!r}")
    assert problems == []


def test_the_german_catalogue_is_complete() -> None:
    german = {(context, source) for context, source, _, _ in entries(GERMAN)}
    assert len(german) > 500
    plural_sources = {(c, s) for c, s, plural, _ in entries(GERMAN) if plural}
    english = {(c, s) for c, s, _, _ in entries(ENGLISH)}
    assert english == plural_sources, "English must hold the plural forms of exactly the %n sources"


def _translate_calls() -> list[tuple[Path, ast.Call]]:
    calls = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "i18n.py":
            continue  # core_text: the core's texts were extracted where N_()/Message() mark them
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr == "translate" and ast.unparse(node.func.value).endswith("QCoreApplication"):
                calls.append((path, node))
    return calls


def test_translate_calls_can_be_extracted() -> None:
    """lupdate reads only literal contexts and texts, and marks plurals only in tr(): a variable context or a
    count passed to QCoreApplication.translate would never be translated (use Class.tr("%n …", "", n))."""
    problems = []
    for path, call in _translate_calls():
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        args = call.args
        if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
            problems.append(f"{where}: context and text must be string literals")
        if len(args) > 3 or any(k.arg == "n" for k in call.keywords):
            problems.append(f"{where}: a count passed to translate() (lupdate will not mark it plural)")
    assert problems == []


# -- choosing the language ----------------------------------------------------------------------------------


def test_the_languages_offered_are_english_and_german_by_their_own_names() -> None:
    assert available_languages() == [("en", "English"), ("de", "Deutsch")]


def test_system_with_a_german_desktop_picks_german(qapp) -> None:  # type: ignore[no-untyped-def]
    austria = QLocale(QLocale.Language.German, QLocale.Country.Austria)
    assert resolve_language("system", austria) == "de"
    assert install_translators(qapp, "system", system=austria) == "de"
    assert QCoreApplication.translate("EmptyState", "No accounts yet") == "Noch keine Konten"


def test_system_with_a_language_without_catalogue_is_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert resolve_language("system", QLocale(QLocale.Language.Japanese, QLocale.Country.Japan)) == "en"


def test_an_unknown_language_falls_back_to_english_without_error(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "de")
    assert install_translators(qapp, "xx") == "en"
    assert install_translators(qapp, "") in ("en", "de")  # empty = the desktop's language
    install_translators(qapp, "xx")
    assert QCoreApplication.translate("EmptyState", "No accounts yet") == "No accounts yet"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


# -- German in the window -----------------------------------------------------------------------------------


def test_switching_to_german_translates_the_window_and_qts_own_buttons(qapp, make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert install_translators(qapp, "de") == "de"
    window = make_window()
    assert window.empty.title.text() == "Noch keine Konten"  # self.tr in a widget, via a QT_TRANSLATE_NOOP constant
    assert window.empty.add_button.text() == "Konto hinzufügen"
    dialog = window.time_correction.open_diagnosis()
    assert dialog.windowTitle() == "Uhrprüfung"
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Schließen"  # qtbase_de.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"


def test_german_chosen_in_the_preferences_shows_after_a_restart(qapp, make_window, accounts, settings) -> None:  # type: ignore[no-untyped-def]
    """Preferences > Language > Deutsch, OK; the next start (run_gui loads the saved language before it builds
    the window) is German: our strings, plurals, and Qt's own buttons."""
    from authenticator.ui.settings import GENERAL_LANGUAGE

    window = make_window()
    dialog = window.open_preferences()
    combo = dialog.language_combo
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert offered == {"system": "System default", "en": "English", "de": "Deutsch"}
    assert dialog.language_hint.isVisibleTo(dialog) and "restart" in dialog.language_hint.text()
    combo.setCurrentIndex(combo.findData("de"))
    dialog.accept()
    assert settings.get(GENERAL_LANGUAGE) == "de"
    assert window.search.placeholderText() == "Search accounts"  # nothing is retranslated live

    assert install_translators(qapp, settings.get(GENERAL_LANGUAGE)) == "de"  # what the restart does
    again = make_window()
    assert again.windowTitle() == "Authenticator"  # the app's name is not translated
    assert again.search.placeholderText() == "Konten durchsuchen"
    assert again.add_button.text() == "Hinzufügen"
    assert again.preferences_action.text() == "&Einstellungen …"
    assert [a.text() for a in again.clear_menu.actions()][:3] == ["10 Sekunden", "30 Sekunden", "1 Minute"]
    assert again.copy_code(again.proxy.index(0, 0))
    assert again.toast.text() == "Kopiert – wird nach 30 s gelöscht"
    prefs = again.open_preferences()
    assert prefs.windowTitle() == "Einstellungen"
    assert prefs.language_combo.currentText() == "Deutsch"
    assert prefs.language_combo.itemText(0) == "Systemsprache"
    cancel = prefs.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"  # qtbase_de.qm
    prefs.reject()


def test_german_reaches_functions_plurals_and_the_core(qapp) -> None:  # type: ignore[no-untyped-def]
    from authenticator.core.which_step import MatchKind
    from authenticator.ui.dialogs.diagnosis import headline_text
    from authenticator.ui.dialogs.export_dialog import _CHOICES
    from authenticator.ui.dialogs.import_dialog import ImportDialog
    from authenticator.ui.dialogs.which_step import headline

    install_translators(qapp, "de")
    # Class.tr with a count, from a function and from a method
    one_back = SimpleNamespace(kind=MatchKind.MATCH, step_difference=-1, offset_seconds=-30.0)
    assert headline(one_back) == "1 Schritt zurück (-30 s)"  # type: ignore[arg-type]
    three_back = SimpleNamespace(kind=MatchKind.MATCH, step_difference=-3, offset_seconds=-90.0)
    assert headline(three_back) == "3 Schritte zurück (-90 s)"  # type: ignore[arg-type]
    assert ImportDialog.tr("Import %n account(s)", "", 1) == "1 Konto importieren"
    assert ImportDialog.tr("Import %n account(s)", "", 4) == "4 Konten importieren"
    # QCoreApplication.translate in a function, with a value filled in afterwards
    from authenticator.timesync.diagnosis import ClockState

    assert headline_text(ClockState.BAD, 47.0, corrected=False) == "Uhr geht 47 s nach – Codes werden abgelehnt"
    # a QT_TRANSLATE_NOOP table, translated where it is shown
    assert QCoreApplication.translate("ExportDialog", _CHOICES[0][1]) == "Verschlüsselte Sicherung (Aegis-Tresorformat)"
    # the core: N_ sentences and Messages with (translated) fields
    locked = SecretStoreLocked("The keyring is locked.", LOCKED_HINT)
    assert core_text(locked.message) == "Der Schlüsselbund ist gesperrt."
    assert core_text(locked.hint).startswith("Entsperren Sie Ihren Anmelde-Schlüsselbund")
    verdict = clock_verdict(47.0)
    assert verdict.message.startswith("Your computer's clock is 47 s behind.")  # the CLI keeps English
    assert core_text(verdict.message).startswith("Die Uhr Ihres Computers geht 47 s nach. Server akzeptieren")
    assert core_text(clock_verdict(3 * 86400.0).message).startswith("Die Uhr Ihres Computers geht 3 Tage nach.")


def test_english_plurals_come_from_the_english_catalogue(qapp) -> None:  # type: ignore[no-untyped-def]
    from authenticator.ui.dialogs.import_dialog import ImportDialog

    install_translators(qapp, "en")
    assert ImportDialog.tr("Import %n account(s)", "", 1) == "Import 1 account"
    assert ImportDialog.tr("Import %n account(s)", "", 2) == "Import 2 accounts"


def test_a_core_message_without_translation_or_with_a_broken_one_stays_english(qapp) -> None:  # type: ignore[no-untyped-def]
    install_translators(qapp, "de")
    assert core_text(Message("Not in any catalogue: {value}.", value=3)) == "Not in any catalogue: 3."
    assert core_text("a plain string that is no message") == "a plain string that is no message"
    broken = Message("The keyring is locked.")  # a template whose translation has no fields is fine
    assert core_text(broken) == "Der Schlüsselbund ist gesperrt."
    assert placeholders("{a} and {b:>3}") == {"a", "b"}


def test_the_language_setting_survives_a_restart(tmp_path: Path) -> None:
    """Written by one process and read by the next, through the QSettings file format Linux uses.

    (Qt writes a group called "general" as [%General] and reads it back as "General", so such a key would be
    lost; a test in one process would not notice, since QSettings caches the file.)
    """
    program = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "app = QCoreApplication([])\n"
        "app.setOrganizationName('Test'); app.setApplicationName('Test')\n"
        "from authenticator.ui.settings import GENERAL_LANGUAGE, Settings\n"
        "settings = Settings()\n"
        "if sys.argv[1] == 'write':\n"
        "    settings.set(GENERAL_LANGUAGE, 'de')\n"
        "else:\n"
        "    print(settings.get(GENERAL_LANGUAGE))\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", program, "write"], env=env, check=True, timeout=60)
    read = subprocess.run([sys.executable, "-c", program, "read"], env=env, check=True, timeout=60, capture_output=True)
    assert read.stdout.decode().strip() == "de"
