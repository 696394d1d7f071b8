"""The list's filter: the search field's words, and the header's choice of all accounts, favourites or a group.

A row is shown when it passes both: every word typed is found (case-insensitively) in its issuer, name or
group names, and it is a favourite / in the chosen group when that is asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from ...core.account import Account
from .account_model import Role

#: Roles whose change can change whether a row passes the filter (an empty role list means "all").
_FILTER_ROLES = frozenset({int(Role.SEARCH_TEXT), int(Role.FAVOURITE), int(Role.GROUPS)})


class AccountFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._favourites_only = False
        self._group: str | None = None  # compared case-insensitively
        self.setFilterRole(int(Role.SEARCH_TEXT))
        # Qt's dynamic filtering re-checks every changed row on every countdown tick (500 rows, every
        # second); re-filter ourselves only when an issuer, name, group or favourite can have changed.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        model.dataChanged.connect(self._source_data_changed)

    def _source_data_changed(self, _first: QModelIndex, _last: QModelIndex, roles: list[int]) -> None:
        if self.is_filtering and (not roles or any(int(r) in _FILTER_ROLES for r in roles)):
            self._refilter(lambda: None)

    # -- what is filtered ---------------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return " ".join(self._words)

    @property
    def favourites_only(self) -> bool:
        return self._favourites_only

    @property
    def group(self) -> str | None:
        return self._group

    @property
    def is_filtering(self) -> bool:
        return bool(self._words) or self._favourites_only or self._group is not None

    @property
    def has_view_filter(self) -> bool:
        """True when favourites or a group are chosen (as opposed to only a search)."""
        return self._favourites_only or self._group is not None

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_favourites_only(self, on: bool) -> None:
        """Only favourites (clears a chosen group: the header offers one choice at a time)."""
        if on != self._favourites_only or (on and self._group is not None):
            self._refilter(lambda: self._set_view(on, None))

    def set_group(self, group: str | None) -> None:
        """Only accounts in ``group`` (None: every account; clears "favourites only")."""
        group = group or None
        if group != self._group or (group is not None and self._favourites_only):
            self._refilter(lambda: self._set_view(False, group))

    def _set_view(self, favourites_only: bool, group: str | None) -> None:
        self._favourites_only, self._group = favourites_only, group

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to what the filter depends on, then re-check the rows."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9: the non-deprecated way
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    # -- the test -----------------------------------------------------------------------------------------

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.is_filtering:
            return True
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self.has_view_filter:
            account = model.data(index, int(Role.ACCOUNT))
            if not isinstance(account, Account) or not self.accepts_account(account):
                return False
        if not self._words:
            return True
        text = str(model.data(index, int(Role.SEARCH_TEXT)) or "").casefold()
        return all(word in text for word in self._words)

    def accepts_account(self, account: Account) -> bool:
        """Whether ``account`` passes the favourites/group choice (the search words aside)."""
        if self._favourites_only and not account.favourite:
            return False
        if self._group is not None:
            wanted = self._group.casefold()
            return any(g.casefold() == wanted for g in account.groups)
        return True
