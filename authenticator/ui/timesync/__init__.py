"""The window side of time correction: sync, manual offset, "use system time", the status-bar line.

- :mod:`.controller`: :class:`TimeCorrectionController`, which measures off the GUI thread, asks before a large
  change, stores the correction and moves the window's clock (the one the codes, countdowns and ticker use).
- :mod:`.status`: the status-bar line ("Codes corrected by +12.4 s (NTP, 5 min ago)") with a busy indicator.
- :mod:`.offset_dialogs`: the manual offset dialog and the "apply a large correction?" question.

The measuring itself is Qt-free (:mod:`authenticator.timesync`); the diagnosis window and "Why was my code
rejected?" are in :mod:`authenticator.ui.dialogs`.
"""

from .controller import SyncOutcome, TimeCorrectionController

__all__ = ["SyncOutcome", "TimeCorrectionController"]
