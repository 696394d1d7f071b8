"""The Qt-free core: accounts, one-time-password maths, the clock and errors.

Nothing under ``authenticator.core`` may import Qt; the CLI and the tests rely on that.
"""
