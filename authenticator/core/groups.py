"""Group (tag) names and notes as the user types them, tidied the same way wherever they come from.

Groups are free text: "Work, personal ,work" becomes ("Work", "personal"). Names are trimmed, inner runs of
white space collapse to one space, duplicates are dropped case-insensitively (the first spelling wins, or the
spelling of a group that already exists), and lengths are capped so a pasted paragraph cannot become a
group that no menu can show.
"""

from __future__ import annotations

from collections.abc import Iterable

#: Longest group name kept (longer ones are cut); menus and the row's group chips stay readable.
MAX_GROUP_LENGTH = 40
#: Most groups one account keeps.
MAX_GROUPS = 20
#: Longest note kept. Notes are for hints ("backup codes in the safe"), not documents.
MAX_NOTE_LENGTH = 2000


def clean_group(name: str) -> str:
    return " ".join(name.split())[:MAX_GROUP_LENGTH].strip()


def normalize_groups(names: Iterable[str], known: Iterable[str] = ()) -> tuple[str, ...]:
    """Trimmed, de-duplicated (case-insensitively) group names, at most :data:`MAX_GROUPS`.

    A name matching one of ``known`` (the groups other accounts already use) takes that spelling, so typing
    "work" files the account under the existing "Work" instead of starting a second group.
    """
    spelling = {}
    for name in known:
        cleaned = clean_group(name)
        if cleaned:
            spelling.setdefault(cleaned.casefold(), cleaned)
    result: dict[str, str] = {}
    for name in names:
        cleaned = clean_group(name)
        if cleaned and cleaned.casefold() not in result:
            result[cleaned.casefold()] = spelling.get(cleaned.casefold(), cleaned)
        if len(result) >= MAX_GROUPS:
            break
    return tuple(result.values())


def parse_groups(text: str, known: Iterable[str] = ()) -> tuple[str, ...]:
    """Comma-separated text (the edit dialog's field) as group names."""
    return normalize_groups(text.split(","), known)


def format_groups(groups: Iterable[str]) -> str:
    return ", ".join(groups)


def all_groups(groups_per_account: Iterable[Iterable[str]]) -> list[str]:
    """Every group in use, each once (case-insensitively), sorted for menus."""
    seen: dict[str, str] = {}
    for groups in groups_per_account:
        for name in groups:
            if name:
                seen.setdefault(name.casefold(), name)
    return sorted(seen.values(), key=str.casefold)


def clean_note(text: str, limit: int = MAX_NOTE_LENGTH) -> str:
    """The note trimmed and capped; ``limit`` is raised for a longer note that came in by an import (editing
    the account must not cut it)."""
    return text.strip()[: max(limit, MAX_NOTE_LENGTH)]
