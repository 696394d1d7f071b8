"""Confirm an account found in a QR code or a pasted link before it is saved; pick among several.

A QR code is read by a machine, so the user gets to see what it holds before anything is stored: the issuer
and name (editable: services often put an opaque id there), the parameters, the live code (so it can be
compared with what the service expects right away) and every oddity the parser noticed. An account that is
already in the list, by the same secret or by the same issuer and name, is flagged with a choice: replace
it, keep both, or cancel.

Dialogs take plain values (the parsed URI, the duplicate if any, the clock) and return plain values; the
window's intake decides what to save and saves it through the window's runner.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account, OtpType
from ...core.clock import Clock
from ...core.otp import code_state, format_code
from ...core.uri import ParsedUri
from .. import theme
from ..avatars import AvatarCache
from ..i18n import core_text
from ..sizing import keep_minimum_width


def type_label(otp_type: OtpType) -> str:
    """ "Time-based (TOTP)": an account type in the user's words."""
    if otp_type is OtpType.TOTP:
        return QCoreApplication.translate("AccountType", "Time-based (TOTP)")
    if otp_type is OtpType.HOTP:
        return QCoreApplication.translate("AccountType", "Counter-based (HOTP)")
    return QCoreApplication.translate("AccountType", "Steam Guard")


class Choice(StrEnum):
    """What the user chose in :class:`ConfirmAccountDialog`."""

    CANCEL = "cancel"
    ADD = "add"  # no duplicate: add it
    REPLACE = "replace"  # remove the existing account, add this one in its place
    KEEP_BOTH = "keep-both"


def duplicate_reason(parsed: ParsedUri, existing: Account, same_secret: bool) -> str:
    """Why ``existing`` counts as the same account, in the user's words."""
    if same_secret:
        return QCoreApplication.translate(
            "ConfirmAccountDialog", "{title} is already in your list with the same key."
        ).format(title=existing.title)
    return QCoreApplication.translate(
        "ConfirmAccountDialog", "An account named {title} is already in your list (with a different key)."
    ).format(title=existing.title)


class ConfirmAccountDialog(QDialog):
    """One account to confirm; ``choice`` and ``account()`` say what to do once it has finished."""

    def __init__(
        self,
        parsed: ParsedUri,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        duplicate: Account | None = None,
        same_secret: bool = False,
        source: str = "",
    ) -> None:
        super().__init__(parent)
        self.parsed = parsed
        self.clock = clock
        self.duplicate = duplicate
        self.choice = Choice.CANCEL
        account = parsed.account
        self.setObjectName("confirmAccountDialog")
        self.setWindowTitle(self.tr("Add this account?"))
        self.setAccessibleName(self.windowTitle())

        if source:
            intro = self.tr("Found in {source}.").format(source=source)
        else:
            intro = self.tr("Check the account before it is saved.")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.issuer_edit = QLineEdit(account.issuer, self)
        self.issuer_edit.setAccessibleName(self.tr("Issuer"))
        self.issuer_edit.setPlaceholderText(self.tr("Service, e.g. GitHub"))
        self.name_edit = QLineEdit(account.name, self)
        self.name_edit.setAccessibleName(self.tr("Account name"))
        self.name_edit.setPlaceholderText(self.tr("Your user name or email there"))
        self.code_label = QLabel(self)
        self.code_label.setObjectName("liveCode")
        self.code_label.setAccessibleName(self.tr("Current code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setFont(theme.code_font(self.font(), 1.9))
        self.seconds_label = QLabel(self)
        self.seconds_label.setObjectName("secondsLeft")

        # The card: what the QR code holds at a glance, as the list will show it (icon, issuer, name, code).
        self.card = QFrame(self)
        self.card.setObjectName("accountCard")
        avatar = QLabel(self.card)
        avatar.setPixmap(AvatarCache().default_pixmap(account.issuer, account.name, 44, self.devicePixelRatioF()))
        avatar.setFixedSize(44, 44)
        self.card_title = QLabel(account.issuer or account.name or self.tr("Unnamed account"), self.card)
        self.card_title.setFont(theme.scaled(self.font(), 1.15, bold=True))
        self.card_name = QLabel(account.name if account.issuer else "", self.card)
        self.card_name.setVisible(bool(account.issuer and account.name))
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addStretch(1)
        names.addWidget(self.card_title)
        names.addWidget(self.card_name)
        names.addStretch(1)
        codes = QVBoxLayout()
        codes.setSpacing(0)
        codes.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignRight)
        codes.addWidget(self.seconds_label, 0, Qt.AlignmentFlag.AlignRight)
        card_row = QHBoxLayout(self.card)
        card_row.setContentsMargins(14, 12, 16, 12)
        card_row.setSpacing(12)
        card_row.addWidget(avatar)
        card_row.addLayout(names, 1)
        card_row.addLayout(codes)
        self.issuer_edit.textChanged.connect(self._names_edited)
        self.name_edit.textChanged.connect(self._names_edited)

        # The parameters in one quiet line: people compare them with the service's page, rarely change them.
        parts = [type_label(account.type)]
        if account.type is not OtpType.STEAM:
            parts.append(account.algorithm)
            parts.append(ConfirmAccountDialog.tr("%n digit(s)", "", account.digits))
        if account.type is OtpType.HOTP:
            parts.append(self.tr("counter {counter}").format(counter=account.counter))
        else:
            parts.append(ConfirmAccountDialog.tr("every %n second(s)", "", account.period))
        self.details_label = QLabel(" · ".join(parts), self)
        self.details_label.setObjectName("parameters")
        self.details_label.setWordWrap(True)
        self.details_label.setAccessibleName(self.tr("Code settings"))

        form = QFormLayout()
        form.setSpacing(8)
        form.addRow(self.tr("&Issuer"), self.issuer_edit)
        form.addRow(self.tr("Account &name"), self.name_edit)

        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("uriWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Warnings"))
        if parsed.warnings:
            self.warnings_label.setText(
                self.tr("Unusual parts of the QR code (handled):")
                + "\n"
                + "\n".join(f"• {core_text(w.message)}" for w in parsed.warnings)
            )
        self.warnings_label.setVisible(bool(parsed.warnings))

        self.duplicate_label = QLabel(self)
        self.duplicate_label.setObjectName("duplicateWarning")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setAccessibleName(self.tr("Already in your list"))

        self.buttons = QDialogButtonBox(self)
        self.add_button: QPushButton | None = None
        self.replace_button: QPushButton | None = None
        self.keep_both_button: QPushButton | None = None
        if duplicate is None:
            self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.add_button.setDefault(True)
            self.duplicate_label.hide()
        else:
            self.duplicate_label.setText(duplicate_reason(parsed, duplicate, same_secret))
            self.replace_button = self.buttons.addButton(
                self.tr("Replace"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.replace_button.setAccessibleName(self.tr("Replace {title}").format(title=duplicate.title))
            self.keep_both_button = self.buttons.addButton(self.tr("Keep both"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.clicked.connect(self._clicked)
        if duplicate is not None:
            self.cancel_button.setDefault(True)  # nothing changes unless the user picks

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.card)
        layout.addLayout(form)
        layout.addWidget(self.details_label)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.duplicate_label)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._update_colours()
        self.refresh()
        keep_minimum_width(self, 460)  # wider when longer (translated) texts need it

    def refresh(self) -> None:
        """Show the code for the clock's current time (tests move the FixedClock and call this)."""
        account = self.parsed.account
        state = code_state(account, self.parsed.secret, self.clock.now())
        self.code_label.setText(format_code(state.code))
        if account.type is OtpType.HOTP:
            self.seconds_label.setText(self.tr("counter {counter}").format(counter=account.counter))
        else:
            self.seconds_label.setText(self.tr("{seconds} s left").format(seconds=int(state.seconds_left)))
        self.code_label.setAccessibleDescription(self.seconds_label.text())

    def _names_edited(self) -> None:
        """The card follows the edits: it shows the account as it will be saved."""
        issuer, name = self.issuer_edit.text().strip(), self.name_edit.text().strip()
        self.card_title.setText(issuer or name or self.tr("Unnamed account"))
        self.card_name.setText(name if issuer else "")
        self.card_name.setVisible(bool(issuer and name))

    def _update_colours(self) -> None:
        palette = self.palette()
        dim = theme.dim_text(palette).name()
        self.card.setStyleSheet(
            f"QFrame#accountCard {{ background: {theme.card_colour(palette).name()};"
            f" border: 1px solid {theme.card_border(palette).name(QColor.NameFormat.HexArgb)}; border-radius: 12px; }}"
        )
        for label in (self.card_name, self.seconds_label, self.details_label, self.intro):
            label.setStyleSheet(f"color: {dim};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_colours()
        super().changeEvent(event)

    def account(self) -> Account:
        """The account as the user left it (issuer and name edited, everything else as scanned)."""
        return self.parsed.account.with_changes(
            issuer=self.issuer_edit.text().strip(), name=self.name_edit.text().strip()
        )

    def _clicked(self, button: QPushButton) -> None:
        if button is self.add_button:
            self.choice = Choice.ADD
        elif button is self.replace_button:
            self.choice = Choice.REPLACE
        elif button is self.keep_both_button:
            self.choice = Choice.KEEP_BOTH
        else:
            self.choice = Choice.CANCEL
        self._timer.stop()
        if self.choice is Choice.CANCEL:
            self.reject()
        else:
            self.accept()


class ChooseAccountsDialog(QDialog):
    """Several accounts in one image: tick the ones to add (all by default, known ones unticked), or review one.

    ``chosen()`` gives the ticked indices; ``review_index`` is set when the user asked to check one first.
    """

    def __init__(self, titles: list[str], known: list[bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooseAccountsDialog")
        self.setWindowTitle(ChooseAccountsDialog.tr("%n account(s) found", "", len(titles)))
        self.setAccessibleName(self.windowTitle())
        self.review_index: int | None = None
        intro = QLabel(self.tr("Choose the accounts to add. Accounts already in your list are not ticked."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Accounts found"))
        for title, is_known in zip(titles, known, strict=True):
            text = self.tr("{title}  (already in your list)").format(title=title) if is_known else title
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if is_known else Qt.CheckState.Checked)
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(self.tr("Add ticked"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.review_button = self.buttons.addButton(self.tr("Review selected…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self.accept)
        self.review_button.clicked.connect(self._review)
        self.cancel_button.clicked.connect(self.reject)
        self.list.itemChanged.connect(lambda _item: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self._review())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self._update()
        keep_minimum_width(self, 420)  # wider when longer (translated) texts need it

    def chosen(self) -> list[int]:
        return [i for i in range(self.list.count()) if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _update(self) -> None:
        count = len(self.chosen())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(ChooseAccountsDialog.tr("Add %n account(s)", "", count))

    def _review(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.review_index = row
            self.done(QDialog.DialogCode.Accepted.value)
