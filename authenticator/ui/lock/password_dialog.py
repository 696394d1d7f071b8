"""Set, change or remove the lock password (from Preferences, or Ctrl+L before a password exists).

These act at once (the keyring item is written when OK is pressed, on the worker), unlike the rest of the
preferences which wait for the Preferences dialog's OK: a password is not a setting to preview. A new password
is typed twice and needs :data:`~authenticator.storage.app_lock.MIN_PASSWORD_LENGTH` characters; a strength
hint nudges towards longer ones. Changing or removing needs the current password, and wrong ones cost the same
growing wait as on the lock screen.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import AuthenticatorError
from ...storage.app_lock import (
    MIN_PASSWORD_LENGTH,
    PasswordRejected,
    VerifierDamaged,
    VerifierMissing,
    check_new_password,
    password_strength,
)
from .. import theme
from ..i18n import core_text

if TYPE_CHECKING:
    from .controller import AppLockController

#: The width the dialog's text wraps at (the fields and buttons take the same width).
INTRO_WIDTH = 420


class PasswordDialog(QDialog):
    """One small form per :class:`Mode`; OK runs the keyring work and closes only when it succeeded."""

    class Mode(Enum):
        SET = "set"
        CHANGE = "change"
        REMOVE = "remove"

    def __init__(
        self,
        controller: AppLockController,
        mode: PasswordDialog.Mode,
        parent: QWidget | None = None,
        *,
        locking: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.mode = mode
        self._busy = False
        self._forgetting = False  # the verifier is missing or damaged: OK turns the lock off instead
        self._wrong = False  # the last OK had a wrong current password (the message counts the wait down)
        self._message = ""
        self.setObjectName("lockPasswordDialog")
        titles = {
            self.Mode.SET: self.tr("Set a Lock Password"),
            self.Mode.CHANGE: self.tr("Change the Lock Password"),
            self.Mode.REMOVE: self.tr("Remove the Lock Password"),
        }
        self.setWindowTitle(titles[mode])
        self.setAccessibleName(titles[mode])

        intros = {
            self.Mode.SET: self.tr(
                "Authenticator will ask for this password before it shows your codes: when you lock it (Ctrl+L), "
                "after a few idle minutes and when your screen locks."
            ),
            self.Mode.CHANGE: self.tr("Enter the current password, then the new one twice."),
            self.Mode.REMOVE: self.tr(
                "Without a password, Authenticator opens without asking and cannot be locked. "
                "Enter the current password to remove it."
            ),
        }
        intro_text = intros[mode]
        if locking:
            intro_text = self.tr("Set a password to lock Authenticator.") + " " + intro_text
        self.intro = QLabel(intro_text, self)
        self.intro.setObjectName("lockPasswordIntro")
        self.intro.setWordWrap(True)
        self.intro.setFixedWidth(INTRO_WIDTH)

        form = QFormLayout()
        form.setSpacing(10)
        self.current_edit = self._password_field(self.tr("Current password"))
        self.new_edit = self._password_field(self.tr("New password"))
        self.repeat_edit = self._password_field(self.tr("Repeat the new password"))
        self.strength = QLabel(self)
        self.strength.setObjectName("lockPasswordStrength")
        self.strength.setWordWrap(True)
        if mode in (self.Mode.CHANGE, self.Mode.REMOVE):
            form.addRow(self.tr("C&urrent password:"), self.current_edit)
        else:
            self.current_edit.hide()
        if mode in (self.Mode.SET, self.Mode.CHANGE):
            form.addRow(self.tr("&New password:"), self.new_edit)
            form.addRow(self.tr("&Repeat:"), self.repeat_edit)
            form.addRow("", self.strength)
        else:
            self.new_edit.hide()
            self.repeat_edit.hide()
            self.strength.hide()

        self.error = QLabel(self)
        self.error.setObjectName("lockPasswordError")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._ok_texts = {
            self.Mode.SET: self.tr("&Set Password"),
            self.Mode.CHANGE: self.tr("&Change Password"),
            self.Mode.REMOVE: self.tr("&Remove Password"),
        }
        self.ok_button.setText(self._ok_texts[mode])
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # A fixed size computed from the contents: the only way Qt gives a dialog the height its wrapped labels
        # need at its width (long translations wrap to more lines); it grows when a message appears.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.textChanged.connect(lambda _text: self._update())
        controller.window.ticker.ticked.connect(self._tick)
        self._restyle()
        self._update()

    def _password_field(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        edit.setMinimumHeight(30)
        return edit

    # -- validation -------------------------------------------------------------------------------------------

    def problem(self) -> str:
        """Why OK cannot be pressed yet ("" when it can); shown under the fields once there is input."""
        if self._forgetting:
            return ""
        if self.mode in (self.Mode.CHANGE, self.Mode.REMOVE) and not self.current_edit.text():
            return self.tr("Enter the current password.")
        if self.mode is self.Mode.REMOVE:
            return ""
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        try:
            check_new_password(new)
        except PasswordRejected:
            if len(new) < MIN_PASSWORD_LENGTH:
                return self.tr("Use at least %n characters.", "", MIN_PASSWORD_LENGTH)
            return self.tr("The password is too long.")
        if repeat != new:
            return self.tr("The two passwords do not match.")
        return ""

    def _update(self) -> None:
        self._show_strength()
        now = self.controller.clock.now()
        waiting = self.controller.backoff.remaining_whole_seconds(now)
        blocked = bool(self.problem()) or self._busy or (waiting > 0 and not self._forgetting)
        self.ok_button.setEnabled(not blocked)
        if self._wrong:
            self._message = (
                self.tr("The current password is wrong. Try again in %n s.", "", waiting)
                if waiting
                else self.tr("The current password is wrong.")
            )
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        mismatch = bool(repeat) and repeat != new and len(repeat) >= len(new)
        self._render_error(self.tr("The two passwords do not match.") if mismatch else self._message)

    def _show_strength(self) -> None:
        new = self.new_edit.text()
        if not new:
            self.strength.setText(
                self.tr("At least %n characters. A few unrelated words are easy to remember.", "", MIN_PASSWORD_LENGTH)
            )
            self.strength.setProperty("level", -1)
        else:
            level = password_strength(new)
            texts = {
                0: self.tr("Too short: use at least %n characters.", "", MIN_PASSWORD_LENGTH),
                1: self.tr("Strength: weak. Add more words or characters."),
                2: self.tr("Strength: fair."),
                3: self.tr("Strength: strong."),
            }
            self.strength.setText(texts[level])
            self.strength.setProperty("level", level)
        self.strength.setAccessibleName(self.strength.text())
        self._colour_strength()

    def _colour_strength(self) -> None:
        palette = self.palette()
        level = self.strength.property("level")
        colours = {0: theme.error_colour(palette), 1: theme.warning_colour(palette)}
        colour = colours.get(level if isinstance(level, int) else -1, theme.dim_text(palette))
        self.strength.setStyleSheet(f"color: {colour.name()};")

    def _show_error(self, text: str) -> None:
        """A message about the last OK (kept until the next one); a live mismatch note takes precedence."""
        self._wrong = False
        self._message = text
        self._update()

    def _render_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    def _tick(self, _now: float) -> None:
        self._update()  # counts the wait down and enables OK when it is over

    # -- OK ---------------------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._busy or not self.ok_button.isEnabled():
            return
        self._set_busy(True)
        controller = self.controller
        if self._forgetting:
            controller.forget_password(self._succeeded, self._failed)
        elif self.mode is self.Mode.SET:
            controller.set_password(self.new_edit.text(), self._succeeded, self._failed)
        elif self.mode is self.Mode.CHANGE:
            controller.change_password(self.current_edit.text(), self.new_edit.text(), self._answered, self._failed)
        else:
            controller.remove_password(self.current_edit.text(), self._answered, self._failed)

    def reject(self) -> None:
        if not self._busy:  # a keyring write that has started finishes; the dialog waits for it
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)
        self._update()

    def _answered(self, right: bool) -> None:
        if not shiboken6.isValid(self):
            return
        if right:
            self._succeeded()
            return
        self._set_busy(False)
        self.current_edit.clear()
        self._wrong = True
        self._update()
        self.current_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _succeeded(self) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, VerifierMissing | VerifierDamaged) and not self._forgetting:
            # Nothing to check the current password against: the way out is turning the lock off.
            self._forgetting = True
            self.current_edit.setEnabled(False)
            self._show_error(
                self.controller.describe_problem(error)
                + " "
                + self.tr("You can turn the lock off and set a new password afterwards.")
            )
            self.ok_button.setText(self.tr("&Turn Off the Lock"))
            self._update()
            return
        if isinstance(error, AuthenticatorError):
            self._show_error(f"{core_text(error.message)} {core_text(error.hint)}".strip())
        else:
            self._show_error(self.controller.describe_problem(error))

    # -- looks ------------------------------------------------------------------------------------------------

    def _restyle(self) -> None:
        palette = self.palette()
        self.error.setStyleSheet(f"color: {theme.error_colour(palette).name()}; font-weight: bold;")
        dim = QPalette(palette)
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(palette))
        self.intro.setPalette(dim)
        self._colour_strength()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
