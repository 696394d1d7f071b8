"""Time measurement without Qt: how far this computer's clock is off, and what that means for codes.

- :mod:`.ntp`: query several NTP servers in parallel (``measure_ntp_offset``, ``query_ntp_servers``).
- :mod:`.http_date`: a web server's clock from its ``Date`` header (``measure_http_date``).
- :mod:`.combine`: one offset from many answers, with outliers and absurd values flagged (``CombinedOffset``).
- :mod:`.diagnosis`: the verdict in plain words (``clock_verdict``) and whether the OS keeps time
  (``system_time_sync_status``).

Nothing here changes the system clock: the offset is applied by the app's ``SystemClock(offset)``.
Offsets are always *reference minus local*: positive means this computer is behind.
"""

from .combine import CombinedOffset, combine_measurements
from .diagnosis import ClockState, ClockVerdict, SyncState, SystemSyncStatus, clock_verdict, system_time_sync_status
from .http_date import measure_http_date
from .measurement import TimeMeasurement, format_duration
from .ntp import DEFAULT_NTP_SERVERS, ServerAddress, measure_ntp_offset, parse_server, query_ntp, query_ntp_servers

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
