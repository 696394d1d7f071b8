"""PyInstaller runtime hook: programs the app starts get the user's library path, not the bundle's.

On Linux the bootloader points ``LD_LIBRARY_PATH`` at the bundle's ``_internal`` folder (keeping any previous
value in ``LD_LIBRARY_PATH_ORIG``). The app itself no longer needs it once running (the dynamic loader read it at
start), but children inherit it: ``timedatectl`` would then load the bundle's older libsystemd, libcrypto or
libselinux instead of the system's and fail. Restoring the original value keeps system programs working.
"""

import os
import sys

if sys.platform.startswith("linux") and getattr(sys, "frozen", False):
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
