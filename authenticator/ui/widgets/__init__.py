"""Widgets the main window is built from: the list view and its delegate, the banner, the toast."""
