"""Read a point in time typed by a person or a script (``authenticator code --at TIME``).

Two spellings, because scripts have Unix seconds and people have dates:

* Unix seconds, whole or fractional: ``1795867200``, ``1795867200.5``.
* ISO 8601: ``2026-11-28T12:00:00Z``, ``2026-11-28T13:00:00+01:00``, ``2026-11-28 12:00`` (no offset: local
  time, as a person at this computer means it) and ``2026-11-28`` (local midnight).

Anything else raises :class:`InvalidTime` with an example of each spelling, so the fix is in the message.
"""

from __future__ import annotations

import math
import re
from datetime import datetime

from .errors import InvalidTime
from .i18n import N_, Message

_UNIX = re.compile(r"^[+-]?\d+(\.\d*)?$")
EXAMPLES = N_("Use ISO 8601 such as 2026-11-28T12:00:00Z, or Unix seconds such as 1795867200.")


def parse_time(text: str) -> float:
    """Seconds since the Unix epoch for ``text``; naive ISO times are local time."""
    value = text.strip()
    if _UNIX.match(value):
        seconds = float(value)
        if math.isfinite(seconds):
            return seconds
    elif value:
        try:
            # Python 3.11's fromisoformat reads "Z", offsets, "T" or " " separators and date-only strings.
            moment = datetime.fromisoformat(value.upper())
        except ValueError:
            pass
        else:
            try:
                return moment.timestamp()  # naive -> local time, aware -> its own offset
            except (OverflowError, OSError, ValueError):
                pass
    shown = value if len(value) <= 40 else value[:39] + "…"
    raise InvalidTime(Message("{shown} is not a time.", shown=repr(shown)), EXAMPLES)
