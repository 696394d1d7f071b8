"""Message boxes: the delete confirmation and the error box for a failed action.

They are returned unopened; the window shows them with ``open()`` (window-modal, non-blocking), which keeps
the event loop — and the codes — running, and lets tests find and answer them without nested loops.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...core.account import Account
from ...core.errors import AuthenticatorError
from ..i18n import core_text


def delete_warning(account: Account) -> str:
    """The reminder that removing the account here leaves 2FA switched on at the service."""
    if not account.issuer:
        return QCoreApplication.translate(
            "DeleteConfirmation",
            "Removing it here does not turn off two-factor authentication on the service. Turn it off there "
            "first (you will need a code from this app to do so), or make sure you kept the service's backup "
            "codes — otherwise you may lock yourself out of your account.",
        )
    return QCoreApplication.translate(
        "DeleteConfirmation",
        "Removing it here does not turn off two-factor authentication on {service}. Turn it off there first "
        "(you will need a code from this app to do so), or make sure you kept {service}'s backup codes — "
        "otherwise you may lock yourself out of your account.",
    ).format(service=account.issuer)


class DeleteConfirmation(QMessageBox):
    def __init__(self, account: Account, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setObjectName("deleteConfirmation")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Remove account"))
        self.setText(self.tr("Remove {title}?").format(title=account.title))
        self.setInformativeText(delete_warning(account))
        self.remove_button: QPushButton = self.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        self.remove_button.setAccessibleName(self.tr("Remove account"))
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.setAccessibleName(self.text())
        self.setAccessibleDescription(self.informativeText())

    @property
    def confirmed(self) -> bool:
        return self.clickedButton() is self.remove_button


def error_box(error: BaseException, parent: QWidget | None = None, *, title: str = "Authenticator") -> QMessageBox:
    """A warning box with the error's message and hint (unexpected errors get a generic, secret-free text).

    ``title`` is shown as given (callers pass it translated); the core's messages are translated here.
    """
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(error, AuthenticatorError):
        box.setText(core_text(error.message))
        box.setInformativeText(core_text(error.hint))
    else:
        box.setText(something_went_wrong(error))
        box.setInformativeText(
            QCoreApplication.translate("ErrorBox", "Please try again. If it happens again, please report it.")
        )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(box.text())
    box.setAccessibleDescription(box.informativeText())
    return box


def something_went_wrong(error: BaseException) -> str:
    """The sentence for an unexpected error: names its type (for a report), never its text (may hold data)."""
    return QCoreApplication.translate("ErrorBox", "Something went wrong ({error}).").format(error=type(error).__name__)
