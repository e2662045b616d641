"""The Channel context the classifier corpus is read with: the parties, zones and ports
of the Channel, and the stations of its cases. One definition for every classifier
test, so that accuracy and per-kind recall are measured on the same ground."""

from __future__ import annotations

from checker.context import Context, build_context
from checker.ruleset.schema import Party, Port, World, Zone
from checker.transcript import read_text

WORLD = World(
    parties={
        "FR": Party(name="France"),
        "UK": Party(name="United Kingdom"),
        "BE": Party(name="Belgium"),
    },
    zones={
        "FR-SRR": Zone(
            kind="srr", party="FR", aka=["French SRR", "French search and rescue region"]
        ),
        "FR-TW": Zone(
            kind="territorial-sea",
            party="FR",
            aka=["French waters", "French territorial waters"],
            part_of="FR-SRR",
        ),
        "UK-SRR": Zone(kind="srr", party="UK", aka=["UK SRR", "UK search and rescue region"]),
        "UK-TW": Zone(
            kind="territorial-sea",
            party="UK",
            aka=["UK waters", "English waters", "British waters"],
            part_of="UK-SRR",
        ),
    },
    ports={
        "Dover": Port(party="UK"),
        "Calais": Port(party="FR"),
        "Boulogne": Port(party="FR", aka=["Boulogne-sur-Mer"]),
    },
)
TRANSCRIPT = """\
@station RANGER: vessel party=UK unit=state aka="Border Force Ranger", "Ranger"
@station VALIANT: vessel party=UK unit=state aka="Valiant"
@station TYPHOON: vessel party=UK unit=state aka="Typhoon"
@station FR-NAVY: vessel party=FR unit=state aka="French warship"
@station ATHOS: vessel party=FR unit=state aka="Athos"
@station HMCG: rcc party=UK aka="Dover Coastguard", "HM Coastguard", "UK Coastguard"
@station CROSS: rcc party=FR aka="CROSS Gris-Nez", "Cross Gris Nez"
@station DINGHY: casualty persons=~58 aka="the dinghy", "dinghy"
06:40 Ranger: hello
"""


def channel_context() -> Context:
    """The Channel context the corpus is classified with (stations of the cases)."""
    context, _ = build_context(read_text(TRANSCRIPT), WORLD)
    return context
