"""One JSONL line → the rows it puts in the fact database: no database access, no state.

A line is decoded into the Struct of the ArticleFacts model (structs.py); a line the Struct refuses is
validated by the model itself, which is laxer (`"5"` for 5): a line that is not an ArticleFacts, or
that the database cannot hold (an int beyond 64 bits), or an error line, becomes a `Failure`. Rows
follow the column order the migrations give each table (columns added by a later migration come
last); `doc_id` (the article's integer key) is given by the caller, who owns the database.
"""

from __future__ import annotations

import json
import re
from operator import attrgetter
from typing import Any, NamedTuple

import msgspec
from pydantic import ValidationError

from extractor.db.bodies import is_central
from extractor.db.doc_keys import key_scope_year
from extractor.db.fold import fold
from extractor.db.registry import document_id, official_id, position
from extractor.db.structs import struct_of
from extractor.records import ArticleFacts

# Columns of each table, in schema order; the INSERT statements are made from these counts.
COLUMNS = {
    "articles": 16, "authors": 5, "dates": 12, "article_officials": 8, "roles": 10,
    "document_refs": 15, "document_mentions": 6, "counts": 14, "events": 12, "event_chairs": 4,
    "warnings": 7,
}  # fmt: skip
_DVK = re.compile("dân vận khéo", re.IGNORECASE)

# The fields of each fact that are columns, read in one C call per fact. Booleans are bound as ints
# (`int(…)` between two getters): the sqlite3 module looks a bool up as something to adapt, raising
# and clearing two AttributeErrors each time, which cost more than the rest of a row's binding.
_DATE = attrgetter("text", "start", "end", "value", "end_value", "kind")  # year_inferred, then _DATE_END
_DATE_END = attrgetter("time", "part_of_day", "rule")
_ROLE = attrgetter("title", "organization", "organization_full", "title_full", "text")  # former, rule
_REF = attrgetter("id", "doc_type", "number", "code", "issuer", "issued", "term", "title")  # REF_FIELDS
_MENTION = attrgetter("start", "end", "text")
_POSITION = attrgetter(
    "title", "title_full", "organization", "organization_full", "former"
)  # registry.position
_COUNT = attrgetter(
    "text", "start", "end", "value", "total", "value_max", "percent", "unit", "status", "category",
    "part_of", "rule",
)  # fmt: skip
_EVENT = attrgetter("kind", "text", "start", "end", "date", "part_of_day", "organizer", "location")
_AUTHOR = attrgetter("name", "affiliation", "kind")
_WARNING = attrgetter("code", "message", "start", "end", "text")
# A line as a Struct of ArticleFacts: the fields of the model, as attributes (`Facts` below).
_FACTS = struct_of(ArticleFacts)
_DECODE = msgspec.json.Decoder(_FACTS).decode
# JSON columns, as `json.dumps(…, ensure_ascii=False, separators=(",", ":"))` writes them, in C.
_JSON = msgspec.json.encode
Facts = Any  # a `_FACTS` (made at import, so a type checker cannot see its fields)


# What the registries need of one person, or one document with a key, of an article: the fields of a
# registry.Occurrence after its (folded name, scope) group, and those of a registry.Ref with the ref's
# REF_FIELDS as a tuple. They and failures cross from the process that stages a line to the one that
# writes it (build.py), as tuples: those pickle several times faster than slots dataclasses, whose
# state goes through Python code.
Person = tuple[str, str | None, int, int, str, str, str | None, int | None, str, list[tuple[str, str]]]
Cited = tuple[str, int, int, str, str | None, int | None, str | None, str | None, int | None, tuple]


class ArticleRows(NamedTuple):
    article_id: str
    doc_id: int
    tables: dict[str, list[tuple]]
    # What the registries need of the article, so that they need not read it back.
    people: list[Person]
    cited: list[Cited]


class Failure(NamedTuple):
    article_id: str  # the line's id, else `FILE:LINE`
    kind: str
    message: str
    path: str


def parse_line(raw: bytes, where: str, doc_id: int, line_sha256: str) -> ArticleRows | Failure:
    """The rows of one line (`where` is `FILE:LINE`, for messages)."""
    try:
        facts = _DECODE(raw)
    except (msgspec.MsgspecError, ValueError, RecursionError):  # ValueError: not UTF-8
        facts = _judged(raw, where)
        if isinstance(facts, Failure):
            return facts
    if facts.status == "error":
        kind = facts.error.kind if facts.error else "internal"
        message = facts.error.message if facts.error else "error line without an error"
        return Failure(facts.article.id, kind, message, facts.article.path or where)
    return article_rows(facts, doc_id, line_sha256)


def _judged(raw: bytes, where: str) -> Facts | Failure:
    """A line the Struct refused, as the model judges it: the Struct of what the model accepts (with
    its values, `"5"` made 5), else the model's first error."""
    try:
        model = ArticleFacts.model_validate_json(raw)
    except ValidationError as exc:
        return Failure(_id_of(raw) or where, "bad_json", _first_error(exc, where), where)
    try:
        return msgspec.convert(model.model_dump(), _FACTS)
    except msgspec.ValidationError as exc:  # valid, but not for SQLite
        return Failure(model.article.id, "bad_json", f"{where}: cannot be stored: {exc}", where)


def article_rows(facts: Facts, doc_id: int, line_sha256: str) -> ArticleRows:
    meta = facts.article
    date = _article_date(facts)
    year = int(date[:4]) if date else None
    # What full-text search finds the facts by, one fact a line.
    searchable: list[str] = []
    officials, roles, people = [], [], []
    for i, official in enumerate(facts.officials):
        name_key = fold(official.name)
        scope, positions = _scope_positions(official, meta.province)
        # The id of the first person of that name in the scope; the registry moves namesakes.
        first = official_id(name_key, scope)
        mentions = _JSON(official.mentions).decode()
        officials.append((doc_id, i, official.name, name_key, first, mentions, official.rule, scope))
        roles += [(doc_id, i, j, *_ROLE(r), int(r.former), r.rule) for j, r in enumerate(official.roles)]
        searchable.append(", ".join([official.name, *[r.text for r in official.roles]]))
        people.append((name_key, scope, doc_id, i, meta.id, official.name, date, year, first, positions))
    refs, mentions_of_refs, cited = [], [], []
    for i, ref in enumerate(facts.documents):
        key, scope, stated_year = key_scope_year(ref.id, ref.code, ref.title, ref.issued, meta.province)
        # The registry settles refs stating no year.
        guess = document_id(key, scope, stated_year) if key else None
        fields = _REF(ref)
        refs.append((doc_id, i, guess, key, *fields, ref.rule, scope, stated_year))
        mentions_of_refs += [(doc_id, i, j, *_MENTION(m)) for j, m in enumerate(ref.mentions)]
        named = [ref.id, ref.title] if ref.id or ref.title else [m.text for m in ref.mentions]
        searchable.append(" ".join([p for p in (ref.doc_type, *named, ref.issuer) if p]))
        if key:
            cited.append((key, doc_id, i, meta.id, date, year, guess, scope, stated_year, fields))
    searchable += [c.text for c in facts.counts]
    events, chairs = [], []
    for i, event in enumerate(facts.events):
        attendees = _JSON(event.attendees).decode()
        events.append((doc_id, i, *_EVENT(event), attendees, event.rule))
        chairs += [(doc_id, i, j, name) for j, name in enumerate(event.chairs)]
        searchable.append(
            " ".join([p for p in (event.text, event.organizer, event.location, *event.chairs) if p])
        )
    fact_text = "\n".join(searchable)
    article = (
        doc_id, meta.id, meta.title, meta.source, meta.url, meta.published, date, year, meta.province,
        meta.province_2025, int(_about_dvk(meta.title, meta.text)), meta.text, fact_text, meta.text_sha256,
        meta.path, line_sha256,
    )  # fmt: skip
    tables = {
        "articles": [article],
        "authors": [(doc_id, i, *_AUTHOR(a)) for i, a in enumerate(meta.authors)],
        "dates": [
            (doc_id, i, *_DATE(d), int(d.year_inferred), *_DATE_END(d)) for i, d in enumerate(facts.dates)
        ],
        "article_officials": officials,
        "roles": roles,
        "document_refs": refs,
        "document_mentions": mentions_of_refs,
        "counts": [(doc_id, i, *_COUNT(c)) for i, c in enumerate(facts.counts)],
        "events": events,
        "event_chairs": chairs,
        "warnings": [(doc_id, i, *_WARNING(w)) for i, w in enumerate(facts.warnings)],
    }
    return ArticleRows(meta.id, doc_id, tables, people, cited)


def _scope_positions(official: Any, province: str | None) -> tuple[str | None, list[tuple[str, str]]]:
    """The registry group of an official and the (title, organization) keys of its current roles.

    The group is national (None) when every current role is at a central body (a Phó Trưởng Ban
    Dân vận Trung ương visiting provinces is one man), else the article's province.
    """
    organizations, positions = [], []
    for role in official.roles:
        if not role.former:
            organizations.append(role.organization_full or role.organization)
        held = position(*_POSITION(role))
        if held:
            positions.append(held)
    national = organizations and all(org and is_central(org) for org in organizations)
    return None if national else province, positions


def _article_date(facts: Facts) -> str | None:
    """The day the article speaks from: its publication, else the earliest meeting it reports."""
    if facts.article.published:
        return facts.article.published[:10]
    event_dates = [e.date for e in facts.events if e.date]
    return min(event_dates) if event_dates else None


def _about_dvk(title: str | None, text: str | None) -> bool:
    """The article names the “Dân vận khéo” movement (in any case: headlines are often capitals)."""
    return any(c is not None and _DVK.search(c) for c in (title, text))


def _id_of(raw: bytes) -> str | None:
    """The article id of a line that is JSON but not a valid ArticleFacts, if it has one."""
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python's stack
        return None
    article = value.get("article") if isinstance(value, dict) else None
    article_id = article.get("id") if isinstance(article, dict) else None
    return article_id if isinstance(article_id, str) and article_id else None


def _first_error(exc: ValidationError, where: str) -> str:
    error = exc.errors()[0]
    location = ".".join(str(part) for part in error["loc"]) or "line"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: not an ArticleFacts line: {location}: {error['msg']}{more}"
