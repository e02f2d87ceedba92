"""One JSONL line → the rows it puts in the fact database: no database access, no state.

A line is validated against the ArticleFacts model; a line that is not one, or an error line, becomes
a `Failure`. Rows follow the column order the migrations give each table (columns added by a later
migration come last); `doc_id` (the article's integer key) is given by the caller, who owns the
database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from operator import attrgetter

from pydantic import ValidationError

from extractor.db.bodies import is_central
from extractor.db.doc_keys import key_scope_year
from extractor.db.fold import fold, index_text
from extractor.db.registry import document_id, official_id
from extractor.records import ArticleFacts, Official

# Columns of each table, in schema order; the INSERT statements are made from these counts.
COLUMNS = {
    "articles": 16, "authors": 5, "dates": 12, "article_officials": 8, "roles": 10,
    "document_refs": 15, "document_mentions": 6, "counts": 14, "events": 12, "event_chairs": 4,
    "warnings": 7,
}  # fmt: skip
DVK_WORDS = "dân vận khéo"

# The fields of each fact that are columns, read in one C call per fact.
_DATE = attrgetter(
    "text", "start", "end", "value", "end_value", "kind", "year_inferred", "time", "part_of_day", "rule"
)
_ROLE = attrgetter("title", "organization", "organization_full", "title_full", "text", "former", "rule")
_REF = attrgetter("id", "doc_type", "number", "code", "issuer", "issued", "term", "title", "rule")
_MENTION = attrgetter("start", "end", "text")
_COUNT = attrgetter(
    "text", "start", "end", "value", "total", "value_max", "percent", "unit", "status", "category",
    "part_of", "rule",
)  # fmt: skip
_EVENT = attrgetter("kind", "text", "start", "end", "date", "part_of_day", "organizer", "location")
_AUTHOR = attrgetter("name", "affiliation", "kind")
_WARNING = attrgetter("code", "message", "start", "end", "text")
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


@dataclass(slots=True)
class ArticleRows:
    article_id: str
    doc_id: int
    tables: dict[str, list[tuple]]
    searchable: tuple[str | None, str | None, str]  # title, text, facts: the columns of full-text search
    groups: list[tuple[str, str | None]]  # (folded name, registry scope) of each official
    document_keys: list[str]


@dataclass(slots=True)
class Failure:
    article_id: str  # the line's id, else `FILE:LINE`
    kind: str
    message: str
    path: str


def parse_line(raw: bytes, where: str, doc_id: int, line_sha256: str) -> ArticleRows | Failure:
    """The rows of one line (`where` is `FILE:LINE`, for messages)."""
    try:
        facts = ArticleFacts.model_validate_json(raw)
    except ValidationError as exc:
        return Failure(_id_of(raw) or where, "bad_json", _first_error(exc, where), where)
    if facts.status == "error":
        kind = facts.error.kind if facts.error else "internal"
        message = facts.error.message if facts.error else "error line without an error"
        return Failure(facts.article.id, kind, message, facts.article.path or where)
    return article_rows(facts, doc_id, line_sha256)


def article_rows(facts: ArticleFacts, doc_id: int, line_sha256: str) -> ArticleRows:
    meta = facts.article
    date = _article_date(facts)
    tables: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    # What full-text search finds the facts by, one fact a line.
    searchable: list[str] = []
    for i, official in enumerate(facts.officials):
        mentions = _JSON([{"start": m.start, "end": m.end, "text": m.text} for m in official.mentions])
        name_key = fold(official.name)
        scope = _official_scope(official, meta.province)
        # The id of the first person of that name in the scope; the registry moves namesakes.
        first = official_id(name_key, scope)
        tables["article_officials"].append(
            (doc_id, i, official.name, name_key, first, mentions, official.rule, scope)
        )
        tables["roles"].extend((doc_id, i, j, *_ROLE(r)) for j, r in enumerate(official.roles))
        searchable.append(", ".join([official.name, *(r.text for r in official.roles)]))
    keys = []
    for i, ref in enumerate(facts.documents):
        key, scope, year = key_scope_year(ref.id, ref.code, ref.title, ref.issued, meta.province)
        if key:
            keys.append(key)
        guess = document_id(key, scope, year) if key else None  # the registry settles refs stating no year
        tables["document_refs"].append((doc_id, i, guess, key, *_REF(ref), scope, year))
        tables["document_mentions"].extend((doc_id, i, j, *_MENTION(m)) for j, m in enumerate(ref.mentions))
        named = [ref.id, ref.title] if ref.id or ref.title else [m.text for m in ref.mentions]
        searchable.append(" ".join(p for p in (ref.doc_type, *named, ref.issuer) if p))
    tables["counts"] = [(doc_id, i, *_COUNT(c)) for i, c in enumerate(facts.counts)]
    searchable.extend(c.text for c in facts.counts)
    for i, event in enumerate(facts.events):
        attendees = _JSON(event.attendees) if event.attendees else "[]"
        tables["events"].append((doc_id, i, *_EVENT(event), attendees, event.rule))
        tables["event_chairs"].extend((doc_id, i, j, name) for j, name in enumerate(event.chairs))
        searchable.append(
            " ".join(p for p in (event.text, event.organizer, event.location, *event.chairs) if p)
        )
    fact_text = "\n".join(searchable)
    tables["articles"].append(
        (
            doc_id, meta.id, meta.title, meta.source, meta.url, meta.published, date,
            int(date[:4]) if date else None, meta.province, meta.province_2025,
            _about_dvk(meta.title, meta.text), meta.text, fact_text, meta.text_sha256, meta.path,
            line_sha256,
        )
    )  # fmt: skip
    tables["authors"] = [(doc_id, i, *_AUTHOR(a)) for i, a in enumerate(meta.authors)]
    tables["dates"] = [(doc_id, i, *_DATE(d)) for i, d in enumerate(facts.dates)]
    tables["warnings"] = [(doc_id, i, *_WARNING(w)) for i, w in enumerate(facts.warnings)]
    return ArticleRows(
        article_id=meta.id,
        doc_id=doc_id,
        tables=tables,
        searchable=(meta.title, meta.text, fact_text),
        groups=[(row[3], row[7]) for row in tables["article_officials"]],
        document_keys=keys,
    )


def _official_scope(official: Official, province: str | None) -> str | None:
    """The registry group of an official: national when every current role is at a central body
    (a Phó Trưởng Ban Dân vận Trung ương visiting provinces is one man), else the article's province."""
    current = [r.organization_full or r.organization for r in official.roles if not r.former]
    if current and all(org and is_central(org) for org in current):
        return None
    return province


def indexed_columns(*columns: str | None) -> tuple[str | None, ...]:
    """Columns as the FTS5 index is fed them (and must be told them again to forget a row)."""
    return tuple(index_text(c) if c else c for c in columns)


def _article_date(facts: ArticleFacts) -> str | None:
    """The day the article speaks from: its publication, else the earliest meeting it reports."""
    if facts.article.published:
        return facts.article.published[:10]
    event_dates = [e.date for e in facts.events if e.date]
    return min(event_dates) if event_dates else None


def _about_dvk(title: str | None, text: str | None) -> bool:
    """The article names the “Dân vận khéo” movement (in any case: headlines are often capitals)."""
    return any(c is not None and DVK_WORDS in c.lower() for c in (title, text))


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
