"""The Preferences dialog's "Security" section: the lock password, the idle delay, locking with the session.

The password buttons act at once through :class:`~.password_dialog.PasswordDialog` (a keyring item, not a
setting); the idle minutes and the session switch are ordinary settings, saved by the Preferences dialog's OK
like everything else there (:meth:`SecurityGroup.values`). Without a lock controller (a Preferences dialog
opened without the main window, as some tests do) the password row says so and its buttons are disabled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from .. import theme
from ..settings import LOCK_ENABLED, LOCK_IDLE_MINUTES, LOCK_ON_SESSION_LOCK, Settings

if TYPE_CHECKING:
    from .controller import AppLockController
    from .password_dialog import PasswordDialog

#: A day: longer idle delays would never fire in practice.
MAX_IDLE_MINUTES = 24 * 60


class SecurityGroup(QGroupBox):
    """Lock password (set / change / remove), lock after N idle minutes, lock when the session locks."""

    #: The settings this section edits (and "Restore defaults" resets); the password is not among them.
    KEYS = (LOCK_IDLE_MINUTES, LOCK_ON_SESSION_LOCK)

    def __init__(self, settings: Settings, controller: AppLockController | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Security"))
        self.setObjectName("securityGroup")
        self.settings = settings
        self.controller = controller
        self.password_dialog: PasswordDialog | None = None
        form = QFormLayout(self)

        self.status = QLabel(self)
        self.status.setObjectName("lockStatus")
        # Names repeat the visible text (speech input users say what they see); descriptions add the context.
        self.set_button = QPushButton(self.tr("Set &Password…"), self)
        self.set_button.setAccessibleName(self.tr("Set Password…"))
        self.set_button.setAccessibleDescription(self.tr("Set a password that locks Authenticator"))
        self.change_button = QPushButton(self.tr("C&hange Password…"), self)
        self.change_button.setAccessibleName(self.tr("Change Password…"))
        self.change_button.setAccessibleDescription(self.tr("Change the lock password"))
        self.remove_button = QPushButton(self.tr("Re&move Password…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove Password…"))
        self.remove_button.setAccessibleDescription(self.tr("Remove the lock password and turn the lock off"))
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.status, 1)
        row.addWidget(self.set_button)
        row.addWidget(self.change_button)
        row.addWidget(self.remove_button)
        form.addRow(self.tr("Lock password:"), row)

        self.idle_spin = QSpinBox(self)
        self.idle_spin.setAccessibleName(self.tr("Lock after this many idle minutes"))
        self.idle_spin.setRange(0, MAX_IDLE_MINUTES)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setSpecialValueText(self.tr("Never"))
        self.idle_spin.setToolTip(self.tr("Lock when there was no typing or mouse use in the app for this long"))
        form.addRow(self.tr("Lock when &idle for:"), self.idle_spin)

        self.session_check = QCheckBox(self.tr("Lock &when the screen locks"), self)
        self.session_check.setToolTip(self.tr("Follows your desktop's lock screen, where it can be detected"))
        form.addRow(self.session_check)

        self.hint = QLabel(self.tr("Ctrl+L locks at once. Password changes are saved right away."), self)
        self.hint.setObjectName("securityHint")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)

        if controller is not None:
            from .password_dialog import PasswordDialog

            self.set_button.clicked.connect(lambda: self.open_password_dialog(PasswordDialog.Mode.SET))
            self.change_button.clicked.connect(lambda: self.open_password_dialog(PasswordDialog.Mode.CHANGE))
            self.remove_button.clicked.connect(lambda: self.open_password_dialog(PasswordDialog.Mode.REMOVE))
            controller.enabled_changed.connect(lambda _on: self.refresh())
        self._restyle()
        self.refresh()

    # -- state ------------------------------------------------------------------------------------------------

    @property
    def password_set(self) -> bool:
        return bool(self.settings.get(LOCK_ENABLED))

    def refresh(self) -> None:
        """Status text and buttons follow whether a password is set."""
        available = self.controller is not None
        enabled = self.password_set
        if not available:
            self.status.setText(self.tr("Open Preferences from the main window to set one."))
        elif enabled:
            self.status.setText(self.tr("On"))
        else:
            self.status.setText(self.tr("Not set"))
        self.status.setAccessibleName(self.tr("Lock password: {state}").format(state=self.status.text()))
        self.set_button.setVisible(not enabled)
        self.set_button.setEnabled(available)
        self.change_button.setVisible(enabled)
        self.remove_button.setVisible(enabled)
        self.change_button.setEnabled(available)
        self.remove_button.setEnabled(available)
        self.idle_spin.setEnabled(enabled)
        self.session_check.setEnabled(enabled)

    def open_password_dialog(self, mode: PasswordDialog.Mode) -> PasswordDialog | None:
        if self.controller is None:
            return None
        from .password_dialog import PasswordDialog

        dialog = PasswordDialog(self.controller, mode, self.window())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.password_dialog = dialog
        dialog.open()
        return dialog

    # -- values (the Preferences dialog's load / values / defaults) ----------------------------------------

    def stored_values(self) -> dict[str, Any]:
        return {
            LOCK_IDLE_MINUTES: max(0, int(self.settings.get(LOCK_IDLE_MINUTES))),
            LOCK_ON_SESSION_LOCK: bool(self.settings.get(LOCK_ON_SESSION_LOCK)),
        }

    def load(self, values: dict[str, Any]) -> None:
        self.idle_spin.setValue(min(MAX_IDLE_MINUTES, max(0, int(values[LOCK_IDLE_MINUTES]))))
        self.session_check.setChecked(bool(values[LOCK_ON_SESSION_LOCK]))

    def values(self) -> dict[str, Any]:
        return {LOCK_IDLE_MINUTES: self.idle_spin.value(), LOCK_ON_SESSION_LOCK: self.session_check.isChecked()}

    # -- looks ------------------------------------------------------------------------------------------------

    def _restyle(self) -> None:
        palette = self.palette()
        dim = QPalette(palette)
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(palette))
        self.hint.setPalette(dim)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
