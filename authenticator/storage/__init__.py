"""Qt-free storage: secrets in the OS keyring, everything else in an atomic JSON metadata file."""
