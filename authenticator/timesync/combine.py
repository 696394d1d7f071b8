"""Turn several servers' answers into one offset the app may apply, or a clear reason not to.

One server can be wrong (a broken or hostile server, a captive portal answering on port 123), so we take the
largest group of answers that agree and use its median; answers outside it are outliers and are listed, not
averaged in. An offset of more than a day is not clock drift but a wrong date or a broken source, and applying
it silently would make every code wrong, so it is flagged (``plausible``) and never comes back as ``usable``.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .measurement import TimeMeasurement, format_duration

#: Answers within this much of each other (plus their own uncertainty) count as agreeing. Good NTP servers agree
#: to milliseconds; half a second is far below a code's 30 s step and far above network jitter.
DEFAULT_AGREEMENT_SECONDS = 0.5
#: Beyond this the "offset" is a wrong date or a broken source, not drift.
MAX_PLAUSIBLE_OFFSET_SECONDS = 86_400.0


@dataclass(frozen=True)
class CombinedOffset:
    """The combined result: what to apply (if anything), how sure we are, and every source's own answer.

    ``offset_seconds`` is source minus local (positive: our clock is behind). ``spread_seconds`` is max − min of
    the agreeing answers. ``consistent`` is False when no majority of the answering sources agrees;
    ``plausible`` is False when the offset is absurdly large. Apply the offset only when :attr:`usable`.
    """

    offset_seconds: float | None
    spread_seconds: float | None
    used: tuple[TimeMeasurement, ...] = ()
    outliers: tuple[TimeMeasurement, ...] = ()
    failed: tuple[TimeMeasurement, ...] = ()
    consistent: bool = False
    plausible: bool = False
    message: str = ""
    measurements: tuple[TimeMeasurement, ...] = field(default=(), repr=False)

    @property
    def usable(self) -> bool:
        return self.offset_seconds is not None and self.consistent and self.plausible

    def to_dict(self) -> dict[str, Any]:
        return {
            "offset_seconds": self.offset_seconds,
            "spread_seconds": self.spread_seconds,
            "consistent": self.consistent,
            "plausible": self.plausible,
            "usable": self.usable,
            "message": self.message,
            "sources": [
                {**m.to_dict(), "status": _status(m, self)} for m in (self.measurements or self.used + self.outliers)
            ],
        }


def _status(measurement: TimeMeasurement, combined: CombinedOffset) -> str:
    if measurement in combined.used:
        return "used"
    if measurement in combined.outliers:
        return "outlier"
    return "failed"


def combine_measurements(
    measurements: Iterable[TimeMeasurement],
    *,
    agreement_seconds: float = DEFAULT_AGREEMENT_SECONDS,
    max_plausible_seconds: float = MAX_PLAUSIBLE_OFFSET_SECONDS,
) -> CombinedOffset:
    """Combine answers: the median of the largest agreeing group, outliers set aside, absurd values flagged.

    Pure and deterministic: ties between equally large groups go to the one with the smaller round trips.
    """
    everything = tuple(measurements)
    good = [m for m in everything if m.ok]
    bad = tuple(m for m in everything if not m.ok)
    if not good:
        reasons = "; ".join(f"{m.source}: {(m.error or '').rstrip('.')}" for m in bad) or "no sources were given"
        message = f"No time source answered ({reasons})."
        return CombinedOffset(None, None, failed=bad, message=message, measurements=everything)

    group = max((_agreeing(center, good, agreement_seconds) for center in good), key=_group_rank)
    used = tuple(m for m in good if m in group)
    outliers = tuple(m for m in good if m not in group)
    offsets = [_offset(m) for m in used]
    offset = statistics.median(offsets)
    spread = max(offsets) - min(offsets)
    consistent = len(used) * 2 > len(good)
    plausible = abs(offset) <= max_plausible_seconds
    message = _message(offset, spread, used, outliers, bad, consistent, plausible)
    return CombinedOffset(offset, spread, used, outliers, bad, consistent, plausible, message, everything)


def _offset(measurement: TimeMeasurement) -> float:
    assert measurement.offset_seconds is not None
    return measurement.offset_seconds


def _agreeing(center: TimeMeasurement, good: list[TimeMeasurement], agreement: float) -> list[TimeMeasurement]:
    reference = _offset(center)
    slack = center.uncertainty_seconds or 0.0
    return [m for m in good if abs(_offset(m) - reference) <= agreement + slack + (m.uncertainty_seconds or 0.0)]


def _group_rank(group: list[TimeMeasurement]) -> tuple[int, float]:
    delays = sum(m.delay_seconds or 0.0 for m in group)
    return len(group), -delays


def _message(
    offset: float,
    spread: float,
    used: tuple[TimeMeasurement, ...],
    outliers: tuple[TimeMeasurement, ...],
    bad: tuple[TimeMeasurement, ...],
    consistent: bool,
    plausible: bool,
) -> str:
    direction = "ahead of" if offset < 0 else "behind"
    total = len(used) + len(outliers) + len(bad)
    summary = f"{len(used)} of {total} sources agree" if total > 1 else "1 source answered"
    if abs(offset) < 0.0005:
        figure = f"your clock matches them (spread {format_duration(spread)})"
    else:
        figure = f"your clock is {format_duration(offset)} {direction} them (spread {format_duration(spread)})"
    notes = []
    if outliers:
        notes.append(f"ignored {', '.join(m.source for m in outliers)} (disagrees)")
    if bad:
        notes.append(f"{len(bad)} failed")
    text = f"{summary}: {figure}" + (f"; {'; '.join(notes)}" if notes else "") + "."
    if not consistent:
        text += " The sources disagree with each other, so no correction should be applied; try other servers."
    if not plausible:
        text += (
            f" An offset of {format_duration(offset)} is not clock drift: check the computer's date and time"
            " settings. It is not applied automatically."
        )
    return text
