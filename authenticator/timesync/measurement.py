"""One clock reading from one time source, good or failed.

NTP servers and web servers both produce a :class:`TimeMeasurement`, so combining, reporting and the CLI's
JSON output treat every source the same way. A failed source is a value with ``error`` set, not an exception:
one dead server must not hide the answers of the others.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..core.i18n import Message


@dataclass(frozen=True)
class TimeMeasurement:
    """How far a source's clock is from ours.

    ``offset_seconds`` is *source minus local*: positive means our clock is behind, so adding it to our time
    (``SystemClock(offset)``) gives the source's time. ``resolution_seconds`` is the source's own granularity
    (0 for NTP, 1 s for an HTTP ``Date`` header); the true offset lies within about
    ``resolution_seconds / 2 + delay_seconds / 2`` of the figure.
    """

    source: str
    offset_seconds: float | None = None
    delay_seconds: float | None = None
    stratum: int | None = None
    error: str | None = None
    resolution_seconds: float = 0.0
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and self.offset_seconds is not None

    @property
    def uncertainty_seconds(self) -> float | None:
        """Half the round trip plus half the resolution: how wrong ``offset_seconds`` can be at most."""
        if not self.ok or self.delay_seconds is None:
            return None
        return self.delay_seconds / 2 + self.resolution_seconds / 2

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (for ``authenticator time --json``)."""
        return asdict(self)


def failed(source: str, error: str, note: str = "") -> TimeMeasurement:
    return TimeMeasurement(source=source, error=error, note=note)


def format_duration(seconds: float) -> str:
    """A length of time the way a person says it: "0.012 s", "4.3 s", "47 s", "12 min 5 s", "5 h 3 min", "3 days 4 h".

    The sign is dropped; callers say "ahead" or "behind" in words.
    """
    seconds = abs(seconds)
    if seconds < 1:
        return f"{seconds:.3f} s"
    if seconds < 9.95:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 120:
        return f"{whole} s"
    if whole < 3600:
        minutes, rest = divmod(whole, 60)
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    if whole < 2 * 86400:
        hours, rest = divmod(round(whole / 60), 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    days, rest = divmod(round(whole / 3600), 24)  # two days at least: "days" is always plural here
    return Message("{days} days {hours} h", days=days, hours=rest) if rest else Message("{days} days", days=days)
