"""``authenticator time`` (measure, store or clear the time correction) and ``authenticator which-step``.

``time`` measures the *system* clock (not the corrected one) against NTP servers and/or a web server's Date,
so its offset is always "reference minus system time" and ``--apply`` stores it as the whole correction, not
an increment. Nothing is applied silently: ``--apply`` stores only a result :attr:`CombinedOffset.usable`
says is safe, and otherwise exits with code 8 and the reason. ``which-step`` compares a code someone saw with
the steps around the (corrected) "now" to tell a wrong clock from wrong settings from a wrong secret.
"""

from __future__ import annotations

import argparse
import math
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from ..core.errors import AuthenticatorError, InvalidInput
from . import output
from .commands import Context, account_from_uri

if TYPE_CHECKING:
    from ..timesync.combine import CombinedOffset
    from ..timesync.correction import TimeCorrection
    from ..timesync.measurement import TimeMeasurement
    from ..timesync.ntp import ServerAddress

_WEB_PREFIXES = ("http://", "https://")


class TimeNotMeasured(AuthenticatorError):
    """No usable time measurement: no source answered, or ``--apply`` found nothing safe to apply."""

    exit_code = 8


# -- time -------------------------------------------------------------------------------------------------


def cmd_time(ctx: Context, args: argparse.Namespace) -> int:
    if args.reset:
        return _reset(ctx, args)
    if args.set_offset is not None:
        return _set_manual(ctx, args)

    from ..timesync import DEFAULT_NTP_SERVERS, clock_verdict, combine_measurements, parse_server
    from ..timesync.correction import TimeCorrection, save_correction
    from ..timesync.http_date import parse_web_url

    # Every argument is checked before the first packet is sent.
    timeout = _timeout(args.timeout)
    names = args.server or ([] if args.url else list(DEFAULT_NTP_SERVERS))
    servers = [parse_server(name) for name in names]
    if args.url is not None:
        parse_web_url(args.url)

    measurements = _measure(servers, args.url, timeout)
    combined = combine_measurements(measurements)
    stored = ctx.correction()
    applied: TimeCorrection | None = None
    if args.apply and combined.usable:
        assert combined.offset_seconds is not None
        applied = TimeCorrection(
            combined.offset_seconds, _source_label(combined), time.time(), tuple(m.source for m in combined.used)
        )
        save_correction(ctx.data_dir, applied)
    correction = applied or stored
    measured = combined.offset_seconds if combined.consistent else None
    verdict = clock_verdict(measured, correction_applied=_matches(correction, measured))
    sync = _system_sync()
    remaining = None
    if measured is not None:
        remaining = measured - (correction.offset_seconds if correction is not None else 0.0)

    if args.json:
        output.print_json(
            {
                **combined.to_dict(),
                "verdict": verdict.to_dict(),
                "system_sync": sync.to_dict(),
                "applied": applied is not None,
                "correction": correction.to_dict() if correction is not None else None,
                "correction_offset": correction.offset_seconds if correction is not None else 0.0,
                "remaining_offset_seconds": remaining,
            }
        )
    else:
        _print_time_report(combined, verdict.message, sync.message, correction, applied is not None)
    if correction is not None and applied is None and measured is not None and not _matches(correction, measured):
        output.warn(
            f"the stored time correction ({_signed(correction.offset_seconds)}) no longer matches the measurement:"
            f" codes are {_signed(remaining or 0.0)} off. Run 'authenticator time --apply' or"
            " 'authenticator time --reset'."
        )
    if args.apply and applied is None:
        raise TimeNotMeasured(f"No time correction was applied: {_not_usable_reason(combined)}", _RETRY_HINT)
    if combined.offset_seconds is None:
        raise TimeNotMeasured(combined.message or "No time source answered.", _RETRY_HINT)
    return 0


_RETRY_HINT = (
    "Check the network connection or name other sources with --server HOST[:PORT] or --url URL; "
    "a wrong date is fixed in the system's date and time settings."
)


def _timeout(value: float | None) -> float | None:
    if value is not None and (not math.isfinite(value) or value <= 0):
        raise InvalidInput(f"The timeout {value:g} s is not a positive number of seconds.", "Use e.g. --timeout 2.")
    return value


def _measure(servers: list[ServerAddress], url: str | None, timeout: float | None) -> list[TimeMeasurement]:
    """NTP servers and the web server are asked at the same time; the total wait is about one timeout."""
    from ..timesync.http_date import DEFAULT_HTTP_TIMEOUT, measure_http_date
    from ..timesync.measurement import failed
    from ..timesync.ntp import DEFAULT_TIMEOUT, query_ntp_servers

    web: list[TimeMeasurement] = []
    thread = None
    web_timeout = timeout if timeout is not None else DEFAULT_HTTP_TIMEOUT
    if url is not None:
        thread = threading.Thread(
            target=lambda: web.append(measure_http_date(url, web_timeout)), name="http-date", daemon=True
        )
        thread.start()
    results = query_ntp_servers(servers, timeout if timeout is not None else DEFAULT_TIMEOUT) if servers else []
    if thread is not None:
        thread.join(web_timeout + 1.0)  # the name lookup is not bounded by the request timeout
        results.append(web[0] if web else failed(url or "", f"No answer within {web_timeout:g} s."))
    return results


def _source_label(combined: CombinedOffset) -> str:
    """ "NTP", the web address, or "NTP and https://…": where a stored correction came from, in short."""
    web = [m.source for m in combined.used if m.source.startswith(_WEB_PREFIXES)]
    ntp = len(combined.used) > len(web)
    if not web:
        return "NTP"
    return ("NTP and " if ntp else "") + ", ".join(web)


def _matches(correction: TimeCorrection | None, measured: float | None) -> bool:
    """Whether codes made with the stored correction are right by the measurement (the verdict's wording)."""
    from ..timesync.diagnosis import CORRECT_WITHIN_SECONDS

    if correction is None or measured is None:
        return False
    return abs(measured - correction.offset_seconds) < CORRECT_WITHIN_SECONDS


def _not_usable_reason(combined: CombinedOffset) -> str:
    if combined.offset_seconds is None:
        return combined.message or "no time source answered."
    if not combined.consistent:
        return "the time sources disagree with each other, so there is no offset to trust."
    return (
        f"an offset of {_signed(combined.offset_seconds)} is a wrong date or time setting, not clock drift;"
        " fix the system's date and time (or store it by hand with --set SECONDS --force)."
    )


def _system_sync() -> Any:
    from ..timesync.diagnosis import system_time_sync_status

    return system_time_sync_status()


def _signed(seconds: float) -> str:
    from ..timesync.correction import signed_seconds

    return signed_seconds(seconds)


def _print_time_report(
    combined: CombinedOffset, verdict: str, sync: str, correction: TimeCorrection | None, applied: bool
) -> None:
    from ..timesync.correction import describe

    rows = [["SOURCE", "OFFSET", "DELAY", "STRATUM", "RESULT"]]
    for m in combined.measurements:
        if not m.ok:
            rows.append([m.source, "-", "-", "-", f"error: {m.error}"])
            continue
        assert m.offset_seconds is not None
        delay = f"{m.delay_seconds * 1000:.1f} ms" if m.delay_seconds is not None else "-"
        stratum = str(m.stratum) if m.stratum is not None else ("http" if m.source.startswith(_WEB_PREFIXES) else "-")
        rows.append(
            [m.source, f"{m.offset_seconds:+.3f} s", delay, stratum, "used" if m in combined.used else "outlier"]
        )
    output.print_table(rows)
    write = sys.stdout.write
    if combined.offset_seconds is not None:
        write(f"\nCombined offset: {combined.offset_seconds:+.3f} s (spread {combined.spread_seconds or 0.0:.3f} s)\n")
    write(f"{combined.message}\n{verdict}\nSystem clock: {sync}\n")
    line = describe(correction, time.time())
    write(f"{'Applied. ' if applied else ''}{line}\n")


def _reset(ctx: Context, args: argparse.Namespace) -> int:
    from ..timesync.correction import clear_correction

    removed = clear_correction(ctx.data_dir)
    if args.json:
        output.print_json({"reset": removed, "correction": None, "correction_offset": 0.0})
    else:
        sys.stdout.write("Codes use the system clock again.\n" if removed else "There was no time correction.\n")
    return 0


def _set_manual(ctx: Context, args: argparse.Namespace) -> int:
    from ..timesync.correction import MANUAL_SOURCE, TimeCorrection, describe, save_correction

    now = time.time()
    correction = TimeCorrection(float(args.set_offset), MANUAL_SOURCE, now)
    save_correction(ctx.data_dir, correction, force=args.force)
    if args.json:
        output.print_json(
            {"applied": True, "correction": correction.to_dict(), "correction_offset": correction.offset_seconds}
        )
    else:
        sys.stdout.write(describe(correction, now) + "\n")
    return 0


# -- which-step -------------------------------------------------------------------------------------------


def cmd_which_step(ctx: Context, args: argparse.Namespace) -> int:
    from ..core.which_step import normalize_code, which_step

    account_id: str | None = None
    if args.uri is not None:
        account, secret = account_from_uri(args.uri)
        normalize_code(args.code, account)
    else:
        vault = ctx.vault()
        account = vault.find(args.query)
        account_id = account.id
        normalize_code(args.code, account)  # a mistyped code is reported before the keyring is asked
        secret = vault.secret(account.id)
    when, offset = ctx.when(args.at, use_correction=not args.no_correction)
    result = which_step(account, secret, args.code, when, window_seconds=args.window)
    if args.json:
        output.print_json(
            {
                "id": account_id,
                "issuer": account.issuer,
                "name": account.name,
                "type": account.type.value,
                **result.to_dict(),
                "time": output.iso_utc(when),
                "time_unix": when,
                "correction_offset": offset,
            }
        )
    else:
        sys.stdout.write(result.message + "\n")
    return 0
