""" "Why was my code rejected?": the user types a code they saw and learns which step (or settings) it belongs to.

Plain values in: the accounts, a function giving a secret already read from the keyring (it never blocks), and
the window's clock. The search is :func:`~authenticator.core.which_step.which_step` — a few hundred HMACs for
±10 minutes, so it runs on the GUI thread; the window is capped at ±2 hours, beyond which a clock is not "a bit
off" but set to the wrong date. Another account can be checked from its otpauth:// link without adding it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.account import Account
from ...core.clock import Clock
from ...core.errors import AuthenticatorError
from ...core.which_step import DEFAULT_WINDOW_SECONDS, MatchKind, WhichStepResult, which_step
from .. import theme
from ..i18n import core_text
from ..sizing import keep_minimum_width

#: The combo entry that switches to the otpauth:// field.
URI_CHOICE = "__uri__"
MAX_WINDOW_MINUTES = 120

SecretLookup = Callable[[str], "str | None"]


def headline(result: WhichStepResult) -> str:
    """One short line above the explanation: what kind of answer this is."""
    if result.kind is MatchKind.NO_MATCH:
        return QCoreApplication.translate("WhichStepDialog", "No match: the key differs")
    if result.kind is MatchKind.PARAMETER_MISMATCH:
        return QCoreApplication.translate("WhichStepDialog", "Matches with other settings")
    difference = result.step_difference or 0
    if difference == 0:
        return QCoreApplication.translate("WhichStepDialog", "This is the current code")
    if result.offset_seconds is None:  # HOTP: counters, not time
        return QCoreApplication.translate("WhichStepDialog", "Counter {difference}").format(
            difference=f"{difference:+d}"
        )
    seconds = f"{result.offset_seconds:+.0f}"
    # Class.tr: lupdate reads plural forms only from tr(), and files them under that class.
    if difference < 0:
        text = WhichStepDialog.tr("%n step(s) back ({seconds} s)", "", -difference)
    else:
        text = WhichStepDialog.tr("%n step(s) ahead ({seconds} s)", "", difference)
    return text.format(seconds=seconds)


class WhichStepDialog(QDialog):
    def __init__(
        self,
        accounts: Sequence[Account],
        secret_for: SecretLookup,
        clock: Clock,
        *,
        current_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = {account.id: account for account in accounts}
        self._secret_for = secret_for
        self._clock = clock
        self.result: WhichStepResult | None = None
        self.setObjectName("whichStepDialog")
        self.setWindowTitle(self.tr("Why was my code rejected?"))
        self.setAccessibleName(self.windowTitle())

        intro = QLabel(
            self.tr(
                "Type a code you saw — on your phone, in another app or in a server log. It is compared with the"
                " codes around now (and with other settings) to tell a wrong clock from wrong settings from a"
                " different key."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._dim(intro)

        self.account_combo = QComboBox(self)
        self.account_combo.setAccessibleName(self.tr("Account"))
        for account in accounts:
            self.account_combo.addItem(account.title, account.id)
        self.account_combo.addItem(self.tr("Another account (otpauth:// link)…"), URI_CHOICE)
        if current_id is not None and (index := self.account_combo.findData(current_id)) >= 0:
            self.account_combo.setCurrentIndex(index)
        self.uri_edit = QLineEdit(self)
        self.uri_edit.setAccessibleName(self.tr("otpauth link"))
        self.uri_edit.setPlaceholderText("otpauth://totp/…?secret=…")
        self.uri_label = QLabel(self.tr("&Link:"), self)
        self.uri_label.setBuddy(self.uri_edit)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("codeEdit")
        self.code_edit.setAccessibleName(self.tr("Code you saw"))
        self.code_edit.setPlaceholderText(self.tr("e.g. 123 456"))
        self.code_edit.setFont(theme.scaled(self.font(), 1.25))
        self.code_edit.setMinimumHeight(34)
        self.code_edit.returnPressed.connect(self.check)
        self.window_spin = QSpinBox(self)
        self.window_spin.setAccessibleName(self.tr("Search window in minutes"))
        self.window_spin.setRange(1, MAX_WINDOW_MINUTES)
        self.window_spin.setValue(DEFAULT_WINDOW_SECONDS // 60)
        self.window_spin.setPrefix("± ")
        self.window_spin.setSuffix(self.tr(" minutes"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Account:"), self.account_combo)
        form.addRow(self.uri_label, self.uri_edit)
        form.addRow(self.tr("C&ode:"), self.code_edit)
        form.addRow(self.tr("&Search:"), self.window_spin)

        self.result_card = QFrame(self)
        self.result_card.setObjectName("resultCard")
        self.result_title = QLabel(self.result_card)
        self.result_title.setObjectName("resultTitle")
        self.result_title.setFont(theme.scaled(self.font(), 1.08, bold=True))
        self.result_text = QLabel(self.result_card)
        self.result_text.setObjectName("resultText")
        self.result_text.setAccessibleName(self.tr("Result"))
        self.result_text.setWordWrap(True)
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card = QVBoxLayout(self.result_card)
        card.setContentsMargins(16, 12, 14, 12)
        card.setSpacing(4)
        card.addWidget(self.result_title)
        card.addWidget(self.result_text)
        self.result_card.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.check_button: QPushButton = self.buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.setAccessibleName(self.tr("Check the code"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check)
        for button in self.buttons.buttons():
            button.setIcon(QIcon())
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_card)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._stripe = theme.dim_text(self.palette())
        self.account_combo.currentIndexChanged.connect(self._account_changed)
        self._account_changed()
        self.code_edit.setFocus()
        keep_minimum_width(self, 480)  # wider when longer (translated) texts need it

    def _dim(self, label: QLabel) -> None:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, theme.dim_text(self.palette()))
        label.setPalette(palette)

    def _account_changed(self, *_: object) -> None:
        uri = self.account_combo.currentData() == URI_CHOICE
        self.uri_label.setVisible(uri)
        self.uri_edit.setVisible(uri)
        self.result_card.hide()

    def selected(self) -> tuple[Account, str]:
        """The account and its secret; raises AuthenticatorError with a message for the user."""
        from ...core.errors import SecretMissing

        choice = self.account_combo.currentData()
        if choice == URI_CHOICE:
            from ...core.uri import parse_otpauth

            parsed = parse_otpauth(self.uri_edit.text().strip())
            return parsed.account, parsed.secret
        account = self._accounts[choice]
        secret = self._secret_for(account.id)
        if secret is None:
            raise SecretMissing(
                self.tr("The key for {title} has not been read from the keyring.").format(title=account.title),
                self.tr("Unlock the keyring (the window shows how) and try again."),
            )
        return account, secret

    def check(self) -> WhichStepResult | None:
        try:
            account, secret = self.selected()
            result = which_step(
                account, secret, self.code_edit.text(), self._clock.now(), window_seconds=self.window_spin.value() * 60
            )
        except AuthenticatorError as exc:
            self.result = None
            self._show(
                self.tr("That cannot be checked"),
                f"{core_text(exc.message)} {core_text(exc.hint)}".strip(),
                theme.error_colour(self.palette()),
            )
            return None
        self.result = result
        palette = self.palette()
        if result.kind is MatchKind.MATCH and result.step_difference == 0:
            colour = theme.accent(palette)
        elif result.kind is MatchKind.NO_MATCH:
            colour = theme.error_colour(palette)
        else:
            colour = theme.warning_colour(palette)
        self._show(headline(result), core_text(result.message), colour)
        return result

    def _show(self, title: str, text: str, stripe: QColor) -> None:
        self.result_title.setText(title)
        self.result_text.setText(text)
        self.result_text.setAccessibleName(f"{title}. {text}")
        self._stripe = stripe
        self._restyle()
        self.result_card.show()

    def _restyle(self) -> None:
        palette = self.palette()
        card = theme.card_colour(palette).name()
        border = theme.card_border(palette).name(QColor.NameFormat.HexArgb)
        self.result_card.setStyleSheet(
            f"QFrame#resultCard {{ background: {card}; border: 1px solid {border};"
            f" border-left: 4px solid {self._stripe.name()}; border-radius: 8px; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
