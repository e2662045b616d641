"""pydantic's dump of a published value, whether a pydantic model or a slotted dataclass.

The values a report holds by the thousand (:class:`~checker.phraseology.model.SpeechAct`,
:class:`~checker.protocol.model.Event`, :class:`~checker.rules.model.Verdict`, ...)
are stdlib dataclasses, which have no ``model_dump`` of their own. Each is dumped by
the part of the :class:`~checker.report.model.Report`'s own core schema that describes
it, so that an item written alone has the text the report's serialiser gives it, and
no schema is generated again for it (a :class:`~pydantic.TypeAdapter` of each would
generate its class's schema once more at every start: about 15 ms for the four the
JSON formats write). A class the report does not hold gets a TypeAdapter.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter
from pydantic_core import CoreSchema, SchemaSerializer
from pydantic_core.core_schema import definitions_schema

_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}
_SERIALIZERS: dict[type[Any], SchemaSerializer] = {}
#: The dataclasses of the report's core schema, by class, and the definitions their
#: references may name (filled on first use).
_IN_REPORT: dict[type[Any], CoreSchema] = {}
_DEFINITIONS: list[CoreSchema] = []


def adapter(cls: type[Any]) -> TypeAdapter[Any]:
    """The adapter that validates and describes values of ``cls`` (made once per class)."""
    made = _ADAPTERS.get(cls)
    if made is None:
        made = _ADAPTERS[cls] = TypeAdapter(cls)
    return made


def _gather(node: object) -> None:
    """Record every dataclass schema under ``node`` (a core schema) in :data:`_IN_REPORT`
    and every definition in :data:`_DEFINITIONS`."""
    if isinstance(node, dict):
        if node.get("type") == "dataclass":
            _IN_REPORT.setdefault(node["cls"], node)
        elif node.get("type") == "definitions":
            _DEFINITIONS.extend(node["definitions"])
        for value in node.values():
            _gather(value)
    elif isinstance(node, list | tuple):
        for value in node:
            _gather(value)


def serializer(cls: type[Any]) -> SchemaSerializer:
    """The serialiser of values of the dataclass ``cls``: the report's, when it holds
    them."""
    made = _SERIALIZERS.get(cls)
    if made is None:
        if not _IN_REPORT:
            from checker.report.model import Report

            Report.model_rebuild()  # built on first use (defer_build): its schema, now
            _gather(Report.__pydantic_core_schema__)
        schema = _IN_REPORT.get(cls)
        if schema is None:
            made = adapter(cls).serializer
        elif _DEFINITIONS:
            made = SchemaSerializer(definitions_schema(schema, _DEFINITIONS))
        else:
            made = SchemaSerializer(schema)
        _SERIALIZERS[cls] = made
    return made


def dump(
    value: Any,
    *,
    mode: Literal["json", "python"] = "json",
    include: set[str] | None = None,
    exclude: set[str] | None = None,
) -> Any:
    """``value`` as plain data: its ``model_dump``, for a dataclass as for a model."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode=mode, include=include, exclude=exclude)
    return serializer(type(value)).to_python(value, mode=mode, include=include, exclude=exclude)


def dump_json(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON text: its ``model_dump_json``, for a dataclass as for a model."""
    if isinstance(value, BaseModel):
        return value.model_dump_json(indent=indent)
    return serializer(type(value)).to_json(value, indent=indent).decode()
