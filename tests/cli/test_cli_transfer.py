"""``authenticator import`` and ``export``: round trips, the preview, passwords, bad files, and the promise
that a failure (or a dry run) leaves the account list and the keyring exactly as they were.

In-process on the memory vault (the ``cli`` fixture) except the last tests, which run the real command in a
subprocess against the real Secret Service.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_runner import Result, run_cli

from authenticator.cli import transfer_commands
from authenticator.core.account import Account, OtpType
from authenticator.core.clock import FixedClock
from authenticator.core.errors import MetadataError
from authenticator.core.otp import decode_secret
from authenticator.formats import export_aegis
from authenticator.storage.metadata import MetadataStore
from authenticator.storage.secrets import MemorySecretStore
from authenticator.storage.vault import Vault

PASSWORD = "tr0ub4dor&3 ünïcode"
S1, S2, S3 = "JBSWY3DPEHPK3PXP", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"
S4 = "KRUGS4ZANFZSAYJANRXW4ZZAONSWG4TF"

Cli = Callable[..., Result]


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at N=2^10 for these tests (the format is the same; one test below runs the real N=2^17)."""
    monkeypatch.setattr(export_aegis, "new_kdf_params", lambda: export_aegis.KdfParams(2**10, 8, 1, os.urandom(32)))


@pytest.fixture
def accounts(vault: Vault) -> list[Account]:
    return [
        vault.add(Account("GitHub", "alice", groups=("work",), favourite=True, note="laptop"), S1),
        vault.add(Account("Bank", "bob", type=OtpType.HOTP, counter=12, algorithm="SHA256", digits=8), S2),
        vault.add(Account("Steam", "gamer", type=OtpType.STEAM, digits=5, groups=("fun", "work")), S3),
        vault.add(Account("Forum", "carol", period=60, algorithm="SHA512", digits=7), S4),
    ]


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\nignored second line\n", encoding="utf-8")
    return path


@pytest.fixture
def backup(cli: Cli, accounts: list[Account], password_file: Path, tmp_path: Path) -> Path:
    out = tmp_path / "backup.json"
    result = cli("export", "--format", "aegis", "--password-file", str(password_file), str(out))
    assert result.code == 0, result.err
    return out


@pytest.fixture
def other_vault(tmp_path: Path) -> Vault:
    return Vault(MetadataStore(tmp_path / "other" / "accounts.json"), MemorySecretStore())


@pytest.fixture
def cli_other(other_vault: Vault, clock: FixedClock, capsys: pytest.CaptureFixture[str]) -> Cli:
    """The CLI on a second, empty vault: where a backup is restored."""

    def run(*argv: str) -> Result:
        return run_cli(capsys, argv, vault_factory=lambda _: other_vault, clock=clock)

    return run


def snapshot(vault: Vault) -> tuple[bytes | None, dict[str, str]]:
    """Everything an import could change: the metadata file's bytes and every keyring item."""
    path = vault.metadata.path
    assert isinstance(vault.secrets, MemorySecretStore)
    return (path.read_bytes() if path.exists() else None), dict(vault.secrets.items)


def no_secret_in(*texts: str) -> None:
    for text in texts:
        for secret in (S1, S2, S3, S4):
            assert secret not in text and secret.lower() not in text


# --- encrypted backup: export, independent check, restore --------------------------------------------------------


def test_export_encrypted_backup_then_restore_every_field(
    backup: Path, accounts: list[Account], cli_other: Cli, other_vault: Vault, password_file: Path
) -> None:
    result = cli_other("import", str(backup), "--password-file", str(password_file))
    assert result.code == 0, result.err
    assert "4 new, 0 duplicate, 0 unsupported" in result.err and "Imported 4 accounts" in result.err
    restored = other_vault.accounts()
    fields = ("issuer", "name", "type", "algorithm", "digits", "period", "counter", "position", "note", "groups")
    for got, meant in zip(restored, accounts, strict=True):
        assert {f: getattr(got, f) for f in fields} == {f: getattr(meant, f) for f in fields}
        assert got.favourite is meant.favourite
        assert got.id != meant.id  # restored accounts are new accounts
        assert decode_secret(other_vault.secret(got.id)) == decode_secret(
            {a.id: s for a, s in zip(accounts, (S1, S2, S3, S4), strict=True)}[meant.id]
        )
    no_secret_in(result.out, result.err)


def test_export_file_is_private_and_decrypts_with_the_password(backup: Path) -> None:
    assert oct(backup.stat().st_mode & 0o777) == "0o600"
    db = export_aegis.read_encrypted_db(backup.read_bytes(), password=PASSWORD)  # first line only, no newline
    assert [e["issuer"] for e in db["entries"]] == ["GitHub", "Bank", "Steam", "Forum"]
    assert json.loads(backup.read_bytes())["header"]["slots"][0]["n"] == 2**10  # the fast_kdf fixture


def test_export_at_full_cost_uses_owasp_scrypt_parameters(
    cli: Cli, accounts: list[Account], password_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()  # the real parameters
    out = tmp_path / "real.json"
    result = cli("export", "--format", "aegis", "--password-file", str(password_file), str(out), "--json")
    assert result.code == 0, result.err
    assert result.json() == {
        "format": "aegis",
        "encrypted": True,
        "accounts": 4,
        "files": [str(out)],
        "incompatible": [],
    }
    slot = json.loads(out.read_bytes())["header"]["slots"][0]
    assert (slot["n"], slot["r"], slot["p"]) == (2**17, 8, 1)


def test_export_refused_when_read_back_fails_and_previous_file_is_kept(
    cli: Cli, accounts: list[Account], password_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "backup.json"
    out.write_bytes(b"last week's backup")

    def corrupt_read(data: bytes, **kwargs: object) -> dict[str, object]:
        return {"version": 3, "entries": []}  # "decrypts", but not to what was meant

    monkeypatch.setattr(export_aegis, "read_encrypted_db", corrupt_read)
    result = cli("export", "--format", "aegis", "--password-file", str(password_file), str(out))
    assert result.code == 6
    assert "did not read back correctly" in result.err
    assert out.read_bytes() == b"last week's backup"
    assert sorted(os.listdir(tmp_path)) == ["accounts.json", "accounts.json.lock", "backup.json", "password.txt"]


def test_encrypted_export_without_a_password_refuses_off_a_terminal(
    cli: Cli, accounts: list[Account], tmp_path: Path
) -> None:
    result = cli("export", "--format", "aegis", str(tmp_path / "b.json"))
    assert result.code == 3
    assert "needs a password: pass --password-file" in result.err
    assert not (tmp_path / "b.json").exists()


def test_encrypted_export_asks_twice_on_a_terminal(
    cli: Cli, accounts: list[Account], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer_commands, "_interactive", lambda: True)
    answers = iter(["pw-one", "pw-two"])
    monkeypatch.setattr(transfer_commands.getpass, "getpass", lambda prompt, stream=None: next(answers))
    result = cli("export", "--format", "aegis", str(tmp_path / "b.json"))
    assert result.code == 3 and "differ" in result.err
    assert not (tmp_path / "b.json").exists()
    answers = iter(["same", "same"])
    assert cli("export", "--format", "aegis", str(tmp_path / "b.json")).code == 0
    assert export_aegis.read_encrypted_db((tmp_path / "b.json").read_bytes(), password="same")


# --- import: preview, duplicates, dry run ------------------------------------------------------------------------


def test_reimport_finds_only_duplicates_and_writes_nothing(
    cli: Cli, backup: Path, password_file: Path, vault: Vault
) -> None:
    before = snapshot(vault)
    result = cli("import", str(backup), "--password-file", str(password_file), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert (data["format"], data["encrypted"], data["dry_run"], data["imported"]) == ("aegis", True, False, 0)
    assert [r["status"] for r in data["rows"]] == ["duplicate"] * 4
    assert data["rows"][0]["duplicate_of"] == vault.accounts()[0].id
    assert snapshot(vault) == before
    no_secret_in(result.out, result.err)


def test_include_duplicates_imports_them_as_new_accounts(
    cli: Cli, backup: Path, password_file: Path, vault: Vault
) -> None:
    result = cli("import", str(backup), "--password-file", str(password_file), "--include-duplicates", "--json")
    assert result.code == 0, result.err
    assert result.json()["imported"] == 4
    assert all(row["imported"] and row["id"] for row in result.json()["rows"])
    assert len(vault.accounts()) == 8


def test_dry_run_previews_and_writes_nothing(
    cli_other: Cli, backup: Path, password_file: Path, other_vault: Vault
) -> None:
    result = cli_other("import", str(backup), "--password-file", str(password_file), "--dry-run")
    assert result.code == 0, result.err
    assert "Dry run: nothing was imported" in result.err
    lines = result.out.splitlines()
    assert len(lines) == 4 and all(" new " in f" {line} " for line in lines)
    assert not other_vault.metadata.path.exists()
    assert other_vault.secrets.items == {}  # type: ignore[attr-defined]


def test_unsupported_entries_are_listed_with_the_reason(cli_other: Cli, tmp_path: Path, other_vault: Vault) -> None:
    db = export_aegis.build_db([(Account("Good", "one"), S1)])
    db["entries"].append(
        {"type": "yandex", "uuid": "x", "name": "me", "issuer": "Yandex", "info": {"secret": S2, "pin": "1234"}}
    )
    path = tmp_path / "mixed.json"
    path.write_bytes(export_aegis.plain_file(db))
    result = cli_other("import", str(path), "--json")
    assert result.code == 0, result.err
    rows = result.json()["rows"]
    assert [r["status"] for r in rows] == ["new", "unsupported"]
    assert rows[1]["reason"] and rows[1]["imported"] is False
    assert [a.issuer for a in other_vault.accounts()] == ["Good"]


def test_plain_files_round_trip_and_warn_that_they_hold_secrets(
    cli: Cli, accounts: list[Account], cli_other: Cli, other_vault: Vault, tmp_path: Path
) -> None:
    for fmt, name in (("aegis-plain", "plain.json"), ("uris", "links.txt")):
        out = tmp_path / name
        result = cli("export", "--format", fmt, str(out))
        assert result.code == 0, result.err
        assert "unencrypted" in result.err and "Exported 4 accounts" in result.out
        no_secret_in(result.out, result.err)
    assert S1 in (tmp_path / "links.txt").read_text()
    result = cli_other("import", str(tmp_path / "plain.json"))
    assert result.code == 0, result.err
    result = cli_other("import", str(tmp_path / "links.txt"), "--json")
    assert result.code == 0, result.err
    assert [r["status"] for r in result.json()["rows"]] == ["duplicate"] * 4  # same secrets as the plain import
    assert [(a.issuer, a.name, a.type) for a in other_vault.accounts()] == [
        (a.issuer, a.name, a.type) for a in accounts
    ]


# --- wrong passwords and bad files: clear errors, nothing written -----------------------------------------------------


def test_wrong_password_from_a_file_is_exit_3_and_writes_nothing(
    cli_other: Cli, backup: Path, tmp_path: Path, other_vault: Vault
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the password\n")
    result = cli_other("import", str(backup), "--password-file", str(wrong))
    assert result.code == 3
    assert "password is wrong" in result.err.lower() or "wrong password" in result.err.lower()
    assert not other_vault.metadata.path.exists() and other_vault.secrets.items == {}  # type: ignore[attr-defined]


def test_encrypted_file_without_password_off_a_terminal_says_what_to_do(
    cli_other: Cli, backup: Path, other_vault: Vault
) -> None:
    result = cli_other("import", str(backup))
    assert result.code == 3
    assert "backup.json is encrypted: pass --password-file" in result.err
    assert not other_vault.metadata.path.exists()


def test_a_wrong_password_at_the_prompt_can_be_retried(
    cli_other: Cli, backup: Path, other_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer_commands, "_interactive", lambda: True)
    answers = iter(["nope", PASSWORD])
    monkeypatch.setattr(transfer_commands.getpass, "getpass", lambda prompt, stream=None: next(answers))
    result = cli_other("import", str(backup))
    assert result.code == 0, result.err
    assert "wrong" in result.err.lower() and "Try again" in result.err
    assert len(other_vault.accounts()) == 4


def test_three_wrong_passwords_at_the_prompt_give_up(
    cli_other: Cli, backup: Path, other_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(transfer_commands, "_interactive", lambda: True)
    monkeypatch.setattr(transfer_commands.getpass, "getpass", lambda prompt, stream=None: "nope")
    result = cli_other("import", str(backup))
    assert result.code == 3
    assert not other_vault.metadata.path.exists()


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _flipped(data: bytes) -> bytes:
    vault = json.loads(data)
    raw = bytearray(base64.b64decode(vault["db"]))
    raw[5] ^= 0x80
    vault["db"] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(vault).encode()


@pytest.mark.parametrize(
    ("name", "damage", "extra", "message"),
    [
        ("truncated", _truncated, (), ""),
        ("flipped byte", _flipped, (), "damaged"),
        ("wrong format", lambda d: d, ("--format", "2fas"), ""),
        ("not an export", lambda d: b"just some notes\nnothing to see\n", (), "not in a format"),
        ("empty", lambda d: b"", (), "empty"),
        ("blank", lambda d: b"  \n\n", (), "empty"),
    ],
)
def test_bad_files_give_a_clear_error_and_leave_the_vault_untouched(
    cli: Cli,
    backup: Path,
    password_file: Path,
    vault: Vault,
    tmp_path: Path,
    name: str,
    damage: Callable[[bytes], bytes],
    extra: tuple[str, ...],
    message: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(damage(backup.read_bytes()))
    before = snapshot(vault)
    result = cli("import", str(bad), "--password-file", str(password_file), *extra)
    assert result.code == 3, (name, result.err)
    assert result.err.startswith("authenticator: error: ")
    assert message in result.err
    assert snapshot(vault) == before
    no_secret_in(result.out, result.err)


def test_a_50_mb_file_is_refused_before_it_is_read(
    cli: Cli, accounts: list[Account], vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(50 * 2**20)  # sparse: 50 MB without writing them
    opened: list[str] = []
    real_open = Path.open

    def spy(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", spy)
    before = snapshot(vault)
    result = cli("import", str(huge))
    assert result.code == 3
    assert "50 MB" in result.err and "refused" in result.err
    assert "huge.json" not in opened
    assert snapshot(vault) == before


def test_missing_file_and_missing_password_file(cli: Cli, backup: Path, tmp_path: Path) -> None:
    assert cli("import", str(tmp_path / "nope.json")).code == 3
    result = cli("import", str(backup), "--password-file", str(tmp_path / "nope.txt"))
    assert result.code == 3 and "password file" in result.err


def test_failure_while_writing_leaves_the_vault_exactly_as_it_was(
    cli_other: Cli, backup: Path, password_file: Path, other_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    other_vault.add(Account("Already", "here"), "ON2HE2LOM4QHO3ZA")
    before = snapshot(other_vault)

    def disk_full(accounts: list[Account]) -> None:
        raise MetadataError("The account list could not be saved (No space left on device).")

    monkeypatch.setattr(other_vault.metadata, "_write", disk_full)
    result = cli_other("import", str(backup), "--password-file", str(password_file))
    assert result.code == 6
    assert "could not be saved" in result.err
    assert snapshot(other_vault) == before


# --- Google Authenticator and single-account QR codes --------------------------------------------------------------


def test_google_qr_export_writes_pngs_and_lists_what_google_would_lose(
    cli: Cli, accounts: list[Account], vault: Vault, tmp_path: Path
) -> None:
    for i in range(12):
        vault.add(Account(f"Extra {i}", "x"), S1[:-1] + "ABCDEFGHIJKL"[i])
    out = tmp_path / "qr"
    result = cli("export", "--format", "google-qr", str(out), "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert data["accounts"] == 13  # 16 minus Steam and the 7-digit account (dropped) and Bank (broken)
    assert {(i["title"], i["verdict"]) for i in data["incompatible"]} == {
        ("Bank (bob)", "broken"),
        ("Steam (gamer)", "dropped"),
        ("Forum (carol)", "dropped"),
    }
    assert "Steam (gamer)" in result.err and "left out" in result.err
    files = sorted(os.listdir(out))
    assert files == ["google-authenticator-1-of-2.png", "google-authenticator-2-of-2.png"]

    from authenticator.formats import registry
    from authenticator.qr.decode import decode_file

    texts = [code.text for f in files for code in decode_file(str(out / f))]
    assert all(t.startswith("otpauth-migration://offline?data=") for t in texts)
    imported = registry.read("\n".join(texts).encode(), format_name="google-migration")
    assert len(imported.entries) == 13  # "broken" Bank is left out without --include-incompatible


def test_google_qr_png_name_pattern_and_include_incompatible(cli: Cli, accounts: list[Account], tmp_path: Path) -> None:
    result = cli("export", "--format", "google-qr", "--include-incompatible", str(tmp_path / "move.png"))
    assert result.code == 0, result.err
    assert (tmp_path / "move.png").exists()
    assert "exported anyway" in result.err and "Exported 2 accounts" in result.out


def test_single_account_qr(cli: Cli, accounts: list[Account], tmp_path: Path) -> None:
    from authenticator.core.uri import parse_otpauth
    from authenticator.qr.decode import decode_file

    result = cli("export", "--format", "qr", "--account", "bank", str(tmp_path / "bank.png"))
    assert result.code == 0, result.err
    (code,) = decode_file(str(tmp_path / "bank.png"))
    parsed = parse_otpauth(code.text)
    assert (parsed.account.issuer, parsed.account.type, parsed.account.counter) == ("Bank", OtpType.HOTP, 12)
    assert decode_secret(parsed.secret) == decode_secret(S2)


# --- usage ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ("export", "--format", "uris", "--password-file", "p", "out"),
        ("export", "--format", "qr", "out.png"),
        ("export", "--format", "aegis-plain", "--account", "x", "out"),
        ("export", "--format", "uris", "--include-incompatible", "out"),
        ("export", "--format", "nope", "out"),
        ("export", "out"),
        ("import",),
    ],
)
def test_usage_errors_are_exit_2(cli: Cli, argv: tuple[str, ...], accounts: list[Account]) -> None:
    assert cli(*argv).code == 2


def test_export_with_no_accounts(cli: Cli, tmp_path: Path) -> None:
    result = cli("export", "--format", "uris", str(tmp_path / "x.txt"))
    assert result.code == 3 and "no accounts" in result.err
    assert not (tmp_path / "x.txt").exists()


def test_export_refuses_when_a_secret_is_missing_from_the_keyring(
    cli: Cli, accounts: list[Account], vault: Vault, tmp_path: Path
) -> None:
    del vault.secrets.items[accounts[1].id]  # type: ignore[attr-defined]
    vault.forget_secrets()
    result = cli("export", "--format", "uris", str(tmp_path / "x.txt"))
    assert result.code == 7 and "Bank (bob)" in result.err
    assert not (tmp_path / "x.txt").exists()


# --- the real command and the real keyring -------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("AUTHENTICATOR_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "authenticator", *args], capture_output=True, text=True, input="", env=env, timeout=120
    )


@pytest.fixture
def cleanup_ids(secret_service: None) -> Iterator[list[str]]:
    ids: list[str] = []
    yield ids
    from authenticator.storage.secrets import KeyringSecretStore

    KeyringSecretStore().delete_many(ids)


@pytest.mark.secret_service
def test_backup_and_restore_through_the_real_keyring(
    cleanup_ids: list[str], tmp_path: Path, password_file: Path
) -> None:
    source, target = str(tmp_path / "a"), str(tmp_path / "b")
    for uri in (
        f"otpauth://totp/Alpha:one?secret={S1}&issuer=Alpha",
        f"otpauth://hotp/Beta:two?secret={S2}&issuer=Beta&counter=9&digits=8",
    ):
        added = run("--data-dir", source, "add", uri, "--json")
        assert added.returncode == 0, added.stderr
        cleanup_ids.append(json.loads(added.stdout)["id"])
    out = tmp_path / "backup.json"
    exported = run("--data-dir", source, "export", "--format", "aegis", "--password-file", str(password_file), str(out))
    assert exported.returncode == 0, exported.stderr

    restored = run("--data-dir", target, "import", str(out), "--password-file", str(password_file), "--json")
    assert restored.returncode == 0, restored.stderr
    rows = json.loads(restored.stdout)["rows"]
    cleanup_ids.extend(r["id"] for r in rows)
    assert [(r["status"], r["imported"]) for r in rows] == [("new", True), ("new", True)]

    listed = json.loads(run("--data-dir", target, "list", "--json").stdout)
    assert [(a["issuer"], a["name"], a["type"], a["counter"], a["digits"]) for a in listed] == [
        ("Alpha", "one", "totp", 0, 6),
        ("Beta", "two", "hotp", 9, 8),
    ]
    code = run("--data-dir", target, "code", "Beta", "--json")
    assert code.returncode == 0, code.stderr

    again = run("--data-dir", target, "import", str(out), "--password-file", str(password_file), "--json")
    assert [r["status"] for r in json.loads(again.stdout)["rows"]] == ["duplicate", "duplicate"]
