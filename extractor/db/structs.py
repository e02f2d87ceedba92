"""The records as msgspec Structs, made from the pydantic models: how `db build` decodes a line.

`db build` reads what `extract` wrote, some 35 objects a line, and msgspec decodes and checks a line
in half the time pydantic takes. The Structs are made from the models' fields when this module is
imported, so the models stay the one definition of a record: the same field names in the same order,
types, defaults and patterns, and no unknown fields where the model forbids them. A model with
anything this cannot carry over (a validator, an alias, a constraint other than a pattern, a type
other than str, int, float, bool, None, Literal, a list, a union or another model) stops the import.

The Structs are strict where pydantic is lax: `"5"` or `5.0` for an int, `1` for a bool, `NaN` are
refused. What they accept, the model accepts, with the same values; a line they refuse is for the
model to judge (rows.py). They add one limit of the database's own: an int must fit SQLite's 64 bits.
"""

from __future__ import annotations

import types
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import msgspec
from pydantic import BaseModel
from pydantic.fields import FieldInfo

# What SQLite stores as an INTEGER: binding a larger Python int raises OverflowError.
INT64 = msgspec.Meta(ge=-(2**63), le=2**63 - 1)
_VALIDATORS = ("validators", "field_validators", "root_validators", "model_validators")


@cache
def struct_of(model: type[BaseModel]) -> type[msgspec.Struct]:
    """The Struct of a pydantic model: same fields, same order, same checks (see the module doc)."""
    decorators = model.__pydantic_decorators__
    if any(getattr(decorators, kind) for kind in _VALIDATORS):
        raise TypeError(f"{model.__name__} has validators: no Struct can check the same")
    extra = model.model_config.get("extra")
    if extra not in (None, "ignore", "forbid"):
        raise TypeError(f"{model.__name__}: extra={extra!r} has no Struct equivalent")
    fields = [_field(model.__name__, name, info) for name, info in model.model_fields.items()]
    return msgspec.defstruct(
        model.__name__,
        fields,
        kw_only=True,  # keeps the model's order: fields with defaults may come before required ones
        forbid_unknown_fields=extra == "forbid",
        # Decoded, never changed, so never in a reference cycle: the collector need not track them
        # (tracked, the many a chunk makes set off collections).
        gc=False,
        module=__name__,
    )


def _field(model: str, name: str, info: FieldInfo) -> tuple:
    where = f"{model}.{name}"
    if info.alias or info.validation_alias:
        raise TypeError(f"{where}: aliases are not carried over")
    kind = _type(info.annotation, _pattern(where, info), where)
    if info.is_required():
        return name, kind
    if info.default_factory is not None:
        return name, kind, msgspec.field(default_factory=info.default_factory)
    return name, kind, info.default


def _pattern(where: str, info: FieldInfo) -> str | None:
    """The field's pattern, for Python's `re` as pydantic's regex engine reads it; None without one."""
    pattern = None
    for constraint in info.metadata:
        found = getattr(constraint, "pattern", None)
        # pydantic's own constraints are attributes (None when unset); annotated_types' (`ge`) are not.
        others = {
            key: value for key, value in getattr(constraint, "__dict__", {}).items() if key != "pattern"
        }
        if found is None or any(value is not None for value in others.values()):
            raise TypeError(f"{where}: constraint {constraint!r} is not carried over")
        pattern = found
    if pattern is None:
        return None
    # pydantic's `$` is the end of the text; Python's also matches before a final newline.
    body = pattern[:-1] if pattern.endswith("$") and not pattern.endswith("\\$") else pattern
    if "$" in body:
        raise TypeError(f"{where}: pattern {pattern!r}: only a final `$` is carried over")
    return body + "\\Z" if body != pattern else pattern


def _type(annotation: Any, pattern: str | None, where: str) -> Any:
    if annotation is type(None) or annotation in (float, bool):
        return annotation
    if annotation is str:
        return Annotated[str, msgspec.Meta(pattern=pattern)] if pattern else str
    if annotation is int:
        return Annotated[int, INT64]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return struct_of(annotation)
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return annotation
    if origin in (Union, types.UnionType):
        return Union[tuple(_type(arg, pattern, where) for arg in args)]  # noqa: UP007 (built at run time)
    if origin is list and len(args) == 1:
        return list[_type(args[0], pattern, where)]
    raise TypeError(f"{where}: type {annotation!r} is not carried over")
