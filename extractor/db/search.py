"""`extractor db search`: ranked, accent-insensitive full-text search over articles and their facts.

The query is FTS5 syntax (words, `"phrases"`, `prefix*`, `AND`/`OR`/`NOT`, `NEAR(…)`, and a column
filter `title:`, `text:` or `facts:`); accents and case are optional because the index folds them
(see fold.py). A word joined by `-`, `/` or `.` (`290-QĐ/TW`, `30/2020/NĐ-CP`, `1.079`) is searched
as the phrase it is, though FTS5 would reject it bare. Plain words (`tran hong quang`) find the
articles holding all of them, those holding them side by side first: without accents `Quảng` and
`Quang` are one word, so the phrase is what tells the man from a page naming Trần, Hồng and Quang.

The query is always a bound parameter of a read-only connection, so no query can change the
database; one FTS5 cannot parse becomes a one-line `DatabaseError`. FTS5 time grows with the square
of the number of terms (fifty common words take seconds on a few thousand articles), so a query has
at most MAX_WORDS words and TIME_LIMIT seconds.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from extractor.db.fold import index_text
from extractor.db.store import DatabaseError, open_readonly

# Marks around the matched words in a snippet, and how many tokens a snippet spans.
HIGHLIGHT = ("[", "]")
SNIPPET_TOKENS = 16
# bm25 weights of the columns title, text, facts: a hit in the headline or in a fact (a name, a
# document id) says more about the article than one word of its body.
WEIGHTS = (5.0, 1.0, 3.0)
MAX_WORDS = 32
TIME_LIMIT = 10.0  # seconds
_PLAIN_WORD = re.compile(r"^\w+$")
_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# Letters and digits joined by the punctuation of document numbers and digit grouping, standing alone.
_JOINED_WORD = re.compile(r"(?<![^\s(])\w+(?:[-/.,]\w+)+(?![^\s)])")


@dataclass(frozen=True)
class Hit:
    article_id: str
    date: str | None
    province: str | None
    title: str | None
    snippet: str
    score: float  # bm25: lower is better


def search(db_path: Path, query: str, limit: int = 20) -> list[Hit]:
    """The best `limit` articles for `query`, best first, each with a snippet around the match."""
    if not query.strip():
        raise DatabaseError("empty search query")
    words = len(query.split())
    if words > MAX_WORDS:
        raise DatabaseError(f"search query too long: {words} words, at most {MAX_WORDS}")
    conn = open_readonly(Path(db_path))
    deadline = time.monotonic() + TIME_LIMIT
    # A true return from the progress handler interrupts the statement ("interrupted").
    conn.set_progress_handler(lambda: time.monotonic() > deadline, 100)
    try:
        rows = conn.execute(
            "SELECT a.article_id, a.date, a.province, a.title,"
            " snippet(search, -1, ?, ?, '…', ?), bm25(search, ?, ?, ?) AS score"
            " FROM search JOIN articles AS a ON a.doc_id = search.rowid"
            " WHERE search MATCH ? ORDER BY score LIMIT ?",
            (*HIGHLIGHT, SNIPPET_TOKENS, *WEIGHTS, fts_query(query), limit),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if time.monotonic() > deadline:
            raise DatabaseError(
                f"search for {query!r} took over {TIME_LIMIT:g}s: use fewer or rarer words"
            ) from exc
        raise DatabaseError(
            f"cannot search for {query!r}: {exc} (put words in double quotes to search them as written)"
        ) from exc
    finally:
        conn.close()
    return [Hit(*row) for row in rows]


def fts_query(query: str) -> str:
    """The FTS5 query for what the user typed: `đ` folded, joined words quoted as phrases."""
    folded = index_text(query)
    if '"' in folded:  # the user quotes for themselves
        return folded
    words = folded.split()
    if len(words) > 1 and all(_PLAIN_WORD.match(w) and w not in _OPERATORS for w in words):
        # The same articles as all the words; bm25 adds the phrase's score where it matches.
        return f'({" ".join(words)}) OR "{" ".join(words)}"'
    return _JOINED_WORD.sub(lambda m: f'"{m.group()}"', folded)


def format_hit(hit: Hit) -> str:
    """Two lines: the article, then the snippet (the facts column holds one fact a line)."""
    head = "  ".join(p for p in (hit.article_id, hit.date, hit.province, hit.title) if p)
    snippet = " · ".join(" ".join(line.split()) for line in hit.snippet.splitlines() if line.strip())
    return f"{head}\n    {snippet}"
