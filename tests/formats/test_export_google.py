"""Google Authenticator transfer codes: the payload read with the protobuf library (a schema declared here,
independent of both our encoder and our importer), batching, the compatibility verdicts, QR images, and the
round trip through the importer."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from export_support import S10, S20, S32, need_format, sample_pairs, secret_key
from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

from authenticator.core.account import Account, OtpType
from authenticator.formats import registry
from authenticator.formats.base import FormatError
from authenticator.formats.export_google import (
    MAX_ACCOUNTS_PER_CODE,
    Verdict,
    check,
    compatibility,
    migration_label,
    migration_uris,
)
from authenticator.formats.export_qr import account_qr_png, check_png, qr_png


def _schema() -> Any:
    F = descriptor_pb2.FieldDescriptorProto
    file = descriptor_pb2.FileDescriptorProto(name="test_migration.proto", package="testga", syntax="proto3")
    payload = file.message_type.add(name="MigrationPayload")
    params = payload.nested_type.add(name="OtpParameters")
    for number, name, kind in [
        (1, "secret", F.TYPE_BYTES),
        (2, "name", F.TYPE_STRING),
        (3, "issuer", F.TYPE_STRING),
        (4, "algorithm", F.TYPE_INT32),
        (5, "digits", F.TYPE_INT32),
        (6, "type", F.TYPE_INT32),
        (7, "counter", F.TYPE_INT64),
    ]:
        params.field.add(name=name, number=number, type=kind, label=F.LABEL_OPTIONAL)
    payload.field.add(
        name="otp_parameters",
        number=1,
        type=F.TYPE_MESSAGE,
        label=F.LABEL_REPEATED,
        type_name=".testga.MigrationPayload.OtpParameters",
    )
    for number, name in [(2, "version"), (3, "batch_size"), (4, "batch_index"), (5, "batch_id")]:
        payload.field.add(name=name, number=number, type=F.TYPE_INT32, label=F.LABEL_OPTIONAL)
    pool = descriptor_pool.DescriptorPool()
    pool.Add(file)
    return message_factory.GetMessageClass(pool.FindMessageTypeByName("testga.MigrationPayload"))


MigrationPayload = _schema()


def decode(uri: str) -> Any:
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc) == ("otpauth-migration", "offline")
    (data,) = parse_qs(parts.query)["data"]
    message = MigrationPayload()
    message.ParseFromString(base64.b64decode(data, validate=True))
    return message


def many(count: int) -> list[tuple[Account, str]]:
    return [(Account(f"Service {i}", f"user{i}@example.com"), S20) for i in range(count)]


# --- the payload -------------------------------------------------------------------------------------------------


def test_payload_fields_decode_with_the_public_schema() -> None:
    pairs = [
        (Account("GitHub", "alice"), S20),
        (Account("Bank", "bob", digits=8), S32),
        (Account("VPN", "carol", type=OtpType.HOTP, counter=2**40), S10),
    ]
    (uri,) = migration_uris(pairs, batch_id=12345)
    message = decode(uri)
    assert (message.version, message.batch_size, message.batch_index, message.batch_id) == (1, 1, 0, 12345)
    got = [(p.secret, p.name, p.issuer, p.algorithm, p.digits, p.type, p.counter) for p in message.otp_parameters]
    assert got == [
        (secret_key(S20), "GitHub:alice", "GitHub", 1, 1, 2, 0),
        (secret_key(S32), "Bank:bob", "Bank", 1, 2, 2, 0),
        (secret_key(S10), "VPN:carol", "VPN", 1, 1, 1, 2**40),
    ]


def test_at_most_ten_accounts_per_code_with_consistent_batch_fields() -> None:
    uris = migration_uris(many(25))
    messages = [decode(u) for u in uris]
    assert [len(m.otp_parameters) for m in messages] == [10, 10, 5]
    assert {m.batch_size for m in messages} == {3}
    assert [m.batch_index for m in messages] == [0, 1, 2]
    assert len({m.batch_id for m in messages}) == 1 and messages[0].batch_id > 0
    names = [p.name for m in messages for p in m.otp_parameters]
    assert names == [f"Service {i}:user{i}@example.com" for i in range(25)]  # order kept
    assert MAX_ACCOUNTS_PER_CODE == 10


def test_long_labels_split_a_batch_further_so_codes_stay_scannable() -> None:
    pairs = [(Account("I" * 200, f"{i}" + "n" * 200), S20) for i in range(10)]
    uris = migration_uris(pairs)
    assert len(uris) > 1
    assert sum(len(decode(u).otp_parameters) for u in uris) == 10
    for uri in uris:
        check_png(qr_png(uri), uri)  # every code is still one a decoder reads


@pytest.mark.parametrize(
    ("account", "label"),
    [
        (Account("GitHub", "alice"), "GitHub:alice"),
        (Account("", "alice"), "alice"),
        (Account("", "a:b"), ":a:b"),
        (Account("x:y", "alice"), "alice"),
        (Account("x:y", "a:b"), ":a:b"),
    ],
)
def test_labels_survive_readers_that_split_at_the_first_colon(account: Account, label: str) -> None:
    assert migration_label(account) == label


# --- compatibility --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("account", "verdict", "words"),
    [
        (Account("A", "b"), Verdict.OK, ""),
        (Account("A", "b", digits=8), Verdict.OK, ""),
        (Account("A", "b", type=OtpType.HOTP, counter=3), Verdict.OK, ""),
        (Account("A", "b", period=60), Verdict.BROKEN, "60 s"),
        (Account("A", "b", algorithm="SHA256"), Verdict.BROKEN, "SHA256"),
        (Account("A", "b", algorithm="SHA512", period=15), Verdict.BROKEN, "SHA512"),
        (Account("A", "b", digits=7), Verdict.DROPPED, "not 7"),
        (Account("A", "b", digits=10), Verdict.DROPPED, "not 10"),
        (Account("Steam", "b", type=OtpType.STEAM, digits=5), Verdict.DROPPED, "Steam"),
    ],
)
def test_compatibility_verdicts(account: Account, verdict: Verdict, words: str) -> None:
    result = check(account)
    assert result.verdict is verdict
    assert words in " ".join(result.reasons)


def test_compatibility_lists_only_the_problems_and_exports_leave_them_out() -> None:
    pairs = sample_pairs()
    problems = {p.account.name: p.verdict for p in compatibility([a for a, _ in pairs])}
    assert problems == {
        "alice": Verdict.BROKEN,  # SHA256, 60 s
        "bob": Verdict.DROPPED,  # 7 digits
        "gamer": Verdict.DROPPED,  # Steam
        "名前:with colon": Verdict.BROKEN,  # 15 s
        "no-issuer": Verdict.DROPPED,  # 10 digits
    }
    plain = [p for u in migration_uris(pairs) for p in decode(u).otp_parameters]
    assert [p.name for p in plain] == ["GitHub:alice@example.com", "Same Secret Twin:carol"]
    broken_too = [p for u in migration_uris(pairs, include_broken=True) for p in decode(u).otp_parameters]
    assert len(broken_too) == 4
    assert broken_too[1].algorithm == 2  # SHA256 is written as such, whatever the app then does with it


def test_nothing_exportable_gives_no_codes() -> None:
    assert migration_uris([(Account("Steam", "x", type=OtpType.STEAM, digits=5), S20)]) == []


# --- QR images ------------------------------------------------------------------------------------------------------


def test_qr_png_decodes_back_and_a_wrong_text_is_caught() -> None:
    (uri,) = migration_uris(many(10))
    png = qr_png(uri)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    check_png(png, uri)
    with pytest.raises(FormatError):
        check_png(png, uri + "x")


def test_single_account_qr_holds_its_otpauth_link() -> None:
    from authenticator.core.uri import parse_otpauth, to_otpauth

    account = Account("GitHub", "alice", digits=8, period=60, algorithm="SHA256")
    png = account_qr_png(account, S20)
    check_png(png, to_otpauth(account, S20))
    parsed = parse_otpauth(to_otpauth(account, S20))
    assert (parsed.account.digits, parsed.account.period, parsed.account.algorithm) == (8, 60, "SHA256")


# --- round trip ---------------------------------------------------------------------------------------------------


def test_round_trip_through_the_google_importer() -> None:
    need_format("google-migration")
    pairs = [p for p in sample_pairs() if check(p[0]).verdict is not Verdict.DROPPED] + many(12)
    uris = migration_uris(pairs, include_broken=True)
    result = registry.read("\n".join(uris).encode(), format_name="google-migration")
    assert not result.errors
    assert len(result.entries) == len(pairs)
    for entry, (account, secret) in zip(result.entries, pairs, strict=True):
        got = entry.account
        assert (got.issuer, got.name, got.type, got.digits) == (
            account.issuer,
            account.name,
            account.type,
            account.digits,
        )
        assert secret_key(entry.secret) == secret_key(secret)
        if account.type is OtpType.HOTP:
            assert got.counter == account.counter
