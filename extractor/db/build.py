"""`extractor db build`: load ArticleFacts JSONL into the fact database.

One call is one transaction: either every line of every input is in the database afterwards, or (an
exception, a kill) the database is as it was before. A line identical to the one already loaded for
its article is skipped, so building twice from the same input changes nothing; any other line of an
article already loaded (new text, so a new `text_sha256`, or new facts) replaces all its facts. Error
lines and unreadable lines go to `failed_articles`. The registries of officials and documents are
then refreshed for the names and document ids the batch touched.

How it is fast. The input is cut into chunks of CHUNK_LINES lines (fewer at its start and end). A
chunk is staged (`_stage`): its lines hashed, decoded into msgspec Structs made from the model
(structs.py; the model judges the lines they refuse) and made into rows (rows.py), the rows inserted
into an in-memory SQLite database of the same tables, which is then serialized (about 1.3 MB for 128
lines with their text). The writer (`_Loader`) decides, line by line and in input order, what each
line does (skip, fail, load, replace), deserializes the chunk into the schema `stage` attached to
the fact database, and copies its rows with one `INSERT … SELECT` per table, the full-text index
included, all in C. Staging is pure Python work independent of the database, so from PARALLEL_BYTES
of input on a forked worker process (`_Workers`) stages chunks while this one writes, and this one
stages the next chunk nobody has taken whenever the one it must write next is not ready; below that
the chunks are staged here. While building, the cycle collector is off (a build makes no cycles) and
None has an adapter (Python 3.11's sqlite3 otherwise formats an exception for every NULL it binds).

Where the time goes, in CPU seconds for the 2,000 lines of `make bench` (19.7 MB) in one process on
its two-core machine, 1.1-1.2 in all: staging 0.7 (decoding 0.15, making rows 0.17, inserting them
into the staging database 0.25, hashing, cutting, pickling), writing 0.4 (full-text index 0.22,
copying rows 0.1, registries 0.05, commit 0.02 and 0.05 waiting for fsync). The two processes
overlap them: the writer's own part is now the longer, and it stages when the worker lags. What is
left is the start (finding the chunks, the first chunk) and the end (the last chunk, registries,
commit), when one core works, which is why the first and last chunks are small.
Tried and dropped: sending the rows to the writer as Python tuples (unpickling and binding them one
by one made the writer the bottleneck); a writer thread (SQLite releases the GIL for one
`sqlite3_step`, one row, and taking the GIL back costs more than the row); making rows in SQL with
`json_each` (SQLite 3.40's JSON functions are twice as slow as binding); multi-row `VALUES`;
validating into a TypedDict view of the model (a fifth faster, but a second schema to keep in step:
the Structs are made from the model instead, and twice as fast); FTS5 `hashsize`, `automerge` (8:
1% fewer instructions), `pgsz` (no change beyond the noise), `detail=column` and `columnsize=0`
(would cost phrase queries and bm25); two workers beside the writer (three processes for two cores:
a tenth slower than one worker and a writer that stages too); feeding the index text folded to ASCII
in Python (`Đảng` → `Dang`: the tokenizer reads ASCII 2.4 times as fast, but the unicodedata
decomposition costs the stagers more than the writer saves; a charmap codec is no faster); staging
databases with 16 KiB pages (more instructions; the fact database's own 16 KiB pages are kept:
store.py); a small page cache that spills, with a thread calling `fdatasync` meanwhile (the commit
of 2,000 articles 0.013 s instead of 0.08, the build 7% faster, but 10,000 articles 7% slower,
rereading pages); strict validation (a tenth of validation's 0.3 s); chunks of 64 or 256 lines
(within the noise); `synchronous=NORMAL` (the same fsyncs in rollback-journal mode); interning the
registries' strings before pickling (within the noise); the `dân vận khéo` test with character
classes instead of IGNORECASE (a fifth faster, 5 ms).
"""

from __future__ import annotations

import gc
import hashlib
import mmap
import multiprocessing
import os
import socket
import sqlite3
import sys
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import NamedTuple

from extractor.db import registry
from extractor.db.fold import index_text_sql
from extractor.db.registry import Occurrence, Ref
from extractor.db.rows import COLUMNS, ArticleRows, Cited, Failure, Person, parse_line
from extractor.db.store import DatabaseError, open_for_writing

# Tables holding one article's facts, all keyed by the article's doc_id first.
FACT_TABLES = tuple(table for table in COLUMNS if table != "articles")
CHUNK_LINES = 128  # lines staged together: small enough that writing starts early and ends soon
# Lines of the input's first chunk; each next chunk twice as many, up to CHUNK_LINES. Until the first
# chunk is staged the writer waits: a small one gets it going within a few hundredths of a second.
FIRST_CHUNK_LINES = 16
PARALLEL_BYTES = 1 << 20  # input from which chunks are staged in worker processes (about 100 articles)
# Processes staging chunks beside this one, which writes, and stages the next chunk nobody has taken
# whenever the one it must write next is not staged yet: two processes for two cores. (Two workers
# and a writer that waited were three processes for two cores: a tenth slower.)
WORKERS = 1
# Chunks this process holds staged, waiting for an earlier one, beyond which it stages no more itself:
# a slow worker must not make it hold the whole input in memory.
AHEAD = 4
# Bytes a worker's pipe holds: the writer takes the chunks in order, and a worker whose staged chunk
# (about 1.3 MB) does not fit in its pipe waits, idle, until the writer gets to it. As much as Linux
# lets a process ask (net.core.wmem_max, 4 MiB here; it gives twice what is asked, up to that).
PIPE_BYTES = 4 << 20
# What the full-text index is fed of a row of `articles`, in SQL: its doc_id and `fold.index_text` of
# its title, text and facts. Every path that indexes a row, or makes the index forget one, feeds this.
_FED = ", ".join(["doc_id", *(index_text_sql(column) for column in ("title", "text", "facts"))])
STOPPED = "a process staging the input stopped; nothing of this batch was written"


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


def build(paths: Iterable[Path], db_path: Path, *, workers: int | None = None) -> BuildStats:
    """Load every line of `paths` (ArticleFacts JSONL) into `db_path`, created if missing.

    `workers`: processes staging the input (0: stage here; None: WORKERS for a large input).
    """
    paths = [Path(p) for p in paths]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise DatabaseError(f"no such input file: {', '.join(missing)}")
    started = time.perf_counter()
    chunks = _chunks(paths)
    if workers is None:
        large = sum(p.stat().st_size for p in paths) >= PARALLEL_BYTES
        # Workers are forked: Windows cannot fork, and on macOS a fork may crash in system libraries.
        workers = WORKERS if large and sys.platform == "linux" else 0
    with _collector_paused(), _nulls_adapted():  # before the fork: the workers inherit them
        # Forked before the database is opened: no worker holds an SQLite handle.
        pool = _Workers(min(workers, len(chunks))) if workers and len(chunks) > 1 else None
        try:
            stats = _load(chunks, Path(db_path), pool)
        finally:
            if pool:
                pool.close()
    stats.seconds = time.perf_counter() - started
    return stats


@contextmanager
def _nulls_adapted() -> Iterator[None]:
    """None bound as NULL without a failed lookup, while building. Python 3.11's sqlite3 module takes
    None (like a bool or bytes) for a value to adapt: finding no adapter, it asks the protocol for
    `__adapt__`, which raises an AttributeError, formatted then cleared, before binding NULL. A
    third of the cost of staging a row of `counts` (five NULLs in fourteen). An adapter registered
    for NoneType is found at once and gives back None: the same NULL. The registry of adapters is
    the module's, for every connection: it is put back as it was afterwards."""
    key = (type(None), sqlite3.PrepareProtocol)
    before = sqlite3.adapters.get(key)
    sqlite3.register_adapter(type(None), _NULL)
    try:
        yield
    finally:
        if before is None:
            sqlite3.adapters.pop(key, None)
        else:
            sqlite3.adapters[key] = before


_NULL = {}.get  # None for any value, in C (a lambda costs a Python call per NULL)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the build. A build makes no reference cycles (2,000 lines,
    good, refused or failing, leave none behind: tested), so everything it frees, reference counting
    frees; the collector only walked the live objects, a hundred times a batch, 5% of its time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Chunk(NamedTuple):
    """Consecutive lines of an input file (CHUNK_LINES, fewer at the input's start and end)."""

    path: str
    start: int  # byte offsets
    end: int
    number: int  # of its first line in the file, from 1
    index: int  # of its first line in the whole input, from 0: the line's doc_id less the first


def _chunks(paths: list[Path]) -> list[_Chunk]:
    """The input cut into chunks: CHUNK_LINES lines each, but fewer at its start and at its end, where
    one process waits while the other stages (the first chunk, the last one)."""
    sizes = [path.stat().st_size for path in paths]
    left = sum(sizes)  # bytes not in a chunk yet
    chunks: list[_Chunk] = []
    index = 0
    for path, size in zip(paths, sizes, strict=True):
        if not size:
            continue
        with open(path, "rb") as source, mmap.mmap(source.fileno(), 0, access=mmap.ACCESS_READ) as data:
            start = number = 0
            while start < size:
                # The end of the chunk's last line (the file's end, if it has fewer lines left). Half
                # the lines left, near the end: how many, the lines so far tell (counting them first
                # read the input twice, a tenth of the build's start).
                end, lines = start, 0
                wanted = min(CHUNK_LINES, FIRST_CHUNK_LINES << len(chunks))
                if index:
                    wanted = min(wanted, max(FIRST_CHUNK_LINES, left * index // (sum(sizes) - left) // 2))
                while lines < wanted and end < size:
                    newline = data.find(b"\n", end)
                    end = size if newline < 0 else newline + 1
                    lines += 1
                chunks.append(_Chunk(str(path), start, end, number + 1, index))
                start, number, index, left = end, number + lines, index + lines, left - (end - start)
    return chunks


class _Context(NamedTuple):
    """What staging needs to know of the database."""

    known: frozenset[str]  # hashes of the lines it holds (loaded or failed): not parsed again
    columns: dict[str, list[str]]  # of each table, in order
    first_doc_id: int  # of the input's first line; a line's doc_id is this plus its index


class _Line(NamedTuple):
    """One non-blank line as staging found it."""

    where: str  # FILE:LINE
    offset: int  # byte offset in the file
    line_sha256: str
    doc_id: int
    # The article id of the rows staged under `doc_id`; the failure the line is; None when the line
    # was known to the database and not parsed.
    outcome: str | Failure | None


class _Staged(NamedTuple):
    """A chunk staged: its lines, their rows as an SQLite database, what the registries need."""

    path: str
    lines: list[_Line]
    image: bytes | None  # `sqlite3.Connection.serialize()` of the staging database; None: no rows
    people: list[Person]
    cited: list[Cited]


def _stage(chunk: _Chunk, context: _Context) -> _Staged:
    with open(chunk.path, "rb") as source:
        source.seek(chunk.start)
        data = source.read(chunk.end - chunk.start)
    lines: list[_Line] = []
    tables: dict[str, list[tuple]] = {table: [] for table in COLUMNS}
    people: list[Person] = []
    cited: list[Cited] = []
    i = start = 0
    while start < len(data):
        # Line by line with `find` (memchr): `split` goes byte by byte, three times slower.
        newline = data.find(b"\n", start)
        end = len(data) if newline < 0 else newline
        line = data[start:end].strip()
        if line:
            where = f"{chunk.path}:{chunk.number + i}"
            doc_id = context.first_doc_id + chunk.index + i
            line_sha256 = hashlib.sha256(line).hexdigest()
            outcome: str | Failure | None = None
            if line_sha256 not in context.known:
                result = parse_line(line, where, doc_id, line_sha256)
                if isinstance(result, Failure):
                    outcome = result
                else:
                    outcome = result.article_id
                    for table, table_rows in result.tables.items():
                        tables[table].extend(table_rows)
                    people.extend(result.people)
                    cited.extend(result.cited)
            lines.append(_Line(where, chunk.start + start, line_sha256, doc_id, outcome))
        i, start = i + 1, end + 1
    if not tables["articles"]:  # every line known or failed (building again): nothing to copy
        return _Staged(chunk.path, lines, None, people, cited)
    stage = sqlite3.connect(":memory:")
    try:
        stage.execute("PRAGMA journal_mode = OFF")  # a scratch database: nothing to roll back
        for table, columns in context.columns.items():
            stage.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
            stage.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(columns))})", tables[table])
        stage.commit()
        image = stage.serialize()
    finally:
        stage.close()
    return _Staged(chunk.path, lines, image, people, cited)


class _Workers:
    """Processes staging chunks, each taking the next chunk nobody has taken."""

    def __init__(self, count: int) -> None:
        context = multiprocessing.get_context("fork")  # no imports to redo, and nothing to pickle
        self.taken = context.Value("i", 0)  # chunks taken so far: the next to take is this one
        self.pipes: list[Connection] = []
        self.processes = []
        for _ in range(count):
            pipe, their_end = context.Pipe()
            with socket.socket(fileno=their_end.fileno()) as sending:
                sending.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, PIPE_BYTES)
                sending.detach()  # the Connection keeps the descriptor
            # A worker closes this side's ends it inherits, so that this side's death ends it.
            process = context.Process(
                target=_work, args=(their_end, [*self.pipes, pipe], self.taken), daemon=True
            )
            process.start()
            their_end.close()
            self.pipes.append(pipe)
            self.processes.append(process)

    def stage(self, chunks: list[_Chunk], context: _Context) -> Iterator[_Staged]:
        """The chunks staged, in order: by the workers, and here while the next one is not ready."""
        try:
            for pipe in self.pipes:
                pipe.send((chunks, context))
        except OSError as exc:  # the worker is gone (killed, out of memory)
            raise DatabaseError(STOPPED) from exc
        staging = list(self.pipes)  # workers not done yet
        ready: dict[int, _Staged] = {}
        for i in range(len(chunks)):
            while i not in ready:
                messages = wait(staging, timeout=0)
                if not messages:
                    index = _take(self.taken, len(chunks)) if len(ready) < AHEAD else None
                    if index is not None:  # rather than wait, stage here the next chunk nobody has taken
                        ready[index] = _stage(chunks[index], context)
                        continue
                    if not staging:  # cannot happen: every chunk is staged by whoever takes it
                        raise RuntimeError(f"chunk {i} of the input was taken and never staged")
                    messages = wait(staging)
                for pipe in messages:
                    try:
                        message = pipe.recv()
                    except (EOFError, OSError) as exc:  # closed, or reset with our context unread
                        raise DatabaseError(STOPPED) from exc
                    if message[0] == "staged":
                        ready[message[1]] = message[2]
                    elif message[0] == "done":
                        staging.remove(pipe)
                    else:
                        raise RuntimeError(f"staging the input failed:\n{message[1]}")
            yield ready.pop(i)

    def close(self) -> None:
        for process in self.processes:
            if process.is_alive():  # this side failed first: the rest of the work is not wanted
                process.terminate()
        for process in self.processes:
            process.join()
        for pipe in self.pipes:
            pipe.close()


def _take(taken: Synchronized[int], count: int) -> int | None:
    """The index of the next chunk nobody has taken, now taken; None when all are."""
    with taken.get_lock():
        index = taken.value
        if index >= count:
            return None
        taken.value = index + 1
        return index


def _work(pipe: Connection, inherited: list[Connection], taken: Synchronized[int]) -> None:
    for end in inherited:
        end.close()
    # Should there be more processes than cores, the writer comes first: with two workers at equal
    # priority it got two thirds of a core and its SQL ran half as fast.
    os.nice(5)
    try:
        chunks, context = pipe.recv()
        while (index := _take(taken, len(chunks))) is not None:
            pipe.send(("staged", index, _stage(chunks[index], context)))
        pipe.send(("done",))
    except BaseException:
        pipe.send(("failed", traceback.format_exc()))


def _load(chunks: list[_Chunk], db_path: Path, pool: _Workers | None) -> BuildStats:
    conn = open_for_writing(db_path)
    try:
        # Where each chunk's staging database is deserialized; ATTACH cannot run in a transaction.
        conn.execute("ATTACH ':memory:' AS stage")
        conn.execute("BEGIN IMMEDIATE")
        loader = _Loader(conn)
        context = _Context(
            frozenset(loader.loaded_lines) | loader.failed_lines,
            {
                table: [f'"{c}"' for _, c, *_ in conn.execute(f"PRAGMA main.table_info({table})")]
                for table in COLUMNS
            },
            loader.first_doc_id,
        )
        staged = pool.stage(chunks, context) if pool else (_stage(chunk, context) for chunk in chunks)
        for chunk in staged:
            loader.apply(chunk)
        loader.finish()
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.OperationalError):  # locked by another build, disk full, …
            raise DatabaseError(f"{db_path}: {exc}; nothing of this batch was written") from exc
        raise
    finally:
        conn.close()
    return loader.stats


class _Loader:
    """The writing side of one batch: database state, what each line does, what was touched.

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
        # The batch's articles get this doc_id and later ones; older articles have lower ones.
        self.first_doc_id = conn.execute("SELECT coalesce(max(doc_id), 0) + 1 FROM articles").fetchone()[0]
        # What the registries need of the batch's articles, by doc_id, so that they need not read it.
        self.written: dict[int, tuple[list[tuple[tuple[str, str | None], Occurrence]], list[Ref]]] = {}
        self.chunks = 0  # deserialized into `stage` so far
        self.staged: set[int] = set()  # doc_ids of the chunk in `stage`
        self.dropped: set[int] = set()  # of those, the ones not to copy

    def apply(self, chunk: _Staged) -> None:
        """Decide what each line of the chunk does, then copy the staged rows that are still wanted."""
        self.staged = {line.doc_id for line in chunk.lines if isinstance(line.outcome, str)}
        self.dropped = set()
        for line in chunk.lines:
            self._line(chunk.path, line)
        if chunk.image is None:
            return
        self.conn.deserialize(chunk.image, name="stage")
        self.chunks += 1
        # Every chunk's image has the same schema cookie, so a statement prepared for an earlier one
        # would run unchecked on its table root pages, which differ: statements on `stage` name the
        # chunk, which keeps them apart in the statement cache.
        wanted = f" /* chunk {self.chunks} */"
        if self.dropped:
            wanted = f" WHERE doc_id NOT IN ({', '.join(map(str, sorted(self.dropped)))}){wanted}"
        for table in COLUMNS:
            self.conn.execute(f"INSERT INTO main.{table} SELECT * FROM stage.{table}{wanted}")
        self.conn.execute(
            f"INSERT INTO search (rowid, title, text, facts) SELECT {_FED} FROM stage.articles{wanted}"
        )
        kept = self.staged - self.dropped
        people: dict[int, list[Person]] = {doc_id: [] for doc_id in kept}
        cited: dict[int, list[Cited]] = {doc_id: [] for doc_id in kept}
        for person in chunk.people:
            if person[2] in kept:
                people[person[2]].append(person)
        for ref in chunk.cited:
            if ref[1] in kept:
                cited[ref[1]].append(ref)
        for doc_id in kept:
            self._keep(doc_id, people[doc_id], cited[doc_id])

    def finish(self) -> None:
        written = self.written.values()
        people = (person for people, _ in written for person in people)
        registry.refresh_officials(self.conn, self.touched_groups, people, self.first_doc_id)
        refs = (ref for _, refs in written for ref in refs)
        registry.refresh_documents(self.conn, self.touched_documents, refs, self.first_doc_id)

    def _keep(self, doc_id: int, people: list[Person], cited: list[Cited]) -> None:
        """Keep what the registries need of an article written in this batch: made into their objects
        now, while the workers stage the next chunk, rather than at the end, when they are done."""
        self.written[doc_id] = (
            [((p[0], p[1]), Occurrence(*p[2:])) for p in people],
            [Ref(*r) for r in cited],
        )
        self.touched_groups.update((person[0], person[1]) for person in people)
        self.touched_documents.update(ref[0] for ref in cited)

    def _line(self, path: str, line: _Line) -> None:
        stats = self.stats
        stats.lines += 1
        article_id = self.loaded_lines.get(line.line_sha256)
        if article_id is not None or line.line_sha256 in self.failed_lines:
            if article_id is not None:
                self._forget_failure(article_id)  # its latest line is good again
            stats.unchanged += 1
            if line.doc_id in self.staged:  # an earlier line of the batch was the same
                self.dropped.add(line.doc_id)
            return
        outcome = line.outcome
        rows = None
        if outcome is None:  # known when the batch began, but replaced since: loaded again
            rows = self._parse_here(path, line)
            outcome = rows if isinstance(rows, Failure) else rows.article_id
        if isinstance(outcome, Failure):
            self._fail(outcome, line.line_sha256)
            return
        stats.loaded += 1
        if outcome in self.loaded:
            self._delete(outcome)
        self._forget_failure(outcome)
        if isinstance(rows, ArticleRows):
            self._write_here(rows)
        self.loaded[outcome] = (line.doc_id, line.line_sha256)
        self.loaded_lines[line.line_sha256] = outcome

    def _parse_here(self, path: str, line: _Line) -> ArticleRows | Failure:
        with open(path, "rb") as source:
            source.seek(line.offset)
            raw = source.readline().strip()
        return parse_line(raw, line.where, line.doc_id, line.line_sha256)

    def _write_here(self, rows: ArticleRows) -> None:
        """Write an article's rows straight into the database (rare: see `_line`)."""
        conn = self.conn
        for table, table_rows in rows.tables.items():
            conn.executemany(
                f"INSERT INTO main.{table} VALUES ({', '.join('?' * COLUMNS[table])})", table_rows
            )
        conn.execute(
            f"INSERT INTO search (rowid, title, text, facts) SELECT {_FED} FROM main.articles"
            " WHERE doc_id = ?",
            (rows.doc_id,),
        )
        self._keep(rows.doc_id, rows.people, rows.cited)

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

    def _delete(self, article_id: str) -> None:
        doc_id, line_sha256 = self.loaded.pop(article_id)
        del self.loaded_lines[line_sha256]
        self.written.pop(doc_id, None)
        if doc_id in self.staged:  # still in `stage`: not copied
            self.dropped.add(doc_id)
            return
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
        conn.execute(
            f"INSERT INTO search (search, rowid, title, text, facts)"
            f" SELECT 'delete', {_FED} FROM main.articles WHERE doc_id = ?",
            (doc_id,),
        )
        for table in (*FACT_TABLES, "articles"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
