"""The window's language: which catalogue to load, loading it, and translating the core's messages.

The language setting (``interface/language``) is ``"system"`` (the desktop's language, from
:meth:`QLocale.system`) or a language code (``"de"``, ``"en"``). :func:`install_translators` loads two small
catalogues for it, before any window is built (a language change applies at the next start; nothing is
retranslated live):

* ``resources/i18n/authenticator_<lang>.qm``: this app's strings (``scripts/update-translations`` makes it).
  English has one too: it holds only the plural forms ("1 account", "2 accounts") of sources written
  ``"%n account(s)"``.
* Qt's own ``qtbase_<lang>.qm`` (from Qt's translations folder): the standard buttons (Cancel, Close, OK),
  the file dialog and the text fields' context menus.

A language without a catalogue, or an unknown code, falls back to English without an error.

Strings in the window go through ``self.tr()`` (in a QObject subclass) or ``QCoreApplication.translate``;
sentences that come from the Qt-free core are marked there (:mod:`authenticator.core.i18n`) and translated
here by :func:`core_text`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.i18n import Message

log = logging.getLogger(__name__)

#: Where the compiled catalogues are shipped (package data).
CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOGUE_PREFIX = "authenticator_"
#: The language the sources are written in.
SOURCE_LANGUAGE = "en"
SYSTEM = "system"
#: Core messages (``N_``/``Message``, extracted as ``QT_TR_NOOP``) live in lupdate's unnamed context.
CORE_CONTEXT = ""
#: Language names as people look for them in a list (QLocale says "American English" for "en").
_NATIVE_NAMES = {"en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """``(code, native name)`` for every language with a catalogue, English first: for the preferences."""
    codes = {SOURCE_LANGUAGE}
    if CATALOGUE_DIR.is_dir():
        codes.update(p.stem.removeprefix(CATALOGUE_PREFIX) for p in CATALOGUE_DIR.glob(f"{CATALOGUE_PREFIX}*.qm"))
    ordered = [SOURCE_LANGUAGE, *sorted(codes - {SOURCE_LANGUAGE})]
    return [(code, native_name(code)) for code in ordered]


def native_name(code: str) -> str:
    """ "Deutsch" for "de": a language's name in that language."""
    if code in _NATIVE_NAMES:
        return _NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else code


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language to load for a setting value: an available code, or English.

    ``"system"`` walks the desktop's preferred UI languages (``de-AT`` → ``de``) and takes the first one with
    a catalogue; an explicit code without one (a typo, a language not shipped) falls back to English.
    """
    available = {code for code, _ in available_languages()}
    value = (setting or SYSTEM).strip()
    if value.lower() == SYSTEM:
        locale = system if system is not None else QLocale.system()
        candidates = [*locale.uiLanguages(), locale.name()]
    else:
        candidates = [value]
    for candidate in candidates:
        code = candidate.replace("-", "_").split("_")[0].lower()
        if code in available:
            return code
    if value.lower() != SYSTEM:
        log.warning("no translation for language %r; using English", value)
    return SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, setting: str, *, system: QLocale | None = None) -> str:
    """Load the catalogues for ``setting`` into ``app`` (replacing any loaded before); returns the language.

    Call it once the QApplication exists and before the window is built: widgets translate their texts when
    they are made. Tests call it to switch languages (and to load the English plural forms).
    """
    remove_translators(app)
    language = resolve_language(setting, system)
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE_PREFIX}{language}", str(CATALOGUE_DIR)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("the %s catalogue could not be loaded from %s", language, CATALOGUE_DIR)
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.info("Qt's own %s catalogue is missing; standard buttons stay English", language)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Unload what :func:`install_translators` loaded (tests switch back to English with this)."""
    while _installed:
        app.removeTranslator(_installed.pop())


def core_text(text: str) -> str:
    """A core message (:mod:`authenticator.core.i18n`) in the window's language; other text unchanged.

    A :class:`~authenticator.core.i18n.Message` gets its template translated and its fields (translated too,
    when they are messages) filled in; a plain string is looked up as a whole (the ``N_`` sentences). A
    translation whose placeholders do not fit never hides the message: the English text is shown instead.
    """
    if not text:
        return text
    if not isinstance(text, Message):
        return QCoreApplication.translate(CORE_CONTEXT, text)
    template = QCoreApplication.translate(CORE_CONTEXT, text.template)
    if not text.fields:
        return template
    fields = {name: core_text(value) if isinstance(value, str) else value for name, value in text.fields.items()}
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):
        log.warning("the translation of %r does not fit its fields; showing English", text.template)
        return str(text)


def placeholders(text: str) -> set[str]:
    """The ``{name}`` fields of a template (for checking that a translation keeps them)."""
    from string import Formatter  # only the tests and tools need it: not on the start-up path

    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}
