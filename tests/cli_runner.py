"""Running the CLI in-process for tests: one helper shared by the CLI and time-command tests.

``tests/`` is on ``sys.path`` (it holds the root conftest.py and no ``__init__.py``), so any test imports this
as ``from cli_runner import Result, run_cli``.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from authenticator.cli.main import main
from authenticator.core.clock import Clock


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...] | list[str],
    *,
    vault_factory: Callable[[str | None], Any] | None,
    clock: Clock | None,
    stdin: io.StringIO | str = "",
) -> Result:
    """Call ``main`` with ``stdin`` as standard input; returns the exit code and what it printed."""
    capsys.readouterr()
    saved, sys.stdin = sys.stdin, io.StringIO(stdin) if isinstance(stdin, str) else stdin
    try:
        code = main(list(argv), vault_factory=vault_factory, clock=clock)
    finally:
        sys.stdin = saved
    out, err = capsys.readouterr()
    return Result(code, out, err)
