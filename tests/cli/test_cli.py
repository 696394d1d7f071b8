"""The CLI in-process with a memory vault: each command, its JSON shape, exit codes and error messages."""

from __future__ import annotations

import io
import json
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_runner import Result

from authenticator import __version__
from authenticator.cli.main import main
from authenticator.core import otp
from authenticator.core.account import Account, OtpType
from authenticator.core.clock import FixedClock
from authenticator.core.errors import SecretStoreUnavailable
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault

T0 = 1_795_867_200.0  # 2026-11-28T12:00:00Z
SECRET = "JBSWY3DPEHPK3PXP"
ACME_URI = f"otpauth://totp/ACME%20Co:john@example.com?secret={SECRET}&issuer=ACME%20Co"
ACCOUNT_KEYS = {
    *("id", "issuer", "name", "type", "algorithm", "digits", "period", "counter", "position", "url"),
    *("note", "groups", "favourite"),
}
CODE_KEYS = {
    "id",
    "issuer",
    "name",
    "type",
    "code",
    "period",
    "step",
    "counter",
    "valid_from",
    "valid_until",
    "seconds_left",
    "time",
    "valid_from_unix",
    "valid_until_unix",
    "time_unix",
    "correction_offset",
}


class TtyInput(io.StringIO):
    """Standard input that claims to be a terminal, with the user's typed answer."""

    def isatty(self) -> bool:
        return True


def add_account(vault: Vault, issuer: str, name: str, **kw: Any) -> Account:
    return vault.add(Account(issuer=issuer, name=name, **kw), SECRET)


def assert_clean_error(result: Result, exit_code: int, *phrases: str) -> None:
    assert result.code == exit_code
    assert "Traceback" not in result.err
    assert result.err.startswith("authenticator: error: ")
    for phrase in phrases:
        assert phrase in result.err
    assert SECRET not in result.err


# -- list -------------------------------------------------------------------------------------------------


def test_list_empty(cli: Callable[..., Result]) -> None:
    result = cli("list")
    assert (result.code, result.out) == (0, "")
    assert "authenticator add" in result.err
    assert cli("list", "--json").json() == []


def test_list_plain_one_line_per_account(cli: Callable[..., Result], vault: Vault) -> None:
    a = add_account(vault, "ACME Co", "john@example.com")
    b = add_account(vault, "", "bare", type=OtpType.HOTP, counter=3)
    result = cli("list")
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 2
    assert lines[0].split() == ["1.", a.id[:8], "ACME", "Co", "john@example.com", "totp"]
    assert lines[1].split() == ["2.", b.id[:8], "-", "bare", "hotp"]
    assert SECRET not in result.out


def test_list_json_shape(cli: Callable[..., Result], vault: Vault) -> None:
    a = add_account(vault, "ACME Co", "john", algorithm="SHA256", digits=8, period=60)
    add_account(vault, "Bank", "me", type=OtpType.HOTP, counter=7)
    result = cli("list", "--json")
    assert result.code == 0
    data = result.json()
    assert [set(item) for item in data] == [ACCOUNT_KEYS, ACCOUNT_KEYS]
    assert data[0] == {
        "id": a.id,
        "issuer": "ACME Co",
        "name": "john",
        "type": "totp",
        "algorithm": "SHA256",
        "digits": 8,
        "period": 60,
        "counter": 0,
        "position": 0,
        "url": "",
        "note": "",
        "groups": [],
        "favourite": False,
    }
    assert (data[1]["type"], data[1]["counter"], data[1]["position"]) == ("hotp", 7, 1)
    assert SECRET not in result.out


def test_list_filters_by_group_and_favourites(cli: Callable[..., Result], vault: Vault) -> None:
    work = add_account(vault, "ACME", "john", groups=("Work", "Ops"), favourite=True, note="desk drawer")
    add_account(vault, "Home", "jane", groups=("Personal",))
    data = cli("list", "--json", "--group", "work").json()  # case-insensitive
    assert [d["id"] for d in data] == [work.id]
    assert (data[0]["groups"], data[0]["favourite"], data[0]["note"]) == (["Work", "Ops"], True, "desk drawer")
    assert [d["id"] for d in cli("list", "--json", "--favourites").json()] == [work.id]
    result = cli("list", "--group", "nothing")
    assert (result.code, result.out) == (0, "") and "filter" in result.err


# -- add --------------------------------------------------------------------------------------------------


def test_add_plain(cli: Callable[..., Result], vault: Vault, memory_secrets: MemorySecretStore) -> None:
    result = cli("add", ACME_URI)
    assert result.code == 0, result.err
    (account,) = vault.accounts()
    assert (account.issuer, account.name) == ("ACME Co", "john@example.com")
    assert result.out == f"Added ACME Co (john@example.com) [{account.id[:8]}].\n"
    assert result.err == ""
    assert memory_secrets.items == {account.id: SECRET}


def test_add_json_with_warnings(cli: Callable[..., Result], vault: Vault, memory_secrets: MemorySecretStore) -> None:
    result = cli("add", "--json", "otpauth://totp/Contoso:bob?secret=jbswy3dpehpk3pxp%3D&issuer=ACME&x=1")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == ACCOUNT_KEYS | {"warnings"}
    assert (data["issuer"], data["name"]) == ("ACME", "bob")
    codes = [w["code"] for w in data["warnings"]]
    assert set(codes) == {"padding", "lowercase-secret", "issuer-mismatch", "unknown-parameter"}
    assert all(set(w) == {"code", "message"} for w in data["warnings"])
    # the same warnings reach a person on stderr
    assert result.err.count("authenticator: warning: ") == len(codes)
    assert memory_secrets.items[data["id"]] == SECRET
    assert [a.id for a in vault.accounts()] == [data["id"]]


def test_add_reads_the_uri_from_stdin(cli: Callable[..., Result], vault: Vault) -> None:
    result = cli("add", "-", stdin=io.StringIO(f"\n{ACME_URI}\n"))
    assert result.code == 0, result.err
    assert [a.issuer for a in vault.accounts()] == ["ACME Co"]


@pytest.mark.parametrize("text", ["", "\n  \n", f"{ACME_URI}\n{ACME_URI}\n"])
def test_add_stdin_needs_exactly_one_uri(cli: Callable[..., Result], vault: Vault, text: str) -> None:
    assert_clean_error(cli("add", "-", stdin=io.StringIO(text)), 3)
    assert vault.accounts() == []


@pytest.mark.parametrize(
    ("uri", "phrase"),
    [
        ("https://example.com/", "not an otpauth:// link"),
        (f"otpauth://totp/A:b?secret={SECRET}&digits=4", "digits parameter is 4"),
        (f"otpauth://totp/A:b?secret={SECRET}&algorithm=MD5", "algorithm 'MD5'"),
        (f"otpauth://totp/A:b?secret={SECRET}&period=0", "period parameter is 0"),
        ("otpauth://totp/A:b?secret=JBSWY3DPEHPK3PX1", "secret parameter is not valid"),
        ("otpauth://totp/A:b?issuer=A", "no secret"),
        ("otpauth://yotp/A:b?secret=JBSWY3DPEHPK3PXP", "'yotp'"),
        ("otpauth-migration://offline?data=AAAA", "Google Authenticator export"),
    ],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_add_bad_uri_names_the_part_and_saves_nothing(
    cli: Callable[..., Result],
    vault: Vault,
    memory_secrets: MemorySecretStore,
    tmp_path: Path,
    uri: str,
    phrase: str,
    as_json: bool,
) -> None:
    result = cli("add", uri, *(["--json"] if as_json else []))
    assert_clean_error(result, 3, phrase)
    assert result.out == ""
    assert len([line for line in result.err.splitlines() if line.startswith("authenticator: error:")]) == 1
    assert vault.accounts() == []
    assert memory_secrets.items == {}
    assert not (tmp_path / "accounts.json").exists()


def test_add_with_a_failing_keyring_saves_nothing(
    cli: Callable[..., Result], vault: Vault, memory_secrets: MemorySecretStore
) -> None:
    memory_secrets.fail_with = SecretStoreUnavailable("The system keyring could not be opened.", "Start it.")
    result = cli("add", ACME_URI)
    assert_clean_error(result, 7, "keyring could not be opened", "hint: Start it.")
    memory_secrets.fail_with = None
    assert vault.accounts() == []
    assert memory_secrets.items == {}


# -- code -------------------------------------------------------------------------------------------------


def test_code_plain_now_uses_the_clock(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "ACME", "john")
    result = cli("code", "acme")
    assert result.code == 0, result.err
    assert result.out == otp.code_at(account, SECRET, T0) + "\n"
    assert result.out == "061836\n"  # pinned: JBSWY3DPEHPK3PXP at 2026-11-28T12:00:00Z


@pytest.mark.parametrize("at", ["2026-11-28T12:01:40Z", "2026-11-28T13:01:40+01:00", "1795867300", "1795867300.0"])
def test_code_at_iso_and_unix(cli: Callable[..., Result], vault: Vault, at: str) -> None:
    account = add_account(vault, "ACME", "john")
    result = cli("code", "john", "--at", at)
    assert result.code == 0, result.err
    assert result.out.strip() == otp.code_at(account, SECRET, T0 + 100)
    assert result.out.strip() != otp.code_at(account, SECRET, T0)


def test_code_json_shape_totp(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "ACME", "john")
    result = cli("code", account.id[:8], "--at", "2026-11-28T12:00:10Z", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == CODE_KEYS
    assert data == {
        "id": account.id,
        "issuer": "ACME",
        "name": "john",
        "type": "totp",
        "code": otp.code_at(account, SECRET, T0 + 10),
        "period": 30,
        "step": int(T0) // 30,
        "counter": None,
        "valid_from": "2026-11-28T12:00:00Z",
        "valid_until": "2026-11-28T12:00:30Z",
        "seconds_left": 20.0,
        "time": "2026-11-28T12:00:10Z",
        "valid_from_unix": int(T0),
        "valid_until_unix": int(T0) + 30,
        "time_unix": T0 + 10,
        "correction_offset": 0.0,
    }


def test_code_steam(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "Steam", "gabe", type=OtpType.STEAM, digits=5)
    result = cli("code", "steam", "--at", "1795867200")
    assert result.out.strip() == otp.code_at(account, SECRET, T0)
    assert len(result.out.strip()) == 5


def test_code_hotp_shows_the_stored_counter_without_advancing(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "Bank", "me", type=OtpType.HOTP, counter=5)
    for _ in range(2):
        result = cli("code", "bank", "--json")
        assert result.code == 0, result.err
        data = result.json()
        assert (data["code"], data["counter"], data["step"]) == (otp.hotp(SECRET, 5), 5, 5)
        assert (data["period"], data["valid_until"], data["seconds_left"]) == (None, None, None)
    assert vault.get(account.id).counter == 5


def test_code_next_advances_saves_and_prints_the_new_code(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "Bank", "me", type=OtpType.HOTP, counter=5)
    result = cli("code", "bank", "--next")
    assert result.code == 0, result.err
    assert result.out == otp.hotp(SECRET, 6) + "\n"
    assert vault.get(account.id).counter == 6
    assert cli("code", "bank").out == otp.hotp(SECRET, 6) + "\n"


def test_code_next_refuses_time_based_accounts(cli: Callable[..., Result], vault: Vault) -> None:
    add_account(vault, "ACME", "john")
    assert_clean_error(cli("code", "acme", "--next"), 3, "--next only applies to counter-based")


def test_code_missing_secret_does_not_advance(
    cli: Callable[..., Result], vault: Vault, memory_secrets: MemorySecretStore
) -> None:
    account = add_account(vault, "Bank", "me", type=OtpType.HOTP, counter=5)
    vault.forget_secrets()
    memory_secrets.items.clear()
    assert_clean_error(cli("code", "bank", "--next"), 7, "secret is missing")
    assert vault.get(account.id).counter == 5


def test_code_ambiguous_lists_candidates(cli: Callable[..., Result], vault: Vault) -> None:
    a = add_account(vault, "ACME", "john")
    b = add_account(vault, "Other", "john")
    result = cli("code", "john", "--json")
    assert_clean_error(result, 5, "2 accounts match 'john'", "hint: ")
    assert result.out == ""
    candidate_lines = [line.strip() for line in result.err.splitlines() if line.startswith("  ")]
    assert candidate_lines == [f"{a.id[:8]}  ACME (john)", f"{b.id[:8]}  Other (john)"]


def test_code_not_found(cli: Callable[..., Result], vault: Vault) -> None:
    add_account(vault, "ACME", "john")
    assert_clean_error(cli("code", "nobody"), 4, "No account matches 'nobody'", "authenticator list")


def test_code_bad_time(cli: Callable[..., Result], vault: Vault) -> None:
    add_account(vault, "ACME", "john")
    result = cli("code", "acme", "--at", "next tuesday", "--json")
    assert_clean_error(result, 3, "'next tuesday'", "2026-11-28T12:00:00Z")
    assert result.out == ""


def test_code_uri_never_opens_the_vault(capsys: pytest.CaptureFixture[str], clock: FixedClock) -> None:
    def refuse(data_dir: str | None) -> Vault:
        raise AssertionError("the vault must not be opened for --uri")

    code = main(["code", "--uri", ACME_URI, "--at", "1795867200", "--json"], vault_factory=refuse, clock=clock)
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == CODE_KEYS
    assert data["id"] is None
    assert (data["issuer"], data["name"]) == ("ACME Co", "john@example.com")
    assert data["code"] == otp.code_at(Account(issuer="ACME Co", name="john@example.com"), SECRET, T0)


def test_code_uri_from_stdin_prints_warnings_on_stderr(cli: Callable[..., Result]) -> None:
    result = cli("code", "--uri", "-", "--at", "1795867200", stdin=io.StringIO(ACME_URI.replace("ACME%20Co:", "")))
    assert result.code == 0
    assert result.out == "061836\n"
    result = cli("code", "--uri", f"otpauth://hotp/x?secret={SECRET}", stdin=io.StringIO())
    assert result.out == otp.hotp(SECRET, 0) + "\n"
    assert "authenticator: warning: The hotp link has no counter" in result.err


def test_code_uri_bad_uri(cli: Callable[..., Result]) -> None:
    assert_clean_error(cli("code", "--uri", "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=12"), 3, "digits")


@pytest.mark.parametrize(
    "argv",
    [
        ["code"],
        ["code", "acme", "--uri", ACME_URI],
        ["code", "--uri", ACME_URI, "--next"],
        ["frobnicate"],
        ["list", "--bogus"],
        ["add"],
        ["remove"],
    ],
)
def test_usage_errors_exit_2(cli: Callable[..., Result], argv: list[str], opened: list[str | None]) -> None:
    result = cli(*argv)
    assert result.code == 2
    assert "usage:" in result.err
    assert opened == []


# -- remove -----------------------------------------------------------------------------------------------


def test_remove_yes(cli: Callable[..., Result], vault: Vault, memory_secrets: MemorySecretStore) -> None:
    account = add_account(vault, "ACME", "john")
    keep = add_account(vault, "Other", "jane")
    result = cli("remove", "acme", "--yes")
    assert result.code == 0, result.err
    assert result.out == "Removed ACME (john).\n"
    assert "turn off two-factor login at the service" in result.err
    assert [a.id for a in vault.accounts()] == [keep.id]
    assert account.id not in memory_secrets.items


def test_remove_json(cli: Callable[..., Result], vault: Vault) -> None:
    account = add_account(vault, "ACME", "john")
    result = cli("remove", account.id, "-y", "--json")
    assert result.code == 0
    data = result.json()
    assert set(data) == {"removed", "keyring_item_deleted"}
    assert data["keyring_item_deleted"] is True
    assert set(data["removed"]) == ACCOUNT_KEYS
    assert data["removed"]["id"] == account.id
    assert vault.accounts() == []


def test_remove_without_a_tty_needs_yes(cli: Callable[..., Result], vault: Vault) -> None:
    add_account(vault, "ACME", "john")
    result = cli("remove", "acme", stdin=io.StringIO("y\n"))  # not a tty: the "y" must not count
    assert_clean_error(result, 1, "without confirmation", "--yes")
    assert len(vault.accounts()) == 1


@pytest.mark.parametrize("answer", ["y\n", "yes\n", "Y\n"])
def test_remove_on_a_tty_asks_first(cli: Callable[..., Result], vault: Vault, answer: str) -> None:
    add_account(vault, "ACME", "john")
    result = cli("remove", "acme", stdin=TtyInput(answer))
    assert result.code == 0, result.err
    assert "Remove ACME (john)? Removing it here does not turn off two-factor login at the service" in result.err
    assert "[y/N]" in result.err
    assert vault.accounts() == []


@pytest.mark.parametrize("answer", ["\n", "n\n", "no\n", ""])
def test_remove_on_a_tty_defaults_to_no(cli: Callable[..., Result], vault: Vault, answer: str) -> None:
    add_account(vault, "ACME", "john")
    result = cli("remove", "acme", "--json", stdin=TtyInput(answer))
    assert result.code == 1
    assert result.out == ""
    assert "nothing was removed" in result.err
    assert len(vault.accounts()) == 1


def test_remove_ambiguous(cli: Callable[..., Result], vault: Vault) -> None:
    add_account(vault, "ACME", "john")
    add_account(vault, "ACME", "jane")
    assert_clean_error(cli("remove", "acme", "--yes"), 5, "2 accounts match")
    assert len(vault.accounts()) == 2


# -- global behaviour -------------------------------------------------------------------------------------


def test_damaged_metadata_exits_6(cli: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "accounts.json").write_text("{not json", encoding="utf-8")
    assert_clean_error(cli("list", "--json"), 6, "damaged")


def test_data_dir_reaches_the_vault_factory(cli: Callable[..., Result], opened: list[str | None]) -> None:
    cli("--data-dir", "/tmp/a", "list")
    cli("list", "--data-dir", "/tmp/b")
    cli("list")
    assert opened == ["/tmp/a", "/tmp/b", None]


def test_version(cli: Callable[..., Result]) -> None:
    result = cli("--version")
    assert (result.code, result.out.strip()) == (0, f"authenticator {__version__}")


def test_help_documents_every_exit_code(cli: Callable[..., Result]) -> None:
    result = cli("--help")
    assert result.code == 0
    for code, words in [
        (0, "success"),
        (1, "other error"),
        (2, "usage"),
        (3, "invalid input"),
        (4, "no account matches"),
        (5, "several accounts"),
        (6, "metadata file"),
        (7, "keyring"),
        (8, "time source"),
    ]:
        assert any(line.strip().startswith(f"{code}  ") and words in line for line in result.out.splitlines()), code
    for command in ("list", "add", "code", "remove", "which-step", "time"):
        assert command in result.out


def test_no_command_starts_the_gui(monkeypatch: pytest.MonkeyPatch, opened: list[str | None]) -> None:
    calls: list[dict[str, Any]] = []

    def run_gui(*, data_dir: str | None, argv: list[str]) -> int:
        calls.append({"data_dir": data_dir, "argv": argv})
        return 0

    fake = types.ModuleType("authenticator.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "authenticator.app", fake)
    assert main(["--data-dir", "/tmp/x"]) == 0
    assert main([]) == 0
    assert calls == [{"data_dir": "/tmp/x", "argv": ["--data-dir", "/tmp/x"]}, {"data_dir": None, "argv": []}]
    assert opened == []


def test_no_command_without_qt_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "authenticator.app", None)  # makes the import fail like a missing module
    assert main([]) == 1
    err = capsys.readouterr().err
    assert err.startswith("authenticator: error: The window cannot start")
    assert "authenticator --help" in err
