"""The stored time correction: how many seconds to add to the system clock so codes match the services.

A correction is measured once (NTP, a web server's Date, or typed by hand) and kept in ``time-correction.json``
in the data folder, so the window, the CLI and the next start all compute codes from the same "now". The file
is small and replaced atomically. A missing file means no correction; a damaged one is reported and ignored
(codes from the plain system clock are better than no codes). An offset of more than a day is a wrong date, not
drift, so it is only stored when the caller explicitly forces it. Nothing here changes the system clock.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.clock import SystemClock
from ..core.errors import InvalidInput, MetadataError
from ..core.i18n import N_, Message
from ..storage.atomic import write_atomic
from ..storage.paths import data_dir
from .combine import MAX_PLAUSIBLE_OFFSET_SECONDS
from .measurement import format_duration

CORRECTION_FILE = "time-correction.json"
FORMAT_VERSION = 1
#: ``source`` of an offset typed by the user rather than measured.
MANUAL_SOURCE = "manual"
#: How a ``source`` measured from NTP and web servers together starts: "NTP and https://example.com".
NTP_AND = "NTP and "
#: Beyond this a stored value cannot be a (even forced) clock correction: the file is damaged.
_MAX_STORED_OFFSET_SECONDS = 50 * 365 * 86_400.0

Directory = str | os.PathLike[str] | None
Warn = Callable[[str], None]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TimeCorrection:
    """``offset_seconds`` is reference minus system time (positive: the computer is behind), as measured.

    ``source`` says where it came from ("NTP", "https://example.com", "manual"); ``measured_at`` is the Unix
    time (system clock) of the measurement; ``servers`` are the sources whose answers were used.
    """

    offset_seconds: float
    source: str
    measured_at: float
    servers: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "offset_seconds": self.offset_seconds,
            "source": self.source,
            "measured_at": self.measured_at,
            "servers": list(self.servers),
        }

    @classmethod
    def from_dict(cls, data: Any) -> TimeCorrection:
        """Raises ``ValueError`` naming the bad field; :func:`load_correction` turns that into a warning."""
        if not isinstance(data, dict):
            raise ValueError("it is not a JSON object")
        offset = _number(data.get("offset_seconds"), "offset_seconds")
        if abs(offset) > _MAX_STORED_OFFSET_SECONDS:
            raise ValueError(f"offset_seconds {offset:g} is impossible")
        measured_at = _number(data.get("measured_at", 0.0), "measured_at")
        source = data.get("source", "")
        servers = data.get("servers", [])
        if not isinstance(source, str):
            raise ValueError("source is not text")
        if not isinstance(servers, list) or not all(isinstance(s, str) for s in servers):
            raise ValueError("servers is not a list of names")
        return cls(offset, source, measured_at, tuple(servers))


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} is not a finite number")
    return float(value)


def correction_path(directory: Directory = None) -> Path:
    """``time-correction.json`` in ``directory`` (resolved like the account list: --data-dir, env, user folder)."""
    return data_dir(directory) / CORRECTION_FILE


def load_correction(directory: Directory = None, *, warn: Warn | None = None) -> TimeCorrection | None:
    """The stored correction, or None when there is none.

    Never raises for a bad file: an unreadable, damaged or newer-format file is reported through ``warn``
    (default: the log) and counts as "no correction", so the app still shows codes from the system clock.
    """
    path = correction_path(directory)
    report = warn or _log.warning
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        report(f"The time correction in {path} cannot be read ({exc.strerror or exc}); using the system clock.")
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
        version = data.get("version", FORMAT_VERSION) if isinstance(data, dict) else FORMAT_VERSION
        if not isinstance(version, int) or version > FORMAT_VERSION:
            report(f"The time correction in {path} was written by a newer version; using the system clock.")
            return None
        return TimeCorrection.from_dict(data)
    except (UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        reason = "it is not valid JSON" if isinstance(exc, UnicodeDecodeError | json.JSONDecodeError) else str(exc)
        report(
            f"The time correction in {path} is damaged ({reason}); it is ignored and the system clock is used."
            " Measure the time again to replace it."
        )
        return None


def check_plausible(offset_seconds: float, *, force: bool = False) -> None:
    """Refuse a non-finite offset always, and one of more than a day unless ``force``: that is a wrong date."""
    if not math.isfinite(offset_seconds):
        raise InvalidInput(Message("The time correction {offset} is not a number of seconds.", offset=offset_seconds))
    if abs(offset_seconds) > _MAX_STORED_OFFSET_SECONDS:
        raise InvalidInput(
            Message("A time correction of {duration} is impossible.", duration=format_duration(offset_seconds))
        )
    if abs(offset_seconds) > MAX_PLAUSIBLE_OFFSET_SECONDS and not force:
        raise InvalidInput(
            Message(
                "A time correction of {duration} is not clock drift but a wrong date or time setting, so it was not"
                " stored.",
                duration=format_duration(offset_seconds),
            ),
            N_("Fix the computer's date, time and time zone instead; store it anyway only if you are sure (force)."),
        )


def save_correction(directory: Directory, correction: TimeCorrection, *, force: bool = False) -> Path:
    """Store ``correction`` atomically; returns the file. Raises InvalidInput for an implausible offset
    (unless ``force``) and MetadataError when the file cannot be written."""
    check_plausible(correction.offset_seconds, force=force)
    path = correction_path(directory)
    data = {"version": FORMAT_VERSION, **correction.to_dict()}
    try:
        write_atomic(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"))
    except OSError as exc:
        raise MetadataError(
            Message(
                "The time correction cannot be saved in {path} ({reason}).", path=path, reason=str(exc.strerror or exc)
            ),
            N_("Check that the data folder exists and is writable."),
        ) from exc
    return path


def clear_correction(directory: Directory = None) -> bool:
    """Go back to the system clock; True if a correction was stored."""
    path = correction_path(directory)
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise MetadataError(
            Message(
                "The time correction in {path} cannot be removed ({reason}).",
                path=path,
                reason=str(exc.strerror or exc),
            ),
            N_("Check the permissions of the data folder."),
        ) from exc
    return True


def clock_for(directory: Directory = None, use_correction: bool = True, *, warn: Warn | None = None) -> SystemClock:
    """The app's "now": the system clock plus the stored correction (or plain system time)."""
    correction = load_correction(directory, warn=warn) if use_correction else None
    return SystemClock(correction.offset_seconds if correction is not None else 0.0)


def signed_seconds(offset_seconds: float) -> str:
    """``+12.4 s``, ``-90.0 s``, ``+0.012 s``, ``+2 min 30 s``: a correction with its sign, for people.

    Tenths up to two minutes: a correction is exact to well under a second, and "12 s" would hide that."""
    size = abs(offset_seconds)
    figure = f"{size:.3f} s" if size < 1 else f"{size:.1f} s" if size < 120 else format_duration(size)
    return ("-" if offset_seconds < 0 else "+") + figure


def describe(correction: TimeCorrection | None, now: float) -> str:
    """One line for a status bar or the CLI: "Codes corrected by +12.4 s (NTP, 5 min ago)"."""
    if correction is None:
        return N_("Codes use the system clock (no time correction).")
    source = source_words(correction.source) or N_("unknown source")
    age = _age(now - correction.measured_at)
    return Message(
        "Codes corrected by {offset} ({source}, {age})",
        offset=signed_seconds(correction.offset_seconds),
        source=source,
        age=age,
    )


def source_words(source: str) -> str:
    """A stored ``source`` for people, marked for translation: "set by hand", "NTP and https://…".

    The file keeps the English label (``source_label`` in the window's time controller writes "NTP and " before
    the web addresses when both kinds of server were used); the words around the addresses are translated here.
    """
    if source == MANUAL_SOURCE:
        return N_("set by hand")
    if source.startswith(NTP_AND):
        return Message("NTP and {sources}", sources=source.removeprefix(NTP_AND))
    return source


def _age(seconds: float) -> str:
    if seconds < 60:
        return N_("just now")
    minutes = int(seconds // 60)
    if minutes < 60:
        return Message("{minutes} min ago", minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return Message("{hours} h ago", hours=hours)
    return Message("{days} days ago", days=hours // 24)
