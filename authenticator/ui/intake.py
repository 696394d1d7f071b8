"""Adding accounts from QR codes and otpauth links: the Add menu, drops, paste, and the confirmation step.

Every source ends in the same place: a list of decoded texts, sorted by ``classify`` and parsed by
``parse_otpauth``, then confirmed by the user (:mod:`.dialogs.confirm_account`) and saved through the
window's runner. Decoding an image runs on a runner of its own (a photo takes tens of milliseconds, a bad
file must never freeze the window) so that it neither waits behind nor delays keyring work. Grabbing the
screen must happen on the GUI thread (Qt's rule) and is quick; only the decoding of the grab goes to the
worker.

Texts hold secrets: nothing here logs them or puts them in a message; messages name files and accounts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QDropEvent, QGuiApplication, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QFileDialog, QMenu

from ..core.account import Account
from ..core.errors import AuthenticatorError, InvalidInput
from ..core.otp import decode_secret
from ..core.uri import ParsedUri, parse_otpauth
from ..qr.content import SUPPORTED, classify
from .i18n import core_text
from .workers import TaskRunner

if TYPE_CHECKING:
    import numpy as np

    from ..formats.google_migration import MigrationAssembler
    from .dialogs.camera_scan import CameraScanDialog
    from .dialogs.confirm_account import ChooseAccountsDialog, ConfirmAccountDialog
    from .main_window import MainWindow

log = logging.getLogger(__name__)

IMAGE_FILTER = QT_TRANSLATE_NOOP("Intake", "Images (*.png *.jpg *.jpeg *.bmp *.webp *.gif);;All files (*)")

#: How long the window stays hidden before the screen is grabbed, so it does not cover the code.
HIDE_BEFORE_GRAB_MS = 300

Grabber = Callable[[], "list[np.ndarray]"]


class NothingFound(InvalidInput):
    """The input held no account: no QR code, a code with something else, or text that is no otpauth link."""


@dataclass
class Sorted:
    """What an input held: accounts ready to confirm, and sentences about everything else."""

    accounts: list[ParsedUri] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def sort_texts(texts: Iterable[str]) -> Sorted:
    """Classify each decoded or pasted text; otpauth links become accounts, the rest a sentence each."""
    result = Sorted()
    seen: set[str] = set()
    for text in texts:
        content = classify(text)
        if content.text in seen:
            continue
        seen.add(content.text)
        if content.kind != "otpauth":
            result.problems.append(core_text(content.message))
            continue
        try:
            result.accounts.append(parse_otpauth(content.text))
        except AuthenticatorError as err:
            result.problems.append(
                QCoreApplication.translate("Intake", "An otpauth:// link cannot be added: {reason}").format(
                    reason=core_text(err.message)
                )
            )
    return result


def link_lines(text: str) -> list[str]:
    """The lines of pasted or dropped text that are links (otpauth or not); blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def find_duplicate(
    parsed: ParsedUri, accounts: Sequence[Account], cached_secret: Callable[[str], str | None]
) -> tuple[Account | None, bool]:
    """``(existing account, same secret?)``: the same key bytes (for accounts whose secret is loaded) first,
    else the same issuer and name (case-insensitive); ``(None, False)`` when the account is new."""
    key = decode_secret(parsed.secret)
    for account in accounts:
        secret = cached_secret(account.id)
        if secret is not None and _same_key(secret, key):
            return account, True
    issuer, name = parsed.account.issuer.casefold(), parsed.account.name.casefold()
    for account in accounts:
        if account.issuer.casefold() == issuer and account.name.casefold() == name:
            return account, False
    return None, False


def _same_key(secret: str, key: bytes) -> bool:
    try:
        return decode_secret(secret) == key
    except AuthenticatorError:
        return False


def decode_files(paths: Sequence[str]) -> tuple[list[str], list[AuthenticatorError]]:
    """Worker thread: the texts of every code in every file, and one error per file that cannot be used."""
    from ..qr.decode import decode_file  # OpenCV and zxing-cpp load on first use, off the GUI thread

    texts: list[str] = []
    errors: list[AuthenticatorError] = []
    for path in paths:
        try:
            texts.extend(code.text for code in decode_file(path, require_code=True))
        except AuthenticatorError as err:
            errors.append(err)
    return texts, errors


def decode_texts(images: Iterable[np.ndarray]) -> list[str]:
    """Worker thread: the texts of every code in the images."""
    from ..qr.decode import decode_image  # OpenCV and zxing-cpp load on first use, off the GUI thread

    return [code.text for image in images for code in decode_image(image)]


def qimage_to_array(image: QImage) -> np.ndarray:
    from ..qr.screen import qimage_to_gray

    return qimage_to_gray(image)


class Intake(QObject):
    """The window's ways to add an account from a code or a link; built once by the main window."""

    def __init__(self, window: MainWindow, grab: Grabber | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.decoder = TaskRunner(self)
        self.grab: Grabber = grab if grab is not None else _grab_screens
        self.choose_dialog: ChooseAccountsDialog | None = None
        #: The Google Authenticator export being scanned, one QR code at a time (kept across scans).
        self.migration: MigrationAssembler | None = None

        self.manual_action = QAction(self.tr("Enter key manually…"), self)
        self.manual_action.triggered.connect(window.open_add_dialog)
        self.screen_action = QAction(self.tr("Scan screen"), self)
        self.screen_action.setToolTip(self.tr("Find a QR code shown on the screen"))
        self.screen_action.triggered.connect(self.scan_screen)
        self.camera_action = QAction(self.tr("Scan with camera…"), self)
        self.camera_action.setToolTip(self.tr("Hold the QR code up to a camera"))
        self.camera_action.triggered.connect(lambda: self.scan_camera())
        #: Lists the cameras for the camera dialog's picker (tests put a fake here); None: probe for real.
        self.camera_probe: Callable[[], list[int]] | None = None
        self.image_action = QAction(self.tr("Open image…"), self)
        self.image_action.setToolTip(
            self.tr("Read the QR code in a {formats} image").format(formats=core_text(SUPPORTED))
        )
        self.image_action.triggered.connect(self.open_image)
        self.paste_action = QAction(self.tr("Paste QR image or link"), self)
        self.paste_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Paste))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.paste_action.triggered.connect(self.paste)
        window.addAction(self.paste_action)  # the search field keeps its own Ctrl+V (shortcut override)

        self.add_menu = QMenu(self.tr("Add"), window)
        self.add_menu.setObjectName("addMenu")
        self.add_menu.setAccessibleName(self.tr("Add account"))
        actions = (self.screen_action, self.camera_action, self.image_action, self.paste_action, self.manual_action)
        for action in actions:
            self.add_menu.addAction(action)
        self.add_menu.insertSeparator(self.manual_action)
        window.add_button.setMenu(self.add_menu)
        window.empty.add_button.setMenu(self.add_menu)

        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window.list.viewport().installEventFilter(self)

    # -- sources --------------------------------------------------------------------------------------------

    def scan_screen(self) -> None:
        """Hide the window for a moment (it may cover the code), grab every screen, decode on the worker."""
        was_visible = self.window.isVisible()
        if was_visible:
            self.window.hide()

        def grab() -> None:
            try:
                images = self.grab()
            except AuthenticatorError as err:
                self._failed(err)
                return
            finally:
                if was_visible:
                    self.window.show()
                    self.window.raise_()
            self.decoder.run(
                lambda: decode_texts(images),
                lambda texts: self.handle_texts(texts, self.tr("the screen"), empty=_no_code_on_screen()),
                self._failed,
            )

        QTimer.singleShot(HIDE_BEFORE_GRAB_MS if was_visible else 0, grab)

    def scan_camera(self, source: int | str | None = None) -> CameraScanDialog:
        """The camera dialog (``source``: one camera index or video file, else the cameras found); the first
        account code it reads goes on to the confirmation, as an opened image's would."""
        from .dialogs.camera_scan import CameraScanDialog, source_name  # OpenCV loads on first use

        dialog = CameraScanDialog(self.window, source=source, probe=self.camera_probe, runner=self.decoder)

        def finished(_result: int) -> None:
            picked = dialog.current_source()
            if dialog.texts:
                self.handle_texts(dialog.texts, source_name(picked) if picked is not None else self.tr("the camera"))

        dialog.finished.connect(finished)
        self.window._show_box(dialog)
        return dialog

    def open_image(self) -> QFileDialog:
        dialog = QFileDialog(self.window, self.tr("Open a QR code image"))
        dialog.setObjectName("openImageDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr(IMAGE_FILTER))
        dialog.filesSelected.connect(self.add_files)
        dialog.open()
        return dialog

    def add_files(self, paths: Sequence[str]) -> None:
        """Decode image files on the worker, then confirm what they hold."""
        paths = list(paths)
        if not paths:
            return
        source = Path(paths[0]).name if len(paths) == 1 else Intake.tr("%n image(s)", "", len(paths))

        def done(result: tuple[list[str], list[AuthenticatorError]]) -> None:
            texts, errors = result
            if errors and not texts:
                self._failed(errors[0])
                return
            if errors:
                self.window.toast.show_message(core_text(errors[0].message))
            self.handle_texts(texts, source)

        self.decoder.run(lambda: decode_files(paths), done, self._failed)

    def add_image(self, image: QImage, source: str = "") -> None:
        """A picture (pasted or dropped as data): converted and decoded on the worker.

        QImage (unlike QPixmap) may be used off the GUI thread; converting there also keeps the first
        paste from freezing the window while numpy and OpenCV load.
        """
        source = source or self.tr("the clipboard image")
        if image.isNull():
            self._failed(NothingFound(self.tr("The picture is empty.")))
            return
        picture = image.copy()  # the worker's own copy: the clipboard may change meanwhile
        self.decoder.run(
            lambda: decode_texts([qimage_to_array(picture)]),
            lambda texts: self.handle_texts(texts, source),
            self._failed,
        )

    def add_link(self, uri: str) -> None:
        """An otpauth link from the command line or a second launch: confirmed like a pasted one."""
        self.add_text(uri, self.tr("the link"))

    def add_text(self, text: str, source: str = "") -> None:
        source = source or self.tr("the pasted text")
        lines = link_lines(text)
        if not any(line.lower().startswith(("otpauth:", "otpauth-migration:")) for line in lines):
            self._failed(
                NothingFound(
                    self.tr("The text holds no otpauth:// link."),
                    self.tr("Copy the QR code's image or its otpauth:// link, or enter the key by hand."),
                )
            )
            return
        self.handle_texts([line for line in lines if line.lower().startswith("otpauth")], source)

    def paste(self) -> bool:
        """Ctrl+V: an image, image files, or otpauth text from the clipboard; False if it held none."""
        return self.add_mime(QGuiApplication.clipboard().mimeData(), self.tr("the clipboard"))

    def add_mime(self, mime: QMimeData | None, source: str) -> bool:
        from .dialogs.import_dialog import is_image_file  # dialogs load when first used, not at start-up

        if mime is None:
            return False
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        exports = [path for path in files if not is_image_file(path)]
        if exports:  # not a picture: an export or backup file goes to the importer
            self.window.open_import(exports[0])
            return True
        if files:
            self.add_files(files)
            return True
        if mime.hasImage():
            data = mime.imageData()
            image = data.toImage() if isinstance(data, QPixmap) else QImage(data)
            self.add_image(image, self.tr("the image from {source}").format(source=source))
            return True
        if mime.hasText() and mime.text().strip():
            self.add_text(mime.text(), self.tr("the text from {source}").format(source=source))
            return True
        self._failed(
            NothingFound(
                self.tr("Nothing to add in {source}.").format(source=source),
                self.tr("Copy a QR code image or an otpauth:// link."),
            )
        )
        return False

    # -- drops ----------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDropEvent):
            if self._accepts(event.mimeData()):
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent) and self._accepts(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.add_mime(event.mimeData(), self.tr("the dropped item"))
            return True
        return super().eventFilter(watched, event)

    def _accepts(self, mime: QMimeData | None) -> bool:
        """External files, pictures and text; never the list's own row drags (those reorder)."""
        if mime is None or any(mime.hasFormat(fmt) for fmt in self.window.model.mimeTypes()):
            return False
        return mime.hasUrls() or mime.hasImage() or mime.hasText()

    # -- confirming and saving ------------------------------------------------------------------------------

    def handle_texts(self, texts: Sequence[str], source: str, *, empty: NothingFound | None = None) -> None:
        """Decoded texts from ``source``: confirm one account, pick among several, or say why there is none."""
        exports = [text for text in texts if classify(text).kind == "migration"]
        if exports:
            self.google_export(exports, source)
            texts = [text for text in texts if classify(text).kind == "otpauth"]
            if not texts:
                return
        found = sort_texts(texts)
        if not found.accounts:
            if found.problems:
                self._failed(NothingFound(found.problems[0], self.tr("Look for the service's own QR code or link.")))
            else:
                self._failed(empty or NothingFound(self.tr("No QR code was found in {source}.").format(source=source)))
            return
        if found.problems:
            self.window.toast.show_message(found.problems[0])
        if len(found.accounts) == 1:
            self.confirm(found.accounts[0], source)
        else:
            self.choose(found.accounts, source)

    def google_export(self, texts: Sequence[str], source: str) -> None:
        """Gather the QR codes of a Google Authenticator export; the import preview opens once all are in.

        A code from another export starts that export over (the user moved on); a damaged one is explained.
        """
        from ..formats.base import FormatError
        from ..formats.google_migration import MigrationAssembler  # protobuf loads on the first export only
        from .dialogs.import_dialog import import_result
        from .dialogs.messages import error_box

        progress, restarted = None, False
        for text in texts:
            assembler = self.migration or MigrationAssembler()
            try:
                progress = assembler.add(text)
            except FormatError as err:
                fresh = MigrationAssembler()
                try:
                    progress = fresh.add(text)
                except FormatError:
                    self.window._show_box(error_box(err, self.window, title=self.tr("Import")))
                    return
                assembler, restarted = fresh, True
            self.migration = assembler
        if progress is None or self.migration is None:
            return
        if not progress.complete:
            step = self.tr("{received} of {total} scanned").format(
                received=len(progress.received), total=progress.batch_size
            )
            if restarted:
                text = self.tr("A new export: {progress} — scan the next code")
            elif progress.duplicate:
                text = self.tr("That code was already scanned. {progress} — scan the next code")
            else:
                text = self.tr("{progress} — scan the next code")
            self.window.toast.show_message(text.format(progress=step))
            return
        assembler, self.migration = self.migration, None
        try:
            result = assembler.result()
        except FormatError as err:
            self.window._show_box(error_box(err, self.window, title=self.tr("Import")))
            return
        import_result(self.window, result, self.tr("Google Authenticator export"))

    def duplicate_of(self, parsed: ParsedUri) -> tuple[Account | None, bool]:
        """Checked on the GUI thread against the secrets already loaded: ``cached_secret`` never blocks."""
        return find_duplicate(parsed, self.window.model.accounts, self.window.vault.cached_secret)

    def confirm(self, parsed: ParsedUri, source: str = "") -> ConfirmAccountDialog:
        from .dialogs.confirm_account import ConfirmAccountDialog

        duplicate, same_secret = self.duplicate_of(parsed)
        dialog = ConfirmAccountDialog(
            parsed, self.window.clock, self.window, duplicate=duplicate, same_secret=same_secret, source=source
        )
        dialog.finished.connect(lambda _result: self._confirmed(dialog))
        self.window._show_box(dialog)
        return dialog

    def _confirmed(self, dialog: ConfirmAccountDialog) -> None:
        from .dialogs.confirm_account import Choice

        if dialog.choice is Choice.CANCEL:
            return
        account, secret = dialog.account(), dialog.parsed.secret
        if dialog.choice is Choice.REPLACE and dialog.duplicate is not None:
            self.replace(dialog.duplicate, account, secret)
        else:
            self.window.add_account(account, secret)

    def choose(self, accounts: list[ParsedUri], source: str) -> ChooseAccountsDialog:
        from .dialogs.confirm_account import ChooseAccountsDialog

        known = [self.duplicate_of(parsed)[0] is not None for parsed in accounts]
        dialog = ChooseAccountsDialog([parsed.account.title for parsed in accounts], known, self.window)
        self.choose_dialog = dialog

        def finished(result: int) -> None:
            self.choose_dialog = None
            if not result:
                return
            if dialog.review_index is not None:
                self.confirm(accounts[dialog.review_index], source)
                return
            for index in dialog.chosen():
                self.window.add_account(accounts[index].account, accounts[index].secret)

        dialog.finished.connect(finished)
        self.window._show_box(dialog)
        return dialog

    def replace(self, old: Account, account: Account, secret: str) -> None:
        """Add the new account, move it to the old one's place, then remove the old one (worker thread).

        Adding first means a failure leaves the old account untouched rather than losing both.
        """
        vault = self.window.vault

        def work() -> tuple[Account, str | None, list[Account]]:
            index = next((i for i, a in enumerate(vault.accounts()) if a.id == old.id), None)
            saved = vault.add(account, secret)
            vault.remove(old.id)
            if index is not None:
                vault.move(saved.id, index)
            return saved, vault.cached_secret(saved.id), vault.accounts()

        def done(result: tuple[Account, str | None, list[Account]]) -> None:
            saved, canonical, accounts = result
            self.window.model.set_accounts(accounts)
            if canonical is not None:
                self.window.model.set_secrets({saved.id: canonical})
            self.window.select_account(saved.id)
            self.window.toast.show_message(self.tr("Replaced {title}").format(title=old.title))

        self.window.runner.run(work, done, self.window._action_failed)

    def _failed(self, error: BaseException) -> None:
        from .dialogs.messages import error_box

        self.window._show_box(error_box(error, self.window, title=self.tr("Add account")))


def _no_code_on_screen() -> NothingFound:
    return NothingFound(
        QCoreApplication.translate("Intake", "No QR code was found on the screen."),
        QCoreApplication.translate(
            "Intake", "Show the whole code on screen, not covered by other windows, then try again."
        ),
    )


def _grab_screens() -> list[np.ndarray]:
    from ..qr.screen import grab_screens

    return grab_screens()
