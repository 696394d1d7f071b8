"""Keep blocking work (the keyring, the metadata file lock) off the GUI thread, picard style.

``run_task(fn, on_done, on_error)`` runs ``fn`` on a thread pool and calls ``on_done(result)`` or
``on_error(exception)`` back on the GUI thread, through a queued signal on a QObject that lives there.

The pool has one thread on purpose: vault operations then run in the order the user asked for them (add,
then move, then edit), and the GUI thread knows that while no task is pending nothing else holds the vault's
lock, so a quick ``changed_on_disk()`` check from a tick can never stall behind a keyring prompt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class TaskRunner(QObject):
    """Runs callables on its own pool and delivers their outcome on the thread that owns the runner."""

    #: Emitted (on the GUI thread) when the last pending task has delivered its result.
    idle = Signal()
    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pending = 0
        self._delivered.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Tasks started and not yet delivered."""
        return self._pending

    @property
    def is_idle(self) -> bool:
        return self._pending == 0

    def run(self, fn: Callable[[], Any], on_done: OnDone | None = None, on_error: OnError | None = None) -> None:
        """Start ``fn`` on the pool; the callbacks run later on this object's thread."""
        self._pending += 1

        def work() -> None:
            try:
                outcome: tuple[bool, Any] = (True, fn())
            except Exception as exc:
                outcome = (False, exc)
            # A signal emitted from the pool thread to a receiver living on the GUI thread is queued.
            self._delivered.emit((outcome, on_done, on_error))

        self._pool.start(work)

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is empty (quit and test teardown only; results are delivered later)."""
        return self._pool.waitForDone(msecs)

    @Slot(object)
    def _deliver(self, payload: tuple[tuple[bool, Any], OnDone | None, OnError | None]) -> None:
        (ok, value), on_done, on_error = payload
        self._pending -= 1
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
            elif on_error is not None:
                on_error(value)
            else:
                log.error("background task failed: %s", type(value).__name__)
        finally:
            if self._pending == 0:
                self.idle.emit()


_default_runner: TaskRunner | None = None


def default_runner() -> TaskRunner:
    """A process-wide runner, created on first use (on the GUI thread)."""
    global _default_runner
    if _default_runner is None:
        _default_runner = TaskRunner()
    return _default_runner


def run_task(
    fn: Callable[[], Any],
    on_done: OnDone | None = None,
    on_error: OnError | None = None,
    runner: TaskRunner | None = None,
) -> None:
    """Run ``fn`` off the GUI thread and report back on it (see :class:`TaskRunner`)."""
    (runner or default_runner()).run(fn, on_done, on_error)
