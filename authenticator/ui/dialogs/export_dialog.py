"""Export every account: an encrypted backup, plain Aegis JSON, an otpauth:// list, or Google QR codes.

The encrypted backup (Aegis vault format, :mod:`authenticator.formats.export_aegis`) needs the password
twice. The two plain files hold every secret readable by anyone who gets the file, so choosing one shows a
warning and the export stays disabled until the user ticks that they understand. Google Authenticator QR
codes go on to :class:`~.google_qr_dialog.GoogleQrDialog` (compatibility preview first).

Threads: the secrets are read on the window's runner (one batched keyring call, in order with other vault
work); the key derivation (scrypt, ~0.4 s), the encoding and the verified write run on the dialog's own
runner. Every file is read back from disk and checked (the backup decrypted) before success is reported
(:func:`authenticator.formats.export_file.write_verified`); a failed check leaves any previous file as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account
from ...core.errors import AuthenticatorError, InvalidInput, SecretMissing
from ..i18n import core_text
from ..sizing import fit_height, keep_minimum_width
from ..workers import TaskRunner

if TYPE_CHECKING:
    from ...storage.vault import Vault
    from ..main_window import MainWindow

Pair = tuple[Account, str]

ENCRYPTED, PLAIN_JSON, URI_LIST, GOOGLE_QR = "aegis", "aegis-plain", "uris", "google-qr"

#: (kind, title, detail); the texts are translated where the dialog shows them.
_CHOICES = (
    (
        ENCRYPTED,
        QT_TRANSLATE_NOOP("ExportDialog", "Encrypted backup (Aegis vault format)"),
        QT_TRANSLATE_NOOP("ExportDialog", "Protected by a password; Aegis, Ente and others read it."),
    ),
    (
        PLAIN_JSON,
        QT_TRANSLATE_NOOP("ExportDialog", "Plain Aegis JSON (unencrypted)"),
        QT_TRANSLATE_NOOP("ExportDialog", "For apps that cannot read the encrypted backup."),
    ),
    (
        URI_LIST,
        QT_TRANSLATE_NOOP("ExportDialog", "otpauth:// link list (unencrypted)"),
        QT_TRANSLATE_NOOP("ExportDialog", "One link per line; most authenticators import it."),
    ),
    (
        GOOGLE_QR,
        QT_TRANSLATE_NOOP("ExportDialog", "Google Authenticator QR codes"),
        QT_TRANSLATE_NOOP("ExportDialog", "Scan them with Google Authenticator on your phone."),
    ),
)
_SUFFIX = {ENCRYPTED: ".json", PLAIN_JSON: ".json", URI_LIST: ".txt"}
_FILTER = {
    ENCRYPTED: QT_TRANSLATE_NOOP("ExportDialog", "Aegis vault (*.json);;All files (*)"),
    PLAIN_JSON: QT_TRANSLATE_NOOP("ExportDialog", "JSON (*.json);;All files (*)"),
    URI_LIST: QT_TRANSLATE_NOOP("ExportDialog", "Text (*.txt);;All files (*)"),
}

PLAIN_WARNING = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "This file will hold every secret key unencrypted: anyone who reads it — another program, a backup "
    "service, someone with your disk — can make all your codes. Prefer the encrypted backup; delete this "
    "file as soon as you have imported it.",
)


def pairs_with_secrets(vault: Vault) -> list[Pair]:
    """Worker thread: every account with its secret (one batched keyring read); a missing one refuses."""
    accounts = vault.accounts()
    if not accounts:
        raise InvalidInput(QCoreApplication.translate("ExportDialog", "There are no accounts to export."))
    missing = vault.load_secrets([a.id for a in accounts])
    if missing:
        titles = ", ".join(a.title for a in accounts if a.id in missing)
        raise SecretMissing(
            ExportDialog.tr(
                "The secrets of %n account(s) are missing from the keyring ({titles}); nothing was exported.",
                "",
                len(missing),
            ).format(titles=titles),
            QCoreApplication.translate("ExportDialog", "Remove those accounts or add them again, then export."),
        )
    pairs = []
    for account in accounts:
        secret = vault.cached_secret(account.id)
        if secret is None:
            raise SecretMissing(
                QCoreApplication.translate(
                    "ExportDialog", "The secret of {title} could not be read; nothing was exported."
                ).format(title=account.title)
            )
        pairs.append((account, secret))
    return pairs


def write_export(kind: str, path: Path, pairs: Sequence[Pair], password: str = "") -> None:
    """Worker thread: write ``pairs`` to ``path`` as ``kind`` and verify what landed on disk."""
    from ...formats import export_aegis as aegis
    from ...formats.export_file import write_verified
    from ...formats.export_uris import check_uri_file, uri_file

    if kind == ENCRYPTED:
        if not password:
            raise InvalidInput(QCoreApplication.translate("ExportDialog", "The backup needs a password."))
        params = aegis.new_kdf_params()
        key = aegis.derive_key(password, params)
        db = aegis.build_db(pairs)
        data = aegis.encrypted_file(db, key, params)
        write_verified(path, data, lambda written: _same(aegis.read_encrypted_db(written, derived_key=key), db))
    elif kind == PLAIN_JSON:
        db = aegis.build_db(pairs)
        write_verified(path, aegis.plain_file(db), lambda written: _same(aegis.read_plain_db(written), db))
    elif kind == URI_LIST:
        write_verified(path, uri_file(pairs), lambda written: check_uri_file(written, pairs))
    else:
        raise InvalidInput(f"Unknown export format {kind!r}.")  # a programming error, never shown


def _same(read_back: dict[str, Any], meant: dict[str, Any]) -> None:
    from ...formats.base import FormatError

    if read_back != meant:
        raise FormatError(
            QCoreApplication.translate("ExportDialog", "the accounts read back differ from the accounts written")
        )


class ExportDialog(QDialog):
    """Pick a format (and password, or confirm the warning), then a file; reports a verified success."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.worker = TaskRunner(self)  # key derivation and writing: never behind (or ahead of) vault work
        self.written: Path | None = None
        self._working = False
        self._closed = False
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export accounts"))

        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        count = len(window.model.accounts)
        heading = QLabel(ExportDialog.tr("Export %n account(s) as:", "", count))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for kind, title_source, detail_source in _CHOICES:
            title, detail = self.tr(title_source), self.tr(detail_source)
            radio = QRadioButton(title)
            radio.setToolTip(detail)
            radio.setAccessibleDescription(detail)
            self.choices.addButton(radio)
            self.radios[kind] = radio
            layout.addWidget(radio)
        self.radios[ENCRYPTED].setChecked(True)
        self.choices.buttonToggled.connect(self._kind_changed)

        self.password_box = QWidget()
        form = QFormLayout(self.password_box)
        form.setContentsMargins(20, 4, 0, 4)
        self.password = QLineEdit()
        self.password.setObjectName("exportPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Backup password"))
        self.password_again = QLineEdit()
        self.password_again.setObjectName("exportPasswordAgain")
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again.setAccessibleName(self.tr("Backup password again"))
        self.mismatch = QLabel()
        self.mismatch.setObjectName("passwordMismatch")
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("A&gain:"), self.password_again)
        form.addRow("", self.mismatch)
        self.password.textChanged.connect(lambda _t: self._update())
        self.password_again.textChanged.connect(lambda _t: self._update())
        layout.addWidget(self.password_box)

        self.warning = QLabel(self.tr("<b>Warning:</b> {warning}").format(warning=self.tr(PLAIN_WARNING)))
        self.warning.setObjectName("plainWarning")
        self.warning.setWordWrap(True)
        self.understood = QCheckBox(self.tr("I understand that this file holds my secrets unencrypted"))
        self.understood.setObjectName("plainConfirmation")
        self.understood.toggled.connect(lambda _on: self._update())
        layout.addWidget(self.warning)
        layout.addWidget(self.understood)

        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button: QPushButton = self.buttons.addButton(
            self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.finished.connect(self._finished)
        self._update()
        keep_minimum_width(self, 480)  # wider when longer (translated) texts need it

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return next(kind for kind, radio in self.radios.items() if radio.isChecked())

    @property
    def busy(self) -> bool:
        return self._working

    def select(self, kind: str) -> None:
        self.radios[kind].setChecked(True)

    def ready(self) -> bool:
        """Whether Export may be pressed: matching passwords, or the plain-file warning acknowledged."""
        kind = self.kind
        if self._working:
            return False
        if kind == ENCRYPTED:
            return bool(self.password.text()) and self.password.text() == self.password_again.text()
        if kind in (PLAIN_JSON, URI_LIST):
            return self.understood.isChecked()
        return True

    def _kind_changed(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._update()
            fit_height(self)  # room for the warning, wrapped at the dialog's width

    def _update(self) -> None:
        kind = self.kind
        plain = kind in (PLAIN_JSON, URI_LIST)
        self.password_box.setVisible(kind == ENCRYPTED)
        self.warning.setVisible(plain)
        self.understood.setVisible(plain)
        differ = bool(self.password_again.text()) and self.password.text() != self.password_again.text()
        self.mismatch.setText(self.tr("The passwords differ.") if differ else "")
        self.export_button.setText(self.tr("Show QR codes…") if kind == GOOGLE_QR else self.tr("Export…"))
        self.export_button.setEnabled(self.ready())
        self.cancel_button.setEnabled(not self._working)

    # -- exporting ------------------------------------------------------------------------------------------

    def choose_file(self) -> QFileDialog | None:
        if not self.ready():
            return None
        kind = self.kind
        if kind == GOOGLE_QR:
            self.show_google_codes()
            return None
        day = time.strftime("%Y-%m-%d", time.gmtime(self.window_.clock.now()))
        name = f"authenticator-{'backup' if kind == ENCRYPTED else 'export'}-{day}{_SUFFIX[kind]}"
        picker = QFileDialog(self, self.tr("Export accounts to a file"))
        picker.setObjectName("exportFileDialog")
        picker.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        picker.setNameFilter(self.tr(_FILTER[kind]))
        picker.selectFile(name)
        picker.fileSelected.connect(lambda path: self.export_to(Path(path)) if path else None)
        picker.open()
        return picker

    def export_to(self, path: Path) -> None:
        """Read the secrets (window's runner), then write and verify the file (this dialog's runner)."""
        kind, password = self.kind, self.password.text()
        if not self.ready() or kind == GOOGLE_QR:
            return
        self._start(self.tr("Reading your accounts…"))

        def write(pairs: list[Pair]) -> None:
            self.status.setText(
                self.tr("Encrypting and checking the backup…") if kind == ENCRYPTED else self.tr("Writing…")
            )
            self.worker.run(lambda: (write_export(kind, path, pairs, password), len(pairs))[1], done, self._failed)

        def done(count: int) -> None:
            self._working = False
            self.written = path
            self.password.clear()
            self.password_again.clear()
            if kind == ENCRYPTED:
                check = self.tr("The backup was read back from disk and decrypted with your password: it is verified.")
            else:
                check = self.tr("The file was read back from disk and checked. It holds your secrets unencrypted.")
            exported = ExportDialog.tr("Exported %n account(s) to {file}.", "", count).format(file=path.name)
            self.status.setText(f"{exported} {check}")
            self.export_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self._update()
            self.window_.toast.show_message(ExportDialog.tr("Exported %n account(s)", "", count))

        self._after_secrets(write)

    def show_google_codes(self) -> None:
        """Read the secrets, then hand over to the Google QR dialog (compatibility preview first)."""
        from .google_qr_dialog import GoogleQrDialog

        self._start(self.tr("Reading your accounts…"))

        def open_codes(pairs: list[Pair]) -> None:
            self._working = False
            window = self.window_
            self.accept()
            window._show_box(GoogleQrDialog(pairs, window))

        self._after_secrets(open_codes)

    def _after_secrets(self, then: Callable[[list[Pair]], None]) -> None:
        vault = self.window_.vault

        def arrived(pairs: list[Pair]) -> None:
            if not self._closed:
                then(pairs)

        self.window_.runner.run(lambda: pairs_with_secrets(vault), arrived, self._failed)

    def _start(self, text: str) -> None:
        self._working = True
        self.status.setText(text)
        self._update()

    def _failed(self, error: BaseException) -> None:
        self._working = False
        if self._closed:
            return
        if isinstance(error, AuthenticatorError):
            self.status.setText(f"{core_text(error.message)} {core_text(error.hint)}".strip())
        else:
            self.status.setText(
                self.tr("The export failed ({error}); nothing was written.").format(error=type(error).__name__)
            )
        self._update()

    def reject(self) -> None:
        if self._working:  # a write in progress finishes (or fails cleanly) in a moment
            return
        super().reject()

    def _finished(self, _result: int) -> None:
        self._closed = True
        self.password.clear()
        self.password_again.clear()


def open_export(window: MainWindow) -> ExportDialog:
    dialog = ExportDialog(window)
    window._show_box(dialog)
    return dialog
