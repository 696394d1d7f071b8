"""Add an account by hand, or edit one: built in code, plain values in and out (no vault, no keyring).

The Key field is checked as the user types with :func:`otp.normalize_secret`, whose error names the bad
character and suggests the likely fix ("'0' is probably 'O'"); the message and hint appear right under the
field and OK stays disabled until the key and the parameters are usable. The parameters most people never
need sit in a folded "Advanced" section; icon, groups, favourite, website and note in a "Details" section
(:mod:`.account_details`), folded when adding and open when editing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account import (
    ALGORITHMS,
    DEFAULT_PERIOD,
    MAX_DIGITS,
    MIN_DIGITS,
    STEAM_DIGITS,
    Account,
    OtpType,
    validate_parameters,
)
from ...core.errors import InvalidInput
from ...core.otp import normalize_secret
from ...storage.icons import IconChange
from .. import theme
from ..avatars import AvatarCache
from ..i18n import core_text
from ..sizing import fit_height, keep_minimum_width
from ..workers import TaskRunner
from .account_details import AccountDetails

KEY_HELP = QT_TRANSLATE_NOOP(
    "AccountDialog", "The text key the service shows next to its QR code (letters A–Z and digits 2–7)."
)
#: Translated where the list is filled.
_TYPE_LABELS = {
    OtpType.TOTP: QT_TRANSLATE_NOOP("AccountDialog", "Time-based (TOTP)"),
    OtpType.HOTP: QT_TRANSLATE_NOOP("AccountDialog", "Counter-based (HOTP)"),
    OtpType.STEAM: QT_TRANSLATE_NOOP("AccountDialog", "Steam Guard"),
}


def _align_labels(*forms: QFormLayout) -> None:
    """One label column for every section, so the fields line up whichever sections are open."""
    labels = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class AccountDialog(QDialog):
    """``AccountDialog(parent)`` adds; ``AccountDialog(parent, account=a)`` edits ``a`` (its key is not shown).

    ``groups`` (the groups in use) feed the group field's completion; ``avatars`` and ``runner`` (the window's)
    show the current icon and read a newly chosen picture off the GUI thread.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        account: Account | None = None,
        groups: Sequence[str] = (),
        avatars: AvatarCache | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._original = account
        self.editing = account is not None
        self.setObjectName("accountDialog")
        self.setWindowTitle(self.tr("Edit account") if self.editing else self.tr("Add account"))
        self.setAccessibleName(self.windowTitle())

        self.issuer_edit = self._line_edit(self.tr("Issuer"), self.tr("Service, e.g. GitHub"))
        self.name_edit = self._line_edit(self.tr("Account name"), self.tr("Your user name or email there"))
        self.key_edit = self._line_edit(self.tr("Key"), self.tr("e.g. JBSW Y3DP EHPK 3PXP"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_edit.setFont(mono)
        self.key_message = QLabel(self)
        self.key_message.setObjectName("keyMessage")
        self.key_message.setWordWrap(True)
        self.key_message.setAccessibleName(self.tr("Key check"))
        self.details = AccountDetails(self, account=account, groups=groups, avatars=avatars, runner=runner)
        self.url_edit = self.details.url_edit
        self.note_edit = self.details.note_edit
        self.details_toggle = self._fold_button(self.tr("Details"), self.tr("Details: icon, groups, note"))
        self.details_toggle.setObjectName("detailsToggle")
        self.details_toggle.toggled.connect(self._show_details)
        self.details.hide()

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Type"))
        for otp_type, label in _TYPE_LABELS.items():
            self.type_combo.addItem(self.tr(label), otp_type.value)
        self.algorithm_combo = QComboBox(self)
        self.algorithm_combo.setAccessibleName(self.tr("Algorithm"))
        self.algorithm_combo.addItems(list(ALGORITHMS))
        self.digits_spin = self._spin(self.tr("Digits"), MIN_DIGITS, MAX_DIGITS, 6)
        self.period_spin = self._spin(self.tr("Period"), 1, 24 * 3600, DEFAULT_PERIOD)
        self.period_spin.setSuffix(self.tr(" s", "seconds after a number"))
        self.counter_spin = self._spin(self.tr("Counter"), 0, 2**31 - 1, 0)
        self.params_message = QLabel(self)
        self.params_message.setObjectName("paramsMessage")
        self.params_message.setWordWrap(True)
        self.params_message.setAccessibleName(self.tr("Parameters check"))

        self.advanced_toggle = self._fold_button(self.tr("Advanced"), self.tr("Advanced settings"))
        self.advanced_toggle.setObjectName("advancedToggle")
        self.advanced_toggle.toggled.connect(self._show_advanced)
        self.advanced = QWidget(self)
        self.advanced.setObjectName("advanced")
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.tr("&Type:"), self.type_combo)
        advanced_form.addRow(self.tr("A&lgorithm:"), self.algorithm_combo)
        advanced_form.addRow(self.tr("&Digits:"), self.digits_spin)
        advanced_form.addRow(self.tr("&Period:"), self.period_spin)
        advanced_form.addRow(self.tr("&Counter:"), self.counter_spin)
        advanced_form.addRow(self.params_message)
        self.advanced.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save") if self.editing else self.tr("Add"))
        self.ok_button.setAccessibleName(self.ok_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))  # Qt's own (translated) text
        for button in self.buttons.buttons():
            button.setIcon(QIcon())  # Fusion puts stock icons on dialog buttons; plain text is calmer
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("&Issuer:"), self.issuer_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        if self.editing:
            self.key_edit.hide()
            self.key_message.hide()
        else:
            form.addRow(self.tr("&Key:"), self.key_edit)
            form.addRow("", self.key_message)

        self.intro = QLabel(
            self.tr("Change the name or settings. The key cannot be changed here.")
            if self.editing
            else self.tr(
                "Copy the details the service shows when you turn on two-factor authentication "
                "(choose “can’t scan the QR code?” there to see the key)."
            ),
            self,
        )
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self._set_colour(self.intro, theme.dim_text(self.palette()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.details_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.advanced_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.advanced)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        _align_labels(form, self.details.form, advanced_form)

        if account is not None:
            self._fill(account)
        for edit in (self.issuer_edit, self.name_edit, self.key_edit):
            edit.textChanged.connect(self.validate)
        for edit in (self.issuer_edit, self.name_edit):
            edit.textChanged.connect(self._title_changed)
        self.details.busy_changed.connect(lambda _busy: self.validate())
        self.details_toggle.setChecked(self.editing)  # editing is where details are set; adding stays short
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        for spin in (self.digits_spin, self.period_spin, self.counter_spin):
            spin.valueChanged.connect(self.validate)
        self.algorithm_combo.currentIndexChanged.connect(self.validate)
        self._type_changed()
        self.issuer_edit.setFocus()
        keep_minimum_width(self, 440)  # wider when a language's labels and buttons need it

    # -- building -----------------------------------------------------------------------------------------

    def _line_edit(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(30)
        return edit

    def _fold_button(self, text: str, accessible_name: str) -> QToolButton:
        """A bold "▸ Section" switch that shows or hides a section below it."""
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(accessible_name)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setArrowType(Qt.ArrowType.RightArrow)
        button.setAutoRaise(True)
        button.setStyleSheet(
            "QToolButton { border: none; padding: 3px 2px; font-weight: bold; }"
            "QToolButton:focus { border: 1px solid palette(highlight); border-radius: 4px; }"
        )
        return button

    def _spin(self, name: str, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setAccessibleName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def _fill(self, account: Account) -> None:
        self.issuer_edit.setText(account.issuer)
        self.name_edit.setText(account.name)
        self.type_combo.setCurrentIndex(self.type_combo.findData(account.type.value))
        self.algorithm_combo.setCurrentText(account.algorithm)
        self.digits_spin.setValue(account.digits)
        self.period_spin.setValue(account.period)
        self.counter_spin.setValue(min(account.counter, self.counter_spin.maximum()))

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._fit()

    def _fit(self) -> None:
        """Take the size the open sections need: the layout first takes the change in, or the size would be the
        one from before (and the icon row and note squeezed); then room for wrapped text at the real width."""
        self.layout().activate()
        self.adjustSize()
        fit_height(self)

    def _title_changed(self) -> None:
        self.details.set_title(self.issuer_edit.text().strip(), self.name_edit.text().strip())

    def _show_advanced(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        self.advanced_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._fit()

    def _type_changed(self) -> None:
        otp_type = self.otp_type
        steam = otp_type is OtpType.STEAM
        if steam:
            self.digits_spin.setRange(STEAM_DIGITS, STEAM_DIGITS)
        else:
            self.digits_spin.setRange(MIN_DIGITS, MAX_DIGITS)
        self.digits_spin.setEnabled(not steam)
        self.algorithm_combo.setEnabled(not steam)
        self.period_spin.setEnabled(otp_type is OtpType.TOTP)
        self.counter_spin.setEnabled(otp_type is OtpType.HOTP)
        self.validate()

    # -- values -------------------------------------------------------------------------------------------

    @property
    def otp_type(self) -> OtpType:
        return OtpType(self.type_combo.currentData())

    def secret(self) -> str:
        """The normalised key (add mode); raises InvalidSecret if the text is not usable."""
        return normalize_secret(self.key_edit.text())

    def account(self) -> Account:
        """The account as entered (edit mode keeps the original id and position)."""
        otp_type = self.otp_type
        values = {
            "issuer": self.issuer_edit.text().strip(),
            "name": self.name_edit.text().strip(),
            "type": otp_type,
            "algorithm": "SHA1" if otp_type is OtpType.STEAM else self.algorithm_combo.currentText(),
            "digits": STEAM_DIGITS if otp_type is OtpType.STEAM else self.digits_spin.value(),
            "period": DEFAULT_PERIOD if otp_type is OtpType.STEAM else self.period_spin.value(),
            "counter": self.counter_spin.value() if otp_type is OtpType.HOTP else 0,
            "url": self.details.url(),
            "note": self.details.note(),
            "groups": self.details.groups(),
            "favourite": self.details.favourite(),
        }
        if self._original is not None:
            if otp_type is OtpType.HOTP and self.counter_spin.value() == self.counter_spin.maximum():
                values["counter"] = self._original.counter  # beyond the spin box's range: keep as is
            return self._original.with_changes(**values)
        return Account(**values)

    @property
    def icon_change(self) -> IconChange:
        """What to do with the icon on save: ICON_KEEP, ICON_DEFAULT or new PNG bytes (see storage.icons)."""
        return self.details.icon_change

    def validate(self) -> bool:
        """Check everything, show what is wrong under the field, and enable OK only when all is well."""
        ok = True
        if not self.editing:
            ok = self._check_key() and ok
        try:
            validate_parameters(
                self.otp_type,
                "SHA1" if self.otp_type is OtpType.STEAM else self.algorithm_combo.currentText(),
                STEAM_DIGITS if self.otp_type is OtpType.STEAM else self.digits_spin.value(),
                self.period_spin.value(),
                self.counter_spin.value(),
            )
            self.params_message.clear()
            self.params_message.hide()
        except InvalidInput as exc:
            self._show_problem(self.params_message, core_text(exc.message), core_text(exc.hint))
            self.advanced_toggle.setChecked(True)
            ok = False
        if not (self.issuer_edit.text().strip() or self.name_edit.text().strip()):
            ok = False
        if self.details.busy:  # a chosen picture is still being read
            ok = False
        self.ok_button.setEnabled(ok)
        return ok

    def _check_key(self) -> bool:
        text = self.key_edit.text()
        if not text.strip():
            self.key_message.setText(self.tr(KEY_HELP))
            self._set_colour(self.key_message, theme.dim_text(self.palette()))
            self.key_message.show()
            return False
        try:
            normalize_secret(text)
        except InvalidInput as exc:
            message, hint = core_text(exc.message), core_text(exc.hint)
            self._show_problem(self.key_message, message, hint)
            self.key_edit.setAccessibleDescription(f"{message} {hint}".strip())
            return False
        self.key_message.setText(self.tr("✓ The key looks right."))
        self._set_colour(self.key_message, theme.dim_text(self.palette()))
        self.key_edit.setAccessibleDescription("")
        return True

    def _show_problem(self, label: QLabel, message: str, hint: str) -> None:
        label.setText(f"{message} {hint}".strip())
        self._set_colour(label, theme.error_colour(self.palette()))
        label.show()

    @staticmethod
    def _set_colour(label: QLabel, colour) -> None:  # type: ignore[no-untyped-def]
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
