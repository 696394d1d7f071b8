"""Favourites, groups and icons in the main window: the header's filter button, the favourite action, icons.

Hooked into :class:`~authenticator.ui.main_window.MainWindow` with a few lines, like the intake and the time
correction controller. It owns:

* the **filter button** next to the search field: All accounts, Favourites, or one group. The choice is kept
  in the settings (:data:`~authenticator.ui.settings.VIEW_FILTER`); a group no account is in any more falls
  back to all accounts. The search field's words apply on top of it.
* the **favourite action** (Ctrl+D, and in the row menu): saved with ``vault.update`` on the window's runner,
  then the model's row is replaced, so everything watching the model (the tray's favourites) follows.
* the **icon cache** the list's delegate and the account dialog draw icons from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPalette
from PySide6.QtWidgets import QMenu, QToolButton

from ..core.account import Account
from ..core.errors import AuthenticatorError
from ..storage.icons import IconChange, icon_name_for
from . import icons, theme
from .avatars import AvatarCache
from .settings import VIEW_FILTER

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Values of the VIEW_FILTER setting.
FILTER_ALL = ""
FILTER_FAVOURITES = "favourites"
GROUP_PREFIX = "group:"
#: Longest group name shown on the filter button itself (the menu shows it whole).
_BUTTON_TEXT_MAX = 16


def filter_value(favourites: bool, group: str | None) -> str:
    if favourites:
        return FILTER_FAVOURITES
    return GROUP_PREFIX + group if group else FILTER_ALL


def parse_filter(value: object) -> tuple[bool, str | None]:
    """(favourites only, group) from a saved value; anything unknown is "all accounts"."""
    text = value if isinstance(value, str) else ""
    if text == FILTER_FAVOURITES:
        return True, None
    if text.startswith(GROUP_PREFIX) and text[len(GROUP_PREFIX) :].strip():
        return False, text[len(GROUP_PREFIX) :]
    return False, None


class AccountManagement(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.avatars = AvatarCache(window.vault.data_dir, window.runner, self)
        window.list.delegate.avatars = self.avatars
        self.avatars.changed.connect(window.list.viewport().update)

        self.favourite_action = QAction(self.tr("Add to &favourites"), window)
        self.favourite_action.setShortcut(QKeySequence("Ctrl+D"))
        self.favourite_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.favourite_action.triggered.connect(lambda: self.toggle_favourite(window.list.currentIndex()))
        window.list.addAction(self.favourite_action)
        window.row_actions.append(self.favourite_action)

        self.filter_button = QToolButton(window.search.parentWidget())
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setAccessibleName(self.tr("Show accounts"))
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setMinimumSize(32, 32)
        self.filter_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.filter_menu = QMenu(self.filter_button)
        self.filter_menu.setObjectName("filterMenu")
        self.filter_menu.setAccessibleName(self.tr("Show accounts"))
        self.filter_menu.aboutToShow.connect(self.build_filter_menu)
        self.filter_button.setMenu(self.filter_menu)
        header = window.header
        header.insertWidget(header.indexOf(window.search) + 1, self.filter_button)
        window.setTabOrder(window.search, self.filter_button)
        window.setTabOrder(self.filter_button, window.add_button)

        self._group_check = QTimer(self)
        self._group_check.setSingleShot(True)
        self._group_check.setInterval(0)
        self._group_check.timeout.connect(self.check_group_exists)
        window.empty.show_all_requested.connect(self.show_all)
        window.model.modelReset.connect(self._group_check.start)
        window.model.rowsRemoved.connect(self._group_check.start)
        window.model.dataChanged.connect(self._account_changed)

        favourites, group = parse_filter(window.settings.get(VIEW_FILTER))
        self._apply(favourites, group, save=False)
        self.update_style()

    # -- favourites ---------------------------------------------------------------------------------------

    def toggle_favourite(self, index: QModelIndex) -> None:
        """Add the row's account to the favourites, or remove it; saved on the runner, then shown."""
        window = self.window
        row = window._source_row(index)
        if row < 0:
            return
        account = window.model.account_at(row)
        account_id, favourite = account.id, not account.favourite

        def done(saved: Account) -> None:
            window.model.replace_account(saved)
            self._update_favourite_action(saved)
            if saved.favourite:
                window.toast.show_message(self.tr("Added {title} to favourites").format(title=saved.title))
            else:
                window.toast.show_message(self.tr("Removed {title} from favourites").format(title=saved.title))

        # Only the flag is written, on top of what is on disk: writing the whole row back could undo a change
        # saved meanwhile (a "Next code" queued just before would get its counter back, and repeat a code).
        window.runner.run(lambda: window.vault.set_favourite(account_id, favourite), done, window._action_failed)

    def add_to_row_menu(self, menu: QMenu, account: Account) -> None:
        self._update_favourite_action(account)
        menu.addAction(self.favourite_action)

    def _update_favourite_action(self, account: Account) -> None:
        if account.favourite:
            self.favourite_action.setText(self.tr("Remove from &favourites"))
            self.favourite_action.setIcon(icons.star(theme.dim_text(self.window.palette()), filled=False))
        else:
            self.favourite_action.setText(self.tr("Add to &favourites"))
            self.favourite_action.setIcon(icons.star(theme.dim_text(self.window.palette()), filled=True))

    # -- icons --------------------------------------------------------------------------------------------

    def icon_saved(self, saved: Account, icon: IconChange) -> None:
        """A new icon was written: show it at once (the cache would otherwise read the file back). If it could
        not be written, the account was saved without it (storage.icons.save_with_icon): say so."""
        if icon and saved.icon != icon_name_for(saved.id, icon):
            from .dialogs.messages import error_box

            problem = AuthenticatorError(
                self.tr("{title} was saved, but its icon could not be stored.").format(title=saved.title),
                self.tr(
                    "Check that your data folder can be written and has free space, then choose the picture again."
                ),
            )
            self.window._show_box(error_box(problem, self.window, title=self.tr("Account icon")))
            return
        if icon and saved.icon:
            self.avatars.remember(saved.icon, icon)

    # -- the filter ---------------------------------------------------------------------------------------

    @property
    def value(self) -> str:
        proxy = self.window.proxy
        return filter_value(proxy.favourites_only, proxy.group)

    def show_all(self) -> None:
        self._apply(False, None)

    def show_favourites(self) -> None:
        self._apply(True, None)

    def show_group(self, group: str) -> None:
        self._apply(False, group)

    def _apply(self, favourites: bool, group: str | None, *, save: bool = True) -> None:
        window = self.window
        window.proxy.set_favourites_only(favourites)
        window.proxy.set_group(None if favourites else group)
        if save:
            window.settings.set(VIEW_FILTER, self.value)
        self._update_button()
        if not window.list.currentIndex().isValid() and window.proxy.rowCount():
            window.list.setCurrentIndex(window.proxy.index(0, 0))
        window._update_page()

    def build_filter_menu(self) -> None:
        """The menu is built when opened, so it always lists the groups in use now."""
        menu = self.filter_menu
        menu.clear()
        choices = QActionGroup(menu)
        choices.setExclusive(True)
        proxy = self.window.proxy

        def choice(text: str, checked: bool, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(checked)
            action.triggered.connect(slot)
            choices.addAction(action)
            return action

        choice(self.tr("All accounts"), not proxy.has_view_filter, self.show_all)
        choice(self.tr("Favourites"), proxy.favourites_only, self.show_favourites)
        groups = self.window.model.groups()
        menu.addSection(self.tr("Groups"))
        if not groups:
            hint = menu.addAction(self.tr("No groups yet (add them in an account’s details)"))
            hint.setEnabled(False)
        current = (proxy.group or "").casefold()
        for group in groups:
            choice(group.replace("&", "&&"), group.casefold() == current, lambda _c=False, g=group: self.show_group(g))

    def check_group_exists(self) -> None:
        """The chosen group has no account any more (renamed, removed): show all accounts."""
        window = self.window
        group = window.proxy.group
        if group is None or window._metadata_error is not None:
            return
        if group.casefold() not in {g.casefold() for g in window.model.groups()}:
            self.show_all()

    def _account_changed(self, _first: QModelIndex, _last: QModelIndex, roles: list[int]) -> None:
        if not roles and self.window.proxy.group is not None:  # an edit (ticks always name their roles)
            self._group_check.start()

    def _update_button(self) -> None:
        proxy = self.window.proxy
        button = self.filter_button
        if proxy.favourites_only:
            text = self.tr("Favourites")
        elif proxy.group is not None:
            text = proxy.group if len(proxy.group) <= _BUTTON_TEXT_MAX else proxy.group[: _BUTTON_TEXT_MAX - 1] + "…"
        else:
            text = ""
        button.setText(text.replace("&", "&&"))
        button.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon if text else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if proxy.favourites_only:
            shown = self.tr("Showing favourites")
        elif proxy.group is not None:
            shown = self.tr("Showing the group “{group}”").format(group=proxy.group)
        else:
            shown = self.tr("Showing all accounts")
        button.setToolTip(self.tr("{shown}. Choose which accounts to show.").format(shown=shown))
        button.setAccessibleDescription(shown)
        button.setProperty("active", bool(text))
        self.update_style()

    def update_style(self) -> None:
        """Palette-derived look (called again on palette changes): quiet when off, accent-tinted when on."""
        palette = self.window.palette()
        button = self.filter_button
        active = bool(button.property("active"))
        text = palette.color(QPalette.ColorRole.ButtonText)
        accent = theme.accent(palette)
        if self.window.proxy.favourites_only:
            button.setIcon(icons.star(accent))
        else:
            button.setIcon(icons.filter_lines(accent if active else text))
        window_bg = palette.color(QPalette.ColorRole.Window)
        hover = theme.mix(window_bg, palette.color(QPalette.ColorRole.WindowText), 0.08).name()
        tint = theme.mix(window_bg, accent, 0.16 if theme.is_dark(palette) else 0.12).name()
        tint_hover = theme.mix(window_bg, accent, 0.24 if theme.is_dark(palette) else 0.18).name()
        label = theme.mix(accent, palette.color(QPalette.ColorRole.WindowText), 0.35).name()
        focus = accent.name()
        background = tint if active else "transparent"
        padding = (4, 8, 4, 6) if active else (4, 4, 4, 4)  # icon only when off: a square button
        pad = " ".join(f"{v}px" for v in padding)
        focus_pad = " ".join(f"{v - 2}px" for v in padding)
        button.setStyleSheet(
            f"""
            QToolButton#filterButton {{ background: {background}; border: none; border-radius: 8px;
                padding: {pad}; color: {label}; font-weight: {"bold" if active else "normal"}; }}
            QToolButton#filterButton:hover {{ background: {tint_hover if active else hover}; }}
            QToolButton#filterButton:focus {{ border: 2px solid {focus}; padding: {focus_pad}; }}
            QToolButton#filterButton::menu-indicator {{ image: none; width: 0; }}
            """
        )
