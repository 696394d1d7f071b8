"""Combining answers (pure): the agreeing majority's median, outliers set aside, absurd offsets flagged."""

from __future__ import annotations

import pytest

from authenticator.timesync.combine import combine_measurements
from authenticator.timesync.measurement import TimeMeasurement, failed


def answer(source: str, offset: float, delay: float = 0.02, resolution: float = 0.0) -> TimeMeasurement:
    return TimeMeasurement(source, offset, delay, stratum=2, resolution_seconds=resolution)


def test_median_of_agreeing_answers_and_their_spread() -> None:
    combined = combine_measurements([answer("a", 0.10), answer("b", 0.12), answer("c", 0.30)])
    assert combined.offset_seconds == pytest.approx(0.12)
    assert combined.spread_seconds == pytest.approx(0.20)
    assert combined.usable and combined.consistent and combined.plausible
    assert combined.outliers == () and combined.failed == ()
    assert combined.message == "3 of 3 sources agree: your clock is 0.120 s behind them (spread 0.200 s)."


def test_an_outlier_is_set_aside_not_averaged_in() -> None:
    good = [answer("a", -2.01), answer("b", -2.00), answer("c", -1.99)]
    liar = answer("liar", 3600.0)
    combined = combine_measurements([good[0], liar, *good[1:]])
    assert combined.offset_seconds == pytest.approx(-2.00)
    assert combined.used == tuple(good)
    assert combined.outliers == (liar,)
    assert combined.usable
    assert combined.message == (
        "3 of 4 sources agree: your clock is 2.0 s ahead of them (spread 0.020 s); ignored liar (disagrees)."
    )


def test_failed_sources_are_listed_and_counted() -> None:
    dead = failed("dead", "No answer within 2 s.")
    combined = combine_measurements([answer("a", 47.0), dead])
    assert combined.failed == (dead,)
    assert combined.offset_seconds == pytest.approx(47.0)
    assert combined.message == "1 of 2 sources agree: your clock is 47 s behind them (spread 0.000 s); 1 failed."


def test_nothing_answered() -> None:
    combined = combine_measurements([failed("a", "No answer within 2 s."), failed("b", "Connection refused.")])
    assert combined.offset_seconds is None and combined.spread_seconds is None
    assert not combined.usable
    assert combined.message == "No time source answered (a: No answer within 2 s; b: Connection refused)."


def test_no_sources_at_all() -> None:
    combined = combine_measurements([])
    assert not combined.usable
    assert combined.message == "No time source answered (no sources were given)."


def test_two_sources_that_disagree_are_not_usable() -> None:
    combined = combine_measurements([answer("a", 0.0, delay=0.01), answer("b", 40.0, delay=0.2)])
    assert not combined.consistent and not combined.usable
    assert combined.offset_seconds == pytest.approx(0.0)  # the tie goes to the shorter round trip
    assert "disagree" in combined.message


def test_an_absurd_offset_is_flagged_never_usable() -> None:
    combined = combine_measurements([answer("a", -3 * 86400 - 7200.0), answer("b", -3 * 86400 - 7200.2)])
    assert combined.offset_seconds is not None
    assert not combined.plausible and not combined.usable
    assert "3 days 2 h" in combined.message and "not applied automatically" in combined.message


def test_one_day_is_still_plausible_a_bit_more_is_not() -> None:
    assert combine_measurements([answer("a", 86400.0)]).plausible
    assert not combine_measurements([answer("a", 86400.5)]).plausible


def test_coarse_sources_agree_within_their_resolution() -> None:
    """An HTTP Date (1 s resolution) 0.8 s from an NTP answer is agreement, not an outlier."""
    ntp, web = answer("ntp", 10.0, delay=0.01), answer("web", 10.8, delay=0.05, resolution=1.0)
    combined = combine_measurements([ntp, web])
    assert combined.outliers == ()
    assert combined.usable


def test_to_dict_lists_every_source_with_its_status() -> None:
    dead = failed("dead", "No answer within 2 s.")
    data = combine_measurements([answer("a", 1.0), answer("b", 1.01), answer("c", 99.0), dead]).to_dict()
    assert data["usable"] is True
    assert [(s["source"], s["status"]) for s in data["sources"]] == [
        ("a", "used"),
        ("b", "used"),
        ("c", "outlier"),
        ("dead", "failed"),
    ]
    assert data["sources"][3]["error"] == "No answer within 2 s."
