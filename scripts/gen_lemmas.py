"""Write ``checker/phraseology/data/lemmas.tsv`` from simplemma's dictionaries.

Clause analysis needs the lemma of the words its frames and word lists name ("sank"
→ "sink", "coulons" → "couler"). simplemma (pure Python, ships its data) is the
lemmatiser; loading its English and French dictionaries takes about 0.6 s, which a
one-file check should not pay at start-up, so this script keeps only the forms whose
lemma the frames or the word lists use: a table of a few thousand lines, read in a
few milliseconds. Run it after changing ``frames.toml`` or ``words.*.toml``;
``tests/phraseology/test_clauses.py`` fails when the table is out of date.

    python scripts/gen_lemmas.py            # rewrite the table
    python scripts/gen_lemmas.py --check    # exit 1 if it would change
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT / "checker" / "phraseology" / "data"
OUT = DATA / "lemmas.tsv"


def vocabulary(lang: str) -> set[str]:
    """The lemmas of one language that the frames and word lists use.

    Frames name English and French lemmas side by side, and simplemma's dictionaries
    hold many words of the other language ("moi", "appel", "tout" in the English one
    with made-up forms such as "appeled"; "shows" in the French one). Were every frame
    lemma taken for both languages, those forms would be words both languages know,
    and a line's language would be told from fewer words (an English verb added to a
    frame once made a short English line French). So a frame's lemma goes to the
    language it belongs to (:func:`frame_language`), and to both only where it is
    a word of both ("situation", "radio", "stop")."""
    from checker.phraseology.text import fold_accents as _fold

    own = _word_lists()
    words = {w for w in _frame_words() if frame_language(w, own) in (lang, "both")}
    table = tomllib.loads((DATA / f"words.{lang}.toml").read_text(encoding="utf-8"))
    for section in ("objects", "imperative", "modals"):
        for values in table.get(section, {}).values():
            for w in values:
                words.update(w.split())
    # the first person singular is a frame's word ("without = ['i']"), never a lemma
    # to read other words as: the dictionary would make "me" an "i", and the frames'
    # cues of "me" ("just me") would miss (this happened twice)
    return {_fold(w) for w in words} - {"i", "je"}


def frame_language(lemma: str, own: dict[str, set[str]]) -> str:
    """The language of a frame's lemma: the one whose word lists (words.*.toml) name
    it, where only one does; French where the French dictionary conjugates it (a
    verb of some twenty forms or more, "accepter", "porter", "longer") and the
    English lists do not name it ("enter" is English); else both."""
    in_en, in_fr = lemma in own["en"], lemma in own["fr"]
    if in_en != in_fr:
        return "en" if in_en else "fr"
    if not in_en and _form_counts()["fr"].get(lemma, 0) >= _CONJUGATED:
        return "fr"
    return "both"


#: A French verb's forms in simplemma's dictionary number thirty or more; a noun
#: or an adjective has at most a dozen.
_CONJUGATED = 20


@cache
def _frame_words() -> set[str]:
    from checker.phraseology.text import fold_accents as _fold

    words: set[str] = set()
    frames = tomllib.loads((DATA / "frames.toml").read_text(encoding="utf-8"))
    for frame in frames["frame"]:
        words.update(w for p in frame.get("predicate", []) for w in p.split())
        # a cue or a without of several words is met by the clause's own words in a
        # row, never by their lemmas: only single words need their forms
        words.update(w for key in ("cue", "without") for w in frame.get(key, []) if " " not in w)
    return {_fold(w) for w in words}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return value.split()
    if isinstance(value, dict):
        return [w for v in value.values() for w in _strings(v)]
    if isinstance(value, list):
        return [w for v in value for w in _strings(v)]
    return []


@cache
def _word_lists() -> dict[str, set[str]]:
    """Every word each language's word lists name, in any section."""
    from checker.phraseology.text import fold_accents as _fold

    return {
        lang: {
            _fold(w.lower())
            for w in _strings(
                tomllib.loads((DATA / f"words.{lang}.toml").read_text(encoding="utf-8"))
            )
        }
        for lang in ("en", "fr")
    }


@cache
def _form_counts() -> dict[str, dict[str, int]]:
    """How many forms each lemma (folded) has in each language's dictionary; its keys
    are the lemmas each dictionary knows."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from checker.phraseology.text import fold_accents as _fold

    factory = DefaultDictionaryFactory()
    counts: dict[str, dict[str, int]] = {}
    for lang in ("en", "fr"):
        c = counts[lang] = {}
        for lemma in factory.get_dictionary(lang).values():
            le = _fold(lemma.lower())
            c[le] = c.get(le, 0) + 1
    return counts


def build() -> str:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    from checker.phraseology.text import fold_accents as _fold

    factory = DefaultDictionaryFactory()
    lines = [
        "# form\tlemma\tlanguage — generated by scripts/gen_lemmas.py from simplemma; do not edit"
    ]
    known = {lang: set(_form_counts()[lang]) for lang in ("en", "fr")}
    for lang in ("en", "fr"):
        vocab = vocabulary(lang)
        rows: set[tuple[str, str]] = set()
        for form, lemma in factory.get_dictionary(lang).items():
            f, le = _fold(form.lower()), _fold(lemma.lower())
            if le in vocab and f != le and f.replace("'", "").replace("-", "").isalpha():
                rows.add((f, le))
        if lang == "en":
            # irregular forms the dictionary reads as words of their own ("broke" an
            # adjective, "rose" a flower): the verb's, where the frames use the verb
            # ("left" stays a direction)
            rows.update((f, le) for f, le in _IRREGULAR_EN.items() if le in vocab)
        if lang == "fr":
            # a French verb of the first group that the dictionary lacks
            # ("hélitreuiller"): its regular forms, so that "hélitreuillés" is read
            for le in sorted(vocab - known["fr"] - known["en"]):
                if le.endswith("er") and le.isalpha() and len(le) > 5:
                    rows.update((f, le) for f in _first_group(le[:-2]))
            # a regular form the dictionary gives as a lemma of its own ("coule", a
            # noun, is also "il coule"): the verb's, where no other row has the form
            formed = {f for f, _ in rows}
            verbs = {le for f, le in rows if f == le[:-2] + "ait"}  # conjugated: a verb
            for le in sorted(vocab & verbs):
                if le.endswith("er") and le.isalpha() and len(le) > 4:
                    rows.update(
                        (f, le)
                        for f in _present(le[:-2])
                        if f not in formed and f != le and f in known["fr"]
                    )
                    # the first plural, which the dictionary often gives to a noun
                    # ("avançons" → "avançon", "cassons" → "casson"): a frame's verb
                    # said with "nous" is the verb
                    stem = le[:-2] + ("e" if le.endswith("ger") else "")
                    if stem + "ons" not in formed:
                        rows.add((stem + "ons", le))
            # a participle the dictionary gives to the masculine participle ("débarquées"
            # → "débarqué"), itself a form of the verb ("débarqué" → "débarquer"): the
            # verb's, unless the word lists name the participle as a word of its own
            # ("blessés" are persons hurt, "alertes" a phase)
            # the feminine forms of a participle in "-mis" the dictionary gives to a
            # noun ("remises" → "remise"): the verb's ("les personnes sont remises aux
            # pompiers")
            formed = {f for f, _ in rows}
            rows.update(
                (f + end, le)
                for f, le in list(rows)
                if f.endswith("mis") and le.endswith("mettre")
                for end in ("e", "es")
                if f + end not in formed
            )
            to, named = dict(rows), _word_lists()["fr"]
            rows = {
                (f, to[le]) if to.get(le) == le + "r" and le not in named else (f, le)
                for f, le in rows
            }
        lines += [f"{f}\t{le}\t{lang}" for f, le in sorted(rows)]
    return "\n".join(lines) + "\n"


_IRREGULAR_EN = {
    "broke": "break", "gone": "go", "rose": "rise", "shook": "shake", "began": "begin",
    "felt": "feel", "thought": "think",
}  # fmt: skip

#: Endings of a regular French verb in -er, accents folded: present, imperfect,
#: future, participles.
_ENDINGS = (
    "e", "es", "ons", "ez", "ent", "ais", "ait", "ions", "iez", "aient",
    "erai", "eras", "era", "erons", "erez", "eront", "ee", "ees", "ant",
)  # fmt: skip


def _first_group(stem: str) -> set[str]:
    return {stem + end for end in _ENDINGS}


def _present(stem: str) -> set[str]:
    """The present-tense forms of a regular French verb in -er but the third plural
    (participles are often nouns of their own, "entrée", "coordonnée"; a third
    plural an adjective, "violent", "urgent")."""
    return {stem + end for end in ("e", "es", "ons", "ez")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = build()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT} is out of date: run python scripts/gen_lemmas.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} forms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
