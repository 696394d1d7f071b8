"""Message boxes: the delete confirmation and the error box for a failed action.

They are returned unopened; the window shows them with ``open()`` (window-modal, non-blocking), which keeps
the event loop — and the codes — running, and lets tests find and answer them without nested loops.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...core.account import Account
from ...core.errors import AuthenticatorError


def delete_warning(account: Account) -> str:
    """The reminder that removing the account here leaves 2FA switched on at the service."""
    service = account.issuer or "the service"
    return (
        f"Removing it here does not turn off two-factor authentication on {service}. "
        f"Turn it off there first (you will need a code from this app to do so), or make sure you kept "
        f"{service}'s backup codes — otherwise you may lock yourself out of your account."
    )


class DeleteConfirmation(QMessageBox):
    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setObjectName("deleteConfirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle("Remove account")
        self.setText(f"Remove {account.title}?")
        self.setInformativeText(delete_warning(account))
        self.remove_button: QPushButton = self.addButton("Remove", QMessageBox.ButtonRole.DestructiveRole)
        self.remove_button.setAccessibleName("Remove account")
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName("Cancel")
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.informativeText())

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.remove_button


def error_box(error: BaseException, parent: QWidget | None = None, *, title: str = "Authenticator") -> QMessageBox:
    """A warning box with the error's message and hint (unexpected errors get a generic, secret-free text)."""
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(error, AuthenticatorError):
        box.setText(error.message)
        box.setInformativeText(error.hint)
    else:
        box.setText(f"Something went wrong ({type(error).__name__}).")
        box.setInformativeText("Please try again. If it happens again, please report it.")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(box.text())
    box.setAccessibleDescription(box.informativeText())
    return box
