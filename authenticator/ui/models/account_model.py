"""The account list as a Qt model: one row per account, its code and countdown at the injected clock's time.

The model holds accounts and the secrets the workers handed it; it never touches the keyring or the vault,
so it is safe on the GUI thread and testable without a window. :meth:`AccountListModel.refresh` is called by
the window's single ticker and emits ``dataChanged`` only for what changed: the countdown role of TOTP/Steam
rows each second, the code roles only for rows whose time step changed, nothing at all for HOTP rows.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as _Signal

from ...core.account import Account, OtpType
from ...core.clock import Clock
from ...core.errors import SecretStoreError, SecretStoreLocked
from ...core.groups import all_groups
from ...core.otp import code_for_step, format_code

#: In the last seconds of a period the countdown turns to the warning colour and the next code shows.
EXPIRING_SECONDS = 5
#: Placeholder shown where a code will appear once the secrets are read.
PLACEHOLDER_CODE = "••• •••"
#: Drag-and-drop payload: account ids, one per line (never a code or a secret).
ACCOUNT_IDS_MIME = "application/x-authenticator-account-ids"

_Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    ACCOUNT = Qt.ItemDataRole.UserRole + 1  # the Account object
    ACCOUNT_ID = Qt.ItemDataRole.UserRole + 2
    ISSUER = Qt.ItemDataRole.UserRole + 3
    NAME = Qt.ItemDataRole.UserRole + 4
    CODE = Qt.ItemDataRole.UserRole + 5  # the current code, digits only ("123456"); None unless ready
    NEXT_CODE = Qt.ItemDataRole.UserRole + 6
    SECONDS_LEFT = Qt.ItemDataRole.UserRole + 7  # whole seconds until the code changes; None for HOTP
    PERIOD = Qt.ItemDataRole.UserRole + 8
    EXPIRING = Qt.ItemDataRole.UserRole + 9  # in the last EXPIRING_SECONDS: warn and show the next code
    STATUS = Qt.ItemDataRole.UserRole + 10  # a RowStatus
    STATUS_TEXT = Qt.ItemDataRole.UserRole + 11  # "Loading…", "Secret missing from keyring", …
    CAN_COPY = Qt.ItemDataRole.UserRole + 12
    IS_COUNTER = Qt.ItemDataRole.UserRole + 13  # HOTP: has a "next code" action instead of a countdown
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 14  # what the search field matches: issuer, name and groups
    FAVOURITE = Qt.ItemDataRole.UserRole + 15  # bool
    GROUPS = Qt.ItemDataRole.UserRole + 16  # tuple of group names
    NOTE = Qt.ItemDataRole.UserRole + 17  # the account's note ("" when none)
    ICON = Qt.ItemDataRole.UserRole + 18  # the icon file name ("" = the default icon)


class RowStatus(StrEnum):
    LOADING = "loading"  # secrets not read yet
    READY = "ready"
    MISSING = "missing"  # the account's keyring item is gone
    UNAVAILABLE = "unavailable"  # the keyring failed (unavailable or locked)


@dataclass(frozen=True)
class RowState:
    """What a row shows at one instant (a snapshot for callers; the model keeps less)."""

    status: RowStatus
    code: str | None = None
    next_code: str | None = None
    step: int | None = None
    seconds_left: int | None = None
    period: int = 0

    @property
    def expiring(self) -> bool:
        return self.seconds_left is not None and self.seconds_left <= EXPIRING_SECONDS


@dataclass
class _Row:
    account: Account
    status: RowStatus = RowStatus.LOADING
    code_step: int | None = None  # the time step (TOTP/Steam) or counter (HOTP) the cached codes are for
    code: str | None = None
    next_code: str | None = None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_COUNTDOWN_ROLES = (int(Role.SECONDS_LEFT),)
_EXPIRY_ROLES = (int(Role.SECONDS_LEFT), int(Role.EXPIRING))
_CODE_ROLES = (_DISPLAY, _ACCESSIBLE, int(Role.CODE), int(Role.NEXT_CODE), int(Role.SECONDS_LEFT), int(Role.EXPIRING))
_STATUS_ROLES = (*_CODE_ROLES, int(Role.STATUS), int(Role.STATUS_TEXT), int(Role.CAN_COPY))
#: An account's fields changed: everything may differ (an empty list means "all roles" to Qt).
_ALL_ROLES: tuple[int, ...] = ()


class AccountListModel(QAbstractListModel):
    """Accounts in display order with their live codes.

    The countdown depends only on the time and the period, so rows share it: the model remembers, per
    period, the step and seconds it last announced, and the runs of adjacent rows that show a countdown.
    A tick is then O(runs), not O(accounts), and codes are computed only when a view asks for them (the
    rows on screen), once per step.
    """

    #: A row was moved by the user (drag or keyboard): (account id, its new index in the full list).
    account_moved = _Signal(str, int)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock.now()
        self._rows: list[_Row] = []
        self._secrets: dict[str, str] = {}
        self._missing: set[str] = set()
        self._store_error: SecretStoreError | None = None
        self._announced: dict[int, tuple[int, int]] = {}  # period -> (step, seconds left) last announced
        self._runs: dict[int, list[tuple[int, int]]] = {}  # period -> runs of rows showing a countdown

    # -- Qt interface -------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        for role in Role:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        account = row.account
        match role:  # cheap roles first: no code is computed for them
            case Role.ACCOUNT:
                return account
            case Role.ACCOUNT_ID:
                return account.id
            case Role.ISSUER:
                return account.issuer
            case Role.NAME:
                return account.name
            case Role.SEARCH_TEXT:
                return "\n".join((account.issuer, account.name, *account.groups))
            case Role.FAVOURITE:
                return account.favourite
            case Role.GROUPS:
                return account.groups
            case Role.NOTE:
                return account.note
            case Role.ICON:
                return account.icon
            case Role.IS_COUNTER:
                return account.type is OtpType.HOTP
            case Role.STATUS:
                return row.status
            case Role.STATUS_TEXT:
                return self._status_text(row.status)
            case Role.CAN_COPY:
                return row.status is RowStatus.READY
            case Role.SECONDS_LEFT | Role.EXPIRING | Role.PERIOD:
                if row.status is not RowStatus.READY or account.type is OtpType.HOTP:
                    return {Role.SECONDS_LEFT: None, Role.EXPIRING: False, Role.PERIOD: 0}[Role(role)]
                seconds = self._seconds(account.period)
                if role == Role.SECONDS_LEFT:
                    return seconds
                return seconds <= EXPIRING_SECONDS if role == Role.EXPIRING else account.period
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken_text(account, self._state(row))
        if role == Qt.ItemDataRole.ToolTipRole and account.note:
            return account.note  # the note is what a pointer rests on a row for
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return self._spoken_hint(account, row.status)
        if role == Role.CODE:
            return self._state(row).code
        if role == Role.NEXT_CODE:
            return self._state(row).next_code
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, never on one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACCOUNT_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """Only ids travel in a drag: the default encoding would carry the display text, codes included."""
        data = QMimeData()
        ids = [self._rows[i.row()].account.id for i in indexes if i.isValid()]
        data.setData(ACCOUNT_IDS_MIME, "\n".join(ids).encode("ascii"))
        return data

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move rows (Qt semantics: insert before ``destination_child`` of the original order) and report it."""
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row < 0 or source_row + count > len(self._rows):
            return False
        if not 0 <= destination_child <= len(self._rows):
            return False
        if source_row <= destination_child <= source_row + count:
            return True  # dropped onto itself: nothing to do
        self.beginMoveRows(QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child)
        moving = self._rows[source_row : source_row + count]
        del self._rows[source_row : source_row + count]
        insert_at = destination_child if destination_child < source_row else destination_child - count
        self._rows[insert_at:insert_at] = moving
        self.endMoveRows()
        self._reindex()
        for offset, row in enumerate(moving):
            self.account_moved.emit(row.account.id, insert_at + offset)
        return True

    # -- contents -----------------------------------------------------------------------------------------

    @property
    def accounts(self) -> list[Account]:
        return [row.account for row in self._rows]

    @property
    def store_error(self) -> SecretStoreError | None:
        return self._store_error

    @property
    def missing_ids(self) -> frozenset[str]:
        return frozenset(self._missing)

    def groups(self) -> list[str]:
        """Every group some account is in, each once, sorted (the filter menu, the dialog's completer)."""
        return all_groups(row.account.groups for row in self._rows)

    def account_at(self, row: int) -> Account:
        return self._rows[row].account

    def state_at(self, row: int) -> RowState:
        return self._state(self._rows[row])

    def row_of(self, account_id: str) -> int:
        """The row of an account id, or -1."""
        for i, row in enumerate(self._rows):
            if row.account.id == account_id:
                return i
        return -1

    def has_secret(self, account_id: str) -> bool:
        return account_id in self._secrets

    def ids_without_secret(self) -> list[str]:
        """Accounts whose secret was neither read nor found missing (new ones after an outside change)."""
        return [
            r.account.id for r in self._rows if r.account.id not in self._secrets and r.account.id not in self._missing
        ]

    def set_accounts(self, accounts: Iterable[Account]) -> None:
        """Show a fresh list (start-up or after another process changed the file)."""
        accounts = list(accounts)
        keep = {a.id for a in accounts}
        self._secrets = {i: s for i, s in self._secrets.items() if i in keep}
        self._missing &= keep
        if [a.id for a in accounts] == [r.account.id for r in self._rows]:
            for i, account in enumerate(accounts):  # same rows in the same order: update in place
                if account != self._rows[i].account:
                    self._set_row_account(i, account)
            self._reindex()
            return
        self.beginResetModel()
        self._now = self._clock.now()
        self._rows = [_Row(a, self._status_of(a)) for a in accounts]
        self._announced.clear()
        self._reindex()
        self.endResetModel()

    def add_account(self, account: Account, secret: str | None) -> int:
        """Append a newly saved account; returns its row."""
        if secret is not None:
            self._secrets[account.id] = secret
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(_Row(account, self._status_of(account)))
        self.endInsertRows()
        self._reindex()
        self.refresh()
        return row

    def replace_account(self, account: Account) -> None:
        """An account's fields changed (edit, HOTP counter): recompute and repaint its row."""
        row = self.row_of(account.id)
        if row >= 0:
            self._set_row_account(row, account)
            self._reindex()

    def remove_account(self, account_id: str) -> None:
        row = self.row_of(account_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self._secrets.pop(account_id, None)
        self._missing.discard(account_id)
        self._reindex()

    def set_secrets(self, found: dict[str, str], missing: Iterable[str] = ()) -> None:
        """Secrets read by a worker arrived (and which ids have no keyring item)."""
        self._secrets.update(found)
        self._missing -= set(found)
        self._missing |= set(missing)
        self._store_error = None
        self._update_statuses()

    def set_store_error(self, error: SecretStoreError | None) -> None:
        """The keyring failed (or works again): rows without a secret say so instead of showing a code."""
        self._store_error = error
        self._update_statuses()

    def forget_secrets(self) -> None:
        self._secrets.clear()
        for row in self._rows:
            row.code = row.next_code = row.code_step = None
        self._update_statuses()

    # -- time ---------------------------------------------------------------------------------------------

    def refresh(self, now: float | None = None) -> None:
        """Move to ``now`` (default: the clock) and emit dataChanged for what changed.

        Per period: the countdown role each second, the code roles when the step changes, the expiry role
        when the last seconds begin. HOTP rows have no period and are never touched here.
        """
        self._now = self._clock.now() if now is None else now
        for period, runs in self._runs.items():
            step, seconds = self._step(period), self._seconds(period)
            previous = self._announced.get(period)
            self._announced[period] = (step, seconds)
            if previous == (step, seconds):
                continue
            if previous is None or previous[0] != step:
                roles = _CODE_ROLES
            elif (previous[1] <= EXPIRING_SECONDS) != (seconds <= EXPIRING_SECONDS):
                roles = _EXPIRY_ROLES
            else:
                roles = _COUNTDOWN_ROLES
            for first, last in runs:
                self.dataChanged.emit(self.index(first), self.index(last), list(roles))

    def _step(self, period: int) -> int:
        return math.floor(self._now / period)

    def _seconds(self, period: int) -> int:
        return math.ceil(period - (self._now % period))

    def _state(self, row: _Row) -> RowState:
        """The row at the last announced time, computing its codes if this step has none yet."""
        if row.status is not RowStatus.READY:
            return RowState(row.status)
        account = row.account
        if account.type is OtpType.HOTP:
            self._ensure_codes(row, account.counter)
            return RowState(RowStatus.READY, row.code, row.next_code, account.counter, None, 0)
        step = self._step(account.period)
        self._ensure_codes(row, step)
        return RowState(RowStatus.READY, row.code, row.next_code, step, self._seconds(account.period), account.period)

    def _ensure_codes(self, row: _Row, step: int) -> None:
        if row.code_step == step and row.code is not None:
            return
        secret = self._secrets[row.account.id]
        row.code = code_for_step(row.account, secret, step)
        row.next_code = code_for_step(row.account, secret, step + 1)
        row.code_step = step

    def _status_of(self, account: Account) -> RowStatus:
        if account.id in self._secrets:
            return RowStatus.READY
        if account.id in self._missing:
            return RowStatus.MISSING
        if self._store_error is not None:
            return RowStatus.UNAVAILABLE
        return RowStatus.LOADING

    def _set_row_account(self, row: int, account: Account) -> None:
        entry = self._rows[row]
        entry.account = account
        entry.status = self._status_of(account)
        entry.code = entry.next_code = entry.code_step = None
        index = self.index(row)
        self.dataChanged.emit(index, index, list(_ALL_ROLES))

    def _update_statuses(self) -> None:
        """Recompute every row's status and announce the rows whose status changed."""
        changed: list[int] = []
        for i, row in enumerate(self._rows):
            status = self._status_of(row.account)
            if status is not row.status:
                row.status = status
                changed.append(i)
        self._reindex()
        for first, last in _runs_of(changed):
            self.dataChanged.emit(self.index(first), self.index(last), list(_STATUS_ROLES))
        self.refresh()

    def _reindex(self) -> None:
        """Rebuild the runs of rows that show a countdown, per period."""
        runs: dict[int, list[int]] = {}
        for i, row in enumerate(self._rows):
            if row.status is RowStatus.READY and row.account.type is not OtpType.HOTP:
                runs.setdefault(row.account.period, []).append(i)
        self._runs = {period: _runs_of(rows) for period, rows in runs.items()}
        for period in list(self._announced):
            if period not in self._runs:
                del self._announced[period]
        for period in self._runs:  # a period that just appeared starts from what its rows now show
            self._announced.setdefault(period, (self._step(period), self._seconds(period)))

    # -- text ---------------------------------------------------------------------------------------------

    def _status_text(self, status: RowStatus) -> str:
        match status:
            case RowStatus.LOADING:
                return self.tr("Loading…")
            case RowStatus.MISSING:
                return self.tr("Secret missing from keyring")
            case RowStatus.UNAVAILABLE:
                if isinstance(self._store_error, SecretStoreLocked):
                    return self.tr("Keyring locked")
                return self.tr("Keyring unavailable")
        return ""

    def _spoken_text(self, account: Account, state: RowState) -> str:
        """Issuer, name and code: what a screen reader reads for the row (and keyboard search matches)."""
        if account.name:
            parts = [account.issuer or self.tr("No issuer"), account.name]
        else:
            parts = [account.issuer or self.tr("Unnamed account")]
        if state.status is RowStatus.READY and state.code is not None:
            parts.append(self.tr("code {code}").format(code=format_code(state.code)))
        else:
            parts.append(self._status_text(state.status).rstrip("…"))
        if account.favourite:
            parts.append(self.tr("favourite"))
        if account.groups:
            parts.append(self.tr("groups: {groups}").format(groups=", ".join(account.groups)))
        return ", ".join(parts)

    def _spoken_hint(self, account: Account, status: RowStatus) -> str:
        if status is not RowStatus.READY:
            return self._status_text(status)
        if account.type is OtpType.HOTP:
            return self.tr("Click or press Enter to copy the code; Next code makes a new one.")
        return self.tr("Click or press Enter to copy the code.")


def _runs_of(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as runs of adjacent rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
