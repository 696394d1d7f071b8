"""Authenticator: a desktop two-factor authenticator and account manager."""

__version__ = "0.1.0"
