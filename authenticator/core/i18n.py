"""Translatable messages from the Qt-free layers, without importing Qt.

The core, storage and time modules speak English (the CLI prints it as is), but some of their sentences reach
the window: a locked keyring, a damaged account list, the clock verdict. Qt's ``tr()`` is not available here,
so those sentences are *marked* instead, and the window translates them (:func:`authenticator.ui.i18n.core_text`):

* :func:`N_` marks a fixed sentence; it returns the text unchanged.
* :class:`Message` is a sentence with values: a ``str`` (the English text, so the CLI, JSON output, logs and
  ``==`` comparisons work unchanged) that also remembers its template and fields, so the window can translate
  the template and fill in the same fields; a translator may reorder ``{name}`` fields freely.
* :func:`decapitalised` is a sentence that continues another one after a colon ("…: the key is empty.").
* :func:`joined` puts marked sentences side by side (a message and its hint, list items) so each is still
  translated on its own: ``" ".join()`` or ``+`` would give plain English text the window cannot look up.

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


def joined(*parts: str, separator: str = " ") -> str:
    """``parts`` joined by ``separator`` (empty parts left out), each part still translatable in the window.

    The result is a :class:`Message` whose template is only fields and the separator (``"{p0} {p1}"``); it is
    no literal, so nothing is extracted for it, and the window keeps the template as is and translates the
    parts. Use it for sentences made of sentences, not to glue half-sentences together: word order differs
    between languages, so a sentence with a value in it is one template.
    """
    kept = [part for part in parts if part]
    if len(kept) == 1:
        return kept[0]
    glue = separator.replace("{", "{{").replace("}", "}}")
    template = glue.join(f"{{p{index}}}" for index in range(len(kept)))
    return Message(template, **{f"p{index}": part for index, part in enumerate(kept)})


class _Decapitalised(Message):
    """``text`` with a lower-case first letter in English; the window shows ``text`` translated as it is."""

    def __new__(cls, text: str) -> _Decapitalised:
        result = str.__new__(cls, text[:1].lower() + text[1:])
        result.template = "{text}"  # not a literal: never extracted, so the window keeps it and translates the field
        result.fields = {"text": text}
        return result

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.fields["text"],), {}


def decapitalised(text: str) -> str:
    """A sentence (a marked message) that follows a colon in English: "…base32: the key is empty."

    Lower-casing the text itself would lose the marking; this keeps it, so the window can still translate it
    (capitals are left alone in the translation: German nouns keep theirs).
    """
    return _Decapitalised(text)
