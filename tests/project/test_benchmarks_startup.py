"""What start-up rests on: the parser cache and the lexicon compiled lazily.

A cached parser (``checker.resources.lark_parser``) must be the parser the grammar
builds; the cache must be private (0700 folder, 0600 entries, JSON only) and never
trusted blindly: a corrupt, foreign or unsafe entry is ignored and the parser is built
again. The lexicon's patterns are compiled on first use, so a broken one must be
caught here rather than by the utterance that first selects it.

A check's process imports only what its run needs (issue 19): no rich for the machine
formats, no ``importlib.metadata`` through pydantic's plugin loader, shapely only to
place a position in a zone's shape; the CLI, not the library, sets the collector's
thresholds and turns pydantic's plugins off.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from lark import Lark
from lark.grammar import Rule
from lark.lexer import TerminalDef

from checker import resources
from tests.conftest import ROOT

OPTIONS = {"parser": "lalr", "lexer": "contextual", "start": ["line", "cont"]}


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("RADIOCHECK_NO_CACHE", raising=False)
    return tmp_path / "radiocheck"


def _serialised(parser: Lark) -> str:
    data, memo = parser.memo_serialize([TerminalDef, Rule])
    data["options"] = {k: v for k, v in data["options"].items() if k != "transformer"}
    return json.dumps([data, memo], sort_keys=True, default=repr)


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("transcript.lark", {**OPTIONS, "maybe_placeholders": False}),
        ("phraseology.lark", {**OPTIONS, "start": ["island", "number"]}),
    ],
)
def test_a_cached_parser_is_the_built_one(
    cache_home: Path, name: str, options: dict[str, object]
) -> None:
    built = resources.lark_parser(name, **options)
    entries = list(cache_home.glob("*.json"))
    assert len(entries) == 1
    loaded = resources.lark_parser(name, **options)
    assert loaded is not built
    assert _serialised(loaded) == _serialised(built)
    assert stat.S_IMODE(cache_home.stat().st_mode) == 0o700
    assert stat.S_IMODE(entries[0].stat().st_mode) == 0o600
    json.loads(entries[0].read_text(encoding="utf-8"))  # JSON, nothing executable


def test_a_corrupt_entry_is_ignored_and_rebuilt(cache_home: Path) -> None:
    resources.lark_parser("transcript.lark", **OPTIONS)
    (entry,) = cache_home.glob("*.json")
    for junk in ("{not json", '{"key": "someone else", "data": {}, "memo": {}}', ""):
        entry.write_text(junk, encoding="utf-8")
        parser = resources.lark_parser("transcript.lark", **OPTIONS)
        assert parser.parse("06:40 Ranger: hello", start="line") is not None
        assert json.loads(entry.read_text(encoding="utf-8"))["key"] != "someone else"


def test_an_unsafe_folder_or_no_cache_is_not_used(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_home.mkdir(mode=0o777)
    os.chmod(cache_home, 0o777)  # writable by others: never read from it
    assert resources.cache_dir() is None
    resources.lark_parser("transcript.lark", **OPTIONS)
    assert not list(cache_home.glob("*.json"))
    os.chmod(cache_home, 0o700)
    monkeypatch.setenv("RADIOCHECK_NO_CACHE", "1")
    assert resources.cache_dir() is None


def test_transcripts_parse_the_same_through_the_cached_parser(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from lark.exceptions import LarkError

    from checker.transcript import parse

    lines = [
        line
        for path in sorted((ROOT / "transcripts").rglob("*.radio"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]

    def parse_all() -> list[object]:
        out: list[object] = []
        for line in lines:
            try:
                out.append(parse.parse_line(line))
            except LarkError as exc:
                out.append(type(exc).__name__)
        return out

    monkeypatch.setenv("RADIOCHECK_NO_CACHE", "1")
    parse.parser.cache_clear()
    built = parse_all()
    monkeypatch.delenv("RADIOCHECK_NO_CACHE")
    parse.parser.cache_clear()
    parse.parser()  # built, and written to the cache
    parse.parser.cache_clear()
    assert list(cache_home.glob("transcript-*.json"))
    try:
        assert parse_all() == built  # loaded from the cache
    finally:
        parse.parser.cache_clear()


def test_every_lexicon_pattern_compiles() -> None:
    from checker.phraseology.lexicon import lexicon

    patterns = [p for family in lexicon().families for p in family.patterns]
    assert len(patterns) > 100
    for p in patterns:
        assert p.regex.pattern == p.expression, p.source


def test_the_cached_lexicon_is_the_compiled_lexicon(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.phraseology import lexicon as lex

    monkeypatch.setenv("RADIOCHECK_NO_CACHE", "1")
    lex.lexicon.cache_clear()
    built = lex.lexicon()
    monkeypatch.delenv("RADIOCHECK_NO_CACHE")
    try:
        lex.lexicon.cache_clear()
        assert lex.lexicon() == built  # compiled, and written to the cache
        assert len(list(cache_home.glob("lexicon-*.json"))) == 1
        lex.lexicon.cache_clear()
        assert lex.lexicon() == built  # read from the cache
        entry = next(cache_home.glob("lexicon-*.json"))
        entry.write_text('{"key": "another", "value": {}}', encoding="utf-8")
        lex.lexicon.cache_clear()
        assert lex.lexicon() == built  # a foreign entry is ignored and rewritten
        entry.write_text("{not json", encoding="utf-8")
        lex.lexicon.cache_clear()
        assert lex.lexicon() == built
    finally:
        lex.lexicon.cache_clear()


def test_a_shipped_rule_set_is_parsed_once_into_the_cache(cache_home: Path) -> None:
    import tomllib

    from checker.ruleset import loader

    shipped = sorted(loader.DATA_DIR.glob("*.toml"))
    assert len(shipped) >= 3
    for path in shipped:
        text = path.read_text(encoding="utf-8")
        parsed = tomllib.loads(text)
        assert loader._parsed(path, text) == parsed  # parsed, and cached
        (entry,) = cache_home.glob(f"ruleset-{path.stem}-*.json")
        assert loader._parsed(path, text) == parsed  # read from the cache
        entry.write_text("{not json", encoding="utf-8")
        assert loader._parsed(path, text) == parsed  # a corrupt entry: parsed again


def test_old_cache_entries_are_pruned(cache_home: Path) -> None:
    for i in range(7):
        resources.write_cache("thing", f"{i:032d}" * 2, {"n": i})
        os.utime(cache_home / f"thing-{i:032d}.json", (1_000_000 + i, 1_000_000 + i))
    kept = sorted(p.name for p in cache_home.glob("thing-*.json"))
    assert len(kept) == 4
    assert resources.read_cache("thing", f"{6:032d}" * 2) == {"n": 6}
    assert resources.read_cache("thing", f"{0:032d}" * 2) is None


# --- what a check's process imports and how it is set up (issue 19) ---------------

#: A fresh process: runs the CLI's ``main`` on each argv given, then prints what
#: stands in the way of a fast start: the heavy modules it imported, radiocheck's
#: pydantic models it built (their schemas: every model is built on first use), the
#: rule kinds' modules it imported, the collector's thresholds, and whether pydantic's
#: real plugin loader was loaded.
_PROBE = """
import gc, json, sys
argvs = json.loads(sys.argv[1])
if argvs and argvs[0] == ["--library"]:
    import checker.api
    checker.api.check(argvs[1][0])
else:
    from checker.cli import main
    for argv in argvs:
        main(argv)
heavy = ("rich", "importlib.metadata", "email", "zipfile", "shapely", "numpy", "rapidfuzz")
loader = sys.modules.get("pydantic.plugin._loader")
built = []
if "pydantic" in sys.modules:
    from pydantic import BaseModel
    todo = [BaseModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("checker.") and sub.__pydantic_complete__:
                built.append(f"{sub.__module__}.{sub.__qualname__}")
print(json.dumps({
    "imported": [m for m in heavy if m in sys.modules],
    "built": sorted(built),
    "kinds": sorted(m for m in sys.modules if m.startswith("checker.rules.kinds.")),
    "thresholds": list(gc.get_threshold()),
    "real_loader": loader is not None and "_plugins" in vars(loader),
}), file=sys.stderr)
"""


def _probe(argvs: list[list[str]], tmp_path: Path, **env: str) -> dict[str, object]:
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if not k.startswith("PYDANTIC_")}
    environ.update(XDG_CACHE_HOME=str(tmp_path), NO_COLOR="1", **env)
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(argvs)],
        check=False,
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    probe: dict[str, object] = json.loads(done.stderr.strip().splitlines()[-1])
    return probe


def test_a_machine_format_check_imports_no_terminal_or_metadata_library(tmp_path: Path) -> None:
    ranger = str(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    argvs = [["check", ranger, "--format", f, "--exit-zero"] for f in ("json", "jsonl", "junit")]
    probe = _probe(argvs, tmp_path)
    # rich only for the terminal formats; no pydantic plugin search (importlib.metadata
    # and with it email and zipfile); shapely and numpy only to place a position in a
    # zone's shape; rapidfuzz only for a word heard wrongly (this file has none)
    assert probe["imported"] == []
    assert probe["real_loader"] is False
    from checker.process import THRESHOLDS

    assert tuple(probe["thresholds"]) == THRESHOLDS  # type: ignore[arg-type]
    # SARIF reads the package's own metadata for its rules' help address: allowed
    sarif = _probe([["check", ranger, "--format", "sarif", "--exit-zero"]], tmp_path)
    assert "rich" not in sarif["imported"]  # type: ignore[operator]
    assert sarif["real_loader"] is False


def test_shapely_only_for_a_position_in_a_zone_shape(tmp_path: Path) -> None:
    # a position, but no zone of its rule set has a shape
    no_shapes = str(ROOT / "transcripts" / "ci-examples" / "mayday-acknowledged.radio")
    assert "shapely" not in _probe([["check", no_shapes, "--format", "json"]], tmp_path)["imported"]
    shapes = str(ROOT / "transcripts" / "rules" / "SR02-fail.radio")  # placed in a polygon
    assert "shapely" in _probe([["check", shapes, "--format", "json"]], tmp_path)["imported"]


def test_the_library_keeps_its_own_process_settings(tmp_path: Path) -> None:
    ranger = str(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    probe = _probe([["--library"], [ranger]], tmp_path)
    assert tuple(probe["thresholds"]) == (700, 10, 10)  # type: ignore[arg-type]
    assert probe["real_loader"] is True  # pydantic's own plugin loader, as imported


def test_a_plugin_setting_of_the_users_own_is_left_to_pydantic(tmp_path: Path) -> None:
    ranger = str(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    argv = [["check", ranger, "--format", "json"]]
    probe = _probe(argv, tmp_path, PYDANTIC_DISABLE_PLUGINS="someone-elses-plugin")
    assert probe["real_loader"] is True
    assert "importlib.metadata" in probe["imported"]  # type: ignore[operator]


def test_the_plugin_loader_stand_in_gives_way_to_the_real_one() -> None:
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ.pop('PYDANTIC_DISABLE_PLUGINS', None)\n"
        "from checker import process; process.configure()\n"
        "from pydantic import BaseModel\n"
        "class M(BaseModel):\n    x: int\n"
        "assert 'importlib.metadata' not in sys.modules\n"
        "from pydantic.plugin import _loader\n"
        "assert list(_loader.get_plugins()) == []\n"
        "assert _loader.PYDANTIC_ENTRY_POINT_GROUP == 'pydantic'  # the real one, now\n"
        "assert 'importlib.metadata' in sys.modules and M(x=1).x == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_no_field_defaults_to_a_builtin_factory() -> None:
    # pydantic reads every default factory's signature while it builds a schema, and a
    # builtin's costs a parse of its text signature: checker.defaults' empty_list,
    # empty_dict and empty_set stand in for list, dict and set (issue 19)
    import re

    builtin = re.compile(r"default_factory=(?:list|dict|set|tuple|frozenset)\b")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "checker").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if builtin.search(line)
    ]
    assert found == []


def test_a_json_check_builds_only_the_models_it_uses(tmp_path: Path) -> None:
    # every model is built on first use (defer_build): a check of a file with no
    # diagnostics, positions track or zone shapes validates the shipped rule set file
    # as one schema (not each of its tables), only the parameters of the rule kinds
    # that set uses, and no test result; what the pipeline makes of values it has
    # already made or validated (the transcript, the merged rule set and world, the
    # context, the default configuration) is not validated again (issue 19)
    ranger = str(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    probe = _probe([["check", ranger, "--format", "json"]], tmp_path)
    built, kinds = probe["built"], probe["kinds"]
    assert isinstance(built, list)
    assert isinstance(kinds, list)
    # a rule kind's module is imported when a rule of the set is of that kind
    assert "checker.rules.kinds.zone_responsibility" in kinds
    assert "checker.rules.kinds.response" not in kinds
    for model in ("checker.report.model.Report", "checker.ruleset.schema.RulesetFile"):
        assert model in built
    for model in (
        "checker.transcript.model.Transcript",
        "checker.ruleset.schema.RuleSet",
        "checker.ruleset.schema.World",
        "checker.context.Context",
        "checker.commands.config.Config",
        "checker.diagnostics.Diagnostic",
        "checker.transcript.track.Track",
        "checker.ruleset.schema.RuleSpec",
        "checker.ruleset.schema.Zone",
        "checker.report.results.TestResult",
        "checker.report.results.FileResult",
        "checker.rules.kinds.response.Params",  # a kind the set does not use
    ):
        assert model not in built
    assert len(built) <= 35  # of about 66


def test_a_text_check_builds_no_report_schema(tmp_path: Path) -> None:
    # a report is constructed from the stages' values, not validated: its schema, the
    # costliest, is built only to dump it (the machine formats), not to print text
    ranger = str(ROOT / "transcripts" / "channel" / "ranger-2025.radio")
    built = _probe([["check", ranger, "--format", "text"]], tmp_path)["built"]
    assert isinstance(built, list)
    assert "checker.report.model.Report" not in built
    assert "checker.ruleset.schema.RulesetFile" in built  # a rule file is validated
