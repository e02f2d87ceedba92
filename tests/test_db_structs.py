"""The Structs `db build` decodes lines into: made from the models, never laxer than them."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from extractor.db import rows
from extractor.db.build import build
from extractor.db.structs import struct_of
from extractor.records import ArticleFacts
from tests.cases import db_articles as A
from tests.cases import db_lines

GOOD = A.NINH_BINH_2020.to_json_line(with_text=True).strip().encode()


def edited(case: db_lines.Case) -> bytes:
    if case.first:
        assert case.old in GOOD, case.id
        return GOOD.replace(case.old, case.new, 1)
    head, _, tail = GOOD.rpartition(case.old)
    return head + case.new + tail


def plain(value: Any) -> Any:
    """A Struct or model as nested dicts and lists, without the gold-only `optional` flag."""
    if isinstance(value, BaseModel):
        value = value.model_dump()
    elif isinstance(value, msgspec.Struct):
        value = {name: getattr(value, name) for name in value.__struct_fields__}
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items() if key != "optional"}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, float) and math.isnan(value):
        return "NaN"  # equal to itself
    return value


def walk(model: type[BaseModel]) -> list[type[BaseModel]]:
    """The model and every model inside it."""
    found = [model]
    for info in model.model_fields.values():
        for inner in _models_in(info.annotation):
            found += [m for m in walk(inner) if m not in found]
    return found


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


@pytest.mark.parametrize("model", walk(ArticleFacts), ids=lambda m: m.__name__)
def test_a_struct_has_the_fields_of_its_model_in_order(model: type[BaseModel]) -> None:
    struct = struct_of(model)
    assert struct.__name__ == model.__name__
    fields = msgspec.inspect.type_info(struct).fields
    assert [f.name for f in fields] == list(model.model_fields)
    for field in fields:
        info = model.model_fields[field.name]
        assert field.required == info.is_required(), field.name
        if info.default_factory is not None:
            assert field.default_factory is info.default_factory, field.name
        elif not info.is_required():
            assert field.default == info.default, field.name


@pytest.mark.parametrize("case", db_lines.CASES, ids=lambda c: c.id)
def test_a_line_is_decoded_or_judged_by_the_model(tmp_path: Path, case: db_lines.Case) -> None:
    line = edited(case)
    try:
        rows._DECODE(line)
        strict = True
    except (msgspec.MsgspecError, ValueError):
        strict = False
    assert strict == case.strict
    other = A.LANG_SON_2020.to_json_line(with_text=True).encode()
    pred = tmp_path / "p.jsonl"
    pred.write_bytes(other + line + b"\n" + other)
    path = tmp_path / "facts.db"
    stats = build([pred], path)  # never raises: a line is loaded or recorded, and the rest goes on
    with sqlite3.connect(path) as conn:
        articles = {article_id for (article_id,) in conn.execute("SELECT article_id FROM articles")}
        failed = conn.execute("SELECT article_id, kind, message FROM failed_articles").fetchall()
        if isinstance(case.loaded, str) and case.loaded.startswith("fails: "):
            assert (stats.loaded, stats.failed, stats.unchanged) == (1, 1, 1)
            assert articles == {"ls-2020-10-20"}
            [(article_id, kind, message)] = failed
            assert kind == "bad_json"
            assert article_id in ("nb-2020-06-30", f"{pred}:2")
            assert message.startswith(f"{pred}:2: {case.loaded.removeprefix('fails: ')}"), message
        else:
            assert (stats.loaded, stats.failed) == (2, 0), failed
            assert articles == {"ls-2020-10-20", "nb-2020-06-30"}
            value = conn.execute(
                f"SELECT {case.column} FROM {case.table}"
                " WHERE doc_id = (SELECT doc_id FROM articles WHERE article_id = 'nb-2020-06-30') LIMIT 1"
            ).fetchone()[0]
            assert value == case.loaded


def test_the_good_line_is_the_same_either_way() -> None:
    """Decoded by the Struct or judged by the model, a line makes the same rows."""
    strict = rows.parse_line(GOOD, "p:1", 7, "sha")
    lax = rows.article_rows(rows._judged(GOOD, "p:1"), 7, "sha")
    assert strict == lax


# Values a field may be given: of every JSON type, and the edges of the checks.
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, -1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["5", "1.5", "true", "2020", "2020-06-30", "2020-06-30\n", "07:30", "date", "error"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.sampled_from(["text", "start", "end", "x"]), st.integers(), max_size=2),
)


def _places(value: Any, path: tuple = ()) -> list[tuple]:
    """Every place in a JSON value: the path to each dict entry and list item."""
    places = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        places.append((*path, key))
        places += _places(item, (*path, key))
    return places


_GOOD_VALUE = json.loads(GOOD)
_PLACES = _places(_GOOD_VALUE)


@settings(max_examples=300, deadline=None)
@given(edits=st.lists(st.tuples(st.sampled_from(_PLACES), _VALUES, st.booleans()), min_size=1, max_size=3))
def test_what_the_struct_accepts_the_model_accepts_alike(edits: list[tuple[tuple, Any, bool]]) -> None:
    value = json.loads(GOOD)
    for path, new, add in edits:
        holder = value
        try:
            for key in path[:-1]:
                holder = holder[key]
            if add and isinstance(holder, dict):
                holder[f"{path[-1]}_"] = new  # an unknown field
            else:
                holder[path[-1]] = new
        except (KeyError, IndexError, TypeError):  # an earlier edit took the place away
            continue
    line = json.dumps(value, ensure_ascii=False).encode()
    try:
        decoded = rows._DECODE(line)
    except (msgspec.MsgspecError, ValueError):
        decoded = None
    try:
        model = ArticleFacts.model_validate_json(line)
    except ValidationError:
        model = None
    if decoded is not None:
        assert model is not None, line
        assert plain(decoded) == plain(model)
    result = rows.parse_line(line, "p:1", 1, "sha")  # never raises
    if model is None:
        assert isinstance(result, rows.Failure)


class _Validated(BaseModel):
    name: str

    @field_validator("name")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()


class _Aliased(BaseModel):
    name: str = Field(alias="Name")


class _Bounded(BaseModel):
    count: int = Field(ge=0)


class _Mapping(BaseModel):
    names: dict[str, int]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str


class _MidDollar(BaseModel):
    code: str = Field(pattern=r"^a$|^b$")


@pytest.mark.parametrize(
    "model,message",
    [
        (_Validated, "has validators"),
        (_Aliased, "aliases"),
        (_Bounded, "constraint"),
        (_Mapping, "type"),
        (_Open, "extra='allow'"),
        (_MidDollar, "only a final `\\$`"),
    ],
    ids=["validator", "alias", "bound", "dict", "extra-allow", "inner-dollar"],
)
def test_a_model_the_struct_cannot_mirror_is_refused(model: type[BaseModel], message: str) -> None:
    """Whatever the Struct would check differently (or not at all) stops it being made."""
    with pytest.raises(TypeError, match=message):
        struct_of(model)
