"""The main window: a searchable list of account cards with live codes.

It owns the wiring between the model, the single ticker, the clipboard guard and the vault. Every vault call
that may touch the keyring or wait on the file lock runs through :class:`~authenticator.ui.workers.TaskRunner`;
the GUI thread only reads the metadata file at start-up (a local JSON file) and stats it to notice changes made
by another process (the CLI) while the runner is idle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QFileSystemWatcher, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QColor, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.account import Account, OtpType
from ..core.clock import Clock
from ..core.errors import AuthenticatorError, MetadataError, SecretStoreError
from ..storage.icons import ICON_KEEP, IconChange, save_with_icon
from ..storage.vault import Vault
from . import FIRST_SCREENFUL, icons, theme
from .account_management import AccountManagement
from .clipboard import ClipboardGuard
from .intake import Intake
from .models.account_model import AccountListModel, Role, RowStatus
from .models.filter import AccountFilterModel
from .settings import CLEAR_AFTER_CHOICES, CLIPBOARD_CLEAR_AFTER, WINDOW_GEOMETRY, Settings
from .ticker import Ticker
from .timesync import TimeCorrectionController
from .widgets.account_list import AccountListView
from .widgets.banner import Banner
from .widgets.empty_state import EmptyState
from .widgets.toast import Toast
from .workers import TaskRunner

if TYPE_CHECKING:
    # Dialogs are imported when first opened: the first code on screen does not wait for their modules.
    from .dialogs.account_dialog import AccountDialog
    from .dialogs.messages import DeleteConfirmation

log = logging.getLogger(__name__)

_LIST_PAGE, _EMPTY_PAGE = 0, 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        settings: Settings,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.clock = clock
        self.settings = settings
        self.runner = runner if runner is not None else TaskRunner(self)
        self.model = AccountListModel(clock, self)
        self.proxy = AccountFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.ticker = Ticker(clock, self)
        self.clipboard_guard = ClipboardGuard(clock, settings, parent=self)
        self.active_dialog: QWidget | None = None  # the dialog or message box on screen (tests look here)
        self._metadata_error: MetadataError | None = None
        self._banner_kind = ""  # "secrets" or "metadata": what "Try again" retries
        self._watcher = QFileSystemWatcher(self)

        self.setWindowTitle("Authenticator")
        self.setObjectName("mainWindow")
        self.setAccessibleName("Authenticator")
        self._build_ui()
        self._build_actions()
        self._connect()
        self.intake = Intake(self)  # QR codes and otpauth links: the Add menu, drops, Ctrl+V
        # Favourites, groups and icons (ui/account_management): the header's filter, Ctrl+D, the icon cache.
        self.management = AccountManagement(self)
        # Time correction (ui/timesync): the status-bar line, the "Time correction" menu, sync at start-up.
        self.time_correction = TimeCorrectionController(self)
        # The app lock (ui/lock: Ctrl+L, idle, session lock; a locked start shows nothing) and the tray icon.
        from .lock import AppLockController
        from .tray import TrayController

        self.quitting = False  # Quit was chosen: closing really closes, even with close-to-tray
        self.app_lock = AppLockController(self)
        self.tray = TrayController(self)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(540, 680)
        self.setMinimumSize(360, 440)

    # -- building -----------------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        # The window's pages: everything below (page 0) and the lock screen (ui/lock), which replaces all of it.
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.pages.addWidget(central)
        self.setCentralWidget(self.pages)

        self.title = QLabel("Authenticator", central)
        self.title.setObjectName("windowTitle")
        self.title.setFont(theme.scaled(self.font(), 1.25, bold=True))
        self.search = QLineEdit(central)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search accounts"))
        self.search.setAccessibleName(self.tr("Search accounts"))
        self.search.setToolTip(self.tr("Search by issuer or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(32)
        self._search_icon = self.search.addAction(
            icons.search(theme.dim_text(self.palette())), QLineEdit.ActionPosition.LeadingPosition
        )
        self.add_button = QPushButton(self.tr("Add"), central)
        self.add_button.setObjectName("addButton")
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.add_button.setToolTip(self.tr("Add an account (Ctrl+N)"))
        self.add_button.setMinimumHeight(32)
        self.menu_button = QToolButton(central)
        self.menu_button.setObjectName("menuButton")
        self.menu_button.setAccessibleName(self.tr("Main menu"))
        self.menu_button.setToolTip(self.tr("Main menu"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMinimumSize(32, 32)
        self.menu_button.setAutoRaise(True)

        header = QHBoxLayout()
        header.setContentsMargins(18, 14, 14, 6)
        header.setSpacing(8)
        header.addWidget(self.title)
        header.addSpacing(10)
        header.addWidget(self.search, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.menu_button)
        self.header = header

        self.banner = Banner(central)
        banner_row = QHBoxLayout()
        banner_row.setContentsMargins(14, 6, 14, 2)
        banner_row.addWidget(self.banner)

        self.list = AccountListView(central)
        self.list.setModel(self.proxy)
        self.empty = EmptyState(central)
        self.stack = QStackedWidget(central)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(banner_row)
        layout.addWidget(self.stack, 1)
        self.toast = Toast(central)
        self.setTabOrder(self.search, self.add_button)
        self.setTabOrder(self.add_button, self.menu_button)
        self.setTabOrder(self.menu_button, self.list)
        self._update_icons()

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add account…"), self.open_add_dialog, "Ctrl+N")
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        self.quit_action = self._action(self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.tr("A&bout Authenticator"), self.show_about)
        self.inspect_action = self._action(self.tr("Check an &enrollment…"), self.open_inspect_enrollment)
        self.backup_codes_action = self._action(self.tr("&Backup codes…"), lambda: self.open_backup_codes())
        self.import_action = self._action(self.tr("&Import…"), self.open_import)
        self.export_action = self._action(self.tr("E&xport…"), self.open_export)
        self.show_qr_action = self._action(
            self.tr("Show &QR code…"), lambda: self.show_account_qr(self.list.currentIndex())
        )
        for action in (self.add_action, self.find_action, self.quit_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        # Row actions act on the current row and only while the list has focus (Ctrl+C in the search field
        # must copy the search text, Delete must delete a character).
        self.copy_action = self._action(
            self.tr("&Copy code"), lambda: self.copy_code(self.list.currentIndex()), "Ctrl+C"
        )
        self.next_action = self._action(
            self.tr("&Next code"), lambda: self.next_code(self.list.currentIndex()), "Ctrl+Shift+N"
        )
        self.edit_action = self._action(
            self.tr("&Edit…"), lambda: self.open_edit_dialog(self.list.currentIndex()), "F2"
        )
        self.delete_action = self._action(
            self.tr("&Remove…"), lambda: self.confirm_delete(self.list.currentIndex()), QKeySequence.StandardKey.Delete
        )
        self.up_action = self._action(self.tr("Move &up"), lambda: self.list.move_current(-1), "Alt+Up")
        self.down_action = self._action(self.tr("Move &down"), lambda: self.list.move_current(1), "Alt+Down")
        self.row_actions = [
            self.copy_action,
            self.next_action,
            self.edit_action,
            self.up_action,
            self.down_action,
            self.delete_action,
        ]
        for action in self.row_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.list.addAction(action)

        self.clear_menu = QMenu(self.tr("&Clear clipboard after"), self)
        self.clear_group = QActionGroup(self)
        current = self.settings.clear_after_seconds
        for seconds in CLEAR_AFTER_CHOICES:
            label = self.tr("Only when quitting") if seconds == 0 else _seconds_label(seconds)
            action = self.clear_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(seconds == current)
            action.setData(seconds)
            self.clear_group.addAction(action)
        self.clear_group.triggered.connect(lambda a: self.settings.set(CLIPBOARD_CLEAR_AFTER, int(a.data())))

        self.main_menu = QMenu(self)
        self.main_menu.setAccessibleName(self.tr("Main menu"))
        self.main_menu.addAction(self.add_action)
        self.main_menu.addAction(self.find_action)
        self.main_menu.addAction(self.inspect_action)
        self.main_menu.addSeparator()
        self.main_menu.addMenu(self.clear_menu)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.open_preferences, "Ctrl+,")
        self.preferences_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(self.preferences_action)
        self.main_menu.addAction(self.preferences_action)
        self.main_menu.addSeparator()
        self.main_menu.addAction(self.import_action)
        self.main_menu.addAction(self.export_action)
        self.main_menu.addSeparator()
        self.main_menu.addAction(self.about_action)
        self.main_menu.addAction(self.quit_action)
        self.menu_button.setMenu(self.main_menu)

    def _connect(self) -> None:
        self.ticker.ticked.connect(self._on_tick)
        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.add_button.clicked.connect(self.open_add_dialog)
        self.empty.add_requested.connect(self.open_add_dialog)
        self.banner.retry_requested.connect(self.retry)
        self.list.copy_requested.connect(self.copy_code)
        self.list.next_code_requested.connect(self.next_code)
        self.list.move_requested.connect(self.move_row)
        self.list.menu_requested.connect(self.show_row_menu)
        self.model.account_moved.connect(self._save_move)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_page)
        self.proxy.layoutChanged.connect(self._update_page)
        self.proxy.rowsInserted.connect(self._update_page)
        self.proxy.rowsRemoved.connect(self._update_page)
        self.proxy.modelReset.connect(self._update_page)
        self._watcher.directoryChanged.connect(lambda _path: self.check_for_changes())
        self._watcher.fileChanged.connect(lambda _path: self.check_for_changes())

    # -- start-up and loading -----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the accounts at once, start the ticker, and read the secrets in the background."""
        self._watch()
        if self.reload_accounts():
            # Secrets a start-up preload already read are shown at once (the cache never blocks).
            cached = {i: s for a in self.vault.accounts() if (s := self.vault.cached_secret(i := a.id)) is not None}
            if cached:
                self.model.set_secrets(cached)
            self.load_secrets()
        self.ticker.start()
        if self.model.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.list.setFocus()
        elif self.empty.add_button.isVisibleTo(self):
            self.empty.add_button.setFocus()  # a new user can press Enter to add the first account

    def _watch(self) -> None:
        path = self.vault.metadata.path
        folders = [str(path.parent)] if path.parent.is_dir() else []
        files = [str(path)] if path.exists() else []
        if folders and folders[0] not in self._watcher.directories():
            self._watcher.addPaths(folders)
        if files and files[0] not in self._watcher.files():
            self._watcher.addPaths(files)

    def reload_accounts(self) -> bool:
        """Read the metadata file on the GUI thread (start-up, Try again); False if it cannot be read."""
        try:
            accounts = self.vault.accounts()
        except MetadataError as exc:
            self._show_metadata_error(exc)
            return False
        self._metadata_error = None
        if self._banner_kind == "metadata":
            self._hide_banner()
        self.model.set_accounts(accounts)
        self._update_page()
        return True

    def load_secrets(self, ids: list[str] | None = None) -> None:
        """Read secrets (all, or ``ids``) in batched keyring calls on the worker.

        For all accounts, the first screenful is read first (a few pipelined look-ups) and the rest after,
        so the codes on screen do not wait for hundreds of items to be read.
        """
        if self._metadata_error is not None:
            return
        if ids is None and self.model.store_error is not None:
            self.model.set_store_error(None)  # rows go back to "Loading…"
        if ids is None:
            self.runner.run(
                lambda: self._read_secrets(None, limit=FIRST_SCREENFUL), self._secrets_arrived, self._secrets_failed
            )
        wanted = None if ids is None else list(ids)
        self.runner.run(lambda: self._read_secrets(wanted), self._secrets_arrived, self._secrets_failed)

    def _read_secrets(self, ids: list[str] | None, limit: int | None = None) -> tuple[dict[str, str], set[str]]:
        """Worker thread: one keyring round trip for ``ids`` (default: every account, the first ``limit``)."""
        wanted = ids if ids is not None else [a.id for a in self.vault.accounts()][:limit]
        missing = self.vault.load_secrets(wanted)
        found = {i: s for i in wanted if (s := self.vault.cached_secret(i)) is not None}
        return found, missing

    def _secrets_arrived(self, result: tuple[dict[str, str], set[str]]) -> None:
        found, missing = result
        self.model.set_secrets(found, missing)
        if self._banner_kind == "secrets":
            self._hide_banner()

    def _secrets_failed(self, error: BaseException) -> None:
        if isinstance(error, SecretStoreError):
            self.model.set_store_error(error)
            self._banner_kind = "secrets"
            self.banner.show_error(error)
        else:
            self._action_failed(error)

    def retry(self) -> None:
        """The banner's "Try again"."""
        if self._banner_kind == "metadata":
            if self.reload_accounts():
                self.load_secrets()
            return
        self._hide_banner()
        self.load_secrets()

    def _show_metadata_error(self, error: MetadataError) -> None:
        self._metadata_error = error
        self._banner_kind = "metadata"
        self.banner.show_error(error)
        self.add_button.setEnabled(False)
        self.add_action.setEnabled(False)
        self._update_page()

    def _hide_banner(self) -> None:
        self._banner_kind = ""
        self.banner.hide()
        self.add_button.setEnabled(True)
        self.add_action.setEnabled(True)

    # -- time and outside changes -------------------------------------------------------------------------

    def _on_tick(self, now: float) -> None:
        self.model.refresh(now)
        self.clipboard_guard.check(now)
        self.check_for_changes()

    def check_for_changes(self) -> None:
        """Reload when another process (the CLI) saved the account list.

        Only while no task is pending: then nothing else holds the vault's lock, so this stat cannot wait on
        a keyring call. A change seen during a task is caught by the next tick.
        """
        if not self.runner.is_idle or self._metadata_error is not None:
            return
        try:
            changed = self.vault.changed_on_disk()
        except OSError:
            return
        if changed:
            self._watch()
            self.runner.run(self.vault.accounts, self._accounts_reloaded, self._reload_failed)

    def _accounts_reloaded(self, accounts: list[Account]) -> None:
        current = self.current_account()
        self.model.set_accounts(accounts)
        if current is not None:
            self.select_account(current.id)
        fresh = self.model.ids_without_secret()
        if fresh and self.model.store_error is None:
            self.load_secrets(fresh)

    def _reload_failed(self, error: BaseException) -> None:
        if isinstance(error, MetadataError):
            self._show_metadata_error(error)
        else:
            self._action_failed(error)

    # -- the current row ----------------------------------------------------------------------------------

    def _source_row(self, index: QModelIndex) -> int:
        if not index.isValid():
            return -1
        if index.model() is self.proxy:
            index = self.proxy.mapToSource(index)
        return index.row()

    def current_account(self) -> Account | None:
        row = self._source_row(self.list.currentIndex())
        return self.model.account_at(row) if row >= 0 else None

    def select_account(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row))
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    # -- copy, next code ----------------------------------------------------------------------------------

    def copy_code(self, index: QModelIndex) -> bool:
        """Copy the row's current code (marked secret for clipboard managers); False if it has none."""
        row = self._source_row(index)
        if row < 0:
            return False
        state = self.model.state_at(row)
        if state.status is not RowStatus.READY or not state.code:
            self.toast.show_message(self.model.data(self.model.index(row), Role.STATUS_TEXT) or self.tr("No code yet"))
            return False
        delay = self.clipboard_guard.copy(state.code)
        self.toast.show_message(
            self.tr("Copied — clears in %n s", "", delay) if delay else self.tr("Copied — clears when you quit")
        )
        return True

    def next_code(self, index: QModelIndex) -> None:
        """HOTP: advance and save the counter (worker), then show the new code."""
        row = self._source_row(index)
        if row < 0:
            return
        account = self.model.account_at(row)
        if account.type is not OtpType.HOTP:
            return
        self.runner.run(lambda: self.vault.advance_counter(account.id), self.model.replace_account, self._action_failed)

    # -- add, edit, remove --------------------------------------------------------------------------------

    def open_add_dialog(self) -> AccountDialog | None:
        from .dialogs.account_dialog import AccountDialog
        from .dialogs.messages import error_box

        if self._metadata_error is not None:
            self._show_box(error_box(self._metadata_error, self))
            return None
        dialog = AccountDialog(self, **self._dialog_context())
        dialog.accepted.connect(lambda: self.add_account(dialog.account(), dialog.secret(), dialog.icon_change))
        self._show_box(dialog)
        return dialog

    def _dialog_context(self) -> dict[str, Any]:
        """What the account dialog needs from the window: groups in use, the icon cache, the runner."""
        return {"groups": self.model.groups(), "avatars": self.management.avatars, "runner": self.runner}

    def add_account(self, account: Account, secret: str, icon: IconChange = ICON_KEEP) -> None:
        def work() -> tuple[Account, str | None]:
            saved = save_with_icon(self.vault.data_dir, account, icon, lambda a: self.vault.add(a, secret))
            return saved, self.vault.cached_secret(saved.id)

        def done(result: tuple[Account, str | None]) -> None:
            saved, canonical = result
            self.management.icon_saved(saved, icon)
            self.model.add_account(saved, canonical)
            if not self.proxy.mapFromSource(self.model.index(self.model.row_of(saved.id))).isValid():
                self.search.clear()  # the new account must be visible
            if not self.proxy.mapFromSource(self.model.index(self.model.row_of(saved.id))).isValid():
                self.management.show_all()  # hidden by the favourites or group filter
            self.select_account(saved.id)
            self.list.setFocus()
            self.toast.show_message(self.tr("Added {title}").format(title=saved.title))

        self.runner.run(work, done, self._action_failed)

    def open_edit_dialog(self, index: QModelIndex) -> AccountDialog | None:
        from .dialogs.account_dialog import AccountDialog

        row = self._source_row(index)
        if row < 0:
            return None
        dialog = AccountDialog(self, account=self.model.account_at(row), **self._dialog_context())
        dialog.accepted.connect(lambda: self.update_account(dialog.account(), dialog.icon_change))
        self._show_box(dialog)
        return dialog

    def update_account(self, account: Account, icon: IconChange = ICON_KEEP) -> None:
        def done(saved: Account) -> None:
            self.management.icon_saved(saved, icon)
            self.model.replace_account(saved)

        self.runner.run(
            lambda: save_with_icon(self.vault.data_dir, account, icon, self.vault.update), done, self._action_failed
        )

    def confirm_delete(self, index: QModelIndex) -> DeleteConfirmation | None:
        from .dialogs.messages import DeleteConfirmation

        row = self._source_row(index)
        if row < 0:
            return None
        box = DeleteConfirmation(self.model.account_at(row), self)
        box.finished.connect(lambda _result: self._delete_answered(box))
        self._show_box(box)
        return box

    def _delete_answered(self, box: DeleteConfirmation) -> None:
        if box.confirmed:
            self.remove_account(box.account.id)

    def remove_account(self, account_id: str) -> None:
        def done(_: object) -> None:
            row = self.model.row_of(account_id)
            title = self.model.account_at(row).title if row >= 0 else ""
            self.model.remove_account(account_id)
            self.toast.show_message(
                self.tr("Removed {title}").format(title=title) if title else self.tr("Account removed")
            )

        self.runner.run(lambda: self.vault.remove(account_id), done, self._action_failed)

    # -- reordering ---------------------------------------------------------------------------------------

    def move_row(self, proxy_row: int, insert_before: int) -> None:
        """Move a row of the (possibly filtered) list; the model reports the move, which is then saved."""
        count = self.proxy.rowCount()
        if not 0 <= proxy_row < count:
            return
        source = self.list.source_row(proxy_row)
        if insert_before >= count:
            destination = self.list.source_row(count - 1) + 1
        else:
            destination = self.list.source_row(max(0, insert_before))
        self.model.moveRows(QModelIndex(), source, 1, QModelIndex(), destination)

    def _save_move(self, account_id: str, index: int) -> None:
        self.runner.run(lambda: self.vault.move(account_id, index), None, self._move_failed)

    def _move_failed(self, error: BaseException) -> None:
        self._action_failed(error)
        self.runner.run(self.vault.accounts, self._accounts_reloaded, self._reload_failed)

    # -- menus, search, messages --------------------------------------------------------------------------

    def show_row_menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Account menu"))
        row = self._source_row(index)
        if row < 0:
            menu.addAction(self.add_action)
        else:
            account, state = self.model.account_at(row), self.model.state_at(row)
            self.copy_action.setEnabled(state.status is RowStatus.READY)
            self.next_action.setEnabled(account.type is OtpType.HOTP)
            menu.addAction(self.copy_action)
            if account.type is OtpType.HOTP:
                menu.addAction(self.next_action)
            menu.addSeparator()
            menu.addAction(self.edit_action)
            self.management.add_to_row_menu(menu, account)
            menu.addAction(self.up_action)
            menu.addAction(self.down_action)
            menu.addAction(self.time_correction.which_step_action)
            menu.addAction(self.backup_codes_action)
            menu.addAction(self.show_qr_action)
            menu.addSeparator()
            menu.addAction(self.delete_action)
        menu.aboutToHide.connect(lambda: [a.setEnabled(True) for a in self.row_actions])
        menu.popup(global_pos)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        if not self.list.currentIndex().isValid() and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update_page()

    def _update_page(self, *_: object) -> None:
        if self.model.rowCount() == 0:
            if self._metadata_error is not None:
                self.empty.show_unreadable()
            else:
                self.empty.show_no_accounts()
            self.stack.setCurrentIndex(_EMPTY_PAGE)
        elif self.proxy.rowCount() == 0:
            if self.proxy.has_view_filter:  # favourites or a group chosen in the header
                group = self.proxy.group or ""
                self.empty.show_filtered_out(self.proxy.favourites_only, group, self.search.text().strip())
            else:
                self.empty.show_no_matches(self.search.text().strip())
            self.stack.setCurrentIndex(_EMPTY_PAGE)
        else:
            self.stack.setCurrentIndex(_LIST_PAGE)

    def _show_box(self, box: QWidget) -> None:
        self.active_dialog = box
        box.finished.connect(lambda _result: self._box_closed(box))  # type: ignore[attr-defined]
        lock = getattr(self, "app_lock", None)
        if lock is not None and lock.defer(box):
            return  # locked: it opens once the password is typed, never on top of the lock screen
        box.open()  # type: ignore[attr-defined]

    def _box_closed(self, box: QWidget) -> None:
        if self.active_dialog is box:
            self.active_dialog = None
        box.deleteLater()

    def _action_failed(self, error: BaseException) -> None:
        if not isinstance(error, AuthenticatorError):
            log.error("action failed: %s", type(error).__name__, exc_info=error)
        from .dialogs.messages import error_box

        self._show_box(error_box(error, self))

    def open_import(self, path: str | None = None) -> object:
        """Import accounts from a file: the chosen (or dropped) file goes to the import dialog."""
        from .dialogs.import_dialog import choose_import_file, import_file

        return import_file(self, path) if path else choose_import_file(self)

    def open_export(self) -> object:
        from .dialogs.export_dialog import open_export

        return open_export(self)

    def show_account_qr(self, index: QModelIndex) -> None:
        """The row's otpauth:// QR code, to move the account to a phone (secret read on the runner)."""
        from .dialogs.account_qr_dialog import show_account_qr

        row = self._source_row(index)
        if row >= 0:
            show_account_qr(self, self.model.account_at(row))

    def open_inspect_enrollment(self) -> object:
        """Check a server's enrollment link or QR code (nothing is saved unless the user adds it)."""
        from .dialogs.inspect_enrollment import open_inspect_enrollment

        return open_inspect_enrollment(self)

    def open_backup_codes(self, index: QModelIndex | None = None) -> object:
        """The row's (default: the current row's) backup codes, kept in the keyring and read on the runner."""
        from .dialogs.backup_codes import open_backup_codes

        row = self._source_row(self.list.currentIndex() if index is None else index)
        return open_backup_codes(self, self.model.account_at(row)) if row >= 0 else None

    def open_preferences(self) -> QWidget:
        """The preferences dialog; on OK the menu's clipboard and start-up-sync checks follow the saved values."""
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(self._preferences_saved)
        self._show_box(dialog)
        return dialog

    def _preferences_saved(self) -> None:
        from .settings import TIME_SYNC_AT_STARTUP

        for action in self.clear_group.actions():
            action.setChecked(int(action.data()) == self.settings.clear_after_seconds)
        startup = getattr(getattr(self, "time_correction", None), "startup_action", None)
        if startup is not None:
            startup.setChecked(bool(self.settings.get(TIME_SYNC_AT_STARTUP)))
        self.app_lock.settings_changed()
        self.tray.apply_settings()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Authenticator"))
        box.setText("<b>Authenticator</b>")  # the app's name is not translated
        box.setInformativeText(
            self.tr(
                "Two-factor codes for your accounts. Secrets are kept in your system keyring, "
                "never in a file; the account list holds only names and settings."
            )
        )
        self._show_box(box)

    # -- events -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search:
                return self._search_key(event)
            if watched is self.list:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.proxy.rowCount():
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.copy_code(self.proxy.index(0, 0))  # type, Enter: copy the first match
            return True
        if key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            self.list.setFocus()
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        """Typing in the list starts a search, like GNOME lists do."""
        text = event.text()
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier
        if text and text.isprintable() and not text.isspace() and mods == Qt.KeyboardModifier.NoModifier:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.setText(self.search.text() + text)
            return True
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_for_changes()
        elif event.type() == QEvent.Type.PaletteChange:
            self._update_icons()
            if hasattr(self, "management"):
                self.management.update_style()
        super().changeEvent(event)

    def _update_icons(self) -> None:
        """Icons and the header's styling follow the palette (light/dark switches included)."""
        palette = self.palette()
        text = palette.color(palette.ColorRole.ButtonText)
        on_accent = palette.color(palette.ColorRole.HighlightedText)
        self.add_button.setIcon(icons.plus(on_accent))
        self.menu_button.setIcon(icons.menu(text))
        self._search_icon.setIcon(icons.search(theme.dim_text(palette)))
        # Per widget, not on a parent: a parent's style sheet would stop palette changes reaching the list.
        style = header_style(palette)
        for widget in (self.search, self.add_button, self.menu_button, self.empty.add_button):
            widget.setStyleSheet(style)
        self.list.verticalScrollBar().setStyleSheet(scrollbar_style(palette))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Narrow windows give the title's room (and the gap after it) to the search field.
        shown = event.size().width() >= self.title_min_width()
        if shown != self.title.isVisibleTo(self):
            self.title.setVisible(shown)
            gap = self.header.itemAt(self.header.indexOf(self.title) + 1).spacerItem()
            if gap is not None:
                gap.changeSize(10 if shown else 0, 0)
                self.header.invalidate()
        super().resizeEvent(event)

    def title_min_width(self) -> int:
        """The window width from which the header's title shows: the search field must keep room for its whole
        placeholder, which is longer in some languages ("Konten durchsuchen")."""
        header = self.header
        margins = header.contentsMargins()
        used = margins.left() + margins.right() + header.spacing() * max(0, header.count() - 1)
        for i in range(header.count()):
            item = header.itemAt(i)
            widget = item.widget()
            if widget is self.search:  # the text, plus the search icon, the clear button and the padding
                used += self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 64
            elif widget is None:  # the gap after the title counts as if shown (it is 0 while the title is hidden)
                used += 10 if i == header.indexOf(self.title) + 1 else item.sizeHint().width()
            elif widget is self.title or not widget.isHidden():
                used += widget.sizeHint().width()
        return max(470, used)

    def quit_app(self) -> None:
        """Quit for real (the menus' and the tray's Quit): close, even when closing would hide to the tray."""
        self.quitting = True
        if self.close():
            app = QApplication.instance()
            if app is not None and not QApplication.quitOnLastWindowClosed():
                app.quit()  # the hidden-to-tray case: closing the last window does not end the app by itself

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = getattr(self, "tray", None)
        if tray is not None and tray.intercept_close(event):
            return  # hidden to the tray: the ticker keeps running (idle lock, clipboard clearing)
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.ticker.stop()
        self.clipboard_guard.clear_now()
        self.runner.wait()
        super().closeEvent(event)


def header_style(palette: QPalette) -> str:
    """A rounded search field and an accent "Add" button, computed from the palette (no fixed colours)."""
    card = theme.card_colour(palette).name()
    border = theme.mix(theme.card_colour(palette), palette.color(QPalette.ColorRole.WindowText), 0.22).name()
    accent = theme.accent(palette)
    hover = accent.lighter(112).name()
    pressed = accent.darker(112).name()
    focus = theme.mix(accent, palette.color(QPalette.ColorRole.WindowText), 0.45).name()
    on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
    button_hover = theme.mix(
        palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.08
    )
    return f"""
        QLineEdit#search {{
            background: {card}; border: 1px solid {border}; border-radius: 8px; padding: 4px 6px;
        }}
        QLineEdit#search:focus {{ border: 2px solid {accent.name()}; padding: 3px 5px; }}
        QLineEdit#search QToolButton {{ background: transparent; border: none; }}
        QPushButton#addButton, QPushButton#emptyAddButton {{
            background: {accent.name()}; color: {on_accent}; border: none; border-radius: 8px;
            padding: 6px 16px 6px 12px; font-weight: bold;
        }}
        QPushButton#addButton:hover, QPushButton#emptyAddButton:hover {{ background: {hover}; }}
        QPushButton#addButton:pressed, QPushButton#emptyAddButton:pressed {{ background: {pressed}; }}
        QPushButton#addButton:focus, QPushButton#emptyAddButton:focus {{ border: 2px solid {focus}; }}
        QPushButton#addButton:disabled {{ background: {border}; }}
        QToolButton#menuButton {{ background: transparent; border: none; border-radius: 8px; padding: 4px; }}
        QToolButton#menuButton:hover, QToolButton#menuButton:focus {{ background: {button_hover.name()}; }}
        QToolButton#menuButton::menu-indicator {{ image: none; width: 0; }}
    """


def scrollbar_style(palette: QPalette) -> str:
    """A slim overlay-like scroll bar: no arrows, no trough, a rounded handle."""
    text = palette.color(QPalette.ColorRole.WindowText)
    handle = QColor(text)
    handle.setAlphaF(0.28)
    hover = QColor(text)
    hover.setAlphaF(0.45)
    return f"""
        QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px 2px 2px 0; }}
        QScrollBar::handle:vertical {{ background: {handle.name(QColor.NameFormat.HexArgb)}; border-radius: 3px;
            min-height: 32px; margin: 0 1px; }}
        QScrollBar::handle:vertical:hover {{ background: {hover.name(QColor.NameFormat.HexArgb)}; }}
        QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
        QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
    """


def _seconds_label(seconds: int) -> str:
    """ "30 seconds", "1 minute", "5 minutes": the clipboard menu's choices, in the window's language."""
    if seconds % 60 == 0:
        return MainWindow.tr("%n minute(s)", "", seconds // 60)
    return MainWindow.tr("%n second(s)", "", seconds)


def connect_quit(window: MainWindow, app: QApplication | None = None) -> None:
    """Clear a copied code when the application quits (only if the clipboard still holds it)."""
    instance = app or QApplication.instance()
    if instance is not None:
        instance.aboutToQuit.connect(window.clipboard_guard.clear_now)
