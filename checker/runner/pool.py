"""The one ordered parallel map of ``check --jobs N`` and ``test --jobs N``.

:func:`ordered_map` applies a function to files in worker processes and yields the
results in input order, so that the output does not depend on ``--jobs``. Three
things can go wrong with worker processes that a plain ``pool.map`` handles badly,
and each is handled here rather than in the commands:

- **Ctrl-C.** A terminal's SIGINT reaches the whole process group. Workers ignore it
  (:func:`start_worker`, the pool's initializer; they are started with SIGINT held
  back, :func:`_spawning`, so that none arrives before it), so that they print no
  tracebacks;
  the parent alone is interrupted, stops the workers at once (:func:`_stop`, with a
  second Ctrl-C ignored while it does), and the caller says which files were not
  checked.
- **A worker killed by the system** (the out-of-memory killer, ``kill -9``). The pool
  is then broken and every outstanding file fails with it. The files that may have
  been running (the first ``N + 1`` not yet done: the pool feeds its workers in
  order) are checked again one at a time, each alone in a fresh process, so that the
  one that kills its process again is named and the others are not blamed; the rest
  go on in a fresh pool. The killed file is reported as not checked (exit 2), and
  the run goes on.
- **A bug in checking one file** is the work function's to report: ``check`` reports
  it for that file and keeps the others' reports (a folder of files is not lost to
  one bad file); an exception it lets out ends the run, as in one process.

``RADIOCHECK_TEST_FAULT`` is a hook for the test suite only (tests/cli/test_hardening_runs):
``kill:NAME``, ``raise:NAME`` or ``sleep:NAME`` makes the worker process checking the
file called NAME kill itself, raise an error, or sleep, so that the above can be
tested with real processes. It acts only inside a worker process, never in the
parent or a one-process run.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

R = TypeVar("R")

#: The test-only fault hook (see the module docstring).
FAULT_VARIABLE = "RADIOCHECK_TEST_FAULT"


def start_worker() -> None:
    """The workers' initializer: Ctrl-C is the parent's to handle, and the process is
    set up as the CLI's own (:mod:`checker.process`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from checker import process

    process.configure()


def test_fault(path: Path) -> None:
    """Act on ``RADIOCHECK_TEST_FAULT`` for ``path`` in a worker process (tests only)."""
    fault = os.environ.get(FAULT_VARIABLE)
    if not fault:
        return
    from multiprocessing import parent_process

    action, _, name = fault.partition(":")
    if parent_process() is None or Path(path).name != name:
        return
    if action == "kill":
        signal.raise_signal(signal.SIGKILL)
    elif action == "raise":
        raise RuntimeError(f"{FAULT_VARIABLE} asked for an error on {name}")
    elif action == "sleep":
        time.sleep(60)


def ordered_map(
    work: Callable[[Path], R],
    paths: Sequence[Path],
    jobs: int,
    killed: Callable[[Path], R],
) -> Iterator[R]:
    """``work(path)`` for each path, yielded in input order: in this process when there
    is one job (or one path), else in up to ``jobs`` worker processes (:func:`pooled`),
    ``killed(path)`` standing for a file whose process was killed."""
    workers = min(jobs, len(paths))
    if workers <= 1:
        from checker.process import raise_if_interrupted

        for path in paths:
            raise_if_interrupted()  # a Ctrl-C Python swallowed stops before the next file
            yield work(path)
        return
    yield from pooled(work, paths, workers, killed)


def pooled(
    work: Callable[[Path], R],
    paths: Sequence[Path],
    workers: int,
    killed: Callable[[Path], R],
) -> Iterator[R]:
    """``work(path)`` for each path in ``workers`` processes, yielded in input order;
    ``killed(path)`` for a file whose process was killed (see the module docstring)."""
    from concurrent.futures.process import BrokenProcessPool

    todo = list(paths)
    while todo:
        pool = _pool(workers)
        finished = False
        try:
            with _spawning():
                futures = [pool.submit(work, p) for p in todo]
            futures.reverse()  # popped in input order: a future let go holds no result
            for k in range(len(todo)):
                try:
                    result = _result(futures.pop())
                except BrokenProcessPool:
                    suspects, todo = todo[k : k + workers + 1], todo[k + workers + 1 :]
                    _stop(pool, now=True)
                    for path in suspects:
                        yield _alone(work, path, killed)
                    break
                yield result
            else:
                todo = []
            finished = True
        finally:  # also on Ctrl-C, or when the reader stops early
            _stop(pool, now=not finished)


def _alone(work: Callable[[Path], R], path: Path, killed: Callable[[Path], R]) -> R:
    """``work(path)`` in a process of its own: a kill now is this file's."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1)
    try:
        with _spawning():
            future = pool.submit(work, path)
        result: R = _result(future)
        return result
    except BrokenProcessPool:
        return killed(path)
    finally:
        _stop(pool, now=True)


#: Seconds between looks for a swallowed Ctrl-C while a result is awaited.
POLL = 0.25


def _result(future: Any) -> Any:
    """``future.result()``, raising meanwhile a Ctrl-C that Python swallowed
    (:func:`checker.process.latch_interrupts`): without the look, a run whose Ctrl-C
    was lost waited for a worker that might run for minutes."""
    from concurrent.futures import TimeoutError as Pending

    from checker.process import raise_if_interrupted

    while True:
        raise_if_interrupted()
        try:
            return future.result(timeout=POLL)
        except Pending:
            continue


@contextmanager
def _spawning() -> Iterator[None]:
    """Ctrl-C held back while workers are started: a worker spawned now inherits the
    blocked signal and keeps it blocked until its initializer ignores it. Without
    this, a Ctrl-C while a worker is still importing (before :func:`start_worker`
    runs) raised KeyboardInterrupt there, and its traceback, cut short when the
    worker was terminated, reached the terminal. The parent gets the held-back
    Ctrl-C as soon as the workers are started."""
    block = getattr(signal, "pthread_sigmask", None)
    if block is None:  # no signal masks (Windows): nothing to hold back
        yield
        return
    previous = block(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        block(signal.SIG_SETMASK, previous)


def _pool(workers: int) -> Any:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # spawn: the same on every platform, and safe beside a progress bar's threads
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=get_context("spawn"), initializer=start_worker
    )


def _stop(pool: Any, now: bool) -> None:
    """Shut ``pool`` down; ``now``: outstanding files cancelled and running workers
    terminated, so that nothing waits for a file nobody will read (Ctrl-C, a broken
    pool). A second Ctrl-C meanwhile is ignored, then the usual handling is back."""
    import multiprocessing

    if not now:
        pool.shutdown(wait=True)
        return
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to set
        previous = None
    try:
        pool.shutdown(wait=False, cancel_futures=True)
        for child in multiprocessing.active_children():
            child.terminate()
        _wind_down(pool)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


#: Seconds a stopped pool's manager thread is given to wind down.
WIND_DOWN = 5.0


def _wind_down(pool: Any) -> None:
    """Wait for a stopped pool's manager thread, but not for ever: a CI run once hung
    60 s here after a Ctrl-C (the thread never ended; not reproduced in 50 runs).
    Past :data:`WIND_DOWN`, the workers left are killed, and the thread is let go, so
    that neither this call nor the interpreter's exit (which joins such threads)
    waits on it."""
    import multiprocessing
    from concurrent.futures import process

    thread = getattr(pool, "_executor_manager_thread", None)
    if thread is None:
        pool.shutdown(wait=True)
        return
    thread.join(WIND_DOWN)
    if not thread.is_alive():
        pool.shutdown(wait=True)  # the rest of the pool's own cleanup: nothing waits now
        return
    for child in multiprocessing.active_children():
        child.kill()
    thread.join(WIND_DOWN)
    if thread.is_alive():
        getattr(process, "_threads_wakeups", {}).pop(thread, None)
        STUCK.append(thread.name)  # the CLI then ends the process without joining it


#: Names of pool threads that did not wind down (:func:`_wind_down`); the console
#: script ends the process at once when there are any (the interpreter would join them).
STUCK: list[str] = []
