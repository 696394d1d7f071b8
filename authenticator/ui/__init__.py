"""The PySide6 window: the only package that imports Qt.

``models`` hold the list data (no widgets), ``widgets`` and ``dialogs`` draw it, ``workers`` keeps the
keyring off the GUI thread, and :mod:`authenticator.app` wires the vault and the clock into the window.
"""
