"""What a measured clock offset means for the user's codes, in plain words with numbers.

Services accept a code for its own 30 s step and usually one step either side, so a clock off by a few seconds
is fine, one off by 5–30 s works most of the time, and one off by more is rejected. :func:`clock_verdict` is a
pure function of the offset so the GUI, the CLI and the tests all say the same thing.
:func:`system_time_sync_status` asks the OS (``timedatectl`` on Linux) whether it keeps the clock in sync, which
is the real fix when the verdict is bad.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .combine import MAX_PLAUSIBLE_OFFSET_SECONDS
from .measurement import format_duration

#: Below this the clock counts as correct: far inside any service's window.
CORRECT_WITHIN_SECONDS = 5.0
#: How far off most services still accept a code (one 30 s step either side of their own).
USUAL_ACCEPTANCE_SECONDS = 30.0


class ClockState(StrEnum):
    UNKNOWN = "unknown"
    CORRECT = "correct"
    MARGINAL = "marginal"
    BAD = "bad"
    ABSURD = "absurd"


@dataclass(frozen=True)
class ClockVerdict:
    state: ClockState
    offset_seconds: float | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"state": self.state.value, "offset_seconds": self.offset_seconds, "message": self.message}


def clock_verdict(offset_seconds: float | None, *, correction_applied: bool = False) -> ClockVerdict:
    """The verdict on a measured offset (reference minus local: positive means this computer is behind).

    ``correction_applied`` says whether the codes the app shows already include the offset, which changes
    the advice from "turn on time correction" to "the codes shown are corrected".
    """
    if offset_seconds is None:
        return ClockVerdict(
            ClockState.UNKNOWN, None, "The clock could not be checked: no time source gave a usable answer."
        )
    size = abs(offset_seconds)
    direction = "behind" if offset_seconds > 0 else "ahead"
    off = f"Your computer's clock is {format_duration(size)} {direction}."
    if size > MAX_PLAUSIBLE_OFFSET_SECONDS:
        return ClockVerdict(
            ClockState.ABSURD,
            offset_seconds,
            f"{off} That is not drift but a wrong date or time setting: fix the computer's date, time and time zone."
            " No correction is applied automatically for an offset this large.",
        )
    if size < CORRECT_WITHIN_SECONDS:
        if size < 0.0005:
            return ClockVerdict(ClockState.CORRECT, offset_seconds, "Your computer's clock is correct.")
        return ClockVerdict(
            ClockState.CORRECT,
            offset_seconds,
            f"Your computer's clock is correct ({format_duration(size)} {direction}); codes made with it are accepted.",
        )
    window = f"Servers usually accept codes within about ±{USUAL_ACCEPTANCE_SECONDS:g} s"
    if correction_applied:
        advice = "the codes shown are corrected."
    else:
        advice = "turn on time correction, or let the system set its clock automatically."
    if size <= USUAL_ACCEPTANCE_SECONDS:
        return ClockVerdict(
            ClockState.MARGINAL,
            offset_seconds,
            f"{off} {window}, so codes made with this clock may be rejected when used near the end of their"
            f" step; {advice}",
        )
    return ClockVerdict(
        ClockState.BAD,
        offset_seconds,
        f"{off} {window}, so codes made with this clock would be rejected; {advice}",
    )


# --- does the OS keep the clock in sync? ---------------------------------------------------------------------


class SyncState(StrEnum):
    SYNCHRONIZED = "synchronized"
    NOT_SYNCHRONIZED = "not-synchronized"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class SystemSyncStatus:
    """``synchronized``/``ntp_enabled`` are None when the OS could not be asked."""

    state: SyncState
    synchronized: bool | None
    ntp_enabled: bool | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "synchronized": self.synchronized,
            "ntp_enabled": self.ntp_enabled,
            "message": self.message,
        }


TIMEDATECTL_COMMAND: tuple[str, ...] = ("timedatectl", "show", "-p", "NTPSynchronized", "-p", "NTP")
Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def system_time_sync_status(
    *,
    timeout: float = 2.0,
    command: Sequence[str] = TIMEDATECTL_COMMAND,
    run: Runner = subprocess.run,
    platform: str = sys.platform,
) -> SystemSyncStatus:
    """Ask ``timedatectl`` whether the OS synchronises its clock; "unknown" whenever it cannot say.

    Bounded by ``timeout``; a missing binary, no systemd (containers, WSL1) or a stuck D-Bus all give
    :attr:`SyncState.UNKNOWN` with a message, never an exception.
    """
    if platform != "linux":
        return _unknown("Checking whether the system keeps its clock in sync is only supported on Linux.")
    try:
        result = run(list(command), capture_output=True, text=True, timeout=timeout, check=False)
    except FileNotFoundError:
        return _unknown("timedatectl is not available (no systemd?): cannot tell whether the clock is kept in sync.")
    except subprocess.TimeoutExpired:
        return _unknown(f"timedatectl did not answer within {timeout:g} s.")
    except OSError as exc:
        return _unknown(f"timedatectl could not be run ({exc.strerror or exc}).")
    if result.returncode != 0:
        reason = (result.stderr or result.stdout or "").strip().splitlines()
        detail = f": {reason[0].rstrip('.')}" if reason else ""
        return _unknown(f"timedatectl could not tell whether the clock is kept in sync{detail}.")
    values = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    synchronized, ntp = _yes_no(values.get("NTPSynchronized")), _yes_no(values.get("NTP"))
    if synchronized is None:
        return SystemSyncStatus(SyncState.UNKNOWN, None, ntp, "timedatectl did not report NTPSynchronized.")
    if synchronized:
        message = "The system keeps its clock in sync with network time."
        if ntp is False:
            message = "The system clock is synchronised (by a time service timedatectl does not manage)."
        return SystemSyncStatus(SyncState.SYNCHRONIZED, True, ntp, message)
    if ntp:
        message = "Network time is on, but the clock is not synchronised yet: the time servers may be unreachable."
    else:
        message = (
            "The system does not set its clock from network time. Turn on automatic date and time in the system"
            " settings (or run: timedatectl set-ntp true)."
        )
    return SystemSyncStatus(SyncState.NOT_SYNCHRONIZED, False, ntp, message)


def _unknown(message: str) -> SystemSyncStatus:
    return SystemSyncStatus(SyncState.UNKNOWN, None, None, message)


def _yes_no(value: str | None) -> bool | None:
    if value is None:
        return None
    return {"yes": True, "no": False}.get(value.strip().lower())
