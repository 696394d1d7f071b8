"""--at TIME: Unix seconds and ISO 8601, naive times in the local zone, clear refusals."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from authenticator.core.errors import InvalidTime
from authenticator.core.timeparse import parse_time

T0 = 1_795_867_200.0  # 2026-11-28T12:00:00Z


@pytest.fixture
def utc_plus_2() -> Iterator[None]:
    """The local zone is UTC+2 with no DST (POSIX "XYZ-2"), so "local" results are predictable."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "XYZ-2"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = saved
        time.tzset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1795867200", T0),
        ("1795867200.5", T0 + 0.5),
        ("  1795867200\n", T0),
        ("0", 0.0),
        ("2026-11-28T12:00:00Z", T0),
        ("2026-11-28T12:00:00+00:00", T0),
        ("2026-11-28T13:00:00+01:00", T0),
        ("2026-11-28T07:00:00-05:00", T0),
        ("2026-11-28T12:00:10.25Z", T0 + 10.25),
        ("2026-11-28 12:00:00Z", T0),
        ("2026-11-28t12:00:00z", T0),
    ],
)
def test_absolute_times(text: str, expected: float) -> None:
    assert parse_time(text) == pytest.approx(expected)


@pytest.mark.usefixtures("utc_plus_2")
def test_naive_datetime_is_local_time() -> None:
    assert parse_time("2026-11-28T14:00:00") == T0
    assert parse_time("2026-11-28 14:00") == T0


@pytest.mark.usefixtures("utc_plus_2")
def test_date_only_is_local_midnight() -> None:
    assert parse_time("2026-11-28") == T0 - 14 * 3600  # 00:00 at UTC+2 is 22:00Z the day before


@pytest.mark.parametrize(
    "text", ["", "   ", "now", "tomorrow", "28/11/2026", "2026-13-01", "1e9", "nan", "inf", "0x10", "12:00", "9" * 400]
)
def test_anything_else_is_refused_with_examples(text: str) -> None:
    with pytest.raises(InvalidTime) as caught:
        parse_time(text)
    error = caught.value
    assert error.exit_code == 3
    assert "2026-11-28T12:00:00Z" in error.hint and "1795867200" in error.hint
    assert len(error.message) < 80  # a long input is shortened, not echoed whole
