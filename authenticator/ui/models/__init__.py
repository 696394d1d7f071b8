"""Item models for the account list: data and time, no widgets (testable without a window)."""
