"""The import preview: new / duplicate (same secret bytes, same issuer and name, or twice in the file) /
unsupported, and which rows an import writes."""

from __future__ import annotations

from export_support import S10, S20, S32

from authenticator.core.account import Account
from authenticator.formats.base import EntryError, ImportedEntry, ImportResult
from authenticator.formats.preview import Status, chosen, compare, preview
from authenticator.storage.vault import Vault


def result(*entries: ImportedEntry, errors: tuple[EntryError, ...] = ()) -> ImportResult:
    return ImportResult("test", list(entries), list(errors))


def test_statuses_against_the_vault(vault: Vault) -> None:
    mine = vault.add(Account("GitHub", "alice"), S20)
    vault.add(Account("Bank", "bob"), S32)
    rows = preview(
        result(
            ImportedEntry(Account("Other name", "x"), S20.lower()),  # same bytes, other spelling
            ImportedEntry(Account("bank ", "BOB"), "MFRGGZDFMZTWQ2LK"),  # same issuer+name, another secret
            ImportedEntry(Account("New", "carol"), S10),
            ImportedEntry(Account("New again", "dave"), S10),  # same secret as row 3 of the file
            errors=(EntryError(7, "Yandex (me)", "Yandex codes are not supported."),),
        ),
        vault,
    )
    assert [r.status for r in rows] == [
        Status.DUPLICATE,
        Status.DUPLICATE,
        Status.NEW,
        Status.DUPLICATE,
        Status.UNSUPPORTED,
    ]
    assert rows[0].duplicate_of == mine.id and "GitHub (alice)" in rows[0].reason
    assert "already in the list" in rows[1].reason
    assert rows[3].reason == "Same secret as row 3 of this file." and rows[3].duplicate_of is None
    assert (rows[4].label, rows[4].reason, rows[4].account) == ("Yandex (me)", "Yandex codes are not supported.", None)
    assert [r.row for r in rows] == [1, 2, 3, 4, 5]


def test_chosen_takes_new_rows_and_duplicates_only_when_asked() -> None:
    rows = compare(
        result(ImportedEntry(Account("A", "a"), S10), ImportedEntry(Account("B", "b"), S20)),
        [(Account("Have", "it"), S20)],
    )
    assert [a.issuer for a, _ in chosen(rows)] == ["A"]
    assert [a.issuer for a, _ in chosen(rows, include_duplicates=True)] == ["A", "B"]


def test_unreadable_existing_secrets_do_not_break_the_preview() -> None:
    rows = compare(result(ImportedEntry(Account("A", "a"), S10)), [(Account("Lost", "x"), None)])
    assert rows[0].status is Status.NEW


def test_unnamed_accounts_are_not_duplicates_of_each_other_by_name() -> None:
    rows = compare(result(ImportedEntry(Account("", ""), S10)), [(Account("", ""), S20)])
    assert rows[0].status is Status.NEW


def test_an_importer_note_is_kept_on_the_account() -> None:
    rows = compare(result(ImportedEntry(Account("A", "a"), S10, note="from the file")), [])
    assert rows[0].account is not None and rows[0].account.note == "from the file"


def test_json_rows_never_hold_the_secret() -> None:
    rows = compare(result(ImportedEntry(Account("A", "a"), S10)), [])
    text = repr(rows) + str(rows[0].to_json())
    assert S10 not in text and S10.lower() not in text
