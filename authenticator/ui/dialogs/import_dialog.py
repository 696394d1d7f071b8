"""Import accounts from another app's export (or a backup): read, unlock, preview, choose, confirm.

The dialog walks through pages — *busy* ("Reading…"), *password* (encrypted files), *preview* (one checkable
row per entry: new rows checked, duplicates unchecked and named, unsupported rows disabled with the reason)
and *problem* (the file cannot be imported) — and writes nothing until "Import N accounts" is pressed. Then
:meth:`~authenticator.storage.vault.Vault.add_many` writes all chosen accounts or none, so a failure leaves
the account list exactly as it was and the dialog stays open with the message.

Threads: reading the file, sniffing and decrypting (scrypt/Argon2/PBKDF2 take up to a second) run on the
dialog's own :class:`~authenticator.ui.workers.TaskRunner`, so a key derivation never queues behind (or holds
up) the window's vault work; the preview (which reads every secret from the keyring to spot duplicates) and
the write run on the window's runner, in order with the rest of the vault work.

Secrets stay in the worker's results and the vault: labels name issuers, accounts and files only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account
from ...core.errors import AuthenticatorError, InvalidInput
from ...core.i18n import Message
from ..i18n import core_text
from ..sizing import keep_minimum_width
from ..workers import TaskRunner
from .messages import something_went_wrong

if TYPE_CHECKING:
    from ...formats.base import Format, ImportResult
    from ...formats.preview import PreviewRow
    from ..main_window import MainWindow

#: The file picker's filter (the patterns stay; the names are translated where the picker is made).
IMPORT_PATTERNS = "*.json *.2fas *.txt *.csv *.bin *.xml *.aegis"

_BUSY, _PASSWORD, _PREVIEW, _PROBLEM = range(4)


def read_export_file(path: Path) -> bytes:
    """Worker thread: the file's bytes; a folder, a missing file or one too big to be an export is refused."""
    from ...formats.base import FormatError
    from ...formats.registry import MAX_IMPORT_BYTES

    name = path.name
    try:
        if path.is_dir():
            raise InvalidInput(
                QCoreApplication.translate("ImportDialog", "{name} is a folder.").format(name=name),
                QCoreApplication.translate("ImportDialog", "Choose the export file itself."),
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    except FileNotFoundError as exc:
        raise InvalidInput(
            QCoreApplication.translate("ImportDialog", "{name} does not exist.").format(name=name)
        ) from exc
    except OSError as exc:
        raise InvalidInput(
            QCoreApplication.translate("ImportDialog", "{name} cannot be read ({reason}).").format(
                name=name, reason=exc.strerror or exc
            )
        ) from exc
    if len(data) > MAX_IMPORT_BYTES:
        raise FormatError(
            QCoreApplication.translate(
                "ImportDialog", "{name} is over {size} MB; exports are at most a few MB, so this is not one."
            ).format(name=name, size=MAX_IMPORT_BYTES // 2**20)
        )
    if not data.strip():
        raise FormatError(
            QCoreApplication.translate("ImportDialog", "{name} is empty.").format(name=name),
            QCoreApplication.translate("ImportDialog", "Export from the other app again."),
        )
    return data


def sniff_and_read(data: bytes) -> tuple[Format, ImportResult | None]:
    """Worker thread: the format, and the result unless the file needs a password (then None)."""
    from ...formats import registry
    from ...formats.base import PasswordRequired

    fmt = registry.detect(data)
    try:
        return fmt, fmt.read(data, None)
    except PasswordRequired:
        return fmt, None


def row_text(row: PreviewRow, titles: dict[str, str]) -> str:
    """What the preview list says about one entry (no secret)."""
    from ...formats.preview import Status

    if row.status is Status.NEW:
        return QCoreApplication.translate("ImportDialog", "{entry} — new").format(entry=_label(row))
    if row.status is Status.DUPLICATE:
        if row.duplicate_of is not None and row.duplicate_of in titles:
            return QCoreApplication.translate("ImportDialog", "{entry} — duplicate of {account}").format(
                entry=_label(row), account=titles[row.duplicate_of]
            )
        return QCoreApplication.translate("ImportDialog", "{entry} — duplicate: {reason}").format(
            entry=_label(row), reason=core_text(row.reason)
        )
    return QCoreApplication.translate("ImportDialog", "{entry} — unsupported: {reason}").format(
        entry=_label(row), reason=core_text(row.reason)
    )


def _label(row: PreviewRow) -> str:
    """An entry's name: its own (an account title, shown as is) or one the importer made ("entry 3", translated)."""
    return core_text(row.label) if isinstance(row.label, Message) else row.label


class ImportDialog(QDialog):
    """One import, from a file (:meth:`start_file`) or from entries already read (:meth:`start_result`)."""

    def __init__(self, window: MainWindow, source: str = "") -> None:
        super().__init__(window)
        self.window_ = window
        self.source = source
        self.reader = TaskRunner(self)  # file reading and key derivation: never behind vault work
        self.rows: list[PreviewRow] = []
        self.imported: list[Account] = []
        self._data = b""
        self._format: Format | None = None
        self._writing = False
        self._closed = False
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import accounts"))
        self.setMinimumHeight(420)

        self.pages = QStackedWidget(self)
        self.busy_label = QLabel(self.tr("Reading…"))
        busy_bar = QProgressBar()
        busy_bar.setRange(0, 0)  # indeterminate
        self.pages.addWidget(_page(self.busy_label, busy_bar))

        self.password_label = QLabel()
        self.password_label.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("importPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password_error = QLabel()
        self.password_error.setObjectName("passwordError")
        self.password_error.setWordWrap(True)
        self.password_error.setStyleSheet("color: palette(link-visited); font-weight: bold;")
        self.password.textChanged.connect(lambda _text: self._update_buttons())
        self.pages.addWidget(_page(self.password_label, self.password, self.password_error))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("importPreview")
        self.list.setAccessibleName(self.tr("Entries in the file"))
        self.list.itemChanged.connect(lambda _item: self._update_buttons())
        self.import_error = QLabel()
        self.import_error.setObjectName("importError")
        self.import_error.setWordWrap(True)
        self.import_error.hide()
        self.pages.addWidget(_page(self.summary, self.list, self.import_error, stretch=1))

        self.problem = QLabel()
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages.addWidget(_page(self.problem))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        widest = ImportDialog.tr("Import %n account(s)", "", 8888)  # room for the count, in any language
        self.ok_button.setMinimumWidth(self.ok_button.fontMetrics().horizontalAdvance(widest) + 24)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAutoDefault(False)  # Enter in the password field unlocks, never cancels
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.finished.connect(self._finished)
        self._show_page(_BUSY)
        keep_minimum_width(self, 480)  # wider when longer (translated) texts need it

    # -- state ----------------------------------------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.pages.currentIndex()

    @property
    def busy(self) -> bool:
        """Work for this dialog is still running (tests wait on this)."""
        return self.page == _BUSY or not self.reader.is_idle or self._writing

    def checked_rows(self) -> list[PreviewRow]:
        rows = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                rows.append(self.rows[int(item.data(Qt.ItemDataRole.UserRole))])
        return rows

    # -- reading --------------------------------------------------------------------------------------------

    def start_file(self, path: Path) -> None:
        """Read, sniff and (when not encrypted) parse the file on the worker."""
        path = Path(path)
        self.source = self.source or path.name
        self.busy_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self._show_page(_BUSY)

        def work() -> tuple[bytes, Format, ImportResult | None]:
            data = read_export_file(path)
            return (data, *sniff_and_read(data))

        self.reader.run(work, self._read, self._problem)

    def _read(self, outcome: tuple[bytes, Format, ImportResult | None]) -> None:
        if self._closed:
            return
        self._data, self._format, result = outcome
        if result is None:
            title = core_text(self._format.title) or self._format.name
            self.password_label.setText(
                self.tr("{source} is an encrypted {format}. Enter its password to read it.").format(
                    source=self.source, format=title
                )
            )
            self.password_error.clear()
            self._show_page(_PASSWORD)
            self.password.setFocus()
            return
        self.start_result(result)

    def unlock(self) -> None:
        """Decrypt with the typed password on the worker; a wrong one brings the password page back."""
        fmt, data, password = self._format, self._data, self.password.text()
        if fmt is None or not password:
            return
        self.busy_label.setText(self.tr("Unlocking {source}…").format(source=self.source))
        self._show_page(_BUSY)
        self.reader.run(lambda: fmt.read(data, password), self.start_result, self._unlock_failed)

    def _unlock_failed(self, error: BaseException) -> None:
        from ...formats.base import WrongPassword

        if self._closed:
            return
        if isinstance(error, WrongPassword):
            self.password_error.setText(f"{core_text(error.message)} {core_text(error.hint)}".strip())
            self._show_page(_PASSWORD)
            self.password.selectAll()
            self.password.setFocus()
            return
        self._problem(error)

    def start_result(self, result: ImportResult) -> None:
        """Compare the entries with the accounts in the list (reads secrets: the window's runner)."""
        from ...formats.preview import preview

        if self._closed:
            return
        self._data = b""  # the encrypted bytes are not needed any more
        self.busy_label.setText(self.tr("Comparing with your accounts…"))
        self._show_page(_BUSY)
        vault = self.window_.vault
        self.window_.runner.run(lambda: preview(result, vault), self._show_preview, self._problem)

    # -- preview --------------------------------------------------------------------------------------------

    def _show_preview(self, rows: list[PreviewRow]) -> None:
        from ...formats.preview import Status

        if self._closed:
            return
        self.rows = rows
        titles = {a.id: a.title for a in self.window_.model.accounts}
        self.list.blockSignals(True)
        self.list.clear()
        for index, row in enumerate(rows):
            item = QListWidgetItem(row_text(row, titles))
            item.setData(Qt.ItemDataRole.UserRole, index)
            if row.reason:
                item.setToolTip(core_text(row.reason))
            if row.status is Status.UNSUPPORTED:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = row.status is Status.NEW
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        counts = {status: sum(1 for r in rows if r.status is status) for status in Status}
        self.summary.setText(
            self.tr(
                "{source}: {new} new, {known} already in your list, {unsupported} that cannot be imported."
                " Nothing is saved until you confirm."
            ).format(
                source=self.source,
                new=counts[Status.NEW],
                known=counts[Status.DUPLICATE],
                unsupported=counts[Status.UNSUPPORTED],
            )
        )
        self._show_page(_PREVIEW)

    def import_checked(self) -> None:
        """Write the checked rows, all or nothing, on the window's runner."""
        pairs = [(row.account, row.secret) for row in self.checked_rows() if row.account and row.secret]
        if not pairs or self._writing:
            return
        vault = self.window_.vault

        def work() -> tuple[list[Account], list[Account], dict[str, str]]:
            saved = vault.add_many(pairs)
            secrets = {a.id: s for a in saved if (s := vault.cached_secret(a.id)) is not None}
            return saved, vault.accounts(), secrets

        self._writing = True
        self.import_error.hide()
        self._update_buttons()
        self.window_.runner.run(work, self._imported, self._import_failed)

    def _imported(self, outcome: tuple[list[Account], list[Account], dict[str, str]]) -> None:
        saved, accounts, secrets = outcome
        window = self.window_
        window.model.set_accounts(accounts)
        window.model.set_secrets(secrets)
        self.imported = saved
        self._writing = False
        window.toast.show_message(ImportDialog.tr("Imported %n account(s)", "", len(saved)))
        if saved and not self._closed:
            window.select_account(saved[0].id)
        if not self._closed:
            self.accept()

    def _import_failed(self, error: BaseException) -> None:
        self._writing = False
        if self._closed:
            return
        message = core_text(error.message) if isinstance(error, AuthenticatorError) else something_went_wrong(error)
        self.import_error.setText(
            self.tr("Nothing was imported: {reason} Your accounts are unchanged.").format(reason=message)
        )
        self.import_error.show()
        self._update_buttons()

    # -- problems, buttons, closing -------------------------------------------------------------------------

    def _problem(self, error: BaseException) -> None:
        if self._closed:
            return
        if isinstance(error, AuthenticatorError):
            self.problem.setText(f"<b>{_escape(core_text(error.message))}</b><br>{_escape(core_text(error.hint))}")
        else:
            self.problem.setText(
                self.tr("Something went wrong ({error}). Nothing was imported.").format(error=type(error).__name__)
            )
        self._show_page(_PROBLEM)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page
        self.ok_button.setVisible(page in (_PASSWORD, _PREVIEW))
        self.ok_button.setDefault(self.ok_button.isVisibleTo(self))
        self.cancel_button.setText(self.tr("Close") if page == _PROBLEM else self.tr("Cancel"))
        self.cancel_button.setEnabled(not self._writing)
        if page == _PASSWORD:
            self.ok_button.setText(self.tr("Unlock"))
            self.ok_button.setEnabled(bool(self.password.text()))
        elif page == _PREVIEW:
            count = len(self.checked_rows())
            self.ok_button.setText(ImportDialog.tr("Import %n account(s)", "", count))
            self.ok_button.setEnabled(count > 0 and not self._writing)

    def _ok(self) -> None:
        if self.page == _PASSWORD:
            self.unlock()
        elif self.page == _PREVIEW:
            self.import_checked()

    def reject(self) -> None:
        if self._writing:  # the write is all or nothing; it finishes in a moment
            return
        super().reject()

    def _finished(self, _result: int) -> None:
        self._closed = True
        self.password.clear()
        self.rows = []


def _page(*widgets: QWidget, stretch: int = 0) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, stretch if isinstance(widget, QListWidget) else 0)
    layout.addStretch(0 if stretch else 1)
    return page


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- entry points for the window ------------------------------------------------------------------------------


def import_file(window: MainWindow, path: str | Path) -> ImportDialog:
    dialog = ImportDialog(window, Path(path).name)
    window._show_box(dialog)
    dialog.start_file(Path(path))
    return dialog


def import_result(window: MainWindow, result: ImportResult, source: str) -> ImportDialog:
    dialog = ImportDialog(window, source)
    window._show_box(dialog)
    dialog.start_result(result)
    return dialog


def choose_import_file(window: MainWindow) -> QFileDialog:
    """The file picker; the chosen file opens the import dialog."""
    picker = QFileDialog(window, QCoreApplication.translate("ImportDialog", "Import accounts from a file"))
    picker.setObjectName("importFileDialog")
    picker.setFileMode(QFileDialog.FileMode.ExistingFile)
    picker.setNameFilter(
        QCoreApplication.translate("ImportDialog", "Exports and backups ({patterns});;All files (*)").format(
            patterns=IMPORT_PATTERNS
        )
    )
    picker.fileSelected.connect(lambda path: import_file(window, path) if path else None)
    picker.open()
    return picker


def is_image_file(path: str | Path, images: Sequence[str] = (".png", ".jpg", ".jpeg", ".bmp", ".webp", ".gif")) -> bool:
    """Dropped files: pictures go to the QR decoder, anything else to the importer."""
    return Path(path).suffix.lower() in images
