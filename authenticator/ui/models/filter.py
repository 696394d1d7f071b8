"""The search field's filter: rows whose issuer or name contain every word typed, case-insensitively."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from .account_model import Role


class AccountFilterModel(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setFilterRole(int(Role.SEARCH_TEXT))
        # Qt's dynamic filtering re-checks every changed row on every countdown tick (500 rows, every
        # second); re-filter ourselves only when an issuer or name can have changed.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        model.dataChanged.connect(self._source_data_changed)

    def _source_data_changed(self, _first: QModelIndex, _last: QModelIndex, roles: list[int]) -> None:
        if self._words and (not roles or int(Role.SEARCH_TEXT) in [int(r) for r in roles]):
            self._refilter(lambda: None)

    @property
    def query(self) -> str:
        return " ".join(self._words)

    def set_query(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply ``change`` to what the filter depends on, then re-check the rows."""
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9: the non-deprecated way
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = str(model.data(model.index(source_row, 0, source_parent), int(Role.SEARCH_TEXT)) or "").casefold()
        return all(word in text for word in self._words)
