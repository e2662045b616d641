"""pydantic's dump of a published value, whether a pydantic model or a slotted dataclass.

The values a report holds by the thousand (:class:`~checker.phraseology.model.SpeechAct`,
:class:`~checker.protocol.model.Event`, :class:`~checker.rules.model.Verdict`, ...)
are stdlib dataclasses, which have no ``model_dump`` of their own: pydantic dumps them
through a :class:`~pydantic.TypeAdapter` of their class, made once per class, with the
same text as the report's own serialiser gives them.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, TypeAdapter

_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def adapter(cls: type[Any]) -> TypeAdapter[Any]:
    """The adapter that validates and dumps values of ``cls`` (made once per class)."""
    made = _ADAPTERS.get(cls)
    if made is None:
        made = _ADAPTERS[cls] = TypeAdapter(cls)
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
    return adapter(type(value)).dump_python(value, mode=mode, include=include, exclude=exclude)


def dump_json(value: Any, *, indent: int | None = None) -> str:
    """``value`` as JSON text: its ``model_dump_json``, for a dataclass as for a model."""
    if isinstance(value, BaseModel):
        return value.model_dump_json(indent=indent)
    return adapter(type(value)).dump_json(value, indent=indent).decode()
