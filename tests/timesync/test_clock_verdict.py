"""The verdict in words (pure), durations as people say them, and asking the OS whether it keeps time."""

from __future__ import annotations

import stat
import subprocess
import time
from pathlib import Path

import pytest

from authenticator.timesync.diagnosis import (
    ClockState,
    SyncState,
    clock_verdict,
    system_time_sync_status,
)
from authenticator.timesync.measurement import format_duration


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0.0123, "0.012 s"),
        (-0.5, "0.500 s"),
        (4.26, "4.3 s"),
        (9.96, "10 s"),
        (47.2, "47 s"),
        (119.4, "119 s"),
        (120, "2 min"),
        (725, "12 min 5 s"),
        (3600, "1 h"),
        (5 * 3600 + 180, "5 h 3 min"),
        (2 * 86400, "2 days"),
        (3 * 86400 + 4 * 3600, "3 days 4 h"),
    ],
)
def test_format_duration(seconds: float, words: str) -> None:
    assert format_duration(seconds) == words


def test_the_issues_example_verdict() -> None:
    verdict = clock_verdict(47.0, correction_applied=True)
    assert verdict.state is ClockState.BAD
    assert verdict.message == (
        "Your computer's clock is 47 s behind. Servers usually accept codes within about ±30 s, so codes made"
        " with this clock would be rejected; the codes shown are corrected."
    )


def test_bad_clock_ahead_without_correction_says_what_to_do() -> None:
    verdict = clock_verdict(-95.0)
    assert verdict.state is ClockState.BAD
    assert verdict.message == (
        "Your computer's clock is 95 s ahead. Servers usually accept codes within about ±30 s, so codes made"
        " with this clock would be rejected; turn on time correction, or let the system set its clock"
        " automatically."
    )


@pytest.mark.parametrize(
    ("offset", "state"),
    [
        (0.0, ClockState.CORRECT),
        (0.3, ClockState.CORRECT),
        (-4.99, ClockState.CORRECT),
        (5.0, ClockState.MARGINAL),
        (-12.0, ClockState.MARGINAL),
        (30.0, ClockState.MARGINAL),
        (30.5, ClockState.BAD),
        (-3600.0, ClockState.BAD),
        (86400.0, ClockState.BAD),
        (86401.0, ClockState.ABSURD),
        (-10 * 365 * 86400.0, ClockState.ABSURD),
    ],
)
def test_states_by_size_of_offset(offset: float, state: ClockState) -> None:
    assert clock_verdict(offset).state is state


def test_correct_clock_messages() -> None:
    assert clock_verdict(0.0).message == "Your computer's clock is correct."
    assert clock_verdict(0.3).message == (
        "Your computer's clock is correct (0.300 s behind); codes made with it are accepted."
    )


def test_marginal_clock_may_be_rejected_near_the_end_of_a_step() -> None:
    verdict = clock_verdict(-12.0, correction_applied=True)
    assert verdict.message == (
        "Your computer's clock is 12 s ahead. Servers usually accept codes within about ±30 s, so codes made"
        " with this clock may be rejected when used near the end of their step; the codes shown are corrected."
    )


def test_absurd_offset_points_at_the_date_settings() -> None:
    verdict = clock_verdict(3 * 86400 + 4 * 3600.0)
    assert verdict.state is ClockState.ABSURD
    assert verdict.message.startswith("Your computer's clock is 3 days 4 h behind. That is not drift")
    assert "No correction is applied automatically" in verdict.message


def test_unknown_when_nothing_was_measured() -> None:
    verdict = clock_verdict(None)
    assert verdict.state is ClockState.UNKNOWN
    assert verdict.to_dict() == {
        "state": "unknown",
        "offset_seconds": None,
        "message": "The clock could not be checked: no time source gave a usable answer.",
    }


# --- system_time_sync_status ------------------------------------------------------------------------------------


def fake_timedatectl(tmp_path: Path, body: str) -> list[str]:
    """A real executable standing in for timedatectl, run through the real subprocess path."""
    script = tmp_path / "timedatectl"
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return [str(script), "show", "-p", "NTPSynchronized", "-p", "NTP"]


@pytest.mark.parametrize(
    ("output", "state", "synchronized", "ntp", "words"),
    [
        ("NTPSynchronized=yes\\nNTP=yes", SyncState.SYNCHRONIZED, True, True, "keeps its clock in sync"),
        ("NTP=no\\nNTPSynchronized=yes", SyncState.SYNCHRONIZED, True, False, "does not manage"),
        ("NTPSynchronized=no\\nNTP=yes", SyncState.NOT_SYNCHRONIZED, False, True, "not synchronised yet"),
        ("NTPSynchronized=no\\nNTP=no", SyncState.NOT_SYNCHRONIZED, False, False, "timedatectl set-ntp true"),
        ("NTP=yes", SyncState.UNKNOWN, None, True, "did not report"),
    ],
)
def test_timedatectl_answers(
    tmp_path: Path, output: str, state: SyncState, synchronized: bool | None, ntp: bool | None, words: str
) -> None:
    status = system_time_sync_status(command=fake_timedatectl(tmp_path, f"printf '{output}\\n'"), platform="linux")
    assert (status.state, status.synchronized, status.ntp_enabled) == (state, synchronized, ntp)
    assert words in status.message


def test_no_systemd_is_unknown_with_its_reason(tmp_path: Path) -> None:
    command = fake_timedatectl(
        tmp_path,
        "echo 'System has not been booted with systemd as init system (PID 1). Can'\\''t operate.' >&2; exit 1",
    )
    status = system_time_sync_status(command=command, platform="linux")
    assert status.state is SyncState.UNKNOWN
    assert status.message == (
        "timedatectl could not tell whether the clock is kept in sync: System has not been booted with systemd"
        " as init system (PID 1). Can't operate."
    )


def test_missing_binary_is_unknown(tmp_path: Path) -> None:
    status = system_time_sync_status(command=[str(tmp_path / "no-timedatectl")], platform="linux")
    assert status.state is SyncState.UNKNOWN
    assert status.message.startswith("timedatectl is not available")


def test_a_stuck_timedatectl_is_cut_off_at_the_timeout(tmp_path: Path) -> None:
    started = time.monotonic()
    status = system_time_sync_status(command=fake_timedatectl(tmp_path, "exec sleep 30"), timeout=0.3, platform="linux")
    assert status.state is SyncState.UNKNOWN
    assert status.message == "timedatectl did not answer within 0.3 s."
    assert time.monotonic() - started < 0.3 + 2


def test_other_platforms_are_unknown_without_running_anything() -> None:
    def must_not_run(*args: object, **kwargs: object) -> subprocess.CompletedProcess[str]:
        raise AssertionError("nothing should be run")

    status = system_time_sync_status(run=must_not_run, platform="win32")
    assert status.state is SyncState.UNKNOWN
    assert "only supported on Linux" in status.message


def test_the_real_timedatectl_gives_an_answer_or_unknown() -> None:
    """Whatever this machine is (systemd or a container), the real call returns in time and never raises."""
    started = time.monotonic()
    status = system_time_sync_status(timeout=2.0)
    assert time.monotonic() - started < 2.0 + 1
    assert status.state in set(SyncState)
    assert status.to_dict()["state"] == status.state.value
