"""Backup codes for one account: see them, copy the next unused one, mark one used, replace the whole set.

The codes live in the keyring beside the account's secret (:mod:`authenticator.storage.backup_codes`), never
in the metadata file. Every read and write goes through the window's runner, so a locked keyring's prompt or
a slow Secret Service never freezes the window; the dialog shows "Loading…" meanwhile and a message (not a
crash) when the keyring fails. A copied code goes through the window's clipboard guard, so it carries the
platforms' "secret" hints and is cleared like a copied one-time code.

A new set replaces the old one whole, because services void the old codes when they issue new ones; the
replace dialog says so before anything is discarded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account
from ...core.errors import AuthenticatorError
from ...storage.backup_codes import BackupCode, BackupCodes, BackupCodeStore, parse_codes
from .. import theme
from ..i18n import core_text
from ..sizing import keep_minimum_width
from ..workers import TaskRunner
from .messages import something_went_wrong

if TYPE_CHECKING:
    from ..main_window import MainWindow

#: Copies the code (the window's clipboard guard); returns the delay before the clipboard is cleared (0: on quit).
Copier = Callable[[str], int]


def remaining_text(codes: BackupCodes) -> str:
    """ "8 of 10 codes left" in the user's words; "No backup codes stored" for an empty set."""
    if not codes.codes:
        return QCoreApplication.translate("BackupCodesDialog", "No backup codes stored for this account.")
    if codes.remaining == 0:
        return BackupCodesDialog.tr("All %n code(s) are used.", "", codes.total)
    return BackupCodesDialog.tr("{remaining} of %n code(s) left", "", codes.total).format(remaining=codes.remaining)


def low_warning(codes: BackupCodes, service: str) -> str:
    if codes.remaining == 0:
        left = QCoreApplication.translate("BackupCodesDialog", "No codes are left.")
    else:
        left = BackupCodesDialog.tr("Only %n left.", "", codes.remaining)
    advice = QCoreApplication.translate(
        "BackupCodesDialog",
        "Sign in to {service}, create a new set of backup codes there, and replace these with it: the old ones stop"
        " working then.",
    ).format(service=service)
    return f"{left} {advice}"


class _Card(QFrame):
    """A note with a coloured stripe: the low-codes warning or a keyring error."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.title = QLabel(self)
        self.title.setFont(theme.scaled(self.font(), 1.0, bold=True))
        self.title.setWordWrap(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 9, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self._stripe = QColor()
        self.hide()

    def show_note(self, title: str, text: str, stripe: QColor) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(f"{title} {text}".strip())
        self._stripe = stripe
        self.restyle()
        self.show()

    def restyle(self) -> None:
        palette = self.palette()
        card = theme.card_colour(palette).name()
        border = theme.card_border(palette).name(QColor.NameFormat.HexArgb)
        stripe = self._stripe.name() if self._stripe.isValid() else theme.accent(palette).name()
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {card}; border: 1px solid {border};"
            f" border-left: 4px solid {stripe}; border-radius: 8px; }}"
        )


class ReplaceCodesDialog(QDialog):
    """Paste or type a new set (any separators); says what happens to the old set before it is discarded."""

    def __init__(self, service: str, current: BackupCodes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        replacing = bool(current.codes)
        self.setObjectName("replaceCodesDialog")
        self.setWindowTitle(self.tr("Replace backup codes") if replacing else self.tr("Add backup codes"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Paste or type the backup codes {service} gave you. One per line, or separated by commas, "
                "semicolons or wide spaces; numbering and bullets are ignored."
            ).format(service=service),
            self,
        )
        intro.setWordWrap(True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("codesEdit")
        self.edit.setAccessibleName(self.tr("Backup codes"))
        self.edit.setPlaceholderText("1234 5678\n2345 6789\n…")
        self.edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.edit.setMinimumHeight(160)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("parsedCount")
        self.discard_label = QLabel(self)
        self.discard_label.setObjectName("discardWarning")
        self.discard_label.setWordWrap(True)
        if replacing:
            self.discard_label.setText(
                ReplaceCodesDialog.tr(
                    "The %n code(s) stored now ({unused} unused) will be discarded: {service} voids them when it"
                    " issues a new set.",
                    "",
                    current.total,
                ).format(unused=current.remaining, service=service)
            )
        self.discard_label.setVisible(replacing)
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(
            self.tr("Replace") if replacing else self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._update)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.discard_label)
        layout.addWidget(self.buttons)
        palette = QPalette(self.discard_label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, theme.warning_colour(self.palette()))
        self.discard_label.setPalette(palette)
        self._update()
        self.edit.setFocus()
        keep_minimum_width(self, 440)  # wider when longer (translated) texts need it

    def codes(self) -> list[str]:
        return parse_codes(self.edit.toPlainText())

    def _update(self) -> None:
        count = len(self.codes())
        if count:
            self.count_label.setText(ReplaceCodesDialog.tr("%n code(s) found", "", count))
        else:
            self.count_label.setText(self.tr("No codes yet"))
        self.save_button.setEnabled(count > 0)
        if self.current.codes and count:
            self.save_button.setText(ReplaceCodesDialog.tr("Replace with %n new code(s)", "", count))
        elif count:
            self.save_button.setText(ReplaceCodesDialog.tr("Save %n code(s)", "", count))


class BackupCodesDialog(QDialog):
    """One account's backup codes; ``codes`` is the set shown, ``busy`` while the keyring is being used."""

    def __init__(
        self,
        account: Account,
        store: BackupCodeStore,
        runner: TaskRunner,
        copy: Copier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self.store = store
        self.runner = runner
        self._copy = copy
        self.codes = BackupCodes()
        self.loaded = False
        self.busy = False
        self.replace_dialog: ReplaceCodesDialog | None = None
        self.service = account.issuer or self.tr("the service")

        self.setObjectName("backupCodesDialog")
        self.setWindowTitle(self.tr("Backup codes — {title}").format(title=account.title))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumHeight(460)

        intro = QLabel(
            self.tr(
                "One-time recovery codes from {service}: each signs you in once without the second factor. "
                "They are kept in your keyring, never in a file."
            ).format(service=self.service),
            self,
        )
        intro.setWordWrap(True)
        self._intro = intro
        self.count_label = QLabel(self.tr("Loading…"), self)
        self.count_label.setObjectName("remainingLabel")
        self.count_label.setFont(theme.scaled(self.font(), 1.1, bold=True))
        self.warning_card = _Card("lowWarning", self)
        self.error_card = _Card("errorMessage", self)
        self.list = QListWidget(self)
        self.list.setObjectName("codeList")
        self.list.setAccessibleName(self.tr("Backup codes"))
        self.list.setAlternatingRowColors(True)
        self.list.setFont(theme.code_font(self.font(), 1.1))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda item: self.copy_code(self.list.row(item)))

        self.buttons = QDialogButtonBox(self)
        self.copy_button: QPushButton = self.buttons.addButton(
            self.tr("Copy next unused"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(
            self.tr("Copy the first unused code (it is cleared from the clipboard like a code)")
        )
        self.mark_button: QPushButton = self.buttons.addButton(
            self.tr("Mark used"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.mark_button.setToolTip(self.tr("Each code works once: mark the one you just used"))
        self.replace_button: QPushButton = self.buttons.addButton(
            self.tr("Replace all…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
            button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_next)
        self.mark_button.clicked.connect(lambda: self.mark_used())
        self.replace_button.clicked.connect(self.open_replace)
        self.buttons.rejected.connect(self.reject)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.warning_card)
        layout.addWidget(self.error_card)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self._restyle()
        self._update_buttons()
        keep_minimum_width(self, 420)  # wider when longer (translated) texts need it

    # -- keyring work (on the runner) ---------------------------------------------------------------------

    def load(self) -> None:
        """Read the codes on the runner."""
        self._start(self.tr("Loading…"))
        self.runner.run(lambda: self.store.get(self.account.id), self._arrived, self._failed)

    def replace(self, codes: list[str]) -> None:
        """Store a new set, discarding the old one."""
        self._start(self.tr("Saving…"))
        count = len(codes)

        def done(result: BackupCodes) -> None:
            self._arrived(result)
            self.status_label.setText(BackupCodesDialog.tr("Saved %n new code(s); the old set is gone.", "", count))

        self.runner.run(lambda: self.store.replace(self.account.id, codes), done, self._failed)

    def mark_used(self, row: int | None = None) -> bool:
        """Mark the selected code (or ``row``) used; False when there is no unused code there."""
        row = self.list.currentRow() if row is None else row
        if not 0 <= row < len(self.codes.codes) or self.codes.codes[row].used or self.busy:
            return False
        code = self.codes.codes[row].code
        self._start(self.tr("Saving…"))

        def done(result: BackupCodes) -> None:
            self._arrived(result)  # selects the next unused code
            self.status_label.setText(self.tr("Code {number} marked used.").format(number=row + 1))

        self.runner.run(lambda: self.store.use(self.account.id, code), done, self._failed)
        return True

    def _start(self, text: str) -> None:
        self.busy = True
        self.error_card.hide()
        self.status_label.setText(text)
        self._update_buttons()

    def _arrived(self, codes: BackupCodes) -> None:
        self.busy = False
        self.loaded = True
        self.codes = codes
        self.status_label.clear()
        self._show_codes()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.status_label.clear()
        if isinstance(error, AuthenticatorError):
            title, hint = core_text(error.message), core_text(error.hint)
        else:
            title, hint = something_went_wrong(error), self.tr("Please try again.")
        self.error_card.show_note(title, hint, theme.error_colour(self.palette()))
        if not self.loaded:
            self.count_label.setText(self.tr("The backup codes could not be read."))
        self._update_buttons()

    # -- clipboard ----------------------------------------------------------------------------------------

    def copy_next(self) -> str | None:
        """Copy the first unused code and select it, so "Mark used" is one click away."""
        code = self.codes.next_unused()
        if code is None:
            return None
        return self.copy_code(self.codes.codes.index(code))

    def copy_code(self, row: int) -> str | None:
        if not 0 <= row < len(self.codes.codes) or self.codes.codes[row].used:
            return None
        code = self.codes.codes[row].code
        delay = self._copy(code)
        self.list.setCurrentRow(row)
        if delay:
            text = self.tr("Code {number} copied (clears in {seconds} s). Mark it used once you have signed in.")
        else:
            text = self.tr("Code {number} copied (clears when you quit). Mark it used once you have signed in.")
        self.status_label.setText(text.format(number=row + 1, seconds=delay))
        return code

    # -- showing ------------------------------------------------------------------------------------------

    def _show_codes(self, select: int | None = None) -> None:
        codes = self.codes
        self.list.clear()
        dim = theme.dim_text(self.palette())
        for number, code in enumerate(codes.codes, start=1):
            self.list.addItem(self._item(number, code, dim))
        self.count_label.setText(remaining_text(codes))
        if codes.low:
            self.warning_card.show_note(
                self.tr("Running out of backup codes"), low_warning(codes, self.service), self._warn()
            )
        else:
            self.warning_card.hide()
        self.replace_button.setText(self.tr("Replace all…") if codes.codes else self.tr("Add codes…"))
        target = select
        if target is None:
            following = codes.next_unused()
            target = codes.codes.index(following) if following is not None else (0 if codes.codes else -1)
        self.list.setCurrentRow(target)
        self._update_buttons()

    def _item(self, number: int, code: BackupCode, dim: QColor) -> QListWidgetItem:
        item = QListWidgetItem(f"{number:>2}.  {code.code}")
        item.setData(Qt.ItemDataRole.UserRole, code.used)
        spoken = self.tr("Code {number}, used") if code.used else self.tr("Code {number}")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken.format(number=number))
        if code.used:
            font = QFont(self.list.font())
            font.setStrikeOut(True)
            item.setFont(font)
            item.setForeground(dim)
            item.setToolTip(self.tr("Used"))
        return item

    def _update_buttons(self) -> None:
        ready = self.loaded and not self.busy
        row = self.list.currentRow()
        self.copy_button.setEnabled(ready and self.codes.next_unused() is not None)
        self.mark_button.setEnabled(ready and 0 <= row < len(self.codes.codes) and not self.codes.codes[row].used)
        self.replace_button.setEnabled(not self.busy)

    def _warn(self) -> QColor:
        return theme.warning_colour(self.palette())

    # -- replacing ----------------------------------------------------------------------------------------

    def open_replace(self) -> ReplaceCodesDialog:
        dialog = ReplaceCodesDialog(self.service, self.codes, self)
        self.replace_dialog = dialog

        def finished(result: int) -> None:
            self.replace_dialog = None
            if result == QDialog.DialogCode.Accepted.value and dialog.codes():
                self.replace(dialog.codes())
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # -- look ---------------------------------------------------------------------------------------------

    def _restyle(self) -> None:
        palette = QPalette(self._intro.palette())
        palette.setColor(QPalette.ColorRole.WindowText, theme.dim_text(self.palette()))
        self._intro.setPalette(palette)
        self.status_label.setPalette(palette)
        self.warning_card.restyle()
        self.error_card.restyle()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
            if self.loaded:
                self._show_codes(self.list.currentRow())
        super().changeEvent(event)


def open_backup_codes(window: MainWindow, account: Account) -> BackupCodesDialog:
    """The row menu's "Backup codes…": the window's runner for the keyring, its clipboard guard for copies."""
    dialog = BackupCodesDialog(
        account, BackupCodeStore(window.vault.secrets), window.runner, window.clipboard_guard.copy, window
    )
    window._show_box(dialog)
    dialog.load()
    return dialog
