"""Long work off the GUI thread, through one helper: ``run_task``.

``fn`` runs on a ``QThreadPool`` worker and receives a ``TaskContext`` to report progress
and to learn of a cancel; ``on_done``/``on_error``/``on_progress`` run on the GUI thread.
Workers never touch widgets. Tests call ``use_inline_runner()`` so everything runs at
once on the calling thread (as Picard's ``FakeThreadPool`` does).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]


class TaskCancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskContext:
    """What a running task may use: progress reports and a cancel flag."""

    def __init__(self, report: ProgressCallback | None = None) -> None:
        self._report = report
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise TaskCancelled()
        if self._report is not None:
            self._report(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Lives on the GUI thread; queued signals bring results back to it."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: ProgressCallback | None,
    ) -> None:
        super().__init__()
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_error)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result: Any) -> None:
        _live.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, exc: Any) -> None:
        _live.discard(self)
        self._on_error(exc)

    @Slot(int, int, str)
    def _deliver_progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, text)


_live: set[_Relay] = set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._ctx, self._relay = fn, ctx, relay

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            if not isinstance(exc, TaskCancelled):
                log.exception("background task failed")
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is gone: nobody is left to tell
            log.info("a background task finished after the window closed")


_inline = False


def use_inline_runner(inline: bool = True) -> None:
    """Run tasks at once on the calling thread (tests)."""
    global _inline
    _inline = inline


def run_task(
    fn: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: ProgressCallback | None = None,
) -> TaskContext:
    """Run ``fn(ctx)`` off the GUI thread; returns the context (``ctx.cancel()``)."""
    if _inline:
        ctx = TaskContext(on_progress)
        try:
            result = fn(ctx)
        except BaseException as exc:
            on_error(exc)
        else:
            on_done(result)
        return ctx
    relay = _Relay(on_done, on_error, on_progress)
    _live.add(relay)
    ctx = TaskContext(lambda d, t, s: relay.progressed.emit(d, t, s))
    QThreadPool.globalInstance().start(_Runnable(fn, ctx, relay))
    return ctx
