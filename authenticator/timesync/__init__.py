"""Time measurement without Qt: how far this computer's clock is off, and what that means for codes.

- :mod:`.ntp`: query several NTP servers in parallel (``measure_ntp_offset``, ``query_ntp_servers``).
- :mod:`.http_date`: a web server's clock from its ``Date`` header (``measure_http_date``).
- :mod:`.combine`: one offset from many answers, with outliers and absurd values flagged (``CombinedOffset``).
- :mod:`.diagnosis`: the verdict in plain words (``clock_verdict``) and whether the OS keeps time
  (``system_time_sync_status``).

Nothing here changes the system clock: the offset is applied by the app's ``SystemClock(offset)``.
Offsets are always *reference minus local*: positive means this computer is behind.
"""

from __future__ import annotations

import importlib
from typing import Any

#: Where each public name lives. They are imported on first use: the window imports the stored correction
#: (``.correction``) at start-up, and must not pay for ``http.client``, ``ssl`` and ``ntplib`` until the user
#: measures something.
_HOMES = {
    "CombinedOffset": "combine",
    "combine_measurements": "combine",
    "ClockState": "diagnosis",
    "ClockVerdict": "diagnosis",
    "SyncState": "diagnosis",
    "SystemSyncStatus": "diagnosis",
    "clock_verdict": "diagnosis",
    "system_time_sync_status": "diagnosis",
    "measure_http_date": "http_date",
    "TimeMeasurement": "measurement",
    "format_duration": "measurement",
    "DEFAULT_NTP_SERVERS": "ntp",
    "ServerAddress": "ntp",
    "measure_ntp_offset": "ntp",
    "parse_server": "ntp",
    "query_ntp": "ntp",
    "query_ntp_servers": "ntp",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{home}", __name__), name)


__all__ = [
    "DEFAULT_NTP_SERVERS",
    "ClockState",
    "ClockVerdict",
    "CombinedOffset",
    "ServerAddress",
    "SyncState",
    "SystemSyncStatus",
    "TimeMeasurement",
    "clock_verdict",
    "combine_measurements",
    "format_duration",
    "measure_http_date",
    "measure_ntp_offset",
    "parse_server",
    "query_ntp",
    "query_ntp_servers",
    "system_time_sync_status",
]
