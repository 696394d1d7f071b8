"""The otpauth:// list export: one URI per line that reads back (through our URI parser and the importer)
to the same accounts and secrets, in order."""

from __future__ import annotations

import pytest
from export_support import kept_fields, need_format, sample_pairs, secret_key

from authenticator.core.uri import parse_otpauth
from authenticator.formats import registry
from authenticator.formats.base import FormatError
from authenticator.formats.export_uris import check_uri_file, uri_file, uri_lines


def test_one_line_per_account_each_parsing_back_exactly() -> None:
    pairs = sample_pairs()
    lines = uri_file(pairs).decode().splitlines()
    assert lines == uri_lines(pairs)
    assert len(lines) == len(pairs)
    for line, (account, secret) in zip(lines, pairs, strict=True):
        parsed = parse_otpauth(line)
        assert kept_fields(parsed.account) == kept_fields(account)
        assert secret_key(parsed.secret) == secret_key(secret)
        assert not parsed.warnings


def test_check_accepts_what_was_written_and_refuses_anything_else() -> None:
    pairs = sample_pairs()
    data = uri_file(pairs)
    check_uri_file(data, pairs)
    with pytest.raises(FormatError):
        check_uri_file(data.replace(b"digits=8", b"digits=6"), pairs)
    with pytest.raises(FormatError):
        check_uri_file(b"\n".join(data.splitlines()[:-1]), pairs)


def test_round_trip_through_the_importer() -> None:
    need_format("otpauth-list")
    pairs = sample_pairs()
    result = registry.read(uri_file(pairs))
    assert not result.errors
    assert [kept_fields(e.account) for e in result.entries] == [kept_fields(a) for a, _ in pairs]
    assert [secret_key(e.secret) for e in result.entries] == [secret_key(s) for _, s in pairs]
