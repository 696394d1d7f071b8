"""Accessibility checks for any widget tree: every control a keyboard user can reach has a name, and focus shows.

``unnamed_controls(root)`` lists the focusable controls a screen reader would announce without a name. The name
is the one assistive technology gets (``QAccessibleInterface.text(Name)``): Qt derives it from a button's text,
from a form label's buddy, or takes ``setAccessibleName``. Qt's own inner parts (a combo box's line edit and
list, a spin box's editor, a view's headers, a line edit's clear button) belong to their control and scroll bars
to their area; neither is walked.

``focus_problems(root)`` lists style sheets that hide keyboard focus: a control styled with its own border or
background loses the style's focus frame unless the sheet has a ``:focus`` rule, and ``outline: none`` removes
it outright.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: What a user operates: these must have a name when they can take keyboard focus.
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def describe(widget: QWidget) -> str:
    """ "QPushButton#okButton 'OK'": enough to find the widget in the code."""
    name = widget.objectName()
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    label = f"{type(widget).__name__}{'#' + name if name else ''}"
    return f"{label} {text!r}" if isinstance(text, str) and text else label


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def controls(root: QWidget) -> Iterator[QWidget]:
    """The controls under ``root`` (itself included) a user can Tab to now; Qt's inner parts left out."""

    def walk(widget: QWidget) -> Iterator[QWidget]:
        if widget is not root and (widget.isWindow() or not widget.isVisibleTo(root)):
            return  # another window (a popup, an open file dialog) or a hidden page
        if isinstance(widget, QScrollBar):
            return  # a scroll area's bars: the area itself is what the user moves in
        if isinstance(widget, CONTROLS):
            if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                yield widget
            return  # a control's children (a combo box's editor and list, a view's headers) are its own parts
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if isinstance(widget, QAbstractScrollArea) and child in (
                widget.horizontalScrollBar(),
                widget.verticalScrollBar(),
            ):
                continue
            yield from walk(child)

    yield from walk(root)


def has_buddy(widget: QWidget) -> bool:
    """Whether a label in the same window names ``widget`` (``QLabel.setBuddy``, or a QFormLayout row's label)."""
    return any(label.buddy() is widget for label in widget.window().findChildren(QLabel))


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls with no accessible name (empty list: all named).

    A combo box's Name is its current item on Linux (AT-SPI reads the label through the buddy relation), so
    one needs an explicit name or a buddy label of its own.
    """
    missing = []
    for widget in controls(root):
        if isinstance(widget, QComboBox):
            named = bool(widget.accessibleName().strip()) or has_buddy(widget)
        else:
            named = bool(accessible_name(widget))
        if not named:
            missing.append(describe(widget))
    return missing


def label_not_in_name(root: QWidget) -> list[str]:
    """Buttons whose accessible name does not contain their visible text (WCAG 2.5.3 "label in name").

    People using speech input say what they see ("click Now"); a name that replaces the text breaks that.
    """
    problems = []
    for widget in controls(root):
        if not isinstance(widget, QAbstractButton) or not widget.text():
            continue
        visible = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
        visible = visible.rstrip("…").removesuffix("...").strip()  # "a dialog follows": punctuation, not a word
        if visible.casefold() not in accessible_name(widget).casefold():
            problems.append(f"{describe(widget)}: named {accessible_name(widget)!r}")
    return problems


_HIDES_FOCUS = re.compile(r"outline\s*:\s*(none|0)", re.IGNORECASE)
_STYLES_FRAME = re.compile(r"\b(border|background)\b", re.IGNORECASE)


def focus_problems(root: QWidget) -> list[str]:
    """Controls whose own style sheet hides the focus frame (no ``:focus`` rule, or ``outline: none``)."""
    problems = []
    for widget in controls(root):
        sheet = widget.styleSheet()
        if not sheet:
            continue
        if _HIDES_FOCUS.search(sheet):
            problems.append(f"{describe(widget)}: its style sheet removes the focus outline")
        elif _STYLES_FRAME.search(sheet) and ":focus" not in sheet:
            problems.append(f"{describe(widget)}: styled border or background without a :focus rule")
    return problems


def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels and buttons too small for their text (a longer translation that the layout squeezed).

    A word-wrapped label needs the height its text takes at its width; any other label or button needs its
    minimum size hint (a button's whole text, a label's longest word). Elided texts are not clipped (they end
    in "…" by design) and are left out by keeping to QLabel and QAbstractButton.
    """
    problems = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(root.window()):
            continue
        if not widget.isVisible() or widget.size().isEmpty():
            continue
        text = widget.text()
        if not text.strip():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                problems.append(f"{describe(widget)}: {widget.height()} px high, its text needs {needed}")
            continue
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            problems.append(
                f"{describe(widget)}: {widget.width()}×{widget.height()}, needs {hint.width()}×{hint.height()}"
            )
    return problems


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling widgets drawn over each other: a layout squeezed below what its rows need (a taller icon
    row, a fixed-height note) puts rows on top of each other instead of clipping them."""
    problems = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        children = [
            child
            for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if child.isVisible() and not child.isWindow() and not child.geometry().isEmpty()
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(
                        f"{describe(first)} and {describe(second)} overlap by {overlap.width()}×{overlap.height()}"
                    )
    return problems
