"""Time wording the status line, the sync messages and the diagnosis window share, in the window's language.

The Qt-free :mod:`authenticator.timesync` writes English for the CLI; its summary of the sources
(:attr:`CombinedOffset.message`) is built from several clauses, so the window words that summary itself here
rather than translating the English pieces one by one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...timesync.measurement import format_duration
from ..i18n import core_text

if TYPE_CHECKING:
    from ...timesync.combine import CombinedOffset


def duration(seconds: float) -> str:
    """ "47 s", "12 min 5 s", "3 days 4 h" in the window's language (the sign is dropped)."""
    return core_text(format_duration(seconds))


def failures(combined: CombinedOffset) -> str:
    """ "pool.ntp.org: timed out; time.example: refused": each failed source with its reason."""
    reasons = "; ".join(f"{m.source}: {core_text(m.error or '').rstrip('.')}" for m in combined.failed)
    return reasons or QCoreApplication.translate("TimeWords", "no sources were given")


def sources_summary(combined: CombinedOffset) -> str:
    """What the sources said, as one or two sentences: how many agree, the offset and spread, what was left out."""
    if combined.offset_seconds is None:
        return QCoreApplication.translate("TimeWords", "No time source answered ({reasons}).").format(
            reasons=failures(combined)
        )
    offset, spread = combined.offset_seconds, combined.spread_seconds or 0.0
    used, outliers, bad = len(combined.used), len(combined.outliers), len(combined.failed)
    total = used + outliers + bad
    if total > 1:
        agree = QCoreApplication.translate("TimeWords", "{used} of {total} sources agree").format(
            used=used, total=total
        )
    else:
        agree = QCoreApplication.translate("TimeWords", "1 source answered")
    if abs(offset) < 0.0005:
        figure = QCoreApplication.translate("TimeWords", "your clock matches them (spread {spread})")
    elif offset < 0:
        figure = QCoreApplication.translate("TimeWords", "your clock is {offset} ahead of them (spread {spread})")
    else:
        figure = QCoreApplication.translate("TimeWords", "your clock is {offset} behind them (spread {spread})")
    parts = [figure.format(offset=duration(offset), spread=duration(spread))]
    if outliers:
        names = ", ".join(m.source for m in combined.outliers)
        parts.append(QCoreApplication.translate("TimeWords", "ignored {sources} (disagrees)").format(sources=names))
    if bad:
        parts.append(QCoreApplication.translate("TimeWords", "{count} failed").format(count=bad))
    text = QCoreApplication.translate("TimeWords", "{agree}: {details}.").format(agree=agree, details="; ".join(parts))
    if not combined.consistent:
        text += " " + QCoreApplication.translate(
            "TimeWords", "The sources disagree with each other, so no correction should be applied; try other servers."
        )
    if not combined.plausible:
        text += " " + QCoreApplication.translate(
            "TimeWords",
            "An offset of {offset} is not clock drift: check the computer's date and time settings. It is not"
            " applied automatically.",
        ).format(offset=duration(offset))
    return text
