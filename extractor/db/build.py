"""`extractor db build`: load ArticleFacts JSONL into the fact database.

One call is one transaction: either every line of every input is in the database afterwards, or (an
exception, a kill) the database is as it was before. A line identical to the one already loaded for
its article is skipped, so building twice from the same input changes nothing; any other line of an
article already loaded (new text, so a new `text_sha256`, or new facts) replaces all its facts. Error
lines and unreadable lines go to `failed_articles`. The registries of officials and documents are
then refreshed for the names and document ids the batch touched.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from extractor.db import registry
from extractor.db.fold import document_key, fold, index_text
from extractor.db.store import DatabaseError, open_for_writing
from extractor.records import ArticleFacts

# Tables holding one article's facts, all keyed by the article's doc_id first.
FACT_TABLES = (
    "authors", "dates", "article_officials", "roles", "document_refs", "document_mentions",
    "counts", "events", "event_chairs", "warnings",
)  # fmt: skip
DVK_WORDS = "dân vận khéo"


@dataclass
class BuildStats:
    lines: int = 0  # non-blank input lines
    loaded: int = 0  # articles inserted or replaced
    unchanged: int = 0  # lines identical to what the database already held
    failed: int = 0  # error lines and unreadable lines, recorded in failed_articles
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)  # one line per failure of this batch

    @property
    def lines_per_second(self) -> float:
        return self.lines / self.seconds if self.seconds else 0.0


def build(paths: Iterable[Path], db_path: Path) -> BuildStats:
    """Load every line of `paths` (ArticleFacts JSONL) into `db_path`, created if missing."""
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise DatabaseError(f"no such input file: {', '.join(missing)}")
    started = time.perf_counter()
    conn = open_for_writing(Path(db_path))
    try:
        conn.execute("BEGIN IMMEDIATE")
        loader = _Loader(conn)
        for path in paths:
            with open(path, "rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    if raw.strip():
                        loader.load_line(raw.strip(), f"{path}:{number}")
        loader.flush()
        registry.refresh_officials(conn, loader.touched_groups)
        registry.refresh_documents(conn, loader.touched_documents)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    loader.stats.seconds = time.perf_counter() - started
    return loader.stats


class _Loader:
    """The per-line work of one batch, and what it touched for the registry refresh.

    What the database holds (line hashes, ids, failures) is read once and then kept in step here,
    so a line costs set lookups, not queries. Rows are gathered per table and written with one
    `executemany` per table every FLUSH_EVERY articles: per-row statements would cost more than
    everything else together.
    """

    FLUSH_EVERY = 500

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.stats = BuildStats()
        self.touched_groups: set[tuple[str, str | None]] = set()  # (name_key, province)
        self.touched_documents: set[str] = set()  # doc_key
        self.loaded: dict[str, tuple[int, str]] = {}  # article_id → (doc_id, line_sha256)
        self.loaded_lines: dict[str, str] = {}  # line_sha256 → article_id
        for article_id, doc_id, line in conn.execute("SELECT article_id, doc_id, line_sha256 FROM articles"):
            self.loaded[article_id] = (doc_id, line)
            self.loaded_lines[line] = article_id
        self.failed: dict[str, str] = dict(
            conn.execute("SELECT article_id, line_sha256 FROM failed_articles")
        )
        self.failed_lines: set[str] = set(self.failed.values())
        next_doc_id = conn.execute("SELECT coalesce(max(doc_id), 0) + 1 FROM articles").fetchone()[0]
        self.rows = _Rows(next_doc_id)
        self.pending: set[int] = set()  # doc_ids gathered but not yet written

    def load_line(self, raw: bytes, where: str) -> None:
        self.stats.lines += 1
        line_sha256 = hashlib.sha256(raw).hexdigest()
        if self._already_loaded(line_sha256):
            self.stats.unchanged += 1
            return
        try:
            facts = ArticleFacts.model_validate_json(raw)
        except ValidationError as exc:
            self._fail(_id_of(raw) or where, "bad_json", _first_error(exc, where), where, line_sha256)
            return
        if facts.status == "error":
            kind = facts.error.kind if facts.error else "internal"
            message = facts.error.message if facts.error else "error line without an error"
            self._fail(facts.article.id, kind, message, facts.article.path or where, line_sha256)
            return
        self._replace(facts, line_sha256)
        self.stats.loaded += 1
        if len(self.pending) >= self.FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        self.rows.write(self.conn)
        self.pending.clear()

    def _already_loaded(self, line_sha256: str) -> bool:
        article_id = self.loaded_lines.get(line_sha256)
        if article_id is not None:
            # The latest line of this article is good again: it is no longer a failed article.
            self._forget_failure(article_id)
            return True
        return line_sha256 in self.failed_lines

    def _fail(self, article_id: str, kind: str, message: str, path: str, line_sha256: str) -> None:
        self._forget_failure(article_id)
        self.conn.execute(
            "INSERT INTO failed_articles (article_id, kind, message, path, line_sha256)"
            " VALUES (?, ?, ?, ?, ?)",
            (article_id, kind, message, path, line_sha256),
        )
        self.failed[article_id] = line_sha256
        self.failed_lines.add(line_sha256)
        self.stats.failed += 1
        prefixed = message.startswith(f"{article_id}:")
        self.stats.failures.append(message if prefixed else f"{article_id}: {message}")

    def _forget_failure(self, article_id: str) -> None:
        line = self.failed.pop(article_id, None)
        if line is not None:
            self.conn.execute("DELETE FROM failed_articles WHERE article_id = ?", (article_id,))
            self.failed_lines.discard(line)

    def _replace(self, facts: ArticleFacts, line_sha256: str) -> None:
        article_id = facts.article.id
        if article_id in self.loaded:
            self._delete(article_id)
        self._forget_failure(article_id)
        doc_id = self.rows.add_article(facts, line_sha256)
        self.pending.add(doc_id)
        self.loaded[article_id] = (doc_id, line_sha256)
        self.loaded_lines[line_sha256] = article_id
        province = facts.article.province
        self.touched_groups.update((fold(o.name), province) for o in facts.officials)
        self.touched_documents.update(k for k in (_document_key(d.id, d.title) for d in facts.documents) if k)

    def _delete(self, article_id: str) -> None:
        doc_id, line_sha256 = self.loaded.pop(article_id)
        del self.loaded_lines[line_sha256]
        if doc_id in self.pending:
            self.flush()
        conn = self.conn
        self.touched_groups.update(
            conn.execute(
                "SELECT ao.name_key, a.province FROM article_officials AS ao"
                " JOIN articles AS a ON a.doc_id = ao.doc_id WHERE ao.doc_id = ?",
                (doc_id,),
            )
        )
        self.touched_documents.update(
            key
            for (key,) in conn.execute("SELECT doc_key FROM document_refs WHERE doc_id = ?", (doc_id,))
            if key
        )
        # An external-content FTS5 index forgets a row only when told the exact values it indexed.
        columns = conn.execute(
            "SELECT title, text, facts FROM articles WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        conn.execute(
            "INSERT INTO search (search, rowid, title, text, facts) VALUES ('delete', ?, ?, ?, ?)",
            (doc_id, *_indexed(*columns)),
        )
        for table in (*FACT_TABLES, "articles"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))


def _document_key(ref: str | None, title: str | None) -> str | None:
    """Registry key of a document: its id, else its title (a document named without a number)."""
    if ref:
        return document_key(ref)
    return fold(title) if title else None


def _article_date(facts: ArticleFacts) -> str | None:
    """The day the article speaks from: its publication, else the earliest meeting it reports."""
    if facts.article.published:
        return facts.article.published[:10]
    event_dates = [e.date for e in facts.events if e.date]
    return min(event_dates) if event_dates else None


class _Rows:
    """Rows of articles waiting to be written, per table, in the column order of 0001_schema.sql."""

    INSERTS = {
        "articles": 16, "authors": 5, "dates": 12, "article_officials": 7, "roles": 10,
        "document_refs": 13, "document_mentions": 6, "counts": 14, "events": 12, "event_chairs": 4,
        "warnings": 7,
    }  # fmt: skip

    def __init__(self, next_doc_id: int) -> None:
        self.tables: dict[str, list[tuple]] = {table: [] for table in self.INSERTS}
        self.indexed: list[tuple] = []  # (doc_id, title, text, facts) as FTS5 indexes them
        self.next_doc_id = next_doc_id

    def write(self, conn: sqlite3.Connection) -> None:
        for table, rows in self.tables.items():
            placeholders = ", ".join("?" * self.INSERTS[table])
            conn.executemany(f"INSERT INTO {table} VALUES ({placeholders})", rows)
            rows.clear()
        conn.executemany("INSERT INTO search (rowid, title, text, facts) VALUES (?, ?, ?, ?)", self.indexed)
        self.indexed.clear()

    def add_article(self, facts: ArticleFacts, line_sha256: str) -> int:
        """Gather the rows of one article; its doc_id."""
        meta = facts.article
        doc_id = self.next_doc_id
        self.next_doc_id += 1
        date = _article_date(facts)
        tables = self.tables
        # What full-text search finds the facts by, one fact a line.
        searchable: list[str] = []
        for i, official in enumerate(facts.officials):
            mentions = [{"start": m.start, "end": m.end, "text": m.text} for m in official.mentions]
            tables["article_officials"].append(
                (doc_id, i, official.name, fold(official.name), None,
                 json.dumps(mentions, ensure_ascii=False), official.rule)
            )  # fmt: skip
            tables["roles"].extend(
                (doc_id, i, j, r.title, r.organization, r.organization_full, r.title_full, r.text,
                 r.former, r.rule)
                for j, r in enumerate(official.roles)
            )  # fmt: skip
            searchable.append(", ".join([official.name, *(r.text for r in official.roles)]))
        for i, ref in enumerate(facts.documents):
            tables["document_refs"].append(
                (doc_id, i, None, _document_key(ref.id, ref.title), ref.id, ref.doc_type, ref.number,
                 ref.code, ref.issuer, ref.issued, ref.term, ref.title, ref.rule)
            )  # fmt: skip
            tables["document_mentions"].extend(
                (doc_id, i, j, m.start, m.end, m.text) for j, m in enumerate(ref.mentions)
            )
            named = [ref.id, ref.title] if ref.id or ref.title else [m.text for m in ref.mentions]
            searchable.append(" ".join(p for p in (ref.doc_type, *named, ref.issuer) if p))
        tables["counts"].extend(
            (doc_id, i, c.text, c.start, c.end, c.value, c.total, c.value_max, c.percent, c.unit,
             c.status, c.category, c.part_of, c.rule)
            for i, c in enumerate(facts.counts)
        )  # fmt: skip
        searchable.extend(c.text for c in facts.counts)
        for i, event in enumerate(facts.events):
            tables["events"].append(
                (doc_id, i, event.kind, event.text, event.start, event.end, event.date,
                 event.part_of_day, event.organizer, event.location,
                 json.dumps(event.attendees, ensure_ascii=False), event.rule)
            )  # fmt: skip
            tables["event_chairs"].extend((doc_id, i, j, name) for j, name in enumerate(event.chairs))
            parts = (event.text, event.organizer, event.location, *event.chairs)
            searchable.append(" ".join(p for p in parts if p))
        fact_text = "\n".join(searchable)
        tables["articles"].append(
            (
                doc_id, meta.id, meta.title, meta.source, meta.url, meta.published, date,
                int(date[:4]) if date else None, meta.province, meta.province_2025,
                _about_dvk(meta.title, meta.text), meta.text, fact_text, meta.text_sha256, meta.path,
                line_sha256,
            )
        )  # fmt: skip
        tables["authors"].extend(
            (doc_id, i, a.name, a.affiliation, a.kind) for i, a in enumerate(meta.authors)
        )
        tables["dates"].extend(
            (doc_id, i, d.text, d.start, d.end, d.value, d.end_value, d.kind, d.year_inferred,
             d.time, d.part_of_day, d.rule)
            for i, d in enumerate(facts.dates)
        )  # fmt: skip
        tables["warnings"].extend(
            (doc_id, i, w.code, w.message, w.start, w.end, w.text) for i, w in enumerate(facts.warnings)
        )
        self.indexed.append((doc_id, *_indexed(meta.title, meta.text, fact_text)))
        return doc_id


def _indexed(*columns: str | None) -> tuple[str | None, ...]:
    return tuple(index_text(c) if c else c for c in columns)


def _about_dvk(title: str | None, text: str | None) -> bool:
    """The article names the “Dân vận khéo” movement (in any case: headlines are often capitals)."""
    return any(c is not None and DVK_WORDS in c.lower() for c in (title, text))


def _id_of(raw: bytes) -> str | None:
    """The article id of a line that is JSON but not a valid ArticleFacts, if it has one."""
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    article = value.get("article") if isinstance(value, dict) else None
    article_id = article.get("id") if isinstance(article, dict) else None
    return article_id if isinstance(article_id, str) and article_id else None


def _first_error(exc: ValidationError, where: str) -> str:
    error = exc.errors()[0]
    location = ".".join(str(part) for part in error["loc"]) or "line"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: not an ArticleFacts line: {location}: {error['msg']}{more}"
