"""The ``authenticator`` command line: list, add, code and remove accounts; JSON output for scripts.

Never imports Qt, and imports the vault, the keyring and the OTP code only inside the command that needs
them, so ``authenticator code --uri …`` starts fast and touches nothing but its argument.
"""
