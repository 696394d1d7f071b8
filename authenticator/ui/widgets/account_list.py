"""The account list view: cards instead of a grid, copy on click or Enter, reorder by drag or Alt+Up/Down.

The view turns gestures into requests (``copy_requested``, ``next_code_requested``, ``move_requested``,
``menu_requested``) and leaves the doing to the window. Drag and drop is handled here end to end: the model
only ever receives a ``moveRows`` call, so the stock "drop = insert a copy, then delete the original" dance
(which goes wrong through a filter proxy) never happens.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QStyleOptionViewItem, QWidget

from ..models.account_model import ACCOUNT_IDS_MIME, Role
from .account_delegate import AccountDelegate


class AccountListView(QListView):
    copy_requested = Signal(QModelIndex)
    next_code_requested = Signal(QModelIndex)
    #: (row being moved, row to insert before), both in the view's (proxy) model; row == rowCount = at the end.
    move_requested = Signal(int, int)
    menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegate = AccountDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setObjectName("accountList")
        self.setAccessibleName(self.tr("Accounts"))
        self.setAccessibleDescription(self.tr("Your accounts and their current codes. Press Enter to copy a code."))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setViewportMargins(0, 6, 0, 6)
        self.clicked.connect(self._on_clicked)
        self._release_pos: QPoint | None = None

    # -- repainting --------------------------------------------------------------------------------------

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()) -> None:
        """A plain countdown tick repaints only the countdown rings of the rows on screen."""
        if roles and all(int(role) == Role.SECONDS_LEFT for role in roles):
            self._update_dials(top_left.row(), bottom_right.row())
            return
        super().dataChanged(top_left, bottom_right, list(roles))

    def paintEvent(self, event: QPaintEvent) -> None:
        self.delegate.exposed = event.rect()
        try:
            super().paintEvent(event)
        finally:
            self.delegate.exposed = None

    def _update_dials(self, first: int, last: int) -> None:
        area = self.viewport().rect()
        top, bottom = self.indexAt(area.topLeft()), self.indexAt(area.bottomLeft())
        first = max(first, top.row() if top.isValid() else 0)
        last = min(last, bottom.row() if bottom.isValid() else self.model().rowCount() - 1)
        model, font = self.model(), self._item_font()
        for row in range(first, last + 1):
            rect = self.visualRect(model.index(row, 0))
            self.viewport().update(self.delegate.geometry(rect, font).dial.adjusted(-2, -2, 2, 2))

    # -- copy and next code -------------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release_pos = event.position().toPoint()
        try:
            super().mouseReleaseEvent(event)  # emits clicked() when press and release hit the same row
        finally:
            self._release_pos = None

    def _on_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        pos = self._release_pos
        if pos is not None and index.data(Role.IS_COUNTER):
            button = self.delegate.next_code_button(self.visualRect(index), self._item_font())
            if button.contains(pos):
                self.next_code_requested.emit(index)
                return
        self.copy_requested.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        index = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index.isValid():
            self.copy_requested.emit(index)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, delta: int) -> None:
        """Keyboard reordering: move the current row one place up (-1) or down (+1)."""
        index = self.currentIndex()
        if not index.isValid():
            return
        row, count = index.row(), self.model().rowCount()
        target = row + delta
        if not 0 <= target < count:
            return
        self.move_requested.emit(row, target if delta < 0 else target + 1)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            pos = self.visualRect(index).center() if index.isValid() else QPoint(20, 20)
        else:
            index = self.indexAt(event.pos())
            pos = event.pos()
            if index.isValid():
                self.setCurrentIndex(index)
        self.menu_requested.emit(index, self.viewport().mapToGlobal(pos))
        event.accept()

    # -- drag and drop ------------------------------------------------------------------------------------

    def startDrag(self, supported_actions: Qt.DropAction) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        drag = QDrag(self)
        drag.setMimeData(self.model().mimeData([index]))
        pixmap = self._row_pixmap(index)
        drag.setPixmap(pixmap)
        drag.setHotSpot(QPoint(pixmap.width() // 2, pixmap.height() // 2))
        # The drop handler already moved the row; the result does not matter (no "remove the source" step).
        drag.exec(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self or not event.mimeData().hasFormat(ACCOUNT_IDS_MIME):
            event.ignore()
            return
        moving = self.currentIndex()
        if not moving.isValid():
            event.ignore()
            return
        target = self.drop_row(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()
        self.move_requested.emit(moving.row(), target)

    def drop_row(self, pos: QPoint) -> int:
        """The row a drop at ``pos`` inserts before: below an item's middle means after it."""
        index = self.indexAt(pos)
        if not index.isValid():
            return self.model().rowCount()
        rect = self.visualRect(index)
        return index.row() + (1 if pos.y() > rect.center().y() else 0)

    def _row_pixmap(self, index: QModelIndex) -> QPixmap:
        rect = self.visualRect(index)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(rect.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = rect.translated(-rect.topLeft())
        option.font = self._item_font()
        self.delegate.paint(painter, option, index)
        painter.end()
        return pixmap

    def _item_font(self):  # type: ignore[no-untyped-def]
        return self.font()

    # -- helpers ------------------------------------------------------------------------------------------

    def source_row(self, row: int) -> int:
        """Map a row of the view's model to the source model (the full list) when a filter sits between."""
        model = self.model()
        if isinstance(model, QSortFilterProxyModel):
            return model.mapToSource(model.index(row, 0)).row()
        return row
