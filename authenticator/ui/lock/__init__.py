"""The app lock: a password (its Argon2id verifier in the keyring) that hides every account until it is typed.

:mod:`.controller` decides when to lock and what that hides, :mod:`.page` is the lock screen,
:mod:`.session` notices the desktop's lock screen, :mod:`.password_dialog` and :mod:`.preferences` set,
change and remove the password. The Qt-free part (verifier, bounds, growing delay) is
:mod:`authenticator.storage.app_lock`.
"""

from __future__ import annotations

from .controller import AppLockController

__all__ = ["AppLockController"]
