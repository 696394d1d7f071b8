"""The account dialog's "Details" section: icon, groups, favourite, website and note.

Kept apart from the basic fields (issuer, name, key) so adding an account stays a three-field job; the
section folds away in the add dialog and is open when editing. Plain values in and out like the dialog
itself: it gets the groups in use (for completion) and the account's current icon, and hands back the
groups, note, favourite flag and an icon change (:data:`~authenticator.storage.icons.ICON_KEEP`,
:data:`~authenticator.storage.icons.ICON_DEFAULT` or new PNG bytes). The chosen picture is decoded and
scaled on a worker (:func:`authenticator.ui.icon_image.prepare_icon`); nothing is written to disk here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from ...core.account import Account
from ...core.errors import AuthenticatorError
from ...core.groups import MAX_GROUP_LENGTH, MAX_GROUPS, MAX_NOTE_LENGTH, clean_note, format_groups, parse_groups
from ...storage.icons import ICON_DEFAULT, ICON_KEEP, IconChange
from .. import theme
from ..avatars import AvatarCache
from ..i18n import core_text
from ..icon_image import PATTERNS, prepare_icon
from ..workers import TaskRunner

PREVIEW_SIZE = 48


def _spoken(text: str) -> str:
    """A button's text as its spoken name: without the "…" that only says a dialog follows."""
    return text.replace("&", "").rstrip("…. ").strip()


class GroupCompleter(QCompleter):
    """Completes the group being typed after the last comma, keeping the groups before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0].rstrip() + ", " if "," in text else ""
        return head + str(index.data())


class AccountDetails(QWidget):
    #: The icon is being read (True) or done (False): the dialog keeps Save disabled meanwhile.
    busy_changed = Signal(bool)

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
        self.setObjectName("accountDetails")
        self._account = account
        self._known_groups = list(groups)
        self.avatars = avatars if avatars is not None else AvatarCache(parent=self)
        self.runner = runner if runner is not None else TaskRunner(self)
        self.icon_change: IconChange = ICON_KEEP
        self._pending_png: bytes | None = None
        self.busy = False
        self.file_dialog: QFileDialog | None = None
        self._issuer, self._name = (account.issuer, account.name) if account else ("", "")
        # An imported account may hold more than the dialog lets one type (a long note, a group with a comma, a
        # long group name): editing something else must keep it, so the limits stretch to what is there.
        self._note_limit = max(MAX_NOTE_LENGTH, len(account.note) if account else 0)
        self._groups_text = format_groups(account.groups) if account else ""

        self.icon_preview = QLabel(self)
        self.icon_preview.setObjectName("iconPreview")
        self.icon_preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.icon_preview.setAccessibleName(self.tr("Icon preview"))
        self.choose_icon_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_icon_button.setObjectName("chooseIcon")
        # The name is the visible text (speech input users say what they see); the purpose goes alongside.
        self.choose_icon_button.setAccessibleName(_spoken(self.choose_icon_button.text()))
        self.choose_icon_button.setAccessibleDescription(self.tr("Choose an image for the icon"))
        self.choose_icon_button.setToolTip(self.tr("A PNG, JPEG, SVG or WebP picture, e.g. the service’s logo"))
        self.default_icon_button = QPushButton(self.tr("Use default"), self)
        self.default_icon_button.setObjectName("defaultIcon")
        self.default_icon_button.setAccessibleName(_spoken(self.default_icon_button.text()))
        self.default_icon_button.setAccessibleDescription(self.tr("Use the default icon"))
        self.default_icon_button.setToolTip(self.tr("The issuer’s first letter on a coloured circle"))
        self.icon_message = QLabel(self)
        self.icon_message.setObjectName("iconMessage")
        self.icon_message.setWordWrap(True)
        self.icon_message.setAccessibleName(self.tr("Icon message"))
        self.icon_message.hide()

        self.groups_edit = QLineEdit(self)
        self.groups_edit.setObjectName("groupsEdit")
        self.groups_edit.setAccessibleName(self.tr("Groups"))
        self.groups_edit.setPlaceholderText(self.tr("e.g. Work, Personal"))
        self.groups_edit.setToolTip(self.tr("Separate groups with commas; the filter above the list shows one group"))
        self.groups_edit.setMaxLength(max(MAX_GROUPS * (MAX_GROUP_LENGTH + 2), len(self._groups_text)))
        self.groups_edit.setMinimumHeight(30)
        self.completer = GroupCompleter(QStringListModel(self._known_groups, self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.groups_edit.setCompleter(self.completer)

        self.favourite_check = QCheckBox(self.tr("Show in favourites"), self)
        self.favourite_check.setObjectName("favouriteCheck")
        self.favourite_check.setAccessibleName(self.tr("Show in favourites"))
        self.favourite_check.setToolTip(self.tr("Favourites can be shown on their own, and in the tray menu"))

        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setAccessibleName(self.tr("Website"))
        self.url_edit.setPlaceholderText("https://…")
        self.url_edit.setMinimumHeight(30)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Anything you want to remember, e.g. where the backup codes are"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.note_count = QLabel(self)
        self.note_count.setObjectName("noteCount")
        self.note_count.setAccessibleName(self.tr("Note length"))
        self.note_count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.note_count.hide()
        dim = self.note_count.palette()
        dim.setColor(QPalette.ColorRole.WindowText, theme.dim_text(self.palette()))
        self.note_count.setPalette(dim)

        icon_buttons = QHBoxLayout()
        icon_buttons.setSpacing(6)
        icon_buttons.addWidget(self.choose_icon_button)
        icon_buttons.addWidget(self.default_icon_button)
        icon_buttons.addStretch(1)
        icon_row = QHBoxLayout()
        icon_row.setSpacing(12)
        icon_row.addWidget(self.icon_preview)
        icon_row.addLayout(icon_buttons, 1)

        note_box = QVBoxLayout()
        note_box.setSpacing(2)
        note_box.addWidget(self.note_edit)
        note_box.addWidget(self.note_count)

        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Icon:"), icon_row)
        form.addRow("", self.icon_message)  # a row of its own: wrapped text gets the height it needs
        form.addRow(self.tr("&Groups:"), self.groups_edit)
        form.addRow("", self.favourite_check)
        form.addRow(self.tr("&Website:"), self.url_edit)
        note_label = QLabel(self.tr("N&ote:"), self)
        note_label.setBuddy(self.note_edit)  # a layout as the field gets no buddy, so no Alt+O, by itself
        form.addRow(note_label, note_box)

        if account is not None:
            self.groups_edit.setText(format_groups(account.groups))
            self.favourite_check.setChecked(account.favourite)
            self.url_edit.setText(account.url)
            self.note_edit.setPlainText(account.note)
        self.choose_icon_button.clicked.connect(self.choose_icon)
        self.default_icon_button.clicked.connect(self.use_default_icon)
        self.note_edit.textChanged.connect(self._note_changed)
        self.avatars.changed.connect(self._update_preview)
        self._note_changed()
        self._update_preview()

    # -- values -------------------------------------------------------------------------------------------

    def groups(self) -> tuple[str, ...]:
        if self._account is not None and self.groups_edit.text() == self._groups_text:
            return self._account.groups  # untouched: kept exactly (parsing would split "Work, Berlin office")
        return parse_groups(self.groups_edit.text(), self._known_groups)

    def note(self) -> str:
        return clean_note(self.note_edit.toPlainText(), self._note_limit)

    def favourite(self) -> bool:
        return self.favourite_check.isChecked()

    def url(self) -> str:
        return self.url_edit.text().strip()

    @property
    def has_custom_icon(self) -> bool:
        """Whether the account will have a picture after saving (a new one, or the current one kept)."""
        if self.icon_change is ICON_KEEP:
            return bool(self._account is not None and self._account.icon)
        return bool(self.icon_change)

    def set_title(self, issuer: str, name: str) -> None:
        """The issuer and name as typed: the default icon follows them."""
        self._issuer, self._name = issuer, name
        self._update_preview()

    # -- icon ---------------------------------------------------------------------------------------------

    def choose_icon(self) -> QFileDialog:
        picker = QFileDialog(self, self.tr("Choose an icon"))
        picker.setObjectName("iconFileDialog")
        picker.setFileMode(QFileDialog.FileMode.ExistingFile)
        picker.setNameFilters([self.tr("Pictures ({patterns})").format(patterns=PATTERNS), self.tr("All files (*)")])
        picker.fileSelected.connect(lambda path: self.load_icon_file(path) if path else None)
        self.file_dialog = picker
        picker.open()
        return picker

    def load_icon_file(self, path: str) -> None:
        """Read, check and scale the picture on the worker; the preview shows it when it is ready."""
        self._set_busy(True)
        self._show_message(self.tr("Reading the picture…"), error=False)
        self.runner.run(lambda: prepare_icon(path), self._icon_ready, self._icon_failed)

    def use_default_icon(self) -> None:
        self.icon_change = ICON_DEFAULT if self._account is not None and self._account.icon else ICON_KEEP
        self._pending_png = None
        self.icon_message.hide()
        self._update_preview()

    def _icon_ready(self, png: bytes) -> None:
        if not isValid(self):  # the dialog was closed while the picture was read
            return
        self._set_busy(False)
        self.icon_message.hide()
        self.icon_change = self._pending_png = png
        self._update_preview()

    def _icon_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._set_busy(False)
        if isinstance(error, AuthenticatorError):
            text = f"{core_text(error.message)} {core_text(error.hint)}".strip()
        else:
            text = self.tr("The picture could not be read. Choose another picture.")
        self._show_message(text, error=True)  # the icon is unchanged

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.choose_icon_button.setEnabled(not busy)
        self.busy_changed.emit(busy)

    def _show_message(self, text: str, *, error: bool) -> None:
        palette = self.icon_message.palette()
        colour = theme.error_colour(self.palette()) if error else theme.dim_text(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.icon_message.setPalette(palette)
        self.icon_message.setText(text)
        self.icon_message.setAccessibleDescription(text)
        self.icon_message.show()
        QTimer.singleShot(0, self, self._fit_window)  # once the layout has taken the new text in

    def _fit_window(self) -> None:
        """Grow the dialog for a wrapped message (a window never grows by itself for a taller child)."""
        window = self.window()
        if window is not self and window.isVisible():
            window.layout().activate()
            needed = max(
                window.layout().totalHeightForWidth(window.width()), window.layout().totalMinimumSize().height()
            )
            window.resize(window.width(), max(window.height(), needed))

    def _update_preview(self) -> None:
        if not isValid(self):
            return
        ratio = self.devicePixelRatioF()
        pixmap = None
        if self._pending_png is not None:
            pixmap = self.avatars.picture_pixmap(self._pending_png, PREVIEW_SIZE, ratio)
        elif self.icon_change is ICON_KEEP and self._account is not None and self._account.icon:
            pixmap = self.avatars.pixmap(self._account, PREVIEW_SIZE, ratio)
        if pixmap is None:
            pixmap = self.avatars.default_pixmap(self._issuer, self._name, PREVIEW_SIZE, ratio)
        self.icon_preview.setPixmap(pixmap)
        self.default_icon_button.setEnabled(self.has_custom_icon)
        description = self.tr("Custom picture") if self.has_custom_icon else self.tr("Default icon")
        self.icon_preview.setAccessibleDescription(description)

    # -- note ---------------------------------------------------------------------------------------------

    def _note_changed(self) -> None:
        text = self.note_edit.toPlainText()
        limit = self._note_limit
        if len(text) > limit:  # typed or pasted past the limit: keep the first part
            cursor = self.note_edit.textCursor()
            position = min(cursor.position(), limit)
            self.note_edit.blockSignals(True)
            self.note_edit.setPlainText(text[:limit])
            self.note_edit.blockSignals(False)
            cursor = self.note_edit.textCursor()
            cursor.setPosition(position)
            self.note_edit.setTextCursor(cursor)
            text = text[:limit]
        near_limit = len(text) >= limit * 0.8
        self.note_count.setVisible(near_limit)
        if near_limit:
            self.note_count.setText(self.tr("{count} of {limit} characters").format(count=len(text), limit=limit))
