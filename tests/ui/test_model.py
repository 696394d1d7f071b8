"""The list model on its own: codes at the injected time, the countdown, and minimal dataChanged signals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from ui_support import OTHER_KEY, RFC_KEY, THIRD_KEY

from authenticator.core import otp
from authenticator.core.account import Account, OtpType
from authenticator.core.errors import SecretStoreLocked
from authenticator.ui.models.account_model import (
    ACCOUNT_IDS_MIME,
    PLACEHOLDER_CODE,
    AccountListModel,
    Role,
    RowStatus,
)
from authenticator.ui.models.filter import AccountFilterModel

TOTP_A = Account("GitHub", "alice@example.com")
HOTP = Account("Example Bank", "card 4821", type=OtpType.HOTP, counter=5)
TOTP_B = Account("Proton", "alice@proton.me")
SECRETS = {TOTP_A.id: RFC_KEY, HOTP.id: OTHER_KEY, TOTP_B.id: THIRD_KEY}


@pytest.fixture
def model(clock, qapp) -> AccountListModel:  # type: ignore[no-untyped-def]
    model = AccountListModel(clock)
    model.set_accounts([TOTP_A, HOTP, TOTP_B])
    model.set_secrets(SECRETS)
    return model


@pytest.fixture
def spy(model):  # type: ignore[no-untyped-def]
    """Every dataChanged as (first row, last row, roles)."""
    calls: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(lambda tl, br, roles: calls.append((tl.row(), br.row(), [int(r) for r in roles])))
    return calls


def data(model: AccountListModel, row: int, role: int) -> object:
    return model.data(model.index(row), role)


def test_codes_are_computed_at_the_injected_time(model, clock) -> None:
    for row, account in enumerate([TOTP_A, HOTP, TOTP_B]):
        assert data(model, row, Role.CODE) == otp.code_at(account, SECRETS[account.id], clock.now())


def test_display_and_accessible_text_name_issuer_name_and_code(model, clock) -> None:
    code = otp.format_code(otp.code_at(TOTP_A, RFC_KEY, clock.now()))
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        text = data(model, 0, role)
        assert "GitHub" in text and "alice@example.com" in text and code in text


def test_countdown_follows_the_clock(model, clock) -> None:
    # T0 is a step boundary: a full period is left.
    assert data(model, 0, Role.SECONDS_LEFT) == 30
    clock.advance(7)
    model.refresh()
    assert data(model, 0, Role.SECONDS_LEFT) == 23
    assert data(model, 0, Role.EXPIRING) is False
    clock.advance(0.5)
    model.refresh()
    assert data(model, 0, Role.SECONDS_LEFT) == 23  # 22.5 s left reads as 23
    assert data(model, 1, Role.SECONDS_LEFT) is None  # HOTP has no countdown


def test_last_seconds_show_the_next_code_and_the_boundary_changes_the_code(model, clock) -> None:
    first = data(model, 0, Role.CODE)
    upcoming = otp.code_at(TOTP_A, RFC_KEY, clock.now() + 30)
    clock.advance(25)  # 5 s left
    model.refresh()
    assert data(model, 0, Role.EXPIRING) is True
    assert data(model, 0, Role.NEXT_CODE) == upcoming
    assert data(model, 0, Role.CODE) == first
    clock.advance(5)  # the boundary
    model.refresh()
    assert data(model, 0, Role.CODE) == upcoming != first
    assert data(model, 0, Role.SECONDS_LEFT) == 30
    assert data(model, 0, Role.EXPIRING) is False


def test_a_tick_within_a_step_only_changes_the_countdown_of_totp_rows(model, clock, spy) -> None:
    clock.advance(1)
    model.refresh()
    assert spy == [(0, 0, [Role.SECONDS_LEFT]), (2, 2, [Role.SECONDS_LEFT])]  # never row 1 (HOTP)


def test_no_change_no_signal(model, clock, spy) -> None:
    model.refresh()
    clock.advance(0.3)  # still the same whole second
    model.refresh()
    assert spy == []


def test_code_roles_are_emitted_only_at_a_step_change(model, clock, spy) -> None:
    clock.advance(29)
    model.refresh()
    spy.clear()
    clock.advance(1)
    model.refresh()
    assert [(first, last) for first, last, _ in spy] == [(0, 0), (2, 2)]
    for _, _, roles in spy:
        assert Role.CODE in roles and Qt.ItemDataRole.DisplayRole in roles and Role.SECONDS_LEFT in roles


def test_entering_the_last_seconds_adds_the_expiring_role(model, clock, spy) -> None:
    clock.advance(24)
    model.refresh()
    spy.clear()
    clock.advance(1)
    model.refresh()
    assert spy[0] == (0, 0, [Role.SECONDS_LEFT, Role.EXPIRING])


def test_adjacent_rows_with_the_same_change_share_one_signal(clock, qapp) -> None:  # type: ignore[no-untyped-def]
    accounts = [Account("A", "a"), Account("B", "b"), Account("C", "c")]
    model = AccountListModel(clock)
    model.set_accounts(accounts)
    model.set_secrets({a.id: RFC_KEY for a in accounts})
    calls: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda tl, br, _roles: calls.append((tl.row(), br.row())))
    clock.advance(1)
    model.refresh()
    assert calls == [(0, 2)]


def test_rows_wait_for_secrets_with_a_placeholder(clock, qapp) -> None:  # type: ignore[no-untyped-def]
    model = AccountListModel(clock)
    model.set_accounts([TOTP_A])
    assert data(model, 0, Role.STATUS) == RowStatus.LOADING
    assert data(model, 0, Role.CODE) is None
    assert data(model, 0, Role.STATUS_TEXT) == "Loading…"
    assert data(model, 0, Role.CAN_COPY) is False
    assert PLACEHOLDER_CODE == "••• •••"
    model.set_secrets({TOTP_A.id: RFC_KEY})
    assert data(model, 0, Role.CODE) == otp.code_at(TOTP_A, RFC_KEY, clock.now())


def test_missing_and_unavailable_rows_say_so(clock, qapp) -> None:  # type: ignore[no-untyped-def]
    model = AccountListModel(clock)
    model.set_accounts([TOTP_A, TOTP_B])
    model.set_store_error(SecretStoreLocked("The keyring is locked.", "Unlock it."))
    assert data(model, 0, Role.STATUS_TEXT) == "Keyring locked"
    model.set_secrets({TOTP_A.id: RFC_KEY}, missing={TOTP_B.id})
    assert data(model, 1, Role.STATUS) == RowStatus.MISSING
    assert data(model, 1, Role.STATUS_TEXT) == "Secret missing from keyring"
    assert "Secret missing from keyring" in data(model, 1, Qt.ItemDataRole.DisplayRole)
    assert data(model, 1, Role.CODE) is None


def test_hotp_code_changes_with_the_counter_only(model, clock, spy) -> None:
    before = data(model, 1, Role.CODE)
    clock.advance(90)
    model.refresh()
    assert data(model, 1, Role.CODE) == before
    assert all(first != 1 for first, _, _ in spy)
    model.replace_account(HOTP.with_changes(counter=6))
    assert data(model, 1, Role.CODE) == otp.hotp(OTHER_KEY, 6)


def test_move_rows_reports_the_new_index(model) -> None:
    moves: list[tuple[str, int]] = []
    model.account_moved.connect(lambda account_id, index: moves.append((account_id, index)))
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert [a.id for a in model.accounts] == [HOTP.id, TOTP_B.id, TOTP_A.id]
    assert moves == [(TOTP_A.id, 2)]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert moves[-1] == (TOTP_A.id, 0)


def test_drag_data_carries_ids_not_codes(model) -> None:
    mime = model.mimeData([model.index(0)])
    assert mime.formats() == [ACCOUNT_IDS_MIME]
    assert bytes(mime.data(ACCOUNT_IDS_MIME)).decode() == TOTP_A.id


def test_filter_matches_issuer_and_name_words(model) -> None:
    proxy = AccountFilterModel()
    proxy.setSourceModel(model)
    proxy.set_query("proton")
    assert proxy.rowCount() == 1
    proxy.set_query("ALICE")
    assert proxy.rowCount() == 2
    proxy.set_query("alice git")
    assert [proxy.index(r, 0).data(Role.ISSUER) for r in range(proxy.rowCount())] == ["GitHub"]
    proxy.set_query("")
    assert proxy.rowCount() == 3
