"""The bundle's entry script: the same ``main`` as the ``authenticator`` command (CLI, or the window)."""

import sys

from authenticator.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
