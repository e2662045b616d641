"""Where the shipped grammars live, for a source checkout and an installed wheel alike.

The grammars are kept in the top-level ``grammar/`` folder so that they can be read
and reviewed beside the code; the wheel ships them as ``checker/_grammar`` (see
``[tool.hatch.build.targets.wheel.force-include]`` in pyproject.toml). This module is
the one place that knows both locations. It also writes the files radiocheck makes:
its cache entries, and every output file through :func:`write_atomic`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lark import Lark

_PACKAGE = Path(__file__).resolve().parent


@cache
def grammar_dir() -> Path:
    """The folder holding ``transcript.lark`` and ``phraseology.lark``."""
    for candidate in (_PACKAGE / "_grammar", _PACKAGE.parent / "grammar"):
        if (candidate / "transcript.lark").is_file():
            return candidate
    raise FileNotFoundError(
        f"radiocheck's grammar files are missing (looked in {_PACKAGE / '_grammar'} "
        f"and {_PACKAGE.parent / 'grammar'}); the installation is broken"
    )


def grammar_text(name: str) -> str:
    """The text of one grammar file, e.g. ``grammar_text("transcript.lark")``."""
    return (grammar_dir() / name).read_text(encoding="utf-8")


@cache
def grammar_sha256() -> str:
    """One hash over every ``.lark`` file, in name order: reports name their grammar."""
    digest = hashlib.sha256()
    for path in sorted(grammar_dir().glob("*.lark")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


# --- the cache of built parsers and the compiled lexicon ------------------------
#
# Building the two LALR parsers from their grammars takes most of a run on one short
# transcript, and compiling the phrase lexicon some more
# (measured: benchmarks/README.md, 'resources.lark_parser'). What they build is
# therefore kept in a cache the project owns, never in lark's default cache (a pickle
# in the shared temp folder):
#
# * the folder is ``$XDG_CACHE_HOME/radiocheck`` (default ``~/.cache/radiocheck``),
#   made 0700, and used only when it belongs to this user and no one else can
#   write to it;
# * an entry is JSON (nothing in it is ever executed: no pickle), named and keyed
#   by the SHA-256 of everything it was built from (for a parser: the grammar text,
#   the parser options, the lark version; for the lexicon: its data file and the code
#   that compiles it) and this format's version, written to a 0600 temporary file and
#   renamed into place;
# * an entry is one JSON object, ``{"key": K, "sha256": D, "value": V}``, where D is
#   the SHA-256 of V's text as written; an entry that cannot be read, does not parse,
#   holds another key, or whose value is not the text written with it (hand-edited,
#   corrupt, of another shape) is ignored, and the value is built and written again:
#   a bad entry is never an error. ``RADIOCHECK_NO_CACHE=1`` turns the cache off.

_CACHE_FORMAT = 3


def cache_dir() -> Path | None:
    """The user's private cache folder for radiocheck, made if missing; None when
    caching is off or the folder is not safe to use."""
    if os.environ.get("RADIOCHECK_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    folder = Path(base) / "radiocheck"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode) or st.st_mode & 0o022:
        return None
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        return None
    return folder


def read_cache(stem: str, key: str, object_hook: Any = None) -> Any | None:
    """The value stored under ``key`` by :func:`write_cache`, or None when caching is
    off or the entry is missing, unreadable, holds another key or another value than
    the one written with it."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{stem}-{key[:32]}.json").open(encoding="utf-8") as f:
            text = f.read()
    except (OSError, ValueError):
        return None
    n = len(_head(key, "0" * 64))
    body = text[n:-1]
    if text[:n] != _head(key, _digest(body)) or not text.endswith("}"):
        return None  # another key, or a value that is not the one written with it
    try:
        return json.loads(body, object_hook=object_hook)
    except (ValueError, RecursionError):
        return None


def _head(key: str, digest: str) -> str:
    """An entry's text before its value: the key and the digest of the value's text."""
    return f'{{"key": "{key}", "sha256": "{digest}", "value": '


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def write_cache(stem: str, key: str, value: Any, default: Any = None) -> None:
    """Store a JSON value under ``key``, atomically; a value that cannot be written is
    simply not cached (the caller has it already)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        body = json.dumps(value, default=default)
        text = _head(key, _digest(body)) + body + "}"
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)  # mode 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
            os.replace(tmp, folder / f"{stem}-{key[:32]}.json")
        except BaseException:
            os.unlink(tmp)
            raise
        _prune(folder, stem)
    except (OSError, TypeError, ValueError):
        return


#: Entries kept per name: one per grammar or lexicon version recently built, so that
#: two installed versions used in turn do not rebuild each other's entries.
_KEEP = 4


def _prune(folder: Path, stem: str) -> None:
    """Remove all but the newest :data:`_KEEP` entries named ``stem-*.json``."""
    entries = sorted(folder.glob(f"{stem}-*.json"), key=lambda p: p.stat().st_mtime)
    for old in entries[:-_KEEP]:
        old.unlink(missing_ok=True)


def cached_toml(stem: str, kind: str, name: str, text: str) -> Any:
    """TOML ``text`` parsed, kept in the user's cache as JSON under ``stem`` and keyed
    by the text itself: ``tomllib`` is pure Python and slow, and the package's own data
    files (the phrase data, the shipped rule sets) are parsed by every process. A
    value JSON cannot hold (a TOML date) is simply not cached."""
    key = cache_key(kind, name, hashlib.sha256(text.encode()).hexdigest())
    found = read_cache(stem, key)
    if isinstance(found, dict):
        return found
    import tomllib  # only when the cache has nothing: most processes never need it

    data = tomllib.loads(text)
    write_cache(stem, key, data)
    return data


def cache_key(*parts: object) -> str:
    """The SHA-256 of these parts (JSON, with this cache format's version)."""
    text = json.dumps([_CACHE_FORMAT, *parts], sort_keys=True, default=repr)
    return hashlib.sha256(text.encode()).hexdigest()


def lark_parser(name: str, transformer: Any = None, **options: Any) -> Lark:
    """The LALR parser of grammar file ``name`` with these lark ``options``, from the
    cache when it holds this grammar built with these options by this lark version,
    else built (and cached). ``transformer`` is not part of the key: it is code, and
    is attached after loading."""
    import lark

    text = grammar_text(name)
    key = cache_key(lark.__version__, name, text, sorted(options.items()))
    stem = Path(name).stem
    entry = read_cache(stem, key, object_hook=_int_keys)
    if isinstance(entry, dict):
        kwargs = {"transformer": transformer} if transformer is not None else {}
        try:  # lark's own loader of a serialised parser (what its standalone modules use)
            parser: Lark = lark.Lark._load_from_dict(  # type: ignore[no-untyped-call]
                entry["data"], entry["memo"], **kwargs
            )
            return parser
        except Exception:  # a corrupt or foreign entry: build the parser again
            pass
    built = lark.Lark(text, transformer=transformer, **options)
    _save(built, stem, key)
    return built


def _save(parser: Lark, stem: str, key: str) -> None:
    from lark.grammar import Rule
    from lark.lexer import TerminalDef

    try:
        data, memo = parser.memo_serialize([TerminalDef, Rule])
    except (TypeError, ValueError):
        return
    # options that are code, or given again when loading, are not stored
    data["options"] = {k: v for k, v in data["options"].items() if k not in _RUNTIME_OPTIONS}
    write_cache(stem, key, {"data": data, "memo": memo}, default=_json_default)


#: Options that lark lets a caller give again when loading a parser (lark's own
#: ``_LOAD_ALLOWED_OPTIONS``): the transformer and callbacks are code.
_RUNTIME_OPTIONS = frozenset(
    {"postlex", "transformer", "lexer_callbacks", "use_bytes", "debug", "g_regex_flags",
     "regex", "propagate_positions", "tree_class", "_plugins"}
)  # fmt: skip


def _json_default(value: object) -> object:
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot store {type(value).__name__} in the parser cache")


def _int_keys(obj: dict[str, Any]) -> dict[Any, Any]:
    """JSON object keys are strings; lark's parse tables are keyed by state numbers.
    Only the first key is looked at (lark's tables are keyed all by numbers or all by
    names; this halves loading the phraseology parser's JSON; measured:
    benchmarks/README.md, 'resources._int_keys'); a table keyed by both fails
    ``int()`` and the entry is rebuilt."""
    for k in obj:
        if k.isdigit():
            return {int(k): v for k, v in obj.items()}
        break
    return obj


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that no reader ever sees a partial file
    (:func:`atomic_file`)."""
    with atomic_file(path) as out:
        out.write(text)


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[IO[str]]:
    """A text file (UTF-8) that becomes ``path`` whole when the block ends, so that no
    reader ever sees a partial file; written to as it goes (``check -o`` streams into it).

    Every output file radiocheck writes (``-o`` pages and reports, ``convert``,
    ``--write-baseline``) goes through here: the text goes to a temporary file in the
    same folder, is flushed to disk, and is renamed over ``path`` in one step. A full
    disk, an internal error or Ctrl-C half-way leaves the previous file as it was (and
    no temporary file behind); two runs writing the same page leave one whole page, not
    a mix. The previous file's permission bits are kept; a new file gets the usual
    ``0666`` less the umask. A symbolic link is written through, to the file it names;
    what is not a regular file (``/dev/stdout``, a FIFO) is simply written to.
    """
    target = Path(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except NotADirectoryError:
        info = None  # the rename below reports it
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        with open(target, "w", encoding="utf-8") as out:  # a device or a pipe: no rename
            yield out
        return
    target = Path(os.path.realpath(target))
    if info is not None:
        mode = stat.S_IMODE(info.st_mode)
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    tmp = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, before the rename
        "w",
        encoding="utf-8",
        dir=target.parent,
        prefix=f".{target.name}.",
        suffix=".tmp",
        delete=False,
    )
    try:
        with tmp:
            yield tmp
            tmp.flush()
            os.fsync(tmp.fileno())
        os.chmod(tmp.name, mode)
        os.replace(tmp.name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp.name)
        raise
