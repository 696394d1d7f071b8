"""Dialogs built in code; they take plain values and hand plain values back (no vault access)."""
