"""The settings of a ``radiocheck`` process, made once when the CLI (or a ``--jobs``
worker) starts.

Only :func:`checker.cli.main` and the worker initializer of
:mod:`checker.runner.pool` call :func:`configure`: a program that imports checker
as a library keeps its own garbage collector and its own pydantic plugins.
"""

from __future__ import annotations

import gc
import os
import sys
import types
from collections.abc import Iterable

#: pydantic's plugin loader, which imports ``importlib.metadata`` to find plugins.
_LOADER = "pydantic.plugin._loader"
#: The values of ``PYDANTIC_DISABLE_PLUGINS`` that turn every plugin off (pydantic's).
_ALL_OFF = ("__all__", "1", "true")

#: The garbage collector's thresholds for a run (CPython's default: 700, 10, 10).
#: radiocheck makes few reference cycles (its objects are freed by reference counting:
#: a check's peak memory is the same with the collector off), but start-up makes
#: about 100,000 long-lived objects (modules, pydantic's validators, the parse tables)
#: and a report many more, and the default collects after every 700 of them,
#: scanning again what lives to the end. These thresholds leave almost no CPU to the
#: collector; at 100,000 one collection still fell inside a one-file check, hence
#: 200,000 (measured: benchmarks/README.md, 'process.THRESHOLDS').
#: ``gc.freeze()`` after start-up would need a hook in each command, for collections
#: that no longer come.
THRESHOLDS = (200_000, 10, 10)


def configure() -> None:
    """Skip pydantic's plugin search and tune the garbage collector, for this process."""
    _skip_plugin_search()
    gc.set_threshold(*THRESHOLDS)


def _skip_plugin_search() -> None:
    """Turn pydantic's plugins off unless the user has set ``PYDANTIC_DISABLE_PLUGINS``
    (the CLI uses none), and then spare the loader's import of ``importlib.metadata``.

    pydantic looks for plugins when it builds its first model: its loader
    (``pydantic.plugin._loader``) imports ``importlib.metadata`` (with ``email``,
    ``zipfile``, ``csv``) and, unless the variable turns every plugin off, reads the
    metadata of every installed distribution (measured: benchmarks/README.md,
    'process._skip_plugin_search'). With every plugin off the loader's
    ``get_plugins()`` returns nothing without looking, so a stand-in module that
    returns nothing is the same loader, less the import; any
    other name asked of it loads the real one. With some plugins only turned off, or
    the real loader already imported, nothing is replaced."""
    if os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__") not in _ALL_OFF:
        return
    if _LOADER in sys.modules:
        return
    stand_in = types.ModuleType(_LOADER, "pydantic's plugin loader with every plugin off")
    stand_in.get_plugins = _no_plugins  # type: ignore[attr-defined]
    stand_in.__getattr__ = _real_loader  # type: ignore[method-assign]
    sys.modules[_LOADER] = stand_in


def _no_plugins() -> Iterable[object]:
    return ()


def _real_loader(name: str) -> object:
    """Any other name of the loader module: from pydantic's own, imported now. (Not
    its dunders: ``from ... import`` asks any module for ``__path__``.)"""
    if name.startswith("__"):
        raise AttributeError(name)
    if getattr(sys.modules.get(_LOADER), "get_plugins", None) is _no_plugins:
        del sys.modules[_LOADER]
    from pydantic.plugin import _loader

    return getattr(_loader, name)


#: Set when a Ctrl-C was swallowed (:func:`latch_interrupts`); a list, not a flag, so
#: that it is changed in place from a hook.
_SWALLOWED: list[bool] = []


def latch_interrupts() -> None:
    """Keep a Ctrl-C that Python would swallow, for :func:`raise_if_interrupted`.

    A KeyboardInterrupt raised inside a weakref callback or a ``__del__`` (the import
    system's module-lock callback, while a module is imported on first use) cannot
    propagate: Python prints "Exception ignored in: …" with its traceback and goes
    on. A Ctrl-C that landed there was lost, and a ``--jobs`` run went on waiting for
    its workers (a CI sweep of tests/cli/test_hardening_runs.py met it once in
    several hundred runs). With this hook such an interrupt prints nothing and is
    kept; the places that wait (the pool, the end of a run) then raise it. Only the
    console script calls this: a program importing checker keeps its own hook."""
    previous = sys.unraisablehook

    def hook(unraisable: sys.UnraisableHookArgs) -> None:
        if isinstance(unraisable.exc_value, KeyboardInterrupt):
            _SWALLOWED.append(True)
            return
        previous(unraisable)

    sys.unraisablehook = hook


def interrupt_kept() -> bool:
    """Whether :func:`latch_interrupts` has kept a Ctrl-C."""
    return bool(_SWALLOWED)


def raise_if_interrupted() -> None:
    """Raise the Ctrl-C that :func:`latch_interrupts` kept, if any."""
    if _SWALLOWED:
        raise KeyboardInterrupt


def interrupted_by(exc: BaseException) -> bool:
    """Whether an error was caused by Ctrl-C, so that an error boundary ("a bug in
    this file") passes it on as the interrupt it is: a KeyboardInterrupt raised while
    Python defines a class (a model imported on first use) comes out as
    RuntimeError("Error calling __set_name__ ..."), the interrupt as its cause."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False
