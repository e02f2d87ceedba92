"""`extractor db build`: load ArticleFacts JSONL into the fact database.

One call is one transaction: either every line of every input is in the database afterwards, or (an
exception, a kill) the database is as it was before. A line identical to the one already loaded for
its article is skipped, so building twice from the same input changes nothing; any other line of an
article already loaded (new text, so a new `text_sha256`, or new facts) replaces all its facts. Error
lines and unreadable lines go to `failed_articles`. The registries of officials and documents are
then refreshed for the names and document ids the batch touched.

Time goes about equally to validating lines and making rows (rows.py), to SQLite's inserts, and to
the full-text index and registries. Parsing in a worker process was tried and dropped: moving the
rows back costs nearly what making them does, and on a shared two-core machine it was slower.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractor.db import registry
from extractor.db.rows import COLUMNS, ArticleRows, Failure, indexed_columns, parse_line
from extractor.db.store import DatabaseError, open_for_writing

# Tables holding one article's facts, all keyed by the article's doc_id first.
FACT_TABLES = tuple(table for table in COLUMNS if table != "articles")
FLUSH_EVERY = 500  # articles gathered before one `executemany` per table


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
        for where, raw in _lines(paths):
            loader.load(where, raw)
        loader.flush()
        registry.refresh_officials(conn, loader.touched_groups)
        registry.refresh_documents(conn, loader.touched_documents)
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):  # locked by another build, disk full, …
            raise DatabaseError(f"{db_path}: {exc}; nothing of this batch was written") from exc
        raise
    finally:
        conn.close()
    loader.stats.seconds = time.perf_counter() - started
    return loader.stats


def _lines(paths: list[Path]) -> Iterator[tuple[str, bytes]]:
    """(`FILE:LINE`, line) of every non-blank line."""
    for path in paths:
        with open(path, "rb") as lines:
            for number, raw in enumerate(lines, start=1):
                raw = raw.strip()
                if raw:
                    yield f"{path}:{number}", raw


class _Loader:
    """The writing side of one batch: database state, rows waiting to be written, what was touched.

    What the database holds (line hashes, ids, failures) is read once and then kept in step here, so
    a line costs dictionary lookups, not queries.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.stats = BuildStats()
        self.touched_groups: set[tuple[str, str | None]] = set()  # (name_key, scope)
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
        self.next_doc_id = conn.execute("SELECT coalesce(max(doc_id), 0) + 1 FROM articles").fetchone()[0]
        self.tables: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
        self.indexed: list[tuple] = []
        self.pending: set[int] = set()  # doc_ids gathered but not yet written

    def load(self, where: str, raw: bytes) -> None:
        self.stats.lines += 1
        line_sha256 = hashlib.sha256(raw).hexdigest()
        article_id = self.loaded_lines.get(line_sha256)
        if article_id is not None:
            self._forget_failure(article_id)  # its latest line is good again
            self.stats.unchanged += 1
            return
        if line_sha256 in self.failed_lines:
            self.stats.unchanged += 1
            return
        result = parse_line(raw, where, self.next_doc_id, line_sha256)
        if isinstance(result, Failure):
            self._fail(result, line_sha256)
            return
        self.next_doc_id += 1
        self._replace(result, line_sha256)
        self.stats.loaded += 1
        if len(self.pending) >= FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        conn = self.conn
        for table, rows in self.tables.items():
            conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * COLUMNS[table])})", rows)
            rows.clear()
        conn.executemany("INSERT INTO search (rowid, title, text, facts) VALUES (?, ?, ?, ?)", self.indexed)
        self.indexed.clear()
        self.pending.clear()

    def _fail(self, failure: Failure, line_sha256: str) -> None:
        self._forget_failure(failure.article_id)
        self.conn.execute(
            "INSERT INTO failed_articles (article_id, kind, message, path, line_sha256)"
            " VALUES (?, ?, ?, ?, ?)",
            (failure.article_id, failure.kind, failure.message, failure.path, line_sha256),
        )
        self.failed[failure.article_id] = line_sha256
        self.failed_lines.add(line_sha256)
        self.stats.failed += 1
        prefixed = failure.message.startswith(f"{failure.article_id}:")
        self.stats.failures.append(
            failure.message if prefixed else f"{failure.article_id}: {failure.message}"
        )

    def _forget_failure(self, article_id: str) -> None:
        line = self.failed.pop(article_id, None)
        if line is not None:
            self.conn.execute("DELETE FROM failed_articles WHERE article_id = ?", (article_id,))
            self.failed_lines.discard(line)

    def _replace(self, rows: ArticleRows, line_sha256: str) -> None:
        if rows.article_id in self.loaded:
            self._delete(rows.article_id)
        self._forget_failure(rows.article_id)
        for table, table_rows in rows.tables.items():
            self.tables[table].extend(table_rows)
        self.indexed.append((rows.doc_id, *indexed_columns(*rows.searchable)))
        self.pending.add(rows.doc_id)
        self.loaded[rows.article_id] = (rows.doc_id, line_sha256)
        self.loaded_lines[line_sha256] = rows.article_id
        self.touched_groups.update(rows.groups)
        self.touched_documents.update(rows.document_keys)

    def _delete(self, article_id: str) -> None:
        doc_id, line_sha256 = self.loaded.pop(article_id)
        del self.loaded_lines[line_sha256]
        if doc_id in self.pending:
            self.flush()
        conn = self.conn
        self.touched_groups.update(
            conn.execute("SELECT name_key, scope FROM article_officials WHERE doc_id = ?", (doc_id,))
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
            (doc_id, *indexed_columns(*columns)),
        )
        for table in (*FACT_TABLES, "articles"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
