"""A stopped pool is waited for, but not for ever (checker/runner/pool.py).

A CI run once hung 60 s after a Ctrl-C with two workers: the executor's manager thread
never ended, and both the pool's shutdown and the interpreter's exit join it. These
tests stand a thread that never ends in for it: the wait is bounded, the thread is
named in ``STUCK``, and the console script then ends the process without joining it.
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from checker import cli
from checker.runner import pool


class _StuckPool:
    """What ``_wind_down`` reads of a ProcessPoolExecutor: its manager thread, and
    the shutdowns asked of it."""

    def __init__(self, thread: threading.Thread) -> None:
        self._executor_manager_thread = thread
        self.shutdowns: list[bool] = []

    def shutdown(self, wait: bool = True) -> None:
        self.shutdowns.append(wait)


def test_a_manager_thread_that_never_ends_is_let_go(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="stuck-manager", daemon=True)
    thread.start()
    monkeypatch.setattr(pool, "WIND_DOWN", 0.05)
    monkeypatch.setattr(pool, "STUCK", [])
    stuck = _StuckPool(thread)
    try:
        pool._wind_down(stuck)
        assert pool.STUCK == ["stuck-manager"]
        assert stuck.shutdowns == []  # a shutdown with wait=True would join the thread
    finally:
        release.set()
        thread.join()


def test_a_manager_thread_that_ends_is_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    thread = threading.Thread(target=lambda: None)
    thread.start()
    monkeypatch.setattr(pool, "STUCK", [])
    ended = _StuckPool(thread)
    pool._wind_down(ended)
    assert pool.STUCK == [] and not thread.is_alive()
    assert ended.shutdowns == [True]  # the pool's own cleanup, which waits on nothing now


def test_the_console_script_ends_at_once_after_a_stuck_pool(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ended: list[int] = []

    def _exit(code: int) -> Any:
        ended.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(cli, "main", lambda: 130)
    monkeypatch.setattr(pool, "STUCK", ["stuck-manager"])
    monkeypatch.setattr(cli.os, "_exit", _exit)
    with pytest.raises(SystemExit):
        cli.console()
    assert ended == [130]


def test_the_console_script_exits_normally_otherwise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "main", lambda: 0)
    monkeypatch.setattr(pool, "STUCK", [])
    with pytest.raises(SystemExit) as exit_:
        cli.console()
    assert exit_.value.code == 0
