"""Shared loader for the importer vectors in ../shared/vectors, used by every importer's tests.

``vectors_for("aegis-vault-json", …)`` walks index.json and returns the vectors of those formats (input
bytes, password, expected entries). ``compare(result, expected)`` checks an ImportResult against an
expected.json list the way the vectors README asks: as multisets keyed by the secret's *bytes* and the type,
plus issuer, name, algorithm, digits, period (totp/steam) and counter (hotp). Policy overrides are applied
by the caller (``with_overrides``) so each test states its own policy next to a comment, and the shared
files stay untouched.

A plain module, not a conftest: test files import it with ``from format_vectors import …``.
"""

from __future__ import annotations

import base64
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from support import VECTORS

from authenticator.formats.base import ImportedEntry, ImportResult

#: The fields compared; period only for totp/steam, counter only for hotp (what the schema defines).
COMPARED = ("secret_hex", "type", "issuer", "name", "algorithm", "digits", "period", "counter")


@dataclass(frozen=True)
class Vector:
    """One importer input from index.json."""

    path: Path
    expected_path: Path | None
    format: str
    password: str | None
    encryption: str | None

    @property
    def id(self) -> str:
        """Stable pytest id: the path relative to the vectors folder."""
        return str(self.path.relative_to(VECTORS))

    def data(self) -> bytes:
        return self.path.read_bytes()

    def expected(self) -> list[dict[str, Any]]:
        """The raw expected.json list (or the ``entries`` of a dict-shaped file)."""
        assert self.expected_path is not None, f"{self.id} has no expected file"
        doc = json.loads(self.expected_path.read_text(encoding="utf-8"))
        return doc["entries"] if isinstance(doc, dict) else doc


@cache
def index() -> list[dict[str, Any]]:
    return json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))["vectors"]


def vectors_for(*formats: str) -> list[Vector]:
    """Every vector whose index ``format`` is one of ``formats``, in index order ([] without the folder)."""
    if not (VECTORS / "index.json").is_file():
        return []
    found = []
    for item in index():
        if item["format"] in formats:
            expected = item.get("expected")
            found.append(
                Vector(
                    path=VECTORS / item["path"],
                    expected_path=VECTORS / expected if expected else None,
                    format=item["format"],
                    password=item.get("password"),
                    encryption=item.get("encryption"),
                )
            )
    return found


def secret_hex(base32: str) -> str:
    return base64.b32decode(base32 + "=" * (-len(base32) % 8)).hex()


def imported_fields(entry: ImportedEntry) -> dict[str, Any]:
    """An imported entry in the expected.json schema (only the compared fields)."""
    account = entry.account
    fields: dict[str, Any] = {
        "secret_hex": secret_hex(entry.secret),
        "type": account.type.value,
        "issuer": account.issuer,
        "name": account.name,
        "algorithm": account.algorithm,
        "digits": account.digits,
    }
    if account.type.value == "hotp":
        fields["counter"] = account.counter
    else:
        fields["period"] = account.period
    return fields


def expected_fields(entry: dict[str, Any]) -> dict[str, Any]:
    """An expected.json entry reduced to the compared fields (period/counter by type, defaults filled)."""
    fields = {key: entry[key] for key in ("secret_hex", "type", "issuer", "name", "algorithm", "digits")}
    fields["secret_hex"] = fields["secret_hex"].lower()
    if fields["type"] == "hotp":
        fields["counter"] = entry.get("counter", 0)
    else:
        fields["period"] = entry.get("period", 30)
    return fields


def is_valid(entry: dict[str, Any]) -> bool:
    """False for an entry the importer must refuse (``"valid": false`` in URI lists)."""
    return entry.get("valid", True) is not False


def with_overrides(
    expected: Iterable[dict[str, Any]],
    override: Callable[[dict[str, Any]], dict[str, Any] | None],
) -> list[dict[str, Any]]:
    """Apply an app policy to expected entries: ``override(entry)`` returns replacement fields, or
    ``{"valid": False}`` when our policy refuses the entry, or None to keep it as it is."""
    result = []
    for entry in expected:
        change = override(entry)
        result.append({**entry, **change} if change else entry)
    return result


def _key(fields: dict[str, Any]) -> tuple[Any, ...]:
    return tuple((name, fields.get(name)) for name in COMPARED if name in fields)


def compare(result: ImportResult, expected: Iterable[dict[str, Any]]) -> list[str]:
    """Differences between an import and the expected entries, as readable lines ([] when they match).

    Expected entries marked invalid must be absent from the entries and are counted as errors: the import
    must report at least that many EntryErrors.
    """
    expected = list(expected)
    wanted = Counter(_key(expected_fields(e)) for e in expected if is_valid(e))
    got = Counter(_key(imported_fields(e)) for e in result.entries)
    problems: list[str] = []
    for key, count in (wanted - got).items():
        near = [dict(k) for k in got if k[:2] == key[:2]]
        problems.append(f"missing {count}x {dict(key)}" + (f"; imported instead {near}" if near else ""))
    for key, count in (got - wanted).items():
        if not any(k[:2] == key[:2] for k in wanted):
            problems.append(f"unexpected {count}x {dict(key)}")
    refused = sum(1 for e in expected if not is_valid(e))
    if len(result.errors) != refused:
        problems.append(f"{len(result.errors)} entry errors, expected {refused}: {result.errors}")
    return problems


def assert_imports_as(result: ImportResult, expected: Iterable[dict[str, Any]]) -> None:
    problems = compare(result, expected)
    assert not problems, "\n".join(problems)
