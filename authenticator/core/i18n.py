"""Translatable messages from the Qt-free layers, without importing Qt.

The core, storage and time modules speak English (the CLI prints it as is), but some of their sentences reach
the window: a locked keyring, a damaged account list, the clock verdict. Qt's ``tr()`` is not available here,
so those sentences are *marked* instead, and the window translates them (:func:`authenticator.ui.i18n.core_text`):

* :func:`N_` marks a fixed sentence; it returns the text unchanged.
* :class:`Message` is a sentence with values: a ``str`` (the English text, so the CLI, JSON output, logs and
  ``==`` comparisons work unchanged) that also remembers its template and fields, so the window can translate
  the template and fill in the same fields; a translator may reorder ``{name}`` fields freely.

``scripts/update-translations`` tells ``pyside6-lupdate`` to read both names as Qt's ``QT_TR_NOOP``, which
files the texts under the unnamed context (``""``); the window looks them up there. Only literal templates
are extracted, so the first argument must always be a string literal.
"""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:
    """Mark ``text`` for translation in the window; returns it unchanged."""
    return text


class Message(str):
    """English text made from a translatable ``template`` and named ``fields`` (``{name}`` placeholders).

    Field values may be Messages themselves (a duration inside a verdict); the window translates them too.
    Any ``str`` operation (concatenation, ``rstrip``) gives a plain English ``str``.
    """

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, /, **fields: Any) -> Message:
        text = super().__new__(cls, template.format(**fields) if fields else template)
        text.template = template
        text.fields = fields
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:  # copy and pickle rebuild from the template
        return (self.template,), dict(self.fields)
