"""The registries that link facts across articles: one person, one document.

Officials: the `officials` entries of all articles are grouped by folded name and scope: the
article's province (`Trần Hồng Quảng` in Ninh Bình articles), or the nation (null) for an entry
whose every role is at a central body (`Phó Trưởng Ban Dân vận Trung ương Lê Minh Đức`, whatever
province he visits) or whose article names no province. Within a group, entries are taken in date
order and each joins the first person it does not conflict with, else starts a new person. Two
entries conflict when, in the same year, they hold the same title (not a former one) at two
different bodies of the same kind: `Bí thư Huyện ủy Gia Viễn` and `Bí thư Huyện ủy Nho Quan` in 2020
are two people, while the same man as `Bí thư Huyện ủy Gia Viễn` in 2019 and `Bí thư Huyện ủy Nho
Quan` in 2021 moved. Bodies are of the same kind when their folded names share the first word
(`Ban Dân vận …`, `Ban Tuyên giáo …`); one name extending the other (`Tỉnh ủy`, `Tỉnh ủy Ninh Bình`)
is the same body; and two bodies that one article shows the name holding at once (`Trưởng Ban Dân
vận Tỉnh ủy, Trưởng Ban Chỉ đạo …`) never conflict for that name. Undated entries never conflict.

Documents: refs are grouped by key and scope (doc_keys.py: the folded id, or title for a document
without a number; the province for a local document) and then by issued year, because Party
numbers restart with each term. A ref that states no year goes to the latest issue of its document
not after the article's year (a text cites what exists), or with no such issue to the entry of
unknown year.

Both are refreshed only for the groups a batch touched, with ids derived from the group so that
loading the same facts again gives the same ids.
"""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.db.fold import fold, slug


@dataclass(slots=True)
class Occurrence:
    """One person in one article: an `officials` entry of a line."""

    doc_id: int
    ord: int
    article_id: str
    name: str
    date: str | None
    year: int | None
    official_id: str | None = None  # as stored before this refresh
    positions: list[tuple[str, str]] = field(default_factory=list)  # (title key, organization key)


@dataclass(slots=True)
class _Person:
    occurrences: list[Occurrence] = field(default_factory=list)
    # (year, title key) → organization keys held then
    held: dict[tuple[int, str], set[str]] = field(default_factory=lambda: defaultdict(set))

    def conflicts_with(self, occurrence: Occurrence, held_together: set[frozenset[str]]) -> bool:
        if occurrence.year is None:
            return False
        return any(
            bodies_conflict(held, organization) and frozenset((held, organization)) not in held_together
            for title, organization in occurrence.positions
            for held in self.held.get((occurrence.year, title), ())
        )

    def add(self, occurrence: Occurrence) -> None:
        self.occurrences.append(occurrence)
        if occurrence.year is not None:
            for title, organization in occurrence.positions:
                self.held[(occurrence.year, title)].add(organization)


def bodies_conflict(first: str, second: str) -> bool:
    """Two folded organization names are different bodies of the same kind."""
    if first.startswith(second) or second.startswith(first):
        return False
    return first.split(" ", 1)[0] == second.split(" ", 1)[0]


def cluster(occurrences: list[Occurrence]) -> list[list[Occurrence]]:
    """The persons among the occurrences of one name in one province, given in date order."""
    held_together = {
        frozenset((first, second))
        for o in occurrences
        for title, first in o.positions
        for other_title, second in o.positions
        if title == other_title and first != second
    }
    persons: list[_Person] = []
    # An entry with the year and positions of one placed before goes where that one went: the persons
    # before it conflicted with that one and still do (what they hold only grows), and its own took
    # on nothing since that conflicts with it (what would have, went elsewhere). Most entries of a
    # name repeat one (year, positions): they skip the search.
    placed: dict[tuple[int | None, frozenset[tuple[str, str]]], _Person] = {}
    for occurrence in occurrences:
        seen = (occurrence.year, frozenset(occurrence.positions))
        person = placed.get(seen)
        if person is None:
            person = next((p for p in persons if not p.conflicts_with(occurrence, held_together)), None)
            if person is None:
                person = _Person()
                persons.append(person)
            placed[seen] = person
        person.add(occurrence)
    return [person.occurrences for person in persons]


# Cached: roles, names and documents repeat across articles, and a value made once is one object,
# which a chunk's pickle sends once (a third less time unpickling a chunk's people and refs).
@lru_cache(maxsize=1 << 16)
def position(
    title: str | None,
    title_full: str | None,
    organization: str | None,
    organization_full: str | None,
    former: bool | int,
) -> tuple[str, str] | None:
    """The (title key, organization key) a role is held as, the full forms where given; None for a
    former role or one without both."""
    if former:
        return None
    title = title if title_full is None else title_full
    organization = organization if organization_full is None else organization_full
    return (fold(title), fold(organization)) if title and organization else None


@lru_cache(maxsize=1 << 16)
def official_id(name_key: str, province: str | None, number: int = 1) -> str:
    """`tran-hong-quang@ninh-binh`; the second person of that name there is `…@ninh-binh:2`."""
    base = f"{slug(name_key)}@{slug(province) if province else '-'}"
    return base if number == 1 else f"{base}:{number}"


def refresh_officials(
    conn: sqlite3.Connection,
    groups: Iterable[tuple[str, str | None]],
    batch: Iterable[tuple[tuple[str, str | None], Occurrence]],
    first_doc_id: int,
) -> None:
    """Recluster the (name, scope) groups a batch touched, in a few statements for all of them.

    `batch` holds the (group, occurrence) of every person the batch wrote, with their positions: the
    articles from `first_doc_id` on. Only the older ones in those groups are read back.
    """
    touched = set(groups)
    _touch(conn, "touched_names", "name_key TEXT NOT NULL, scope TEXT", touched)
    older: dict[tuple[int, int], Occurrence] = {}
    by_group: dict[tuple[str, str | None], list[Occurrence]] = defaultdict(list)
    for name_key, scope, *row in conn.execute(
        "SELECT t.name_key, t.scope, ao.doc_id, ao.ord, a.article_id, ao.name, a.date, a.year,"
        " ao.official_id FROM temp.touched_names AS t"
        " JOIN article_officials AS ao ON ao.name_key = t.name_key AND ao.scope IS t.scope"
        " JOIN articles AS a ON a.doc_id = ao.doc_id WHERE ao.doc_id < ?",
        (first_doc_id,),
    ):
        occurrence = older[(row[0], row[1])] = Occurrence(*row)
        by_group[(name_key, scope)].append(occurrence)
    if older:
        for doc_id, official_ord, *role in conn.execute(
            "SELECT r.doc_id, r.official_ord, r.title, r.title_full, r.organization, r.organization_full,"
            " r.former FROM article_officials AS ao"
            " JOIN roles AS r ON r.doc_id = ao.doc_id AND r.official_ord = ao.ord"
            " WHERE ao.name_key IN (SELECT name_key FROM temp.touched_names) AND ao.doc_id < ?",
            (first_doc_id,),
        ):
            occurrence = older.get((doc_id, official_ord))
            held = position(*role)
            if occurrence and held:
                occurrence.positions.append(held)
    for group, occurrence in batch:
        if group in touched:
            by_group[group].append(occurrence)
    conn.execute(
        "DELETE FROM officials WHERE official_id IN (SELECT o.official_id FROM officials AS o"
        " JOIN temp.touched_names AS t ON o.name_key = t.name_key AND o.province IS t.scope)"
    )
    people, moved = [], []
    for (name_key, province), group in sorted(by_group.items(), key=lambda g: (g[0][0], g[0][1] or "")):
        group.sort(key=_in_date_order)
        for number, person in enumerate(cluster(group), start=1):
            person_id = official_id(name_key, province, number)
            dates = sorted(o.date for o in person if o.date)
            people.append(
                (
                    person_id, _most_common(o.name for o in person), name_key, province,
                    len({o.article_id for o in person}), dates[0] if dates else None,
                    dates[-1] if dates else None,
                )
            )  # fmt: skip
            moved.extend((person_id, o.doc_id, o.ord) for o in person if o.official_id != person_id)
    conn.executemany("INSERT INTO officials VALUES (?, ?, ?, ?, ?, ?, ?)", people)
    # Rows were written with the id of the first person of their group: only namesakes move.
    conn.executemany("UPDATE article_officials SET official_id = ? WHERE doc_id = ? AND ord = ?", moved)


def _in_date_order(entry: Occurrence | Ref) -> tuple[bool, str, str, int]:
    """Undated last, then by date, article id and place in the article (SQLite's text order)."""
    return entry.date is None, entry.date or "", entry.article_id, entry.ord


def _touch(conn: sqlite3.Connection, table: str, columns: str, rows: Iterable[tuple]) -> None:
    """A temporary table of the keys a batch touched, for the refresh queries to join on."""
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {table} ({columns})")
    conn.execute(f"DELETE FROM temp.{table}")
    placeholders = ", ".join("?" * (columns.count(",") + 1))
    conn.executemany(f"INSERT INTO temp.{table} VALUES ({placeholders})", rows)


@dataclass(slots=True)
class Ref:
    """One document cited by one article: a `documents` entry of a line."""

    key: str  # doc_keys.py
    doc_id: int
    ord: int
    article_id: str
    date: str | None  # the article's
    article_year: int | None
    document_id: str | None  # as stored before this refresh
    scope: str | None
    stated_year: int | None  # the year the mention gives
    fields: tuple[str | None, ...]  # the ref's REF_FIELDS, in that order


REF_FIELDS = ("ref", "doc_type", "number", "code", "issuer", "issued", "term", "title")


@lru_cache(maxsize=1 << 16)
def document_id(key: str, scope: str | None, year: int | None) -> str:
    """`290-QD/TW@2010`, `182-KH/TU@ninh-binh@2019`, `114-KL/TW` (year unknown)."""
    return key + (f"@{slug(scope)}" if scope else "") + (f"@{year}" if year else "")


def refresh_documents(
    conn: sqlite3.Connection, keys: Iterable[str], batch: Iterable[Ref], first_doc_id: int
) -> None:
    """Regroup the documents of the keys a batch touched, in a few statements for all of them.

    `batch` holds every ref the batch wrote (the articles from `first_doc_id` on); only the older refs
    to those keys are read back.
    """
    touched = set(keys)
    _touch(conn, "touched_documents", "doc_key TEXT NOT NULL", ((key,) for key in touched))
    groups: dict[tuple[str, str | None], list[Ref]] = defaultdict(list)
    for row in conn.execute(
        "SELECT r.doc_key, r.doc_id, r.ord, a.article_id, a.date, a.year, r.document_id, r.scope,"
        f" r.stated_year, {', '.join('r.' + f for f in REF_FIELDS)}"
        " FROM document_refs AS r JOIN articles AS a ON a.doc_id = r.doc_id"
        " WHERE r.doc_key IN (SELECT doc_key FROM temp.touched_documents) AND r.doc_id < ?",
        (first_doc_id,),
    ):
        ref = Ref(*row[:9], row[9:])
        groups[(ref.key, ref.scope)].append(ref)
    for ref in batch:
        if ref.key in touched:
            groups[(ref.key, ref.scope)].append(ref)
    conn.execute("DELETE FROM documents WHERE doc_key IN (SELECT doc_key FROM temp.touched_documents)")
    documents, moved = [], []
    for (key, scope), refs in sorted(groups.items(), key=lambda g: (g[0][0], g[0][1] or "")):
        refs.sort(key=_in_date_order)
        issues = sorted({r.stated_year for r in refs if r.stated_year is not None})
        by_year: dict[int | None, list[Ref]] = defaultdict(list)
        for ref in refs:
            by_year[_issue_of(ref, issues)].append(ref)
        for year, group in by_year.items():
            the_id = document_id(key, scope, year)
            values = [_most_common(field) for field in zip(*(r.fields for r in group), strict=True)]
            documents.append((the_id, key, year, *values, len({r.article_id for r in group}), scope))
            moved.extend((the_id, r.doc_id, r.ord) for r in group if r.document_id != the_id)
    conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", documents)
    # Rows were written with the id of the year they state: only refs stating none move.
    conn.executemany("UPDATE document_refs SET document_id = ? WHERE doc_id = ? AND ord = ?", moved)


def _issue_of(ref: Ref, issues: list[int]) -> int | None:
    """The issued year of the document a ref names (see the module docstring)."""
    if ref.stated_year is not None:
        return ref.stated_year
    if ref.article_year is None:
        return issues[0] if len(issues) == 1 else None
    earlier = [year for year in issues if year <= ref.article_year]
    return earlier[-1] if earlier else None


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value given most often (the first given on a tie), ignoring nulls."""
    counts = Counter(values)
    counts.pop(None, None)
    return max(counts, key=counts.__getitem__) if counts else None
