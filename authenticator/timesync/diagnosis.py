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

from ..core.i18n import N_, Message
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
            ClockState.UNKNOWN, None, N_("The clock could not be checked: no time source gave a usable answer.")
        )
    size = abs(offset_seconds)
    behind = offset_seconds > 0
    # Whole sentences with named fields, so the window can show them translated (core/i18n.py).
    if behind:
        off = Message("Your computer's clock is {duration} behind.", duration=format_duration(size))
    else:
        off = Message("Your computer's clock is {duration} ahead.", duration=format_duration(size))
    if size > MAX_PLAUSIBLE_OFFSET_SECONDS:
        return ClockVerdict(
            ClockState.ABSURD,
            offset_seconds,
            Message(
                "{clock} That is not drift but a wrong date or time setting: fix the computer's date, time and time"
                " zone. No correction is applied automatically for an offset this large.",
                clock=off,
            ),
        )
    if size < CORRECT_WITHIN_SECONDS:
        if size < 0.0005:
            return ClockVerdict(ClockState.CORRECT, offset_seconds, N_("Your computer's clock is correct."))
        if behind:
            text = Message(
                "Your computer's clock is correct ({duration} behind); codes made with it are accepted.",
                duration=format_duration(size),
            )
        else:
            text = Message(
                "Your computer's clock is correct ({duration} ahead); codes made with it are accepted.",
                duration=format_duration(size),
            )
        return ClockVerdict(ClockState.CORRECT, offset_seconds, text)
    window = f"{USUAL_ACCEPTANCE_SECONDS:g}"
    if correction_applied:
        advice = N_("the codes shown are corrected.")
    else:
        advice = N_("turn on time correction, or let the system set its clock automatically.")
    if size <= USUAL_ACCEPTANCE_SECONDS:
        return ClockVerdict(
            ClockState.MARGINAL,
            offset_seconds,
            Message(
                "{clock} Servers usually accept codes within about ±{window} s, so codes made with this clock may be"
                " rejected when used near the end of their step; {advice}",
                clock=off,
                window=window,
                advice=advice,
            ),
        )
    return ClockVerdict(
        ClockState.BAD,
        offset_seconds,
        Message(
            "{clock} Servers usually accept codes within about ±{window} s, so codes made with this clock would be"
            " rejected; {advice}",
            clock=off,
            window=window,
            advice=advice,
        ),
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
        return _unknown(N_("Checking whether the system keeps its clock in sync is only supported on Linux."))
    try:
        result = run(list(command), capture_output=True, text=True, timeout=timeout, check=False)
    except FileNotFoundError:
        return _unknown(
            N_("timedatectl is not available (no systemd?): cannot tell whether the clock is kept in sync.")
        )
    except subprocess.TimeoutExpired:
        return _unknown(Message("timedatectl did not answer within {seconds} s.", seconds=f"{timeout:g}"))
    except OSError as exc:
        return _unknown(Message("timedatectl could not be run ({reason}).", reason=exc.strerror or str(exc)))
    if result.returncode != 0:
        reason = (result.stderr or result.stdout or "").strip().splitlines()
        if reason:
            return _unknown(
                Message(
                    "timedatectl could not tell whether the clock is kept in sync: {reason}.",
                    reason=reason[0].rstrip("."),
                )
            )
        return _unknown(N_("timedatectl could not tell whether the clock is kept in sync."))
    values = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    synchronized, ntp = _yes_no(values.get("NTPSynchronized")), _yes_no(values.get("NTP"))
    if synchronized is None:
        return SystemSyncStatus(SyncState.UNKNOWN, None, ntp, N_("timedatectl did not report NTPSynchronized."))
    if synchronized:
        message = N_("The system keeps its clock in sync with network time.")
        if ntp is False:
            message = N_("The system clock is synchronised (by a time service timedatectl does not manage).")
        return SystemSyncStatus(SyncState.SYNCHRONIZED, True, ntp, message)
    if ntp:
        message = N_("Network time is on, but the clock is not synchronised yet: the time servers may be unreachable.")
    else:
        message = N_(
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
