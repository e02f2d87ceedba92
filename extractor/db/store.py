"""Opening the fact database: numbered migrations for writing, a read-only handle for questions.

Migrations are the files `NNNN_*.sql` next to this module, applied in order; `PRAGMA user_version`
holds the number of the last one applied, so an old database is brought up to date on the next build.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).parent
LOCK_TIMEOUT = 30.0  # seconds
# Bytes a page of a new database (SQLite's default is 4096). A build writes a third fewer pages in
# all, and its commit (writing them out, then fsync) takes 0.07 s instead of 0.12 for 2,000
# articles; an article's text fits in one page instead of spilling over two. A database made before
# keeps its pages.
PAGE_SIZE = 16384
_MIGRATION_NAME = re.compile(r"^(\d{4})_\w+\.sql$")


class DatabaseError(Exception):
    """A problem the user can fix, said in one line (the CLI prints it as `Error: …`)."""


@cache
def migrations() -> tuple[tuple[int, str], ...]:
    """(number, SQL) of every migration, in order."""
    found = []
    for path in MIGRATIONS_DIR.iterdir():
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path.read_text(encoding="utf-8")))
    return tuple(sorted(found))


def latest_version() -> int:
    return migrations()[-1][0]


def open_for_writing(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), migrated to the latest schema."""
    try:
        # Another build holding the database gets this long to finish before ours gives up.
        conn = sqlite3.connect(path, isolation_level=None, timeout=LOCK_TIMEOUT)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open {path} as a database: {exc}") from exc
    if version > latest_version():
        conn.close()
        raise DatabaseError(f"{path} has schema version {version}, newer than this extractor knows")
    if version == 0 and _has_tables(conn):
        conn.close()
        raise DatabaseError(f"{path} is an SQLite database but not a fact database; choose another -o")
    if version == 0:  # new: nothing written yet, so its page size can still be chosen
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    pending = [(number, sql) for number, sql in migrations() if number > version]
    if pending:
        # The pending migrations are one transaction: a failure leaves the database as it was, never
        # half migrated, and a new database is made with one commit (one per migration was a third
        # of its opening time).
        script = "\n".join(f"{sql}\nPRAGMA user_version = {number};" for number, sql in pending)
        try:
            conn.executescript(f"BEGIN;\n{script}\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise
    # A page cache of up to 512 MiB (taken only as pages are used) keeps a batch's B-trees and FTS5
    # segment merges in memory: with 64 MiB a 5,000-article batch (80 MB) evicts and rereads pages,
    # some 15% slower.
    conn.execute("PRAGMA cache_size = -524288")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection to a fact database: questions can never change it."""
    if not path.is_file():
        raise DatabaseError(f"no database at {path} (build one with `extractor db build`)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open {path} as a database: {exc}") from exc
    if version == 0:
        conn.close()
        raise DatabaseError(f"{path} is not a fact database (build one with `extractor db build`)")
    if version > latest_version():
        conn.close()
        raise DatabaseError(f"{path} has schema version {version}, newer than this extractor knows")
    if version < latest_version():
        conn.close()
        raise DatabaseError(f"{path} was built by an older extractor: run `extractor db build` on it again")
    return conn


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] > 0
