"""The stored time correction: round trip, damaged files, implausible offsets, the clock it gives, its description."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from authenticator.core.errors import InvalidInput
from authenticator.timesync.correction import (
    CORRECTION_FILE,
    MANUAL_SOURCE,
    TimeCorrection,
    clear_correction,
    clock_for,
    correction_path,
    describe,
    load_correction,
    save_correction,
)

T0 = 1_795_867_200.0
NTP = TimeCorrection(12.4, "NTP", T0, ("127.0.0.1:11123", "127.0.0.1:11124"))


def test_missing_file_means_no_correction(tmp_path: Path) -> None:
    warnings: list[str] = []
    assert load_correction(tmp_path, warn=warnings.append) is None
    assert warnings == []
    assert clock_for(tmp_path).offset == 0.0


def test_save_load_clear_round_trip(tmp_path: Path) -> None:
    path = save_correction(tmp_path, NTP)
    assert path == tmp_path / CORRECTION_FILE == correction_path(tmp_path)
    assert load_correction(tmp_path) == NTP
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "version": 1,
        "offset_seconds": 12.4,
        "source": "NTP",
        "measured_at": T0,
        "servers": ["127.0.0.1:11123", "127.0.0.1:11124"],
    }
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [CORRECTION_FILE]  # no temporary file left behind

    replaced = TimeCorrection(-3.0, MANUAL_SOURCE, T0 + 60)
    save_correction(tmp_path, replaced)
    assert load_correction(tmp_path) == replaced

    assert clear_correction(tmp_path) is True
    assert load_correction(tmp_path) is None
    assert clear_correction(tmp_path) is False


def test_directory_resolves_like_the_account_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUTHENTICATOR_DATA_DIR", str(tmp_path / "env"))
    save_correction(None, NTP)
    assert (tmp_path / "env" / CORRECTION_FILE).is_file()
    assert load_correction(None) == NTP
    assert load_correction(str(tmp_path)) is None  # an explicit folder wins over the environment


def test_clock_for_adds_the_correction(tmp_path: Path) -> None:
    save_correction(tmp_path, TimeCorrection(90.0, "NTP", T0))
    clock = clock_for(tmp_path)
    assert clock.offset == 90.0
    assert clock.now() - clock.system_now() == pytest.approx(90.0, abs=0.01)
    assert clock_for(tmp_path, use_correction=False).offset == 0.0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00", "not valid JSON"),
        (b"[1, 2]", "not a JSON object"),
        (b"{}", "offset_seconds is not a finite number"),
        (b'{"offset_seconds": "12"}', "offset_seconds is not a finite number"),
        (b'{"offset_seconds": true}', "offset_seconds is not a finite number"),
        (b'{"offset_seconds": NaN}', "offset_seconds is not a finite number"),
        (b'{"offset_seconds": Infinity}', "offset_seconds is not a finite number"),
        (b'{"offset_seconds": 1e300}', "impossible"),
        (b'{"offset_seconds": 1, "servers": "pool"}', "servers"),
        (b'{"offset_seconds": 1, "source": 5}', "source"),
        (b'{"offset_seconds": 1, "measured_at": null}', "measured_at"),
        (b"", "not valid JSON"),
    ],
)
def test_damaged_file_is_ignored_with_a_warning(tmp_path: Path, content: bytes, reason: str) -> None:
    (tmp_path / CORRECTION_FILE).write_bytes(content)
    warnings: list[str] = []
    assert load_correction(tmp_path, warn=warnings.append) is None
    (warning,) = warnings
    assert "damaged" in warning and reason in warning
    assert str(tmp_path / CORRECTION_FILE) in warning
    assert clock_for(tmp_path, warn=warnings.append).offset == 0.0
    # Measuring again replaces it.
    save_correction(tmp_path, NTP)
    assert load_correction(tmp_path) == NTP


def test_damaged_file_without_a_callback_goes_to_the_log(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / CORRECTION_FILE).write_text("{", encoding="utf-8")
    assert load_correction(tmp_path) is None
    assert "damaged" in caplog.text


def test_newer_format_is_ignored_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / CORRECTION_FILE).write_text('{"version": 2, "offset_seconds": 5}', encoding="utf-8")
    warnings: list[str] = []
    assert load_correction(tmp_path, warn=warnings.append) is None
    assert "newer version" in warnings[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_warning(tmp_path: Path) -> None:  # pragma: no cover - CI runs as root
    path = save_correction(tmp_path, NTP)
    path.chmod(0)
    warnings: list[str] = []
    assert load_correction(tmp_path, warn=warnings.append) is None
    assert "cannot be read" in warnings[0]


def test_a_folder_in_place_of_the_file_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / CORRECTION_FILE).mkdir()
    warnings: list[str] = []
    assert load_correction(tmp_path, warn=warnings.append) is None
    assert "cannot be read" in warnings[0]


@pytest.mark.parametrize("offset", [86_400.5, -90_000.0, 3 * 86_400.0])
def test_implausible_offset_is_refused_unless_forced(tmp_path: Path, offset: float) -> None:
    with pytest.raises(InvalidInput) as caught:
        save_correction(tmp_path, TimeCorrection(offset, "NTP", T0))
    assert "not clock drift" in caught.value.message
    assert caught.value.exit_code == 3
    assert not (tmp_path / CORRECTION_FILE).exists()
    forced = TimeCorrection(offset, MANUAL_SOURCE, T0)
    save_correction(tmp_path, forced, force=True)
    assert load_correction(tmp_path) == forced  # a forced value is not then ignored as damaged


@pytest.mark.parametrize("offset", [float("nan"), float("inf"), 1e300])
def test_impossible_offset_is_refused_even_when_forced(tmp_path: Path, offset: float) -> None:
    with pytest.raises(InvalidInput):
        save_correction(tmp_path, TimeCorrection(offset, MANUAL_SOURCE, T0), force=True)
    assert not (tmp_path / CORRECTION_FILE).exists()


def test_one_day_exactly_is_still_plausible(tmp_path: Path) -> None:
    save_correction(tmp_path, TimeCorrection(-86_400.0, "NTP", T0))
    assert load_correction(tmp_path) is not None


@pytest.mark.parametrize(
    ("correction", "age", "text"),
    [
        (TimeCorrection(12.4, "NTP", T0), 300, "Codes corrected by +12.4 s (NTP, 5 min ago)"),
        (
            TimeCorrection(-90.0, "https://example.com", T0),
            10,
            "Codes corrected by -90.0 s (https://example.com, just now)",
        ),
        (TimeCorrection(0.0123, "NTP", T0), 3 * 3600 + 5, "Codes corrected by +0.012 s (NTP, 3 h ago)"),
        (
            TimeCorrection(150.0, MANUAL_SOURCE, T0),
            3 * 86_400,
            "Codes corrected by +2 min 30 s (set by hand, 3 days ago)",
        ),
    ],
)
def test_describe(correction: TimeCorrection, age: float, text: str) -> None:
    assert describe(correction, T0 + age) == text


def test_describe_without_correction() -> None:
    assert describe(None, T0) == "Codes use the system clock (no time correction)."
