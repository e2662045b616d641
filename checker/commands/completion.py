"""``radiocheck completion bash|zsh|fish``: a shell completion script for radiocheck.

The script is generated from the argparse parser itself, so it cannot fall behind a
new command or option, and needs no extra dependency (argcomplete would run Python on
every Tab). It completes commands, each command's options, and the values of options
with fixed choices (``--format``, ``--fail-on``); other words complete as file names.
"""

from __future__ import annotations

import argparse
import sys

from checker.commands._common import Exit

SHELLS = ("bash", "zsh", "fish")


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``completion``."""
    p = sub.add_parser("completion", help="print a shell completion script")
    p.add_argument("shell", choices=SHELLS, help="the shell to complete in: bash, zsh or fish")
    p.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _summaries(parser: argparse.ArgumentParser) -> dict[str, str]:
    """Each command's one-line help, as ``radiocheck --help`` lists it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: _quote(a.help) for a in action._choices_actions}
    return {}


def _options(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions if a.option_strings and a.help != argparse.SUPPRESS]


def _flags(parser: argparse.ArgumentParser) -> list[str]:
    return [s for a in _options(parser) for s in a.option_strings]


def _choices(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Option → its fixed values, and ``""`` → the first positional's fixed values."""
    found = {
        s: [str(c) for c in a.choices]
        for a in _options(parser)
        if a.choices
        for s in a.option_strings
    }
    for a in parser._actions:
        if not a.option_strings and a.choices and not isinstance(a, argparse._SubParsersAction):
            found[""] = [str(c) for c in a.choices]
            break
    return found


def bash(parser: argparse.ArgumentParser) -> str:
    """A bash ``complete -F`` function."""
    commands = _commands(parser)
    cases = []
    for name, sub in commands.items():
        values = "".join(
            f'            {opt}) COMPREPLY=($(compgen -W "{" ".join(vals)}" -- "$cur")); return;;\n'
            for opt, vals in _choices(sub).items()
            if opt
        )
        first = _choices(sub).get("", [])
        words = " ".join(_flags(sub) + first)
        cases.append(
            f"        {name})\n"
            f'          case "$prev" in\n{values}          esac\n'
            f'          COMPREPLY=($(compgen -W "{words}" -- "$cur"))\n'
            f'          [[ "$cur" == -* ]] || COMPREPLY+=($(compgen -f -- "$cur"))\n'
            "          return;;\n"
        )
    return (
        "# bash completion for radiocheck (radiocheck completion bash)\n"
        "_radiocheck() {\n"
        '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" cmd="" w\n'
        '  for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do\n'
        '    case "$w" in -*) ;; *) cmd="$w"; break;; esac\n'
        "  done\n"
        '  case "$cmd" in\n'
        f"{''.join(cases)}"
        "  esac\n"
        f'  COMPREPLY=($(compgen -W "{" ".join([*commands, *_flags(parser)])}" -- "$cur"))\n'
        "}\n"
        "complete -o filenames -F _radiocheck radiocheck\n"
    )


def _quote(text: str | None) -> str:
    """Help text made safe inside single quotes and zsh ``[...]`` specs."""
    text = (text or "").replace("%(default)s", "").replace("%%", "%")
    for bad, good in (("'", ""), ("[", "("), ("]", ")"), (":", " -"), ("\\", "/")):
        text = text.replace(bad, good)
    return text


def zsh(parser: argparse.ArgumentParser) -> str:
    """A zsh ``compdef`` function (``_arguments`` per command)."""
    commands = _commands(parser)
    helps = _summaries(parser)
    listing = " ".join(f"'{n}:{helps.get(n, '')}'" for n in commands)
    cases = []
    for name, sub in commands.items():
        specs = []
        for a in _options(sub):
            values = f":value:({' '.join(str(c) for c in a.choices)})" if a.choices else ""
            if not values and a.nargs != 0:
                values = ":value:_files"
            for s in a.option_strings:
                specs.append(f"'{s}[{_quote(a.help)}]{values}'")
        first = _choices(sub).get("")
        rest = f"'1:value:({' '.join(first)})'" if first else "'*:file:_files'"
        cases.append(f"    {name}) _arguments {' '.join(specs)} {rest};;\n")
    return (
        "#compdef radiocheck\n"
        "# zsh completion for radiocheck (radiocheck completion zsh)\n"
        "_radiocheck() {\n"
        "  if (( CURRENT == 2 )); then\n"
        f"    local -a commands; commands=({listing})\n"
        "    _describe command commands; return\n"
        "  fi\n"
        "  shift words; (( CURRENT-- ))\n"
        '  case "$words[1]" in\n'
        f"{''.join(cases)}"
        "  esac\n"
        "}\n"
        "compdef _radiocheck radiocheck\n"
    )


def fish(parser: argparse.ArgumentParser) -> str:
    """fish ``complete`` lines."""
    commands = _commands(parser)
    out = [
        "# fish completion for radiocheck (radiocheck completion fish)",
        "complete -c radiocheck -f",
    ]
    names = " ".join(commands)
    helps = _summaries(parser)
    for name, sub in commands.items():
        out.append(
            f"complete -c radiocheck -n 'not __fish_seen_subcommand_from {names}' "
            f"-a {name} -d '{helps.get(name, '')}'"
        )
        when = f"-n '__fish_seen_subcommand_from {name}'"
        for a in _options(sub):
            longs = [s[2:] for s in a.option_strings if s.startswith("--")]
            shorts = [s[1:] for s in a.option_strings if not s.startswith("--")]
            flags = " ".join([*(f"-l {s}" for s in longs), *(f"-s {s}" for s in shorts)])
            takes = f" -x -a '{' '.join(str(c) for c in a.choices)}'" if a.choices else ""
            if not takes and a.nargs != 0:
                takes = " -r -F"
            out.append(f"complete -c radiocheck {when} {flags}{takes} -d '{_quote(a.help)}'")
        first = _choices(sub).get("")
        out.append(
            f"complete -c radiocheck {when} -a '{' '.join(first)}'"
            if first
            else f"complete -c radiocheck {when} -F"
        )
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the script for ``args.shell``."""
    # the CLI hands over its parser (checker.commands may not import checker.cli)
    sys.stdout.write({"bash": bash, "zsh": zsh, "fish": fish}[args.shell](args.parser))
    return Exit.OK
