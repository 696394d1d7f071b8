"""The PySide6 window: the only package that imports Qt.

``models`` hold the list data (no widgets), ``widgets`` and ``dialogs`` draw it, ``workers`` keeps the
keyring off the GUI thread, and :mod:`authenticator.app` wires the vault and the clock into the window.
"""

#: Accounts whose secrets are read before the rest at start-up: more rows than fit on a tall screen. Kept
#: here (this module imports no Qt) so the start-up preload thread can read it without importing Qt.
FIRST_SCREENFUL = 16
