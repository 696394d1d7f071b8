""" "Why was my code rejected?": a code from 3 steps ago, other settings, another key, an otpauth link, and the
dialog opened from the window for the selected account. Time is the FixedClock at T0."""

from __future__ import annotations

import pytest
from ui_support import OTHER_KEY, RFC_KEY

from authenticator.core import otp
from authenticator.core.account import Account
from authenticator.core.clock import FixedClock
from authenticator.core.which_step import MatchKind
from authenticator.ui.dialogs.which_step import URI_CHOICE, WhichStepDialog

GITHUB = Account("GitHub", "alice@example.com", id="a" * 32)
BANK = Account("Bank", "bob", id="b" * 32)
SECRETS = {GITHUB.id: RFC_KEY, BANK.id: OTHER_KEY}


@pytest.fixture
def dialog(qtbot, clock: FixedClock) -> WhichStepDialog:  # type: ignore[no-untyped-def]
    dialog = WhichStepDialog([GITHUB, BANK], SECRETS.get, clock, current_id=GITHUB.id)
    qtbot.addWidget(dialog)
    return dialog


def check(dialog: WhichStepDialog, qtbot, code: str):  # type: ignore[no-untyped-def]
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, code)
    return dialog.check()


def test_a_code_three_steps_old(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    code = otp.code_at(GITHUB, RFC_KEY, clock.now() - 90)
    result = check(dialog, qtbot, otp.format_code(code))
    assert result.kind is MatchKind.MATCH and result.step_difference == -3
    assert dialog.result_title.text() == "3 steps back (-90 s)"
    assert dialog.result_text.text() == (
        "This code was valid 90 s ago (3 steps back): the device that made it runs about 90 s behind."
        " That is more than services usually accept; correct that device's clock."
    )
    assert dialog.result_card.isVisibleTo(dialog)


def test_the_current_code(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    check(dialog, qtbot, otp.code_at(GITHUB, RFC_KEY, clock.now()))
    assert dialog.result_title.text() == "This is the current code"


def test_enter_in_the_code_field_checks(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    qtbot.keyClicks(dialog.code_edit, otp.code_at(GITHUB, RFC_KEY, clock.now() + 30))
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    assert dialog.result is not None and dialog.result.step_difference == 1
    assert dialog.result_title.text() == "1 step ahead (+30 s)"


def test_other_settings_are_a_parameter_mismatch(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    eight = otp.code_at(GITHUB.with_changes(digits=8), RFC_KEY, clock.now())
    result = check(dialog, qtbot, eight)
    assert result.kind is MatchKind.PARAMETER_MISMATCH
    assert dialog.result_title.text() == "Matches with other settings"
    assert "codes have 8 digits, not 6" in dialog.result_text.text()


def test_a_different_key_matches_nothing(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    stranger = otp.code_at(GITHUB, OTHER_KEY, clock.now())
    dialog.window_spin.setValue(1)  # a narrow window, so a chance match is practically impossible
    result = check(dialog, qtbot, stranger)
    assert result.kind is MatchKind.NO_MATCH
    assert dialog.result_title.text() == "No match: the key differs"
    assert "the secret differs" in dialog.result_text.text()
    assert "±60 s" in dialog.result_text.text()


def test_a_typo_is_explained(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert check(dialog, qtbot, "12a456") is None
    assert dialog.result_title.text() == "That cannot be checked"
    assert "'a'" in dialog.result_text.text()


def test_the_window_is_ten_minutes_by_default(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert dialog.window_spin.value() == 10
    far = otp.code_at(GITHUB, RFC_KEY, clock.now() - 15 * 60)
    assert check(dialog, qtbot, far).kind is MatchKind.NO_MATCH
    dialog.window_spin.setValue(20)
    assert check(dialog, qtbot, far).step_difference == -30


def test_another_account_from_an_otpauth_link(dialog, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog.account_combo.setCurrentIndex(dialog.account_combo.findData(URI_CHOICE))
    assert dialog.uri_edit.isVisibleTo(dialog)
    dialog.uri_edit.setText(f"otpauth://totp/Shop:carol?secret={OTHER_KEY}&issuer=Shop&period=60")
    code = otp.code_at(Account("Shop", "carol", period=60), OTHER_KEY, clock.now() - 120)
    result = check(dialog, qtbot, code)
    assert result.step_difference == -2 and result.offset_seconds == -120


def test_a_secret_not_read_yet_is_explained(qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = WhichStepDialog([GITHUB], lambda _id: None, clock)
    qtbot.addWidget(dialog)
    assert check(dialog, qtbot, "123456") is None
    assert "has not been read from the keyring" in dialog.result_text.text()


def test_opened_from_the_window_for_the_selected_account(make_window, accounts, clock, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    proton = accounts["proton"]
    window.select_account(proton.id)
    window.time_correction.which_step_action.trigger()
    dialog = window.active_dialog
    assert isinstance(dialog, WhichStepDialog)
    assert dialog.account_combo.currentData() == proton.id
    from ui_support import THIRD_KEY

    check(dialog, qtbot, otp.code_at(proton, THIRD_KEY, clock.now() - 90))
    assert dialog.result.step_difference == -3
