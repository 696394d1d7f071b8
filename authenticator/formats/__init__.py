"""Import and export formats of other authenticators, without Qt.

One module per format, import and export side by side. Every importer has the same contract (see
:mod:`.base`): bytes (plus a password when the file is encrypted) in, entries and per-entry errors out; no
file, keyring or GUI access inside. :mod:`.registry` picks the format by sniffing the content.
"""
